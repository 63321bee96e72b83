"""An insider with the database file tries to rewrite the audit trail or business records
(issue 8 items 1-2; SEC-01 every operation traceable, SEC-04 logs reviewed, SEC-18 data not changed
at will). Each attempt runs on a fresh demonstration bureau where the 稽核 signed the day's
checkpoint and work went on; bench/tamper.py runs the same attempts and prints the count."""

from __future__ import annotations

import importlib.util
import json
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.cli import main as cli_main
from desktop.services.base import Refused
from desktop.services.desk import Desk

_spec = importlib.util.spec_from_file_location("bench_tamper", Path(__file__).resolve().parents[2] / "bench" / "tamper.py")
tamper = importlib.util.module_from_spec(_spec)
sys.modules["bench_tamper"] = tamper
_spec.loader.exec_module(tamper)

BY_NAME = {a.run.__name__: a for a in tamper.ATTEMPTS}
# On PostgreSQL a representative few (each needs a demo database copy); SQLite runs them all.
PG_ATTEMPTS = ["t_rewrite_before_checkpoint", "t_rewrite_after_checkpoint", "t_truncate_end_move_head",
               "t_delete_head_row", "t_delete_latest_checkpoint", "t_forge_checkpoint_self_made_root",
               "t_edit_amount", "t_delete_approval_actions", "t_swap_password_hash", "t_insert_document"]
CASES = [pytest.param("sqlite", a, id=f"sqlite-{a.run.__name__[2:]}") for a in tamper.ATTEMPTS] + \
        [pytest.param("postgresql", BY_NAME[n], id=f"postgresql-{n[2:]}") for n in PG_ATTEMPTS]


@pytest.mark.parametrize("backend, attempt", CASES)
def test_SEC01_SEC04_SEC18_tampering_attempt_is_detected(templates, backend, attempt):
    url = templates.new_url(backend, demo=True)
    scene = tamper.prepare(url)
    engine = Desk.open(url).engine
    try:
        tamper.tamper(engine, scene, attempt)
    finally:
        engine.dispose()
    found, line = tamper.detect(scene, attempt)
    assert found, f"{attempt.name}: {line}"


def verify_cli(url: str, capsys, *extra: str) -> tuple[int, str]:
    code = cli_main(["audit", "verify", "--db", url, *extra])
    return code, capsys.readouterr().out


@pytest.fixture
def scene(demo_url):
    return tamper.prepare(demo_url)


def _tamper(url: str, fn) -> None:  # noqa: ANN001
    desk = Desk.open(url)
    try:
        with desk.engine.begin() as conn:
            fn(conn)
    finally:
        desk.close()


# Item 1: the trail itself ------------------------------------------------------------------------------
def test_SEC01_rewrite_with_every_hash_recomputed_is_broken(scene, capsys):
    """The measured miss: drop the triggers, edit, recompute every hash and the head → was "intact"."""
    _tamper(scene.url, lambda c: tamper.t_rewrite_before_checkpoint(c, scene))
    code, out = verify_cli(scene.url, capsys)
    assert code == 1
    assert "BROKEN at entry" in out and "rewritten" in out


def test_SEC01_cutting_entries_off_the_end_and_moving_the_head_is_broken(scene, capsys):
    _tamper(scene.url, lambda c: tamper.t_truncate_end_move_head(c, scene))
    code, out = verify_cli(scene.url, capsys)
    assert code == 1 and "missing from the end" in out


def test_SEC01_deleted_head_is_reported_and_the_next_write_is_refused_not_a_traceback(scene, capsys):
    _tamper(scene.url, lambda c: c.execute(text("DELETE FROM audit_head")))
    code, out = verify_cli(scene.url, capsys)
    assert code == 1 and "audit_head" in out
    desk = Desk.open(scene.url)
    try:
        with pytest.raises(Refused) as refused:
            desk.accounts.authenticate("wufang", "Demo#2026")
        assert refused.value.problems[0].rule == "SEC-01"
        assert "desktop audit verify" in refused.value.problems[0].text
    finally:
        desk.close()
    # The command line: one line, exit 2 (refused), no traceback.
    import os

    os.environ["BUREAU_DESK_PASSWORD"] = "Demo#2026"
    try:
        assert cli_main(["approvals", "pending", "--db", scene.url, "--user", "wufang"]) == 2
    finally:
        del os.environ["BUREAU_DESK_PASSWORD"]
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out


