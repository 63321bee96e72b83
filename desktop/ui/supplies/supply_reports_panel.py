"""报表: the stock movement report (收发存: opening, in, out, closing by item, quantity and value) of
a month or a half-year on screen, exported to Excel with a progress dialog, printed or saved as
PDF; and the issue register (领用登记) of a period, for a section or the whole bureau."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QApplication, QComboBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel,
                               QProgressDialog, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.assets.asset_terms import fill_combo
from desktop.ui.date_field import date_field
from desktop.ui.formatting import money
from desktop.ui.messages import attempt, inform
from desktop.ui.supplies.flow_parts import list_table, preview_pdf
from desktop.ui.tables import RIGHT, fill_table

__all__ = ["SupplyReportsPanel"]

AMOUNTS = set(range(4, 12))


def _text(value: Any) -> str:
    if isinstance(value, Decimal):
        return money(value)
    return "" if value is None else str(value)


class SupplyReportsPanel(QWidget):
    changed = Signal()  # nothing here changes data; kept so every tab looks the same to its page

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.report: Any = None
        today = date.today()
        self.yearSpin = QSpinBox(self)
        self.yearSpin.setObjectName("yearSpin")
        self.yearSpin.setRange(2000, 2100)
        self.yearSpin.setValue(today.year)
        self.periodBox = QComboBox(self)
        self.periodBox.setObjectName("periodBox")
        for m in range(1, 13):
            self.periodBox.addItem(self.tr("Month {m}").format(m=m), f"month:{m}")
        self.periodBox.addItem(self.tr("First half-year"), "half:1")
        self.periodBox.addItem(self.tr("Second half-year"), "half:2")
        self.periodBox.setCurrentIndex(today.month - 1)
        self.locationBox = QComboBox(self)
        self.locationBox.setObjectName("locationBox")
        _done, places = attempt(self, desk.supplies.locations, user)
        fill_combo(self.locationBox, [(p.name, p.id) for p in (places or [])], blank=self.tr("(all stores)"))
        self.showButton = QPushButton(self.tr("Show"), self)
        self.excelButton = QPushButton(self.tr("Export Excel…"), self)
        self.pdfButton = QPushButton(self.tr("Print / PDF…"), self)
        for name, button in (("showButton", self.showButton), ("excelButton", self.excelButton),
                             ("pdfButton", self.pdfButton)):
            button.setObjectName(name)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Stock movements of"), self))
        bar.addWidget(self.yearSpin)
        bar.addWidget(self.periodBox)
        bar.addWidget(QLabel(self.tr("Store:"), self))
        bar.addWidget(self.locationBox)
        bar.addWidget(self.showButton)
        bar.addWidget(self.excelButton)
        bar.addWidget(self.pdfButton)
        bar.addStretch(1)
        self.titleLabel = QLabel(self)
        self.titleLabel.setObjectName("reportTitle")
        self.table = list_table(self, "reportTable")
        self.statusLabel = QLabel(self)
        self.statusLabel.setObjectName("statusLabel")
        # 领用登记: the issue register of a period
        register = QGroupBox(self.tr("Issue register"), self)
        self.firstEdit = date_field(register, today.replace(day=1))
        self.firstEdit.setObjectName("firstEdit")
        self.lastEdit = date_field(register, today)
        self.lastEdit.setObjectName("lastEdit")
        self.departmentBox = QComboBox(register)
        self.departmentBox.setObjectName("departmentBox")
        fill_combo(self.departmentBox, [(d.name, d.id) for d in desk.org.departments(user)],
                   blank=self.tr("(all sections)"))
        self.registerButton = QPushButton(self.tr("Print / PDF…"), register)
        self.registerButton.setObjectName("registerButton")
        row = QHBoxLayout(register)
        row.addWidget(QLabel(self.tr("From:"), register))
        row.addWidget(self.firstEdit)
        row.addWidget(QLabel(self.tr("To:"), register))
        row.addWidget(self.lastEdit)
        row.addWidget(QLabel(self.tr("Section:"), register))
        row.addWidget(self.departmentBox)
        row.addWidget(self.registerButton)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.titleLabel)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.statusLabel)
        layout.addWidget(register)
        self._shown = False
        self.showButton.clicked.connect(self.show_report)
        self.excelButton.clicked.connect(lambda: self.export())
        self.pdfButton.clicked.connect(lambda: self.preview())
        self.registerButton.clicked.connect(lambda: self.issue_register())

    def set_period(self, year: int, *, month: int | None = None, half: int | None = None) -> None:
        self.yearSpin.setValue(year)
        self.periodBox.setCurrentIndex(self.periodBox.findData(f"month:{month}" if month else f"half:{half}"))

    def arguments(self) -> dict[str, Any]:
        kind, number = self.periodBox.currentData().split(":")
        number = int(number)
        return {"year": self.yearSpin.value(), "month": number if kind == "month" else None,
                "half": number if kind == "half" else None}

    def refresh(self) -> None:
        """Back on the tab: the report shown is read again (none is read unasked)."""
        if self._shown:
            self.show_report()

    def headers(self) -> list[str]:
        return [self.tr("Item code"), self.tr("Item name"), self.tr("Specification"), self.tr("Unit of measure"),
                self.tr("Opening qty"), self.tr("Opening value"), self.tr("In qty"), self.tr("In value"),
                self.tr("Out qty"), self.tr("Out value"), self.tr("Closing qty"), self.tr("Closing value")]

    def show_report(self) -> Any:
        self._shown = True
        done, report = attempt(self, self.desk.supply_reports.movement_report, self.user,
                               location_id=self.locationBox.currentData(), **self.arguments())
        if not done:
            return None
        self.report = report
        rows = [[r.code, r.name, r.specification, r.unit, r.opening_quantity, r.opening_value, r.in_quantity,
                 r.in_value, r.out_quantity, r.out_value, r.closing_quantity, r.closing_value] for r in report.rows]
        totals = report.totals
        if totals is not None:
            rows.append([self.tr("Total"), "", "", "", *(_total(totals, name) for name in (
                "opening_quantity", "opening_value", "in_quantity", "in_value", "out_quantity", "out_value",
                "closing_quantity", "closing_value"))])
        fill_table(self.table, self.headers(), [[_text(v) for v in row] for row in rows],
                   align=tuple(RIGHT if c in AMOUNTS else "" for c in range(12)), stretch=1)
        if totals is not None and self.table.rowCount():
            last = self.table.rowCount() - 1
            for c in range(self.table.columnCount()):
                item = self.table.item(last, c)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        self.titleLabel.setText(f"{report.title}  {report.first} — {report.last}")
        status = self.tr("{n} item(s)").format(n=len(report.rows))
        mismatches = list(getattr(report, "mismatches", ()) or ())
        if mismatches:  # the closing figures differ from the balances kept (SUPPLY-11)
            status += "  " + self.tr("✗ Closing differs from the stock kept: {items}").format(items="、".join(mismatches))
        self.statusLabel.setText(status)
        self.statusLabel.setStyleSheet("color: #c62828; font-weight: bold;" if mismatches else "")
        return report

    def _title(self) -> str:
        return self.report.title if self.report is not None else self.tr("Stock movements")

    def export(self, path: str | None = None) -> Path | None:
        """导出 Excel: where to save, then written with a progress dialog."""
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export Excel"), f"{self._title()}.xlsx",
                                                        self.tr("Excel workbooks (*.xlsx)"))
            if not path:
                return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        progress = QProgressDialog(self.tr("Writing the stock movement report…"), "", 0, 100, self)
        progress.setObjectName("exportProgress")
        progress.setCancelButton(None)  # the workbook is written in one go
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        try:
            done, _ = attempt(self, self.desk.supply_reports.export_xlsx, self.user, path, progress=_stepper(progress),
                              **self.arguments())
        finally:
            progress.setValue(100)
            progress.close()
            progress.deleteLater()
        if not done:
            return None
        inform(self, self.tr("Exported"), self.tr("Saved to {path}").format(path=path)).setObjectName("exportedBox")
        return Path(path)

    def preview(self, *, modal: bool = True) -> Any:
        """打印/PDF: the printable 收发存 with 打印… and 另存为…."""
        return preview_pdf(self, self.desk.supply_reports.report_pdf, self._title(), "reportPreview", self.user,
                           modal=modal, **self.arguments())

    def issue_register(self, *, modal: bool = True) -> Any:
        """领用登记 of the period (one section, or all)."""
        return preview_pdf(self, self.desk.supply_reports.issue_register_pdf, self.tr("Issue register"),
                           "registerPreview", self.user, first=self.firstEdit.value(), last=self.lastEdit.value(),
                           department_id=self.departmentBox.currentData(), modal=modal)


def _stepper(progress: QProgressDialog) -> Callable[[int, int], None]:
    """The export's progress callback moving the dialog (kept out of the class for lupdate)."""
    def step(done: int, total: int) -> None:
        progress.setValue(int(100 * done / total) if total else 0)
        QApplication.processEvents()

    return step


def _total(totals: Any, name: str) -> Any:
    return totals.get(name, "") if isinstance(totals, dict) else getattr(totals, name, "")
