"""The home page's sections (首页): what waits for me, and my own documents in progress, returned to
me and approved but not yet paid — each a tab with its count; an empty section says so. Double-click
opens the document (its details, the sheet, 另存为…); several selected rows export their signed PDFs
to a folder (导出已签PDF…)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QPushButton, QStackedWidget,
                               QTabWidget, QTableWidget, QTextBrowser, QVBoxLayout, QWidget)

from desktop.services.approvals import DocumentView
from desktop.services.base import Refused, SignedIn
from desktop.services.desk import Desk
from desktop.ui.document_html import document_html, list_title
from desktop.ui.formatting import local_time, money
from desktop.ui.messages import state_text
from desktop.ui.tables import RIGHT, fill_table, selected_key

__all__ = ["MyWorkTabs", "DocumentDialog", "details_of", "selected_keys", "PENDING", "IN_PROGRESS", "RETURNED",
           "UNPAID", "SUPPLIES"]

PENDING, IN_PROGRESS, RETURNED, UNPAID = "pending", "in_progress", "returned", "unpaid"
SUPPLIES = "supplies"  # 办公用品: overdue loans, low stock, issues to sign for, loans and enquiries (issue 14)


def details_of(desk: Desk, user: SignedIn, document_id: int):  # noqa: ANN201
    """Attachments, invoices and budget line for the pane; None when the person may not read them."""
    try:
        return desk.my_work.details(user, document_id)
    except Refused:
        return None


def selected_keys(table: QTableWidget) -> list:
    """The ids of every selected row, top to bottom."""
    rows = sorted({i.row() for i in table.selectedItems()})
    return [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]


class _Section(QStackedWidget):
    """A table, or a sentence when the section is empty."""

    def __init__(self, name: str, empty_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(self)
        self.table.setObjectName(name + "Table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.empty = QLabel(empty_text, self)
        self.empty.setObjectName(name + "Empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #777; font-size: 11pt;")
        self.addWidget(self.table)
        self.addWidget(self.empty)
        self.documents: list[DocumentView] = []

    def show_documents(self, headers: list[str], rows: list[tuple], documents: list[DocumentView]) -> None:
        self.documents = documents
        fill_table(self.table, headers, rows, [d.id for d in documents], align=("", "", "", RIGHT), stretch=2,
                   keep=selected_key(self.table))
        self.setCurrentWidget(self.table if documents else self.empty)


class MyWorkTabs(QTabWidget):
    """Tab 0 holds the page's pending table; tabs 1–3 are my documents. ``current_changed`` is
    emitted when the selection or the tab changes; ``open_document`` on a double-click."""

    current_changed = Signal()
    open_document = Signal(object)

    def __init__(self, pending_table: QTableWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("myWorkTabs")
        self.pending_table = pending_table
        self.addTab(pending_table, "")
        self.sections = {
            IN_PROGRESS: _Section("inProgress", self.tr("Nothing of yours is in progress.")),
            RETURNED: _Section("returned", self.tr("Nothing has been returned to you.")),
            UNPAID: _Section("unpaid", self.tr("No approved claim of yours is waiting for payment.")),
        }
        for section in self.sections.values():
            self.addTab(section, "")
            section.table.itemSelectionChanged.connect(self.current_changed)
            section.table.itemDoubleClicked.connect(lambda _item, s=section: self._open(s.table, s.documents))
        self.pending_documents: list[DocumentView] = []
        pending_table.itemDoubleClicked.connect(lambda _item: self._open(pending_table, self.pending_documents))
        self.supplySection = _Section("supplies", self.tr("Nothing in office supplies is waiting for you."), self)
        self.supplySection.hide()
        self.supply_todos: list = []
        self.supplySection.table.itemDoubleClicked.connect(lambda _item: self.open_supplies())
        self.currentChanged.connect(lambda _i: self.current_changed.emit())
        self.counts = {PENDING: 0, IN_PROGRESS: 0, RETURNED: 0, UNPAID: 0, SUPPLIES: 0}

    def headers(self) -> list[str]:
        return [self.tr("Serial"), self.tr("Kind"), self.tr("Title"), self.tr("Amount (yuan)"), self.tr("State"),
                self.tr("Current step"), self.tr("Updated")]

    def fill(self, desk: Desk, user: SignedIn, pending: list[DocumentView]) -> None:
        self.pending_documents = pending
        work = desk.my_work.my_work(user)
        for key, docs in ((IN_PROGRESS, work.in_progress), (RETURNED, work.returned), (UNPAID, work.unpaid)):
            rows = [(d.serial or "—", d.kind_title, list_title(d), money(d.amount), state_text(d.state),
                     d.current_step.label if d.current_step else "", local_time(d.updated_at)) for d in docs]
            self.sections[key].show_documents(self.headers(), rows, docs)
            self.counts[key] = len(docs)
        self.counts[PENDING] = len(pending)
        labels = {PENDING: self.tr("Waiting for me ({n})"), IN_PROGRESS: self.tr("My documents in progress ({n})"),
                  RETURNED: self.tr("Returned to me ({n})"), UNPAID: self.tr("Approved, not yet paid ({n})")}
        for index, key in enumerate((PENDING, IN_PROGRESS, RETURNED, UNPAID)):
            self.setTabText(index, labels[key].format(n=self.counts[key]))
        returned = self.indexOf(self.sections[RETURNED])
        self.tabBar().setTabTextColor(returned, Qt.GlobalColor.darkRed if self.counts[RETURNED] else
                                      self.tabBar().palette().windowText().color())
        self.fill_supplies(desk, user)

    def fill_supplies(self, desk: Desk, user: SignedIn) -> None:
        """办公用品 to-dos (supplies/supply_todo.py); the tab is there only when there is something."""
        from desktop.ui.supplies.supply_todo import supply_todos

        todos = self.supply_todos = supply_todos(desk, user)
        section = self.supplySection
        fill_table(section.table, [self.tr("To do"), self.tr("What"), self.tr("Details")],
                   [(t.kind_text, t.what, t.detail) for t in todos], list(range(len(todos))), stretch=2)
        for row, todo in enumerate(todos):
            if todo.urgent:
                section.table.item(row, 0).setForeground(Qt.GlobalColor.darkRed)
        section.setCurrentWidget(section.table if todos else section.empty)
        self.counts[SUPPLIES] = len(todos)
        index = self.indexOf(section)
        if not todos:
            if index >= 0:
                self.removeTab(index)
            return
        if index < 0:
            index = self.addTab(section, "")
        self.setTabText(index, self.tr("Office supplies ({n})").format(n=len(todos)))
        self.tabBar().setTabTextColor(index, Qt.GlobalColor.darkRed if any(t.urgent for t in todos) else
                                      self.tabBar().palette().windowText().color())

    def open_supplies(self) -> None:
        """Double-click on a supply to-do: the 办公用品 module, at the tab that deals with it."""
        key = selected_key(self.supplySection.table)
        todo = self.supply_todos[key] if key is not None and key < len(self.supply_todos) else None
        window = self.window()
        if todo is None or "supplies" not in getattr(window, "module_keys", lambda: [])():
            return
        page = window.open_module("supplies")
        open_tab = getattr(page, "open_tab", None)  # SuppliesPage: stock, issues, purchases, loans …
        if open_tab is not None:
            open_tab(todo.tab)

    def current_key(self) -> str:
        widget = self.currentWidget()
        if widget is self.supplySection:
            return SUPPLIES
        return next((k for k, s in self.sections.items() if s is widget), PENDING)

    def current_table(self) -> QTableWidget:
        key = self.current_key()
        if key == SUPPLIES:
            return self.supplySection.table
        return self.pending_table if key == PENDING else self.sections[key].table

    def current_documents(self) -> list[DocumentView]:
        key = self.current_key()
        if key == SUPPLIES:
            return []  # to-dos, not documents
        return self.pending_documents if key == PENDING else self.sections[key].documents

    def current_document(self) -> DocumentView | None:
        key = selected_key(self.current_table())
        return next((d for d in self.current_documents() if d.id == key), None)

    def _open(self, table: QTableWidget, documents: list[DocumentView]) -> None:
        key = selected_key(table)
        doc = next((d for d in documents if d.id == key), None)
        if doc is not None:
            self.open_document.emit(doc)


class DocumentDialog(QDialog):
    """A document opened from a list: its details (as the pane shows them), its sheet, 另存为…."""

    def __init__(self, desk: Desk, user: SignedIn, doc: DocumentView, language: str = "zh",
                 parent: QWidget | None = None):
        super().__init__(parent)
        try:  # the fresh view; opening someone else's document is audited (SEC-03)
            doc = desk.approvals.document(user, doc.id)
        except Refused:
            pass
        self.desk, self.user, self.doc = desk, user, doc
        self.setWindowTitle(f"{doc.serial or ''} {doc.title}".strip())
        self.resize(820, 720)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("documentBrowser")
        self.browser.setHtml(document_html(doc, language, details_of(desk, user, doc.id)))
        self.sheetButton = QPushButton(self.tr("Preview / print sheet…"), self)
        self.sheetButton.setObjectName("sheetButton")
        self.sheetButton.clicked.connect(self.show_sheet)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.sheetButton, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def show_sheet(self) -> None:
        from desktop.ui.signing import show_sheet

        show_sheet(self, self.desk, self.user, self.doc.id)
