"""会议纪要 (IC-08): recorded from the approve dialog when a step needs a collective decision (and
then selected), or from the menu; people other than the office head and the director are refused."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.ui.decision_dialog import DecisionDialog
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import texts_of
from tests.gui.sample_bureau import PASSWORD


def _window(qtbot, desk, username: str) -> MainWindow:  # noqa: ANN001
    window = MainWindow(desk, desk.accounts.authenticate(username, PASSWORD))
    qtbot.addWidget(window)
    window.show()
    return window


def _fill(dialog: DecisionDialog, meeting: str, minute_no: str, held_on: date, subject: str) -> None:
    dialog.ui.meetingTypeCombo.setCurrentText(meeting)
    dialog.ui.minuteNoEdit.setText(minute_no)
    dialog.ui.heldOnEdit.setDate(QDate(held_on.year, held_on.month, held_on.day))
    dialog.ui.subjectEdit.setText(subject)


def test_director_records_a_minute_from_the_approve_dialog_and_it_is_linked(qtbot, desk, on_modal):  # noqa: ANN001
    window = _window(qtbot, desk, "wangjianguo")
    page = window.home
    rows = texts_of(page.ui.pendingTable)
    page.ui.pendingTable.selectRow(next(i for i, r in enumerate(rows) if r[2] == "医保信息系统维护费"))
    doc_id = page.selected().id
    seen = {}

    def record(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, DecisionDialog)
        seen["title"] = dialog.windowTitle()
        seen["meetings"] = [dialog.ui.meetingTypeCombo.itemText(i) for i in range(dialog.ui.meetingTypeCombo.count())]
        seen["editable"] = dialog.ui.meetingTypeCombo.isEditable()
        _fill(dialog, "局务会议", "局务〔2026〕5号", date(2026, 3, 12), "医保信息系统年度运维")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    def approve(dialog) -> None:  # noqa: ANN001
        seen["button"] = dialog.ui.newDecisionButton.text()
        seen["button_shown"] = dialog.ui.newDecisionButton.isVisible()
        seen["before"] = dialog.ui.decisionCombo.currentText()
        on_modal(record)
        dialog.ui.newDecisionButton.click()
        seen["after"] = dialog.ui.decisionCombo.currentText()
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    on_modal(approve)
    page.ui.approveButton.click()
    assert seen["button"] == "登记新纪要…" and seen["button_shown"]
    assert seen["before"] == "（不关联记录）"
    assert seen["title"] == "登记集体决策（会议纪要）"
    assert seen["meetings"] == ["党组会议", "局务会议", "班子办公会", "局长办公会"] and seen["editable"]
    # Issue 12 (IC-08): the combo names the matter that serves this document, prefilled from it.
    assert seen["after"] == "局务〔2026〕5号 · 局务会议 · 2026-03-12 · 医保信息系统维护费（45,600.00）"
    doc = desk.approvals.document(desk.act_as("wangjianguo"), doc_id)
    assert doc.state == "approved"
    assert doc.decision is not None and doc.decision.minute_no == "局务〔2026〕5号"
    assert doc.decision.held_on == date(2026, 3, 12)


def test_office_head_records_a_minute_from_the_menu(qtbot, desk, on_modal):  # noqa: ANN001
    window = _window(qtbot, desk, "chenjing")
    assert window.ui.menuBusiness.menuAction().isVisible()

    def record(dialog) -> None:  # noqa: ANN001
        _fill(dialog, "党组扩大会议", "党组〔2026〕2号", date(2026, 2, 3), "")  # a meeting type typed in
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    on_modal(record)
    window.ui.actionRecordDecision.trigger()
    recorded = [(d.meeting_type, d.minute_no, d.held_on) for d in desk.approvals.decisions(desk.act_as("chenjing"))]
    assert ("党组扩大会议", "党组〔2026〕2号", date(2026, 2, 3)) in recorded
    assert window.statusBar().currentMessage() == "已登记集体决策纪要 党组〔2026〕2号。"


def test_a_handler_is_refused_and_sees_why(qtbot, desk, on_modal):  # noqa: ANN001
    window = _window(qtbot, desk, "liuyang")
    seen = {}

    def record(dialog) -> None:  # noqa: ANN001
        dialog.ui.minuteNoEdit.clear()  # missing too: every problem is listed at once
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        box = dialog.findChild(QMessageBox, "refusalBox")
        seen["box"] = box.text() if box else ""
        seen["open"] = dialog.isVisible()
        box.close()
        dialog.reject()

    on_modal(record)
    window.ui.actionRecordDecision.trigger()
    assert "集体决策记录须由办公室主任或局长登记" in seen["box"] and "IC-08" in seen["box"]
    assert "缺少纪要编号" in seen["box"]
    assert seen["open"] is True
    assert desk.approvals.decisions(desk.act_as("liuyang")) == []


def test_administrators_have_no_business_menu(qtbot, desk):  # noqa: ANN001
    from tests.gui.sample_bureau import ADMIN_PASSWORD

    window = MainWindow(desk, desk.accounts.authenticate("admin", ADMIN_PASSWORD))
    qtbot.addWidget(window)
    assert not window.ui.menuBusiness.menuAction().isVisible()
