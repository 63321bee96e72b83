"""Preview a document's approval sheet (QtPdf), print it through the system print dialog, save it (另存为…).

Self-contained: ``SheetPreview(desk, user, document_id)``. The bytes come from the document store
(``desk.sheets.preview``), so printing again prints the same file; it is shown through
``desk.sheets.display_copy`` because QtPdf does not draw the signature stamps (widget appearances).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui.pdf_preview import PdfPreviewDialog, load_pdf_bytes, print_pdf
from desktop.ui.screen_fit import fit_to_screen

__all__ = ["SheetPreview", "load_pdf_bytes", "print_pdf"]


class SheetPreview(PdfPreviewDialog):
    def __init__(self, desk, user, document_id: int, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(None, "", parent)
        self.setWindowTitle(self.tr("Approval sheet"))
        self.file_name = self.tr("Approval sheet (unsigned)") + ".pdf"
        fit_to_screen(self, 760, 900)  # a 900 px sheet on a 768 px laptop screen did not fit
        self.print_button = self.printButton
        self.desk, self.user, self.document_id = desk, user, document_id
        try:
            data = desk.sheets.preview(user, document_id)
        except Exception as exc:  # noqa: BLE001 - a refusal is shown, not raised
            self.status.setText(str(exc))
            self.print_button.setEnabled(False)
            self.saveButton.setEnabled(False)
            return
        # QtPdf does not draw signature widgets: show (and print) a copy with the stamps painted in.
        self.load(data, desk.sheets.display_copy(data))
        try:
            report = desk.sheets.verify(self.data)
            if not report.signatures:
                self.status.setText(self.tr("Unsigned sheet: no approval sheet has been issued with signatures."))
            elif report.ok:
                self.status.setText(self.tr("{n} signature(s), all valid").format(n=len(report.signatures)))
            else:
                problems = [p for s in report.signatures for p in s.problems] + list(report.problems)
                self.status.setText(self.tr("A signature is NOT valid: ") + "；".join(problems))
        except Exception as exc:  # noqa: BLE001
            self.status.setText(str(exc))

    def print_sheet(self) -> None:
        self.print_document()

    def save_as(self) -> object:
        """另存为…: the stored signed file as issued (its saving audited), named serial + title; a
        document whose sheet is not yet issued saves the unsigned sheet shown."""
        from desktop.services.base import Refused
        from desktop.ui.save_pdfs import save_pdf_as

        try:
            sheet = self.desk.my_work.signed_sheet(self.user, self.document_id)
        except Refused:
            return super().save_as()
        return save_pdf_as(self, sheet.data, sheet.file_name)
