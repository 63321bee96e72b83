"""Preview a document's approval sheet (QtPdf) and print it through the system print dialog.

Self-contained: ``SheetPreview(desk, user, document_id)``. The bytes come from the document store
(``desk.sheets.preview``), so printing again prints the same file; it is shown through
``desk.sheets.display_copy`` because QtPdf does not draw the signature stamps (widget appearances).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

__all__ = ["SheetPreview", "load_pdf_bytes", "print_pdf"]


def load_pdf_bytes(document: QPdfDocument, data: bytes, parent) -> QBuffer:  # noqa: ANN001
    """Load PDF bytes into a QPdfDocument; the returned buffer must live as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return buffer


def print_pdf(document: QPdfDocument, parent: QWidget | None = None, *, printer=None) -> bool:  # noqa: ANN001
    """Print every page at 100 % (no scaling beyond the page's own size) via QPrintDialog."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = printer.resolution()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            painter.drawImage(0, 0, document.render(page, size))
    finally:
        painter.end()
    return True


class SheetPreview(QDialog):
    def __init__(self, desk, user, document_id: int, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approval sheet"))
        self.resize(760, 900)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.status = QLabel(self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.clicked.connect(self.print_sheet)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.data = b""
        try:
            self.data = desk.sheets.preview(user, document_id)
        except Exception as exc:  # noqa: BLE001 - a refusal is shown, not raised
            self.status.setText(str(exc))
            self.print_button.setEnabled(False)
            return
        # QtPdf does not draw signature widgets: show (and print) a copy with the stamps painted in.
        self._buffer = load_pdf_bytes(self.document, desk.sheets.display_copy(self.data), self)
        try:
            report = desk.sheets.verify(self.data)
            if not report.signatures:
                self.status.setText(self.tr("Unsigned sheet: no approval sheet has been issued with signatures."))
            elif report.ok:
                self.status.setText(self.tr("{n} signature(s), all valid").format(n=len(report.signatures)))
            else:
                problems = [p for s in report.signatures for p in s.problems] + list(report.problems)
                self.status.setText(self.tr("A signature is NOT valid: ") + "；".join(problems))
            self.status.setWordWrap(True)
        except Exception as exc:  # noqa: BLE001
            self.status.setText(str(exc))

    def print_sheet(self) -> None:
        if not print_pdf(self.document, self):
            QMessageBox.information(self, self.tr("Print"), self.tr("Printing was cancelled."))
