"""导入: opening balances (期初余额) and vouchers from another system, from the Excel template (or CSV
in UTF-8 or GB18030, as Excel on a Chinese Windows PC saves it). The file is checked whole first:
every problem is listed with its row and column, and nothing is written unless the whole file is
good (VOUCH-14). Imported vouchers enter as made by the importer, awaiting review."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton,
                               QVBoxLayout, QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.messages import attempt, inform

__all__ = ["ImportPanel"]

KINDS = ("openings", "vouchers")


class ImportPanel(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.data: bytes | None = None
        self.file_name = ""
        self.kindBox = QComboBox(self)
        self.kindBox.setObjectName("importKind")
        self.kindBox.addItem(self.tr("Opening balances (start of the books)"), "openings")
        self.kindBox.addItem(self.tr("Vouchers from the old system"), "vouchers")
        self.periodEdit = QLineEdit(self)
        self.periodEdit.setObjectName("importPeriod")
        self.periodEdit.setPlaceholderText(self.tr("First month on the books, e.g. 2026-07 (2026 = January)"))
        self.templateButton = QPushButton(self.tr("Save the Excel template…"), self)
        self.chooseButton = QPushButton(self.tr("Choose a file…"), self)
        self.importButton = QPushButton(self.tr("Import"), self)
        self.importButton.setObjectName("importButton")
        self.importButton.setEnabled(False)
        self.fileLabel = QLabel(self.tr("No file chosen."), self)
        self.summaryLabel = QLabel("", self)
        self.summaryLabel.setWordWrap(True)
        self.problemList = QListWidget(self)
        self.problemList.setObjectName("importProblems")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("What:"), self))
        bar.addWidget(self.kindBox)
        bar.addWidget(self.periodEdit, 1)
        bar.addWidget(self.templateButton)
        bar.addWidget(self.chooseButton)
        bar.addWidget(self.importButton)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.fileLabel)
        layout.addWidget(self.summaryLabel)
        layout.addWidget(QLabel(self.tr("Problems found (nothing is written until there are none):"), self))
        layout.addWidget(self.problemList, 1)
        self.kindBox.currentIndexChanged.connect(self._kind_changed)
        self.templateButton.clicked.connect(self.save_template)
        self.chooseButton.clicked.connect(self.choose)
        self.importButton.clicked.connect(self.run_import)
        self._kind_changed()

    @property
    def kind(self) -> str:
        return str(self.kindBox.currentData())

    def _kind_changed(self) -> None:
        self.periodEdit.setEnabled(self.kind == "openings")
        if self.data is not None:
            self.check()

    def refresh(self) -> None:
        if self.data is not None:
            self.check()

    def save_template(self) -> None:
        name = "期初余额模板.xlsx" if self.kind == "openings" else "凭证导入模板.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the Excel template"), name, "Excel (*.xlsx)")
        if path:
            Path(path).write_bytes(self.desk.book_imports.template(self.kind))

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file to import"), "",
                                              self.tr("Excel or CSV (*.xlsx *.csv)"))
        if path:
            self.load(Path(path).name, Path(path).read_bytes())

    def load(self, file_name: str, data: bytes) -> None:
        """The chosen file, checked at once (the GUI's tests call this with bytes)."""
        self.file_name, self.data = file_name, data
        self.fileLabel.setText(self.tr("File: %1 (%2 bytes)").replace("%1", file_name).replace("%2", str(len(data))))
        self.check()

    def check(self) -> bool:
        if self.data is None:
            return False
        imports = self.desk.book_imports
        if self.kind == "openings":
            ok, report = attempt(self, imports.check_openings, self.user, self.data, self.file_name,
                                 self.periodEdit.text().strip())
        else:
            ok, report = attempt(self, imports.check_vouchers, self.user, self.data, self.file_name)
        self.problemList.clear()
        if not ok or report is None:
            self.importButton.setEnabled(False)
            return False
        for problem in report.problems:
            self.problemList.addItem(f"[{problem.rule}] {problem}")
        if report.more_problems:
            self.problemList.addItem(self.tr("… and %1 more").replace("%1", str(report.more_problems)))
        totals = "；".join(f"{'财务会计' if side == 'financial' else '预算会计'} 借 {d:,.2f} 贷 {c:,.2f}"
                          for side, (d, c) in sorted(report.totals.items()))
        what = (self.tr("%1 rows, %2 vouchers").replace("%1", str(report.rows)).replace("%2", str(report.vouchers))
                if self.kind == "vouchers" else self.tr("%1 rows").replace("%1", str(report.rows)))
        verdict = self.tr("ready to import") if report.ok else self.tr("%1 problems").replace(
            "%1", str(len(report.problems) + report.more_problems))
        self.summaryLabel.setText(f"{what}；{totals}；{verdict}" if totals else f"{what}；{verdict}")
        self.importButton.setEnabled(report.ok)
        return report.ok

    def run_import(self) -> None:
        if self.data is None or not self.check():
            return
        imports = self.desk.book_imports
        if self.kind == "openings":
            ok, report = attempt(self, imports.import_openings, self.user, self.data, self.file_name,
                                 self.periodEdit.text().strip())
        else:
            ok, report = attempt(self, imports.import_vouchers, self.user, self.data, self.file_name)
        if ok and report is not None:
            done = (self.tr("Opening balances imported: the books start in %1.").replace("%1", report.start_period)
                    if self.kind == "openings" else
                    self.tr("%1 vouchers imported, awaiting review.").replace("%1", str(len(report.written))))
            inform(self, self.tr("Import"), done)
            self.data = None
            self.importButton.setEnabled(False)
            self.changed.emit()
