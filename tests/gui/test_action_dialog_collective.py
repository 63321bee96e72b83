"""The approve dialog asks for a collective decision only when the step's condition holds for the
document (VOUCH-08), lists only minutes with a matter that can serve it, and a minute recorded from
it lists this document as its matter (IC-08)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui.action_dialog import APPROVE, ActionDialog
from desktop.ui.decision_dialog import DecisionDialog
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import texts_of
from tests.gui.sample_bureau import PASSWORD


def _window(qtbot, desk, username: str) -> MainWindow:  # noqa: ANN001
    window = MainWindow(desk, desk.accounts.authenticate(username, PASSWORD))
    qtbot.addWidget(window)
    window.show()
    return window


def _small_claim(desk) -> int:  # noqa: ANN001
    """A 2,346 元 claim past the finance head: the director's step has ``collective: ≥ 3,000``."""
    doc = desk.approvals.create_draft(desk.act_as("liuyang"), "expense_claim", "办公设备维修费", purpose="打印机维修",
                                      amount="2346", submit=True)
    desk.approvals.approve(desk.act_as("lifang"), doc, "同意")
    return doc


def test_no_decision_field_below_the_line_and_none_attached_vouch08(qtbot, desk, on_modal):  # noqa: ANN001
    """VOUCH-08 (the defect): the director's approve dialog asked for a 会议纪要 on a 2,346 元 claim and
    attached one. Now the field is hidden, and approving links no record."""
    doc_id = _small_claim(desk)
    desk.approvals.record_decision(desk.act_as("chenjing"), "党组会议", "党组〔2026〕9号", date(2026, 11, 2), "维修经费")
    window = _window(qtbot, desk, "wangjianguo")
    page = window.home
    rows = texts_of(page.ui.pendingTable)
    page.ui.pendingTable.selectRow(next(i for i, r in enumerate(rows) if r[2] == "办公设备维修费"))
    seen = {}

    def approve(dialog) -> None:  # noqa: ANN001
        seen["decision_shown"] = dialog.ui.decisionGroup.isVisibleTo(dialog)
        seen["decision_id"] = dialog.decision_id()
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    on_modal(approve)
    page.ui.approveButton.click()
    assert seen == {"decision_shown": False, "decision_id": None}
    doc = desk.approvals.document(desk.act_as("wangjianguo"), doc_id)
    assert doc.state == "approved" and doc.decision is None


def test_decision_field_above_the_line_lists_only_minutes_that_can_serve_it_ic08(qtbot, desk):  # noqa: ANN001
    """IC-08: on the 45,600 元 claim the field shows; a minute whose only matter served another document,
    or decided less than 45,600 元, is not offered."""
    director = desk.act_as("wangjianguo")
    big = next(d for d in desk.approvals.pending_for(director) if d.title == "医保信息系统维护费")
    assert big.decision_required
    office = desk.act_as("chenjing")
    small = _small_claim(desk)
    desk.approvals.record_decision(office, "党组会议", "党组〔2026〕10号", date(2026, 11, 3),
                                   matters=[{"subject": "维修经费", "document_id": small}])
    desk.approvals.record_decision(office, "党组会议", "党组〔2026〕11号", date(2026, 11, 4),
                                   matters=[{"subject": "运维经费", "amount": "40000"}])
    fits = desk.approvals.record_decision(office, "党组会议", "党组〔2026〕12号", date(2026, 11, 5),
                                          matters=[{"subject": "信息系统运维", "amount": "50000"}])
    dialog = ActionDialog(APPROVE, big, lambda *a: "approved",
                          decisions=desk.approvals.decisions(director, for_document=big.id))
    qtbot.addWidget(dialog)
    assert dialog.ui.decisionGroup.isVisibleTo(dialog)
    items = [dialog.ui.decisionCombo.itemText(i) for i in range(dialog.ui.decisionCombo.count())]
    assert items == ["（不关联记录）", "党组〔2026〕12号 · 党组会议 · 2026-11-05 · 信息系统运维（50,000.00）"]
    assert dialog.decision_id() == fits


def test_a_minute_recorded_from_the_dialog_serves_this_document_ic08(qtbot, desk):  # noqa: ANN001
    """IC-08: 登记新纪要… from an approval starts with one matter: this document, its title and amount."""
    director = desk.act_as("wangjianguo")
    big = next(d for d in desk.approvals.pending_for(director) if d.title == "医保信息系统维护费")
    dialog = DecisionDialog(desk, director, serves=big)
    qtbot.addWidget(dialog)
    assert dialog.matters() == [{"subject": "医保信息系统维护费", "amount": "45600.00", "document_id": big.id}]
    dialog.ui.minuteNoEdit.setText("党组〔2026〕13号")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.decision is not None
    assert [(m.subject, m.document_id) for m in dialog.decision.matters] == [("医保信息系统维护费", big.id)]
    assert desk.approvals.approve(director, big.id, "同意", decision_id=dialog.decision.id) == "approved"
