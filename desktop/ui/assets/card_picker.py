"""Picking the cards a transfer or a disposal covers: a search (card no. or name, a page of matches
from ``desk.assets.find``, never the whole register) and the chosen cards below it."""

from __future__ import annotations

from typing import Any, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
                               QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.assets.asset_terms import status_text
from desktop.ui.formatting import money
from desktop.ui.messages import attempt

__all__ = ["CardPicker", "card_line"]

MATCHES = 50


def card_line(row: Any) -> str:
    where = " · ".join(x for x in (row.department_name, row.user_name, row.location) if x)
    return f"{row.card_no}  {row.name}  ¥{money(row.original_value)}  {where}  [{status_text(row.status)}]"


class CardPicker(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, *, statuses: Iterable[str] = ("active", "idle"),
                 for_transfer: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.for_transfer = for_transfer  # other departments' cards, whatever the person may read (ASSET-08)
        self.statuses = tuple(statuses)
        self.searchEdit = QLineEdit(self)
        self.searchEdit.setObjectName("pickSearchEdit")
        self.searchEdit.setPlaceholderText(self.tr("Card no. or name, then Enter"))
        self.matchList = QListWidget(self)
        self.matchList.setObjectName("matchList")
        self.chosenList = QListWidget(self)
        self.chosenList.setObjectName("chosenList")
        self.addButton = QPushButton(self.tr("Add ↓"), self)
        self.addButton.setObjectName("pickAddButton")
        self.removeButton = QPushButton(self.tr("Remove"), self)
        self.removeButton.setObjectName("pickRemoveButton")
        bar = QHBoxLayout()
        bar.addWidget(self.addButton)
        bar.addWidget(self.removeButton)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.searchEdit)
        layout.addWidget(self.matchList, 1)
        layout.addLayout(bar)
        layout.addWidget(QLabel(self.tr("Cards chosen:"), self))
        layout.addWidget(self.chosenList, 1)
        self.searchEdit.returnPressed.connect(self.search)
        self.matchList.itemActivated.connect(lambda _i: self.add_selected())
        self.addButton.clicked.connect(self.add_selected)
        self.removeButton.clicked.connect(self.remove_selected)

    def search(self) -> None:
        self.matchList.clear()
        done, found = attempt(self, self.desk.assets.find, self.user, text=self.searchEdit.text().strip(),
                              status=self.statuses, limit=MATCHES, for_transfer=self.for_transfer)
        for row in found[0] if done else ():
            self._item(self.matchList, row)

    @staticmethod
    def _item(target: QListWidget, row: Any) -> None:
        item = QListWidgetItem(card_line(row))
        item.setData(Qt.ItemDataRole.UserRole, row.id)
        target.addItem(item)

    def add_rows(self, rows: Iterable[Any]) -> None:
        have = set(self.card_ids())
        for row in rows:
            if row.id not in have and row.status in self.statuses:
                self._item(self.chosenList, row)
                have.add(row.id)
        self.changed.emit()

    def add_selected(self) -> None:
        have = set(self.card_ids())
        for item in self.matchList.selectedItems() or ([self.matchList.currentItem()]
                                                       if self.matchList.currentItem() else []):
            if item.data(Qt.ItemDataRole.UserRole) not in have:
                self.chosenList.addItem(item.clone())
        self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.chosenList.selectedItems():
            self.chosenList.takeItem(self.chosenList.row(item))
        self.changed.emit()

    def card_ids(self) -> list[int]:
        return [self.chosenList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chosenList.count())]
