"""库存: stock on hand per item and store (``desk.supplies.stock``, read from the balances), with the
catalogue items that have no stock yet; filters for text, kind, store and "at or below the reorder
level" (those rows are highlighted). The keeper adds and edits items (the item form) and stores;
anyone who sees the stock opens an item's stock card (明细账: every movement with the balance after it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget,
                               QVBoxLayout, QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.assets.asset_terms import fill_combo
from desktop.ui.formatting import money
from desktop.ui.messages import attempt
from desktop.ui.supplies.supply_terms import KINDS, is_keeper, kind_text, movement_text, quiet
from desktop.ui.tables import RIGHT, fill_table

__all__ = ["StockPanel", "ItemDialog", "StockCardDialog", "LOW_COLOUR"]

KEY_ROLE = Qt.ItemDataRole.UserRole
LOW_COLOUR = QColor("#fde2d4")  # a row at or below its reorder level
CARD_PAGE = 500


def _table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setDefaultSectionSize(24)
    return table


class StockPanel(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.keeper = is_keeper(user)
        self.rows: list[Any] = []  # per table row: a StockRow, or an ItemRow with no stock yet
        self._loaded = False
        self.searchEdit = QLineEdit(self)
        self.searchEdit.setObjectName("searchEdit")
        self.searchEdit.setPlaceholderText(self.tr("Code, name, specification"))
        self.searchEdit.setClearButtonEnabled(True)
        self.kindBox = QComboBox(self)
        self.kindBox.setObjectName("kindBox")
        self.locationBox = QComboBox(self)
        self.locationBox.setObjectName("locationBox")
        self.lowCheck = QCheckBox(self.tr("At or below reorder level only"), self)
        self.lowCheck.setObjectName("lowCheck")
        filters = QHBoxLayout()
        filters.addWidget(self.searchEdit, 2)
        filters.addWidget(QLabel(self.tr("Kind:"), self))
        filters.addWidget(self.kindBox, 1)
        filters.addWidget(QLabel(self.tr("Store:"), self))
        filters.addWidget(self.locationBox, 1)
        filters.addWidget(self.lowCheck)
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, text, shown in (("card", self.tr("Stock card…"), True),
                                 ("new", self.tr("New item…"), self.keeper),
                                 ("edit", self.tr("Edit item…"), self.keeper),
                                 ("active", self.tr("Stop / resume using the item"), self.keeper),
                                 ("location", self.tr("Add a store…"), self.keeper),
                                 ("refresh", self.tr("Refresh"), True)):
            button = QPushButton(text, self)
            button.setObjectName(key + "Button")
            button.setVisible(shown)
            button.clicked.connect(lambda _c=False, k=key: self._action(k))
            actions.addWidget(button)
            self.buttons[key] = button
        actions.addStretch(1)
        self.table = _table(self, "stockTable")
        self.table.activated.connect(lambda _i: self._action("card"))
        self.table.itemSelectionChanged.connect(self._enable)
        self.messageLabel = QLabel(self)
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setVisible(False)
        self.countLabel = QLabel(self)
        self.countLabel.setObjectName("countLabel")
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.countLabel)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(300)
        self._typing.timeout.connect(self.refresh)
        self.searchEdit.textEdited.connect(lambda _t: self._typing.start())
        self.searchEdit.returnPressed.connect(self.refresh)
        self.kindBox.activated.connect(lambda _i: self.refresh())
        self.locationBox.activated.connect(lambda _i: self.refresh())
        self.lowCheck.toggled.connect(lambda _b: self.refresh())

    def load_filters(self) -> None:
        keep = self.locationBox.currentData()
        fill_combo(self.kindBox, [(kind_text(k), k) for k in KINDS], blank=self.tr("All"),
                   current=self.kindBox.currentData())
        locations = quiet(self.messageLabel, self.desk.supplies.locations, self.user) or []
        fill_combo(self.locationBox, [(loc.name, loc.id) for loc in locations if loc.active], blank=self.tr("All"),
                   current=keep)
        self._loaded = True

    def headers(self) -> list[str]:
        return [self.tr("Item code"), self.tr("Item name"), self.tr("Specification"), self.tr("Unit of measure"), self.tr("Kind"),
                self.tr("Store"), self.tr("On hand"), self.tr("Lent out"), self.tr("Available"),
                self.tr("Average cost"), self.tr("Amount"), self.tr("Reorder level")]

    def refresh(self) -> None:
        self._typing.stop()
        if not self._loaded:
            self.load_filters()
        text, kind = self.searchEdit.text().strip(), self.kindBox.currentData()
        location, low = self.locationBox.currentData(), self.lowCheck.isChecked()
        stock = quiet(self.messageLabel, self.desk.supplies.stock, self.user, location_id=location, text=text,
                      kind=kind, below_reorder=low)
        if stock is None:
            return
        rows: list[Any] = list(stock)
        if location is None:  # catalogue items never received yet, shown with nothing on hand
            found = quiet(self.messageLabel, self.desk.supplies.items, self.user, text=text, kind=kind)
            stocked = {r.item_id for r in rows}
            for item in (found[0] if found else []):
                if item.id in stocked:
                    continue
                if low and not (item.reorder_level > 0 and item.on_hand <= item.reorder_level):
                    continue
                rows.append(item)
        rows.sort(key=lambda r: (r.code, getattr(r, "location_name", "")))
        keep = self.selected_item()
        self.rows = rows
        cells, low_rows = [], []
        for i, r in enumerate(rows):
            if hasattr(r, "item_id"):
                cells.append([r.code, r.name, r.specification, r.unit, kind_text(r.kind), r.location_name,
                              r.quantity, r.on_loan, r.available, money(r.average_cost), money(r.value),
                              r.reorder_level])
                is_low = r.below_reorder
            else:
                cells.append([r.code, r.name, r.specification, r.unit, kind_text(r.kind), "", r.on_hand, 0,
                              r.on_hand, "", money(r.value), r.reorder_level])
                is_low = r.reorder_level > 0 and r.on_hand <= r.reorder_level
            if is_low:
                low_rows.append(i)
        fill_table(self.table, self.headers(), cells, keys=[self._item_id(r) for r in rows],
                   align=["", "", "", "", "", "", RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT], stretch=1)
        for i in low_rows:
            for c in range(self.table.columnCount()):
                self.table.item(i, c).setBackground(QBrush(LOW_COLOUR))
            self.table.item(i, 6).setToolTip(self.tr("At or below the reorder level"))
        if keep is not None:
            self.select_item(keep)
        self.countLabel.setText(self.tr("{n} line(s), {low} at or below reorder level").format(
            n=len(rows), low=len(low_rows)))
        self._enable()

    @staticmethod
    def _item_id(row: Any) -> int:
        return row.item_id if hasattr(row, "item_id") else row.id

    def codes(self) -> list[str]:
        return [self.table.item(r, 0).text() for r in range(self.table.rowCount())]

    def selected_item(self) -> int | None:
        items = self.table.selectedItems()
        return self.table.item(items[0].row(), 0).data(KEY_ROLE) if items else None

    def select_item(self, item_id: int) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(KEY_ROLE) == item_id:
                self.table.selectRow(r)
                return

    def _enable(self) -> None:
        one = self.selected_item() is not None
        for key in ("card", "edit", "active"):
            self.buttons[key].setEnabled(one)

    def _run(self, dialog: QDialog) -> bool:
        dialog.setObjectName(type(dialog).__name__)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.refresh()
            self.changed.emit()
        return accepted

    def _action(self, key: str) -> None:
        item_id = self.selected_item()
        if key == "refresh":
            self._loaded = False
            self.refresh()
        elif key == "new":
            dialog = ItemDialog(self.desk, self.user, None, self)
            if self._run(dialog) and dialog.item_id:
                self.select_item(dialog.item_id)
        elif key == "location":
            name, ok = QInputDialog.getText(self, self.tr("Add a store"), self.tr("Name of the store:"))
            if ok and name.strip():
                done, _ = attempt(self, self.desk.supplies.add_location, self.user, name.strip())
                if done:
                    self._loaded = False
                    self.refresh()
                    self.changed.emit()
        elif item_id is None:
            return
        elif key == "card":
            dialog = StockCardDialog(self.desk, self.user, item_id, self)
            dialog.setObjectName("StockCardDialog")
            dialog.exec()
            dialog.deleteLater()
        elif key in ("edit", "active"):
            done, item = attempt(self, self.desk.supplies.item, self.user, item_id)
            if not done:
                return
            if key == "edit":
                self._run(ItemDialog(self.desk, self.user, item, self))
            else:
                done, _ = attempt(self, self.desk.supplies.set_item_active, self.user, item_id, not item.active)
                if done:
                    self.refresh()
                    self.changed.emit()


ITEM_FIELDS = ("code", "name", "category", "specification", "unit", "kind", "reorder_level", "procurement_catalogue",
               "asset_category_code", "lendable")


class ItemDialog(QDialog):
    """A catalogue item, new (``item`` None) or edited (an ItemView): OK runs the service; on a
    refusal every problem shows and the form stays open. ``item_id`` holds the new item's id."""

    def __init__(self, desk: Desk, user: SignedIn, item: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user, self.item = desk, user, item
        self.item_id: int | None = item.id if item is not None else None
        self.setWindowTitle(self.tr("Item {code}").format(code=item.code) if item is not None
                            else self.tr("New office-supply item"))
        self.codeEdit = self._line("codeEdit", 20)
        self.codeEdit.setPlaceholderText(self.tr("Left empty: the next number (BG0001…)"))
        self.nameEdit = self._line("nameEdit", 60)
        self.categoryBox = QComboBox(self)
        self.categoryBox.setObjectName("categoryBox")
        self.categoryBox.setEditable(True)
        self.specEdit = self._line("specificationEdit", 100)
        self.unitEdit = self._line("unitEdit", 8)
        self.unitEdit.setText("个")
        self.kindBox = QComboBox(self)
        self.kindBox.setObjectName("kindBox")
        fill_combo(self.kindBox, [(kind_text(k), k) for k in KINDS])
        self.reorderSpin = QSpinBox(self)
        self.reorderSpin.setObjectName("reorderSpin")
        self.reorderSpin.setRange(0, 1_000_000)
        self.catalogueCheck = QCheckBox(self.tr("On the government procurement catalogue (not bought by the office "
                                                "itself) [SUPPLY-07]"), self)
        self.catalogueCheck.setObjectName("catalogueCheck")
        self.assetEdit = self._line("assetCategoryEdit", 20)
        self.assetEdit.setPlaceholderText(self.tr("Fixed-asset category when a unit qualifies as a fixed asset"))
        self.lendableCheck = QCheckBox(self.tr("Lent out, not issued (equipment such as cameras) [SUPPLY-14]"), self)
        self.lendableCheck.setObjectName("lendableCheck")
        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.codeEdit)
        form.addRow(self.tr("Name:"), self.nameEdit)
        form.addRow(self.tr("Category:"), self.categoryBox)
        form.addRow(self.tr("Specification / model:"), self.specEdit)
        form.addRow(self.tr("Unit of measure:"), self.unitEdit)
        form.addRow(self.tr("Kind:"), self.kindBox)
        form.addRow(self.tr("Reorder level:"), self.reorderSpin)
        form.addRow(self.tr("Fixed-asset category:"), self.assetEdit)
        form.addRow(self.catalogueCheck)
        form.addRow(self.lendableCheck)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                          self)
        self.buttonBox.accepted.connect(self.save)
        self.buttonBox.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttonBox)
        self.setMinimumWidth(560)
        categories = quiet(None, self.desk.supplies.item_categories, self.user) or []
        self.categoryBox.addItems(list(categories))
        self.categoryBox.setCurrentText("")
        if item is not None:
            self._show(item)
        self.nameEdit.setFocus()

    def _line(self, name: str, length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(length)
        return edit

    def _show(self, item: Any) -> None:
        self.codeEdit.setText(item.code)
        self.nameEdit.setText(item.name)
        self.categoryBox.setCurrentText(item.category or "")
        self.specEdit.setText(item.specification or "")
        self.unitEdit.setText(item.unit or "")
        self.kindBox.setCurrentIndex(max(0, self.kindBox.findData(item.kind)))
        self.reorderSpin.setValue(item.reorder_level or 0)
        self.catalogueCheck.setChecked(bool(item.procurement_catalogue))
        self.assetEdit.setText(item.asset_category_code or "")
        self.lendableCheck.setChecked(bool(item.lendable))

    def fields(self) -> dict[str, Any]:
        out = {"code": self.codeEdit.text().strip(), "name": self.nameEdit.text().strip(),
               "category": self.categoryBox.currentText().strip(), "specification": self.specEdit.text().strip(),
               "unit": self.unitEdit.text().strip(), "kind": self.kindBox.currentData(),
               "reorder_level": self.reorderSpin.value(), "procurement_catalogue": self.catalogueCheck.isChecked(),
               "asset_category_code": self.assetEdit.text().strip(), "lendable": self.lendableCheck.isChecked()}
        if self.item is None and not out["code"]:
            del out["code"]  # the service numbers it
        return out

    def changes(self) -> dict[str, Any]:
        now = self.fields()
        return {k: v for k, v in now.items() if getattr(self.item, k, None) != v}

    def save(self) -> None:
        if self.item is None:
            done, item_id = attempt(self, self.desk.supplies.add_item, self.user, self.fields())
            if done:
                self.item_id = item_id
                self.accept()
            return
        changes = self.changes()
        if not changes:
            self.reject()
            return
        done, _ = attempt(self, self.desk.supplies.edit_item, self.user, self.item.id, changes)
        if done:
            self.accept()


class StockCardDialog(QDialog):
    """An item's stock card (明细账): its movements in a store (or all), oldest first, a page at a time."""

    def __init__(self, desk: Desk, user: SignedIn, item_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user, self.item_id = desk, user, item_id
        self.offset, self.total = 0, 0
        self.setWindowTitle(self.tr("Stock card"))
        self.headLabel = QLabel(self)
        self.headLabel.setObjectName("headLabel")
        self.headLabel.setWordWrap(True)
        self.locationBox = QComboBox(self)
        self.locationBox.setObjectName("locationBox")
        self.table = _table(self, "movementTable")
        self.prevButton = QPushButton(self.tr("◀ Previous"), self)
        self.nextButton = QPushButton(self.tr("Next ▶"), self)
        self.countLabel = QLabel(self)
        self.countLabel.setObjectName("countLabel")
        top = QHBoxLayout()
        top.addWidget(self.headLabel, 1)
        top.addWidget(QLabel(self.tr("Store:"), self))
        top.addWidget(self.locationBox)
        pager = QHBoxLayout()
        pager.addWidget(self.countLabel, 1)
        pager.addWidget(self.prevButton)
        pager.addWidget(self.nextButton)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(pager)
        layout.addWidget(close)
        self.resize(1100, 600)
        done, item = attempt(self, self.desk.supplies.item, self.user, item_id)
        if done:
            self.setWindowTitle(self.tr("Stock card: {code} {name}").format(code=item.code, name=item.name))
            self.headLabel.setText(self.tr("{name} {spec} · unit {unit} · {kind} · on loan {loan}").format(
                name=item.name, spec=item.specification, unit=item.unit, kind=kind_text(item.kind),
                loan=item.on_loan))
            fill_combo(self.locationBox, [(b.location_name, b.location_id) for b in item.balances],
                       blank=self.tr("All"))
        self.locationBox.activated.connect(lambda _i: self._first())
        self.prevButton.clicked.connect(lambda: self._page(-1))
        self.nextButton.clicked.connect(lambda: self._page(+1))
        self.refresh()

    def _first(self) -> None:
        self.offset = 0
        self.refresh()

    def _page(self, step: int) -> None:
        self.offset = max(0, self.offset + step * CARD_PAGE)
        self.refresh()

    def refresh(self) -> None:
        done, found = attempt(self, self.desk.supplies.movements, self.user, self.item_id,
                              location_id=self.locationBox.currentData(), offset=self.offset, limit=CARD_PAGE)
        if not done:
            return
        rows, self.total = found
        cells = [[m.occurred_on.isoformat(), movement_text(m.kind), m.reference, m.department_name,
                  m.quantity if m.quantity > 0 else "", -m.quantity if m.quantity < 0 else "", money(abs(m.value)),
                  m.balance_quantity, money(m.balance_value), m.staff_name, m.note] for m in rows]
        fill_table(self.table, [self.tr("Date"), self.tr("Movement"), self.tr("Reference"), self.tr("Department"),
                                self.tr("In"), self.tr("Out"), self.tr("Amount"), self.tr("Balance quantity"),
                                self.tr("Balance value"), self.tr("Recorded by"), self.tr("Note")],
                   cells, keys=[m.id for m in rows], align=["", "", "", "", RIGHT, RIGHT, RIGHT, RIGHT, RIGHT])
        first = self.offset + 1 if rows else 0
        self.countLabel.setText(self.tr("Movements {first}–{last} of {total}").format(
            first=first, last=self.offset + len(rows), total=self.total))
        self.prevButton.setEnabled(self.offset > 0)
        self.nextButton.setEnabled(self.offset + len(rows) < self.total)
