"""Verify any PDF: open it or drop it on the dialog; every signature is listed with signer,
position, time, intact, trusted by this bureau's root, revoked, and changes after it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

__all__ = ["PdfVerifyDialog", "field_role"]

# The signature field names of desktop.documents.render (ISSUER_FIELD, SEAL_FIELD, step_field);
# spelled out here because the UI does not import the PDF layer.
_ISSUER_FIELD, _SEAL_FIELD = "sig_issuer", "sig_bureau_seal"
_STEP_FIELD = re.compile(r"^sig_step(\d+)_")


def field_role(field: str, position: str = "") -> str:
    """What a signature field is for, in words: 经办人签发, 单位印章, 第N步 局长 … (else the name)."""
    if field == _ISSUER_FIELD:
        return QCoreApplication.translate("PdfVerifyDialog", "Issued by the handler")
    if field == _SEAL_FIELD:
        return QCoreApplication.translate("PdfVerifyDialog", "Bureau seal")
    match = _STEP_FIELD.match(field)
    if match:
        step = QCoreApplication.translate("PdfVerifyDialog", "Step {n}").format(n=int(match.group(1)))
        return f"{step} {position}" if position else step
    return field


class PdfVerifyDialog(QDialog):
    COLUMNS = (QT_TRANSLATE_NOOP("PdfVerifyDialog", "Field"), QT_TRANSLATE_NOOP("PdfVerifyDialog", "Signer"),
               QT_TRANSLATE_NOOP("PdfVerifyDialog", "Position"), QT_TRANSLATE_NOOP("PdfVerifyDialog", "Signed at (UTC)"),
               QT_TRANSLATE_NOOP("PdfVerifyDialog", "Intact"), QT_TRANSLATE_NOOP("PdfVerifyDialog", "Trusted"),
               QT_TRANSLATE_NOOP("PdfVerifyDialog", "Revoked"), QT_TRANSLATE_NOOP("PdfVerifyDialog", "Changes allowed"))

    def __init__(self, desk, path: str | Path | None = None, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Verify a signed PDF"))
        self.setAcceptDrops(True)
        self.resize(900, 360)
        self.summary = QLabel(self.tr("Open a PDF or drop it here."), self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.horizontalHeader().setStretchLastSection(True)
        open_button = QPushButton(self.tr("Open PDF…"), self)
        open_button.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.report = None
        if path:
            self.check_file(path)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open PDF"), "", self.tr("PDF files (*.pdf)"))
        if path:
            self.check_file(path)

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        urls = event.mimeData().urls()
        if urls:
            self.check_file(urls[0].toLocalFile())

    def check_file(self, path: str | Path) -> None:
        self.table.setRowCount(0)
        self.report = None
        try:
            data = Path(path).read_bytes()
            self.report = self.desk.sheets.verify(data)
        except OSError as exc:
            self.summary.setText(self.tr("Cannot read %1: %2").replace("%1", str(path)).replace("%2", exc.strerror or ""))
            return
        except Exception as exc:  # noqa: BLE001 - refusals (not a PDF, damaged) shown as text
            self.summary.setText(str(exc))
            return
        yes, no = self.tr("yes"), self.tr("NO")
        for s in self.report.signatures:
            r = self.table.rowCount()
            self.table.insertRow(r)
            values = (field_role(s.field, s.position), s.signer, s.position,
                      s.signed_at.strftime("%Y-%m-%d %H:%M:%S") if s.signed_at else "",
                      yes if s.intact else no, yes if s.trusted else no, self.tr("YES") if s.revoked else self.tr("no"),
                      yes if s.changes_permitted else no)
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c == 0:
                    item.setToolTip(s.field)  # the field's name in the PDF
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        text = self.tr("All signatures intact and trusted.") if self.report.ok else \
            self.tr("NOT OK: ") + "；".join([p for s in self.report.signatures for p in s.problems] + list(self.report.problems))
        self.summary.setText(f"{Path(path).name}: {text}")