def test_SEC01_administrator_reanchors_a_deleted_head_with_the_root_key_and_it_is_recorded(scene, monkeypatch, capsys):
    _tamper(scene.url, lambda c: c.execute(text("DELETE FROM audit_head")))
    monkeypatch.setenv("BUREAU_DESK_CA_PASSPHRASE", "wrong")
    assert cli_main(["audit", "reanchor", "--db", scene.url, "--reason", "x"]) == 2  # refused: wrong CA passphrase
    monkeypatch.setenv("BUREAU_DESK_CA_PASSPHRASE", "Desk#2026")
    assert cli_main(["audit", "reanchor", "--db", scene.url, "--reason", "链头被误删，经局长批准修复"]) == 0
    code, out = verify_cli(scene.url, capsys)
    assert code == 0, out
    desk = Desk.open(scene.url)
    try:
        desk.accounts.authenticate("wufang", "Demo#2026")  # writes again
        actions = [r.action for r in desk.audit.recent(desk.act_as("admin"), 10)]
        assert "audit.reanchor" in actions
    finally:
        desk.close()


def test_SEC01_checkpoint_signing_is_for_the_auditor_finance_head_or_root(desk, as_user):
    with pytest.raises(Refused) as refused:
        desk.audit.sign_checkpoint(as_user("huanglei"), "Demo#2026")
    assert refused.value.problems[0].rule == "SEC-04"
    with pytest.raises(Refused) as refused:
        desk.audit.sign_checkpoint(as_user("wufang"), "Wrong#0000")
    assert "口令" in refused.value.problems[0].text
    by_finance = desk.audit.sign_checkpoint(as_user("wufang"), "Demo#2026", "sign-out")
    by_root = desk.audit.sign_checkpoint(as_user("admin"), "Desk#2026", "backup")
    assert by_finance.position == "finance_head" and by_root.signer == "root-ca"
    assert desk.audit.latest_checkpoint() == by_root
    assert desk.audit.verify().ok


def test_SEC01_checkpoint_json_checks_offline_and_a_changed_one_is_refused(desk, as_user):
    view = desk.audit.sign_checkpoint(as_user("machao"), "Demo#2026", "backup")
    data = json.loads(json.dumps(view.to_json()))
    assert set(data) >= {"seq", "hash", "signer", "cert_pem", "signature", "signed_at", "reason"}
    assert desk.audit.check_checkpoint_json(data) == []
    assert desk.audit.verify(checkpoint=data).ok
    assert desk.audit.check_checkpoint_json({**data, "seq": data["seq"] - 1})  # signature no longer matches
    forged = {**data, "hash": "0" * 64}
    report = desk.audit.verify(checkpoint=forged)
    assert not report.ok


def test_SEC01_checkpoint_refused_on_a_broken_chain(scene):
    _tamper(scene.url, lambda c: tamper.t_edit_entry_plain(c, scene))
    desk = Desk.open(scene.url)
    try:
        with pytest.raises(Refused) as refused:
            desk.audit.sign_checkpoint(desk.act_as("machao"), "Demo#2026")
        assert refused.value.problems[0].code == "audit.broken"
    finally:
        desk.close()


