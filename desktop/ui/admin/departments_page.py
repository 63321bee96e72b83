"""Departments: add, rename, deactivate (and reactivate)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.services.organisation import UNITS, DepartmentView
from desktop.ui.forms.ui_departments_page import Ui_DepartmentsPage
from desktop.ui.messages import attempt
from desktop.ui.tables import fill_table, selected_key

__all__ = ["DepartmentsPage"]


class DepartmentsPage(QWidget):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DepartmentsPage()
        self.ui.setupUi(self)
        self.desk, self.user = desk, user
        self.departments: list[DepartmentView] = []
        for key, label in UNITS.items():
            self.ui.unitCombo.addItem(label, key)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.nameEdit.returnPressed.connect(self.add)
        self.ui.renameButton.clicked.connect(self.rename)
        self.ui.toggleActiveButton.clicked.connect(self.toggle_active)
        self.ui.showInactiveCheck.toggled.connect(self.refresh)
        self.ui.departmentsTable.itemSelectionChanged.connect(self._selection_changed)

    def refresh(self) -> None:
        keep = selected_key(self.ui.departmentsTable)
        self.departments = self.desk.org.departments(self.user, include_inactive=self.ui.showInactiveCheck.isChecked())
        rows = [(d.name, UNITS.get(d.unit, d.unit), self.tr("Active") if d.active else self.tr("Inactive"))
                for d in self.departments]
        fill_table(self.ui.departmentsTable, [self.tr("Department"), self.tr("Unit"), self.tr("Status")], rows,
                   [d.id for d in self.departments], keep=keep)
        self._selection_changed()

    def selected(self) -> DepartmentView | None:
        key = selected_key(self.ui.departmentsTable)
        return next((d for d in self.departments if d.id == key), None)

    def _selection_changed(self) -> None:
        dept = self.selected()
        self.ui.renameButton.setEnabled(dept is not None)
        self.ui.toggleActiveButton.setEnabled(dept is not None)
        self.ui.toggleActiveButton.setText(self.tr("Reactivate") if dept and not dept.active else self.tr("Deactivate"))

    def add(self) -> None:
        done, _ = attempt(self, self.desk.org.add_department, self.user, self.ui.nameEdit.text(),
                          self.ui.unitCombo.currentData())
        if done:
            self.ui.nameEdit.clear()
            self.refresh()

    def rename(self) -> None:
        dept = self.selected()
        if dept is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename department"), self.tr("New name:"), text=dept.name)
        if ok and attempt(self, self.desk.org.update_department, self.user, dept.id, name=name)[0]:
            self.refresh()

    def toggle_active(self) -> None:
        dept = self.selected()
        if dept is not None and attempt(self, self.desk.org.update_department, self.user, dept.id,
                                        active=not dept.active)[0]:
            self.refresh()
