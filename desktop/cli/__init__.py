"""The ``desktop`` command line. It calls the same services as the GUI, so anything a user can do
in the GUI can be scripted. One module per area registers its sub-commands; heavy modules are
imported inside each command.

Exit status (README): 0 done; 1 a check found something broken (``audit verify``, ``verify``,
``selftest``, ``travel claim preview``); 2 refused — bad input, a rule, a permission — or a usage
error; 3 ``verify``: intact but incomplete; 4 an internal error (a bug: one line here, the
traceback in the log file named). Never a traceback on the terminal.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from desktop.cli.common import PASSPHRASE_ENV, PASSWORD_ENV, CliError, close_desks, err

__all__ = ["main", "build_parser", "AREAS", "EXIT_OK", "EXIT_BROKEN", "EXIT_REFUSED", "EXIT_INCOMPLETE",
           "EXIT_INTERNAL"]

EXIT_OK, EXIT_BROKEN, EXIT_REFUSED, EXIT_INCOMPLETE, EXIT_INTERNAL = 0, 1, 2, 3, 4

# The areas, in the order their commands appear in --help. Each module has register(sub, db, who).
AREAS = ("bureau", "signatures", "seals", "audit", "approvals", "travel", "hospitality", "reports", "presets",
         "organisation", "backups", "bank", "books", "claims", "calendar", "assets", "supplies")


def build_parser() -> argparse.ArgumentParser:
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", metavar="URL", help="SQLAlchemy URL (default: $BUREAU_DESK_DB or the SQLite file in the data folder)")
    who = argparse.ArgumentParser(add_help=False, parents=[db])
    who.add_argument("--user", required=True, help="username to act as")
    who.add_argument("--password-env", metavar="NAME", help=f"read the password from this variable (default ${PASSWORD_ENV}, else prompt or stdin)")
    who.add_argument("--passphrase-env", metavar="NAME",
                     help=f"signing passphrase for approval sheets from this variable (default ${PASSPHRASE_ENV})")

    parser = argparse.ArgumentParser(prog="desktop", description="Bureau Desk 机关办公财务系统")
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command")
    for area in AREAS:
        importlib.import_module(f"desktop.cli.{area}").register(sub, db, who)
    return parser


def _version() -> str:
    from desktop import APP_NAME, __version__

    return f"{APP_NAME} {__version__}"


def _log_internal_error() -> str:
    """Write the traceback of an unexpected error to the log folder; the path, for the one line shown."""
    import traceback
    from datetime import datetime
    from pathlib import Path

    try:
        from platformdirs import user_log_dir

        from desktop import APP_ID, ORGANISATION

        folder = Path(user_log_dir(APP_ID, ORGANISATION))
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "cli-errors.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')} {' '.join(sys.argv[1:2])}\n")
            fh.write(traceback.format_exc())
        return str(path)
    except Exception:  # noqa: BLE001 - the log is a courtesy; the one line is shown anyway
        return "(no log written)"


def _database_message(exc: BaseException) -> str | None:
    from desktop.persistence.database import describe_database_error

    return describe_database_error(exc)


def _raised(exc: BaseException, module: str, name: str) -> bool:
    """``isinstance(exc, module.name)`` without importing the module: a command that never loaded
    it (``desktop verify --root``: no SQLAlchemy) cannot have raised it."""
    loaded = sys.modules.get(module)
    return loaded is not None and isinstance(exc, getattr(loaded, name))


def _run(args: argparse.Namespace) -> int:
    try:
        return args.func(args)
    except CliError as exc:
        err(f"error: {exc}")
        return EXIT_REFUSED
    except KeyboardInterrupt:
        err("interrupted")
        return 130
    except RecursionError:
        err("error: the input is nested too deeply")
        return EXIT_REFUSED
    except MemoryError:
        err("error: not enough memory for this input")
        return EXIT_REFUSED
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        err(f"error: {where}{exc.strerror or exc}")
        return EXIT_REFUSED
    except Exception as exc:  # noqa: BLE001 - one line and the log, never a traceback
        if _raised(exc, "desktop.services.base", "Refused"):
            for problem in exc.problems:  # type: ignore[attr-defined]
                err(f"refused: {problem}")
            return EXIT_REFUSED
        if _raised(exc, "desktop.persistence.database", "DatabaseError"):
            err(f"error: {exc}")
            return EXIT_REFUSED
        message = _database_message(exc)
        if message is not None:
            err(f"error: {message}")
            return EXIT_REFUSED
        gate = _gate_message(exc)
        if gate is not None:
            err(f"error: {gate}")
            return EXIT_REFUSED
        err(f"internal error: {type(exc).__name__}: {str(exc)[:160]} — details in {_log_internal_error()}")
        return EXIT_INTERNAL


def _gate_message(exc: BaseException) -> str | None:
    try:
        from desktop.domain.input_gate import GateError
    except ImportError:
        return None
    return str(exc) if isinstance(exc, GateError) else None


_PARSER: argparse.ArgumentParser | None = None


def main(argv: list[str] | None = None) -> int:
    global _PARSER
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = _PARSER = _PARSER or build_parser()  # built once per process: scripts and tests call main often
        if argv and argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version"):
            argv = ["start", *argv]  # `BureauDesk.exe --db URL` (a shortcut's target) opens the app
        args = parser.parse_args(argv)
        if args.command is None:
            args = parser.parse_args(["start", *argv])
    except CliError as exc:
        err(f"error: {exc}")
        return EXIT_REFUSED
    except SystemExit as exc:  # argparse: --help/--version (0) or a usage error (2)
        if isinstance(exc.code, int) or exc.code is None:
            return exc.code or 0
        err(f"error: {exc.code}")
        return EXIT_REFUSED
    try:
        return _run(args)
    except SystemExit as exc:
        if isinstance(exc.code, int) or exc.code is None:
            return exc.code or 0
        err(f"error: {exc.code}")
        return EXIT_REFUSED
    finally:
        close_desks()
