"""What every ``desktop`` sub-command shares: output, sign-in, secrets, reading input files and
writing output files so that a bad path is one clear line and nothing half-written is left.

Imports none of the area modules (they import this).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["CliError", "PASSWORD_ENV", "PASSPHRASE_ENV", "out", "err", "open_desk", "sign_in", "password",
           "passphrase", "secret", "read_json", "read_bytes", "read_text", "check_writable", "write_output",
           "output_folder", "record_id", "count", "record_context",
           "staff_id", "creating", "paying", "iso_date", "MAX_INPUT_BYTES"]

PASSWORD_ENV = "BUREAU_DESK_PASSWORD"
PASSPHRASE_ENV = "BUREAU_DESK_PASSPHRASE"
# A record file is a few kilobytes; a standards table a few hundred. Anything bigger is a mistake.
MAX_INPUT_BYTES = 4 * 1024 * 1024


class CliError(Exception):
    """A usage or input problem: printed as one line, exit 2, nothing written."""


def out(text: str = "") -> None:
    # A windowed (frozen) program has no stdout: print nothing rather than fail.
    if sys.stdout is not None:
        sys.stdout.write(text + "\n")


def err(text: str) -> None:
    if sys.stderr is not None:
        sys.stderr.write(text + "\n")


def _sqlite_path(url: str) -> str | None:
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    return parsed.database or ":memory:"


def open_desk(args: argparse.Namespace, *, create: bool = False):  # noqa: ANN201
    """The Desk for ``--db`` (or $BUREAU_DESK_DB, or the data folder's file).

    Only commands that set a database up (``init``, ``demo``, ``start``) may create it: any other
    command on a SQLite file that does not exist is refused instead of leaving an empty database
    behind."""
    from desktop.persistence.database import resolve_url
    from desktop.services.desk import Desk

    url = resolve_url(getattr(args, "db", None))
    path = _sqlite_path(url)
    if path not in (None, ":memory:", ""):
        if Path(path).is_dir():
            raise CliError(f"{path}: is a folder, not a database file")
        if not create and not Path(path).is_file():
            raise CliError(f"没有这个数据库 no database at {path} (create it with desktop init or desktop demo)")
    desk = Desk.open(url)
    OPEN_DESKS.append(desk)
    if desk.upgrade is not None:  # on stderr: stdout may be data (--json, a PDF, a record)
        err(desk.upgrade.line())
    return desk


# Desks opened by this command, closed by ``main`` when it ends (in-process callers such as tests
# run many commands one after another).
OPEN_DESKS: list = []


def close_desks() -> None:
    while OPEN_DESKS:
        try:
            OPEN_DESKS.pop().close()
        except Exception:  # noqa: BLE001 - closing is best effort
            pass


def password(args: argparse.Namespace, prompt: str = "密码 Password: ") -> str:
    if getattr(args, "password_env", None):
        value = os.environ.get(args.password_env)
        if value is None:
            raise CliError(f"environment variable {args.password_env} is not set")
        return value
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if sys.stdin is None:
        raise CliError(f"no password: give it in ${PASSWORD_ENV} or --password-env NAME")
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    return getpass.getpass(prompt)


def passphrase(args: argparse.Namespace) -> str | None:
    """The signing passphrase: --passphrase-env NAME, else $BUREAU_DESK_PASSPHRASE (None if neither)."""
    if getattr(args, "passphrase_env", None):
        value = os.environ.get(args.passphrase_env)
        if value is None:
            raise CliError(f"environment variable {args.passphrase_env} is not set")
        return value
    return os.environ.get(PASSPHRASE_ENV)


def secret(env_name: str | None, label: str, *, default_env: str | None = None) -> str:
    """A secret from the named environment variable, else ``default_env``, else a prompt on a
    terminal. Never from the command line, where other users of the PC could read it."""
    for name in (env_name, default_env):
        if name:
            value = os.environ.get(name)
            if value is not None:
                return value
            if name == env_name:
                raise CliError(f"environment variable {env_name} is not set")
    if sys.stdin is None or not sys.stdin.isatty():
        raise CliError(f"give the {label} in an environment variable (see --help)")
    return getpass.getpass(f"{label}: ")


def sign_in(desk, args: argparse.Namespace):  # noqa: ANN001, ANN201
    return desk.accounts.authenticate(args.user, password(args))


def staff_id(desk, username: str) -> int:  # noqa: ANN001
    return desk.act_as(username).staff_id


# Input files ---------------------------------------------------------------------------
def read_bytes(path: str, *, what: str = "file", limit: int = MAX_INPUT_BYTES) -> bytes:
    """A file's bytes (``-`` is standard input), refused with one line if missing, a folder,
    unreadable or larger than ``limit``."""
    if path == "-":
        if sys.stdin is None:
            raise CliError("no standard input")
        data = sys.stdin.buffer.read(limit + 1)
    else:
        p = Path(path)
        if p.is_dir():
            raise CliError(f"{path}: is a folder, not a {what}")
        try:
            with p.open("rb") as fh:
                data = fh.read(limit + 1)
        except OSError as exc:
            raise CliError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise CliError(f"{path}: larger than {limit // 1024} KiB, not a {what}")
    return data


def read_text(path: str, *, what: str = "text file", limit: int = MAX_INPUT_BYTES) -> str:
    data = read_bytes(path, what=what, limit=limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CliError(f"{path}: not UTF-8 text (byte {exc.start})") from None


def read_json(path: str, *, shape: type | None = dict, name: str | None = None) -> Any:
    """A JSON record file (``-`` = stdin) through the input gate's document reader: size, UTF-8,
    syntax, nesting depth and the top-level shape (``shape``; None accepts any) are checked there,
    the record's fields by the service's schema."""
    from desktop.domain.input_gate import GateError, parse_json_document

    data = read_bytes(path, what="JSON file")
    try:
        return parse_json_document(data, expect=shape, name=name or ("stdin" if path == "-" else path))
    except GateError as exc:
        raise CliError(str(exc)) from None


def record_context(args: argparse.Namespace):  # noqa: ANN201
    """(desk, signed-in user, passphrase if --submit, the record read from ``args.file``): what every
    command taking a JSON record needs. The file is read first, so a bad file costs no sign-in."""
    record = read_json(args.file)
    desk = open_desk(args)
    return desk, sign_in(desk, args), passphrase(args) if getattr(args, "submit", False) else None, record


# Output files --------------------------------------------------------------------------
def check_writable(path: str) -> Path:
    """Refuse, before any work is done, an output path that cannot be written: a folder, a missing
    folder, a place without write permission or a special file (e.g. /dev/full, /proc/…)."""
    target = Path(path)
    if target.is_dir():
        raise CliError(f"{path}: is a folder; give a file name")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise CliError(f"{path}: the folder {folder} does not exist")
    if target.exists() and not target.is_file():
        raise CliError(f"{path}: not a regular file")
    try:
        probe = tempfile.NamedTemporaryFile(dir=folder, prefix=f".{target.name}.", suffix=".probe", delete=True)
        probe.close()
    except OSError as exc:
        raise CliError(f"{path}: cannot write there ({exc.strerror or exc})") from None
    return target


def write_output(path: str, data: bytes | str, *, announce: bool = True) -> None:
    """Write a whole file or nothing: into a temporary file beside it, then renamed over.

    A folder, a missing folder, a full disk or a read-only place is one clear line (exit 2), and
    no partial file is left behind."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    target = check_writable(path)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise CliError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    if announce:
        out(f"written {path} ({len(data)} bytes)")


def output_folder(path: str) -> Path:
    """A folder to write several files into: created if missing; refused if it is a file."""
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise CliError(f"{path}: exists and is not a folder")
    try:
        p.mkdir(parents=True, exist_ok=True)
        probe = tempfile.NamedTemporaryFile(dir=p, prefix=".probe-", delete=True)
        probe.close()
    except OSError as exc:
        raise CliError(f"{path}: cannot write there ({exc.strerror or exc})") from None
    return p


# Shared parser shapes --------------------------------------------------------------------
def record_keys(group, name: str, keys: str) -> None:  # noqa: ANN001
    """The record's JSON keys at the end of ``--help`` of a command taking a record."""
    p = group.choices[name]
    p.epilog = keys
    p.formatter_class = argparse.RawDescriptionHelpFormatter


def creating(group, who: argparse.ArgumentParser, name: str, func, help_text: str,  # noqa: ANN001
             *extra: tuple[str, dict]) -> None:
    """A ``create``-style sub-command: a record as a JSON file, optionally submitted at once."""
    p = group.add_parser(name, parents=[who], help=help_text)
    for arg, kw in extra:
        p.add_argument(arg, **kw)
    p.add_argument("file", help="the record as JSON (- for stdin)")
    p.add_argument("--submit", action="store_true", help="submit at once (with a passphrase: the signed sheet)")
    p.set_defaults(func=func)


def paying(group, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    p = group.add_parser("pay", parents=[who], help="record payment of an approved claim (cashier)")
    p.add_argument("id", type=record_id)
    p.add_argument("--method", required=True, choices=["official_card", "bank_transfer", "cash"])
    p.add_argument("--date", type=iso_date, help="YYYY-MM-DD (default today)")
    p.add_argument("--reference", help="bank or card reference")
    p.set_defaults(func=cmd_pay)


def cmd_pay(args: argparse.Namespace) -> int:
    """The cashier records payment of an approved claim (any module's: one service method)."""
    from datetime import date

    desk = open_desk(args)
    user = sign_in(desk, args)
    p = desk.travel.record_payment(user, args.id, args.method, args.date or date.today(),
                                   reference=args.reference or "")
    out(f"paid: {p.method} {p.paid_on.isoformat()} {p.payer}")
    return 0


def iso_date(text: str):  # noqa: ANN201
    """argparse type for YYYY-MM-DD: a bad date is a usage error, not a traceback."""
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text[:40]!r}") from None


def record_id(text: str) -> int:
    """argparse type for a record's id: a positive integer that fits the database."""
    value = int(text) if text.isascii() and text.isdigit() and len(text) <= 10 else -1  # int() would read "１２"
    if not 1 <= value <= 2**31 - 1:
        raise argparse.ArgumentTypeError(f"not a record id (a positive whole number): {text[:40]!r}")
    return value


def count(text: str) -> int:
    """argparse type for a count (days, limit): a whole number from 0 to 100 000."""
    value = int(text) if text.isascii() and text.isdigit() and len(text) <= 7 else -1
    if not 0 <= value <= 100_000:
        raise argparse.ArgumentTypeError(f"not a count from 0 to 100000: {text[:40]!r}")
    return value
