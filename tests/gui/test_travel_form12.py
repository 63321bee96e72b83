"""Issue 12 items 9 and 10 in the travel claim dialog (pytest-qt): tickets entered in Chinese — the
means as a drop-down (火车/飞机/轮船/长途汽车, stored as train/plane/ship/coach), the class from the
list the traveller's grade allows (TRAVEL-05/18) — amount fields that refuse letters while they are
typed (VOUCH-01), a partly filled ticket row refused naming its row, never dropped (TRAVEL-05), and
tables whose headers are readable before anything is computed."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyleOptionViewItem, QTableWidgetItem

from desktop.services.base import Refused
from tests.gui.sample_bureau import PASSWORD, PEOPLE


@pytest.fixture
def claim(qtbot, desk):  # noqa: ANN001, ANN201
    """A claim dialog on an approved two-day trip to 北京 by train of a 科员."""
    from desktop.ui.travel_page import ClaimDialog

    liu = desk.accounts.authenticate("chenjing", PASSWORD)  # a bureau office: the chain's approvers exist
    start = date.today() - timedelta(days=6)
    trip_id = desk.travel.create_trip(liu, {"purpose": "参加国家医保局培训", "destinations": ["北京"],
                                            "start": start.isoformat(), "end": (start + timedelta(days=1)).isoformat(),
                                            "transport": "train", "grade": "科员",
                                            "late_filing_reason": "临时通知参加培训，出发后补报"}, submit=True)
    for _step in range(4):  # whoever each step of the preset's chain names
        if desk.approvals.document(liu, trip_id).state == "approved":
            break
        for username, *_rest in PEOPLE:
            try:
                desk.approvals.approve(desk.act_as(username), trip_id, "同意", passphrase=PASSWORD)
                break
            except Refused:
                continue
    assert desk.approvals.document(liu, trip_id).state == "approved"
    dialog = ClaimDialog(desk, liu)
    qtbot.addWidget(dialog)
    return dialog


def _col(dialog, key: str) -> int:  # noqa: ANN001
    return dialog.legsEditor.keys.index(key)


def _box(dialog, r: int, key: str) -> QComboBox:  # noqa: ANN001
    return dialog.legsEditor.table.cellWidget(r, _col(dialog, key))


def _items(box: QComboBox) -> list[tuple[str, str]]:
    return [(box.itemText(i), box.itemData(i)) for i in range(box.count())]


def test_travel_05_means_is_a_chinese_drop_down_stored_by_code(claim):  # noqa: ANN001
    mode = _box(claim, 0, "mode")
    assert _items(mode) == [("火车", "train"), ("飞机", "plane"), ("轮船", "ship"), ("长途汽车", "coach")]
    assert mode.currentData() == "train"  # from the trip's transport
    mode.setCurrentIndex(mode.findData("plane"))
    claim.legsEditor.set_row(0, {"from": "白城", "to": "北京", "amount": "1,200.00"})
    legs = claim.data()["legs"]
    assert [(leg["mode"], leg["class"], leg["amount"]) for leg in legs] == [("plane", "经济舱", "1,200.00")]


def test_travel_05_class_listed_for_the_grade_allowed_first(claim):  # noqa: ANN001
    """TRAVEL-05: 「乘坐高铁、动车时只能乘坐二等座…轮船只能乘坐三等舱，飞机只能乘坐经济舱」 — the allowed
    classes are offered first; a class above them is offered marked as such (its fare is then capped)."""
    cls, mode = _box(claim, 0, "class"), _box(claim, 0, "mode")
    train = [data for _text, data in _items(cls)]
    assert train[0] == "二等座" and {"二等座", "二等软座", "一等座", "商务座"} <= set(train)
    assert train.index("一等座") > train.index("二等软座")  # the allowed ones first
    above = next(text for text, data in _items(cls) if data == "商务座")
    assert above.startswith("商务座") and above != "商务座"  # marked above the grade
    mode.setCurrentIndex(mode.findData("plane"))  # the class list follows the means
    assert cls.itemData(0) == "经济舱" and "二等座" not in [d for _t, d in _items(cls)]
    mode.setCurrentIndex(mode.findData("coach"))  # paid by the receipt: no class to choose
    assert [d for _t, d in _items(cls)] == [""]
    for r in range(claim.legsEditor.table.rowCount()):  # never an English code on screen
        for key in ("mode", "class"):
            box = _box(claim, r, key)
            for text, _data in _items(box):
                assert not re.search(r"\b(train|plane|ship|coach|bus|taxi)\b", text)


def test_vouch_01_amount_fields_refuse_letters_while_typing(claim):  # noqa: ANN001
    claim.advanceEdit.clear()
    QTest.keyClicks(claim.advanceEdit, "1a2b,3x45.6y78")
    assert claim.advanceEdit.text() == "12,345.67"  # letters and a third decimal never appear
    QTest.keyClicks(claim.advanceEdit, "-")
    assert "-" not in claim.advanceEdit.text()  # an advance is never negative
    table = claim.legsEditor.table
    for key in ("amount", "allowed_fare"):  # the fare cells of the ticket rows
        delegate = table.itemDelegateForColumn(_col(claim, key))
        editor = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), table.model().index(0, _col(claim, key)))
        assert isinstance(editor, QLineEdit)
        QTest.keyClicks(editor, "abc553.5x0")
        assert editor.text() == "553.50"
    days = claim.daysTable  # the lodging invoice of each day
    editor = days.itemDelegateForColumn(3).createEditor(days.viewport(), QStyleOptionViewItem(), days.model().index(0, 3))
    QTest.keyClicks(editor, "abc300")  # (full-width digits: see the validator test)
    assert editor.text() == "300"


def test_vouch_01_the_validator_allows_what_the_screen_shows():
    from PySide6.QtGui import QValidator

    from desktop.ui.amount_field import AmountValidator

    ok, red_ink = AmountValidator(), AmountValidator(negative=True)
    state = QValidator.State
    for text in ("0", "1234.5", "1,234.50", "¥1,234.50", "12."):
        assert ok.validate(text, 0) in (state.Acceptable, state.Intermediate), text
    for text in ("abc", "12.345", "1.2.3", "-5", "１２", "12e3"):
        assert ok.validate(text, 0) == state.Invalid, text
    assert red_ink.validate("-5.00", 0) == state.Acceptable


def test_travel_05_partly_filled_ticket_row_refused_naming_the_row_not_dropped(claim):  # noqa: ANN001
    """The issue's case: a ticket "abc" with no transport mode vanished from the claim."""
    claim.daysTable.setItem(0, 3, QTableWidgetItem("300.00"))
    claim.legsEditor.set_row(0, {"time": "08:10", "from": "白城", "to": "北京朝阳", "amount": "553.00"})
    claim.legsEditor.add_row({"from": "abc"})  # a third row with only a place typed
    legs = claim.data()["legs"]
    assert [leg["from"] for leg in legs] == ["白城", "abc"]  # the untouched prefilled return leg is no ticket
    problems = claim.run_check()  # named by the row on screen (the third), every gap at once
    assert [(p.rule, p.text) for p in problems] == [("TRAVEL-05", "行程第3行：请填写日期、到达地、票价")]
    shown = claim.problemsLabel.text()
    assert "行程第3行" in shown and "[" + "2]" not in shown and "legs" not in shown
    claim.legsEditor.set_row(1, {"from": "北京朝阳"})  # a prefilled row touched becomes a ticket too
    assert [leg["from"] for leg in claim.data()["legs"]] == ["白城", "北京朝阳", "abc"]


