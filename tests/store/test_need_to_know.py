"""Need-to-know on the demonstration bureau, SQLite and PostgreSQL (SEC-03, SEC-13, IC-14, SEC-01):
lists filtered in the database, opening and printing refused outside one's scope, the system
administrator reading no business content, reports and the seal use register by post, and one
``document.read`` audit entry per open or print of someone else's document."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.persistence.schema import Document
from desktop.services.base import Refused

HUANGLEI_CLAIM = "购买打印纸及硒鼓"  # 黄磊, 待遇保障股 — the claim gaoyuan printed (the measured miss)
GAOYUAN_CLAIM = "定点医药机构检查交通费"  # 高远, 医药服务管理股
FUND_CLAIM = "基金监管宣传材料印刷费"  # 朱琳, 基金监管股
SETTLEMENT_CLAIM = "结算股差旅费"  # 郭婷, 结算股 (医保中心)


def rules(exc: pytest.ExceptionInfo) -> set[str]:
    return {p.rule for p in exc.value.problems}


def ids(docs) -> set[int]:  # noqa: ANN001
    return {d.id for d in docs}


def doc_id(desk, title: str) -> int:  # noqa: ANN001
    return next(d.id for d in desk.approvals.documents(desk.act_as("machao"), limit=100_000) if d.title == title)


def reads(desk) -> list:  # noqa: ANN001
    return [e for e in desk.audit.recent(desk.act_as("machao"), 100_000) if e.action == "document.read"]


def test_a_handler_cannot_print_or_open_another_persons_claim_sec_03(desk, as_user):
    """The measured miss: ``approvals pdf 1 --user gaoyuan`` printed 黄磊's claim."""
    gao = as_user("gaoyuan")
    other, own = doc_id(desk, HUANGLEI_CLAIM), doc_id(desk, GAOYUAN_CLAIM)
    for read in (desk.sheets.latest_pdf, desk.sheets.preview, desk.sheets.versions, desk.approvals.document):
        with pytest.raises(Refused) as exc:
            read(gao, other)
        assert rules(exc) == {"SEC-03"}, read
    assert desk.sheets.latest_pdf(gao, own)[:4] == b"%PDF"
    listed = desk.approvals.documents(gao, limit=100_000)
    assert own in ids(listed) and other not in ids(listed)
    # Only their own, plus the bureau's approved annual meeting plan (MEET-02).
    assert {d.submitter for d in listed if d.kind != "meeting_plan"} == {"高远"}
    assert {d.state for d in listed if d.kind == "meeting_plan"} <= {"approved", "archived"}


def test_the_command_line_refuses_the_same_print_sec_03(desk, as_user, tmp_path, monkeypatch, capsys):
    """``desktop approvals pdf ID --user gaoyuan`` of another person's claim: exit 2, nothing written."""
    monkeypatch.setenv("BUREAU_DESK_PASSWORD", "Demo#2026")
    other = doc_id(desk, HUANGLEI_CLAIM)
    out = tmp_path / "claim.pdf"
    assert main(["approvals", "pdf", str(other), "--db", desk.url, "--user", "gaoyuan", "--out", str(out)]) == 2
    assert "SEC-03" in capsys.readouterr().err and not out.exists()
    assert main(["approvals", "list", "--db", desk.url, "--user", "gaoyuan"]) == 0
    listed = capsys.readouterr().out
    assert GAOYUAN_CLAIM in listed and HUANGLEI_CLAIM not in listed


def test_a_section_head_sees_the_section_not_another_sec_03(desk, as_user):
    treatment, pharmacy = doc_id(desk, HUANGLEI_CLAIM), doc_id(desk, GAOYUAN_CLAIM)
    yang, lin = as_user("yangfan"), as_user("linxiao")  # heads of 待遇保障股 / 医药服务管理股
    assert treatment in ids(desk.approvals.documents(yang)) and pharmacy not in ids(desk.approvals.documents(yang))
    assert pharmacy in ids(desk.approvals.documents(lin)) and treatment not in ids(desk.approvals.documents(lin))
    assert desk.approvals.document(yang, treatment).submitter == "黄磊"
    with pytest.raises(Refused) as exc:
        desk.sheets.latest_pdf(yang, pharmacy)
    assert rules(exc) == {"SEC-03"}
    # The leader in charge of both sees both, not a section he is not in charge of.
    li = desk.approvals.documents(as_user("limh"), limit=100_000)
    assert {treatment, pharmacy} <= ids(li) and doc_id(desk, FUND_CLAIM) not in ids(li)
    # The centre director sees the centre's sections.
    sun = ids(desk.approvals.documents(as_user("sunli"), limit=100_000))
    assert doc_id(desk, SETTLEMENT_CLAIM) in sun and treatment not in sun


