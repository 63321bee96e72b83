"""The 记账凭证 entry grid (VOUCH-14: the accountant makes the voucher from the keyboard, as in 用友/金蝶):
Tab/Enter through the cells, account completion that refuses unknown and non-postable accounts, ``=``
for the balancing amount of the line's side, the description copied down, the totals of financial and
budget accounting each balancing on its own (平行记账), amounts exact to the fen and never a float."""

from __future__ import annotations

import ast
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

from desktop.domain.money import MoneyError
from desktop.ui.books.voucher_grid import AccountChoice, GridLine, VoucherGrid
from desktop.ui.books.voucher_grid_model import ACCOUNT, CREDIT, DEBIT, DEPARTMENT, ECONOMIC, PAYEE, SUMMARY

ROOT = Path(__file__).resolve().parents[2]
ACCOUNTS = [
    AccountChoice("1001", "库存现金", False, "financial"),  # has a sub-account: not postable
    AccountChoice("100101", "库存现金-人民币", True, "financial"),
    AccountChoice("1011", "零余额账户用款额度", True, "financial"),
    AccountChoice("5101", "单位管理费用", True, "financial"),
    AccountChoice("7101", "行政支出", True, "budget"),
    AccountChoice("8001", "资金结存", True, "budget"),
]
DEPARTMENTS = [(1, "办公室"), (2, "财务股")]
ECONOMIC_CLASSES = [("30211", "差旅费"), ("30201", "办公费")]
D = Decimal


@pytest.fixture
def grid(qtbot):  # noqa: ANN001, ANN201
    widget = VoucherGrid(ACCOUNTS, DEPARTMENTS, ECONOMIC_CLASSES)
    qtbot.addWidget(widget)
    widget.resize(1100, 360)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)  # the grid has the focus: its first cell is in edit
    _grid[:] = [widget]
    return widget


_grid: list[VoucherGrid] = []


def editor():  # noqa: ANN201
    """The editor open in the current cell (every cell is in edit once current), where the keys go."""
    view = _grid[-1].view
    return view.indexWidget(view.currentIndex()) or view


