"""报销单 entry: the purpose (用途, VOUCH-05), the budget line with what is left on it (VOUCH-21), the
payee, the procurement and routine flags (VOUCH-17), the invoice lines typed like a voucher grid
(Tab or Enter to the next cell, a new row after the last), each with its scan's SHA-256, the other
attachments by type (VOUCH-04), the total in figures and 大写 computed from the same sum (VOUCH-01,
VOUCH-CP1), and the advance it settles with 原借款/应退/应补. 检查 asks the service for every problem;
保存 stores a draft; 保存并提交 stores and submits in one call with the signing passphrase."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.finance.balances import settle_advance
from desktop.domain.money import MoneyError, parse_amount, to_chinese_upper
from desktop.services.base import Refused, SignedIn
from desktop.services.books import shipped_economic_classes
from desktop.services.claims import ATTACHMENT_KINDS, AdvanceView, BudgetLineView
from desktop.services.desk import Desk
from desktop.ui.amount_field import amount_columns
from desktop.ui.formatting import money
from desktop.ui.messages import attempt
from desktop.ui.record_form import problems_html
from desktop.ui.signing import create_and_submit

__all__ = ["ClaimDialog", "InvoiceTable", "yuan", "budget_text", "INVOICE_KEYS"]

ZERO = Decimal("0.00")
INVOICE_KEYS = ("category", "code", "number", "date", "issuer", "amount")
AMOUNT, SCAN = 5, 6
ERROR_BRUSH = QBrush(QColor("#fde2e1"))


def yuan(value: Decimal | None) -> str:
    """``¥1,234.50`` (negative as ``-¥…``)."""
    if value is None:
        return "—"
    return ("-¥" if value < 0 else "¥") + money(abs(value))


def budget_text(line: BudgetLineView) -> str:
    """``code name（project）`` as the pickers show a budget line."""
    return f"{line.code} {line.name}" + (f"（{line.project}）" if line.project else "")


class InvoiceTable(QTableWidget):
    """The invoice lines: typing starts editing; Tab or Enter commits and goes to the next cell, and
    past the last cell of the last row a new row starts (the voucher-entry habit)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(INVOICE_KEYS) + 1, parent)
        self.setObjectName("invoiceTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setTabKeyNavigation(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.verticalHeader().setDefaultSectionSize(26)
        self.setMinimumHeight(150)

    def add_row(self, values: dict[str, str] | None = None) -> int:
        r = self.rowCount()
        self.insertRow(r)
        for c, key in enumerate(INVOICE_KEYS):
            item = QTableWidgetItem((values or {}).get(key, ""))
            if c == AMOUNT:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(r, c, item)
        scan = QTableWidgetItem("")
        scan.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)  # set by 附扫描件, not typed
        self.setItem(r, SCAN, scan)
        return r

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter goes on, as Tab does
            hint = QAbstractItemDelegate.EndEditHint.EditNextItem
        if hint == QAbstractItemDelegate.EndEditHint.EditNextItem:
            index = self.currentIndex()
            if index.column() >= AMOUNT:  # the scan is attached, not typed: on to the next row's first cell
                if index.row() == self.rowCount() - 1:
                    self.add_row()
                super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self.setCurrentCell(index.row() + 1, 0)
                self.editItem(self.item(index.row() + 1, 0))
                return
        super().closeEditor(editor, hint)

    def text(self, r: int, c: int) -> str:
        item = self.item(r, c)
        return item.text().strip() if item else ""

    def filled_rows(self) -> list[int]:
        return [r for r in range(self.rowCount()) if any(self.text(r, c) for c in range(len(INVOICE_KEYS)))]


