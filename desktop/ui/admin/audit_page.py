"""The audit trail: latest entries in words (what was done, to which record, by whom), filtered by
person, record (kind and id or serial) and dates, with the selected entry's changed fields as a
table (field, before, after); a check of the whole chain against its signed checkpoints and this
PC's anchor (optionally of every audited record too), and 签署审计检查点 (SEC-01, SEC-04)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QSplitter, QTableWidget, QWidget)

from desktop.services.audit_trail import AuditFilter, AuditRow
from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.admin.audit_words import action_words, changed_fields, entity_words, summary
from desktop.ui.date_field import date_field
from desktop.ui.formatting import local_time
from desktop.ui.forms.ui_audit_page import Ui_AuditPage
from desktop.ui.messages import attempt
from desktop.ui.tables import fill_table, selected_key

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
        self.rows: dict[int, AuditRow] = {}
        self._filters()
        self._details()
        self.show_checkpoint()

    # Filters and the details of one entry ----------------------------------------------------
    def _filters(self) -> None:
        row = QHBoxLayout()
        self.personCombo = QComboBox(self)
        self.personCombo.setObjectName("personCombo")
        self.kindCombo = QComboBox(self)
        self.kindCombo.setObjectName("kindCombo")
        self.recordEdit = QLineEdit(self)
        self.recordEdit.setObjectName("recordEdit")
        self.recordEdit.setPlaceholderText(self.tr("Id or serial number"))
        self.recordEdit.setClearButtonEnabled(True)
        self.datesCheck = QCheckBox(self.tr("Dates from"), self)
        self.datesCheck.setObjectName("datesCheck")
        today = date.today()
        self.fromDate = date_field(self, today - timedelta(days=30))
        self.fromDate.setObjectName("fromDate")
        self.toDate = date_field(self, today)
        self.toDate.setObjectName("toDate")
        for field in (self.fromDate, self.toDate):
            field.setEnabled(False)
        self.datesCheck.toggled.connect(self.fromDate.setEnabled)
        self.datesCheck.toggled.connect(self.toDate.setEnabled)
        self.filterButton = QPushButton(self.tr("Show"), self)
        self.filterButton.setObjectName("filterButton")
        self.filterButton.clicked.connect(self.refresh)
        self.recordEdit.returnPressed.connect(self.refresh)
        for widget in (QLabel(self.tr("Person:"), self), self.personCombo, QLabel(self.tr("Record:"), self),
                       self.kindCombo, self.recordEdit, self.datesCheck, self.fromDate, QLabel(self.tr("to"), self),
                       self.toDate, self.filterButton):
            row.addWidget(widget)
        row.addStretch(1)
        self.ui.verticalLayout.insertLayout(2, row)
        self._fill_choices()

    def _fill_choices(self) -> None:
        person, kind = self.personCombo.currentData(), self.kindCombo.currentData()
        done, actors = attempt(self, self.desk.audit.actors, self.user)
        done_kinds, entities = attempt(self, self.desk.audit.entities, self.user)
        self.personCombo.clear()
        self.personCombo.addItem(self.tr("Everybody"), "")
        for actor in actors or []:
            self.personCombo.addItem(actor, actor)
        self.kindCombo.clear()
        self.kindCombo.addItem(self.tr("Any record"), "")
        for entity in sorted(entities or [], key=entity_words):
            self.kindCombo.addItem(entity_words(entity), entity)
        for combo, value in ((self.personCombo, person), (self.kindCombo, kind)):
            index = combo.findData(value) if value else 0
            combo.setCurrentIndex(max(0, index))

    def _details(self) -> None:
        """The entry's changed fields under the list (the splitter lets either grow)."""
        index = self.ui.verticalLayout.indexOf(self.ui.auditTable)
        self.ui.verticalLayout.removeWidget(self.ui.auditTable)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("auditSplitter")
        self.splitter.addWidget(self.ui.auditTable)
        self.changesTable = QTableWidget(self)
        self.changesTable.setObjectName("changesTable")
        self.changesTable.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.changesTable.setWordWrap(True)
        self.splitter.addWidget(self.changesTable)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.ui.verticalLayout.insertWidget(index, self.splitter, 1)
        self.ui.auditTable.itemSelectionChanged.connect(self.show_entry)
        self.show_entry()

    def audit_filter(self) -> AuditFilter:
        dated = self.datesCheck.isChecked()
        return AuditFilter(actor=self.personCombo.currentData() or "", entity=self.kindCombo.currentData() or "",
                           record=self.recordEdit.text().strip(),
                           day_from=self.fromDate.value() if dated else None,
                           day_to=self.toDate.value() if dated else None, limit=self.ui.limitSpin.value())

    def show_entry(self) -> None:
        row = self.rows.get(selected_key(self.ui.auditTable))
        changes = changed_fields(row.before_json, row.after_json) if row is not None else []
        fill_table(self.changesTable, [self.tr("Changed field"), self.tr("Before"), self.tr("After")], changes,
                   stretch=2)

    def refresh(self) -> None:
        self.show_checkpoint()
        self._fill_choices()
        done, rows = attempt(self, self.desk.audit.entries, self.user, self.audit_filter())
        if not done:
            return
        self.rows = {r.seq: r for r in rows}
        data = [(r.seq, local_time(r.at, seconds=True), r.actor, action_words(r.action), entity_words(r.entity),
                 r.entity_id, summary(r.before_json, r.after_json)) for r in rows]
        keep = selected_key(self.ui.auditTable)
        fill_table(self.ui.auditTable, [self.tr("No."), self.tr("Time"), self.tr("Who"), self.tr("Action"),
                                        self.tr("Object"), self.tr("Id"), self.tr("Details")], data,
                   [r.seq for r in rows], stretch=6, keep=keep)
        self.show_entry()

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
