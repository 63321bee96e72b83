"""报废/处置 (ASSET-02/03/04): the request (cards, way, appraisal; a bulk disposal goes to a
collective decision by the preset), the external approval (区国资局批复) recorded before any card is
closed, and the closing — residual income owed to the treasury or the finance section per preset, and
each storage medium ticked as securely wiped."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.amount_field import amount_edit
from desktop.ui.assets.asset_terms import DISPOSAL_WAYS, amount_of, disposal_way_text, fill_combo
from desktop.ui.assets.card_picker import CardPicker
from desktop.ui.assets.move_dialogs import FormDialog
from desktop.ui.date_field import date_field
from desktop.ui.messages import attempt

__all__ = ["DisposalDialog", "ExternalApprovalDialog", "CloseDisposalDialog"]


class DisposalDialog(FormDialog):
    def __init__(self, desk: Desk, user: SignedIn, rows: list[Any] = (), parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("Request a disposal"), parent)
        self.picker = CardPicker(desk, user, parent=self)
        self.picker.add_rows(rows)
        self.wayBox = QComboBox(self)
        self.wayBox.setObjectName("wayBox")
        fill_combo(self.wayBox, [(disposal_way_text(w), w) for w in DISPOSAL_WAYS])
        self.appraisalEdit = self.text_edit("appraisalEdit", self.tr("Technical appraisal: condition, why it cannot "
                                                                     "be used or repaired"))
        self.form.addRow(self.tr("Cards:"), self.picker)
        self.form.addRow(self.tr("Way:"), self.wayBox)
        self.form.addRow(self.tr("Appraisal:"), self.appraisalEdit)
        self.layout_.addWidget(QLabel(self.tr("A bulk disposal needs the collective decision; the cards close only "
                                              "after the external approval is recorded [ASSET-03].")))
        self.finish_layout()

    def perform(self) -> tuple[bool, Any]:
        ids = self.picker.card_ids()
        return self.submitted(lambda **kw: self.desk.asset_moves.request_disposal(
            self.user, ids, way=self.wayBox.currentData(), appraisal=self.appraisalEdit.toPlainText().strip(), **kw))


class ExternalApprovalDialog(FormDialog):
    """区国资局批复: authority, reference and date (ASSET-02, ASSET-CP)."""

    def __init__(self, desk: Desk, user: SignedIn, document_id: int, title: str = "", parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("Record the external approval"), parent)
        self.document_id = document_id
        self.authorityEdit = QLineEdit("区国资局", self)
        self.authorityEdit.setObjectName("authorityEdit")
        self.referenceEdit = QLineEdit(self)
        self.referenceEdit.setObjectName("referenceEdit")
        self.dateEdit = date_field(self)
        self.dateEdit.setObjectName("approvalDateEdit")
        if title:
            self.form.addRow(self.tr("Disposal:"), QLabel(title, self))
        self.form.addRow(self.tr("Approving authority:"), self.authorityEdit)
        self.form.addRow(self.tr("Approval reference:"), self.referenceEdit)
        self.form.addRow(self.tr("Approval date:"), self.dateEdit)
        self.finish_layout()

    def perform(self) -> tuple[bool, Any]:
        return attempt(self, self.desk.asset_moves.record_external_approval, self.user, self.document_id,
                       self.authorityEdit.text().strip(), self.referenceEdit.text().strip(), self.dateEdit.value())


class CloseDisposalDialog(FormDialog):
    """Closing an approved disposal: residual income, and each storage medium wiped (ASSET-04)."""

    def __init__(self, desk: Desk, user: SignedIn, document_id: int, title: str = "", parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("Close the disposal"), parent)
        self.document_id = document_id
        self.incomeEdit = amount_edit(name="incomeEdit")
        self.mediaList = QListWidget(self)
        self.mediaList.setObjectName("mediaList")
        done, view = attempt(self, desk.asset_moves.disposal, user, document_id)
        cards = list(getattr(view, "cards", ()) or ()) if done else []
        for card in cards:
            if getattr(card, "storage_media", False):
                item = QListWidgetItem(f"{card.card_no} {card.name}")
                item.setData(Qt.ItemDataRole.UserRole, card.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if getattr(card, "wiped", False) else Qt.CheckState.Unchecked)
                self.mediaList.addItem(item)
        destination = getattr(view, "income_to", "treasury") if done else "treasury"
        if title:
            self.form.addRow(self.tr("Disposal:"), QLabel(title, self))
        ref = getattr(view, "external_ref", "") if done else ""
        self.form.addRow(self.tr("External approval:"), QLabel(ref or self.tr("not recorded yet"), self))
        self.form.addRow(self.tr("Residual income (yuan):"), self.incomeEdit)
        self.form.addRow("", QLabel(self.tr("Owed in full to the treasury [ASSET-04]") if destination == "treasury"
                                    else self.tr("Handed in full to the finance section [ASSET-04]"), self))
        if self.mediaList.count():
            self.form.addRow(self.tr("Storage media securely wiped:"), self.mediaList)
        self.finish_layout()

    def wiped_ids(self) -> list[int]:
        return [self.mediaList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.mediaList.count())
                if self.mediaList.item(i).checkState() == Qt.CheckState.Checked]

    def perform(self) -> tuple[bool, Any]:
        return attempt(self, self.desk.asset_moves.close_disposal, self.user, self.document_id,
                       residual_income=amount_of(self.incomeEdit.text()) or Decimal("0"),
                       wiped_card_ids=tuple(self.wiped_ids()))
