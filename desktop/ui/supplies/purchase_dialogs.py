"""The dialogs of a purchase (采购): the ad-hoc request between plans (SUPPLY-04), and on an approved
purchase the quotes (SUPPLY-05: three suppliers at least, gathered by two people at least, each
confirming in the app), the enquirers named, the choice with its reason and the government
procurement reference (SUPPLY-06/07), cancelling; and the purchase view holding them with the plan
and quotation sheets."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QSpinBox, QVBoxLayout,
                               QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.amount_field import amount_edit
from desktop.ui.assets.asset_terms import amount_of, fill_combo
from desktop.ui.assets.move_dialogs import FormDialog
from desktop.ui.date_field import date_field
from desktop.ui.messages import attempt, state_text
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.supplies.flow_parts import (WARNING_COLOUR, item_items, list_table, money_text, people_items,
                                            preview_pdf, run_dialog, submit_signed)
from desktop.ui.supplies.supply_terms import field_of as _get
from desktop.ui.tables import RIGHT, fill_table, selected_key

translate = QCoreApplication.translate

__all__ = ["AdhocDialog", "AddQuoteDialog", "ChooseDialog", "EnquirersDialog", "CancelDialog", "PurchaseDialog"]


class AdhocDialog(FormDialog):
    """临时采购申请: catalogue items, quantities, estimated prices and the reason; created and
    submitted for approval in one call (signed with the passphrase)."""

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("Ad-hoc purchase request"), parent)
        self.setMinimumWidth(820)
        self.items = item_items(desk, user)
        self.itemBox = QComboBox(self)
        self.itemBox.setObjectName("itemBox")
        fill_combo(self.itemBox, [(text, row.id) for text, row in self.items])
        self.quantitySpin = QSpinBox(self)
        self.quantitySpin.setObjectName("quantitySpin")
        self.quantitySpin.setRange(1, 99999)
        self.priceEdit = amount_edit(name="priceEdit")
        self.addButton = QPushButton(self.tr("Add line"), self)
        self.addButton.setObjectName("addLineButton")
        self.removeButton = QPushButton(self.tr("Remove line"), self)
        self.removeButton.setObjectName("removeLineButton")
        picker = QHBoxLayout()
        picker.addWidget(self.itemBox, 1)
        picker.addWidget(QLabel(self.tr("Qty"), self))
        picker.addWidget(self.quantitySpin)
        picker.addWidget(QLabel(self.tr("Est. unit price"), self))
        picker.addWidget(self.priceEdit)
        picker.addWidget(self.addButton)
        picker.addWidget(self.removeButton)
        self.table = list_table(self, "adhocLines")
        self.lines: list[dict[str, Any]] = []
        self.reasonEdit = self.text_edit("reasonEdit", self.tr("Why it cannot wait for the half-year plan"))
        self.form.addRow(self.tr("Item:"), picker)
        self.form.addRow(self.tr("Lines:"), self.table)
        self.form.addRow(self.tr("Reason:"), self.reasonEdit)
        note = QLabel(self.tr("Only the office buys [SUPPLY-01]; the preset's chain approves, with a collective "
                              "decision at its threshold [SUPPLY-04]."), self)
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self.finish_layout()
        self.addButton.clicked.connect(self.add_line)
        self.removeButton.clicked.connect(self.remove_line)
        self._show()

    def add_line(self) -> None:
        price = amount_of(self.priceEdit.text())
        self.lines.append({"item_id": self.itemBox.currentData(), "quantity": self.quantitySpin.value(),
                           "unit_price": price if price is not None else self.priceEdit.text().strip() or "0",
                           "note": "", "text": self.itemBox.currentText()})
        self._show()

    def remove_line(self) -> None:
        key = selected_key(self.table)
        if key is not None:
            del self.lines[key]
            self._show()

    def _show(self) -> None:
        rows = [[line["text"], line["quantity"], money_text(amount_of(str(line["unit_price"])) or 0)]
                for line in self.lines]
        fill_table(self.table, [self.tr("Item name"), self.tr("Quantity"), self.tr("Est. unit price")], rows,
                   list(range(len(rows))), align=("", RIGHT, RIGHT), stretch=0)

    def perform(self) -> tuple[bool, Any]:
        lines = [{k: v for k, v in line.items() if k != "text"} for line in self.lines]
        reason = self.reasonEdit.toPlainText().strip()
        value = submit_signed(self, self.desk, self.user, lambda **kw: self.desk.supply_purchases.request_adhoc(
            self.user, lines, reason, **kw))
        return value is not None, value


class AddQuoteDialog(FormDialog):
    """询价: one supplier's quote — total, day, whether an agreement supplier (SUPPLY-06)."""

    def __init__(self, desk: Desk, user: SignedIn, purchase_id: int, parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("Add a quote"), parent)
        self.purchase_id = purchase_id
        self.supplierEdit = QLineEdit(self)
        self.supplierEdit.setObjectName("supplierEdit")
        self.totalEdit = amount_edit(name="totalEdit")
        self.dateEdit = date_field(self, date.today())
        self.dateEdit.setObjectName("dateEdit")
        self.agreementCheck = QCheckBox(self.tr("Government agreement supplier or designated unit [SUPPLY-06]"), self)
        self.agreementCheck.setObjectName("agreementCheck")
        self.noteEdit = QLineEdit(self)
        self.noteEdit.setObjectName("noteEdit")
        self.form.addRow(self.tr("Supplier:"), self.supplierEdit)
        self.form.addRow(self.tr("Quoted total (yuan):"), self.totalEdit)
        self.form.addRow(self.tr("Quoted on:"), self.dateEdit)
        self.form.addRow(self.agreementCheck)
        self.form.addRow(self.tr("Note:"), self.noteEdit)
        self.finish_layout()

    def perform(self) -> tuple[bool, Any]:
        total = amount_of(self.totalEdit.text())
        return attempt(self, self.desk.supply_purchases.add_quote, self.user, self.purchase_id,
                       self.supplierEdit.text().strip(), total if total is not None else self.totalEdit.text().strip(),
                       self.dateEdit.value(), agreement_supplier=self.agreementCheck.isChecked(),
                       note=self.noteEdit.text().strip())


