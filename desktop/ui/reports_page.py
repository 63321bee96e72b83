"""报表: how many documents of each kind are in each state, and the spending returns: travel,
reception, vehicle and meeting costs by department and month (Excel, the printable sheet and its print preview),
the annual meeting plan and the annual report of meetings held (MEET-02, MEET-15)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import (QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QSpinBox, QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.forms.ui_reports_page import Ui_ReportsPage
from desktop.ui.messages import STATES, attempt, inform, state_text
from desktop.ui.pdf_preview import PdfPreviewDialog
from desktop.ui.tables import RIGHT, fill_table

__all__ = ["ReportsPage"]


class ReportsPage(QWidget):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.desk, self.user = desk, user
        self.ui.refreshButton.clicked.connect(self.refresh)
        box = QGroupBox(self.tr("Spending returns"), self)
        grid = QGridLayout(box)
        year_row = QHBoxLayout()
        year_row.addWidget(QLabel(self.tr("Year:")))
        self.yearSpin = QSpinBox()
        self.yearSpin.setObjectName("yearSpin")
        self.yearSpin.setRange(2000, 2100)
        self.yearSpin.setValue(date.today().year)
        year_row.addWidget(self.yearSpin)
        year_row.addStretch(1)
        grid.addLayout(year_row, 0, 0, 1, 5)
        self.export_buttons: dict[str, QPushButton] = {}
        lines = (
            (self.tr("Travel, reception, vehicles and meetings by department and month:"), (
                ("spendingXlsx", self.tr("Spending by department and month (Excel)…"), "xlsx"),
                ("spendingPdf", self.tr("Spending report for print (PDF)…"), "pdf"))),
            (self.tr("Meetings:"), (
                ("meetingPlanXlsx", self.tr("Annual meeting plan (Excel)…"), "xlsx"),
                ("meetingReportXlsx", self.tr("Annual meeting report (Excel)…"), "xlsx"),
                ("meetingReportPdf", self.tr("Annual meeting report for print (PDF)…"), "pdf"))))
        self.preview_buttons: dict[str, QPushButton] = {}
        for line, (label, buttons) in enumerate(lines, start=1):
            grid.addWidget(QLabel(label), line, 0)
            for column, (name, text, suffix) in enumerate(buttons, start=1):
                button = QPushButton(text)
                button.setObjectName(name + "Button")
                button.clicked.connect(lambda _=False, n=name, sfx=suffix: self.export(n, sfx))
                grid.addWidget(button, line, column)
                self.export_buttons[name] = button
            pdf = next(name for name, _text, suffix in buttons if suffix == "pdf")
            preview = QPushButton(self.tr("Print preview…"))
            preview.setObjectName(pdf + "PreviewButton")
            preview.clicked.connect(lambda _=False, n=pdf: self.preview(n))
            grid.addWidget(preview, line, 4)
            self.preview_buttons[pdf] = preview
        grid.setColumnStretch(5, 1)
        self.ui.verticalLayout.insertWidget(1, box)

    def _maker(self, name: str) -> Callable[[], bytes]:
        year = self.yearSpin.value()
        sp, meetings = self.desk.spending, self.desk.meetings
        return {"spendingXlsx": lambda: sp.export_xlsx(self.user, year),
                "spendingPdf": lambda: sp.print_pdf(self.user, year),
                "meetingPlanXlsx": lambda: sp.meeting_plan_xlsx(self.user, meetings, year),
                "meetingReportXlsx": lambda: sp.meeting_report_xlsx(self.user, meetings, year),
                "meetingReportPdf": lambda: sp.meeting_report_pdf(self.user, meetings, year)}[name]

    def preview(self, name: str, *, modal: bool = True) -> PdfPreviewDialog | None:
        """打印预览: the printable return (PDF) on screen, with 打印… for the system print dialog."""
        done, data = attempt(self, self._maker(name))
        if not done:
            return None
        title = self.export_buttons[name].text().rstrip("…")
        dialog = PdfPreviewDialog(data, f"{title} · {self.yearSpin.value()}", self)
        dialog.setObjectName("reportPreview")
        dialog.status.setText(self.tr("{n} page(s)").format(n=dialog.page_count()))
        if modal:
            dialog.exec()
            dialog.deleteLater()
        return dialog

    def export(self, name: str, suffix: str) -> Path | None:
        """Ask where to save, then write the return (the service checks who may see it)."""
        year = self.yearSpin.value()
        make = self._maker(name)
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save report"), f"{name}-{year}.{suffix}",
                                                    f"*.{suffix}")
        if not path:
            return None
        done, data = attempt(self, make)
        if not done:
            return None
        Path(path).write_bytes(data)
        inform(self, self.tr("Saved"), self.tr("Saved to {path}").format(path=path))
        return Path(path)

    def refresh(self) -> None:
        titles = self.desk.approvals.kinds(self.user)
        counts = self.desk.approvals.counts(self.user)  # what this person may read (SEC-03), counted in SQL
        states = list(STATES)
        rows = []
        for kind, title in titles.items():
            per_state = [counts.get((kind, s), 0) for s in states]
            rows.append([title, *per_state, sum(per_state)])
        totals = [sum(r[i + 1] for r in rows) for i in range(len(states) + 1)]
        rows.append([self.tr("Total"), *totals])
        headers = [self.tr("Kind"), *(state_text(s) for s in states), self.tr("Total")]
        fill_table(self.ui.countsTable, headers, rows, align=("",) + (RIGHT,) * (len(states) + 1))
        header = self.ui.countsTable.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