# Item 2: business records covered by the trail ----------------------------------------------------------
@pytest.mark.parametrize("attempt, field", [
    ("t_edit_amount", "amount"),
    ("t_edit_payload", "payload_json"),
    ("t_edit_state", "state"),
])
def test_SEC18_edited_document_is_listed_shown_tampered_and_refused(scene, capsys, attempt, field):
    _tamper(scene.url, lambda c: BY_NAME[attempt].run(c, scene))
    code, out = verify_cli(scene.url, capsys, "--deep")
    assert code == 1
    assert f"MISMATCH documents #{scene.doc_id} {field}:" in out
    desk = Desk.open(scene.url)
    try:
        finance = desk.act_as("wufang")
        assert desk.approvals.document(finance, scene.doc_id).tampered
        listed = {d.id: d.tampered for d in desk.approvals.documents(finance)}
        assert listed[scene.doc_id] and not any(v for k, v in listed.items() if k != scene.doc_id)
        with pytest.raises(Refused) as refused:
            desk.approvals.approve(finance, scene.doc_id, passphrase="Demo#2026")
        assert refused.value.problems[0].rule == "SEC-18"
    finally:
        desk.close()


def test_SEC18_deleted_approval_actions_are_listed(scene, capsys):
    _tamper(scene.url, lambda c: c.execute(text("DELETE FROM approval_actions WHERE document_id = :d"),
                                           {"d": scene.doc_id}))
    code, out = verify_cli(scene.url, capsys, "--deep")
    assert code == 1
    assert f"MISMATCH documents #{scene.doc_id} approval_actions#" in out and ": present → (missing)" in out


def test_SEC01_swapped_password_hash_is_listed_and_the_account_refuses_changes(scene, capsys):
    _tamper(scene.url, lambda c: tamper.t_swap_password_hash(c, scene))
    code, out = verify_cli(scene.url, capsys, "--deep")
    assert code == 1
    assert "MISMATCH user_accounts #" in out and "password_hash: sha256:" in out
    assert "$argon2" not in out  # only a digest of the hash is ever recorded or shown
    desk = Desk.open(scene.url)
    try:
        with pytest.raises(Refused) as refused:  # signing in writes the account: refused as tampered
            desk.accounts.authenticate("wufang", "Demo#2026")
        assert refused.value.problems[0].rule == "SEC-18"
    finally:
        desk.close()


def test_SEC18_legitimate_work_leaves_every_record_matching(desk, as_user):
    """Create, submit (signed sheet), return, resubmit, approve, assign a position: deep verify clean."""
    handler, finance = as_user("huanglei"), as_user("wufang")
    doc = desk.approvals.create_draft(handler, "expense_claim", "办公用品", purpose="p", amount="120.50", submit=True,
                                      passphrase="Demo#2026")
    desk.approvals.return_(finance, doc, ["缺发票"])
    desk.approvals.submit(handler, doc, passphrase="Demo#2026")
    desk.approvals.approve(finance, doc, passphrase="Demo#2026")
    desk.accounts.authenticate("gaoyuan", "Demo#2026")
    report = desk.audit.verify(deep=True)
    assert report.ok, [m.line() for m in report.mismatches][:5]
    assert report.checked > 500


def test_SEC18_concurrent_writers_keep_the_trail_and_states_whole(demo_url):
    """Several PCs (threads, each its own Desk) writing at once: no false "tampered", deep verify clean."""
    desks = [Desk.open(demo_url) for _ in range(4)]
    errors: list[Exception] = []

    def work(d: Desk, who: str) -> None:
        try:
            user = d.act_as(who)
            for i in range(3):
                d.approvals.create_draft(user, "expense_claim", f"并发 {i}", purpose="p", amount="10", submit=True)
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(d, u)) for d, u in zip(desks, ["huanglei", "gaoyuan", "xuna", "zhulin"])]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert errors == []
        report = desks[0].audit.verify(deep=True)
        assert report.ok, (report.problems, [m.line() for m in report.mismatches][:5])
    finally:
        for d in desks:
            d.close()


