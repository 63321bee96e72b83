"""签名证书: every person with their signing certificate (subject, serial, validity, revoked or
none); issue one (the root CA passphrase and the person's own new signing passphrase, typed at
the administrator's desk), revoke one with a reason, and export the bureau's root certificate
for recipients to trust in their PDF reader. The services refuse non-administrators (SEC-03)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.base import Refused, SignedIn
from desktop.services.desk import Desk
from desktop.services.organisation import StaffView
from desktop.services.sheets import IdentityView
from desktop.ui.formatting import local_time
from desktop.ui.forms.ui_certificates_page import Ui_CertificatesPage
from desktop.ui.forms.ui_issue_certificate_dialog import Ui_IssueCertificateDialog
from desktop.ui.messages import attempt, inform
from desktop.ui.tables import fill_table, selected_key

__all__ = ["CertificatesPage", "IssueCertificateDialog", "RevokeCertificateDialog", "certificate_state"]

VALID, REVOKED, EXPIRED, NOT_YET, NONE = "valid", "revoked", "expired", "not_yet", "none"


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def certificate_state(identity: IdentityView | None, now: datetime | None = None) -> str:
    """The latest certificate of a person: valid / revoked / expired / not yet valid / none."""
    if identity is None:
        return NONE
    if identity.revoked:
        return REVOKED
    now = now or _utcnow()
    valid_from, valid_to = (d.astimezone(timezone.utc).replace(tzinfo=None) if d.tzinfo else d
                            for d in (identity.valid_from, identity.valid_to))
    if now > valid_to:
        return EXPIRED
    if now < valid_from:
        return NOT_YET
    return VALID


def _problems(refused: Refused) -> str:
    return "\n".join(f"{p.text} [{p.rule}]" for p in refused.problems)


class IssueCertificateDialog(QDialog):
    """颁发证书: the bureau root CA passphrase, and the person's new signing passphrase twice."""

    def __init__(self, desk: Desk, user: SignedIn, person: StaffView, current: IdentityView | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_IssueCertificateDialog()
        self.ui.setupUi(self)
        self.desk, self.user, self.person = desk, user, person
        self.issued: IdentityView | None = None
        intro = self.tr("Issue a personal signing certificate for <b>{name}</b> ({title}).").format(
            name=person.name, title=person.title or person.department_name or "—")
        if certificate_state(current) == VALID:
            intro += "<br>" + self.tr("{name} already has a valid certificate (serial {serial}); the new one "
                                      "replaces it for signing.").format(name=person.name, serial=current.serial)
        self.ui.introLabel.setText(intro)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue certificate"))
        self.ui.buttonBox.accepted.connect(self.issue)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.resize(max(self.width(), 520), self.sizeHint().height())

    def issue(self) -> None:
        passphrase = self.ui.passphraseEdit.text()
        if passphrase != self.ui.repeatEdit.text():
            self.ui.messageLabel.setText(self.tr("The two signing passphrases differ."))
            self.ui.repeatEdit.clear()
            self.ui.repeatEdit.setFocus()
            return
        try:
            self.issued = self.desk.sheets.enrol(self.user, self.person.id, passphrase, self.ui.caEdit.text())
        except Refused as refused:
            self.ui.messageLabel.setText(_problems(refused))
            return
        self.accept()


class RevokeCertificateDialog(QDialog):
    """吊销证书: a reason (required) and an explicit confirmation."""

    def __init__(self, person: StaffView, identity: IdentityView, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revoke signing certificate"))
        warning = QLabel(self.tr("Revoke the signing certificate of <b>{name}</b> (serial {serial})? {name} can no "
                                 "longer sign; signatures made with it show as revoked. This cannot be undone."
                                 ).format(name=person.name, serial=identity.serial), self)
        warning.setWordWrap(True)
        self.reasonEdit = QLineEdit(self)
        self.reasonEdit.setObjectName("reasonEdit")
        self.reasonEdit.setPlaceholderText(self.tr("Reason (required), e.g. left the bureau, passphrase disclosed"))
        self.messageLabel = QLabel(self)
        self.messageLabel.setStyleSheet("color: #b00020;")
        self.buttonBox = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                          self)
        ok = self.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Revoke certificate"))
        ok.setStyleSheet("color: #b00020;")
        self.buttonBox.accepted.connect(self.confirm)
        self.buttonBox.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(QLabel(self.tr("Reason:"), self))
        layout.addWidget(self.reasonEdit)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttonBox)
        self.resize(480, self.sizeHint().height())

    def reason(self) -> str:
        return self.reasonEdit.text().strip()

    def confirm(self) -> None:
        if not self.reason():
            self.messageLabel.setText(self.tr("State the reason for revoking."))
            return
        self.accept()


