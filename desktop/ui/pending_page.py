"""首页: what waits for the signed-in person, with the document's chain and history, and the
approve / return / reject actions (同意 signs the issued approval sheet with the signing
passphrase) and 预览/打印审批单; beside it my own documents in progress, returned to me and
approved but unpaid (home_page.MyWorkTabs). The details pane shows what an approver decides on
(document_summary); 导出已签PDF… saves the selected documents' signed sheets to a folder."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.services.approvals import DocumentView
from desktop.services.base import Refused, SignedIn
from desktop.services.desk import Desk
from desktop.ui.action_dialog import APPROVE, REJECT, RETURN, ActionDialog
from desktop.ui.decision_dialog import record_decision
from desktop.ui.document_html import document_html, list_title
from desktop.ui.forms.ui_pending_page import Ui_PendingPage
from desktop.ui.formatting import local_time, money, submitted_at
from desktop.ui.home_page import PENDING, DocumentDialog, MyWorkTabs, details_of, selected_keys
from desktop.ui.save_pdfs import export_selected
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
        self.tabs = MyWorkTabs(self.ui.pendingTable, self)  # takes the pending table as its first tab
        self.ui.splitter.insertWidget(0, self.tabs)
        self.tabs.current_changed.connect(self._show_selected)
        self.tabs.open_document.connect(self.open_document)
        self.exportButton = QPushButton(self.tr("Export signed PDFs…"), self)
        self.exportButton.setObjectName("exportButton")
        self.exportButton.setToolTip(self.tr("Save the signed approval sheets of the selected documents to a folder"))
        self.exportButton.setMinimumSize(110, 34)
        self.exportButton.clicked.connect(self.export_selected)
        self.ui.actionsLayout.insertWidget(4, self.exportButton)
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
        if not self.user.is_admin:
            self.tabs.fill(self.desk, self.user, self.documents)
        self.tabs.setTabVisible(1, not self.user.is_admin)
        self.tabs.setTabVisible(2, not self.user.is_admin)
        self.tabs.setTabVisible(3, not self.user.is_admin)
        if self.user.is_admin:
            self.tabs.setTabText(0, self.tr("Waiting for me ({n})").format(n=0))
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
        """The pending document selected (what approve / return / reject act on)."""
        key = selected_key(self.ui.pendingTable)
        return next((d for d in self.documents if d.id == key), None)

    def shown(self) -> DocumentView | None:
        """The document in the details pane: the selected row of the tab shown."""
        return self.tabs.current_document()

    def select_document(self, document_id: int) -> None:
        for row, doc in enumerate(self.documents):
            if doc.id == document_id:
                self.tabs.setCurrentIndex(0)
                self.ui.pendingTable.selectRow(row)

    def _show_selected(self) -> None:
        doc = self.shown()
        details = details_of(self.desk, self.user, doc.id) if doc is not None else None
        self.ui.detailBrowser.setHtml(document_html(doc, self.language, details))
        pending = self.tabs.current_key() == PENDING and doc is not None
        for button in (self.ui.approveButton, self.ui.returnButton, self.ui.rejectButton):
            button.setEnabled(pending)
        self.ui.sheetButton.setEnabled(doc is not None)
        self.exportButton.setEnabled(bool(selected_keys(self.tabs.current_table())))

    def open_document(self, doc: DocumentView) -> None:
        """Double-click: the document in its own window (details, sheet, 另存为…)."""
        dialog = DocumentDialog(self.desk, self.user, doc, self.language, self)
        dialog.setObjectName("documentDialog")
        dialog.exec()
        dialog.deleteLater()

    def export_selected(self) -> None:
        """导出已签PDF…: the signed sheets of the rows selected in the tab shown, to a folder."""
        export_selected(self, self.desk, self.user, selected_keys(self.tabs.current_table()))

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
        decisions = svc.decisions(self.user, for_document=doc.id) if action == APPROVE and doc.decision_required else []
        issued = sheet_issued(self.desk, self.user, doc.id) if action == APPROVE else None
        dialog = ActionDialog(action, doc, perform, decisions=decisions, sheet_issued=issued, parent=self,
                              new_decision=lambda parent: record_decision(self.desk, self.user, parent, serves=doc))
        dialog.setObjectName("actionDialog")
        if dialog.exec():
            self.refresh()
            self.changed.emit()
        dialog.deleteLater()

    def show_sheet(self) -> None:
        """预览/打印审批单 of the document shown."""
        doc = self.shown()
        if doc is not None:
            show_sheet(self, self.desk, self.user, doc.id)