def test_travel_04_breakdown_headers_readable_before_computing_and_never_cut_off(claim):  # noqa: ANN001
    claim.show()
    for table in (claim.breakdownTable, claim.daysTable, claim.legsEditor.table):
        header = table.horizontalHeader()
        labels = [table.horizontalHeaderItem(c).text() if table.horizontalHeaderItem(c) else ""
                  for c in range(table.columnCount())]
        assert all(label and not label.isdigit() for label in labels), labels  # no "1 2 3 4 5 6"
        for c in range(table.columnCount() - 1):  # the last column stretches
            assert header.sectionSize(c) >= header.sectionSizeFromContents(c).width(), (labels[c], c)
    assert claim.breakdownTable.rowCount() == 0
    claim.run_check()
    assert claim.breakdownTable.horizontalHeaderItem(4).text() == claim.tr("Rule")


def test_travel_05_days_invoice_refused_in_chinese_all_at_once(claim):  # noqa: ANN001
    """issue 12 item 9: 第1天 住宿费发票 rather than days[0].lodging_invoice, every problem in one list."""
    claim.daysTable.setItem(0, 3, QTableWidgetItem("12.345"))
    claim.legsEditor.set_row(0, {"from": "白城", "to": "北京朝阳", "amount": "553.00"})
    claim.legsEditor.add_row({"from": "abc"})
    problems = claim.run_check()
    texts = [p.text for p in problems]
    assert {"第1天 住宿费发票：“12.345”超过两位小数", "行程第3行：请填写日期、到达地、票价"} <= set(texts)  # the days' and the legs' problems together
    assert all("days[" not in t and "lodging_invoice" not in t for t in texts)
    assert all(p.code.startswith("claim.") for p in problems)
    assert claim.problemsLabel.text().count("<li>") == len(problems)


def test_grade_change_refills_the_class_lists(claim):  # noqa: ANN001
    cls = _box(claim, 0, "class")
    cls.setCurrentIndex(cls.findData("一等座"))
    claim.gradeCombo.setCurrentText("正科级")
    assert cls.currentData() == "一等座" and cls.count() > 1  # the choice is kept while it is still listed
    assert claim.legsEditor.table.cellWidget(0, _col(claim, "class")).objectName() == "classCombo"
    assert Qt.AlignmentFlag.AlignRight & claim.advanceEdit.alignment()
