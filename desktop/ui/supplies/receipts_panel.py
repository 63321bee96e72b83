"""入库: the receipts (入库单) and recording one (SUPPLY-08). Goods bought are received against an
ordered purchase: its lines with what is still to come, the quantity received and unit price, each
checked for specification and quality, by a named office person (the checker), with the supplier's
invoice and the store; opening stock is entered item by item. A receipt opened shows its lines and
its 入库单 (PDF); the accountant drafts its voucher there. The service checks everything."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.amount_field import amount_edit
from desktop.ui.assets.asset_terms import amount_of, fill_combo
from desktop.ui.date_field import date_field
from desktop.ui.formatting import money
from desktop.ui.messages import attempt, inform
from desktop.ui.supplies.supply_terms import day_text as _date, field_of as _get, OFFICE_NAME, is_keeper, office_people, quiet
from desktop.ui.tables import RIGHT, fill_table, selected_key, settle_table

__all__ = ["ReceiptsPanel", "ReceiptDialog", "ReceiptViewDialog"]

BOOK_KEEPERS = frozenset({"accountant", "finance_head"})


class ReceiptsPanel(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.keeper = is_keeper(user)
        self.rows: list[Any] = []
        self.newButton = QPushButton(self.tr("Receive an order…"), self)
        self.newButton.setObjectName("newReceiptButton")
        self.openingButton = QPushButton(self.tr("Opening stock…"), self)
        self.openingButton.setObjectName("openingButton")
        self.openButton = QPushButton(self.tr("Open / print…"), self)
        self.openButton.setObjectName("openReceiptButton")
        self.refreshButton = QPushButton(self.tr("Refresh"), self)
        for button in (self.newButton, self.openingButton):
            button.setVisible(not user.is_admin and (self.keeper or self._in_office()))
        self.awaitingLabel = QLabel(self)
        self.awaitingLabel.setObjectName("awaitingLabel")
        top = QHBoxLayout()
        for button in (self.newButton, self.openingButton, self.openButton, self.refreshButton):
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.awaitingLabel)
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setVisible(False)
        self.table = QTableWidget(self)
        self.table.setObjectName("receiptTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.itemSelectionChanged.connect(lambda: self.openButton.setEnabled(self.selected() is not None))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.table, 1)
        self.newButton.clicked.connect(lambda: self.new_receipt(opening=False))
        self.openingButton.clicked.connect(lambda: self.new_receipt(opening=True))
        self.openButton.clicked.connect(self.open_selected)
        self.refreshButton.clicked.connect(self.refresh)
        self.openButton.setEnabled(False)

    def _in_office(self) -> bool:
        return any(d.id == self.user.department_id and d.name == OFFICE_NAME
                   for d in self.desk.org.departments(self.user))

    def refresh(self) -> None:
        found = quiet(self.messageLabel, self.desk.supply_receipts.receipts, self.user, limit=200)
        if found is None:
            return
        self.rows, total = found
        keep = self.selected()
        cells = [[_get(r, "receipt_no"), self._kind(_get(r, "kind")), _get(r, "purchase_no"),
                  _date(_get(r, "received_on")), _get(r, "supplier"), _get(r, "invoice_no"),
                  money(_get(r, "total", None)), _get(r, "checker_name"), _get(r, "voucher_no")] for r in self.rows]
        fill_table(self.table, [self.tr("Receipt no."), self.tr("Kind"), self.tr("Purchase"), self.tr("Received on"),
                                self.tr("Supplier"), self.tr("Invoice no."), self.tr("Amount"), self.tr("Checked by"),
                                self.tr("Voucher")],
                   cells, keys=[r.id for r in self.rows], align=["", "", "", "", "", "", RIGHT], stretch=4, keep=keep)
        if BOOK_KEEPERS & set(self.user.positions):
            waiting = quiet(None, self.desk.supply_receipts.awaiting_vouchers, self.user) or []
            self.awaitingLabel.setText(self.tr("{n} receipt(s) await a voucher").format(n=len(waiting))
                                       if waiting else "")

    def _kind(self, code: str) -> str:
        return {"purchase": self.tr("Bought"), "opening": self.tr("Opening stock")}.get(code, code)

    def selected(self) -> int | None:
        return selected_key(self.table)

    def new_receipt(self, *, opening: bool) -> None:
        dialog = ReceiptDialog(self.desk, self.user, opening=opening, parent=self)
        dialog.setObjectName("ReceiptDialog")
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.refresh()
            self.changed.emit()

    def open_selected(self) -> None:
        receipt_id = self.selected()
        if receipt_id is None:
            return
        dialog = ReceiptViewDialog(self.desk, self.user, receipt_id, self)
        dialog.setObjectName("ReceiptViewDialog")
        dialog.exec()
        dialog.deleteLater()
        if dialog.touched:
            self.refresh()
            self.changed.emit()


class ReceiptDialog(QDialog):
    """One receipt: against an ordered purchase (``opening`` False) or opening stock. OK runs
    ``desk.supply_receipts.receive``; ``receipt_id`` holds the new receipt."""

    def __init__(self, desk: Desk, user: SignedIn, *, opening: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user, self.opening = desk, user, opening
        self.receipt_id: int | None = None
        self.lines: list[Any] = []  # purchase lines (purchase) or None per row (opening)
        self.setWindowTitle(self.tr("Opening stock") if opening else self.tr("Receive goods ordered"))
        self.orderBox = QComboBox(self)
        self.orderBox.setObjectName("orderBox")
        self.locationBox = QComboBox(self)
        self.locationBox.setObjectName("locationBox")
        self.dateEdit = date_field(self)
        self.dateEdit.setObjectName("receivedOnEdit")
        self.checkerBox = QComboBox(self)
        self.checkerBox.setObjectName("checkerBox")
        self.supplierEdit = QLineEdit(self)
        self.supplierEdit.setObjectName("supplierEdit")
        self.supplierEdit.setMaxLength(100)
        self.invoiceEdit = QLineEdit(self)
        self.invoiceEdit.setObjectName("invoiceEdit")
        self.invoiceEdit.setMaxLength(40)
        self.noteEdit = QLineEdit(self)
        self.noteEdit.setObjectName("noteEdit")
        self.noteEdit.setMaxLength(200)
        self.table = QTableWidget(self)
        self.table.setObjectName("lineTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.addButton = QPushButton(self.tr("Add a line"), self)
        self.addButton.setObjectName("addLineButton")
        self.removeButton = QPushButton(self.tr("Remove the line"), self)
        self.removeButton.setObjectName("removeLineButton")
        self.totalLabel = QLabel(self)
        self.totalLabel.setObjectName("totalLabel")
        form = QFormLayout()
        if not opening:
            form.addRow(self.tr("Purchase ordered:"), self.orderBox)
        form.addRow(self.tr("Store:"), self.locationBox)
        form.addRow(self.tr("Received on:"), self.dateEdit)
        form.addRow(self.tr("Checked by (office) [SUPPLY-08]:"), self.checkerBox)
        if not opening:
            form.addRow(self.tr("Supplier:"), self.supplierEdit)
            form.addRow(self.tr("Invoice no.:"), self.invoiceEdit)
        form.addRow(self.tr("Note:"), self.noteEdit)
        lines = QHBoxLayout()
        lines.addWidget(self.addButton)
        lines.addWidget(self.removeButton)
        lines.addStretch(1)
        lines.addWidget(self.totalLabel)
        self.addButton.setVisible(opening)
        self.removeButton.setVisible(opening)
        for widget in (self.orderBox, self.supplierEdit, self.invoiceEdit):
            widget.setVisible(not opening)  # not in the form of opening stock
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                          self)
        self.buttonBox.accepted.connect(self.save)
        self.buttonBox.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(lines)
        layout.addWidget(self.buttonBox)
        self.resize(1180, 620)
        self._items: list[Any] = []
        self._people = self.desk.org.staff(self.user)
        self._load_choices()
        self.addButton.clicked.connect(lambda: self.add_line())
        self.removeButton.clicked.connect(self.remove_line)
        self.orderBox.currentIndexChanged.connect(lambda _i: self.show_order())
        if opening:
            self._headers()
            self.add_line()
        else:
            self.show_order()

    def _load_choices(self) -> None:
        locations = quiet(None, self.desk.supplies.locations, self.user) or []
        fill_combo(self.locationBox, [(loc.name, loc.id) for loc in locations if loc.active])
        office = office_people(self.desk, self.user)
        fill_combo(self.checkerBox, [(p.name, p.id) for p in office], blank=self.tr("(choose)"),
                   current=self.user.staff_id if any(p.id == self.user.staff_id for p in office) else None)
        if self.opening:
            found = quiet(None, self.desk.supplies.items, self.user) or ([], 0)
            self._items = list(found[0])
        else:
            orders = quiet(None, self.desk.supply_purchases.orders_to_receive, self.user) or []
            fill_combo(self.orderBox, [(f"{o.purchase_no}  {o.title}  {o.chosen_supplier or ''}".strip(), o.id)
                                       for o in orders], blank=self.tr("(choose the purchase)"))
            self._orders = {o.id: o for o in orders}

    def _headers(self) -> None:
        headers = [self.tr("Item name"), self.tr("Specification"), self.tr("Unit of measure"), self.tr("Ordered"),
                   self.tr("Received before"), self.tr("Still to come"), self.tr("Received now"),
                   self.tr("Unit price"), self.tr("Spec. as ordered"), self.tr("Quality good"),
                   self.tr("User (if a fixed asset)")]
        if self.opening:
            headers = [self.tr("Item name"), self.tr("Quantity"), self.tr("Unit price")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)

    def select_order(self, purchase_id: int) -> None:
        self.orderBox.setCurrentIndex(max(0, self.orderBox.findData(purchase_id)))

    def show_order(self) -> None:
        """The ordered purchase's lines with what is still to come (the default received now)."""
        self._headers()
        self.table.setRowCount(0)
        self.lines = []
        purchase_id = self.orderBox.currentData()
        if purchase_id is None:
            self._total()
            return
        done, purchase = attempt(self, self.desk.supply_purchases.purchase, self.user, purchase_id)
        if not done:
            return
        order = self._orders.get(purchase_id)
        if order is not None and order.chosen_supplier and not self.supplierEdit.text():
            self.supplierEdit.setText(order.chosen_supplier)
        for line in purchase.lines:
            remaining = max(0, line.quantity - (line.received or 0))
            r = self.table.rowCount()
            self.table.insertRow(r)
            self.lines.append(line)
            for c, text in enumerate((line.name, line.specification, line.unit, line.quantity, line.received or 0,
                                      remaining)):
                self._text(r, c, text, right=c >= 3)
            spin = self._spin(remaining)
            self.table.setCellWidget(r, 6, spin)
            price = amount_edit(money(line.unit_price), name="priceEdit")
            price.textChanged.connect(lambda _t: self._total())
            self.table.setCellWidget(r, 7, price)
            for c in (8, 9):
                check = QCheckBox(self)
                check.setChecked(True)
                self.table.setCellWidget(r, c, check)
            users = QComboBox(self)
            fill_combo(users, [(p.name, p.id) for p in self._people], blank=self.tr("(none)"))
            self.table.setCellWidget(r, 10, users)
        self._settle()
        self._total()

    def _text(self, r: int, c: int, text: Any, *, right: bool = False) -> None:
        item = QTableWidgetItem("" if text is None else str(text))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(r, c, item)

    def _spin(self, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(0, 1_000_000)
        spin.setValue(value)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.valueChanged.connect(lambda _v: self._total())
        return spin

    def _settle(self) -> None:
        self.table.resizeColumnsToContents()
        settle_table(self.table)
        for c in range(self.table.columnCount()):
            if self.table.columnWidth(c) < 90 and self.table.cellWidget(0, c) is not None:
                self.table.setColumnWidth(c, 110)
        if self.table.columnWidth(0) < 220:
            self.table.setColumnWidth(0, 220)

    def add_line(self, item_id: int | None = None, quantity: int = 1, unit_price: str = "") -> None:
        """Opening stock: one more line (item, quantity, unit price)."""
        r = self.table.rowCount()
        self.table.insertRow(r)
        box = QComboBox(self)
        fill_combo(box, [(f"{i.code} {i.name} {i.specification}".strip(), i.id) for i in self._items],
                   blank=self.tr("(choose)"), current=item_id)
        self.table.setCellWidget(r, 0, box)
        self.table.setCellWidget(r, 1, self._spin(quantity))
        price = amount_edit(unit_price, name="priceEdit")
        price.textChanged.connect(lambda _t: self._total())
        self.table.setCellWidget(r, 2, price)
        self.lines.append(None)
        self._settle()
        self.table.setColumnWidth(0, 360)
        self._total()

    def remove_line(self) -> None:
        r = self.table.currentRow()
        if r < 0 and self.table.rowCount():
            r = self.table.rowCount() - 1
        if r >= 0:
            self.table.removeRow(r)
            del self.lines[r]
            self._total()

    def _quantity_price(self, r: int) -> tuple[int, Decimal | None, str]:
        q_col, p_col = (1, 2) if self.opening else (6, 7)
        quantity = self.table.cellWidget(r, q_col).value()
        text = self.table.cellWidget(r, p_col).text()
        return quantity, amount_of(text), text.strip()

    def _total(self) -> None:
        total = Decimal("0")
        for r in range(self.table.rowCount()):
            quantity, price, _t = self._quantity_price(r)
            total += quantity * (price or Decimal("0"))
        self.totalLabel.setText(self.tr("Total: ¥{total}").format(total=money(total)))

    def fields(self) -> dict[str, Any]:
        lines = []
        for r in range(self.table.rowCount()):
            quantity, price, typed = self._quantity_price(r)
            line: dict[str, Any] = {"quantity": quantity, "unit_price": price if price is not None else typed}
            if self.opening:
                line["item_id"] = self.table.cellWidget(r, 0).currentData()
            else:
                if quantity == 0:
                    continue  # not delivered this time
                source = self.lines[r]
                line.update(item_id=source.item_id, purchase_line_id=source.id,
                            spec_ok=self.table.cellWidget(r, 8).isChecked(),
                            quality_ok=self.table.cellWidget(r, 9).isChecked(),
                            user_id=self.table.cellWidget(r, 10).currentData())
            lines.append(line)
        out: dict[str, Any] = {"kind": "opening" if self.opening else "purchase",
                               "location_id": self.locationBox.currentData(), "received_on": self.dateEdit.value(),
                               "checker_id": self.checkerBox.currentData(), "note": self.noteEdit.text().strip(),
                               "lines": lines}
        if not self.opening:
            out.update(purchase_id=self.orderBox.currentData(), supplier=self.supplierEdit.text().strip(),
                       invoice_no=self.invoiceEdit.text().strip())
        return out

    def save(self) -> None:
        done, receipt_id = attempt(self, self.desk.supply_receipts.receive, self.user, self.fields())
        if done:
            self.receipt_id = receipt_id
            self.accept()


class ReceiptViewDialog(QDialog):
    """A receipt: its header and lines; 入库单 (PDF) to preview, print or save; the accountant drafts
    its voucher (entering 库存物品 against the payable or the bank)."""

    def __init__(self, desk: Desk, user: SignedIn, receipt_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user, self.receipt_id = desk, user, receipt_id
        self.touched = False
        self.setWindowTitle(self.tr("Receipt"))
        self.headLabel = QLabel(self)
        self.headLabel.setObjectName("headLabel")
        self.headLabel.setWordWrap(True)
        self.headLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(self)
        self.table.setObjectName("lineTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pdfButton = QPushButton(self.tr("Receipt sheet (PDF)…"), self)
        self.pdfButton.setObjectName("pdfButton")
        self.voucherButton = QPushButton(self.tr("Draft the voucher"), self)
        self.voucherButton.setObjectName("voucherButton")
        self.voucherButton.setVisible(bool(BOOK_KEEPERS & set(user.positions)) and not user.is_admin)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdfButton)
        buttons.addWidget(self.voucherButton)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headLabel)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(1000, 520)
        self.pdfButton.clicked.connect(self.show_pdf)
        self.voucherButton.clicked.connect(self.draft_voucher)
        self.refresh()

    def refresh(self) -> None:
        done, view = attempt(self, self.desk.supply_receipts.receipt, self.user, self.receipt_id)
        if not done:
            return
        self.view = view
        self.setWindowTitle(self.tr("Receipt {no}").format(no=view.receipt_no))
        self.headLabel.setText(self.tr(
            "<b>{no}</b> · received {on} into {store} · checked by {checker}<br>purchase {purchase} · supplier "
            "{supplier} · invoice {invoice} · total ¥{total} · voucher {voucher} · claim {claim}").format(
            no=view.receipt_no, on=_date(view.received_on), store=view.location_name, checker=view.checker_name,
            purchase=view.purchase_no or "—", supplier=view.supplier or "—", invoice=view.invoice_no or "—",
            total=money(view.total), voucher=view.voucher_no or "—", claim=view.claim_serial or "—"))
        yes, no = self.tr("Yes"), self.tr("No")
        cells = [[_get(line, "code"), _get(line, "name"), _get(line, "specification"), _get(line, "unit"),
                  line.quantity, money(line.unit_price), money(line.amount), yes if line.spec_ok else no,
                  yes if line.quality_ok else no, _get(line, "asset_card_no")] for line in view.lines]
        fill_table(self.table, [self.tr("Item code"), self.tr("Item name"), self.tr("Specification"), self.tr("Unit of measure"),
                                self.tr("Quantity"), self.tr("Unit price"), self.tr("Amount"),
                                self.tr("Spec. as ordered"), self.tr("Quality good"), self.tr("Asset card")],
                   cells, align=["", "", "", "", RIGHT, RIGHT, RIGHT], stretch=1)
        self.voucherButton.setEnabled(not view.voucher_no)

    def show_pdf(self) -> None:
        from desktop.ui.pdf_preview import PdfPreviewDialog

        done, data = attempt(self, self.desk.supply_reports.receipt_pdf, self.user, self.receipt_id)
        if not done:
            return
        dialog = PdfPreviewDialog(data, self.tr("Receipt {no}").format(no=self.view.receipt_no), self)
        dialog.setObjectName("ReceiptPdfDialog")
        dialog.exec()
        dialog.deleteLater()

    def draft_voucher(self) -> None:
        done, _voucher_id = attempt(self, self.desk.supply_receipts.draft_voucher, self.user, self.receipt_id)
        if done:
            self.touched = True
            self.refresh()
            inform(self, self.tr("Voucher"), self.tr("The voucher is drafted: {no}").format(no=self.view.voucher_no))