class ChooseDialog(FormDialog):
    """定价采购: the quote bought from, why, and the government procurement approval's reference."""

    def __init__(self, desk: Desk, user: SignedIn, view: Any, parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("Choose the supplier"), parent)
        self.purchase_id = view.id
        self.quoteBox = QComboBox(self)
        self.quoteBox.setObjectName("quoteBox")
        fill_combo(self.quoteBox, [(f"{q.supplier}  {money_text(q.total)}" + ("  ✓" if q.agreement_supplier else ""),
                                    q.id) for q in view.quotes])
        self.reasonEdit = self.text_edit("reasonEdit", self.tr("Why this supplier (lowest price, agreement supplier …)"))
        self.refEdit = QLineEdit(self)
        self.refEdit.setObjectName("refEdit")
        self.refEdit.setPlaceholderText(self.tr("For items on the government procurement catalogue [SUPPLY-07]"))
        self.form.addRow(self.tr("Quote:"), self.quoteBox)
        self.form.addRow(self.tr("Reason:"), self.reasonEdit)
        self.form.addRow(self.tr("Procurement approval no.:"), self.refEdit)
        note = QLabel(self.tr("Three suppliers' quotes at least, gathered by two people at least who have each "
                              "confirmed [SUPPLY-05]."), self)
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self.finish_layout()

    def perform(self) -> tuple[bool, Any]:
        return attempt(self, self.desk.supply_purchases.choose, self.user, self.purchase_id,
                       self.quoteBox.currentData(), self.reasonEdit.toPlainText().strip(),
                       procurement_ref=self.refEdit.text().strip())


class EnquirersDialog(FormDialog):
    """询价人: the people who gathered the quotes (two at least); each confirms in their own session."""

    def __init__(self, desk: Desk, user: SignedIn, purchase_id: int, parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("Name the enquirers"), parent)
        self.purchase_id = purchase_id
        self.peopleList = QListWidget(self)
        self.peopleList.setObjectName("peopleList")
        for text, staff_id in people_items(desk, user):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, staff_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if staff_id == user.staff_id else Qt.CheckState.Unchecked)
            self.peopleList.addItem(item)
        self.peopleList.setMinimumHeight(300)
        self.form.addRow(self.tr("Enquirers:"), self.peopleList)
        self.finish_layout()

    def check(self, staff_ids: list[int]) -> None:
        for i in range(self.peopleList.count()):
            item = self.peopleList.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in staff_ids
                               else Qt.CheckState.Unchecked)

    def chosen(self) -> list[int]:
        return [self.peopleList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.peopleList.count())
                if self.peopleList.item(i).checkState() == Qt.CheckState.Checked]

    def perform(self) -> tuple[bool, Any]:
        return attempt(self, self.desk.supply_purchases.name_enquirers, self.user, self.purchase_id, self.chosen())


class CancelDialog(FormDialog):
    def __init__(self, desk: Desk, user: SignedIn, purchase_id: int, parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("Cancel the purchase"), parent)
        self.purchase_id = purchase_id
        self.reasonEdit = self.text_edit("reasonEdit", self.tr("Why the purchase is cancelled"))
        self.form.addRow(self.tr("Reason:"), self.reasonEdit)
        self.finish_layout()

    def perform(self) -> tuple[bool, Any]:
        return attempt(self, self.desk.supply_purchases.cancel, self.user, self.purchase_id,
                       self.reasonEdit.toPlainText().strip())


