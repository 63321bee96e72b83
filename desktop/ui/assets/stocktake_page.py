"""清查盘点 (ASSET-06, issue 13 item 5): the list of counts with their state, a new count of a whole
room or of a department counted jointly by the asset manager, a finance person and the users, and
the count screen (count_screen.py) where a scanner does the counting."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QRadioButton, QStackedWidget, QTableWidget, QVBoxLayout, QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.assets.count_screen import CountScreen, stocktake_state_text
from desktop.ui.date_field import date_field
from desktop.ui.messages import attempt, position_text
from desktop.ui.tables import fill_table, selected_key

__all__ = ["StocktakePage", "NewStocktakeDialog"]

COUNTER_POSITIONS = ("asset_mgr", "accountant", "finance_head")  # ASSET-06: who counts besides the users


class NewStocktakeDialog(QDialog):
    """A new count: its title, a location (a whole room) or a department, the day, the counters."""

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.stocktake_id: int | None = None
        self.setWindowTitle(self.tr("New count"))
        self.titleEdit = QLineEdit(self)
        self.titleEdit.setObjectName("titleEdit")
        self.titleEdit.setText(self.tr("{year} annual count").format(year=date.today().year))
        self.byLocation = QRadioButton(self.tr("A location (a whole room)"), self)
        self.byDepartment = QRadioButton(self.tr("A department"), self)
        self.byLocation.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.byLocation)
        group.addButton(self.byDepartment)
        self.locationBox = QComboBox(self)
        self.locationBox.setObjectName("locationBox")
        self.locationBox.setEditable(True)
        done, places = attempt(self, desk.assets.locations, user)
        self.locationBox.addItems([p for p in (places or []) if p] if done else [])
        self.departmentBox = QComboBox(self)
        self.departmentBox.setObjectName("departmentBox")
        for d in desk.org.departments(user):
            self.departmentBox.addItem(d.name, d.id)
        self.dateEdit = date_field(self, date.today())
        self.dateEdit.setObjectName("dateEdit")
        self.counterList = QListWidget(self)
        self.counterList.setObjectName("counterList")
        for person in desk.org.staff(user):
            if person.department_id is None:  # the system administrator does no business (SEC-13)
                continue
            jobs = [position_text(a.position) for a in person.assignments if a.position in COUNTER_POSITIONS]
            item = QListWidgetItem(f"{person.name}（{person.department_name}{'，' + '、'.join(jobs) if jobs else ''}）")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, person.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id == user.staff_id else Qt.CheckState.Unchecked)
            self.counterList.addItem(item)
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                          self)
        self.buttonBox.accepted.connect(self.create)
        self.buttonBox.rejected.connect(self.reject)
        where = QHBoxLayout()
        where.addWidget(self.byLocation)
        where.addWidget(self.locationBox, 1)
        where.addWidget(self.byDepartment)
        where.addWidget(self.departmentBox, 1)
        form = QFormLayout()
        form.addRow(self.tr("Count title:"), self.titleEdit)
        form.addRow(self.tr("What is counted:"), where)
        form.addRow(self.tr("Count date:"), self.dateEdit)
        hint = QLabel(self.tr("Counted jointly by the asset manager, finance staff and the users (ASSET-06):"), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.counterList, 1)
        layout.addWidget(self.buttonBox)
        self.resize(620, 520)
        self.byLocation.toggled.connect(self._where_changed)
        self.locationBox.currentTextChanged.connect(lambda _t: self.check_users())
        self._where_changed()
        self.check_users()

    def _where_changed(self) -> None:
        self.locationBox.setEnabled(self.byLocation.isChecked())
        self.departmentBox.setEnabled(self.byDepartment.isChecked())

    def check_users(self) -> None:
        """Tick the users of the cards at the chosen place (they count with the others, ASSET-06)."""
        place = self.locationBox.currentText().strip()
        if not self.byLocation.isChecked() or not place:
            return
        try:
            rows, _total = self.desk.assets.find(self.user, location=place, limit=500)
        except Exception:  # noqa: BLE001 - a convenience: the service checks the counters anyway
            return
        names = {r.user_name for r in rows if r.user_name}
        for i in range(self.counterList.count()):
            item = self.counterList.item(i)
            if item.data(Qt.ItemDataRole.UserRole + 1) in names:
                item.setCheckState(Qt.CheckState.Checked)

    def check_counters(self, staff_ids: list[int]) -> None:
        for i in range(self.counterList.count()):
            item = self.counterList.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in staff_ids:
                item.setCheckState(Qt.CheckState.Checked)

    def counters(self) -> list[int]:
        return [self.counterList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.counterList.count())
                if self.counterList.item(i).checkState() == Qt.CheckState.Checked]

    def create(self) -> int | None:
        by_location = self.byLocation.isChecked()
        done, stocktake_id = attempt(
            self, self.desk.stocktakes.start, self.user, self.titleEdit.text().strip(),
            location=self.locationBox.currentText().strip() if by_location else "",
            department_id=None if by_location else self.departmentBox.currentData(),
            counted_on=self.dateEdit.value(), counter_ids=self.counters())
        if done:
            self.stocktake_id = stocktake_id
            self.accept()
        return stocktake_id if done else None


class StocktakePage(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.views: list[Any] = []
        self.stack = QStackedWidget(self)
        listing = QWidget(self)
        self.newButton = QPushButton(self.tr("New count…"), listing)
        self.openButton = QPushButton(self.tr("Open"), listing)
        self.labelsButton = QPushButton(self.tr("Print labels…"), listing)
        self.refreshButton = QPushButton(self.tr("Refresh"), listing)
        for name, button in (("newButton", self.newButton), ("openButton", self.openButton),
                             ("labelsButton", self.labelsButton), ("refreshButton", self.refreshButton)):
            button.setObjectName(name)
        self.newButton.setVisible("asset_mgr" in user.positions)  # the asset manager starts a count (ASSET-06)
        bar = QHBoxLayout()
        for button in (self.newButton, self.openButton, self.labelsButton):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.refreshButton)
        self.table = QTableWidget(listing)
        self.table.setObjectName("stocktakeTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        list_layout = QVBoxLayout(listing)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.table, 1)
        self.countScreen = CountScreen(desk, user, self)
        self.stack.addWidget(listing)
        self.stack.addWidget(self.countScreen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.newButton.clicked.connect(lambda: self.new_count())
        self.openButton.clicked.connect(self.open_selected)
        self.labelsButton.clicked.connect(lambda: self.print_labels())
        self.refreshButton.clicked.connect(self.refresh)
        self.countScreen.back_requested.connect(self.show_list)
        self.countScreen.changed.connect(self._count_changed)

    def refresh(self) -> None:
        done, views = attempt(self, self.desk.stocktakes.stocktakes, self.user)
        if not done:
            return
        self.views = list(views)
        headers = [self.tr("Count title"), self.tr("Location or department"), self.tr("Count date"), self.tr("State"),
                   self.tr("Scans"), self.tr("Counted by"), self.tr("Report no.")]
        rows = [[v.title, v.location or v.department_name, str(v.counted_on), stocktake_state_text(v.state),
                 v.scans, "、".join(v.counters), v.document_serial or ""] for v in self.views]
        fill_table(self.table, headers, rows, [v.id for v in self.views], keep=selected_key(self.table), stretch=0)
        if self.stack.currentWidget() is self.countScreen and self.countScreen.stocktake_id is not None:
            self.countScreen.load(self.countScreen.stocktake_id)

    def new_count(self, *, modal: bool = True) -> NewStocktakeDialog | None:
        dialog = NewStocktakeDialog(self.desk, self.user, self)
        dialog.setObjectName("newStocktakeDialog")
        dialog.accepted.connect(lambda: self._created(dialog.stocktake_id))
        if not modal:
            dialog.show()
            return dialog
        dialog.exec()
        dialog.deleteLater()
        return None

    def _created(self, stocktake_id: int | None) -> None:
        self.refresh()
        self.changed.emit()
        if stocktake_id is not None:
            self.open_count(stocktake_id)

    def open_selected(self) -> None:
        key = selected_key(self.table)
        if key is not None:
            self.open_count(key)

    def open_count(self, stocktake_id: int) -> CountScreen:
        self.stack.setCurrentWidget(self.countScreen)
        self.countScreen.load(stocktake_id)
        return self.countScreen

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.refresh()

    def print_labels(self, *, modal: bool = True):  # noqa: ANN201 - labels of a whole location
        from desktop.ui.assets.label_dialog import LabelDialog

        dialog = LabelDialog(self.desk, self.user, (), self)
        dialog.setObjectName("labelDialog")
        if not modal:
            dialog.show()
            return dialog
        dialog.exec()
        dialog.deleteLater()
        return None

    def _count_changed(self) -> None:
        self.changed.emit()
