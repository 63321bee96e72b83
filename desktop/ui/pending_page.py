"""首页: what waits for the signed-in person, with the document's chain and history, and the
approve / return / reject actions (同意 signs the issued approval sheet with the signing
passphrase) and 预览/打印审批单."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.services.approvals import DocumentView
from desktop.services.base import Refused, SignedIn
from desktop.services.desk import Desk
from desktop.ui.action_dialog import APPROVE, REJECT, RETURN, ActionDialog
from desktop.ui.decision_dialog import record_decision
from desktop.ui.document_html import document_html, list_title
from desktop.ui.forms.ui_pending_page import Ui_PendingPage
from desktop.ui.formatting import local_time, money, submitted_at
from desktop.ui.signing import sheet_issued, show_sheet
from desktop.ui.tables import RIGHT, fill_table, selected_key

__all__ = ["PendingPage"]


class PendingPage(QWidget):
    changed = Signal()  # a document moved on: other views may refresh

    def __init__(self, desk: Desk, user: SignedIn, language: str = "zh", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PendingPage()
        self.ui.setupUi(self)
        self.desk, self.user, self.language = desk, user, language
        self.documents: list[DocumentView] = []
        self.ui.splitter.setSizes([300, 400])
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.pendingTable.itemSelectionChanged.connect(self._show_selected)
        self.ui.approveButton.clicked.connect(lambda: self.act(APPROVE))
        self.ui.returnButton.clicked.connect(lambda: self.act(RETURN))
        self.ui.rejectButton.clicked.connect(lambda: self.act(REJECT))
        self.ui.sheetButton.clicked.connect(self.show_sheet)
        self.ui.approveButton.setStyleSheet("QPushButton:enabled { background: #2e7d32; color: white; }")
        self.ui.rejectButton.setStyleSheet("QPushButton:enabled { color: #b00020; }")

    def headers(self) -> list[str]:
        return [self.tr("Serial"), self.tr("Kind"), self.tr("Title"), self.tr("Amount (yuan)"), self.tr("Submitter"),
                self.tr("Department"), self.tr("Current step"), self.tr("Submitted")]

    def refresh(self) -> None:
        keep = selected_key(self.ui.pendingTable)
        self.documents = self.desk.approvals.pending_for(self.user)
        rows = [(d.serial or "", d.kind_title, list_title(d), money(d.amount), d.submitter, d.department,
                 d.current_step.label if d.current_step else "", local_time(submitted_at(d)))
                for d in self.documents]
        fill_table(self.ui.pendingTable, self.headers(), rows, [d.id for d in self.documents],
                   align=("", "", "", RIGHT), stretch=2, keep=keep)
        if self.user.is_admin:
            self.ui.countLabel.setText(self.tr("System administrators take no business approvals."))
            self._backup_reminder()
        elif self.documents:
            self.ui.countLabel.setText(self.tr("Documents waiting: {n}").format(n=len(self.documents)))
        else:
            self.ui.countLabel.setText(self.tr("Nothing is waiting for you."))
        if not self.user.is_admin:
            self._checkpoint_reminder()
        if self.documents and selected_key(self.ui.pendingTable) is None:
            self.ui.pendingTable.selectRow(0)
        self._show_selected()

    # Audit checkpoints (SEC-01): the 稽核 / 财务负责人 is reminded when the newest is over a day old ----
    def _checkpoint_reminder(self) -> None:
        reminder = self.desk.audit.checkpoint_reminder(self.user)
        button = getattr(self, "checkpointButton", None)
        if reminder and button is None:
            from PySide6.QtWidgets import QPushButton

            button = self.checkpointButton = QPushButton(self.tr("Sign audit checkpoint…"), self)
            button.setObjectName("checkpointButton")
            button.clicked.connect(self.sign_checkpoint)
            self.ui.headerLayout.addWidget(button)
        if button is not None:
            button.setVisible(bool(reminder))
        self.ui.countLabel.setStyleSheet("color: #b00020;" if reminder else "")
        if reminder:
            self.ui.countLabel.setText(self.ui.countLabel.text() + "\n" + reminder)

    def sign_checkpoint(self) -> None:
        from desktop.ui.checkpoint_dialog import CheckpointDialog

        dialog = CheckpointDialog(self.desk, self.user, "daily", parent=self)
        dialog.setObjectName("checkpointDialog")
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()

    # Backups (SEC-09): the administrator's reminder, and the due backup at sign-in ------------
    def _backup_reminder(self) -> None:
        status = self.desk.backups.status(self.user)
        self.ui.countLabel.setStyleSheet("color: #b00020; font-weight: bold;" if status.overdue else "")
        if status.reminder:
            self.ui.countLabel.setText(self.ui.countLabel.text() + "\n" + status.reminder)

    def run_due_backup(self) -> None:
        """At an administrator's sign-in: the backup the schedule wants, if one is due."""
        if not self.user.is_admin:
            return
        try:
            run = self.desk.backups.run_due(self.user)
        except Refused as refused:  # the failure is in the list of backups; the reminder stays
            self.ui.countLabel.setText(self.ui.countLabel.text() + "\n" + refused.problems[0].text)
            return
        self.refresh()
        status_bar = getattr(self.window(), "statusBar", None)
        if run is not None and status_bar is not None:
            status_bar().showMessage(self.tr("Scheduled backup written: {path}").format(path=run.path), 10000)

    def selected(self) -> DocumentView | None:
        key = selected_key(self.ui.pendingTable)
        return next((d for d in self.documents if d.id == key), None)

    def select_document(self, document_id: int) -> None:
        for row, doc in enumerate(self.documents):
            if doc.id == document_id:
                self.ui.pendingTable.selectRow(row)

    def _show_selected(self) -> None:
        doc = self.selected()
        self.ui.detailBrowser.setHtml(document_html(doc, self.language))
        for button in (self.ui.approveButton, self.ui.returnButton, self.ui.rejectButton, self.ui.sheetButton):
            button.setEnabled(doc is not None)

    def act(self, action: str) -> None:
        doc = self.selected()
        if doc is None:
            return
        svc = self.desk.approvals
        if action == APPROVE:
            def perform(opinion, reasons, decision_id, passphrase):  # noqa: ANN001, ANN202
                return svc.approve(self.user, doc.id, opinion or "同意", decision_id=decision_id,
                                   passphrase=passphrase)
        elif action == RETURN:
            def perform(opinion, reasons, decision_id, passphrase):  # noqa: ANN001, ANN202
                return svc.return_(self.user, doc.id, reasons, opinion)
        else:
            def perform(opinion, reasons, decision_id, passphrase):  # noqa: ANN001, ANN202
                return svc.reject(self.user, doc.id, opinion)
        step = doc.current_step
        decisions = svc.decisions(self.user) if action == APPROVE and step is not None and step.collective else []
        issued = sheet_issued(self.desk, self.user, doc.id) if action == APPROVE else None
        dialog = ActionDialog(action, doc, perform, decisions=decisions, sheet_issued=issued, parent=self,
                              new_decision=lambda parent: record_decision(self.desk, self.user, parent))
        dialog.setObjectName("actionDialog")
        if dialog.exec():
            self.refresh()
            self.changed.emit()
        dialog.deleteLater()

    def show_sheet(self) -> None:
        """预览/打印审批单 of the selected document."""
        doc = self.selected()
        if doc is not None:
            show_sheet(self, self.desk, self.user, doc.id)