class PurchaseDialog(QDialog):
    """One purchase: its lines, the warnings (agreement supplier, procurement catalogue, split
    purchases), the quotes and enquirers, the choice; the plan and quotation sheets."""

    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, purchase_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user, self.purchase_id = desk, user, purchase_id
        self.view: Any = None
        fit_to_screen(self, 1100, 820)
        self.headerLabel = QLabel(self)
        self.headerLabel.setObjectName("headerLabel")
        self.headerLabel.setWordWrap(True)
        self.warningLabel = QLabel(self)
        self.warningLabel.setObjectName("warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.lineTable = list_table(self, "lineTable")
        quotes = QGroupBox(self.tr("Quotes [SUPPLY-05]"), self)
        self.quoteTable = list_table(quotes, "quoteTable")
        self.addQuoteButton = QPushButton(self.tr("Add quote…"), quotes)
        self.addQuoteButton.setObjectName("addQuoteButton")
        self.chooseButton = QPushButton(self.tr("Choose supplier…"), quotes)
        self.chooseButton.setObjectName("chooseButton")
        self.enquirerLabel = QLabel(quotes)
        self.enquirerLabel.setObjectName("enquirerLabel")
        self.enquirerLabel.setWordWrap(True)
        self.nameButton = QPushButton(self.tr("Name enquirers…"), quotes)
        self.nameButton.setObjectName("nameEnquirersButton")
        self.confirmButton = QPushButton(self.tr("Confirm my enquiry"), quotes)
        self.confirmButton.setObjectName("confirmButton")
        self.choiceLabel = QLabel(quotes)
        self.choiceLabel.setObjectName("choiceLabel")
        self.choiceLabel.setWordWrap(True)
        quote_bar = QHBoxLayout()
        quote_bar.addWidget(self.addQuoteButton)
        quote_bar.addWidget(self.chooseButton)
        quote_bar.addStretch(1)
        enquirer_bar = QHBoxLayout()
        enquirer_bar.addWidget(self.enquirerLabel, 1)
        enquirer_bar.addWidget(self.nameButton)
        enquirer_bar.addWidget(self.confirmButton)
        quote_layout = QVBoxLayout(quotes)
        quote_layout.addLayout(quote_bar)
        quote_layout.addWidget(self.quoteTable, 1)
        quote_layout.addLayout(enquirer_bar)
        quote_layout.addWidget(self.choiceLabel)
        self.planButton = QPushButton(self.tr("Purchase plan sheet…"), self)
        self.planButton.setObjectName("planSheetButton")
        self.quotationButton = QPushButton(self.tr("Quotation comparison…"), self)
        self.quotationButton.setObjectName("quotationSheetButton")
        self.approvalButton = QPushButton(self.tr("Approval sheet…"), self)
        self.approvalButton.setObjectName("approvalSheetButton")
        self.cancelButton = QPushButton(self.tr("Cancel purchase…"), self)
        self.cancelButton.setObjectName("cancelPurchaseButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.planButton, self.quotationButton, self.approvalButton, self.cancelButton):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headerLabel)
        layout.addWidget(self.warningLabel)
        layout.addWidget(QLabel(self.tr("Lines:"), self))
        layout.addWidget(self.lineTable, 2)
        layout.addWidget(quotes, 2)
        layout.addWidget(buttons)
        self.addQuoteButton.clicked.connect(lambda: self.add_quote())
        self.chooseButton.clicked.connect(lambda: self.choose())
        self.nameButton.clicked.connect(lambda: self.name_enquirers())
        self.confirmButton.clicked.connect(lambda: self.confirm())
        self.planButton.clicked.connect(lambda: self.plan_sheet())
        self.quotationButton.clicked.connect(lambda: self.quotation_sheet())
        self.approvalButton.clicked.connect(self.approval_sheet)
        self.cancelButton.clicked.connect(lambda: self.cancel())
        self.load()

    def load(self) -> None:
        done, view = attempt(self, self.desk.supply_purchases.purchase, self.user, self.purchase_id)
        if not done:
            return
        self.view = v = view
        self.setWindowTitle(f"{_get(v, 'purchase_no')} {_get(v, 'title')}".strip())
        doc = " ".join(x for x in (v.document_serial, state_text(v.document_state) if v.document_state else "")
                       if x)
        self.headerLabel.setText(self.tr("<b>{no}</b> {title} · {kind} · {department} · {state} · approval: {doc} · "
                                         "estimated {total}").format(
            no=_get(v, "purchase_no"), title=_get(v, "title"), kind=v.kind_label,
            department=_get(v, "department_name"), state=_get(v, "state_label"), doc=doc or "—",
            total=money_text(_get(v, "estimated_total") or 0)))
        warnings = list(_get(v, "warnings") or [])
        self.warningLabel.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warningLabel.setVisible(bool(warnings))
        lines = list(_get(v, "lines") or [])
        fill_table(self.lineTable, [self.tr("Item code"), self.tr("Item name"), self.tr("Specification"), self.tr("Unit of measure"),
                                    self.tr("Quantity"), self.tr("Est. unit price"), self.tr("Amount"),
                                    self.tr("Section"), self.tr("Received")],
                   [[ln.code, ln.name, ln.specification, ln.unit, ln.quantity, money_text(ln.unit_price),
                     money_text(ln.amount), ln.department_name or "", ln.received] for ln in lines],
                   [ln.id for ln in lines], align=("", "", "", "", RIGHT, RIGHT, RIGHT, "", RIGHT), stretch=1)
        quotes = list(_get(v, "quotes") or [])
        fill_table(self.quoteTable, [self.tr("Supplier"), self.tr("Agreement supplier"), self.tr("Quoted total"),
                                     self.tr("Quoted on"), self.tr("Note"), self.tr("Chosen")],
                   [[q.supplier, self.tr("Yes") if q.agreement_supplier else "", money_text(q.total), str(q.quoted_on),
                     q.note, "✓" if q.chosen else ""] for q in quotes], [q.id for q in quotes],
                   align=("", "", RIGHT), stretch=0)
        enquirers = list(_get(v, "enquirers") or [])
        names = "、".join(f"{name}（{self.tr('confirmed') if at else self.tr('not confirmed')}）"
                         for name, at in enquirers)
        self.enquirerLabel.setText(self.tr("Enquirers: {names}").format(names=names or self.tr("none named yet")))
        mine = [at for name, at in enquirers if name == self.user.name]
        self.confirmButton.setVisible(bool(mine) and mine[0] is None)
        reason = _get(v, "choice_reason")
        ref = _get(v, "procurement_ref")
        choice = self.tr("Chosen because: {reason}").format(reason=reason) if reason else ""
        if ref:
            choice += "  " + self.tr("Procurement approval: {ref}").format(ref=ref)
        self.choiceLabel.setText(choice)
        state = _get(v, "state")
        open_for_quotes = state in ("approved", "approving", "draft")
        self.addQuoteButton.setEnabled(open_for_quotes)
        self.chooseButton.setEnabled(open_for_quotes and bool(quotes))
        self.nameButton.setEnabled(open_for_quotes)
        self.cancelButton.setEnabled(state not in ("received", "cancelled"))
        self.approvalButton.setEnabled(_get(v, "document_id") not in ("", None))

    def _after(self, value: Any) -> Any:
        if value is not None and not isinstance(value, QWidget):
            self.load()
            self.changed.emit()
        return value

    def _dialog(self, dialog: QDialog, modal: bool) -> Any:
        dialog.setObjectName(type(dialog).__name__)
        if not modal:
            dialog.accepted.connect(lambda: self._after(True))
        return self._after(run_dialog(dialog, modal))

    def add_quote(self, *, modal: bool = True) -> Any:
        return self._dialog(AddQuoteDialog(self.desk, self.user, self.purchase_id, self), modal)

    def choose(self, *, modal: bool = True) -> Any:
        return self._dialog(ChooseDialog(self.desk, self.user, self.view, self), modal)

    def name_enquirers(self, *, modal: bool = True) -> Any:
        return self._dialog(EnquirersDialog(self.desk, self.user, self.purchase_id, self), modal)

    def cancel(self, *, modal: bool = True) -> Any:
        return self._dialog(CancelDialog(self.desk, self.user, self.purchase_id, self), modal)

    def confirm(self) -> bool:
        """确认询价: the signed-in enquirer confirms they took part (SUPPLY-05)."""
        done, _ = attempt(self, self.desk.supply_purchases.confirm_enquiry, self.user, self.purchase_id)
        self._after(True if done else None)
        return done

    def plan_sheet(self, *, modal: bool = True) -> Any:
        return preview_pdf(self, self.desk.supply_reports.plan_pdf, self.tr("Purchase plan"), "planPreview",
                           self.user, self.purchase_id, modal=modal)

    def quotation_sheet(self, *, modal: bool = True) -> Any:
        return preview_pdf(self, self.desk.supply_reports.quotation_pdf, self.tr("Quotation comparison"),
                           "quotationPreview", self.user, self.purchase_id, modal=modal)

    def approval_sheet(self) -> None:
        from desktop.ui.signing import show_sheet

        doc_id = _get(self.view, "document_id") if self.view is not None else None
        if doc_id:
            show_sheet(self, self.desk, self.user, doc_id)

    def quote_texts(self) -> list[str]:
        return [self.quoteTable.item(r, 0).text() for r in range(self.quoteTable.rowCount())]
