"""Atomic user actions (issue 8 item 5), on SQLite and PostgreSQL: create + submit (+ the certified
sheet) is one transaction, for the approval service, the module services (new_document, with the
chain added on first use) and seal requests; a failure at any point — here forced inside the sheet
issue, after the document row, its number and its audit entries were written — leaves nothing, and
running the action again makes exactly one document. And the demonstration bureau loads in one
transaction: stopped half-way it leaves an empty database that loads again.

Rules: IC-15 (gapless numbering), SEC-01 (audit trail), SEC-08 (the demo only into an empty
database), SEC-06 (signing passphrase).
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from desktop.persistence.schema import AuditEntry, Bureau, Document, IssuedFile, SealFile, SerialCounter
from desktop.services.base import Refused
from desktop.services.demo import DEMO_PASSWORD, load_demo

PASS = DEMO_PASSWORD


class Crash(RuntimeError):
    """Stands for anything that stops an action half-way (a bug, a full disk, a lost connection)."""


def _counts(desk) -> dict[str, int]:  # noqa: ANN001
    with desk.sessions() as s:
        return {
            "documents": s.execute(select(func.count()).select_from(Document)).scalar(),
            "audit": s.execute(select(func.count()).select_from(AuditEntry)).scalar(),
            "files": s.execute(select(func.count()).select_from(IssuedFile)).scalar(),
            "seal_files": s.execute(select(func.count()).select_from(SealFile)).scalar(),
            "serials": s.execute(select(func.coalesce(func.sum(SerialCounter.last_value), 0))).scalar(),
        }


def _titled(desk, title: str) -> list[Document]:  # noqa: ANN001
    with desk.sessions() as s:
        return list(s.execute(select(Document).where(Document.title == title)).scalars())


@pytest.fixture
def crash_in_sheet_issue(monkeypatch):  # noqa: ANN001, ANN201
    """Make the sheet issue fail after rendering, i.e. after the insert, the serial and the audit
    entries of the action were written in its transaction."""
    import desktop.services.sheets as sheets

    def certify(*_a, **_k):  # noqa: ANN002, ANN003, ANN202
        raise Crash("power cut while certifying the sheet")

    monkeypatch.setattr(sheets, "certify", certify)
    return monkeypatch


def test_create_submit_failing_in_sheet_issue_leaves_nothing_ic15_sec01(desk, as_user, crash_in_sheet_issue):
    """Measured miss: `approvals create --submit` was two transactions; a failure after the first
    left a draft whose submission was lost. Now nothing remains, the number is not used up (IC-15)
    and the audit trail is as before (SEC-01); running it again makes exactly one document."""
    handler = as_user("huanglei")
    before = _counts(desk)
    with pytest.raises(Crash):
        desk.approvals.create_draft(handler, "expense_claim", "打印机硒鼓（原子性）", purpose="日常办公",
                                    amount="320.00", submit=True, passphrase=PASS)
    assert _counts(desk) == before
    assert _titled(desk, "打印机硒鼓（原子性）") == []
    assert desk.audit.verify().ok

    crash_in_sheet_issue.undo()
    doc_id = desk.approvals.create_draft(handler, "expense_claim", "打印机硒鼓（原子性）", purpose="日常办公",
                                         amount="320.00", submit=True, passphrase=PASS)
    [doc] = _titled(desk, "打印机硒鼓（原子性）")
    assert doc.id == doc_id and doc.state == "submitted"
    assert int(doc.serial.rsplit("-", 1)[1]) == _serial_counter(desk, doc)  # the next number, no gap (IC-15)
    assert desk.sheets.versions(handler, doc_id)[0].purpose == "issue"
    assert _counts(desk)["serials"] == before["serials"] + 1


def _serial_counter(desk, doc: Document) -> int:  # noqa: ANN001
    with desk.sessions() as s:
        period = doc.serial.split("-", 1)[1].rsplit("-", 1)[0]
        return s.execute(select(SerialCounter.last_value).where(SerialCounter.kind == doc.kind,
                                                                SerialCounter.period == period)).scalar_one()


def test_wrong_passphrase_at_create_submit_leaves_no_draft_sec06(desk, as_user):
    """A refusal of the submission (a wrong signing passphrase) refuses the whole action."""
    before = _counts(desk)
    with pytest.raises(Refused) as exc:
        desk.approvals.create_draft(as_user("huanglei"), "expense_claim", "口令错误的报销", purpose="日常办公",
                                    amount="10.00", submit=True, passphrase="not-my-passphrase")
    assert "SEC-06" in {p.rule for p in exc.value.problems}
    assert _counts(desk) == before


def test_module_record_and_its_chain_are_one_transaction_ic15_sec01(desk, as_user, crash_in_sheet_issue):
    """A module record (travel, through ModuleService.new_document) on a bureau whose stored preset
    predates the kind: the chain added on first use, the record, its number and its sheet commit
    together or not at all — a failure leaves neither the record nor the chain."""
    with desk.sessions.begin() as s:  # a bureau whose preset predates trip approvals
        bureau = s.execute(select(Bureau)).scalars().first()
        data = json.loads(bureau.preset_json)
        del data["chains"]["trip_approval"]
        bureau.preset_json = json.dumps(data, ensure_ascii=False)
    desk.audit.record_baseline()  # as an upgraded database records its existing state (SEC-18)
    gao = as_user("gaoyuan")
    start = date.today() + timedelta(days=7)
    trip = {"title": "赴乡镇检查（原子性）", "purpose": "定点医药机构检查", "destinations": ["乡镇"],
            "start": start.isoformat(), "end": (start + timedelta(days=1)).isoformat(), "transport": "unit_car",
            "own_vehicle": True, "travellers": ["高远"]}
    before = _counts(desk)
    with pytest.raises(Crash):
        desk.travel.create_trip(gao, trip, submit=True, passphrase=PASS)
    assert _counts(desk) == before
    assert "trip_approval" not in desk.approvals.kinds(gao)

    crash_in_sheet_issue.undo()
    doc_id = desk.travel.create_trip(gao, trip, submit=True, passphrase=PASS)
    assert [d.id for d in _titled(desk, "赴乡镇检查（原子性）")] == [doc_id]
    assert desk.approvals.document(gao, doc_id).state == "submitted"
    assert "trip_approval" in desk.approvals.kinds(gao)
    assert desk.audit.verify().ok


def test_seal_requests_are_one_transaction_sec01(desk, as_user, crash_in_sheet_issue):
    """用印申请 (draft + the PDF to be sealed + submission + sheet) and 刻制申请 (document + registry
    entry): a failure leaves no document, no stored PDF and no registry entry."""
    from desktop.documents.pdf_content import render_text_document

    hexue = as_user("hexue")
    seal = next(s for s in desk.seals.seals(hexue, status="enabled") if s.kind == "administrative")
    pdf = render_text_document("示范县医疗保障局", "关于报送材料的函", ["县财政局：", "特此函告。"], date.today())
    before = _counts(desk)
    seals_before = len(desk.seals.seals(hexue))
    with pytest.raises(Crash):
        desk.seals.request_use(hexue, seal.id, "报送材料（原子性）", recipient="县财政局", copies=1,
                               document_pdf=pdf, filename="a.pdf", passphrase=PASS)
    with pytest.raises(Crash):
        desk.seals.request_engraving(hexue, "section", "示范县医疗保障局结算股业务专用章", "新设股室",
                                     passphrase=PASS)
    assert _counts(desk) == before and len(desk.seals.seals(hexue)) == seals_before

    crash_in_sheet_issue.undo()
    doc_id = desk.seals.request_use(hexue, seal.id, "报送材料（原子性）", recipient="县财政局", copies=1,
                                    document_pdf=pdf, filename="a.pdf", passphrase=PASS)
    assert [d.id for d in _titled(desk, "报送材料（原子性）")] == [doc_id]
    assert desk.seals.attachment(hexue, doc_id) == pdf


def test_demo_stopped_half_way_leaves_an_empty_database_sec08(empty_desk, monkeypatch):
    """Measured miss: `desktop demo` killed half-way left a bureau that could neither be used nor
    re-loaded. The demo is one transaction: stopped half-way (here: the 5th person fails), the
    database has no bureau, its audit trail is intact and the demo loads again (SQLite here; the
    SIGKILL harness kills the real command)."""
    from desktop.services.organisation import OrganisationService

    original = OrganisationService.add_staff
    calls = []

    def add_staff(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        calls.append(1)
        if len(calls) == 5:
            raise Crash("killed while loading the demo")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(OrganisationService, "add_staff", add_staff)
    with pytest.raises(Crash):
        load_demo(empty_desk)
    assert not empty_desk.has_bureau()
    assert _counts(empty_desk)["audit"] == 0 and empty_desk.audit.verify().ok


def test_demo_loads_again_after_a_failure_and_refuses_a_second_time_sec08(templates, monkeypatch):
    """After a failed load the demo loads in full; then, like on any database with a bureau, it is refused."""
    import desktop.services.demo_travel as demo_travel
    from desktop.services.desk import Desk

    desk = Desk.open(templates.new_url("sqlite", demo=False))
    try:
        def crash(_desk):  # noqa: ANN001, ANN202
            raise Crash("killed half-way through the travel records")

        monkeypatch.setattr(demo_travel, "load_travel_demo", crash)
        with pytest.raises(Crash):
            load_demo(desk)
        assert not desk.has_bureau()
        monkeypatch.undo()
        assert load_demo(desk)
        assert desk.has_bureau() and desk.audit.verify().ok
        with pytest.raises(Refused) as exc:
            load_demo(desk)
        assert exc.value.problems[0].rule == "SEC-08"
    finally:
        desk.close()


def test_demo_refused_on_a_real_bureau_sec08(empty_desk):
    from desktop.services.setup import initialise

    initialise(empty_desk, bureau_name="通榆县医疗保障局", bureau_code="TY", admin_username="admin",
               admin_password="Tongyu#Root-2026")
    with pytest.raises(Refused) as exc:
        load_demo(empty_desk)
    assert exc.value.problems[0].rule == "SEC-08"
    assert empty_desk.bureau_name() == "通榆县医疗保障局"