def chinese(text: str) -> None:
    """Chinese arrives from the input method as a committed string, not as key presses."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(editor(), event)


def at(grid: VoucherGrid) -> tuple[int, int]:
    index = grid.view.currentIndex()
    return index.row(), index.column()


def go(grid: VoucherGrid, row: int, column: int) -> None:
    grid.view.setCurrentIndex(grid.model.index(row, column))


def shown(grid: VoucherGrid, row: int, column: int) -> str:
    return grid.model.index(row, column).data()


def test_vouch14_keyboard_walk_through_a_two_row_voucher(grid, qtbot):  # noqa: ANN001
    assert at(grid) == (0, SUMMARY) and grid.view.state() == QAbstractItemView.State.EditingState
    chinese("报销差旅费")
    qtbot.keyClick(editor(), Qt.Key.Key_Return)
    assert at(grid) == (0, ACCOUNT)
    qtbot.keyClicks(editor(), "5101")
    qtbot.keyClick(editor(), Qt.Key.Key_Return)
    qtbot.keyClicks(editor(), "1234.5")
    qtbot.keyClick(editor(), Qt.Key.Key_Tab)
    assert at(grid) == (0, CREDIT)
    qtbot.keyClick(editor(), Qt.Key.Key_Tab)
    chinese("办公")
    qtbot.keyClick(editor(), Qt.Key.Key_Tab)
    qtbot.keyClicks(editor(), "30211")
    qtbot.keyClick(editor(), Qt.Key.Key_Tab)
    qtbot.keyClick(editor(), Qt.Key.Key_Tab)  # 项目 left empty
    chinese("张明")
    qtbot.keyClick(editor(), Qt.Key.Key_Return)  # Enter after the last cell: a new row, first cell
    assert at(grid) == (1, SUMMARY) and grid.model.rowCount() == 2
    assert QApplication.focusWidget() is editor()  # the new cell's editor has the keyboard
    assert editor().text() == "报销差旅费"  # copied down from the row above
    qtbot.keyClick(editor(), Qt.Key.Key_Enter)
    qtbot.keyClicks(editor(), "1011")
    qtbot.keyClick(editor(), Qt.Key.Key_Tab)
    qtbot.keyClick(editor(), Qt.Key.Key_Tab)
    qtbot.keyClicks(editor(), "1234.50")
    qtbot.keyClick(editor(), Qt.Key.Key_Backtab)  # Shift+Tab: back to the debit cell, the credit kept
    assert at(grid) == (1, DEBIT)

    assert grid.lines() == [
        GridLine("5101", "报销差旅费", D("1234.50"), D("0.00"), 1, "", "张明", "30211"),
        GridLine("1011", "报销差旅费", D("0.00"), D("1234.50")),
    ]
    assert [shown(grid, 0, c) for c in (ACCOUNT, DEBIT, DEPARTMENT, ECONOMIC, PAYEE)] == \
        ["5101 单位管理费用", "1,234.50", "办公室", "30211 差旅费", "张明"]
    alignment = grid.model.index(0, DEBIT).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert grid.totals()["financial_difference"] == D("0.00")


def test_vouch14_account_completes_from_the_list_with_one_key(grid, qtbot):  # noqa: ANN001
    """In the running app the completion list has the keys while it is open: ↓ ↓ Enter picks 1011 and moves on."""
    go(grid, 0, ACCOUNT)
    qtbot.keyClicks(editor(), "10")
    popup = editor().completions[0].popup()
    assert popup.isVisible()
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == \
        ["100101 库存现金-人民币", "1011 零余额账户用款额度"]  # code prefix, postable accounts only
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert at(grid) == (0, DEBIT) and shown(grid, 0, ACCOUNT) == "1011 零余额账户用款额度"
    go(grid, 0, ACCOUNT)
    chinese("管理")  # a piece of the name
    qtbot.keyClick(editor(), Qt.Key.Key_Tab)
    assert shown(grid, 0, ACCOUNT) == "5101 单位管理费用"


def test_vouch14_equals_fills_the_amount_that_balances_the_lines_side(grid, qtbot):  # noqa: ANN001
    grid.set_lines([GridLine("5101", "购买办公用品", D("860.00"), D("0")),
                    GridLine("7101", "购买办公用品", D("860.00"), D("0")),
                    GridLine("1011", "购买办公用品", D("0"), D("0")),
                    GridLine("8001", "购买办公用品", D("0"), D("0")),
                    GridLine("", "备注", D("0"), D("0"))])
    go(grid, 2, CREDIT)
    qtbot.keyClicks(editor(), "=")
    assert editor().text() == "860.00"
    qtbot.keyClick(editor(), Qt.Key.Key_Return)
    totals = grid.totals()
    assert (totals["financial_difference"], totals["budget_difference"]) == (D("0.00"), D("860.00"))
    go(grid, 3, DEBIT)  # the budget line needs a credit: "=" in its debit cell puts it there
    qtbot.keyClicks(editor(), "=")
    qtbot.keyClick(editor(), Qt.Key.Key_Return)
    assert shown(grid, 3, CREDIT) == "860.00" and shown(grid, 3, DEBIT) == ""
    assert grid.totals()["budget_difference"] == D("0.00")
    assert grid.status_label.text()  # it says where the amount went
    go(grid, 4, DEBIT)  # no account yet: no side to balance
    qtbot.keyClicks(editor(), "=")
    assert editor().text() == "" and grid.status_label.text()


def test_vouch14_description_copies_down_and_can_be_overtyped(grid, qtbot):  # noqa: ANN001
    chinese("购买办公用品")
    qtbot.keyClick(editor(), Qt.Key.Key_Return)
    go(grid, 0, PAYEE)
    qtbot.keyClick(editor(), Qt.Key.Key_Return)
    assert at(grid) == (1, SUMMARY) and editor().text() == "购买办公用品" and editor().selectedText() == "购买办公用品"
    qtbot.keyClick(editor(), Qt.Key.Key_Tab)
    assert grid.model.summary_of(1) == "购买办公用品"
    qtbot.keyClick(editor(), Qt.Key.Key_Backtab)
    chinese("支付印刷费")  # the copy is selected: typing replaces it
    qtbot.keyClick(editor(), Qt.Key.Key_Tab)
    assert grid.model.summary_of(1) == "支付印刷费"


def test_vouch14_unknown_and_non_postable_accounts_are_refused(grid, qtbot):  # noqa: ANN001
    go(grid, 0, ACCOUNT)
    qtbot.keyClicks(editor(), "9999")
    qtbot.keyClick(editor(), Qt.Key.Key_Return)
    assert at(grid) == (0, ACCOUNT) and grid.view.state() == QAbstractItemView.State.EditingState
    assert "9999" in grid.status_label.text() and "c00000" in grid.status_label.styleSheet()
    editor().clear()
    qtbot.keyClicks(editor(), "1001")
    qtbot.keyClick(editor(), Qt.Key.Key_Tab)
    assert at(grid) == (0, ACCOUNT) and "1001 库存现金" in grid.status_label.text()
    popup = editor().completions[0].popup()
    assert popup.isVisible() and popup.model().index(0, 0).data() == "100101 库存现金-人民币"  # its sub-account
    assert grid.lines() == []
    assert not grid.model.setData(grid.model.index(0, ACCOUNT), "1001")
    assert not grid.model.setData(grid.model.index(0, ACCOUNT), "9999")


def test_vouch14_totals_and_differences_per_side(grid, qtbot):  # noqa: ANN001
    grid.set_lines([GridLine("5101", "报销差旅费", D("1234.50"), D("0")),
                    GridLine("1011", "报销差旅费", D("0"), D("1234.50")),
                    GridLine("7101", "报销差旅费", D("1234.50"), D("0")),
                    GridLine("8001", "报销差旅费", D("0"), D("1200.00"))])
    assert grid.totals() == {
        "financial_debit": D("1234.50"), "financial_credit": D("1234.50"), "financial_difference": D("0.00"),
        "budget_debit": D("1234.50"), "budget_credit": D("1200.00"), "budget_difference": D("34.50")}
    budget_difference = grid.findChild(type(grid.status_label), "budget_difference")
    financial_difference = grid.findChild(type(grid.status_label), "financial_difference")
    assert budget_difference.text() == "34.50" and "c00000" in budget_difference.styleSheet()
    assert financial_difference.text() == "0.00" and "c00000" not in financial_difference.styleSheet()
    with qtbot.waitSignal(grid.changed, timeout=1000):
        go(grid, 3, CREDIT)
        editor().selectAll()
        qtbot.keyClicks(editor(), "1234.50")
        qtbot.keyClick(editor(), Qt.Key.Key_Return)
    assert grid.totals()["budget_difference"] == D("0.00") and budget_difference.text() == "0.00"
    assert "c00000" not in budget_difference.styleSheet()


def test_vouch14_debit_clears_credit_and_rows_insert_and_delete(grid, qtbot):  # noqa: ANN001
    grid.set_lines([GridLine("5101", "a", D("0"), D("100.00")), GridLine("1011", "b", D("0"), D("5.00"))])
    go(grid, 0, DEBIT)
    qtbot.keyClicks(editor(), "50")
    qtbot.keyClick(editor(), Qt.Key.Key_Tab)
    assert grid.lines()[0].debit == D("50.00") and grid.lines()[0].credit == D("0.00")
    go(grid, 1, SUMMARY)
    qtbot.keyClick(editor(), Qt.Key.Key_Insert)  # a new row above the current one
    assert grid.model.rowCount() == 3 and at(grid) == (1, SUMMARY) and shown(grid, 2, SUMMARY) == "b"
    qtbot.keyClick(editor(), Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [line.summary for line in grid.lines()] == ["a", "b"]
    header = grid.view.verticalHeader()  # a row picked by its number: Delete removes it
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, header.sectionViewportPosition(0) + 5))
    assert grid.whole_row_selected() and grid.view.state() != QAbstractItemView.State.EditingState
    qtbot.keyClick(grid.view, Qt.Key.Key_Delete)
    assert [line.summary for line in grid.lines()] == ["b"]


def test_vouch_cp1_amounts_exact_to_the_fen_and_never_a_float(grid, qtbot):  # noqa: ANN001
    with pytest.raises(MoneyError):
        GridLine("5101", "x", 12.5, D("0"))  # type: ignore[arg-type]
    assert not grid.model.setData(grid.model.index(0, DEBIT), 12.5)
    assert GridLine("5101", "x", D("12.5"), 0).debit == D("12.50")
    grid.set_lines([GridLine("5101", "办公费", D("0"), D("0"))])
    for bad, shown in (("12.345", "12.34"), ("1e3", "13"), ("１２", ""), ("abc", "")):
        go(grid, 0, DEBIT)  # issue 12 item 9: what cannot become an amount is refused while it is typed
        editor().clear()
        chinese(bad) if not bad.isascii() else qtbot.keyClicks(editor(), bad)  # full-width: from the input method
        assert editor().text() == shown, bad
        editor().clear()
    for bad in ("1,2", ",", "1,23"):  # typed through (thousands separators), refused when the cell is left
        go(grid, 0, DEBIT)
        editor().clear()
        qtbot.keyClicks(editor(), bad)
        qtbot.keyClick(editor(), Qt.Key.Key_Tab)
        assert at(grid) == (0, DEBIT), bad  # the cell stays open with the message
        assert bad in grid.status_label.text()
        assert grid.lines()[0].debit == D("0.00")
    editor().clear()
    qtbot.keyClicks(editor(), "0.1")
    qtbot.keyClick(editor(), Qt.Key.Key_Tab)
    qtbot.keyClicks(editor(), "0.2")
    qtbot.keyClick(editor(), Qt.Key.Key_Tab)  # the credit clears the debit again
    go(grid, 0, DEBIT)
    qtbot.keyClicks(editor(), "0.1")
    qtbot.keyClick(editor(), Qt.Key.Key_Tab)
    totals = grid.totals()
    assert all(isinstance(v, Decimal) for v in totals.values())
    assert totals["financial_debit"] == D("0.10") and str(totals["financial_difference"]) == "0.10"


def test_vouch14_finish_editing_keeps_the_cell_being_typed_in(grid, qtbot):  # noqa: ANN001
    """Saving reads the lines after ``finish_editing()``: the open cell counts, or saving stops on its refusal."""
    grid.set_lines([GridLine("5101", "办公费", D("0"), D("0"))])
    go(grid, 0, DEBIT)
    qtbot.keyClicks(editor(), "1,23")
    assert grid.finish_editing() is False
    assert grid.view.state() == QAbstractItemView.State.EditingState and "1,23" in grid.status_label.text()
    editor().clear()
    qtbot.keyClicks(editor(), "12.34")
    assert grid.finish_editing() is True and grid.lines()[0].debit == D("12.34")


def test_vouch14_read_only_refuses_edits(grid, qtbot):  # noqa: ANN001
    lines = [GridLine("5101", "报销差旅费", D("1234.50"), D("0")), GridLine("1011", "报销差旅费", D("0"), D("1234.50"))]
    grid.set_lines(lines)
    grid.set_read_only(True)
    go(grid, 0, SUMMARY)
    assert grid.view.state() != QAbstractItemView.State.EditingState
    qtbot.keyClicks(grid.view, "x")
    qtbot.keyClick(grid.view, Qt.Key.Key_F2)
    assert grid.view.state() != QAbstractItemView.State.EditingState
    qtbot.keyClick(grid.view, Qt.Key.Key_Insert)
    qtbot.keyClick(grid.view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    go(grid, 1, PAYEE)
    qtbot.keyClick(grid.view, Qt.Key.Key_Return)  # no new row either
    assert grid.model.rowCount() == 2
    assert not grid.model.setData(grid.model.index(0, DEBIT), D("1.00"))
    assert not grid.model.flags(grid.model.index(0, DEBIT)) & Qt.ItemFlag.ItemIsEditable
    assert grid.lines() == lines
    grid.set_read_only(False)
    go(grid, 0, SUMMARY)
    assert grid.view.state() == QAbstractItemView.State.EditingState


def test_every_text_of_the_grid_has_its_chinese():
    """The lead compiles the catalogue later; every source text passed to tr() must already have its Chinese."""
    sys.path.insert(0, str(ROOT / "i18n"))
    from zh_cn import ZH

    texts = []
    for name in ("voucher_grid.py", "voucher_grid_model.py"):
        tree = ast.parse((ROOT / "desktop" / "ui" / "books" / name).read_text(encoding="utf-8"))
        texts += [node.args[0].value for node in ast.walk(tree) if isinstance(node, ast.Call)
                  and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
                  and node.args and isinstance(node.args[0], ast.Constant)]
    assert len(texts) > 20
    assert [t for t in texts if t not in ZH] == []
