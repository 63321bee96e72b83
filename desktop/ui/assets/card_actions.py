"""The small actions on one card: 验收 (accepted or not, with a note: the card's user and the asset
manager each accept, two different people, ASSET-11), 闲置/恢复在用 (ASSET-12) and 调整使用人或存放地点
(the same department only; another department goes through a transfer, ASSET-07/08)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QRadioButton, QWidget

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.assets.asset_terms import fill_combo
from desktop.ui.assets.card_picker import card_line
from desktop.ui.assets.move_dialogs import FormDialog, people_items
from desktop.ui.messages import attempt

__all__ = ["AcceptDialog", "IdleDialog", "ReassignDialog"]


class AcceptDialog(FormDialog):
    def __init__(self, desk: Desk, user: SignedIn, row: Any, parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("Accept an asset"), parent)
        self.row = row
        self.acceptedRadio = QRadioButton(self.tr("Accepted: as ordered and working"), self)
        self.acceptedRadio.setObjectName("acceptedRadio")
        self.acceptedRadio.setChecked(True)
        self.rejectedRadio = QRadioButton(self.tr("Not accepted (refuse or reduce payment, ask for a replacement)"),
                                          self)
        self.rejectedRadio.setObjectName("rejectedRadio")
        self.noteEdit = QLineEdit(self)
        self.noteEdit.setObjectName("noteEdit")
        self.form.addRow(self.tr("Card:"), QLabel(card_line(row), self))
        self.form.addRow(self.acceptedRadio)
        self.form.addRow(self.rejectedRadio)
        self.form.addRow(self.tr("Note:"), self.noteEdit)
        self.layout_.addWidget(QLabel(self.tr("The card becomes active once its user and the asset manager have both "
                                              "accepted it [ASSET-11].")))
        self.finish_layout()

    def perform(self) -> tuple[bool, Any]:
        return attempt(self, self.desk.assets.accept, self.user, self.row.id,
                       result="accepted" if self.acceptedRadio.isChecked() else "rejected",
                       note=self.noteEdit.text().strip())


class IdleDialog(FormDialog):
    def __init__(self, desk: Desk, user: SignedIn, row: Any, parent: QWidget | None = None):
        self.idle = row.status != "idle"  # in use → idle; idle → back in use
        super().__init__(desk, user, self.tr("Mark as idle") if self.idle else self.tr("Back in use"), parent)
        self.row = row
        self.noteEdit = QLineEdit(self)
        self.noteEdit.setObjectName("noteEdit")
        self.form.addRow(self.tr("Card:"), QLabel(card_line(row), self))
        self.form.addRow(self.tr("Note:"), self.noteEdit)
        self.finish_layout()

    def perform(self) -> tuple[bool, Any]:
        return attempt(self, self.desk.assets.set_idle, self.user, self.row.id, self.idle, self.noteEdit.text().strip())


class ReassignDialog(FormDialog):
    def __init__(self, desk: Desk, user: SignedIn, card: Any, parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("Change user or location"), parent)
        self.card = card
        self.userBox = QComboBox(self)
        self.userBox.setObjectName("userBox")
        fill_combo(self.userBox, people_items(desk, user, card.department_id), blank=self.tr("(none)"),
                   current=card.user_id)
        self.locationEdit = QLineEdit(card.location or "", self)
        self.locationEdit.setObjectName("locationEdit")
        self.reasonEdit = QLineEdit(self)
        self.reasonEdit.setObjectName("reasonEdit")
        self.form.addRow(self.tr("Card:"), QLabel(f"{card.card_no} {card.name} · {card.department_name}", self))
        self.form.addRow(self.tr("User:"), self.userBox)
        self.form.addRow(self.tr("Location:"), self.locationEdit)
        self.form.addRow(self.tr("Reason:"), self.reasonEdit)
        self.layout_.addWidget(QLabel(self.tr("Within the department only; another department needs a transfer "
                                              "[ASSET-08].")))
        self.finish_layout()

    def perform(self) -> tuple[bool, Any]:
        user_id = self.userBox.currentData()
        location = self.locationEdit.text().strip()
        return attempt(self, self.desk.assets.reassign, self.user, self.card.id,
                       user_id=user_id if user_id != self.card.user_id else None,
                       location=location if location != (self.card.location or "") else None,
                       reason=self.reasonEdit.text().strip())
