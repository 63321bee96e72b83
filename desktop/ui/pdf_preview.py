"""A PDF shown with QtPdf, printed through the system print dialog and saved as a file (另存为…):
the approval sheet, the seal registers and the spending returns all use ``PdfPreviewDialog(data, title)``."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.ui.screen_fit import fit_to_screen

__all__ = ["PdfPreviewDialog", "load_pdf_bytes", "print_pdf"]


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


class PdfPreviewDialog(QDialog):
    """The pages of ``data`` (all of them, fitted to the width), a status line and 打印…;
    subclasses add buttons to ``self.buttons`` or load the bytes later with ``load``."""

    def __init__(self, data: bytes | None = None, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        fit_to_screen(self, 1000, 760)  # never taller than the screen (issue 12 item 16)
        self.data = b""
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.printButton = QPushButton(self.tr("Print…"), self)
        self.printButton.setObjectName("printButton")
        self.printButton.clicked.connect(self.print_document)
        self.saveButton = QPushButton(self.tr("Save as…"), self)  # 另存为…: the bytes asked for, unchanged
        self.saveButton.setObjectName("saveButton")
        self.saveButton.clicked.connect(self.save_as)
        self.file_name = (title or "document") + ".pdf"
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.status, 1)
        self.buttons.addWidget(self.saveButton)
        self.buttons.addWidget(self.printButton)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.buttons)
        if data is not None:
            self.load(data)

    def load(self, data: bytes, shown: bytes | None = None) -> None:
        """Keep ``data`` (what was asked for) and show ``shown`` (a display copy) or ``data``."""
        self.data = data
        self._buffer = load_pdf_bytes(self.document, data if shown is None else shown, self)

    def page_count(self) -> int:
        return self.document.pageCount()

    def save_as(self) -> object:
        """另存为…: ``data`` (never the display copy) under a name the person picks."""
        from desktop.ui.save_pdfs import save_pdf_as

        return save_pdf_as(self, self.data, self.file_name) if self.data else None

    def print_document(self, *, printer=None) -> bool:  # noqa: ANN001
        done = print_pdf(self.document, self, printer=printer)
        if not done and printer is None:
            QMessageBox.information(self, self.tr("Print"), self.tr("Printing was cancelled."))
        return done
