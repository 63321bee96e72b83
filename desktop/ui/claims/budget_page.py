"""预算指标: the budget lines of a year with approved, spent, committed and remaining, and a bar of
what is used; the finance head and the accountant add and edit them (VOUCH-21)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.base import Refused, SignedIn
from desktop.services.books import shipped_economic_classes
from desktop.services.claims import BudgetLineView
from desktop.services.desk import Desk
from desktop.ui.formatting import money
from desktop.ui.messages import attempt
from desktop.ui.tables import RIGHT, fill_table, selected_key

__all__ = ["BudgetPage", "BudgetLineDialog", "may_edit_budget"]

ZERO = Decimal("0.00")


def may_edit_budget(user: SignedIn) -> bool:
    return bool({"finance_head", "accountant"} & set(user.positions))


class BudgetLineDialog(QDialog):
    """Add a budget line, or with ``line`` edit it (only the changed keys are sent)."""

    def __init__(self, desk: Desk, user: SignedIn, year: int, line: BudgetLineView | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user, self.line = desk, user, line
        self.setWindowTitle(self.tr("Edit budget line") if line else self.tr("New budget line"))
        self.setMinimumWidth(520)
        self.yearSpin = QSpinBox()
        self.yearSpin.setRange(2000, 2100)
        self.yearSpin.setValue(line.year if line else year)
        self.codeEdit = QLineEdit(line.code if line else "")
        self.nameEdit = QLineEdit(line.name if line else "")
        self.projectEdit = QLineEdit(line.project if line else "")
        self.classCombo = QComboBox()
        for c in shipped_economic_classes():
            self.classCombo.addItem(f"{c.code} {c.name}", c.code)
        if line:
            self.classCombo.setCurrentIndex(max(0, self.classCombo.findData(line.economic_class)))
        self.functionalEdit = QLineEdit(line.functional_class if line else "")
        self.departmentCombo = QComboBox()
        self.departmentCombo.addItem(self.tr("(whole bureau)"), None)
        for d in desk.org.departments(user):
            self.departmentCombo.addItem(d.name, d.id)
        if line and line.department_id:
            self.departmentCombo.setCurrentIndex(max(0, self.departmentCombo.findData(line.department_id)))
        self.approvedEdit = QLineEdit(str(line.approved) if line else "")
        self.specialCheck = QCheckBox(self.tr("Special fund: only for its approved purpose (VOUCH-21)"))
        self.specialCheck.setChecked(bool(line and line.special))
        self.purposeEdit = QPlainTextEdit(line.purpose if line else "")
        self.purposeEdit.setFixedHeight(54)
        self.activeCheck = QCheckBox(self.tr("Active"))
        self.activeCheck.setChecked(line.active if line else True)
        for name, w in (("yearSpin", self.yearSpin), ("codeEdit", self.codeEdit), ("nameEdit", self.nameEdit),
                        ("projectEdit", self.projectEdit), ("classCombo", self.classCombo),
                        ("approvedEdit", self.approvedEdit), ("specialCheck", self.specialCheck)):
            w.setObjectName(name)
        form = QFormLayout(self)
        form.addRow(self.tr("Year:"), self.yearSpin)
        form.addRow(self.tr("Code:"), self.codeEdit)
        form.addRow(self.tr("Name:"), self.nameEdit)
        form.addRow(self.tr("Project:"), self.projectEdit)
        form.addRow(self.tr("Economic class:"), self.classCombo)
        form.addRow(self.tr("Functional class:"), self.functionalEdit)
        form.addRow(self.tr("Department:"), self.departmentCombo)
        form.addRow(self.tr("Approved amount (yuan):"), self.approvedEdit)
        form.addRow("", self.specialCheck)
        form.addRow(self.tr("Purpose of the fund:"), self.purposeEdit)
        form.addRow("", self.activeCheck)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def record(self) -> dict:
        return {"year": self.yearSpin.value(), "code": self.codeEdit.text().strip(), "name": self.nameEdit.text().strip(),
                "project": self.projectEdit.text().strip(), "economic_class": self.classCombo.currentData(),
                "functional_class": self.functionalEdit.text().strip(),
                "department_id": self.departmentCombo.currentData(), "approved": self.approvedEdit.text().strip() or "0",
                "special": self.specialCheck.isChecked(), "purpose": self.purposeEdit.toPlainText().strip(),
                "active": self.activeCheck.isChecked()}

    def confirm(self) -> None:
        record = self.record()
        if self.line is None:
            done, _ = attempt(self, self.desk.claims.create_budget_line, self.user, record)
        else:
            done, _ = attempt(self, self.desk.claims.update_budget_line, self.user, self.line.id, record)
        if done:
            self.accept()


class BudgetPage(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.lines: list[BudgetLineView] = []
        self.yearSpin = QSpinBox()
        self.yearSpin.setObjectName("yearSpin")
        self.yearSpin.setRange(2000, 2100)
        self.yearSpin.setValue(date.today().year)
        self.addButton = QPushButton(self.tr("New budget line…"))
        self.addButton.setObjectName("addBudgetButton")
        self.editButton = QPushButton(self.tr("Edit…"))
        self.editButton.setObjectName("editBudgetButton")
        for b in (self.addButton, self.editButton):
            b.setVisible(may_edit_budget(user))
        self.table = QTableWidget()
        self.table.setObjectName("budgetTable")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.totalLabel = QLabel()
        self.totalLabel.setObjectName("budgetTotalLabel")
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Year:")))
        head.addWidget(self.yearSpin)
        head.addStretch(1)
        head.addWidget(self.addButton)
        head.addWidget(self.editButton)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totalLabel)
        self.yearSpin.valueChanged.connect(lambda _v: self.refresh())
        self.addButton.clicked.connect(self.add_line)
        self.editButton.clicked.connect(self.edit_line)
        self.table.doubleClicked.connect(lambda _i: self.edit_line())

    def refresh(self) -> None:
        try:
            self.lines = self.desk.claims.budget_lines(self.user, self.yearSpin.value())
        except Refused:
            self.lines = []
        classes = {c.code: c.name for c in shipped_economic_classes()}
        headers = [self.tr("Budget code"), self.tr("Line name"), self.tr("Project"), self.tr("Economic class"), self.tr("Special fund"),
                   self.tr("Approved amount"), self.tr("Spent"), self.tr("Committed"), self.tr("Remaining"), self.tr("Used")]
        rows = [(ln.code, ln.name + ("" if ln.active else self.tr(" (inactive)")), ln.project,
                 f"{ln.economic_class} {classes.get(ln.economic_class, '')}", self.tr("Special fund") if ln.special else "",
                 money(ln.approved), money(ln.spent), money(ln.committed), money(ln.remaining), "")
                for ln in self.lines]
        keep = selected_key(self.table)
        fill_table(self.table, headers, rows, [ln.id for ln in self.lines],
                   align=("", "", "", "", "", RIGHT, RIGHT, RIGHT, RIGHT), stretch=1, keep=keep)
        for r, ln in enumerate(self.lines):
            bar = QProgressBar()
            used = ln.spent + ln.committed
            bar.setRange(0, 1000)
            share = int(min(Decimal(1), used / ln.approved) * 1000) if ln.approved > 0 else (1000 if used else 0)
            bar.setValue(share)
            bar.setFormat(f"{share / 10:.0f}%")
            colour = "#c62828" if ln.remaining < 0 or share >= 950 else ("#ef6c00" if share >= 800 else "#2e7d32")
            bar.setStyleSheet(f"QProgressBar {{ border: 1px solid #bbb; border-radius: 3px; text-align: center; "
                              f"max-height: 16px; }} QProgressBar::chunk {{ background: {colour}; }}")
            bar.setToolTip(self.tr("Spent {spent} + committed {committed} of {approved}").format(
                spent=money(ln.spent), committed=money(ln.committed), approved=money(ln.approved)))
            self.table.setCellWidget(r, 9, bar)
        self.table.setColumnWidth(9, 150)
        approved = sum((ln.approved for ln in self.lines), ZERO)
        spent = sum((ln.spent for ln in self.lines), ZERO)
        committed = sum((ln.committed for ln in self.lines), ZERO)
        self.totalLabel.setText(self.tr("{n} lines · approved {approved} · spent {spent} · committed {committed} · "
                                        "remaining {remaining}").format(
            n=len(self.lines), approved=money(approved), spent=money(spent), committed=money(committed),
            remaining=money(approved - spent - committed)))
        self.editButton.setEnabled(bool(self.lines))

    def selected(self) -> BudgetLineView | None:
        key = selected_key(self.table)
        return next((ln for ln in self.lines if ln.id == key), None)

    def add_line(self) -> None:
        self._run(BudgetLineDialog(self.desk, self.user, self.yearSpin.value(), parent=self))

    def edit_line(self) -> None:
        line = self.selected()
        if line is not None and may_edit_budget(self.user):
            self._run(BudgetLineDialog(self.desk, self.user, line.year, line, parent=self))

    def _run(self, dialog: BudgetLineDialog) -> None:
        dialog.setObjectName("budgetLineDialog")
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()
        dialog.deleteLater()
