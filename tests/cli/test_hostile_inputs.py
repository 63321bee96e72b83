"""Issue 8, item 4 — no tracebacks, ever. Every ``desktop`` command is walked with the table of
hostile inputs in hostile_table.py (bad files, bad output paths, bad ids and dates, bad databases):
each answer is one clear line with exit 2 (refused), or a check's exit 1, never an internal error,
never a traceback, never an echo of a huge bad value, and nothing is written by a refused command.
Rule IDs: SEC-07 (bad input refused), SEC-01 (nothing changes unnoticed).
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from desktop.cli import EXIT_BROKEN, EXIT_REFUSED, build_parser, main
from tests.cli.hostile_table import (BAD_DATABASES, BAD_DATES, BAD_IDS, BAD_INPUT_PATHS, BAD_JSON_FILES,
                                     BAD_OUTPUT_FOLDERS, BAD_OUTPUT_PATHS, COMMANDS, MISSING_ID)

# Tables whose rows a refused command must leave as they were.
WATCHED = ("documents", "approval_actions", "seals", "seal_uses", "published_crls", "staff", "departments",
           "user_accounts", "collective_decisions", "signing_identities", "issued_files")
# Commands that check something: a bad input may also be reported as "found broken" (exit 1).
CHECK_COMMANDS = {"verify", "audit verify", "selftest", "travel claim preview", "restore"}


def leaf_commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[str]:
    for action in parser._actions:  # noqa: SLF001 - argparse has no public walk
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return [leaf for name, sub in action.choices.items() for leaf in leaf_commands(sub, prefix + (name,))]
    return [" ".join(prefix)]


def test_the_table_covers_every_command():
    """A new command cannot ship without its row of hostile inputs."""
    assert sorted(leaf_commands(build_parser())) == sorted(COMMANDS)


class Walker:
    def __init__(self, db_url: str, folder: Path, capsys, monkeypatch):
        self.db_url, self.folder, self.capsys, self.monkeypatch = db_url, folder, capsys, monkeypatch
        self.engine = create_engine(db_url)
        self.tried = self.clean = 0
        self.failures: list[str] = []
        self.seconds: dict[str, float] = {}
        self.files: dict[str, Path] = {}
        for name, data in BAD_JSON_FILES.items():
            path = folder / "inputs" / f"{name}.json"
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(data)
            self.files[name] = path
        (folder / "garbage.sqlite3").write_bytes(b"this is not a database" * 100)
        self.good_json = folder / "inputs" / "empty_object.json"
        self.good_json.write_text("{}", encoding="utf-8")
        monkeypatch.setenv("NEWPP", "Strong#Pass2026x")
        monkeypatch.setenv("CAPP", "wrong-ca-passphrase")
        monkeypatch.delenv("BUREAU_DESK_DB", raising=False)
        monkeypatch.delenv("BUREAU_DESK_PASSPHRASE", raising=False)
        # Sign-in is tested on its own (tests/store/test_signin_security.py); here argon2's deliberate
        # slowness would only multiply the walk's time. The account must still exist and be active.
        import desktop.cli as cli_package

        build_parser()  # imports every area module, so each one's sign_in is replaced below

        def quick_sign_in(desk, args):  # noqa: ANN001, ANN202
            return desk.act_as(args.user)

        for module in list(sys.modules.values()):
            if getattr(module, "__name__", "").startswith(cli_package.__name__ + ".") and hasattr(module, "sign_in"):
                monkeypatch.setattr(module, "sign_in", quick_sign_in)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {t: conn.execute(select(func.count()).select_from(text(t))).scalar() for t in WATCHED}

    def fill(self, argv: list[str], *, file: str | None = None, out: str | None = None, id_: str | None = None,
             date: str | None = None, db: str | None = None, outdir: str | None = None
             ) -> tuple[list[str], bytes | None]:
        tmp = str(self.folder)

        def given(value: str | None, default: str) -> str:
            return default if value is None else value

        values = {"{file}": given(file, str(self.good_json)),
                  "{outdir}": given(outdir, str(self.folder / "fresh-folder")),
                  "{out}": given(out, str(self.folder / "fresh-output.bin")),
                  "{id}": given(id_, MISSING_ID), "{date}": given(date, "2026-06-30"), "{db}": given(db, self.db_url)}
        filled, stdin = [], None
        for arg in argv:
            if arg.startswith("<{file}"):
                try:
                    stdin = Path(values["{file}"].replace("{tmp}", tmp)).read_bytes()
                except OSError:
                    stdin = b""  # the shell could not open it either: the command gets empty input
                continue
            for key, value in values.items():
                arg = arg.replace(key, value)
            filled.append(arg.replace("{tmp}", tmp))
        if "--db" not in filled and db is not None:
            filled += ["--db", db.replace("{tmp}", tmp)]
        elif "--db" not in filled and "--user" in filled:
            filled += ["--db", self.db_url]
        return filled, stdin

    def run(self, name: str, argv: list[str], stdin: bytes | None, *, expect: set[int]) -> None:
        user = argv[argv.index("--user") + 1] if "--user" in argv else ""
        self.monkeypatch.setenv("BUREAU_DESK_PASSWORD", "Desk#2026" if user == "admin" else "Demo#2026")
        self.monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8"))
        before = self.counts()
        listing = set(self.folder.rglob("*"))
        self.tried += 1
        started = time.perf_counter()
        try:
            code = main(argv)
        except BaseException as exc:  # noqa: BLE001 - an escape is exactly what this test hunts
            self.failures.append(f"{name}: escaped {type(exc).__name__}: {str(exc)[:100]} ← {short(argv)}")
            return
        self.seconds[name.split(" [")[0]] = self.seconds.get(name.split(" [")[0], 0.0) + time.perf_counter() - started
        captured = self.capsys.readouterr()
        problems = []
        if code not in expect:
            problems.append(f"exit {code} (expected {sorted(expect)})")
        if "Traceback" in captured.err or "Traceback" in captured.out:
            problems.append("traceback printed")
        if code == EXIT_REFUSED:
            if not captured.err.strip():
                problems.append("refused without a message")
            if any(len(line) > 400 for line in captured.err.splitlines()):
                problems.append("message echoes a huge value")
            if self.counts() != before:
                problems.append("refused but the database changed")
            if set(self.folder.rglob("*")) - listing:
                problems.append(f"refused but wrote {sorted(map(str, set(self.folder.rglob('*')) - listing))[:2]}")
        if problems:
            self.failures.append(f"{name}: {'; '.join(problems)} ← {short(argv)} :: {captured.err.strip()[:200]}")
        else:
            self.clean += 1


def short(argv: list[str]) -> str:
    return " ".join(a if len(a) < 60 else a[:20] + f"…({len(a)} chars)" for a in argv)


def test_every_command_answers_hostile_input_cleanly(templates, tmp_path, capsys, monkeypatch):
    walker = Walker(templates.new_url("sqlite", demo=True), tmp_path, capsys, monkeypatch)
    refused = {EXIT_REFUSED}
    for name, base in COMMANDS.items():
        if not base:
            continue
        checked = name in CHECK_COMMANDS
        expect_base = {0, EXIT_BROKEN, EXIT_REFUSED}
        if "{outdir}" in base:
            for path in BAD_OUTPUT_FOLDERS:
                argv, stdin = walker.fill(base, outdir=path)
                walker.run(f"{name} [out folder {path}]", argv, stdin, expect=refused)
        else:
            argv, stdin = walker.fill(base)
            walker.run(name, argv, stdin, expect=expect_base)
        if "{file}" in base or "<{file}" in base:
            for label, path in [*walker.files.items(), *((p, p) for p in BAD_INPUT_PATHS)]:
                argv, stdin = walker.fill(base, file=str(path))
                walker.run(f"{name} [file {label}]", argv, stdin,
                           expect={EXIT_BROKEN, EXIT_REFUSED} if checked else refused)
        if "{out}" in base:
            for path in BAD_OUTPUT_PATHS:
                argv, stdin = walker.fill(base, out=path)
                walker.run(f"{name} [out {path}]", argv, stdin, expect=refused)
        if "{id}" in base:
            for bad in [*BAD_IDS, MISSING_ID]:
                argv, stdin = walker.fill(base, id_=bad)
                walker.run(f"{name} [id {bad!r}]", argv, stdin,
                           expect={EXIT_BROKEN, EXIT_REFUSED} if checked else refused)
        if "{date}" in base:
            for bad in BAD_DATES:
                argv, stdin = walker.fill(base, date=bad)
                walker.run(f"{name} [date {bad!r}]", argv, stdin, expect=refused)
        if name not in ("init", "demo", "travel quote", "gallery"):
            # Every bad database for a few commands; the two that once created files or tracebacks for all.
            every = name in ("verify", "audit verify", "approvals list", "report spending")
            for bad_db in BAD_DATABASES if every else BAD_DATABASES[:1] + BAD_DATABASES[4:5]:
                plain = [a for a in base if a != "{db}" and a != "--db"]
                argv, stdin = walker.fill(plain, db=bad_db, outdir=str(tmp_path / "fresh-folder"))
                walker.run(f"{name} [db {bad_db}]", argv, stdin,
                           expect={EXIT_BROKEN, EXIT_REFUSED} if checked else refused)
        created = tmp_path / "does-not-exist.sqlite3"
        if created.exists():
            if name != "restore":  # restoring onto a fresh machine creates the database, by design
                walker.failures.append(f"{name} created a database that did not exist")
            created.unlink()
    print(f"\nhostile CLI inputs answered cleanly: {walker.clean} / tried {walker.tried}")
    slowest = sorted(walker.seconds.items(), key=lambda kv: -kv[1])[:5]
    print("slowest commands: " + ", ".join(f"{k} {v:.1f}s" for k, v in slowest))
    assert not walker.failures, "\n".join(walker.failures[:40]) + f"\n({len(walker.failures)} in all)"


@pytest.mark.parametrize("argv", [
    ["verify", "/etc/hostname", "--db", "sqlite:////nonexistent/folder/x.sqlite3"],
    ["audit", "verify", "--db", "sqlite:////tmp/bureau-desk-never-created.sqlite3"],
    ["verify", "/etc/hostname", "--root", "/etc/hostname"],
    ["gallery", "--out", "/etc/hostname"],
    ["travel", "quote"],
])
def test_a_separate_process_prints_one_line_and_exit_2(argv):
    """Issue 8 item 4/10: as a user runs it — one line on stderr, exit 2, and no database created."""
    import subprocess

    result = subprocess.run([sys.executable, "-m", "desktop", *argv], capture_output=True, text=True, input="[1, 2",
                            env={**os.environ, "BUREAU_DESK_DB": ""}, timeout=120)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not Path("/tmp/bureau-desk-never-created.sqlite3").exists()
