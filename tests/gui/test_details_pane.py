"""An approver decides from the details pane without opening the PDF (issue 12 item 11): destination,
dates and days, transport, the travel breakdown per day with its rule IDs, tickets, attachments and
invoices, the budget line with what remains, earlier opinions, and the markers not to miss — 补报
(TRAVEL-01) and a late claim (TRAVEL-03). Read on need-to-know (SEC-03)."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.ui.formatting import money
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import texts_of
from tests.gui.sample_bureau import PASSWORD

TODAY = date.today()

def _late_trip(desk) -> int:  # noqa: ANN001
    """A 2-day trip to 北京 that started 40 days ago, filed now: a 补报 with its reason (TRAVEL-01)."""
    start = TODAY - timedelta(days=40)
    return desk.travel.create_trip(desk.act_as("liuyang"), {
        "purpose": "参加培训", "destinations": ["北京"], "start": start.isoformat(),
        "end": (start + timedelta(days=1)).isoformat(), "transport": "train",
        "late_filing_reason": "临时通知参加省厅培训"}, submit=True)


def _late_travel_claim(desk) -> int:  # noqa: ANN001
    """Through desk.travel, as a handler would: a 2-day trip to 北京 40 days ago, approved, then its
    claim after the deadline with the explanation (TRAVEL-03); it waits for the finance head."""
    liu = desk.act_as("liuyang")
    start = TODAY - timedelta(days=40)
    trip = _late_trip(desk)
    desk.approvals.approve(desk.act_as("zhouqiang"), trip, "同意出差")
    claim = {"days": [{"date": start.isoformat(), "region": "北京", "lodged": True, "lodging_invoice": "300.00",
                       "hosted": False, "own_vehicle": False},
                      {"date": (start + timedelta(days=1)).isoformat(), "region": "北京", "lodged": False,
                       "lodging_invoice": None, "hosted": False, "own_vehicle": False}],
             "tickets": [{"mode": "train", "class": "二等座", "amount": "300.00", "date": start.isoformat()}],
             "attachments": 3, "late_explanation": "返回后连续承担年度基金审计配合工作"}
    doc = desk.travel.create_claim(liu, trip, claim, submit=True)
    return doc


def _window(qtbot, desk, username: str) -> MainWindow:  # noqa: ANN001
    window = MainWindow(desk, desk.accounts.authenticate(username, PASSWORD))
    qtbot.addWidget(window)
    window.show()
    return window


def _pane_for(qtbot, desk, username: str, title: str, tab: int = 0) -> str:  # noqa: ANN001
    page = _window(qtbot, desk, username).home
    page.tabs.setCurrentIndex(tab)
    table = page.tabs.current_table()
    table.selectRow(next(i for i, r in enumerate(texts_of(table)) if r[2] == title))
    return page.ui.detailBrowser.toPlainText()


def test_travel_claim_breakdown_per_day_with_rules_and_the_late_marker(qtbot, desk):  # noqa: ANN001
    """TRAVEL-03: a claim after the deadline is marked with its reason; TRAVEL-05/06/07/08: each day's
    lines with the rule that allowed them; the tickets; the trip; earlier opinions."""
    doc = _late_travel_claim(desk)
    view = desk.approvals.document(desk.act_as("lifang"), doc)
    start = TODAY - timedelta(days=40)
    text = _pane_for(qtbot, desk, "lifang", view.title)
    for expected in ("北京", view.payload["dates"], view.payload["trip_serial"], "二等座", "300.00",
                     "TRAVEL-05", "TRAVEL-06", "TRAVEL-07", "TRAVEL-08", start.isoformat(),
                     (start + timedelta(days=1)).isoformat(), "TRAVEL-03", "返回后连续承担年度基金审计配合工作",
                     money(view.amount), "刘洋"):
        assert expected in text, expected
    assert "\nlate\n" not in text  # the chain's category code is said in words
    # by day, and within a day the ticket first: the first day's intercity (TRAVEL-05) before its lodging
    assert text.index("TRAVEL-05") < text.index("TRAVEL-06") < text.rindex("TRAVEL-07")
    assert text.rindex(start.isoformat()) < text.index((start + timedelta(days=1)).isoformat() + "\n")


def test_breakdown_headings_in_english(qtbot, desk, english):  # noqa: ANN001
    doc = _late_travel_claim(desk)
    title = desk.approvals.document(desk.act_as("lifang"), doc).title
    text = _pane_for(qtbot, desk, "lifang", title)
    for expected in ("Breakdown by day", "Lodging", "Meal allowance", "Intercity transport", "Tickets",
                     "Late claim, after the deadline", "Attachments", "3 attached on paper"):
        assert expected in text, expected


def test_trip_filed_after_departure_is_marked_to_the_approver(qtbot, desk):  # noqa: ANN001
    """TRAVEL-01: a trip approval created after departure is a 补报 with its reason, marked to the
    approver; destination, dates and days, transport are in the pane."""
    trip = _late_trip(desk)
    view = desk.approvals.document(desk.act_as("zhouqiang"), trip)
    text = _pane_for(qtbot, desk, "zhouqiang", view.title)
    start = TODAY - timedelta(days=40)
    assert "TRAVEL-01" in text and "临时通知参加省厅培训" in text and start.isoformat() in text
    for expected in ("北京", view.payload["dates"], view.payload["transport_label"], "刘洋"):
        assert expected in text, expected


def test_expense_claim_shows_invoices_attachments_and_budget_remaining(qtbot, desk):  # noqa: ANN001
    """The finance head sees the invoices, the attached files by name and size, and the budget line
    with what remains, before approving."""
    finance = desk.act_as("lifang")
    desk.claims.create_budget_line(finance, {"year": TODAY.year, "code": "B-30201", "name": "办公费",
                                             "economic_class": "30201", "approved": "10000.00",
                                             "functional_class": "2081101"})
    scan = b"%PDF-1.4 invoice scan\n"
    desk.claims.create_claim(desk.act_as("liuyang"), {
        "title": "购买档案盒", "purpose": "待遇保障股档案整理", "economic_class": "30201", "budget_line": "B-30201",
        "amount": "300.00", "invoices": [{"category": "办公费", "code": "3200231130", "number": "08419901",
                                          "date": TODAY.isoformat(), "issuer": "示范县文具店", "amount": "300.00",
                                          "file": "发票扫描.pdf"}]}, files={"发票扫描.pdf": scan}, submit=True)
    text = _pane_for(qtbot, desk, "lifang", "购买档案盒")
    remaining = desk.my_work.details(finance, next(d.id for d in desk.approvals.pending_for(finance)
                                                   if d.title == "购买档案盒")).budget.remaining
    for expected in ("08419901", "示范县文具店", "发票扫描.pdf", f"{len(scan)} B", "B-30201", "办公费",
                     money(remaining), "10,000.00"):
        assert expected in text, expected