class ClaimDialog(QDialog):
    """A new expense claim (报销单) by the signed-in person."""

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.document_id: int | None = None
        self.files: dict[str, bytes] = {}  # file name → content, for the invoice scans and attachments
        self.scan_of: dict[int, str] = {}  # invoice row → file name (rows are renumbered on removal)
        self.setWindowTitle(self.tr("New expense claim"))
        self.resize(1060, 800)
        self.year = date.today().year
        self.lines = self._budget_lines()
        self.advances = self._advances()
        self.contract_threshold = self._threshold()

        # Who, what for, which budget ------------------------------------------------------------------
        head = QGroupBox(self.tr("Claim details"))
        form = QGridLayout(head)
        self.purposeEdit = QLineEdit()
        self.purposeEdit.setObjectName("purposeEdit")
        self.purposeEdit.setPlaceholderText(self.tr("Required: what the money was spent on (VOUCH-05)"))
        self.titleEdit = QLineEdit()
        self.titleEdit.setObjectName("titleEdit")
        self.titleEdit.setPlaceholderText(self.tr("Taken from the purpose when left empty"))
        self.departmentLabel = QLabel(self._department_name())
        self.departmentLabel.setObjectName("departmentLabel")
        self.classCombo = QComboBox()
        self.classCombo.setObjectName("classCombo")
        self.classCombo.addItem(self.tr("(choose)"), "")
        for c in shipped_economic_classes():
            if c.code.startswith("302") or c.code.startswith("310"):
                self.classCombo.addItem(f"{c.code} {c.name}" + (" · 公务卡" if c.official_card else ""), c.code)
        self.budgetCombo = QComboBox()
        self.budgetCombo.setObjectName("budgetCombo")
        self.budgetCombo.addItem(self.tr("(by the economic class)"), None)
        for ln in self.lines:
            if ln.active:
                self.budgetCombo.addItem(budget_text(ln) + (" ［专项］" if ln.special else ""), ln.id)
        self.budgetLabel = QLabel()
        self.budgetLabel.setObjectName("budgetLabel")
        self.budgetLabel.setWordWrap(True)
        self.payeeEdit = QLineEdit(user.name)
        self.payeeEdit.setObjectName("payeeEdit")
        self.bankEdit = QLineEdit()
        self.bankEdit.setObjectName("bankEdit")
        self.accountEdit = QLineEdit()
        self.accountEdit.setObjectName("accountEdit")
        self.procurementCheck = QCheckBox(self.tr("Government procurement"))
        self.procurementCheck.setObjectName("procurementCheck")
        self.routineCheck = QCheckBox(self.tr("Routine office spending"))
        self.routineCheck.setObjectName("routineCheck")
        self.routineCheck.setChecked(True)
        self.contractLabel = QLabel()
        self.contractLabel.setObjectName("contractLabel")
        rows = ((self.tr("Purpose (required):"), self.purposeEdit, self.tr("Title:"), self.titleEdit),
                (self.tr("Department:"), self.departmentLabel, self.tr("Economic class:"), self.classCombo),
                (self.tr("Budget line:"), self.budgetCombo, "", self.budgetLabel),
                (self.tr("Payee:"), self.payeeEdit, self.tr("Bank:"), self.bankEdit),
                (self.tr("Account no.:"), self.accountEdit, "", None))
        for r, (l1, w1, l2, w2) in enumerate(rows):
            form.addWidget(QLabel(l1), r, 0)
            form.addWidget(w1, r, 1)
            if w2 is not None:
                form.addWidget(QLabel(l2), r, 2)
                form.addWidget(w2, r, 3)
        flags = QHBoxLayout()
        flags.addWidget(self.procurementCheck)
        flags.addWidget(self.routineCheck)
        flags.addWidget(self.contractLabel, 1)
        form.addLayout(flags, len(rows), 0, 1, 4)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)

        # Invoices -------------------------------------------------------------------------------------
        box = QGroupBox(self.tr("Invoices"))
        inv = QVBoxLayout(box)
        self.invoiceTable = InvoiceTable()
        amount_columns(self.invoiceTable, [AMOUNT])  # letters refused while typing (issue 12 item 9)
        self.invoiceTable.setHorizontalHeaderLabels([
            self.tr("Category"), self.tr("Invoice code"), self.tr("Invoice no."), self.tr("Date"),
            self.tr("Issuer"), self.tr("Amount"), self.tr("Scan (SHA-256)")])
        header = self.invoiceTable.horizontalHeader()
        for c, width in enumerate((110, 120, 110, 100, 0, 110, 150)):
            if width:
                self.invoiceTable.setColumnWidth(c, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.invoiceTable.add_row()
        self.addRowButton = QPushButton(self.tr("Add a row"))
        self.addRowButton.setObjectName("addRowButton")
        self.removeRowButton = QPushButton(self.tr("Remove the row"))
        self.removeRowButton.setObjectName("removeRowButton")
        self.scanButton = QPushButton(self.tr("Attach scan…"))
        self.scanButton.setObjectName("scanButton")
        for b in (self.addRowButton, self.removeRowButton, self.scanButton):
            b.setAutoDefault(False)
        inv_buttons = QHBoxLayout()
        inv_buttons.addWidget(self.addRowButton)
        inv_buttons.addWidget(self.removeRowButton)
        inv_buttons.addWidget(self.scanButton)
        inv_buttons.addStretch(1)
        inv.addWidget(self.invoiceTable)
        inv.addLayout(inv_buttons)
        self.totalLabel = QLabel()
        self.totalLabel.setObjectName("totalLabel")
        self.totalLabel.setTextFormat(Qt.TextFormat.RichText)
        self.totalLabel.setStyleSheet("font-size: 15px;")
        inv.addWidget(self.totalLabel)

        # Attachments and the advance ------------------------------------------------------------------
        lower = QHBoxLayout()
        att_box = QGroupBox(self.tr("Attachments by type"))
        att = QVBoxLayout(att_box)
        self.attachmentTable = QTableWidget(0, 3)
        self.attachmentTable.setObjectName("attachmentTable")
        self.attachmentTable.setHorizontalHeaderLabels([self.tr("Type"), self.tr("File"), self.tr("SHA-256")])
        self.attachmentTable.horizontalHeader().setStretchLastSection(True)
        self.attachmentTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachmentTable.verticalHeader().setVisible(False)
        self.attachmentTable.setMaximumHeight(120)
        self.kindCombo = QComboBox()
        self.kindCombo.setObjectName("kindCombo")
        for key, label in ATTACHMENT_KINDS.items():
            if key != "invoice":
                self.kindCombo.addItem(label, key)
        self.attachButton = QPushButton(self.tr("Attach file…"))
        self.attachButton.setObjectName("attachButton")
        self.detachButton = QPushButton(self.tr("Remove"))
        self.detachButton.setObjectName("detachButton")
        for b in (self.attachButton, self.detachButton):
            b.setAutoDefault(False)
        att_row = QHBoxLayout()
        att_row.addWidget(self.kindCombo)
        att_row.addWidget(self.attachButton)
        att_row.addWidget(self.detachButton)
        att_row.addStretch(1)
        att.addWidget(self.attachmentTable)
        att.addLayout(att_row)
        adv_box = QGroupBox(self.tr("Advance settled by this claim"))
        adv = QFormLayout(adv_box)
        self.advanceCombo = QComboBox()
        self.advanceCombo.setObjectName("advanceCombo")
        self.advanceCombo.addItem(self.tr("(none)"), None)
        for a in self.advances:
            self.advanceCombo.addItem(f"{a.serial or '#' + str(a.document_id)} {a.title} {yuan(a.amount)}", a.document_id)
        self.advanceLabel = QLabel()
        self.advanceLabel.setObjectName("advanceLabel")
        self.advanceLabel.setTextFormat(Qt.TextFormat.RichText)
        adv.addRow(self.tr("Advance:"), self.advanceCombo)
        adv.addRow("", self.advanceLabel)
        lower.addWidget(att_box, 3)
        lower.addWidget(adv_box, 2)

        self.problemsLabel = QLabel()
        self.problemsLabel.setObjectName("problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.checkButton = QPushButton(self.tr("Check against the rules"))
        self.checkButton.setObjectName("checkButton")
        self.saveButton = QPushButton(self.tr("Save"))
        self.saveButton.setObjectName("saveButton")
        self.submitButton = QPushButton(self.tr("Save and submit…"))
        self.submitButton.setObjectName("submitButton")
        self.cancelButton = QPushButton(self.tr("Cancel"))
        self.cancelButton.setObjectName("cancelButton")
        for b in (self.checkButton, self.saveButton, self.submitButton, self.cancelButton):
            b.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.checkButton)
        buttons.addStretch(1)
        buttons.addWidget(self.saveButton)
        buttons.addWidget(self.submitButton)
        buttons.addWidget(self.cancelButton)

        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(box, 1)
        layout.addLayout(lower)
        layout.addWidget(self.problemsLabel)
        layout.addLayout(buttons)

        self.invoiceTable.itemChanged.connect(lambda _item: self._amounts_changed())
        self.addRowButton.clicked.connect(self._add_row)
        self.removeRowButton.clicked.connect(self._remove_row)
        self.scanButton.clicked.connect(self.attach_scan)
        self.attachButton.clicked.connect(self.attach_file)
        self.detachButton.clicked.connect(self._detach)
        self.budgetCombo.currentIndexChanged.connect(self._budget_changed)
        self.classCombo.currentIndexChanged.connect(lambda _i: self._show_budget())
        self.advanceCombo.currentIndexChanged.connect(lambda _i: self._show_advance())
        self.procurementCheck.toggled.connect(lambda _on: self._show_contract())
        self.routineCheck.toggled.connect(lambda _on: self._show_contract())
        self.checkButton.clicked.connect(self.run_check)
        self.saveButton.clicked.connect(self.save)
        self.submitButton.clicked.connect(self.save_and_submit)
        self.cancelButton.clicked.connect(self.reject)
        self._amounts_changed()
        self.purposeEdit.setFocus()

    # Reading what the services offer --------------------------------------------------------------------
    def _budget_lines(self) -> list[BudgetLineView]:
        try:  # the lines this claimant may charge (their section's and the bureau's), with what remains
            return self.desk.claims.claimable_budget_lines(self.user, self.year)
        except Refused:
            return []

    def _advances(self) -> list[AdvanceView]:
        try:
            return [a for a in self.desk.claims.advances(self.user, states=["issued"])
                    if a.borrower_id == self.user.staff_id]
        except Refused:
            return []

    def _threshold(self) -> Decimal:
        try:
            return Decimal(self.desk.books.settings(self.user).contract_threshold)
        except Refused:
            return Decimal("3000.00")

    def _department_name(self) -> str:
        names = {d.id: d.name for d in self.desk.org.departments(self.user, include_inactive=True)}
        return names.get(self.user.department_id, "—")

    # Figures ----------------------------------------------------------------------------------------------
    def total(self) -> Decimal | None:
        """The invoices' sum, or None while an amount cannot be read."""
        t, ok = ZERO, True
        table = self.invoiceTable
        table.blockSignals(True)
        for r in range(table.rowCount()):
            item = table.item(r, AMOUNT)
            text = item.text().strip() if item else ""
            bad = False
            if text:
                try:
                    t += parse_amount(text)
                except MoneyError:
                    bad, ok = True, False
            if item is not None:
                item.setBackground(ERROR_BRUSH if bad else QBrush())
                item.setToolTip(self.tr("Not an amount: write digits with at most two decimals") if bad else "")
        table.blockSignals(False)
        return t if ok else None

    def _amounts_changed(self) -> None:
        total = self.total()
        if total is None:
            self.totalLabel.setText(self.tr("Total: <span style='color:#b42318'>an amount cannot be read</span>"))
        else:  # the figures and the capitals come from the same Decimal: they cannot disagree (VOUCH-01)
            self.totalLabel.setText(self.tr("Total: <b>{figures}</b>　In words: <b>人民币{upper}</b>").format(
                figures=yuan(total), upper=to_chinese_upper(total)))
        self._show_budget()
        self._show_advance()
        self._show_contract()

    def selected_line(self) -> BudgetLineView | None:
        line_id = self.budgetCombo.currentData()
        if line_id is None:
            code = self.classCombo.currentData()
            found = [ln for ln in self.lines if ln.active and not ln.special and ln.economic_class == code]
            return found[0] if len(found) == 1 else None
        return next((ln for ln in self.lines if ln.id == line_id), None)

    def _budget_changed(self) -> None:
        line = next((ln for ln in self.lines if ln.id == self.budgetCombo.currentData()), None)
        if line is not None:
            i = self.classCombo.findData(line.economic_class)
            if i >= 0:
                self.classCombo.setCurrentIndex(i)
        self._show_budget()

    def _show_budget(self) -> None:
        line = self.selected_line()
        if line is None:
            self.budgetLabel.setText(self.tr("Press “Check against the rules” to see what remains.") if not self.lines else
                                     self.tr("No single budget line of this class: choose one."))
            self.budgetLabel.setStyleSheet("color:#555")
            return
        total = self.total() or ZERO
        after = line.remaining - total
        self.budgetLabel.setText(self.tr("{line}: approved {approved} · spent {spent} · committed {committed} · "
                                         "remaining {remaining} → after this claim {after}").format(
            line=line.code, approved=yuan(line.approved), spent=yuan(line.spent), committed=yuan(line.committed),
            remaining=yuan(line.remaining), after=yuan(after)))
        self.budgetLabel.setStyleSheet("color:#b42318" if after < 0 else "color:#1a5e20")

    def selected_advance(self) -> AdvanceView | None:
        return next((a for a in self.advances if a.document_id == self.advanceCombo.currentData()), None)

    def _show_advance(self) -> None:
        adv = self.selected_advance()
        if adv is None:
            self.advanceLabel.setText("")
            return
        s = settle_advance(adv.amount, self.total() or ZERO)
        self.advanceLabel.setText(self.tr("Advanced <b>{advanced}</b>　to return <b>{returned}</b>　to pay <b>{extra}</b>").format(
            advanced=yuan(adv.amount), returned=yuan(s.returned), extra=yuan(s.paid_extra)))

    def _show_contract(self) -> None:
        threshold = self.contract_threshold
        total = self.total() or ZERO
        kinds = {self.attachmentTable.item(r, 0).data(Qt.ItemDataRole.UserRole)
                 for r in range(self.attachmentTable.rowCount())}
        need = self.procurementCheck.isChecked() or (not self.routineCheck.isChecked() and total >= threshold)
        if need and "contract" not in kinds:
            self.contractLabel.setText(self.tr("A written contract must be attached [VOUCH-17]"))
            self.contractLabel.setStyleSheet("color:#b42318")
        else:
            self.contractLabel.setText("")

    # Rows, scans and attachments -----------------------------------------------------------------------------
    def _add_row(self) -> None:
        r = self.invoiceTable.add_row()
        self.invoiceTable.setCurrentCell(r, 0)
        self.invoiceTable.setFocus()

    def _remove_row(self) -> None:
        table = self.invoiceTable
        r = table.currentRow()
        if r < 0:
            r = table.rowCount() - 1
        if r < 0:
            return
        self.scan_of = {(k if k < r else k - 1): v for k, v in self.scan_of.items() if k != r}
        table.removeRow(r)
        if table.rowCount() == 0:
            table.add_row()
        self._amounts_changed()

    def _keep_file(self, path: str) -> tuple[str, str]:
        """Read a chosen file; returns (name it is stored under, SHA-256)."""
        content = Path(path).read_bytes()
        name = Path(path).name
        if name in self.files and self.files[name] != content:
            n = 2
            while f"{n}-{name}" in self.files and self.files[f"{n}-{name}"] != content:
                n += 1
            name = f"{n}-{name}"
        self.files[name] = content
        return name, hashlib.sha256(content).hexdigest()

    def attach_scan(self) -> None:
        """附扫描件 for the current invoice row."""
        r = self.invoiceTable.currentRow()
        if r < 0:
            r = 0
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Scan of invoice {n}").format(n=r + 1), "",
                                              self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.ofd);;All files (*)"))
        if not path:
            return
        try:
            name, sha = self._keep_file(path)
        except OSError as exc:
            self.problemsLabel.setText(f"<span style='color:#b42318'>{exc}</span>")
            return
        self.scan_of[r] = name
        item = self.invoiceTable.item(r, SCAN)
        item.setText(sha[:12])
        item.setToolTip(f"{name}\nSHA-256 {sha}")

    def attach_file(self) -> None:
        """An attachment of the chosen type (合同, 情况说明 …), VOUCH-04."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attachment: {kind}").format(
            kind=self.kindCombo.currentText()), "", self.tr("All files (*)"))
        if not path:
            return
        try:
            name, sha = self._keep_file(path)
        except OSError as exc:
            self.problemsLabel.setText(f"<span style='color:#b42318'>{exc}</span>")
            return
        t = self.attachmentTable
        r = t.rowCount()
        t.insertRow(r)
        kind = QTableWidgetItem(self.kindCombo.currentText())
        kind.setData(Qt.ItemDataRole.UserRole, self.kindCombo.currentData())
        t.setItem(r, 0, kind)
        t.setItem(r, 1, QTableWidgetItem(name))
        shown = QTableWidgetItem(sha[:12])
        shown.setToolTip(sha)
        t.setItem(r, 2, shown)
        t.resizeColumnToContents(1)
        self._show_contract()

    def _detach(self) -> None:
        r = self.attachmentTable.currentRow()
        if r >= 0:
            self.attachmentTable.removeRow(r)
            self._show_contract()

    # The record and the actions ---------------------------------------------------------------------------------
    def record(self) -> dict:
        t = self.invoiceTable
        invoices = []
        for r in t.filled_rows():
            row = {key: t.text(r, c) for c, key in enumerate(INVOICE_KEYS)}
            if not row["category"] and self.classCombo.currentData():
                row["category"] = self.classCombo.currentText().split(" ")[1]
            if r in self.scan_of:
                row["file"] = self.scan_of[r]
            invoices.append(row)
        attachments = [{"kind": self.attachmentTable.item(r, 0).data(Qt.ItemDataRole.UserRole),
                        "file": self.attachmentTable.item(r, 1).text()}
                       for r in range(self.attachmentTable.rowCount())]
        record = {"title": self.titleEdit.text().strip(), "purpose": self.purposeEdit.text().strip(),
                  "economic_class": self.classCombo.currentData() or "", "procurement": self.procurementCheck.isChecked(),
                  "routine": self.routineCheck.isChecked(), "payee": self.payeeEdit.text().strip(),
                  "bank": self.bankEdit.text().strip(), "account": self.accountEdit.text().strip(),
                  "invoices": invoices, "attachments": attachments}
        if self.budgetCombo.currentData() is not None:
            record["budget_line_id"] = self.budgetCombo.currentData()
        if self.advanceCombo.currentData() is not None:
            record["advance"] = self.advanceCombo.currentData()
        return record

    def used_files(self) -> dict[str, bytes]:
        record = self.record()
        names = {i["file"] for i in record["invoices"] if i.get("file")} | {a["file"] for a in record["attachments"]}
        return {n: self.files[n] for n in names if n in self.files}

    def run_check(self) -> list:
        check = self.desk.claims.preview_claim(self.user, self.record(), files=self.used_files())
        text = problems_html(check.problems, self.tr("Within the rules and the budget"))
        if check.remaining is not None and not self.lines:  # not a budget reader: the service says what is left
            self.budgetLabel.setText(self.tr("Remaining on the budget line: {remaining}").format(
                remaining=yuan(check.remaining)))
            self.budgetLabel.setStyleSheet("color:#b42318" if check.remaining < (self.total() or ZERO)
                                           else "color:#1a5e20")
        self.problemsLabel.setText(text)
        return list(check.problems)

    def save(self) -> None:
        """保存: a draft (submitted later from the list)."""
        record, files = self.record(), self.used_files()
        done, doc_id = attempt(self, self.desk.claims.create_claim, self.user, record, files=files)
        if done:
            self.document_id = doc_id
            self.accept()

    def save_and_submit(self) -> None:
        """保存并提交: stored and submitted in one service call, certified with the signing passphrase."""
        record, files = self.record(), self.used_files()
        doc_id = create_and_submit(self, self.desk, self.user,
                                   lambda **kw: self.desk.claims.create_claim(self.user, record, files=files, **kw))
        if doc_id is not None:
            self.document_id = doc_id
            self.accept()
