"""A module's documents (or the signed-in person's own, 我的单据) with their states, a
"new" button for the module's kinds, "submit" for own drafts and returned documents, and
"archive" (归档) for approved ones; the service decides who may archive (ARCH-02); and
预览/打印审批单. Submitting asks the submitter's signing passphrase, which issues the certified
approval sheet. Several rows may be selected: 导出已签PDF… saves their signed sheets to a folder;
double-click opens a document."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QDialog, QPushButton, QWidget

from desktop.services.approvals import DocumentView
from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.document_html import document_html, list_title
from desktop.ui.forms.ui_module_page import Ui_ModulePage
from desktop.ui.formatting import local_time, money
from desktop.ui.home_page import DocumentDialog, details_of, selected_keys
from desktop.ui.save_pdfs import export_selected
from desktop.ui.messages import attempt, state_text
from desktop.ui.new_document_dialog import NewDocumentDialog
from desktop.ui.signing import show_sheet, submit_document
from desktop.ui.tables import RIGHT, fill_table, selected_key

__all__ = ["ModulePage"]

SUBMITTABLE = ("draft", "returned")
ARCHIVABLE = ("approved",)


class ModulePage(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, title: str, kinds: Sequence[str] | None, *, mine: bool = False,
                 language: str = "zh", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ModulePage()
        self.ui.setupUi(self)
        self.desk, self.user, self.kinds, self.mine, self.language = desk, user, list(kinds or []), mine, language
        self.documents: list[DocumentView] = []
        self.ui.titleLabel.setText(title)
        self.ui.splitter.setSizes([380, 280])
        self.ui.newButton.setVisible(bool(self.kinds) and not user.is_admin)
        self.ui.newButton.clicked.connect(self.new_document)
        self.ui.submitButton.clicked.connect(self.submit_selected)
        self.ui.archiveButton.setVisible(not user.is_admin)
        self.ui.archiveButton.clicked.connect(self.archive_selected)
        self.ui.sheetButton.clicked.connect(self.show_sheet)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.documentsTable.itemSelectionChanged.connect(self._show_selected)
        self.ui.documentsTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.ui.documentsTable.itemDoubleClicked.connect(lambda _item: self.open_document())
        self.exportButton = QPushButton(self.tr("Export signed PDFs…"), self)
        self.exportButton.setObjectName("exportButton")
        self.exportButton.setToolTip(self.tr("Save the signed approval sheets of the selected documents to a folder"))
        self.exportButton.clicked.connect(self.export_selected)
        self.ui.headerLayout.insertWidget(self.ui.headerLayout.indexOf(self.ui.sheetButton) + 1, self.exportButton)

    def headers(self) -> list[str]:
        return [self.tr("Serial"), self.tr("Kind"), self.tr("Title"), self.tr("Amount (yuan)"), self.tr("State"),
                self.tr("Current step"), self.tr("Submitter"), self.tr("Department"), self.tr("Updated")]

    def refresh(self) -> None:
        keep = selected_key(self.ui.documentsTable)
        self.documents = self.desk.approvals.documents(self.user, kinds=self.kinds or None, mine=self.mine)
        rows = [(d.serial or "—", d.kind_title, list_title(d), money(d.amount), state_text(d.state),
                 d.current_step.label if d.current_step else "", d.submitter, d.department, local_time(d.updated_at))
                for d in self.documents]
        fill_table(self.ui.documentsTable, self.headers(), rows, [d.id for d in self.documents],
                   align=("", "", "", RIGHT), stretch=2, keep=keep)
        self.ui.countLabel.setText(self.tr("Documents: {n}").format(n=len(self.documents)))
        self._show_selected()

    def selected(self) -> DocumentView | None:
        key = selected_key(self.ui.documentsTable)
        return next((d for d in self.documents if d.id == key), None)

    def _show_selected(self) -> None:
        doc = self.selected()
        details = details_of(self.desk, self.user, doc.id) if doc is not None else None
        self.ui.detailBrowser.setHtml(document_html(doc, self.language, details))
        one = len(selected_keys(self.ui.documentsTable)) == 1
        self.ui.submitButton.setEnabled(one and doc is not None and doc.state in SUBMITTABLE
                                        and doc.submitter_id == self.user.staff_id)
        self.ui.archiveButton.setEnabled(one and doc is not None and doc.state in ARCHIVABLE)
        self.ui.sheetButton.setEnabled(doc is not None)
        self.exportButton.setEnabled(doc is not None)

    def selected_ids(self) -> list[int]:
        return selected_keys(self.ui.documentsTable)

    def export_selected(self) -> None:
        """导出已签PDF…: the signed sheets of every selected document, to a folder."""
        export_selected(self, self.desk, self.user, self.selected_ids())

    def open_document(self) -> None:
        doc = self.selected()
        if doc is not None:
            dialog = DocumentDialog(self.desk, self.user, doc, self.language, self)
            dialog.setObjectName("documentDialog")
            dialog.exec()
            dialog.deleteLater()

    def _kind_titles(self) -> dict[str, str]:
        titles = self.desk.approvals.kinds(self.user)
        return {k: titles[k] for k in self.kinds if k in titles}

    def _categories(self) -> dict[str, list[str]]:
        """Categories the bureau's chains test for, offered as suggestions."""
        preset = self.desk.presets.preset(self.user)
        out: dict[str, list[str]] = {}
        for kind in self.kinds:
            chain = preset.chains.get(kind)
            found: set[str] = set()
            for step in chain.steps if chain else ():
                for cond in (step.when, step.collective):
                    if cond is not None:
                        found.update(cond.categories or ())
                        found.update(cond.not_categories or ())
            out[kind] = sorted(found)
        return out

    def new_document(self) -> None:
        dialog = NewDocumentDialog(self.desk, self.user, self._kind_titles(), self._categories(), parent=self)
        dialog.setObjectName("newDocumentDialog")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()
        dialog.deleteLater()

    def submit_selected(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        if submit_document(self, self.desk, self.user, doc.id) is not None:
            self.refresh()
            self.changed.emit()

    def archive_selected(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        done, _state = attempt(self, self.desk.approvals.archive, self.user, doc.id)
        if done:
            self.refresh()
            self.changed.emit()

    def show_sheet(self) -> None:
        """预览/打印审批单 of the selected document."""
        doc = self.selected()
        if doc is not None:
            show_sheet(self, self.desk, self.user, doc.id)
