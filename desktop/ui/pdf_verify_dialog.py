"""Verify any PDF: open it or drop it on the dialog; every signature is listed with signer,
position, time, intact, trusted by this bureau's root, revoked, what it allows after it and whether
what followed complies; then every declared field left empty. The summary gives the same verdict
as ``desktop verify`` (complete, incomplete, superseded — the database holds a later version — or
broken)."""

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
_OUTGOING_SEAL = "sig_outgoing_seal"  # desktop.documents.outgoing_seal.SEAL_FIELD_PREFIX (+ "_2" …)
_STEP_FIELD = re.compile(r"^sig_step(\d+)_")


def field_role(field: str, position: str = "", label: str = "") -> str:
    """What a signature field is for, in words: 经办人签发, 单位印章, 第N步 局长 … (else the name).
    ``label`` is the field's /TU (财务负责人审核（财务负责人）): preferred for a step."""
    if field == _ISSUER_FIELD:
        return QCoreApplication.translate("PdfVerifyDialog", "Issued by the handler")
    if field == _SEAL_FIELD:
        return label or QCoreApplication.translate("PdfVerifyDialog", "Bureau seal")
    if field.startswith(_OUTGOING_SEAL):
        return label or QCoreApplication.translate("PdfVerifyDialog", "Bureau seal on the document")
    match = _STEP_FIELD.match(field)
    if match:
        step = QCoreApplication.translate("PdfVerifyDialog", "Step {n}").format(n=int(match.group(1)))
        what = label or position
        return f"{step} {what}" if what else step
    return label or field


class PdfVerifyDialog(QDialog):
    COLUMNS = (QT_TRANSLATE_NOOP("PdfVerifyDialog", "Field"), QT_TRANSLATE_NOOP("PdfVerifyDialog", "Signer"),
               QT_TRANSLATE_NOOP("PdfVerifyDialog", "Position"), QT_TRANSLATE_NOOP("PdfVerifyDialog", "Signed at (UTC)"),
               QT_TRANSLATE_NOOP("PdfVerifyDialog", "Intact"), QT_TRANSLATE_NOOP("PdfVerifyDialog", "Trusted"),
               QT_TRANSLATE_NOOP("PdfVerifyDialog", "Revoked"), QT_TRANSLATE_NOOP("PdfVerifyDialog", "After it"),
               QT_TRANSLATE_NOOP("PdfVerifyDialog", "Changes allowed"))
    AFTER = {"none": QT_TRANSLATE_NOOP("PdfVerifyDialog", "no changes (locked)"),
             "form_filling": QT_TRANSLATE_NOOP("PdfVerifyDialog", "form filling and signing"),
             "annotations": QT_TRANSLATE_NOOP("PdfVerifyDialog", "form filling, comments and signing")}

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
            values = (field_role(s.field, s.position, s.label), s.signer, s.signed_as,
                      s.signed_at.strftime("%Y-%m-%d %H:%M:%S") if s.signed_at else "",
                      yes if s.intact else no, yes if s.trusted else no, self.tr("YES") if s.revoked else self.tr("no"),
                      self.tr(self.AFTER[s.allows_after]) if s.allows_after in self.AFTER else "",
                      yes if s.changes_permitted else no)
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c == 0:
                    item.setToolTip(s.field)  # the field's name in the PDF
                self.table.setItem(r, c, item)
        for f in self.report.empty_fields:  # declared, not signed: the document is incomplete
            r = self.table.rowCount()
            self.table.insertRow(r)
            values = (field_role(f.name, "", f.label), self.tr("(not signed)")) + ("",) * (len(self.COLUMNS) - 2)
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c == 0:
                    item.setToolTip(f.name)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.summary.setText(f"{Path(path).name}: {self.verdict_text(self.report)}")

    def verdict_text(self, report) -> str:  # noqa: ANN001
        """The verdict in words, as ``desktop verify`` gives it."""
        verdict = report.verdict
        if verdict == "complete":
            return self.tr("Complete: all signatures intact and trusted, every signature field signed.")
        if verdict == "incomplete":
            return self.tr("Incomplete: the signatures present are intact and trusted; not signed yet: ") + \
                "；".join(f.description for f in report.empty_fields)
        if verdict == "superseded":
            return self.tr("Superseded: ") + report.superseded
        return self.tr("NOT OK: ") + "；".join(
            dict.fromkeys([p for s in report.signatures for p in s.problems] + list(report.problems)))
