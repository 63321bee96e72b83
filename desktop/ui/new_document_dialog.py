"""新建: a draft of one of the module's kinds (title, purpose, amount, days, category), and
submitting it at once if wanted, so the approval engine is usable from every module. Submitting
takes the submitter's signing passphrase (签名口令): the approval sheet is issued, certified by
the handler, in the same transaction. Without a signing certificate the sheet is not signed, and
the dialog says so."""

from __future__ import annotations

from typing import Mapping, Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QGroupBox, QLineEdit, QWidget

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.amount_field import AmountValidator
from desktop.ui.forms.ui_new_document_dialog import Ui_NewDocumentDialog
from desktop.ui.messages import attempt
from desktop.ui.record_form import ListEditor, date_edit
from desktop.ui.signing import can_sign

__all__ = ["NewDocumentDialog", "AssetTransferFields"]


class AssetTransferFields(QGroupBox):
    """固定资产转移单 (F-22): the assets moved with number, name, model, quantity and original
    value, and from and to which section and custodian; the receiving section applies (ASSET-08)."""

    def __init__(self, departments: Sequence[str], own_department: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("assetTransferFields")
        self.setTitle(self.tr("Assets transferred"))
        self.setMinimumWidth(620)  # the five columns of the asset table readable
        form = QFormLayout(self)
        self.assetsEditor = ListEditor("assets", [
            ("asset_no", self.tr("Asset no.")), ("name", self.tr("Asset name")), ("model", self.tr("Model")),
            ("quantity", self.tr("Quantity")), ("original_value", self.tr("Original value"))], rows=1)
        form.addRow(self.assetsEditor)
        self.toDepartmentCombo = QComboBox()
        self.toDepartmentCombo.setObjectName("toDepartmentCombo")
        self.toDepartmentCombo.setEditable(True)
        self.toDepartmentCombo.addItems(list(departments))
        self.toDepartmentCombo.setCurrentText(own_department)
        form.addRow(self.tr("Receiving section:"), self.toDepartmentCombo)
        self.fromDepartmentCombo = QComboBox()
        self.fromDepartmentCombo.setObjectName("fromDepartmentCombo")
        self.fromDepartmentCombo.setEditable(True)
        self.fromDepartmentCombo.addItems(list(departments))
        self.fromDepartmentCombo.setCurrentText("")
        form.addRow(self.tr("Section giving it up:"), self.fromDepartmentCombo)
        self.fromCustodianEdit = QLineEdit()
        self.fromCustodianEdit.setObjectName("fromCustodianEdit")
        form.addRow(self.tr("Custodian until now:"), self.fromCustodianEdit)
        self.toCustodianEdit = QLineEdit()
        self.toCustodianEdit.setObjectName("toCustodianEdit")
        form.addRow(self.tr("New custodian:"), self.toCustodianEdit)
        self.dateEdit = date_edit(QDate.currentDate())
        self.dateEdit.setObjectName("transferDateEdit")
        form.addRow(self.tr("Transfer date:"), self.dateEdit)

    def payload(self) -> dict:
        """As typed: the input gate checks every field when the transfer is submitted."""
        assets = [{**a, "quantity": a["quantity"] or "1"} for a in self.assetsEditor.rows()]
        return {"assets": assets, "to_department": self.toDepartmentCombo.currentText().strip(),
                "from_department": self.fromDepartmentCombo.currentText().strip(),
                "from_custodian": self.fromCustodianEdit.text().strip(),
                "to_custodian": self.toCustodianEdit.text().strip(),
                "transfer_date": self.dateEdit.date().toString("yyyy-MM-dd")}


class NewDocumentDialog(QDialog):
    def __init__(self, desk: Desk, user: SignedIn, kinds: Mapping[str, str],
                 categories: Mapping[str, Sequence[str]] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_NewDocumentDialog()
        self.ui.setupUi(self)
        self.ui.amountEdit.setValidator(AmountValidator(self.ui.amountEdit))  # letters refused while typing
        self.desk, self.user = desk, user
        self._categories = categories or {}
        self.document_id: int | None = None
        self.serial: str | None = None
        for kind, title in kinds.items():
            self.ui.kindCombo.addItem(title, kind)
        self.assetFields: AssetTransferFields | None = None
        if "asset_transfer" in kinds:
            depts = desk.org.departments(user)
            own = next((d.name for d in depts if d.id == user.department_id), "")
            self.assetFields = AssetTransferFields([d.name for d in depts], own, self)
            self.ui.verticalLayout.insertWidget(1, self.assetFields)
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.can_sign = can_sign(desk, user)
        self.ui.passphraseLabel.setVisible(self.can_sign)
        self.ui.passphraseEdit.setVisible(self.can_sign)
        self.ui.passphraseHint.setText(
            self.tr("Your signing passphrase certifies the approval sheet as its handler.") if self.can_sign else
            self.tr("You have no valid signing certificate: the approval sheet will not be signed."))
        self.ui.submitCheck.toggled.connect(self.ui.signWidget.setVisible)
        self.ui.signWidget.setVisible(self.ui.submitCheck.isChecked())
        self.ui.buttonBox.accepted.connect(self._confirm)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _kind_changed(self) -> None:
        if self.assetFields is not None:
            self.assetFields.setVisible(self.ui.kindCombo.currentData() == "asset_transfer")
        self.ui.categoryCombo.clear()
        self.ui.categoryCombo.addItem("")
        for category in self._categories.get(self.ui.kindCombo.currentData(), ()):
            self.ui.categoryCombo.addItem(category)

    def _payload(self) -> dict | None:
        """The kind's own fields (the asset transfer's), or None for a plain document."""
        if self.assetFields is not None and self.ui.kindCombo.currentData() == "asset_transfer":
            return self.assetFields.payload()
        return None

    def _confirm(self) -> None:
        """Create (and, if 立即提交 is ticked, submit with the passphrase) in ONE service call: a
        refusal or a wrong passphrase leaves nothing stored, so the dialog stays open to correct it."""
        svc = self.desk.approvals
        submit = self.ui.submitCheck.isChecked()
        passphrase = self.ui.passphraseEdit.text() if submit and self.can_sign else None
        done, doc_id = attempt(self, svc.create_draft, self.user, self.ui.kindCombo.currentData(),
                               self.ui.titleEdit.text(), purpose=self.ui.purposeEdit.toPlainText(),
                               amount=self.ui.amountEdit.text().strip() or "0", days=self.ui.daysSpin.value(),
                               category=self.ui.categoryCombo.currentText().strip(), submit=submit,
                               passphrase=passphrase, payload=self._payload())
        if not done:
            if submit and self.can_sign:  # a wrong passphrase is the likely fix: retype it
                self.ui.passphraseEdit.selectAll()
                self.ui.passphraseEdit.setFocus()
            return
        self.document_id = doc_id
        if submit:
            self.serial = svc.document(self.user, doc_id).serial
        self.accept()
