"""资产卡片: the card register a page at a time (a bureau may hold 50 000 cards: each page is one
``desk.assets.find`` call, never the whole register), with a search box (Ctrl+F) and filters for
status, category, department and location; a click on a column header orders by it. Enter or a
double-click opens the selected card. The action buttons show only what the signed-in person may do
(the asset manager registers, edits, sets idle, reassigns, disposes; anyone may accept the cards they
use and ask for repair or a transfer into their department); the service decides each action."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.assets.asset_terms import STATUSES, fill_combo, is_asset_manager, status_text
from desktop.ui.formatting import money
from desktop.ui.messages import attempt
from desktop.ui.tables import settle_table

__all__ = ["CardList", "PAGE_SIZE", "COLUMNS"]

PAGE_SIZE = 200
KEY_ROLE = Qt.ItemDataRole.UserRole
# (column key = the service's order key, English header)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("card_no", "Card no."), ("name", "Asset name"), ("category_name", "Category"), ("specification", "Specification"),
    ("quantity", "Qty"), ("original_value", "Original value"), ("acquired_on", "Date acquired"),
    ("department_name", "Department"), ("user_name", "User"), ("location", "Location"), ("status", "Status"))
# column key → the service's order key (a second click on the same header reverses it)
ORDERABLE = {"card_no": "card_no", "name": "name", "category_name": "category", "original_value": "original_value",
             "acquired_on": "acquired_on", "location": "location", "status": "status"}


class CardList(QWidget):
    open_requested = Signal(int)  # a card id
    action_requested = Signal(str, int)  # (action, card id or 0): the page runs the dialog
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.manager = is_asset_manager(user)
        self.rows: list = []
        self.offset, self.total, self.order = 0, 0, "card_no"
        self._filters_loaded = False
        self.searchEdit = QLineEdit(self)
        self.searchEdit.setObjectName("searchEdit")
        self.searchEdit.setPlaceholderText(self.tr("Card no., name, specification (Ctrl+F)"))
        self.searchEdit.setClearButtonEnabled(True)
        self.statusBox = self._combo("statusBox")
        self.categoryBox = self._combo("categoryBox")
        self.departmentBox = self._combo("departmentBox")
        self.locationBox = self._combo("locationBox")
        filters = QHBoxLayout()
        filters.addWidget(self.searchEdit, 2)
        for label, box in ((self.tr("Status:"), self.statusBox), (self.tr("Category:"), self.categoryBox),
                           (self.tr("Department:"), self.departmentBox), (self.tr("Location:"), self.locationBox)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(box, 1)
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, text, shown in (
                ("new", self.tr("Register an asset…"), self.manager),
                ("open", self.tr("Open"), True),
                ("edit", self.tr("Edit…"), self.manager),
                ("accept", self.tr("Accept…"), not user.is_admin),
                ("idle", self.tr("Idle / back in use…"), self.manager),
                ("reassign", self.tr("Change user or location…"), self.manager),
                ("repair", self.tr("Request repair…"), not user.is_admin),
                ("transfer", self.tr("Request transfer in…"), not user.is_admin),
                ("disposal", self.tr("Request disposal…"), self.manager),
                ("custody", self.tr("Holdings and departures…"), self.manager)):
            button = QPushButton(text, self)
            button.setObjectName(key + "Button")
            button.setVisible(shown)
            button.clicked.connect(lambda _c=False, k=key: self._action(k))
            actions.addWidget(button)
            self.buttons[key] = button
        actions.addStretch(1)
        self.table = QTableWidget(self)
        self.table.setObjectName("cardTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setColumnCount(len(COLUMNS))
        self.table.setHorizontalHeaderLabels(self.headers())
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().sectionClicked.connect(self._order_by)
        self.table.activated.connect(lambda index: self._open_row(index.row()))  # Enter and double-click
        self.table.itemSelectionChanged.connect(self._enable)
        self.prevButton = QPushButton(self.tr("◀ Previous"), self)
        self.prevButton.setObjectName("prevButton")
        self.nextButton = QPushButton(self.tr("Next ▶"), self)
        self.nextButton.setObjectName("nextButton")
        self.countLabel = QLabel(self)
        self.countLabel.setObjectName("countLabel")
        pager = QHBoxLayout()
        pager.addWidget(self.countLabel, 1)
        pager.addWidget(self.prevButton)
        pager.addWidget(self.nextButton)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addLayout(pager)
        self._typing = QTimer(self)  # search as one types, once the typing pauses
        self._typing.setSingleShot(True)
        self._typing.setInterval(300)
        self._typing.timeout.connect(self.search)
        self.searchEdit.textEdited.connect(lambda _t: self._typing.start())
        self.searchEdit.returnPressed.connect(self.search)
        for box in (self.statusBox, self.categoryBox, self.departmentBox, self.locationBox):
            box.activated.connect(lambda _i: self.search())
        self.prevButton.clicked.connect(lambda: self._page(-1))
        self.nextButton.clicked.connect(lambda: self._page(+1))
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setMinimumContentsLength(6)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return box

    def headers(self) -> list[str]:
        texts = {"Card no.": self.tr("Card no."), "Asset name": self.tr("Asset name"), "Category": self.tr("Category"),
                 "Specification": self.tr("Specification"), "Qty": self.tr("Qty"),
                 "Original value": self.tr("Original value"), "Date acquired": self.tr("Date acquired"),
                 "Department": self.tr("Department"), "User": self.tr("User"), "Location": self.tr("Location"),
                 "Status": self.tr("Status")}
        return [texts[h] for _k, h in COLUMNS]

    def focus_search(self) -> None:
        self.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.searchEdit.selectAll()

    def load_filters(self) -> None:
        """The filter choices (categories, departments, locations), kept selected across reloads."""
        keep = [b.currentData() for b in (self.statusBox, self.categoryBox, self.departmentBox, self.locationBox)]
        fill_combo(self.statusBox, [(status_text(s), s) for s in STATUSES], blank=self.tr("All"), current=keep[0])
        done, categories = attempt(self, self.desk.assets.categories, self.user)
        fill_combo(self.categoryBox, [(f"{c.code} {c.name}", c.code) for c in categories or ()],
                   blank=self.tr("All"), current=keep[1])
        fill_combo(self.departmentBox, [(d.name, d.id) for d in self.desk.org.departments(self.user)],
                   blank=self.tr("All"), current=keep[2])
        done, locations = attempt(self, self.desk.assets.locations, self.user)
        fill_combo(self.locationBox, [(loc, loc) for loc in locations or () if loc], blank=self.tr("All"),
                   current=keep[3])
        self._filters_loaded = True

    def filters(self) -> dict:
        return {"text": self.searchEdit.text().strip(), "status": self.statusBox.currentData(),
                "category": self.categoryBox.currentData(), "department_id": self.departmentBox.currentData(),
                "location": self.locationBox.currentData()}

    def search(self) -> None:
        """A new query: back to the first page."""
        self._typing.stop()
        self.offset = 0
        self.refresh()

    def refresh(self) -> None:
        if not self._filters_loaded:
            self.load_filters()
        keep = set(self.selected_ids())
        done, found = attempt(self, self.desk.assets.find, self.user, offset=self.offset, limit=PAGE_SIZE,
                              order=self.order, **self.filters())
        if not done:
            return
        self.rows, self.total = found
        self._fill(keep)
        first = self.offset + 1 if self.rows else 0
        self.countLabel.setText(self.tr("Cards {first}–{last} of {total}").format(
            first=first, last=self.offset + len(self.rows), total=self.total))
        self.prevButton.setEnabled(self.offset > 0)
        self.nextButton.setEnabled(self.offset + len(self.rows) < self.total)
        self._enable()

    def _fill(self, keep: set[int]) -> None:
        table = self.table
        table.clearContents()
        table.setRowCount(len(self.rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, row in enumerate(self.rows):
            cells = [row.card_no, row.name, row.category_name, row.specification, f"{row.quantity} {row.unit}",
                     money(row.original_value), row.acquired_on.isoformat() if row.acquired_on else "",
                     row.department_name, row.user_name, row.location, status_text(row.status)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem("" if text is None else str(text))
                item.setData(KEY_ROLE, row.id)
                if c in (4, 5):
                    item.setTextAlignment(right)
                if c in (1, 3) and text:
                    item.setToolTip(str(text))
                table.setItem(r, c, item)
            if row.id in keep:
                table.selectRow(r)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.resizeColumnsToContents()
        settle_table(table)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _page(self, step: int) -> None:
        self.offset = max(0, self.offset + step * PAGE_SIZE)
        self.refresh()

    def _order_by(self, column: int) -> None:
        """Order the whole register (not just this page) by the column, then back to page one."""
        key = ORDERABLE.get(COLUMNS[column][0])
        if key is None:
            column, key = 0, "card_no"
        if self.order.lstrip("-") == key:
            self.order = key if self.order.startswith("-") else "-" + key
        else:
            self.order = key
        descending = self.order.startswith("-")
        self.table.horizontalHeader().setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        self.search()

    # Selection and actions -------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedItems()})
        return [self.table.item(r, 0).data(KEY_ROLE) for r in rows]

    def selected_rows(self) -> list:
        ids = set(self.selected_ids())
        return [r for r in self.rows if r.id in ids]

    def select_card(self, card_id: int) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(KEY_ROLE) == card_id:
                self.table.selectRow(r)
                self.table.setCurrentCell(r, 0)

    def _enable(self) -> None:
        rows = self.selected_rows()
        one = rows[0] if len(rows) == 1 else None
        status = one.status if one is not None else ""
        self.buttons["open"].setEnabled(one is not None)
        self.buttons["edit"].setEnabled(one is not None and status not in ("disposed", "written_off"))
        self.buttons["accept"].setEnabled(one is not None and status == "pending")
        self.buttons["idle"].setEnabled(one is not None and status in ("active", "idle"))
        self.buttons["reassign"].setEnabled(one is not None and status in ("active", "idle"))
        self.buttons["repair"].setEnabled(one is not None and status in ("active", "idle"))
        self.buttons["disposal"].setEnabled(bool(rows) and all(r.status in ("active", "idle") for r in rows))

    def _open_row(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_requested.emit(int(item.data(KEY_ROLE)))

    def _action(self, key: str) -> None:
        ids = self.selected_ids()
        if key == "open":
            if ids:
                self.open_requested.emit(ids[0])
            return
        self.action_requested.emit(key, ids[0] if ids else 0)
