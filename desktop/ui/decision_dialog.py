"""登记会议纪要: a collective decision (IC-08) — meeting type, minute number, date, subject — so that
large items can link it when they are approved. The service decides who may record one (office
head or director) and checks the fields; a refusal keeps the dialog open with what was typed."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.services.approvals import DecisionView
from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.forms.ui_decision_dialog import Ui_DecisionDialog
from desktop.ui.messages import attempt

__all__ = ["DecisionDialog", "MEETING_TYPES", "record_decision"]

# The usual meetings of a county bureau; the combo is editable for any other. These are the
# words stored in the record (and printed on sheets), so they are not translated.
MEETING_TYPES = ("党组会议", "局务会议", "班子办公会", "局长办公会")


class DecisionDialog(QDialog):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DecisionDialog()
        self.ui.setupUi(self)
        self.desk, self.user = desk, user
        self.decision: DecisionView | None = None
        self.ui.meetingTypeCombo.addItems(MEETING_TYPES)
        self.ui.minuteNoEdit.setPlaceholderText(self.tr("e.g. {example}").format(example="局务〔2026〕3号"))
        self.ui.heldOnEdit.setDate(QDate.currentDate())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        self.ui.buttonBox.accepted.connect(self._confirm)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.minuteNoEdit.setFocus()

    def _confirm(self) -> None:
        meeting_type = self.ui.meetingTypeCombo.currentText().strip()
        minute_no = self.ui.minuteNoEdit.text().strip()
        held_on = self.ui.heldOnEdit.date().toPython()
        subject = self.ui.subjectEdit.text().strip()
        done, decision_id = attempt(self, self.desk.approvals.record_decision, self.user, meeting_type, minute_no,
                                    held_on, subject)
        if done:
            self.decision = DecisionView(decision_id, meeting_type, minute_no, held_on, subject)
            self.accept()


def record_decision(desk: Desk, user: SignedIn, parent: QWidget | None) -> DecisionView | None:
    """Open the dialog; the recorded decision, or None if the user gave up."""
    dialog = DecisionDialog(desk, user, parent)
    dialog.setObjectName("decisionDialog")
    try:
        return dialog.decision if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
