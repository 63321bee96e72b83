"""资产报表 (issue 13 item 8): the asset ledger (资产台账) as of a day, additions and disposals by
period (资产增减变动表), the depreciation schedule of a year (折旧明细表) and counts by category or
department — shown in a table, exported to Excel (with a progress dialog: 50 000 cards take a
while) and shown as the printable sheet (打印/PDF)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFileDialog, QHBoxLayout, QLabel,
                               QProgressDialog, QPushButton, QSpinBox, QStackedWidget, QTableWidget, QVBoxLayout,
                               QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.books.period_box import PeriodBox, this_month
from desktop.ui.date_field import date_field
from desktop.ui.formatting import money
from desktop.ui.messages import attempt, inform
from desktop.ui.pdf_preview import PdfPreviewDialog
from desktop.ui.tables import RIGHT, fill_table

__all__ = ["AssetReportsPage", "REPORTS", "table_of"]

translate = QCoreApplication.translate
MAX_ROWS = 5000  # lines put on screen at once (50 000 cards stay quick to show)

# The service's report names, with their titles.
REPORTS: dict[str, str] = {
    "ledger": QT_TRANSLATE_NOOP("AssetReportsPage", "Asset ledger"),
    "changes": QT_TRANSLATE_NOOP("AssetReportsPage", "Additions and disposals"),
    "schedule": QT_TRANSLATE_NOOP("AssetReportsPage", "Depreciation schedule"),
    "counts": QT_TRANSLATE_NOOP("AssetReportsPage", "Counts by category or department"),
}


def _month_headers() -> list[str]:
    return [translate("AssetReportsPage", "{m} mo.").format(m=m) for m in range(1, 13)]


def _change_line(r: Any, label: str) -> list[Any]:
    # Not nested in table_of: pyside6-lupdate loses the class context of what follows a nested def.
    return [label, r.opening_count, r.opening_value, r.added_count, r.added_value, r.removed_count,
            r.removed_value, r.closing_count, r.closing_value, r.depreciation]


def table_of(which: str, report: Any) -> tuple[list[str], list[list[Any]], set[int]]:
    """(headers, rows of values, the amount columns) of a report from ``desk.asset_reports``; the
    last row is the total line."""
    if which == "ledger":
        headers = [translate("AssetReportsPage", "Asset no."),
                   translate("AssetReportsPage", "Asset name"),
                   translate("AssetReportsPage", "Category"),
                   translate("AssetReportsPage", "Specification"),
                   translate("AssetReportsPage", "Quantity"),
                   translate("AssetReportsPage", "Acquired on"),
                   translate("AssetReportsPage", "Department"),
                   translate("AssetReportsPage", "User"),
                   translate("AssetReportsPage", "Location"),
                   translate("AssetReportsPage", "Status"),
                   translate("AssetReportsPage", "Original value"),
                   translate("AssetReportsPage", "Accumulated depreciation"),
                   translate("AssetReportsPage", "Net value")]
        rows = [[r.card_no, r.name, r.category_name or r.category_code, r.specification, f"{r.quantity} {r.unit}",
                 r.acquired_on, r.department_name, r.user_name, r.location, r.status_label, r.original_value,
                 r.accumulated, r.net_value] for r in report.rows]
        rows.append([translate("AssetReportsPage", "Total"), *[""] * 9, report.original_value, report.accumulated,
                     report.net_value])
        return headers, rows, {10, 11, 12}
    if which == "changes":
        headers = [translate("AssetReportsPage", "Category"),
                   translate("AssetReportsPage", "Opening (cards)"),
                   translate("AssetReportsPage", "Opening value"),
                   translate("AssetReportsPage", "Added (cards)"),
                   translate("AssetReportsPage", "Added value"),
                   translate("AssetReportsPage", "Removed (cards)"),
                   translate("AssetReportsPage", "Removed value"),
                   translate("AssetReportsPage", "Closing (cards)"),
                   translate("AssetReportsPage", "Closing value"),
                   translate("AssetReportsPage", "Depreciation charged")]
        rows = [_change_line(r, f"{r.category_code} {r.category_name}") for r in report.rows]
        rows.append(_change_line(report.total, translate("AssetReportsPage", "Total")))
        return headers, rows, set(range(1, 10))
    if which == "schedule":
        headers = [translate("AssetReportsPage", "Asset no."),
                   translate("AssetReportsPage", "Asset name"),
                   translate("AssetReportsPage", "Department"),
                   translate("AssetReportsPage", "Expense account"), *_month_headers(),
                   translate("AssetReportsPage", "Year total")]
        rows = [[r.card_no, r.name, r.department_name, r.expense_account, *r.months, r.total] for r in report.rows]
        rows.append([translate("AssetReportsPage", "Total"), "", "", "", *report.month_totals, report.total])
        return headers, rows, set(range(4, 17))
    headers = [translate("AssetReportsPage", "Category") if report.by == "category"
               else translate("AssetReportsPage", "Department"),
               translate("AssetReportsPage", "Cards"),
               translate("AssetReportsPage", "Quantity"),
               translate("AssetReportsPage", "Original value"),
               translate("AssetReportsPage", "Accumulated depreciation"),
               translate("AssetReportsPage", "Net value")]
    rows = [[f"{r.key} {r.name}".strip() if report.by == "category" else r.name, r.cards, r.quantity,
             r.original_value, r.accumulated, r.net_value] for r in report.rows]
    total = report.total
    rows.append([translate("AssetReportsPage", "Total"), total.cards, total.quantity, total.original_value,
                 total.accumulated, total.net_value])
    return headers, rows, set(range(1, 6))


def _text(value: Any) -> str:
    if isinstance(value, Decimal):
        return money(value)
    return "" if value is None else str(value)


class AssetReportsPage(QWidget):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.whichBox = QComboBox(self)
        self.whichBox.setObjectName("whichBox")
        for key, title in REPORTS.items():
            self.whichBox.addItem(translate("AssetReportsPage", title), key)
        # The parameters of each report, one page each.
        self.params = QStackedWidget(self)
        self.asOfEdit = date_field(self, date.today())
        self.asOfEdit.setObjectName("asOfEdit")
        self.firstPeriod = PeriodBox(self, months_only=True, initial=f"{date.today().year:04d}-01")
        self.firstPeriod.setObjectName("firstPeriod")
        self.lastPeriod = PeriodBox(self, months_only=True, initial=this_month())
        self.lastPeriod.setObjectName("lastPeriod")
        self.yearSpin = QSpinBox(self)
        self.yearSpin.setObjectName("yearSpin")
        self.yearSpin.setRange(2000, 2100)
        self.yearSpin.setValue(date.today().year)
        self.byBox = QComboBox(self)
        self.byBox.setObjectName("byBox")
        self.byBox.addItem(self.tr("By category"), "category")
        self.byBox.addItem(self.tr("By department"), "department")
        self.countsAsOfEdit = date_field(self, date.today())
        self.countsAsOfEdit.setObjectName("countsAsOfEdit")
        for widgets in (((self.tr("As of:"), self.asOfEdit),),
                        ((self.tr("From:"), self.firstPeriod), (self.tr("To:"), self.lastPeriod)),
                        ((self.tr("Year:"), self.yearSpin),),
                        ((self.tr("Counted:"), self.byBox), (self.tr("As of:"), self.countsAsOfEdit))):
            page = QWidget(self.params)
            row = QHBoxLayout(page)
            row.setContentsMargins(0, 0, 0, 0)
            for label, widget in widgets:
                row.addWidget(QLabel(label, page))
                row.addWidget(widget)
            row.addStretch(1)
            self.params.addWidget(page)
        self.showButton = QPushButton(self.tr("Show"), self)
        self.excelButton = QPushButton(self.tr("Export Excel…"), self)
        self.pdfButton = QPushButton(self.tr("Print / PDF…"), self)
        for name, button in (("showButton", self.showButton), ("excelButton", self.excelButton),
                             ("pdfButton", self.pdfButton)):
            button.setObjectName(name)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Report:"), self))
        bar.addWidget(self.whichBox)
        bar.addWidget(self.params, 1)
        bar.addWidget(self.showButton)
        bar.addWidget(self.excelButton)
        bar.addWidget(self.pdfButton)
        self.table = QTableWidget(self)
        self.table.setObjectName("reportTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.statusLabel = QLabel(self)
        self.statusLabel.setObjectName("statusLabel")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.statusLabel)
        self.whichBox.currentIndexChanged.connect(self._which_changed)
        self._shown = False
        self.showButton.clicked.connect(self.show_report)
        self.excelButton.clicked.connect(lambda: self.export())
        self.pdfButton.clicked.connect(lambda: self.preview())

    def which(self) -> str:
        return self.whichBox.currentData()

    def set_report(self, which: str) -> None:
        self.whichBox.setCurrentIndex(self.whichBox.findData(which))

    def _which_changed(self, _index: int) -> None:
        self.params.setCurrentIndex(list(REPORTS).index(self.which()))
        self.table.setRowCount(0)
        self.statusLabel.clear()
        self._shown = False

    def arguments(self) -> dict[str, Any]:
        """The keyword arguments of the chosen report (the same for the table, Excel and PDF)."""
        which = self.which()
        if which == "ledger":
            return {"as_of": self.asOfEdit.value()}
        if which == "counts":
            return {"by": self.byBox.currentData(), "as_of": self.countsAsOfEdit.value()}
        if which == "changes":
            return {"first_period": self.firstPeriod.period(), "last_period": self.lastPeriod.period()}
        if which == "schedule":
            return {"year": self.yearSpin.value()}
        raise ValueError(which)

    def refresh(self) -> None:
        """On coming back to the tab: the report shown is read again (none is read unasked)."""
        if self._shown:
            self.show_report()

    def show_report(self) -> None:
        self._shown = True
        svc = self.desk.asset_reports
        method: Callable[..., Any] = getattr(svc, self.which())
        done, report = attempt(self, method, self.user, **self.arguments())
        if not done:
            return
        which = self.which()
        headers, rows, amounts = table_of(which, report)
        lines = len(rows) - 1
        if lines > MAX_ROWS:  # the screen shows the start and the total; Excel and the PDF hold every line
            rows = rows[:MAX_ROWS] + rows[-1:]
        fill_table(self.table, headers, [[_text(v) for v in row] for row in rows],
                   align=tuple(RIGHT if c in amounts else "" for c in range(len(headers))))
        last = self.table.rowCount() - 1
        for c in range(self.table.columnCount()):  # the total line
            item = self.table.item(last, c)
            if item is not None:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        status = self.tr("{n} line(s)").format(n=lines)
        if lines > MAX_ROWS:
            status += "  " + self.tr("(the first {shown} shown: export to Excel or print for all)").format(
                shown=MAX_ROWS)
        if which == "schedule" and not report.agrees:
            status += "  " + self.tr("✗ The month totals differ from the runs' totals.")
            self.statusLabel.setStyleSheet("color: #c62828; font-weight: bold;")
        else:
            self.statusLabel.setStyleSheet("")
        self.statusLabel.setText(status)

    def _title(self) -> str:
        return self.whichBox.currentText()

    def export(self, path: str | None = None) -> Path | None:
        """导出 Excel: where to save, then written with a progress dialog (cancel stops it)."""
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export Excel"), f"{self._title()}.xlsx",
                                                        self.tr("Excel workbooks (*.xlsx)"))
            if not path:
                return None
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        progress = QProgressDialog(self.tr("Writing {title}…").format(title=self._title()), "", 0, 100, self)
        progress.setObjectName("exportProgress")
        progress.setCancelButton(None)  # the workbook is written in one go
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def step(done: int, total: int) -> None:
            progress.setValue(int(100 * done / total) if total else 0)
            QApplication.processEvents()

        try:
            done, _ = attempt(self, self.desk.asset_reports.export_xlsx, self.user, self.which(), path,
                              progress=step, **self.arguments())
        finally:
            progress.setValue(100)
            progress.close()
            progress.deleteLater()
        if not done:
            return None
        box = inform(self, self.tr("Exported"), self.tr("Saved to {path}").format(path=path))
        box.setObjectName("exportedBox")
        return Path(path)

    def preview(self, *, modal: bool = True) -> PdfPreviewDialog | None:
        """打印/PDF: the printable sheet on screen, with 打印… and 另存为…."""
        done, data = attempt(self, self.desk.asset_reports.sheet_pdf, self.user, self.which(), **self.arguments())
        if not done:
            return None
        dialog = PdfPreviewDialog(data, self._title(), self)
        dialog.setObjectName("reportPreview")
        dialog.status.setText(self.tr("{n} page(s)").format(n=dialog.page_count()))
        if modal:
            dialog.exec()
            dialog.deleteLater()
            return None
        dialog.show()
        return dialog
