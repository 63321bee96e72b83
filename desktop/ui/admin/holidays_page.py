"""规则配置 → 节假日 (VEH-07): a year's holidays and adjusted working days (调休上班), shipped from
the State Council's notice and corrected by the administrator: one day at a time, or a year's
``date,kind,name`` file imported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.vehicles.calendar import DAY_KINDS
from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.messages import attempt
from desktop.ui.record_form import date_edit
from desktop.ui.tables import fill_table

__all__ = ["HolidaysPage"]


class HolidaysPage(QWidget):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.yearSpin = QSpinBox(self)
        self.yearSpin.setObjectName("yearSpin")
        self.yearSpin.setRange(2000, 2100)
        self.yearSpin.setValue(QDate.currentDate().year())
        self.importButton = QPushButton(self.tr("Import a year's notice…"), self)
        self.importButton.setObjectName("importButton")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:"), self))
        top.addWidget(self.yearSpin)
        top.addStretch(1)
        top.addWidget(self.importButton)
        self.table = QTableWidget(self)
        self.table.setObjectName("holidaysTable")
        self.dayEdit = date_edit()
        self.dayEdit.setObjectName("dayEdit")
        self.kindCombo = QComboBox(self)
        self.kindCombo.setObjectName("kindCombo")
        for key, label in DAY_KINDS.items():
            self.kindCombo.addItem(label, key)
        self.nameEdit = QLineEdit(self)
        self.nameEdit.setObjectName("nameEdit")
        self.nameEdit.setPlaceholderText(self.tr("Name, e.g. 国庆节"))
        self.setButton = QPushButton(self.tr("Set day"), self)
        self.setButton.setObjectName("setButton")
        edit = QHBoxLayout()
        for w in (self.dayEdit, self.kindCombo, self.nameEdit, self.setButton):
            edit.addWidget(w)
        note = QLabel(self.tr("Weekday public holidays count as holidays for vehicle use (VEH-07); an adjusted "
                              "working Saturday or Sunday counts as a working day. A bureau entry overrides the "
                              "shipped calendar; 2027 is provisional until the State Council's notice."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit)
        self.yearSpin.valueChanged.connect(self.refresh)
        self.setButton.clicked.connect(self.set_day)
        self.importButton.clicked.connect(self.import_file)

    def refresh(self) -> None:
        rows = self.desk.calendar.rows(self.user, self.yearSpin.value())
        weekdays = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                    self.tr("Sun")]
        fill_table(self.table, [self.tr("Date"), self.tr("Weekday"), self.tr("Kind"), self.tr("Name"), self.tr("Set by")],
                   [(r.day.isoformat(), weekdays[r.day.weekday()], r.kind_label, r.name,
                     self.tr("Bureau") if r.source == "本单位" else self.tr("Shipped")) for r in rows],
                   [r.day for r in rows], stretch=3)

    def set_day(self) -> None:
        day = self.dayEdit.date().toPython()
        if attempt(self, self.desk.calendar.set_day, self.user, day, self.kindCombo.currentData(),
                   self.nameEdit.text())[0]:
            self.nameEdit.clear()
            self.yearSpin.setValue(day.year)
            self.refresh()

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import holiday calendar"), "",
                                              self.tr("Calendar (*.csv)"))
        if path and attempt(self, self.desk.calendar.import_csv, self.user,
                            Path(path).read_text(encoding="utf-8-sig", errors="replace"))[0]:
            self.refresh()
