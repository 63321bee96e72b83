"""采购计划与询价 (SUPPLY-03…07): a section's half-year plan (办公用品使用计划单) — catalogue items or a
described new item, quantity, estimated price and purpose — saved and submitted by the preset's
deadline (30 June, 30 December; a late one is refused); for the office, the half-year's plans by
section with those still missing, consolidated into one plan sent for approval with the signing
passphrase; the purchases with their approval state and chosen supplier, an ad-hoc request, and
each purchase's quotes, enquirers and choice (purchase_dialogs.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from desktop.domain.access import SEES_EVERYTHING
from desktop.domain.supplies.periods import half_label, half_of
from desktop.services.base import Refused, SignedIn
from desktop.services.desk import Desk
from desktop.ui.amount_field import AmountDelegate
from desktop.ui.assets.asset_terms import amount_of, fill_combo
from desktop.ui.messages import attempt, inform, state_text
from desktop.ui.supplies.flow_parts import WARNING_COLOUR, item_items, list_table, money_text, run_dialog, submit_signed
from desktop.ui.supplies.purchase_dialogs import AdhocDialog, PurchaseDialog
from desktop.ui.tables import RIGHT, fill_table, selected_key, settle_table

__all__ = ["PurchasesPanel", "PlanEditor", "office_department_id", "next_half", "ITEM", "QUANTITY", "PRICE", "AMOUNT", "PURPOSE"]

ITEM, QUANTITY, PRICE, AMOUNT, PURPOSE = range(5)


def next_half(day: date) -> tuple[int, int]:
    """The half-year whose plans are being gathered now (due before it starts, SUPPLY-03)."""
    year, half = half_of(day)
    return (year, 2) if half == 1 else (year + 1, 1)


def office_department_id(desk: Desk, user: SignedIn) -> int | None:
    """The department of the bureau's office head (办公室), as services.approvals.office_department."""
    units = {d.id: d.unit for d in desk.org.departments(user)}
    for person in desk.org.staff(user):
        if units.get(person.department_id) == "bureau" and any(a.position == "office_head"
                                                                for a in person.assignments):
            return person.department_id
    return None


