"""签署审计检查点: the 稽核 or 财务负责人 signs the audit trail's current state with their signing
passphrase (SEC-01) — offered at sign-out (skippable) and from the audit page."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.services.audit_trail import CheckpointView
from desktop.services.base import Refused, SignedIn
from desktop.services.desk import Desk
from desktop.ui.messages import refusal_box

__all__ = ["CheckpointDialog", "offer_checkpoint"]


class CheckpointDialog(QDialog):
    def __init__(self, desk: Desk, user: SignedIn, reason: str = "manual", *, at_sign_out: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user, self.reason = desk, user, reason
        self.view: CheckpointView | None = None
        self.setWindowTitle(self.tr("Sign the audit checkpoint"))
        layout = QVBoxLayout(self)
        if user.is_admin:
            intro = self.tr("Sign the audit trail's current state with the bureau root certificate. "
                            "Enter the root CA passphrase.")
        else:
            intro = self.tr("Sign the audit trail's current state with your signing certificate, so that "
                            "nobody can rewrite it unnoticed. Enter your signing passphrase.")
        if at_sign_out:
            intro += "\n" + self.tr("You may skip this; the home page offers it again.")
        self.introLabel = QLabel(intro)
        self.introLabel.setWordWrap(True)
        layout.addWidget(self.introLabel)
        self.passphraseEdit = QLineEdit()
        self.passphraseEdit.setObjectName("passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphraseEdit.setPlaceholderText(self.tr("Signing passphrase") if not user.is_admin
                                               else self.tr("Root CA passphrase"))
        layout.addWidget(self.passphraseEdit)
        self.buttons = QDialogButtonBox()
        self.signButton = self.buttons.addButton(self.tr("Sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skipButton = self.buttons.addButton(self.tr("Skip") if at_sign_out else self.tr("Cancel"),
                                                 QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def sign(self) -> None:
        try:
            self.view = self.desk.audit.sign_checkpoint(self.user, self.passphraseEdit.text(), self.reason)
        except Refused as exc:
            refusal_box(self, exc)
            self.passphraseEdit.selectAll()
            return
        self.accept()


def offer_checkpoint(desk: Desk, user: SignedIn, parent: QWidget | None = None) -> CheckpointView | None:
    """At sign-out: the 稽核 or 财务负责人 is asked to sign the day's checkpoint when the trail has
    grown since the last one (never for others; skippable)."""
    if not desk.audit.checkpoint_due(user):
        return None
    dialog = CheckpointDialog(desk, user, "sign-out", at_sign_out=True, parent=parent)
    dialog.setObjectName("checkpointDialog")
    dialog.exec()
    return dialog.view
