"""People and their positions. Assigning a position that clashes with one already held is
refused by the services (IC-04 and the preset's incompatible pairs); the refusal is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from desktop.domain.positions import POSITIONS
from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.services.organisation import StaffView
from desktop.ui.forms.ui_people_page import Ui_PeoplePage
from desktop.ui.messages import attempt, position_text
from desktop.ui.tables import fill_table, selected_key

__all__ = ["PeoplePage"]

_SCOPED = {p.key for p in POSITIONS if p.scoped}


class PeoplePage(QWidget):
    def __init__(self, desk: Desk, user: SignedIn, language: str = "zh", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PeoplePage()
        self.ui.setupUi(self)
        self.desk, self.user, self.language = desk, user, language
        self.people: list[StaffView] = []
        for p in POSITIONS:
            self.ui.positionCombo.addItem(position_text(p.key), p.key)
        self.ui.peopleTable.itemSelectionChanged.connect(self._show_selected)
        self.ui.showInactiveCheck.toggled.connect(self.refresh)
        self.ui.addPersonButton.clicked.connect(self.add_person)
        self.ui.savePersonButton.clicked.connect(self.save_person)
        self.ui.assignButton.clicked.connect(self.assign)
        self.ui.removePositionButton.clicked.connect(self.remove_position)
        self.ui.positionCombo.currentIndexChanged.connect(self._position_changed)
        self.ui.mainLayout.setStretch(0, 2)
        self.ui.mainLayout.setStretch(1, 1)

    def refresh(self) -> None:
        keep = selected_key(self.ui.peopleTable)
        departments = self.desk.org.departments(self.user)
        for combo, blank in ((self.ui.departmentCombo, self.tr("(none)")),
                             (self.ui.positionDepartmentCombo, self.tr("(for department…)"))):
            current = combo.currentData()
            combo.clear()
            combo.addItem(blank, None)
            for d in departments:
                combo.addItem(d.name, d.id)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.people = self.desk.org.staff(self.user, include_inactive=self.ui.showInactiveCheck.isChecked())
        rows = [(s.name, s.department_name, s.title, self._positions_text(s), s.username or "—",
                 self.tr("In service") if s.active else self.tr("Left")) for s in self.people]
        fill_table(self.ui.peopleTable, [self.tr("Name"), self.tr("Department"), self.tr("Job title"),
                                         self.tr("Positions"), self.tr("Account"), self.tr("Status")],
                   rows, [s.id for s in self.people], stretch=3, keep=keep)
        self._show_selected()
        self._position_changed()

    def _positions_text(self, person: StaffView) -> str:
        return "、".join(self._assignment_label(a.position, a.department_name) for a in person.assignments)

    def _assignment_label(self, position: str, department: str) -> str:
        label = position_text(position)
        return f"{label}（{department}）" if department else label

    def selected(self) -> StaffView | None:
        key = selected_key(self.ui.peopleTable)
        return next((s for s in self.people if s.id == key), None)

    def select_person(self, name: str) -> None:
        for row, person in enumerate(self.people):
            if person.name == name:
                self.ui.peopleTable.selectRow(row)

    def _show_selected(self) -> None:
        person = self.selected()
        self.ui.savePersonButton.setEnabled(person is not None)
        self.ui.positionsGroup.setEnabled(person is not None)
        self.ui.positionsList.clear()
        if person is None:
            return
        self.ui.nameEdit.setText(person.name)
        self.ui.titleEdit.setText(person.title)
        self.ui.activeCheck.setChecked(person.active)
        self.ui.departmentCombo.setCurrentIndex(max(0, self.ui.departmentCombo.findData(person.department_id)))
        for a in person.assignments:
            item = QListWidgetItem(self._assignment_label(a.position, a.department_name))
            item.setData(Qt.ItemDataRole.UserRole, (a.position, a.department_id))
            self.ui.positionsList.addItem(item)

    def _position_changed(self) -> None:
        self.ui.positionDepartmentCombo.setEnabled(self.ui.positionCombo.currentData() in _SCOPED)

    def add_person(self) -> None:
        done, staff_id = attempt(self, self.desk.org.add_staff, self.user, self.ui.nameEdit.text(),
                                 self.ui.departmentCombo.currentData(), self.ui.titleEdit.text())
        if done:
            self.refresh()
            self._select_id(staff_id)

    def save_person(self) -> None:
        person = self.selected()
        if person is None:
            return
        if attempt(self, self.desk.org.update_staff, self.user, person.id, name=self.ui.nameEdit.text(),
                   department_id=self.ui.departmentCombo.currentData(), title=self.ui.titleEdit.text(),
                   active=self.ui.activeCheck.isChecked())[0]:
            self.refresh()

    def assign(self) -> None:
        person = self.selected()
        if person is None:
            return
        position = self.ui.positionCombo.currentData()
        department = self.ui.positionDepartmentCombo.currentData() if position in _SCOPED else None
        if attempt(self, self.desk.org.assign_position, self.user, person.id, position, department)[0]:
            self.refresh()

    def remove_position(self) -> None:
        person = self.selected()
        item = self.ui.positionsList.currentItem()
        if person is None or item is None:
            return
        position, department = item.data(Qt.ItemDataRole.UserRole)
        if attempt(self, self.desk.org.remove_position, self.user, person.id, position, department)[0]:
            self.refresh()

    def _select_id(self, staff_id: int) -> None:
        for row, person in enumerate(self.people):
            if person.id == staff_id:
                self.ui.peopleTable.selectRow(row)
