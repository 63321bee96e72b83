"""The audit trail: latest entries, and a check of the whole hash chain (SEC-04)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.formatting import local_time
from desktop.ui.forms.ui_audit_page import Ui_AuditPage
from desktop.ui.messages import attempt, inform
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

    def refresh(self) -> None:
        done, rows = attempt(self, self.desk.audit.recent, self.user, self.ui.limitSpin.value())
        if not done:
            return
        data = [(r.seq, local_time(r.at, seconds=True), r.actor, r.action, r.entity, r.entity_id,
                 (r.after_json or "")[:200]) for r in rows]
        fill_table(self.ui.auditTable, [self.tr("No."), self.tr("Time"), self.tr("Who"), self.tr("Action"),
                                        self.tr("Object"), self.tr("Id"), self.tr("Details")], data, stretch=6)

    def verify(self) -> None:
        report = self.desk.audit.verify()
        if report.ok:
            text = self.tr("The audit trail is intact: {n} entries checked.").format(n=report.checked)
            self.ui.verifyLabel.setStyleSheet("color: #2e7d32;")
        else:
            text = self.tr("The audit trail is BROKEN at entry {seq}: {reason}").format(seq=report.broken_at,
                                                                                      reason=report.reason)
            self.ui.verifyLabel.setStyleSheet("color: #b00020; font-weight: bold;")
        self.ui.verifyLabel.setText(text)
        inform(self, self.tr("Audit trail check"), text, warning=not report.ok)
