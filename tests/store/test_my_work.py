"""The home page's own-work sections, the approver's details and the signed PDFs to save, through
``desk.my_work`` on SQLite and PostgreSQL (issue 12 items 11–13; SEC-03 need-to-know, IC-01, IC-03)."""

from datetime import date
from decimal import Decimal

import pytest

from desktop.services.base import Refused
from desktop.services.my_work import sheet_file_name

D = Decimal
TODAY = date.today()
SCAN = b"%PDF-1.4 invoice scan\n"


def titles(docs) -> set[str]:  # noqa: ANN001
    return {d.title for d in docs}


def _approved_claim(desk, as_user) -> int:  # noqa: ANN001
    desk.claims.create_budget_line(as_user("wufang"), {
        "year": TODAY.year, "code": "B-MW", "name": "办公费", "economic_class": "30201", "approved": "10000.00",
        "functional_class": "2081101"})
    doc = desk.claims.create_claim(as_user("huanglei"), {
        "title": "购买档案盒", "purpose": "待遇保障股档案整理", "economic_class": "30201", "budget_line": "B-MW",
        "amount": "300.00", "invoices": [{"category": "办公费", "code": "3200231130", "number": "08419901",
                                          "date": TODAY.isoformat(), "issuer": "示范县文具店", "amount": "300.00",
                                          "file": "scan.pdf"}]}, files={"scan.pdf": SCAN}, submit=True)
    desk.approvals.approve(as_user("wufang"), doc, "票据齐全")
    desk.approvals.approve(as_user("wangjianguo"), doc, "同意")
    return doc


def test_my_work_lists_in_progress_returned_and_approved_unpaid(desk, as_user):
    """IC-14 (own documents): each person sees their own drafts and submitted documents, what was
    returned to them, and their approved claims the cashier has not paid; paying one removes it."""
    assert any("对接异地就医结算差旅费" in t for t in titles(desk.my_work.my_work(as_user("huanglei")).in_progress))
    assert titles(desk.my_work.my_work(as_user("guoting")).returned) == {"结算股差旅费"}
    assert "医药价格监测资料费" in titles(desk.my_work.my_work(as_user("linxiao")).in_progress)  # a draft
    xuna = desk.my_work.my_work(as_user("xuna"))
    assert "基金监管专项检查专家评审费" in titles(xuna.unpaid)
    assert "委托第三方开展DRG病案质量专项检查（一期）" not in titles(xuna.unpaid)  # paid and booked
    assert not ({"业务培训借款"} & titles(desk.my_work.my_work(as_user("yangfan")).unpaid))  # advance issued
    # Someone else's documents never appear in my sections.
    assert not titles(desk.my_work.my_work(as_user("wufang")).returned)

    doc = _approved_claim(desk, as_user)
    assert "购买档案盒" in titles(desk.my_work.my_work(as_user("huanglei")).unpaid)
    desk.claims.pay(as_user("chenjing"), doc, method="official_card", reference="CARD-MW")
    assert "购买档案盒" not in titles(desk.my_work.my_work(as_user("huanglei")).unpaid)


def test_administrator_has_no_own_work(desk, as_user):
    """SEC-13: the system administrator holds no business documents."""
    work = desk.my_work.my_work(as_user("admin"))
    assert (work.in_progress, work.returned, work.unpaid) == ([], [], [])


def test_details_show_attachments_invoices_and_budget_remaining(desk, as_user):
    """Item 11: an approver sees the claim's attachments, invoices and budget line with what remains
    without opening the PDF; a travel claim not yet paid shows the line it will be charged to."""
    doc = _approved_claim(desk, as_user)
    details = desk.my_work.details(as_user("wangjianguo"), doc)
    assert [(a.kind_label, a.file_name, a.size) for a in details.attachments] == [("发票", "scan.pdf", len(SCAN))]
    assert [(i.number, i.amount) for i in details.invoices] == [("08419901", D("300.00"))]
    assert details.budget.code == "B-MW" and details.budget.remaining == D("9700.00") and not details.paid
    submitted = next(d for d in desk.approvals.pending_for(as_user("wufang")) if d.title == "购买打印纸及硒鼓")
    assert not desk.my_work.details(as_user("wufang"), submitted.id).paid  # its payload names a method only
    trip_claim = next(d for d in desk.approvals.pending_for(as_user("wufang"))
                      if "对接异地就医结算差旅费" in d.title)  # a 补报's title is marked 【补报】
    budget = desk.my_work.details(as_user("wufang"), trip_claim.id).budget
    assert budget is not None and budget.expected and budget.remaining == budget.approved - budget.spent


def test_details_follow_need_to_know(desk, as_user):
    """SEC-03: details are read on the same need-to-know check as the document itself."""
    returned = desk.my_work.my_work(as_user("guoting")).returned[0]
    with pytest.raises(Refused) as exc:
        desk.my_work.details(as_user("linxiao"), returned.id)
    assert {p.rule for p in exc.value.problems} == {"SEC-03"}


def test_signed_sheet_is_the_stored_file_named_by_serial_and_title(desk, as_user):
    """IC-01: the signed approval sheet saved is the stored file byte for byte, named serial + title;
    a document without an issued sheet is refused by name; saving someone else's is audited (SEC-03)."""
    user = as_user("wangjianguo")
    doc = next(d for d in desk.approvals.pending_for(user) if desk.sheets.versions(user, d.id))
    sheet = desk.my_work.signed_sheet(user, doc.id)
    assert sheet.data == desk.sheets.latest_pdf(user, doc.id)
    assert sheet.file_name == f"{doc.serial} {doc.title}.pdf"
    saves = [e for e in desk.audit.recent(as_user("machao"), 50)
             if e.action == "document.read" and '"save"' in (e.after_json or "")]
    assert len(saves) == 1 and saves[0].actor.startswith("wangjianguo")
    draft = desk.my_work.my_work(as_user("linxiao")).in_progress
    draft = next(d for d in draft if d.state == "draft")
    with pytest.raises(Refused) as exc:
        desk.my_work.signed_sheet(as_user("linxiao"), draft.id)
    assert exc.value.problems[0].rule == "IC-01" and "医药价格监测资料费" in exc.value.problems[0].text


def test_sheet_file_names_are_safe():
    """A title with path characters never leaves the chosen folder."""
    assert sheet_file_name("报-2026-0001", "购买/打印纸:硒鼓?", 7) == "报-2026-0001 购买_打印纸_硒鼓_.pdf"
    assert sheet_file_name(None, "../..", 7) == "#7 .._.pdf"
    assert sheet_file_name("", "", 9) == "#9.pdf"
