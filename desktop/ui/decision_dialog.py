"""登记会议纪要: a collective decision (IC-08) — meeting type, minute number, date, subject and the
matters it decided (议题: text, amount, the document each serves) — so that large items can link it
when they are approved. Opened from an approval, the first matter is the document at hand. The
service decides who may record one (office head or director) and checks the fields; a refusal keeps
the dialog open with what was typed."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from desktop.services.approvals import DecisionView, DocumentView
from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.forms.ui_decision_dialog import Ui_DecisionDialog
from desktop.ui.messages import attempt

__all__ = ["DecisionDialog", "MEETING_TYPES", "record_decision"]

# The usual meetings of a county bureau; the combo is editable for any other. These are the
# words stored in the record (and printed on sheets), so they are not translated.
MEETING_TYPES = ("党组会议", "局务会议", "班子办公会", "局长办公会")


class DecisionDialog(QDialog):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None, *,
                 serves: DocumentView | None = None):
        super().__init__(parent)
        self.ui = Ui_DecisionDialog()
        self.ui.setupUi(self)
        self.desk, self.user = desk, user
        self.decision: DecisionView | None = None
        self.ui.meetingTypeCombo.addItems(MEETING_TYPES)
        self.ui.minuteNoEdit.setPlaceholderText(self.tr("e.g. {example}").format(example="局务〔2026〕3号"))
        self.ui.heldOnEdit.setDate(QDate.currentDate())
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        header = self.ui.mattersTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.addMatterButton.clicked.connect(lambda: self.add_matter())
        self.ui.removeMatterButton.clicked.connect(self._remove_matter)
        if serves is not None:  # opened from an approval: the matter deciding this document
            self.ui.subjectEdit.setText(serves.title)
            self.add_matter(serves.title, f"{serves.amount:.2f}", serves)
        else:
            self.add_matter()
        self.ui.buttonBox.accepted.connect(self._confirm)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.minuteNoEdit.setFocus()

    # Matters -----------------------------------------------------------------------------------
    def add_matter(self, subject: str = "", amount: str = "", serves: DocumentView | None = None) -> None:
        table = self.ui.mattersTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(subject))
        table.setItem(row, 1, QTableWidgetItem(amount))
        doc = QTableWidgetItem(f"{serves.serial or ''} {serves.title}".strip() if serves is not None else "")
        doc.setFlags(doc.flags() & ~Qt.ItemFlag.ItemIsEditable)  # set from the approval, never typed
        doc.setData(Qt.ItemDataRole.UserRole, serves.id if serves is not None else None)
        table.setItem(row, 2, doc)

    def _remove_matter(self) -> None:
        for row in sorted({i.row() for i in self.ui.mattersTable.selectedIndexes()}, reverse=True):
            self.ui.mattersTable.removeRow(row)

    def matters(self) -> list[dict]:
        """The rows with any content (a row with content is never dropped: the service names what is wrong)."""
        out = []
        table = self.ui.mattersTable
        for row in range(table.rowCount()):
            def cell(col: int) -> str:
                item = table.item(row, col)
                return item.text().strip() if item is not None else ""
            doc_item = table.item(row, 2)
            doc_id = doc_item.data(Qt.ItemDataRole.UserRole) if doc_item is not None else None
            if cell(0) or cell(1) or doc_id is not None:
                out.append({"subject": cell(0), "amount": cell(1) or None, "document_id": doc_id})
        return out

    def _confirm(self) -> None:
        meeting_type = self.ui.meetingTypeCombo.currentText().strip()
        minute_no = self.ui.minuteNoEdit.text().strip()
        held_on = self.ui.heldOnEdit.date().toPython()
        subject = self.ui.subjectEdit.text().strip()
        matters = self.matters()
        done, decision_id = attempt(self, self.desk.approvals.record_decision, self.user, meeting_type, minute_no,
                                    held_on, subject, matters)
        if done:
            self.decision = next((d for d in self.desk.approvals.decisions(self.user) if d.id == decision_id),
                                 DecisionView(decision_id, meeting_type, minute_no, held_on, subject))
            self.accept()


def record_decision(desk: Desk, user: SignedIn, parent: QWidget | None, *,
                    serves: DocumentView | None = None) -> DecisionView | None:
    """Open the dialog (its first matter serving ``serves``); the recorded decision, or None if the user gave up."""
    dialog = DecisionDialog(desk, user, parent, serves=serves)
    dialog.setObjectName("decisionDialog")
    try:
        return dialog.decision if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
