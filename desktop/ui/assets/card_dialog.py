"""固定资产卡片 (F-21): registering a card or editing one (every field; the category shows its default
useful life; amounts through the shared money field; an edit states its reason, which the card's
history keeps), and the card opened read-only — 卡片 / 验收 / 历史 / 照片及文件. The service checks
everything (the value threshold ASSET-CP1, the prior approval ASSET-02 …) and lists every problem."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox,
                               QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.amount_field import amount_edit
from desktop.ui.assets.asset_terms import WAYS, amount_of, fill_combo, way_text
from desktop.ui.date_field import date_field
from desktop.ui.formatting import money
from desktop.ui.messages import attempt

__all__ = ["CardDialog", "FUNDING_SOURCES", "CARD_FIELDS"]

FUNDING_SOURCES = ("财政拨款", "非财政拨款", "其他资金")
# Every field the service takes, in the order the form shows them.
CARD_FIELDS = ("name", "category_code", "specification", "unit", "quantity", "original_value", "acquired_on",
               "acquisition_way", "funding_source", "supplier", "contract_no", "approval_ref", "department_id",
               "user_id", "location", "bulk", "storage_media", "note")


class CardDialog(QDialog):
    """New card (``card`` None) or edit of ``card`` (a CardView). OK runs the service; on a refusal
    every problem is shown and the dialog stays open. ``card_id`` holds the new card's id."""

    def __init__(self, desk: Desk, user: SignedIn, card: Any = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user, self.card = desk, user, card
        self.card_id: int | None = card.id if card is not None else None
        self.setWindowTitle(self.tr("Edit card {no}").format(no=card.card_no) if card is not None
                            else self.tr("Register a fixed asset"))
        self.nameEdit = self._line("nameEdit", 60)
        self.categoryBox = QComboBox(self)
        self.categoryBox.setObjectName("categoryBox")
        self.lifeLabel = QLabel(self)
        self.lifeLabel.setObjectName("lifeLabel")
        self.specEdit = self._line("specificationEdit", 100)
        self.unitEdit = self._line("unitEdit", 8)
        self.unitEdit.setText("台")
        self.quantitySpin = QSpinBox(self)
        self.quantitySpin.setObjectName("quantitySpin")
        self.quantitySpin.setRange(1, 100_000)
        self.valueEdit = amount_edit(name="valueEdit")
        self.acquiredEdit = date_field(self)
        self.acquiredEdit.setObjectName("acquiredEdit")
        self.wayBox = QComboBox(self)
        self.wayBox.setObjectName("wayBox")
        fill_combo(self.wayBox, [(way_text(w), w) for w in WAYS])
        self.fundingBox = QComboBox(self)
        self.fundingBox.setObjectName("fundingBox")
        self.fundingBox.setEditable(True)
        self.fundingBox.addItems(FUNDING_SOURCES)
        self.supplierEdit = self._line("supplierEdit", 100)
        self.contractEdit = self._line("contractEdit", 40)
        self.approvalEdit = self._line("approvalEdit", 60)
        self.approvalEdit.setPlaceholderText(self.tr("Prior approval (document no. or reference) [ASSET-02]"))
        self.departmentBox = QComboBox(self)
        self.departmentBox.setObjectName("departmentBox")
        self.userBox = QComboBox(self)
        self.userBox.setObjectName("userBox")
        self.locationBox = QComboBox(self)
        self.locationBox.setObjectName("locationBox")
        self.locationBox.setEditable(True)
        self.bulkCheck = QCheckBox(self.tr("A batch of durable items of one kind (one card) [ASSET-01]"), self)
        self.bulkCheck.setObjectName("bulkCheck")
        self.mediaCheck = QCheckBox(self.tr("Holds storage media (wiped before disposal)"), self)
        self.mediaCheck.setObjectName("mediaCheck")
        self.noteEdit = self._line("noteEdit", 200)
        self.openingCheck = QCheckBox(self.tr("Already in use before this register (opening card, no acceptance)"),
                                      self)
        self.openingCheck.setObjectName("openingCheck")
        self.depreciatedEdit = amount_edit(name="depreciatedEdit")
        self.monthsSpin = QSpinBox(self)
        self.monthsSpin.setObjectName("monthsSpin")
        self.monthsSpin.setRange(0, 1200)
        self.reasonEdit = self._line("reasonEdit", 200)
        self.reasonEdit.setPlaceholderText(self.tr("Why the card changes (kept in its history)"))
        self._people: list = []
        self.setMinimumWidth(920)
        self._lay_out()
        self._load_choices()
        if card is not None:
            self._show(card)
        self._opening_changed()
        self.categoryBox.currentIndexChanged.connect(lambda _i: self._show_life())
        self.departmentBox.currentIndexChanged.connect(lambda _i: self._fill_users(None))
        self.openingCheck.toggled.connect(lambda _b: self._opening_changed())
        self._show_life()
        self.nameEdit.setFocus()

    def _line(self, name: str, length: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(length)
        return edit

    def _lay_out(self) -> None:
        what = QGroupBox(self.tr("The asset"), self)
        form = QFormLayout(what)
        form.addRow(self.tr("Name:"), self.nameEdit)
        category = QGridLayout()
        category.addWidget(self.categoryBox, 0, 0)
        category.addWidget(self.lifeLabel, 0, 1)
        category.setColumnStretch(0, 1)
        form.addRow(self.tr("Category (GB/T 14885):"), category)
        form.addRow(self.tr("Specification / model:"), self.specEdit)
        quantity = QGridLayout()
        quantity.addWidget(self.quantitySpin, 0, 0)
        quantity.addWidget(QLabel(self.tr("Unit of measure:"), self), 0, 1)
        quantity.addWidget(self.unitEdit, 0, 2)
        form.addRow(self.tr("Quantity:"), quantity)
        form.addRow(self.bulkCheck)
        form.addRow(self.mediaCheck)
        how = QGroupBox(self.tr("Acquisition"), self)
        form2 = QFormLayout(how)
        form2.addRow(self.tr("Original value (yuan):"), self.valueEdit)
        form2.addRow(self.tr("Acquired on:"), self.acquiredEdit)
        form2.addRow(self.tr("Acquired by:"), self.wayBox)
        form2.addRow(self.tr("Funding source:"), self.fundingBox)
        form2.addRow(self.tr("Supplier:"), self.supplierEdit)
        form2.addRow(self.tr("Contract no.:"), self.contractEdit)
        form2.addRow(self.tr("Approval reference:"), self.approvalEdit)
        where = QGroupBox(self.tr("Use and location"), self)
        form3 = QFormLayout(where)
        form3.addRow(self.tr("Department:"), self.departmentBox)
        form3.addRow(self.tr("User:"), self.userBox)
        form3.addRow(self.tr("Location:"), self.locationBox)
        form3.addRow(self.tr("Note:"), self.noteEdit)
        self.openingBox = QGroupBox(self.tr("Opening card"), self)
        form4 = QFormLayout(self.openingBox)
        form4.addRow(self.openingCheck)
        form4.addRow(self.tr("Depreciated before (yuan):"), self.depreciatedEdit)
        form4.addRow(self.tr("Months depreciated before:"), self.monthsSpin)
        grid = QGridLayout()
        grid.addWidget(what, 0, 0)
        grid.addWidget(how, 0, 1)
        grid.addWidget(where, 1, 0)
        grid.addWidget(self.openingBox, 1, 1)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                          self)
        self.buttonBox.accepted.connect(self.save)
        self.buttonBox.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        if self.card is not None:
            reason = QFormLayout()
            reason.addRow(self.tr("Reason for the change:"), self.reasonEdit)
            layout.addLayout(reason)
            self.openingBox.setVisible(False)
        else:
            self.reasonEdit.setVisible(False)
        layout.addWidget(self.buttonBox)

    def _load_choices(self) -> None:
        done, categories = attempt(self, self.desk.assets.categories, self.user)
        self.categories = {c.code: c for c in categories or () if c.active}
        fill_combo(self.categoryBox, [(f"{c.code} {c.name}", c.code) for c in self.categories.values()])
        fill_combo(self.departmentBox, [(d.name, d.id) for d in self.desk.org.departments(self.user)],
                   blank=self.tr("(none)"), current=self.user.department_id)
        self._people = self.desk.org.staff(self.user)
        self._fill_users(self.user.staff_id if self.card is None else None)
        done, locations = attempt(self, self.desk.assets.locations, self.user)
        self.locationBox.addItems([loc for loc in locations or () if loc])
        self.locationBox.setCurrentText("")

    def _fill_users(self, current: int | None) -> None:
        department = self.departmentBox.currentData()
        people = [(p.name, p.id) for p in self._people if department is None or p.department_id == department]
        fill_combo(self.userBox, people, blank=self.tr("(none)"), current=current)

    def _show_life(self) -> None:
        category = self.categories.get(self.categoryBox.currentData())
        if category is None:
            self.lifeLabel.setText("")
        elif not category.depreciable:
            self.lifeLabel.setText(self.tr("not depreciated"))
        else:
            self.lifeLabel.setText(self.tr("useful life {years} years").format(years=category.useful_life_years))

    def _opening_changed(self) -> None:
        on = self.openingCheck.isChecked()
        self.depreciatedEdit.setEnabled(on)
        self.monthsSpin.setEnabled(on)

    def _show(self, card: Any) -> None:
        self.nameEdit.setText(card.name)
        self.categoryBox.setCurrentIndex(max(0, self.categoryBox.findData(card.category_code)))
        self.specEdit.setText(card.specification or "")
        self.unitEdit.setText(card.unit or "")
        self.quantitySpin.setValue(card.quantity or 1)
        self.valueEdit.setText(money(card.original_value))
        self.acquiredEdit.set_value(card.acquired_on)
        self.wayBox.setCurrentIndex(max(0, self.wayBox.findData(card.acquisition_way)))
        self.fundingBox.setCurrentText(card.funding_source or "")
        self.supplierEdit.setText(card.supplier or "")
        self.contractEdit.setText(card.contract_no or "")
        self.approvalEdit.setText(card.approval_ref or "")
        self.departmentBox.setCurrentIndex(max(0, self.departmentBox.findData(card.department_id)))
        self._fill_users(card.user_id)
        self.locationBox.setCurrentText(card.location or "")
        self.bulkCheck.setChecked(bool(card.bulk))
        self.mediaCheck.setChecked(bool(card.storage_media))
        self.noteEdit.setText(card.note or "")

    def fields(self) -> dict[str, Any]:
        """What the form says, as the service's fields (an amount the gate cannot read goes as typed)."""
        value = amount_of(self.valueEdit.text())
        out: dict[str, Any] = {
            "name": self.nameEdit.text().strip(), "category_code": self.categoryBox.currentData() or "",
            "specification": self.specEdit.text().strip(), "unit": self.unitEdit.text().strip(),
            "quantity": self.quantitySpin.value(),
            "original_value": value if value is not None else self.valueEdit.text().strip(),
            "acquired_on": self.acquiredEdit.value(), "acquisition_way": self.wayBox.currentData(),
            "funding_source": self.fundingBox.currentText().strip(), "supplier": self.supplierEdit.text().strip(),
            "contract_no": self.contractEdit.text().strip(), "approval_ref": self.approvalEdit.text().strip(),
            "department_id": self.departmentBox.currentData(), "user_id": self.userBox.currentData(),
            "location": self.locationBox.currentText().strip(), "bulk": self.bulkCheck.isChecked(),
            "storage_media": self.mediaCheck.isChecked(), "note": self.noteEdit.text().strip()}
        if self.card is None and self.openingCheck.isChecked():
            out["depreciated_before"] = amount_of(self.depreciatedEdit.text()) or Decimal("0")
            out["months_before"] = self.monthsSpin.value()
        return out

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the card as it was."""
        now = self.fields()
        out = {}
        for key in CARD_FIELDS:
            before = getattr(self.card, key, None)
            after = now[key]
            if isinstance(before, Decimal) and isinstance(after, Decimal):
                same = before == after
            elif isinstance(before, date) and isinstance(after, date):
                same = before == after
            else:
                same = (before or "") == (after or "") if not isinstance(after, (bool, int)) else before == after
            if not same:
                out[key] = after
        return out

    def save(self) -> None:
        if self.card is None:
            done, card_id = attempt(self, self.desk.assets.register, self.user, self.fields(),
                                    opening=self.openingCheck.isChecked())
            if done:
                self.card_id = card_id
                self.accept()
            return
        changes = self.changes()
        if not changes:
            self.reject()
            return
        done, _ = attempt(self, self.desk.assets.edit, self.user, self.card.id, changes, self.reasonEdit.text().strip())
        if done:
            self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Enter in a field does not close the form
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.buttonBox.button(
                QDialogButtonBox.StandardButton.Ok).hasFocus():
            self.focusNextChild()
            return
        super().keyPressEvent(event)
