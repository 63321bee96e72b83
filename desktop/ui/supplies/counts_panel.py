"""盘点 (SUPPLY-11): the half-yearly count of a store — the book quantities fixed when the keeper
starts it, the counted quantities typed into a grid, every difference explained (with the person
liable and their compensation, SUPPLY-12), reported for approval as a 办公用品盘点差异报告 signed
with the passphrase, and once approved the stock adjusted (gain/loss movements, audited)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QStackedWidget,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.domain.supplies.periods import half_label
from desktop.services.base import Refused, SignedIn
from desktop.services.desk import Desk
from desktop.ui.amount_field import AmountDelegate
from desktop.ui.assets.asset_terms import amount_of, fill_combo
from desktop.ui.assets.move_dialogs import FormDialog
from desktop.ui.date_field import date_field
from desktop.ui.messages import attempt, inform, state_text
from desktop.ui.signing import create_and_submit
from desktop.ui.supplies.flow_parts import list_table, money_text, people_items, run_dialog
from desktop.ui.tables import RIGHT, fill_table, selected_key, settle_table

__all__ = ["CountsPanel", "CountGrid", "StartCountDialog", "CODE", "BOOK", "COUNTED", "DIFFERENCE", "VALUE",
           "EXPLANATION", "LIABLE", "COMPENSATION"]

CODE, NAME, SPEC, UNIT, BOOK, COUNTED, DIFFERENCE, VALUE, EXPLANATION, LIABLE, COMPENSATION = range(11)
EDITABLE = (COUNTED, EXPLANATION, COMPENSATION)
SHORT, OVER = "#fde2e1", "#e3f2e1"


class StartCountDialog(FormDialog):
    """开始盘点: which store and the day; the book quantities are fixed now."""

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(desk, user, self.tr("Start a count"), parent)
        self.locationBox = QComboBox(self)
        self.locationBox.setObjectName("locationBox")
        done, places = attempt(self, desk.supplies.locations, user)
        fill_combo(self.locationBox, [(p.name, p.id) for p in (places or []) if p.active])
        self.dateEdit = date_field(self, date.today())
        self.dateEdit.setObjectName("dateEdit")
        self.form.addRow(self.tr("Store:"), self.locationBox)
        self.form.addRow(self.tr("Count date:"), self.dateEdit)
        note = QLabel(self.tr("The book quantities are fixed when the count starts; the office checks the stock every "
                              "half year [SUPPLY-11]."), self)
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self.finish_layout()

    def perform(self) -> tuple[bool, Any]:
        return attempt(self, self.desk.supply_counts.start, self.user, self.locationBox.currentData(),
                       self.dateEdit.value())


class CountGrid(QWidget):
    """One count: its lines with the counted quantity, explanation, liable person and compensation
    editable while counting; save, report, adjust."""

    changed = Signal()
    back_requested = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.count_id: int | None = None
        self.view: Any = None
        self.people = people_items(desk, user)
        self.backButton = QPushButton(self.tr("← Counts"), self)
        self.titleLabel = QLabel(self)
        self.titleLabel.setObjectName("countTitle")
        self.stateLabel = QLabel(self)
        self.stateLabel.setObjectName("countState")
        self.saveButton = QPushButton(self.tr("Save counts"), self)
        self.reportButton = QPushButton(self.tr("Report differences…"), self)
        self.sheetButton = QPushButton(self.tr("Approval sheet…"), self)
        self.adjustButton = QPushButton(self.tr("Adjust stock"), self)
        for name, button in (("backButton", self.backButton), ("saveButton", self.saveButton),
                             ("reportButton", self.reportButton), ("sheetButton", self.sheetButton),
                             ("adjustButton", self.adjustButton)):
            button.setObjectName(name)
        top = QHBoxLayout()
        top.addWidget(self.backButton)
        top.addWidget(self.titleLabel, 1)
        top.addWidget(self.stateLabel)
        bar = QHBoxLayout()
        for button in (self.saveButton, self.reportButton, self.sheetButton, self.adjustButton):
            bar.addWidget(button)
        bar.addStretch(1)
        self.table = QTableWidget(self)
        self.table.setObjectName("countGrid")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setItemDelegateForColumn(COMPENSATION, AmountDelegate(self.table))
        self.hintLabel = QLabel(self.tr("Type the counted quantity; explain every difference, naming the person "
                                        "liable and any compensation [SUPPLY-11, SUPPLY-12]."), self)
        self.hintLabel.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.hintLabel)
        layout.addWidget(self.table, 1)
        self.backButton.clicked.connect(self.back_requested)
        self.saveButton.clicked.connect(lambda: self.save())
        self.reportButton.clicked.connect(lambda: self.report())
        self.sheetButton.clicked.connect(self.show_approval)
        self.adjustButton.clicked.connect(lambda: self.adjust())
        self.table.itemChanged.connect(self._cell_changed)

    def headers(self) -> list[str]:
        return [self.tr("Item code"), self.tr("Item name"), self.tr("Specification"), self.tr("Unit of measure"), self.tr("Book"),
                self.tr("Counted"), self.tr("Difference"), self.tr("Amount"), self.tr("Explanation"),
                self.tr("Person liable"), self.tr("Compensation")]

    def load(self, count_id: int) -> None:
        done, view = attempt(self, self.desk.supply_counts.count_view, self.user, count_id)
        if not done:
            return
        self.count_id, self.view = count_id, view
        self.titleLabel.setText(self.tr("{no}  {store}  counted on {day}").format(
            no=view.count_no, store=view.location_name, day=view.counted_on))
        counting = view.state == "counting"
        doc_state = self.document_state()
        state = view.state_label + (f"（{state_text(doc_state)}）" if doc_state else "")
        self.stateLabel.setText(self.tr("State: {state}").format(state=state))
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setColumnCount(len(self.headers()))
        self.table.setHorizontalHeaderLabels(self.headers())
        self.table.setRowCount(len(view.lines))
        for r, line in enumerate(view.lines):
            counted = "" if line.counted_quantity is None else str(line.counted_quantity)
            values = [line.code, line.name, line.specification, line.unit, str(line.book_quantity), counted, "",
                      money_text(line.value), line.explanation or "", "",
                      money_text(line.compensation) if line.compensation else ""]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c == CODE:
                    item.setData(Qt.ItemDataRole.UserRole, line.item_id)
                if c in (BOOK, COUNTED, DIFFERENCE, VALUE, COMPENSATION):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c not in EDITABLE or not counting:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
            liable = QComboBox(self.table)
            liable.setObjectName(f"liableBox{r}")
            fill_combo(liable, self.people, blank=self.tr("(nobody)"), current=line.liable_staff_id)
            liable.setEnabled(counting)
            self.table.setCellWidget(r, LIABLE, liable)
            self._show_difference(r)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(EXPLANATION, max(self.table.columnWidth(EXPLANATION), 220))
        self.table.setColumnWidth(LIABLE, max(self.table.columnWidth(LIABLE), 180))
        settle_table(self.table)
        self.saveButton.setEnabled(counting)
        self.reportButton.setEnabled(counting)
        self.sheetButton.setVisible(view.document_id is not None)
        self.adjustButton.setVisible(view.state == "reported")
        self.adjustButton.setEnabled(view.state == "reported" and doc_state in ("approved", "archived"))

    def document_state(self) -> str:
        return (self.view.document_state or "") if self.view is not None else ""

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == COUNTED:
            self.table.blockSignals(True)
            self._show_difference(item.row())
            self.table.blockSignals(False)

    def _show_difference(self, row: int) -> None:
        """Counted − book, green for a gain and red for a loss, as typed."""
        book = int(self.table.item(row, BOOK).text())
        counted = self.table.item(row, COUNTED).text().strip()
        cell = self.table.item(row, DIFFERENCE)
        if not counted.lstrip("-").isdigit():
            cell.setText("")
            colour = None
        else:
            diff = int(counted) - book
            cell.setText(f"{diff:+d}" if diff else "0")
            colour = SHORT if diff < 0 else OVER if diff > 0 else None
        for c in range(self.table.columnCount()):
            target = self.table.item(row, c)
            if target is not None:
                target.setBackground(QBrush(QColor(colour)) if colour else QBrush())

    def set_cell(self, row: int, column: int, text: str) -> None:
        self.table.item(row, column).setText(text)

    def set_liable(self, row: int, staff_id: int | None) -> None:
        box: QComboBox = self.table.cellWidget(row, LIABLE)
        box.setCurrentIndex(max(box.findData(staff_id), 0))

    def entered_lines(self) -> list[dict[str, Any]]:
        """The lines as typed; a blank count is not sent (not counted yet)."""
        lines = []
        for r in range(self.table.rowCount()):
            counted = self.table.item(r, COUNTED).text().strip()
            if not counted:
                continue
            compensation = amount_of(self.table.item(r, COMPENSATION).text())
            lines.append({"item_id": self.table.item(r, CODE).data(Qt.ItemDataRole.UserRole),
                          "counted_quantity": int(counted) if counted.lstrip("-").isdigit() else counted,
                          "explanation": self.table.item(r, EXPLANATION).text().strip(),
                          "liable_staff_id": self.table.cellWidget(r, LIABLE).currentData(),
                          "compensation": compensation if compensation is not None else Decimal("0")})
        return lines

    def save(self) -> bool:
        if self.count_id is None:
            return False
        done, _ = attempt(self, self.desk.supply_counts.enter, self.user, self.count_id, self.entered_lines())
        if done:
            self.load(self.count_id)
            self.changed.emit()
        return done

    def report(self) -> int | None:
        """差异报批: the counts saved, then the report created and submitted in one call, signed."""
        if self.count_id is None or not self.save():
            return None
        count_id = self.count_id
        doc_id = create_and_submit(self, self.desk, self.user,
                                   lambda **kw: self.desk.supply_counts.report(self.user, count_id, **kw))
        if doc_id is not None:
            self.load(count_id)
            self.changed.emit()
        return doc_id

    def show_approval(self) -> None:
        from desktop.ui.signing import show_sheet

        if self.view is not None and self.view.document_id is not None:
            show_sheet(self, self.desk, self.user, self.view.document_id)

    def adjust(self) -> bool:
        """调整库存: after approval, gain and loss movements for every difference."""
        if self.count_id is None:
            return False
        done, _ = attempt(self, self.desk.supply_counts.adjust, self.user, self.count_id)
        if done:
            self.load(self.count_id)
            self.changed.emit()
            inform(self, self.tr("Adjust stock"), self.tr("The stock was adjusted as the approved report says."))
        return done


class CountsPanel(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.rows: list[Any] = []
        self.stack = QStackedWidget(self)
        listing = QWidget(self)
        self.startButton = QPushButton(self.tr("Start a count…"), listing)
        self.openButton = QPushButton(self.tr("Open"), listing)
        self.refreshButton = QPushButton(self.tr("Refresh"), listing)
        for name, button in (("startButton", self.startButton), ("openButton", self.openButton),
                             ("refreshButton", self.refreshButton)):
            button.setObjectName(name)
        self.startButton.setVisible("asset_mgr" in user.positions)  # the keeper counts (SUPPLY-11)
        bar = QHBoxLayout()
        bar.addWidget(self.startButton)
        bar.addWidget(self.openButton)
        bar.addStretch(1)
        bar.addWidget(self.refreshButton)
        self.table = list_table(listing, "countTable")
        self.noteLabel = QLabel(listing)
        self.noteLabel.setObjectName("countNote")
        self.noteLabel.hide()
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        list_layout = QVBoxLayout(listing)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.noteLabel)
        list_layout.addWidget(self.table, 1)
        self.grid = CountGrid(desk, user, self)
        self.stack.addWidget(listing)
        self.stack.addWidget(self.grid)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.startButton.clicked.connect(lambda: self.start())
        self.openButton.clicked.connect(self.open_selected)
        self.refreshButton.clicked.connect(self.refresh)
        self.grid.back_requested.connect(self.show_list)
        self.grid.changed.connect(self.changed)

    def refresh(self) -> None:
        try:
            self.rows = list(self.desk.supply_counts.counts(self.user))
        except Refused as refused:  # a section's staff: the counts are the office's (said once, no box)
            self.rows = []
            self.table.setRowCount(0)
            self.noteLabel.setText("；".join(p.text for p in refused.problems))
            self.noteLabel.show()
            return
        headers = [self.tr("Count no."), self.tr("Store"), self.tr("Count date"), self.tr("Half-year"),
                   self.tr("Items in store"), self.tr("Counted"), self.tr("State"), self.tr("Report")]
        table_rows = [[r.count_no, r.location_name, str(r.counted_on), half_label(r.year, r.half), r.line_count,
                       r.counted, r.state_label,
                       " ".join(x for x in (r.document_serial, state_text(r.document_state) if r.document_state
                                            else "") if x)] for r in self.rows]
        fill_table(self.table, headers, table_rows, [r.id for r in self.rows], keep=selected_key(self.table),
                   align=("", "", "", "", RIGHT, RIGHT), stretch=1)
        if self.stack.currentWidget() is self.grid and self.grid.count_id is not None:
            self.grid.load(self.grid.count_id)

    def start(self, *, modal: bool = True) -> Any:
        dialog = StartCountDialog(self.desk, self.user, self)
        dialog.setObjectName("startCountDialog")
        dialog.accepted.connect(lambda: self._started(dialog.result_value))
        return run_dialog(dialog, modal)

    def _started(self, count_id: int | None) -> None:
        self.refresh()
        self.changed.emit()
        if count_id is not None:
            self.open_count(count_id)

    def open_selected(self) -> None:
        key = selected_key(self.table)
        if key is not None:
            self.open_count(key)

    def open_count(self, count_id: int) -> CountGrid:
        self.stack.setCurrentWidget(self.grid)
        self.grid.load(count_id)
        return self.grid

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.refresh()