def test_finance_office_leaders_and_the_audit_post_see_everything_sec_03(desk, as_user):
    with desk.sessions() as session:
        total = session.execute(select(func.count()).select_from(Document)).scalar()
    for who in ("wufang", "zhenglj", "chenjing", "zhoumin", "wangjianguo", "zhaozhg", "machao"):
        assert len(desk.approvals.documents(as_user(who), limit=100_000)) == total, who


def test_what_waits_for_a_person_is_readable_ic_14(desk, as_user):
    """The documents on someone's to-do list are in their list and open."""
    for who in ("linxiao", "limh", "wufang", "zhoumin"):
        user = as_user(who)
        pending = ids(desk.approvals.pending_for(user))
        assert pending and pending <= ids(desk.approvals.documents(user, limit=100_000)), who
        for d in pending:
            assert desk.approvals.document(user, d).id == d


def test_the_administrator_sees_no_business_content_sec_13(desk, as_user):
    admin = as_user("admin")
    claim = doc_id(desk, HUANGLEI_CLAIM)
    assert desk.approvals.documents(admin, limit=100_000) == [] and desk.approvals.pending_for(admin) == []
    for read in (desk.sheets.latest_pdf, desk.sheets.preview, desk.approvals.document, desk.seals.attachment):
        with pytest.raises(Refused) as exc:
            read(admin, claim)
        assert rules(exc) == {"SEC-13"} and "系统管理员" in str(exc.value), read
    assert desk.seals.uses(admin) == []
    with pytest.raises(Refused) as exc:
        desk.spending.by_department_month(admin, 2026)
    assert rules(exc) == {"SEC-13"}
    # The administrator's own screens still work.
    assert desk.accounts.list_accounts(admin) and desk.org.staff(admin) and desk.audit.recent(admin, 5)


def test_reports_and_the_seal_register_by_post_sec_03(desk, as_user):
    gao = as_user("gaoyuan")
    for report in (lambda u: desk.spending.by_department_month(u, 2026),
                   lambda u: desk.spending.meeting_report_xlsx(u, desk.meetings, 2026),
                   lambda u: desk.meetings.annual_report(u, 2026)):
        with pytest.raises(Refused) as exc:
            report(gao)
        assert rules(exc) == {"SEC-03"}
    assert desk.spending.by_department_month(as_user("wufang"), 2026) is not None
    every_use = desk.seals.uses(as_user("hexue"))
    assert every_use and ids(desk.seals.uses(as_user("zhoumin"))) == ids(every_use)
    assert desk.seals.uses(gao) == []  # took part in no seal use
    assert desk.seals.uses(as_user("wangjianguo"))  # approved it


def test_reading_another_persons_document_is_audited_once_sec_01(desk, as_user):
    """One ``document.read`` per open or print of someone else's document; none for a list or for
    one's own."""
    before = len(reads(desk))
    wu, gao = as_user("wufang"), as_user("gaoyuan")
    claim = doc_id(desk, HUANGLEI_CLAIM)
    desk.approvals.documents(wu, limit=100_000)
    desk.approvals.pending_for(wu)
    assert len(reads(desk)) == before
    desk.sheets.latest_pdf(wu, claim)
    entries = reads(desk)
    assert len(entries) == before + 1
    entry = entries[0]
    assert entry.actor == "wufang(吴芳)" and entry.entity == "document" and entry.entity_id == str(claim)
    assert json.loads(entry.after_json)["how"] == "print"
    desk.approvals.document(wu, claim)
    assert len(reads(desk)) == before + 2 and json.loads(reads(desk)[0].after_json)["how"] == "open"
    desk.sheets.latest_pdf(gao, doc_id(desk, GAOYUAN_CLAIM))  # one's own: not a read of another's
    assert len(reads(desk)) == before + 2
    with pytest.raises(Refused):
        desk.sheets.latest_pdf(gao, claim)  # refused: nothing read, nothing recorded
    assert len(reads(desk)) == before + 2
