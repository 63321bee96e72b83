"""资产标签: QR labels (asset number + name) for the selected cards or for every card of a location
(a whole room at once, issue 13 item 5), laid out on common label stock (A4 3×8) by
``desk.stocktakes.label_pdf``; shown here, then printed or saved (另存为…)."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.messages import attempt
from desktop.ui.pdf_preview import PdfPreviewDialog

__all__ = ["LabelDialog", "LAYOUTS", "cards_at"]

LAYOUTS = (("A4-3x8", "A4 3×8"),)  # the label stock the service lays out
ON_BOOKS = ("active", "idle", "repair", "disposing")
PAGE = 2000  # cards read at a time when a whole location is chosen


def cards_at(desk: Desk, user: SignedIn, location: str) -> list[int]:
    """The ids of the cards on the books at ``location``, in card-number order."""
    ids: list[int] = []
    offset = 0
    while True:
        rows, total = desk.assets.find(user, location=location, offset=offset, limit=PAGE)
        ids += [r.id for r in rows if r.status in ON_BOOKS]
        offset += len(rows)
        if not rows or offset >= total:
            return ids


class LabelDialog(PdfPreviewDialog):
    """``card_ids`` given: their labels; otherwise a location is picked (每个房间一次打印)."""

    def __init__(self, desk: Desk, user: SignedIn, card_ids: Sequence[int] = (), parent: QWidget | None = None):
        super().__init__(None, "", parent)
        self.setWindowTitle(self.tr("Asset labels"))
        self.file_name = self.tr("Asset labels") + ".pdf"
        self.desk, self.user = desk, user
        self.card_ids: list[int] = list(card_ids)
        self.locationBox = QComboBox(self)
        self.locationBox.setObjectName("locationBox")
        self.locationBox.addItem(self.tr("Selected cards ({n})").format(n=len(self.card_ids)), None)
        done, locations = attempt(self, desk.assets.locations, user)
        for place in (locations or []) if done else []:
            if place:
                self.locationBox.addItem(place, place)
        self.layoutBox = QComboBox(self)
        self.layoutBox.setObjectName("layoutBox")
        for code, label in LAYOUTS:
            self.layoutBox.addItem(label, code)
        self.makeButton = QPushButton(self.tr("Make labels"), self)
        self.makeButton.setObjectName("makeButton")
        self.makeButton.clicked.connect(self.make)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Cards:"), self))
        bar.addWidget(self.locationBox, 1)
        bar.addWidget(QLabel(self.tr("Label stock:"), self))
        bar.addWidget(self.layoutBox)
        bar.addWidget(self.makeButton)
        self.layout().insertLayout(0, bar)
        self.saveButton.setEnabled(False)
        self.printButton.setEnabled(False)
        if not self.card_ids:
            self.locationBox.setCurrentIndex(min(1, self.locationBox.count() - 1))
        if self.card_ids:
            self.make()

    def chosen_ids(self) -> list[int]:
        place = self.locationBox.currentData()
        return list(self.card_ids) if place is None else cards_at(self.desk, self.user, place)

    def make(self) -> bool:
        """The labels of what is chosen, on screen; 打印…/另存为… then take those bytes."""
        ids = self.chosen_ids()
        if not ids:
            self.status.setText(self.tr("No cards to label."))
            self.saveButton.setEnabled(False)
            self.printButton.setEnabled(False)
            return False
        done, data = attempt(self, self.desk.stocktakes.label_pdf, self.user, ids,
                             layout=self.layoutBox.currentData())
        if not done:
            return False
        self.load(data)
        place = self.locationBox.currentData()
        self.file_name = self.tr("Asset labels") + (f" {place}" if place else "") + ".pdf"
        self.status.setText(self.tr("{n} label(s) on {pages} page(s)").format(n=len(ids), pages=self.page_count()))
        self.saveButton.setEnabled(True)
        self.printButton.setEnabled(True)
        return True
