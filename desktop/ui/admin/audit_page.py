"""The audit trail: latest entries, a check of the whole chain against its signed checkpoints and
this PC's anchor (optionally of every audited record too), and 签署审计检查点 (SEC-01, SEC-04)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.formatting import local_time
from desktop.ui.forms.ui_audit_page import Ui_AuditPage
from desktop.ui.messages import attempt
from desktop.ui.tables import fill_table

__all__ = ["AuditPage"]


class AuditPage(QWidget):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        self.desk, self.user = desk, user
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.verifyButton.clicked.connect(self.verify)
        row = QHBoxLayout()
        self.checkpointLabel = QLabel(self)
        self.checkpointLabel.setObjectName("checkpointLabel")
        self.checkpointLabel.setWordWrap(True)
        self.deepCheck = QCheckBox(self.tr("Also compare every business record with its recorded state"), self)
        self.deepCheck.setObjectName("deepCheck")
        self.signButton = QPushButton(self.tr("Sign audit checkpoint…"), self)
        self.signButton.setObjectName("signCheckpointButton")
        self.signButton.setEnabled(desk.audit.can_sign_checkpoint(user))
        self.signButton.clicked.connect(self.sign_checkpoint)
        row.addWidget(self.checkpointLabel, 1)
        row.addWidget(self.deepCheck)
        row.addWidget(self.signButton)
        self.ui.verticalLayout.insertLayout(1, row)
        self.show_checkpoint()

    def refresh(self) -> None:
        self.show_checkpoint()
        done, rows = attempt(self, self.desk.audit.recent, self.user, self.ui.limitSpin.value())
        if not done:
            return
        data = [(r.seq, local_time(r.at, seconds=True), r.actor, r.action, r.entity, r.entity_id,
                 (r.after_json or "")[:200]) for r in rows]
        fill_table(self.ui.auditTable, [self.tr("No."), self.tr("Time"), self.tr("Who"), self.tr("Action"),
                                        self.tr("Object"), self.tr("Id"), self.tr("Details")], data, stretch=6)

    def show_checkpoint(self) -> None:
        latest = self.desk.audit.latest_checkpoint()
        if latest is None:
            text = self.tr("No signed audit checkpoint yet: the audit post or the finance head should sign one.")
            stale = True
        else:
            age = latest.age()
            hours = int(age.total_seconds() // 3600)
            text = self.tr("Latest signed checkpoint: entry {seq}, by {signer}, {when} ({hours} h ago, {reason})").format(
                seq=latest.seq, signer=latest.signer, when=local_time(latest.signed_at), hours=hours,
                reason=latest.reason)
            stale = age.days >= 1
            if stale:
                text += " — " + self.tr("older than one day: please sign today's checkpoint")
        self.checkpointLabel.setText(text)
        self.checkpointLabel.setStyleSheet("color: #b00020; font-weight: bold;" if stale else "")

    def sign_checkpoint(self) -> None:
        from desktop.ui.checkpoint_dialog import CheckpointDialog

        dialog = CheckpointDialog(self.desk, self.user, "manual", parent=self)
        dialog.setObjectName("checkpointDialog")
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()

    def verify(self) -> None:
        report = self.desk.audit.verify(deep=self.deepCheck.isChecked())
        if report.broken_at is not None:
            text = self.tr("The audit trail is BROKEN at entry {seq}: {reason}").format(seq=report.broken_at,
                                                                                      reason=report.reason)
        elif report.mismatches:
            text = self.tr("The audit trail is intact, but {n} business record field(s) differ from their recorded "
                           "state: changed outside the application.").format(n=len(report.mismatches))
        else:
            text = self.tr("The audit trail is intact: {n} entries checked.").format(n=report.checked)
        self.ui.verifyLabel.setStyleSheet("color: #2e7d32;" if report.ok else "color: #b00020; font-weight: bold;")
        self.ui.verifyLabel.setText(text)
        box = QMessageBox(self)
        box.setObjectName("verifyBox")
        box.setIcon(QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Audit trail check"))
        box.setText(text)
        details = list(report.problems) + [m.line() for m in report.mismatches] + list(report.warnings)
        if details:
            box.setDetailedText("\n".join(details))
        box.open()
