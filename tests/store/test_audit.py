"""The audit trail: every state change is recorded; tampering is found (SEC-01, SEC-04)."""

import json
import subprocess
import sys

import pytest
from sqlalchemy import text

from desktop.cli import main as cli_main
from desktop.services.base import Refused


def verify_cli(url: str, capsys) -> tuple[int, str]:
    code = cli_main(["audit", "verify", "--db", url])
    return code, capsys.readouterr().out


def test_every_state_change_is_recorded_with_before_and_after(desk, as_user):
    handler = as_user("huanglei")
    doc = desk.approvals.create_draft(handler, "expense_claim", "审计测试", purpose="p", amount="10")
    desk.approvals.submit(handler, doc)
    desk.approvals.return_(as_user("wufang"), doc, ["缺发票"])
    rows = [r for r in desk.audit.recent(as_user("admin"), 50) if r.entity == "document" and r.entity_id == str(doc)]
    assert [r.action for r in reversed(rows)] == ["document.create", "document.submit", "document.return"]
    last = rows[0]
    assert last.actor == "wufang(吴芳)"
    assert json.loads(last.before_json)["state"] == "submitted"
    assert json.loads(last.after_json)["state"] == "returned"
    assert json.loads(last.after_json)["reasons"] == ["缺发票"]


def test_failed_sign_ins_are_recorded(desk):
    with pytest.raises(Refused):
        desk.accounts.authenticate("wufang", "Wrong#0000")
    rows = desk.audit.recent(desk.act_as("admin"), 5)
    assert rows[0].action == "login.failed" and rows[0].actor == "wufang"


def test_only_admin_or_audit_post_reads_the_trail(desk, as_user):
    assert desk.audit.recent(as_user("machao"), 1)  # 稽核
    with pytest.raises(Refused):
        desk.audit.recent(as_user("huanglei"), 1)


def test_database_refuses_edits_of_audit_entries(desk):
    with pytest.raises(Exception, match="append-only"):
        with desk.engine.begin() as conn:
            conn.execute(text("UPDATE audit_entries SET actor='x' WHERE seq=1"))
    with pytest.raises(Exception, match="append-only"):
        with desk.engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_entries WHERE seq=1"))


def _drop_guard(desk) -> None:
    """What someone with direct database access would do first."""
    with desk.engine.begin() as conn:
        if desk.engine.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER audit_entries_no_update"))
            conn.execute(text("DROP TRIGGER audit_entries_no_delete"))
        else:
            conn.execute(text("DROP TRIGGER audit_entries_append_only ON audit_entries"))


def test_verify_passes_on_an_untouched_trail(desk, demo_url, capsys):
    code, out = verify_cli(demo_url, capsys)
    assert code == 0 and "intact" in out


@pytest.mark.parametrize("tamper, broken", [
    ("UPDATE audit_entries SET after_json = '{\"state\":\"approved\"}' WHERE seq = 40", 40),
    ("DELETE FROM audit_entries WHERE seq = 17", 17),
    ("UPDATE audit_entries SET seq = -seq WHERE seq IN (30, 31); "
     "UPDATE audit_entries SET seq = 31 WHERE seq = -30; UPDATE audit_entries SET seq = 30 WHERE seq = -31", 30),
])
def test_verify_names_the_first_broken_entry(desk, demo_url, capsys, tamper, broken):
    _drop_guard(desk)
    with desk.engine.begin() as conn:
        for statement in tamper.split("; "):
            conn.execute(text(statement))
    code, out = verify_cli(demo_url, capsys)
    assert code != 0
    assert f"BROKEN at entry {broken}" in out


def test_removing_the_newest_entry_is_found(desk, demo_url, capsys):
    _drop_guard(desk)
    with desk.engine.begin() as conn:
        last = conn.execute(text("SELECT max(seq) FROM audit_entries")).scalar()
        conn.execute(text(f"DELETE FROM audit_entries WHERE seq = {last}"))
    code, out = verify_cli(demo_url, capsys)
    assert code == 1 and f"BROKEN at entry {last}" in out


def test_console_command_exit_status(demo_url):
    """`desktop audit verify` as a separate process (what a script or scheduled task runs)."""
    result = subprocess.run([sys.executable, "-m", "desktop", "audit", "verify", "--db", demo_url],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "audit trail intact" in result.stdout
