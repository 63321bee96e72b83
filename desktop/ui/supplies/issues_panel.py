"""领用: the issues to sections (发放登记), those not yet signed for flagged; the keeper issues (the
section's named collector shown, each line with what is available in the store; a special item only
in exchange for the old one — 交旧领新 — or with its approval, SUPPLY-10; who will hold it); the
collector signs for it in their own session (SUPPLY-09); section heads name their collectors; the keeper sees what a
person holds and takes it back into stock (SUPPLY-13). The issue register prints for a period."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.assets.asset_terms import fill_combo
from desktop.ui.date_field import date_field
from desktop.ui.formatting import local_time, money
from desktop.ui.messages import attempt
from desktop.ui.supplies.supply_terms import day_text as _date, field_of as _get, is_keeper, kind_text, quiet
from desktop.ui.tables import RIGHT, fill_table, selected_key, settle_table

# Who names a section's collector (the service decides per section: SUPPLY-09).
NAMERS = frozenset({"section_head", "office_head"})

__all__ = ["IssuesPanel", "IssueDialog", "IssueViewDialog", "CollectorsDialog", "HoldingsDialog", "UNSIGNED_COLOUR"]

UNSIGNED_COLOUR = QColor("#fff3c4")


def _readonly(table: QTableWidget, name: str) -> None:
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)


class IssuesPanel(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.keeper = is_keeper(user)
        self.rows: list[Any] = []
        self.awaiting: set[int] = set()
        self._loaded = False
        today = date.today()
        self.departmentBox = QComboBox(self)
        self.departmentBox.setObjectName("departmentBox")
        self.firstEdit = date_field(self)
        self.firstEdit.setObjectName("firstEdit")
        self.firstEdit.set_value(date(today.year, 1, 1))
        self.lastEdit = date_field(self)
        self.lastEdit.setObjectName("lastEdit")
        self.lastEdit.set_value(date(today.year, 12, 31))
        self.unsignedCheck = QCheckBox(self.tr("Not signed for only"), self)
        self.unsignedCheck.setObjectName("unsignedCheck")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Department:"), self))
        filters.addWidget(self.departmentBox, 1)
        filters.addWidget(QLabel(self.tr("From:"), self))
        filters.addWidget(self.firstEdit)
        filters.addWidget(QLabel(self.tr("To:"), self))
        filters.addWidget(self.lastEdit)
        filters.addWidget(self.unsignedCheck)
        filters.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, text, shown in (("new", self.tr("Issue supplies…"), self.keeper),
                                 ("open", self.tr("Open"), True),
                                 ("sign", self.tr("Sign for it"), False),
                                 ("collectors", self.tr("Collectors…"), not user.is_admin),
                                 ("holdings", self.tr("Holdings and hand-back…"), self.keeper),
                                 ("register", self.tr("Issue register (PDF)…"), not user.is_admin),
                                 ("refresh", self.tr("Refresh"), True)):
            button = QPushButton(text, self)
            button.setObjectName(key + "Button")
            button.setVisible(shown)
            button.clicked.connect(lambda _c=False, k=key: self._action(k))
            actions.addWidget(button)
            self.buttons[key] = button
        actions.addStretch(1)
        self.signLabel = QLabel(self)
        self.signLabel.setObjectName("signLabel")
        actions.addWidget(self.signLabel)
        self.messageLabel = QLabel(self)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setVisible(False)
        self.table = QTableWidget(self)
        _readonly(self.table, "issueTable")
        self.table.activated.connect(lambda _i: self._action("open"))
        self.table.itemSelectionChanged.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.table, 1)
        self.departmentBox.activated.connect(lambda _i: self.refresh())
        self.unsignedCheck.toggled.connect(lambda _b: self.refresh())
        self.firstEdit.dateChanged.connect(lambda _d: self.refresh())
        self.lastEdit.dateChanged.connect(lambda _d: self.refresh())

    def refresh(self) -> None:
        if not self._loaded:
            fill_combo(self.departmentBox, [(d.name, d.id) for d in self.desk.org.departments(self.user)],
                       blank=self.tr("All"))
            self._loaded = True
        found = quiet(self.messageLabel, self.desk.supply_issues.issues, self.user,
                      department_id=self.departmentBox.currentData(), first=self.firstEdit.value(),
                      last=self.lastEdit.value(), unsigned_only=self.unsignedCheck.isChecked(), limit=200)
        if found is None:
            return
        self.rows, _total = found
        waiting = [] if self.user.is_admin else (quiet(None, self.desk.supply_issues.awaiting_signature,
                                                       self.user) or [])
        self.awaiting = {r.id for r in waiting}
        self.buttons["sign"].setVisible(bool(self.awaiting))
        self.signLabel.setText(self.tr("{n} issue(s) await your signature").format(n=len(self.awaiting))
                               if self.awaiting else "")
        keep = selected_key(self.table)
        not_signed = self.tr("✗ not signed")
        cells = [[r.issue_no, r.department_name, r.collector_name, _date(r.issued_on), r.line_count,
                  money(r.total_value), local_time(r.signed_at) if r.signed_at else not_signed] for r in self.rows]
        fill_table(self.table, [self.tr("Issue no."), self.tr("Department"), self.tr("Collector"),
                                self.tr("Issued on"), self.tr("Lines"), self.tr("Amount"), self.tr("Signed for")],
                   cells, keys=[r.id for r in self.rows], align=["", "", "", "", RIGHT, RIGHT], stretch=1, keep=keep)
        for i, r in enumerate(self.rows):
            if not r.signed_at:
                for c in range(self.table.columnCount()):
                    self.table.item(i, c).setBackground(QBrush(UNSIGNED_COLOUR))
        self._enable()

    def numbers(self) -> list[str]:
        return [self.table.item(r, 0).text() for r in range(self.table.rowCount())]

    def select_issue(self, issue_id: int) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == issue_id:
                self.table.selectRow(r)
                return

    def _enable(self) -> None:
        selected = selected_key(self.table)
        self.buttons["open"].setEnabled(selected is not None)
        self.buttons["sign"].setEnabled(selected in self.awaiting)

    def _run(self, dialog: QDialog) -> bool:
        dialog.setObjectName(type(dialog).__name__)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.refresh()
            self.changed.emit()
        return accepted

    def _action(self, key: str) -> None:
        selected = selected_key(self.table)
        if key == "refresh":
            self._loaded = False
            self.refresh()
        elif key == "new":
            dialog = IssueDialog(self.desk, self.user, self)
            if self._run(dialog) and dialog.issue_id:
                self.select_issue(dialog.issue_id)
        elif key == "open" and selected is not None:
            dialog = IssueViewDialog(self.desk, self.user, selected, self)
            dialog.setObjectName("IssueViewDialog")
            dialog.exec()
            dialog.deleteLater()
        elif key == "sign" and selected in self.awaiting:
            done, _ = attempt(self, self.desk.supply_issues.sign, self.user, selected)
            if done:
                self.refresh()
                self.changed.emit()
        elif key == "collectors":
            self._run(CollectorsDialog(self.desk, self.user, self))
        elif key == "holdings":
            dialog = HoldingsDialog(self.desk, self.user, self)
            dialog.setObjectName("HoldingsDialog")
            dialog.exec()
            dialog.deleteLater()
            if dialog.touched:
                self.changed.emit()
        elif key == "register":
            self.print_register()

    def print_register(self) -> None:
        from desktop.ui.pdf_preview import PdfPreviewDialog

        done, data = attempt(self, self.desk.supply_reports.issue_register_pdf, self.user,
                             first=self.firstEdit.value(), last=self.lastEdit.value(),
                             department_id=self.departmentBox.currentData())
        if done:
            dialog = PdfPreviewDialog(data, self.tr("Issue register"), self)
            dialog.setObjectName("IssueRegisterDialog")
            dialog.exec()
            dialog.deleteLater()


# The issue form's line columns.
ITEM, AVAILABLE, QUANTITY, OLD, OLD_NOTE, APPROVAL, HOLDER = range(7)


class IssueDialog(QDialog):
    """An issue to one section from one store. OK runs ``desk.supply_issues.issue``; a quantity above
    what is available, or a special item neither exchanged nor approved, is refused by the service
    with every problem listed. ``issue_id`` holds the new issue."""

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.issue_id: int | None = None
        self.setWindowTitle(self.tr("Issue supplies to a section"))
        self.departmentBox = QComboBox(self)
        self.departmentBox.setObjectName("departmentBox")
        self.collectorLabel = QLabel(self)
        self.collectorLabel.setObjectName("collectorLabel")
        self.locationBox = QComboBox(self)
        self.locationBox.setObjectName("locationBox")
        self.dateEdit = date_field(self)
        self.dateEdit.setObjectName("issuedOnEdit")
        self.noteEdit = QLineEdit(self)
        self.noteEdit.setObjectName("noteEdit")
        self.noteEdit.setMaxLength(200)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("lineTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Item name"), self.tr("Available"), self.tr("Quantity"), self.tr("Old one returned"),
            self.tr("Old item returned"), self.tr("Approval (special item)"), self.tr("Held by")])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.addButton = QPushButton(self.tr("Add a line"), self)
        self.addButton.setObjectName("addLineButton")
        self.removeButton = QPushButton(self.tr("Remove the line"), self)
        self.removeButton.setObjectName("removeLineButton")
        hint = QLabel(self.tr("A special item is issued only in exchange for the old one (交旧领新) or with its "
                              "approval [SUPPLY-10]; never more than is available [SUPPLY-09]."), self)
        hint.setWordWrap(True)
        collector = QHBoxLayout()
        collector.addWidget(self.departmentBox, 1)
        collector.addWidget(self.collectorLabel, 1)
        form = QFormLayout()
        form.addRow(self.tr("Department:"), collector)
        form.addRow(self.tr("Store:"), self.locationBox)
        form.addRow(self.tr("Issued on:"), self.dateEdit)
        form.addRow(self.tr("Note:"), self.noteEdit)
        lines = QHBoxLayout()
        lines.addWidget(self.addButton)
        lines.addWidget(self.removeButton)
        lines.addStretch(1)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                          self)
        self.buttonBox.accepted.connect(self.save)
        self.buttonBox.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(lines)
        layout.addWidget(self.buttonBox)
        self.resize(1200, 560)
        self._people = self.desk.org.staff(self.user)
        found = quiet(None, self.desk.supplies.items, self.user) or ([], 0)
        self._items = {i.id: i for i in found[0] if not i.lendable}
        self._available: dict[int, int] = {}
        self._collectors = {c.department_id: c for c in quiet(None, self.desk.supply_issues.collectors,
                                                              self.user) or []}
        fill_combo(self.departmentBox, [(d.name, d.id) for d in self.desk.org.departments(self.user)],
                   blank=self.tr("(choose)"))
        locations = quiet(None, self.desk.supplies.locations, self.user) or []
        fill_combo(self.locationBox, [(loc.name, loc.id) for loc in locations if loc.active])
        self.departmentBox.currentIndexChanged.connect(lambda _i: self._department_changed())
        self.locationBox.currentIndexChanged.connect(lambda _i: self._store_changed())
        self.addButton.clicked.connect(lambda: self.add_line())
        self.removeButton.clicked.connect(self.remove_line)
        self._store_changed()
        self._department_changed()
        self.add_line()

    def set_department(self, department_id: int) -> None:
        self.departmentBox.setCurrentIndex(max(0, self.departmentBox.findData(department_id)))

    def _department_changed(self) -> None:
        department = self.departmentBox.currentData()
        collector = self._collectors.get(department)
        if department is None:
            self.collectorLabel.setText("")
        elif collector is None or collector.staff_id is None:
            self.collectorLabel.setText(self.tr("No collector named for this section [SUPPLY-09]"))
        else:
            self.collectorLabel.setText(self.tr("Collector: {name} (signs for the issue)").format(
                name=collector.staff_name))
        for r in range(self.table.rowCount()):
            self._fill_holders(self.table.cellWidget(r, HOLDER))

    def _fill_holders(self, box: QComboBox) -> None:
        department = self.departmentBox.currentData()
        fill_combo(box, [(p.name, p.id) for p in self._people if department is None or p.department_id == department],
                   blank=self.tr("(none)"), current=box.currentData())

    def _store_changed(self) -> None:
        stock = quiet(None, self.desk.supplies.stock, self.user, location_id=self.locationBox.currentData()) or []
        self._available = {s.item_id: s.available for s in stock}
        for r in range(self.table.rowCount()):
            self._show_available(r)

    def add_line(self, item_id: int | None = None, quantity: int = 1) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        box = QComboBox(self)
        fill_combo(box, [(f"{i.code} {i.name} {i.specification}".strip() + f" · {kind_text(i.kind)}", i.id)
                         for i in self._items.values()], blank=self.tr("(choose)"), current=item_id)
        box.currentIndexChanged.connect(lambda _i, b=box: self._item_changed(b))
        self.table.setCellWidget(r, ITEM, box)
        item = QTableWidgetItem("")
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(r, AVAILABLE, item)
        spin = QSpinBox(self)
        spin.setRange(1, 1_000_000)
        spin.setValue(quantity)
        self.table.setCellWidget(r, QUANTITY, spin)
        old = QCheckBox(self)
        old.setToolTip(self.tr("The old one was handed in (exchange for the new one)"))
        self.table.setCellWidget(r, OLD, old)
        for c, placeholder, length in ((OLD_NOTE, self.tr("What was handed in"), 100),
                                       (APPROVAL, self.tr("Approval no. if no old one"), 60)):
            edit = QLineEdit(self)
            edit.setMaxLength(length)
            edit.setPlaceholderText(placeholder)
            self.table.setCellWidget(r, c, edit)
        holders = QComboBox(self)
        self._fill_holders(holders)
        self.table.setCellWidget(r, HOLDER, holders)
        self._show_available(r)
        self.table.resizeColumnsToContents()
        settle_table(self.table)
        self.table.setColumnWidth(ITEM, 330)
        for c, width in ((OLD_NOTE, 170), (APPROVAL, 190), (HOLDER, 110)):
            self.table.setColumnWidth(c, max(width, self.table.columnWidth(c)))
        return r

    def remove_line(self) -> None:
        r = self.table.currentRow()
        if r < 0 and self.table.rowCount():
            r = self.table.rowCount() - 1
        if r >= 0:
            self.table.removeRow(r)

    def _item_changed(self, box: QComboBox) -> None:
        for r in range(self.table.rowCount()):
            if self.table.cellWidget(r, ITEM) is box:
                self._show_available(r)

    def _show_available(self, r: int) -> None:
        item_id = self.table.cellWidget(r, ITEM).currentData()
        item = self._items.get(item_id)
        text = "" if item is None else f"{self._available.get(item_id, 0)} {item.unit}"
        self.table.item(r, AVAILABLE).setText(text)
        special = item is not None and item.kind == "special"
        for c in (OLD, OLD_NOTE, APPROVAL, HOLDER):
            self.table.cellWidget(r, c).setEnabled(special)

    def line(self, r: int) -> dict[str, Any]:
        return {"item_id": self.table.cellWidget(r, ITEM).currentData(),
                "quantity": self.table.cellWidget(r, QUANTITY).value(),
                "old_returned": self.table.cellWidget(r, OLD).isChecked(),
                "old_note": self.table.cellWidget(r, OLD_NOTE).text().strip(),
                "approval_ref": self.table.cellWidget(r, APPROVAL).text().strip(),
                "holder_id": self.table.cellWidget(r, HOLDER).currentData()}

    def fields(self) -> dict[str, Any]:
        return {"department_id": self.departmentBox.currentData(), "location_id": self.locationBox.currentData(),
                "issued_on": self.dateEdit.value(), "note": self.noteEdit.text().strip(),
                "lines": [self.line(r) for r in range(self.table.rowCount())]}

    def save(self) -> None:
        done, issue_id = attempt(self, self.desk.supply_issues.issue, self.user, self.fields())
        if done:
            self.issue_id = issue_id
            self.accept()


class IssueViewDialog(QDialog):
    """One issue: who collected it, when it was signed for, its lines."""

    def __init__(self, desk: Desk, user: SignedIn, issue_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Issue"))
        self.headLabel = QLabel(self)
        self.headLabel.setObjectName("headLabel")
        self.headLabel.setWordWrap(True)
        self.table = QTableWidget(self)
        _readonly(self.table, "lineTable")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headLabel)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(980, 460)
        done, view = attempt(self, desk.supply_issues.issue_view, user, issue_id)
        if not done:
            return
        self.setWindowTitle(self.tr("Issue {no}").format(no=view.issue_no))
        signed = _get(view, "signed_at", None)
        self.headLabel.setText(self.tr("<b>{no}</b> · {department} · collector {collector} · issued {on} · {signed}")
                               .format(no=view.issue_no, department=_get(view, "department_name"),
                                       collector=_get(view, "collector_name"), on=_date(_get(view, "issued_on")),
                                       signed=self.tr("signed for {at}").format(at=local_time(signed)) if signed
                                       else self.tr("not signed for yet")))
        yes = self.tr("Yes")
        cells = [[_get(line, "code"), _get(line, "name"), _get(line, "specification"), _get(line, "quantity"),
                  _get(line, "unit"), money(_get(line, "value", None)), _get(line, "holder_name"),
                  yes if _get(line, "old_returned", False) else "", _get(line, "old_note"),
                  _get(line, "approval_ref")] for line in view.lines]
        fill_table(self.table, [self.tr("Item code"), self.tr("Item name"), self.tr("Specification"), self.tr("Quantity"),
                                self.tr("Unit of measure"), self.tr("Amount"), self.tr("Held by"), self.tr("Old one returned"),
                                self.tr("Old item returned"), self.tr("Approval")],
                   cells, align=["", "", "", RIGHT, "", RIGHT], stretch=1)


class CollectorsDialog(QDialog):
    """Each section's named collector (SUPPLY-09): the section's head names one of its people (the
    office head for any section); others see who collects for whom."""

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.setWindowTitle(self.tr("Collectors of the sections"))
        self.table = QTableWidget(self)
        _readonly(self.table, "collectorTable")
        self.departmentBox = QComboBox(self)
        self.departmentBox.setObjectName("departmentBox")
        self.personBox = QComboBox(self)
        self.personBox.setObjectName("personBox")
        self.nameButton = QPushButton(self.tr("Name as collector"), self)
        self.nameButton.setObjectName("nameButton")
        row = QHBoxLayout()
        row.addWidget(self.departmentBox, 1)
        row.addWidget(self.personBox, 1)
        row.addWidget(self.nameButton)
        namer = not user.is_admin and bool(NAMERS & set(user.positions))
        for w in (self.departmentBox, self.personBox, self.nameButton):
            w.setVisible(namer)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttonBox.rejected.connect(self._close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttonBox)
        self.resize(640, 420)
        self.named = False
        self._people = desk.org.staff(user)
        fill_combo(self.departmentBox, [(d.name, d.id) for d in desk.org.departments(user)])
        self.departmentBox.currentIndexChanged.connect(lambda _i: self._fill_people())
        self.nameButton.clicked.connect(self.name_collector)
        self._fill_people()
        self.refresh()

    def _fill_people(self) -> None:
        department = self.departmentBox.currentData()
        fill_combo(self.personBox, [(p.name, p.id) for p in self._people if p.department_id == department])

    def refresh(self) -> None:
        done, rows = attempt(self, self.desk.supply_issues.collectors, self.user)
        if done:
            fill_table(self.table, [self.tr("Department"), self.tr("Collector")],
                       [[r.department_name, r.staff_name] for r in rows], keys=[r.department_id for r in rows])

    def name_collector(self) -> None:
        department, person = self.departmentBox.currentData(), self.personBox.currentData()
        done, _ = attempt(self, self.desk.supply_issues.name_collector, self.user, department, person)
        if done:
            self.named = True
            self.refresh()

    def _close(self) -> None:
        self.accept() if self.named else self.reject()


class HoldingsDialog(QDialog):
    """What a person holds (special items issued to them, loans) and the keeper taking an issued item
    back into stock (SUPPLY-13: before a transfer or retirement)."""

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.touched = False
        self.rows: list[Any] = []
        self.setWindowTitle(self.tr("Holdings and hand-back"))
        self.personBox = QComboBox(self)
        self.personBox.setObjectName("personBox")
        self.table = QTableWidget(self)
        _readonly(self.table, "holdingTable")
        self.backButton = QPushButton(self.tr("Hand back into stock…"), self)
        self.backButton.setObjectName("handBackButton")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Person:"), self))
        top.addWidget(self.personBox, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.backButton)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(760, 440)
        fill_combo(self.personBox, [(f"{p.name}（{p.department_name}）" if getattr(p, "department_name", "")
                                     else p.name, p.id) for p in desk.org.staff(user)], blank=self.tr("(choose)"))
        self.personBox.currentIndexChanged.connect(lambda _i: self.refresh())
        self.backButton.clicked.connect(self.hand_back)
        self.table.itemSelectionChanged.connect(self._enable)
        self.refresh()

    def select_person(self, staff_id: int) -> None:
        self.personBox.setCurrentIndex(max(0, self.personBox.findData(staff_id)))

    def refresh(self) -> None:
        staff_id = self.personBox.currentData()
        self.rows = []
        if staff_id is not None:
            done, rows = attempt(self, self.desk.supply_issues.holdings, self.user, staff_id)
            self.rows = list(rows or [])
        kinds = {"issue": self.tr("Issued"), "loan": self.tr("On loan")}
        fill_table(self.table, [self.tr("Kind"), self.tr("Number"), self.tr("Item name"), self.tr("Quantity"),
                                self.tr("Since")],
                   [[kinds.get(h.kind, h.kind), h.number, h.item_name, h.quantity, _date(h.since)] for h in self.rows],
                   keys=list(range(len(self.rows))), align=["", "", "", RIGHT], stretch=2)
        self._enable()

    def _enable(self) -> None:
        index = selected_key(self.table)
        self.backButton.setEnabled(index is not None and self.rows[index].kind == "issue")

    def hand_back(self) -> None:
        index = selected_key(self.table)
        if index is None or self.rows[index].kind != "issue":
            return
        condition, ok = QInputDialog.getText(self, self.tr("Hand back into stock"), self.tr("Condition of the item:"))
        if not ok:
            return
        done, _ = attempt(self, self.desk.supply_issues.hand_back, self.user, self.rows[index].ref_id,
                          condition=condition.strip())
        if done:
            self.touched = True
            self.refresh()
