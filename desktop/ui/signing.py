"""Signatures from the GUI: whether a person can sign, the signing-passphrase prompt used when
submitting (the sheet is issued, certified by the submitter, in the same transaction), and the
approval sheet's preview (预览/打印审批单) and the verify-a-PDF dialog."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.services.base import Refused, SignedIn
from desktop.services.desk import Desk
from desktop.ui.messages import attempt, inform

__all__ = ["can_sign", "sheet_issued", "PassphraseDialog", "submit_document", "create_and_submit", "show_sheet",
           "verify_pdf"]

translate = QCoreApplication.translate


def can_sign(desk: Desk, user: SignedIn) -> bool:
    """The person holds a signing certificate that is neither revoked nor out of date."""
    identity = desk.sheets.identity(user.staff_id)
    if identity is None or identity.revoked:
        return False
    now = datetime.now(timezone.utc)

    def aware(t: datetime) -> datetime:
        return t if t.tzinfo is not None else t.replace(tzinfo=timezone.utc)

    return aware(identity.valid_from) <= now <= aware(identity.valid_to)


def sheet_issued(desk: Desk, user: SignedIn, document_id: int) -> bool:
    """The document's approval sheet of the current round has been issued (so approving signs it)."""
    try:
        return desk.sheets.sheet_issued(user, document_id)
    except Refused:
        return False


class PassphraseDialog(QDialog):
    """Asks the signing passphrase and runs ``perform(passphrase)``; a refusal (wrong passphrase…)
    is shown with all its problems and the dialog stays open."""

    def __init__(self, title: str, text: str, perform: Callable[[str], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._perform = perform
        self.result_value: object = None
        self.textLabel = QLabel(text, self)
        self.textLabel.setWordWrap(True)
        self.passphraseEdit = QLineEdit(self)
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphraseEdit.setObjectName("passphraseEdit")
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                          self)
        self.buttonBox.accepted.connect(self._confirm)
        self.buttonBox.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Signing passphrase:"), self.passphraseEdit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.textLabel)
        layout.addLayout(form)
        layout.addWidget(self.buttonBox)
        self.setMinimumWidth(440)
        self.passphraseEdit.setFocus()

    def _confirm(self) -> None:
        done, value = attempt(self, self._perform, self.passphraseEdit.text())
        if done:
            self.result_value = value
            self.accept()
        else:
            self.passphraseEdit.selectAll()
            self.passphraseEdit.setFocus()


def unsigned_notice(serial: str) -> str:
    return translate("Signing", "Submitted as {serial}. You have no valid signing certificate, so the approval sheet "
                                "is not signed; ask the system administrator to issue one.").format(serial=serial)


def submit_document(parent: QWidget, desk: Desk, user: SignedIn, document_id: int) -> str | None:
    """提交: with the submitter's signing passphrase, so the approval sheet is issued (certified)
    at submission; without a signing certificate the document is submitted and the sheet stays
    unsigned (and the user is told). Returns the serial, or None when refused or cancelled."""
    svc = desk.approvals
    if not can_sign(desk, user):
        done, serial = attempt(parent, svc.submit, user, document_id)
        if not done:
            return None
        inform(parent, translate("Signing", "Submitted for approval"), unsigned_notice(serial)).setObjectName("unsignedNotice")
        return serial
    dialog = PassphraseDialog(
        translate("Signing", "Submit for approval"),
        translate("Signing", "Your signing passphrase certifies the approval sheet as its handler; every approval "
                             "step then signs the same sheet."),
        lambda passphrase: svc.submit(user, document_id, passphrase=passphrase), parent)
    dialog.setObjectName("submitPassphraseDialog")
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    serial = dialog.result_value if accepted else None
    dialog.deleteLater()
    return serial  # type: ignore[return-value]


def create_and_submit(parent: QWidget, desk: Desk, user: SignedIn, create: Callable[..., int]) -> int | None:
    """Create a record and submit it in ONE service call, ``create(submit=True, passphrase=…)``,
    so a refusal, a wrong passphrase or a crash leaves nothing stored (no draft without its
    submission). Returns the document id, or None when refused or cancelled."""
    if not can_sign(desk, user):
        done, doc_id = attempt(parent, create, submit=True)
        if not done:
            return None
        serial = desk.approvals.document(user, doc_id).serial or ""
        inform(parent, translate("Signing", "Submitted for approval"), unsigned_notice(serial)).setObjectName("unsignedNotice")
        return doc_id
    dialog = PassphraseDialog(
        translate("Signing", "Submit for approval"),
        translate("Signing", "Your signing passphrase certifies the approval sheet as its handler; every approval "
                             "step then signs the same sheet."),
        lambda passphrase: create(submit=True, passphrase=passphrase), parent)
    dialog.setObjectName("submitPassphraseDialog")
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    doc_id = dialog.result_value if accepted else None
    dialog.deleteLater()
    return doc_id  # type: ignore[return-value]


def show_sheet(parent: QWidget, desk: Desk, user: SignedIn, document_id: int) -> None:
    """预览/打印审批单: the stored signed PDF, or the unsigned sheet."""
    from desktop.ui.sheet_preview import SheetPreview

    dialog = SheetPreview(desk, user, document_id, parent)
    dialog.setObjectName("sheetPreview")
    dialog.exec()
    dialog.deleteLater()


def verify_pdf(parent: QWidget, desk: Desk, path: str | Path | None = None) -> None:
    """验证PDF签名: any PDF (an approval sheet sent back by e-mail, a printed copy's file…)."""
    from desktop.ui.pdf_verify_dialog import PdfVerifyDialog

    dialog = PdfVerifyDialog(desk, path, parent)
    dialog.setObjectName("pdfVerifyDialog")
    dialog.exec()
    dialog.deleteLater()