class PlanEditor(QWidget):
    """The signed-in person's section's plan of one half-year: lines typed in a grid."""

    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.plan_id: int | None = None
        self.state = ""
        self.items = item_items(desk, user)
        self.itemBox = QComboBox(self)
        self.itemBox.setObjectName("planItemBox")
        fill_combo(self.itemBox, [(text, row.id) for text, row in self.items])
        self.addItemButton = QPushButton(self.tr("Add catalogue item"), self)
        self.addDescribedButton = QPushButton(self.tr("Add a new item (described)"), self)
        self.removeButton = QPushButton(self.tr("Remove line"), self)
        self.saveButton = QPushButton(self.tr("Save plan"), self)
        self.submitButton = QPushButton(self.tr("Submit to the office"), self)
        for name, button in (("addItemButton", self.addItemButton), ("addDescribedButton", self.addDescribedButton),
                             ("removeLineButton", self.removeButton), ("savePlanButton", self.saveButton),
                             ("submitPlanButton", self.submitButton)):
            button.setObjectName(name)
        self.stateLabel = QLabel(self)
        self.stateLabel.setObjectName("planStateLabel")
        self.noteEdit = QLineEdit(self)
        self.noteEdit.setObjectName("planNoteEdit")
        self.noteEdit.setPlaceholderText(self.tr("Note for the office (optional)"))
        picker = QHBoxLayout()
        picker.addWidget(self.itemBox, 1)
        picker.addWidget(self.addItemButton)
        picker.addWidget(self.addDescribedButton)
        picker.addWidget(self.removeButton)
        self.table = QTableWidget(self)
        self.table.setObjectName("planLines")
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels([self.tr("Item name"), self.tr("Quantity"), self.tr("Est. unit price"),
                                              self.tr("Amount"), self.tr("Purpose")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setItemDelegateForColumn(PRICE, AmountDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnWidth(ITEM, 320)
        self.table.setColumnWidth(PURPOSE, 260)
        settle_table(self.table)
        self.totalLabel = QLabel(self)
        self.totalLabel.setObjectName("planTotalLabel")
        bottom = QHBoxLayout()
        bottom.addWidget(self.noteEdit, 1)
        bottom.addWidget(self.totalLabel)
        bottom.addWidget(self.saveButton)
        bottom.addWidget(self.submitButton)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stateLabel)
        layout.addLayout(picker)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.addItemButton.clicked.connect(lambda: self.add_item(self.itemBox.currentData()))
        self.addDescribedButton.clicked.connect(lambda: self.add_described())
        self.removeButton.clicked.connect(self.remove_line)
        self.saveButton.clicked.connect(lambda: self.save())
        self.submitButton.clicked.connect(lambda: self.submit())
        self.table.itemChanged.connect(lambda _item: self._amounts())
        self.year, self.half = next_half(date.today())

    # Loading ------------------------------------------------------------------------------------
    def load(self, year: int, half: int, plan_row: Any, due_text: str) -> None:
        self.year, self.half = year, half
        self.plan_id = plan_row.id if plan_row is not None else None
        self.state = plan_row.state if plan_row is not None else ""
        lines: list[Any] = []
        note = ""
        if self.plan_id is not None:
            try:
                view = self.desk.supply_purchases.plan(self.user, self.plan_id)
                lines, note = list(getattr(view, "lines", []) or []), getattr(view, "note", "") or ""
            except Refused:
                lines = []
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for line in lines:
            item_id = getattr(line, "item_id", None)
            text = (self._item_text(item_id) if item_id is not None else "") or getattr(line, "description", "") \
                or getattr(line, "name", "")
            self._append(item_id, text, line.quantity, line.unit_price, getattr(line, "purpose", ""))
        self.table.blockSignals(False)
        self.noteEdit.setText(note)
        editable = self.state in ("", "draft")
        for widget in (self.addItemButton, self.addDescribedButton, self.removeButton, self.saveButton,
                       self.submitButton, self.noteEdit, self.itemBox):
            widget.setEnabled(editable)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if editable
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        state = getattr(plan_row, "state_label", "") if plan_row is not None else self.tr("not started")
        self.stateLabel.setText(self.tr("My section's plan for {period} — {state} · due {due}").format(
            period=half_label(year, half), state=state, due=due_text))
        self._amounts()

    def _item_text(self, item_id: Any) -> str:
        return next((text for text, row in self.items if row.id == item_id), "")

    def _append(self, item_id: Any, text: str, quantity: Any = 1, price: Any = "", purpose: str = "") -> int:
        self.table.blockSignals(True)  # the amounts are worked out once the row is whole
        row = self.table.rowCount()
        self.table.insertRow(row)
        first = QTableWidgetItem(text)
        first.setData(Qt.ItemDataRole.UserRole, item_id)
        if item_id is not None:  # a catalogue item is chosen, not typed
            first.setFlags(first.flags() & ~Qt.ItemFlag.ItemIsEditable)
        else:
            first.setToolTip(self.tr("Describe the new item: name, specification, unit"))
        self.table.setItem(row, ITEM, first)
        for column, value in ((QUANTITY, str(quantity)), (PRICE, money_text(price) if price not in ("", None) else ""),
                              (AMOUNT, ""), (PURPOSE, purpose or "")):
            cell = QTableWidgetItem(value)
            if column in (QUANTITY, PRICE, AMOUNT):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == AMOUNT:
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        return row

    def add_item(self, item_id: Any, quantity: int = 1, price: Any = "", purpose: str = "") -> int:
        if item_id is None:
            return -1
        row = self._append(item_id, self._item_text(item_id), quantity, price, purpose)
        self._amounts()
        return row

    def add_described(self, description: str = "", quantity: int = 1, price: Any = "", purpose: str = "") -> int:
        row = self._append(None, description, quantity, price, purpose)
        if not description:
            self.table.setCurrentCell(row, ITEM)
            self.table.editItem(self.table.item(row, ITEM))
        self._amounts()
        return row

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._amounts()

    def _amounts(self) -> None:
        self.table.blockSignals(True)
        total = Decimal("0")
        for r in range(self.table.rowCount()):
            quantity = self.table.item(r, QUANTITY).text().strip()
            price = amount_of(self.table.item(r, PRICE).text())
            amount = price * int(quantity) if price is not None and quantity.isdigit() else None
            self.table.item(r, AMOUNT).setText(money_text(amount) if amount is not None else "")
            total += amount or 0
        self.table.blockSignals(False)
        self.totalLabel.setText(self.tr("Estimated total: {total}").format(total=money_text(total)))

    def lines(self) -> list[dict[str, Any]]:
        """The lines as typed, for the service (its gate says what is wrong with each)."""
        result = []
        for r in range(self.table.rowCount()):
            first = self.table.item(r, ITEM)
            item_id = first.data(Qt.ItemDataRole.UserRole)
            quantity = self.table.item(r, QUANTITY).text().strip()
            price_text = self.table.item(r, PRICE).text()
            price = amount_of(price_text)
            line: dict[str, Any] = {"quantity": int(quantity) if quantity.isdigit() else quantity,
                                    "unit_price": price if price is not None else (price_text.strip() or "0"),
                                    "purpose": self.table.item(r, PURPOSE).text().strip()}
            if item_id is not None:
                line["item_id"] = item_id
            else:
                line["description"] = first.text().strip()
            result.append(line)
        return result

    # Actions ------------------------------------------------------------------------------------
    def save(self) -> int | None:
        done, plan_id = attempt(self, self.desk.supply_purchases.save_plan, self.user, self.year, self.half,
                                self.lines(), self.noteEdit.text().strip())
        if done:
            self.plan_id = plan_id
            self.changed.emit()
        return plan_id if done else None

    def submit(self) -> bool:
        """提交: saved, then sent to the office — refused after the deadline (SUPPLY-03)."""
        plan_id = self.save()
        if plan_id is None:
            return False
        done, _ = attempt(self, self.desk.supply_purchases.submit_plan, self.user, plan_id)
        if done:
            inform(self, self.tr("Plan submitted"), self.tr("Your section's plan was sent to the office."))
            self.changed.emit()
        return done


class PlanViewDialog(QDialog):
    """A section's plan, read only (the office looking at what came in)."""

    def __init__(self, desk: Desk, user: SignedIn, plan_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.resize(860, 480)
        done, view = attempt(self, desk.supply_purchases.plan, user, plan_id)
        self.table = list_table(self, "planViewLines")
        header = QLabel(self)
        header.setWordWrap(True)
        if done:
            self.setWindowTitle(self.tr("Plan of {department}").format(department=getattr(view, "department_name", "")))
            header.setText(self.tr("{department} · {state} · due {due}").format(
                department=getattr(view, "department_name", ""), state=getattr(view, "state_label", ""),
                due=getattr(view, "due_on", "")))
            lines = list(getattr(view, "lines", []) or [])
            fill_table(self.table, [self.tr("Item name"), self.tr("Quantity"), self.tr("Est. unit price"),
                                    self.tr("Amount"), self.tr("Purpose")],
                       [[_line_text(ln), ln.quantity, money_text(ln.unit_price),
                         money_text(getattr(ln, "amount", None) or ln.unit_price * ln.quantity),
                         getattr(ln, "purpose", "")] for ln in lines], align=("", RIGHT, RIGHT, RIGHT), stretch=0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)


def _line_text(line: Any) -> str:
    parts = [getattr(line, name, "") or "" for name in ("code", "name", "specification")]
    text = " ".join(p for p in parts if p)
    return text or getattr(line, "description", "") or ""


class PurchasesPanel(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.office = user.department_id is not None and user.department_id == office_department_id(desk, user)
        self.sees_all = self.office or bool(set(user.positions) & SEES_EVERYTHING)
        self.plans: list[Any] = []
        self.purchases: list[Any] = []
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("purchaseTabs")
        # Plans ------------------------------------------------------------------------------------
        plans_page = QWidget(self.tabs)
        year, half = next_half(date.today())
        self.yearSpin = QSpinBox(plans_page)
        self.yearSpin.setObjectName("planYearSpin")
        self.yearSpin.setRange(2000, 2100)
        self.yearSpin.setValue(year)
        self.halfBox = QComboBox(plans_page)
        self.halfBox.setObjectName("planHalfBox")
        self.halfBox.addItem(self.tr("First half-year"), 1)
        self.halfBox.addItem(self.tr("Second half-year"), 2)
        self.halfBox.setCurrentIndex(half - 1)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Half-year:"), plans_page))
        period.addWidget(self.yearSpin)
        period.addWidget(self.halfBox)
        period.addStretch(1)
        self.editor = PlanEditor(desk, user, plans_page)
        self.editor.setVisible(user.department_id is not None)
        self.officeBox = QGroupBox(self.tr("Plans of every section (office)"), plans_page)
        self.officeBox.setObjectName("officePlansBox")
        self.planTable = list_table(self.officeBox, "planTable")
        self.missingLabel = QLabel(self.officeBox)
        self.missingLabel.setObjectName("missingLabel")
        self.missingLabel.setWordWrap(True)
        self.openPlanButton = QPushButton(self.tr("Open plan"), self.officeBox)
        self.openPlanButton.setObjectName("openPlanButton")
        self.consolidateButton = QPushButton(self.tr("Consolidate and submit…"), self.officeBox)
        self.consolidateButton.setObjectName("consolidateButton")
        self.consolidateButton.setVisible(self.office)  # SUPPLY-01/03: the office consolidates
        office_bar = QHBoxLayout()
        office_bar.addWidget(self.missingLabel, 1)
        office_bar.addWidget(self.openPlanButton)
        office_bar.addWidget(self.consolidateButton)
        office_layout = QVBoxLayout(self.officeBox)
        office_layout.addLayout(office_bar)
        office_layout.addWidget(self.planTable, 1)
        self.officeBox.setVisible(self.sees_all)
        plans_layout = QVBoxLayout(plans_page)
        plans_layout.addLayout(period)
        plans_layout.addWidget(self.editor, 3)
        plans_layout.addWidget(self.officeBox, 2)
        # Purchases --------------------------------------------------------------------------------
        purchases_page = QWidget(self.tabs)
        self.adhocButton = QPushButton(self.tr("Ad-hoc purchase request…"), purchases_page)
        self.adhocButton.setObjectName("adhocButton")
        self.adhocButton.setVisible(self.office)  # SUPPLY-01: only the office buys
        self.openButton = QPushButton(self.tr("Open purchase…"), purchases_page)
        self.openButton.setObjectName("openPurchaseButton")
        self.refreshButton = QPushButton(self.tr("Refresh"), purchases_page)
        self.refreshButton.setObjectName("refreshButton")
        bar = QHBoxLayout()
        bar.addWidget(self.adhocButton)
        bar.addWidget(self.openButton)
        bar.addStretch(1)
        bar.addWidget(self.refreshButton)
        self.purchaseTable = list_table(purchases_page, "purchaseTable")
        purchases_layout = QVBoxLayout(purchases_page)
        purchases_layout.addLayout(bar)
        purchases_layout.addWidget(self.purchaseTable, 1)
        self.tabs.addTab(plans_page, self.tr("Half-year plans"))
        self.tabs.addTab(purchases_page, self.tr("Purchases and quotes"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.yearSpin.valueChanged.connect(lambda _v: self.refresh())
        self.halfBox.currentIndexChanged.connect(lambda _i: self.refresh())
        self.editor.changed.connect(self._plan_changed)
        self.openPlanButton.clicked.connect(lambda: self.open_plan())
        self.planTable.doubleClicked.connect(lambda _i: self.open_plan())
        self.consolidateButton.clicked.connect(lambda: self.consolidate())
        self.adhocButton.clicked.connect(lambda: self.request_adhoc())
        self.openButton.clicked.connect(lambda: self.open_purchase())
        self.purchaseTable.doubleClicked.connect(lambda _i: self.open_purchase())
        self.refreshButton.clicked.connect(self.refresh)

    def period(self) -> tuple[int, int]:
        return self.yearSpin.value(), self.halfBox.currentData()

    def set_period(self, year: int, half: int) -> None:
        self.yearSpin.blockSignals(True)
        self.yearSpin.setValue(year)
        self.yearSpin.blockSignals(False)
        self.halfBox.setCurrentIndex(half - 1)  # refreshes
        self.refresh()

    def refresh(self) -> None:
        year, half = self.period()
        svc = self.desk.supply_purchases
        done, plans = attempt(self, svc.plans, self.user, year, half)
        self.plans = list(plans or []) if done else []
        own_name = next((d.name for d in self.desk.org.departments(self.user) if d.id == self.user.department_id), "")
        own = next((p for p in self.plans if p.department_name == own_name), None)
        due = own.due_on if own is not None else self._due(year, half)
        self.editor.load(year, half, own, str(due))
        if self.sees_all:
            rows = [[p.department_name, p.state_label, str(p.due_on), p.line_count, money_text(p.total),
                     p.submitted_by_name or "", str(p.submitted_at or "")[:16]] for p in self.plans]
            fill_table(self.planTable, [self.tr("Section"), self.tr("State"), self.tr("Due"), self.tr("Lines"),
                                        self.tr("Estimated total"), self.tr("Submitted by"), self.tr("Submitted at")],
                       rows, [p.id for p in self.plans], align=("", "", "", RIGHT, RIGHT),
                       keep=selected_key(self.planTable), stretch=0)
            done, missing = attempt(self, svc.missing_plans, self.user, year, half)
            missing = list(missing or []) if done else []
            self.missingLabel.setText(self.tr("Not submitted yet: {names}").format(names="、".join(missing))
                                      if missing else self.tr("Every section has submitted its plan."))
            self.missingLabel.setStyleSheet(f"color: {WARNING_COLOUR};" if missing else "")
        self._purchases()

    def _due(self, year: int, half: int) -> str:
        from desktop.domain.supplies.periods import plan_due

        return str(plan_due(year, half))

    def _purchases(self) -> None:
        done, purchases = attempt(self, self.desk.supply_purchases.purchases, self.user)
        self.purchases = list(purchases or []) if done else []
        rows = [[p.purchase_no, self.tr("Half-year plan") if p.kind == "plan" else self.tr("Ad-hoc"), p.title,
                 p.department_name, p.state_label,
                 " ".join(x for x in (p.document_serial or "", state_text(p.document_state) if p.document_state
                                      else "") if x),
                 money_text(p.estimated_total), p.chosen_supplier or "",
                 money_text(p.chosen_total) if p.chosen_total is not None else ""] for p in self.purchases]
        fill_table(self.purchaseTable, [self.tr("Purchase no."), self.tr("Kind"), self.tr("Title"),
                                        self.tr("Department"), self.tr("State"), self.tr("Approval"),
                                        self.tr("Estimated total"), self.tr("Chosen supplier"),
                                        self.tr("Chosen total")],
                   rows, [p.id for p in self.purchases], align=("", "", "", "", "", "", RIGHT, "", RIGHT),
                   keep=selected_key(self.purchaseTable), stretch=2)

    def _plan_changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def open_plan(self, *, modal: bool = True) -> Any:
        key = selected_key(self.planTable)
        if key is None:
            return None
        dialog = PlanViewDialog(self.desk, self.user, key, self)
        dialog.setObjectName("planViewDialog")
        return run_dialog(dialog, modal)

    def consolidate(self) -> Any:
        """汇总采购计划: the submitted plans become one purchase sent for approval (signed)."""
        year, half = self.period()
        purchase_id = submit_signed(self, self.desk, self.user, lambda **kw: self.desk.supply_purchases.consolidate(
            self.user, year, half, **kw))
        if purchase_id is not None:
            self.refresh()
            self.changed.emit()
        return purchase_id

    def request_adhoc(self, *, modal: bool = True) -> Any:
        dialog = AdhocDialog(self.desk, self.user, self)
        dialog.setObjectName("adhocDialog")
        dialog.accepted.connect(self._purchase_changed)
        return run_dialog(dialog, modal)

    def _purchase_changed(self) -> None:
        self._purchases()
        self.changed.emit()

    def open_purchase(self, purchase_id: int | None = None, *, modal: bool = True) -> Any:
        key = purchase_id if purchase_id is not None else selected_key(self.purchaseTable)
        if key is None:
            return None
        dialog = PurchaseDialog(self.desk, self.user, key, self)
        dialog.setObjectName("purchaseDialog")
        dialog.changed.connect(self._purchase_changed)
        return run_dialog(dialog, modal)
