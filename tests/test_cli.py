"""The command line: init, demo, selftest, scripted approvals (same services as the GUI)."""

import os
import subprocess
import sys

import pytest

from desktop.cli import main


def run(*args, env=None, stdin=None):
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, input=stdin, timeout=120)


def test_init_creates_bureau_and_administrator(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    monkeypatch.setenv("BUREAU_DESK_ADMIN_PASSWORD", "Strong#2026")
    code = main(["init", "--db", url, "--bureau-name", "通榆县医疗保障局", "--bureau-code", "TY",
                 "--preset", "P-001", "--admin-user", "root"])
    assert code == 0
    assert "通榆县医疗保障局" in capsys.readouterr().out
    from desktop.services.desk import Desk

    desk = Desk.open(url)
    admin = desk.accounts.authenticate("root", "Strong#2026")
    assert admin.is_admin and desk.presets.preset(admin).code == "P-001"
    # A second init is refused, clearly, and changes nothing.
    assert main(["init", "--db", url, "--bureau-name", "x", "--bureau-code", "x"]) == 2
    assert "不能重复初始化" in capsys.readouterr().err
    desk.close()


def test_init_refuses_weak_administrator_password(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    monkeypatch.setenv("WEAK", "weak")
    assert main(["init", "--db", url, "--bureau-name", "x", "--bureau-code", "x", "--password-env", "WEAK"]) == 2
    assert "SEC-05" in capsys.readouterr().err


def test_init_takes_no_secret_on_the_command_line(tmp_path, capsys):
    """SEC-06 (issue 8): a password given as an argument is refused, not used; nothing is created."""
    url = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    assert main(["init", "--db", url, "--bureau-name", "x", "--bureau-code", "x", "--admin-password", "Strong#2026"]) == 2
    assert "BUREAU_DESK_ADMIN_PASSWORD" in capsys.readouterr().err
    assert main(["init", "--db", url, "--bureau-name", "x", "--bureau-code", "x", "--ca-passphrase", "Strong#2026"]) == 2
    assert not (tmp_path / "b.sqlite3").exists()


def test_demo_then_scripted_approval_with_environment_database(tmp_path):
    env = {"BUREAU_DESK_DB": f"sqlite:///{tmp_path / 'demo.sqlite3'}"}
    result = run("demo", env=env)
    assert result.returncode == 0, result.stderr
    import re

    assert int(re.search(r"(\d+) people with accounts", result.stdout).group(1)) >= 15
    who = {**env, "BUREAU_DESK_PASSWORD": "Demo#2026"}
    # The claim's sheet was issued at submission: approving signs it, which needs the passphrase.
    refused = run("approvals", "approve", "1", "--user", "wufang", env=who)
    assert refused.returncode == 2 and "SEC-06" in refused.stderr
    who["BUREAU_DESK_PASSPHRASE"] = "Demo#2026"
    pending = run("approvals", "pending", "--user", "wufang", env=who)
    assert "购买打印纸及硒鼓" in pending.stdout
    doc_id = next(line.split("\t")[0] for line in pending.stdout.splitlines() if "购买打印纸及硒鼓" in line)
    result = run("approvals", "approve", doc_id, "--user", "wufang", "--opinion", "同意", env=who)
    assert result.returncode == 0 and result.stdout.strip() == "submitted"
    # The director cannot approve their own kind of mistake: admin is refused business approvals.
    admin = {**env, "BUREAU_DESK_PASSWORD": "Desk#2026"}
    refused = run("approvals", "approve", doc_id, "--user", "admin", env=admin)
    assert refused.returncode == 2 and "SEC-13" in refused.stderr
    # Password from standard input when no variable is set.
    result = run("approvals", "pending", "--user", "wangjianguo", env=env, stdin="Demo#2026\n")
    assert "购买打印纸及硒鼓" in result.stdout
    assert run("audit", "verify", env=env).returncode == 0


def test_selftest_prints_one_line_per_check(tmp_path):
    result = run("selftest", "--db", f"sqlite:///{tmp_path / 's.sqlite3'}")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    names = [line.split(":")[0].split(maxsplit=1)[1] for line in lines]
    assert names == ["database", "migrations", "audit trail", "chart of accounts", "fonts", "pdf", "excel",
                     "sheet layouts", "signed sheet", "qr code", "password hashing", "qt", "translations", "qtpdf"]
    assert all(line.startswith("ok") for line in lines)
    assert not (tmp_path / "s.sqlite3").exists()  # selftest never creates the database it is given


def test_selftest_fails_on_unreachable_database():
    result = run("selftest", "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert result.returncode == 1
    assert result.stdout.startswith("FAIL database")


def test_bad_database_url_is_one_clear_line():
    result = run("audit", "verify", "--db", "mysql://x/y")
    assert result.returncode == 2 and "unsupported database" in result.stderr
    assert "Traceback" not in result.stderr


def test_scripted_preset_edits(templates, capsys):
    url = templates.new_url("sqlite", demo=True)  # `desktop demo` itself is run by the test above
    os.environ["BUREAU_DESK_PASSWORD"] = "Desk#2026"
    try:
        assert main(["preset", "set-parameter", "collective_threshold", "8000", "--db", url, "--user", "admin"]) == 0
        capsys.readouterr()
        assert main(["preset", "show", "--db", url, "--user", "admin"]) == 0
        assert '"collective_threshold": "8000"' in capsys.readouterr().out
    finally:
        del os.environ["BUREAU_DESK_PASSWORD"]


@pytest.mark.parametrize("argv", [["--version"]])
def test_python_m_desktop(argv):
    result = run(*argv)
    assert result.returncode == 0 and "Bureau Desk" in result.stdout


def test_identity_commands(tmp_path, templates):
    """Enrol, export the root, verify against the exported root only, revoke."""
    env = {"BUREAU_DESK_DB": templates.new_url("sqlite", demo=True), "BUREAU_DESK_PASSWORD": "Desk#2026",
           "P": "New#Pass2026", "CA": "Desk#2026"}
    added = run("org", "add-staff", "新会计", "--user", "admin", env=env)
    staff = added.stdout.strip()
    result = run("identity", "enrol", staff, "--user", "admin", "--new-passphrase-env", "P",
                 "--ca-passphrase-env", "CA", env=env)
    assert result.returncode == 0, result.stderr
    assert "新会计" in result.stdout
    wrong = run("identity", "enrol", staff, "--user", "admin", "--new-passphrase-env", "P",
                "--ca-passphrase-env", "P", env=env)
    assert wrong.returncode == 2 and "refused" in wrong.stderr
    root = tmp_path / "root.pem"
    assert run("identity", "root", "--out", str(root), env=env).returncode == 0
    assert root.read_text().startswith("-----BEGIN CERTIFICATE-----")
    gallery = tmp_path / "g"
    assert run("gallery", "--out", str(gallery), env=env).returncode == 0
    checked = run("verify", str(gallery / "expense_claim.pdf"), "--root", str(root))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    revoked = run("identity", "revoke", staff, "--user", "admin", env=env)
    assert revoked.returncode == 0 and revoked.stdout.startswith("1 ")


def test_identity_change_passphrase_from_the_command_line(templates, monkeypatch, capsys):
    """SEC-06: the passphrase change re-encrypts the person's keys; secrets only from variables."""
    url = templates.new_url("sqlite", demo=True)
    monkeypatch.setenv("BUREAU_DESK_PASSWORD", "Demo#2026")
    monkeypatch.setenv("OLD", "Demo#2026")
    monkeypatch.setenv("NEW", "Changed#Pass2026")
    argv = ["identity", "change-passphrase", "--user", "hexue", "--db", url, "--old-passphrase-env", "OLD",
            "--new-passphrase-env", "NEW"]
    assert main(argv) == 0
    assert "re-encrypted" in capsys.readouterr().out
    assert main(argv) == 2  # the old passphrase no longer opens the keys
    assert "refused" in capsys.readouterr().err


def test_init_refuses_control_characters_and_huge_names(tmp_path, capsys, monkeypatch):
    """Issue 8 gate (SEC-08, SEC-01): the bureau name, code and administrator username go through the
    input gate; every problem at once, the bad value quoted short; no database content is made."""
    url = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    monkeypatch.setenv("BUREAU_DESK_ADMIN_PASSWORD", "Strong#2026x")
    code = main(["init", "--db", url, "--bureau-name", "通榆\n医保局\u202e", "--bureau-code", "T" * 100_000,
                 "--admin-user", "管理员"])
    err = capsys.readouterr().err
    assert code == 2
    assert "单位名称" in err and "单位代码" in err and "用户名" in err
    assert max(len(line) for line in err.splitlines()) < 400
    from desktop.services.desk import Desk

    desk = Desk.open(url)
    assert not desk.has_bureau()
    desk.close()


LEAN_VERIFY_CHILD = """
import sys
from desktop.cli import main
code = main(["verify", *sys.argv[1:]])
print("EXIT", code)
print("LOADED", ",".join(m for m in ("sqlalchemy", "argon2", "aiohttp", "PySide6", "desktop.services",
                                     "desktop.persistence", "pydantic") if m in sys.modules) or "-")
"""


def test_verify_help_documents_verdicts_and_the_root_path_loads_only_the_pdf_layer(tmp_path, templates):
    """Issue 9, items 2-3 (SEC-01): `desktop verify --help` gives each verdict's exit code; with --root and no
    --db the command imports no database (SQLAlchemy), no accounts service (argon2), no pyHanko network
    client (aiohttp) and no Qt, and checks several files in one process (the worst exit code)."""
    shown = run("verify", "--help").stdout
    for line in ("complete    0", "broken      1", "incomplete  3", "superseded  3"):
        assert line in shown
    from desktop.services.desk import Desk

    desk = Desk.open(templates.new_url("sqlite", demo=True))
    hexue = desk.act_as("hexue")
    sealed = desk.sheets.latest_pdf(hexue, next(u.document_id for u in desk.seals.uses(hexue) if u.document_id))
    (tmp_path / "root.pem").write_text("".join(desk.sheets.root_pem()), encoding="ascii")
    desk.close()
    (tmp_path / "sealed.pdf").write_bytes(sealed)
    cut = sealed[:sealed.rindex(b"%%EOF", 0, len(sealed) - 8) + 5] + b"\n"  # back to the revision before the seal
    (tmp_path / "cut.pdf").write_bytes(cut)
    root = str(tmp_path / "root.pem")
    child = subprocess.run([sys.executable, "-c", LEAN_VERIFY_CHILD, str(tmp_path / "sealed.pdf"), "--root", root],
                           capture_output=True, text=True, timeout=120)
    assert "EXIT 0" in child.stdout and "LOADED -" in child.stdout, child.stdout + child.stderr
    both = run("verify", str(tmp_path / "sealed.pdf"), str(tmp_path / "cut.pdf"), "--root", root)
    assert both.returncode == 3 and len(both.stdout.splitlines()) == 2, both.stdout + both.stderr
    assert ": complete (" in both.stdout.splitlines()[0] and ": incomplete (" in both.stdout.splitlines()[1]