class CertificatesPage(QWidget):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CertificatesPage()
        self.ui.setupUi(self)
        self.desk, self.user = desk, user
        self.people: list[StaffView] = []
        self.identities: dict[int, IdentityView | None] = {}
        self.ui.issueButton.clicked.connect(self.issue)
        self.ui.revokeButton.clicked.connect(self.revoke)
        self.ui.exportRootButton.clicked.connect(self.export_root)
        self.ui.certificatesTable.itemSelectionChanged.connect(self._selection_changed)
        self.ui.issueButton.setStyleSheet("QPushButton:enabled { font-weight: bold; }")
        self.ui.revokeButton.setStyleSheet("QPushButton:enabled { color: #b00020; }")

    def state_text(self, state: str) -> str:
        return {VALID: self.tr("Valid"), REVOKED: self.tr("Revoked"), EXPIRED: self.tr("Expired"),
                NOT_YET: self.tr("Not yet valid"), NONE: self.tr("None")}[state]

    def refresh(self) -> None:
        keep = selected_key(self.ui.certificatesTable)
        done, people = attempt(self, self.desk.org.staff, self.user)
        if not done:
            return
        self.people = people
        self.identities = {p.id: self.desk.sheets.identity(p.id) for p in self.people}
        rows, states = [], []
        for p in self.people:
            ident = self.identities[p.id]
            state = certificate_state(ident)
            states.append(state)
            rows.append((p.name, p.department_name, p.title, self.state_text(state),
                         ident.subject if ident else "", ident.serial if ident else "",
                         local_time(ident.valid_from) if ident else "", local_time(ident.valid_to) if ident else ""))
        fill_table(self.ui.certificatesTable,
                   [self.tr("Name"), self.tr("Department"), self.tr("Job title"), self.tr("Certificate"),
                    self.tr("Subject"), self.tr("Serial number"), self.tr("Valid from"), self.tr("Valid to")],
                   rows, [p.id for p in self.people], stretch=4, keep=keep)
        colours = {VALID: "#2e7d32", REVOKED: "#b00020", EXPIRED: "#b00020", NOT_YET: "#8a6d00", NONE: "#777777"}
        for r, state in enumerate(states):
            self.ui.certificatesTable.item(r, 3).setForeground(QBrush(QColor(colours[state])))
        self._selection_changed()

    def selected(self) -> StaffView | None:
        key = selected_key(self.ui.certificatesTable)
        return next((p for p in self.people if p.id == key), None)

    def select_person(self, name: str) -> None:
        for row, person in enumerate(self.people):
            if person.name == name:
                self.ui.certificatesTable.selectRow(row)

    def _selection_changed(self) -> None:
        person = self.selected()
        ident = self.identities.get(person.id) if person else None
        self.ui.issueButton.setEnabled(person is not None)
        self.ui.revokeButton.setEnabled(ident is not None and not ident.revoked)

    def issue(self) -> None:
        person = self.selected()
        if person is None:
            return
        dialog = IssueCertificateDialog(self.desk, self.user, person, self.identities.get(person.id), self)
        dialog.setObjectName("issueCertificateDialog")
        if dialog.exec():
            self.refresh()
            issued = dialog.issued
            inform(self, self.tr("Certificate issued"),
                   self.tr("Signing certificate issued for {name}: serial {serial}, valid to {valid_to}.").format(
                       name=person.name, serial=issued.serial, valid_to=local_time(issued.valid_to)))
        dialog.deleteLater()

    def revoke(self) -> None:
        person = self.selected()
        ident = self.identities.get(person.id) if person else None
        if person is None or ident is None or ident.revoked:
            return
        dialog = RevokeCertificateDialog(person, ident, self)
        dialog.setObjectName("revokeCertificateDialog")
        if dialog.exec() and attempt(self, self.desk.sheets.revoke, self.user, person.id, dialog.reason())[0]:
            self.refresh()
        dialog.deleteLater()

    def export_root(self) -> None:
        """导出根证书…: the bureau's root certificate(s) as one .pem file."""
        done, pems = attempt(self, self.desk.sheets.root_pem)
        if not done:
            return
        if not pems:
            inform(self, self.tr("Export root certificate"), self.tr("This bureau has no root certificate yet."),
                   warning=True)
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export root certificate"), "bureau-root-ca.pem",
                                              self.tr("PEM certificates (*.pem *.crt)"))
        if not path:
            return
        text = "".join(pem.strip() + "\n" for pem in pems)
        try:
            Path(path).write_text(text, encoding="ascii")
        except OSError as exc:
            inform(self, self.tr("Export root certificate"),
                   self.tr("Cannot write {path}: {error}").format(path=path, error=exc.strerror or str(exc)),
                   warning=True)
            return
        inform(self, self.tr("Export root certificate"),
               self.tr("The root certificate was saved to {path}.\n\nRecipients import it as a trusted root "
                       "certificate in their PDF reader (e.g. Adobe Acrobat: Preferences → Signatures → Identities "
                       "& Trusted Certificates); the bureau's signatures then show as valid.").format(path=path))