def test_SEC18_existing_database_gets_a_baseline_at_upgrade(tmp_path, capsys):
    """A database from before record states (revision 0003) with business records: the first start
    records a baseline, after which a change behind the app is found."""
    from alembic import command

    from desktop.persistence.database import alembic_config, make_engine

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0003_seals")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO bureaus (id, code, name, preset_code, preset_json, created_at) "
                          "VALUES (1, 'OLD', '旧局', 'P-000', '{}', '2026-01-01')"))
        conn.execute(text("INSERT INTO staff (id, bureau_id, name, title, qualification, active) "
                          "VALUES (1, 1, '老王', '', '', 1)"))
        conn.execute(text("INSERT INTO documents (id, bureau_id, kind, title, purpose, amount, days, category, "
                          "submitter_id, state, steps_json, round, payload_json, created_at, updated_at, version) "
                          "VALUES (1, 1, 'expense_claim', '旧单', '', 1000, 0, '', 1, 'draft', '[]', 0, '{}', "
                          "'2026-01-01', '2026-01-01', 1)"))
    engine.dispose()
    desk = Desk.open(url)
    try:
        report = desk.audit.verify(deep=True)
        assert report.ok, [m.line() for m in report.mismatches]
        with desk.engine.begin() as conn:
            conn.execute(text("UPDATE documents SET amount = 100000 WHERE id = 1"))
    finally:
        desk.close()
    code, out = verify_cli(url, capsys, "--deep")
    assert code == 1 and "MISMATCH documents #1 amount: 10.00 → 1000.00" in out


def test_SEC01_checkpoint_command_signs_exports_and_verify_checks_the_export(desk, demo_url, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BUREAU_DESK_PASSWORD", "Demo#2026")
    monkeypatch.setenv("BUREAU_DESK_PASSPHRASE", "Demo#2026")
    exported = tmp_path / "checkpoint.json"
    assert cli_main(["audit", "checkpoint", "--db", demo_url, "--user", "machao", "--reason", "daily",
                     "--out", str(exported)]) == 0
    assert "checkpoint signed" in capsys.readouterr().out
    assert json.loads(exported.read_text(encoding="utf-8"))["signer"] == "machao(马超)"
    code, out = verify_cli(demo_url, capsys, "--checkpoint", str(exported))
    assert code == 0 and "signed checkpoint at entry" in out
    assert cli_main(["audit", "checkpoint", "--db", demo_url, "--user", "huanglei"]) == 2  # not the audit post


def test_SEC07_administrator_accepts_a_cleared_up_record_change_and_the_trail_keeps_it(scene):
    """Back-end correction (SEC-07): after the written request, the administrator re-anchors with the
    root CA passphrase and accepts the record as it is now; an entry edited in place is never accepted."""
    _tamper(scene.url, lambda c: tamper.t_edit_amount(c, scene))
    desk = Desk.open(scene.url)
    try:
        with pytest.raises(Refused):
            desk.audit.reanchor("Desk#2026", "")  # a reason is required
        desk.audit.reanchor("Desk#2026", "金额按局长批示更正（书面申请 2026-11-30）", accept_records=True)
        assert desk.audit.verify(deep=True).ok
        assert not desk.approvals.document(desk.act_as("wufang"), scene.doc_id).tampered
        rows = desk.audit.recent(desk.act_as("admin"), 20, include_states=True)
        accepted = [r for r in rows if r.action == "record.state" and r.entity_id == str(scene.doc_id)]
        assert accepted and accepted[0].actor.startswith("root-ca")
    finally:
        desk.close()
    _tamper(scene.url, lambda c: tamper.t_edit_entry_plain(c, scene))
    desk = Desk.open(scene.url)
    try:
        with pytest.raises(Refused) as refused:
            desk.audit.reanchor("Desk#2026", "x")
        assert refused.value.problems[0].code == "reanchor.chain"
    finally:
        desk.close()


def test_SEC18_a_change_committed_without_an_earlier_flush_is_recorded(desk, as_user):
    """A unit of work whose only change is flushed by the commit itself still records the new state."""
    from sqlalchemy import select

    from desktop.persistence.schema import CollectiveDecision

    with desk.sessions.begin() as s:
        decision = s.execute(select(CollectiveDecision)).scalars().first()
        decision.subject = "改为：补充议题"
    assert desk.audit.verify(deep=True).ok
