"""系统管理 → 备份与恢复 (SEC-09, SEC-10, ARCH-09): make a backup now, the backups made (date,
maker, size, content), the schedule settings, and restoring a file after a confirmation that
names what will be replaced. After a restore the user signs in again on the restored data."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QApplication, QCheckBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
                               QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox, QTableWidget,
                               QVBoxLayout, QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.formatting import local_time
from desktop.ui.messages import attempt, inform
from desktop.ui.tables import RIGHT, fill_table

__all__ = ["BackupPage"]

KIND_TEXTS = {"manual": QT_TRANSLATE_NOOP("BackupPage", "Manual"), "daily": QT_TRANSLATE_NOOP("BackupPage", "Daily"),
              "weekly": QT_TRANSLATE_NOOP("BackupPage", "Weekly"),
              "pre_restore": QT_TRANSLATE_NOOP("BackupPage", "Before restore"),
              "pre_upgrade": QT_TRANSLATE_NOOP("BackupPage", "Before upgrade")}


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(n, 0) / 1024:.0f} KB"


class BackupPage(QWidget):
    restored = Signal()  # the data were replaced: the session must end

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        layout = QVBoxLayout(self)
        self.statusLabel = QLabel()
        self.statusLabel.setObjectName("backupStatus")
        self.statusLabel.setWordWrap(True)
        layout.addWidget(self.statusLabel)
        buttons = QHBoxLayout()
        self.backupButton = QPushButton(self.tr("Back up now"))
        self.backupButton.setObjectName("backupNow")
        self.signCheck = QCheckBox(self.tr("Sign an audit checkpoint (signing passphrase)"))
        self.restoreButton = QPushButton(self.tr("Restore from a file…"))
        self.restoreButton.setObjectName("restoreButton")
        self.refreshButton = QPushButton(self.tr("Refresh"))
        for w in (self.backupButton, self.signCheck):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.restoreButton)
        buttons.addWidget(self.refreshButton)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Backups made")))
        self.runsTable = QTableWidget()
        self.runsTable.setObjectName("backupRuns")
        self.runsTable.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.runsTable.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.runsTable, 1)
        layout.addWidget(self._settings_box())
        self.backupButton.clicked.connect(self.back_up)
        self.restoreButton.clicked.connect(self.restore)
        self.refreshButton.clicked.connect(self.refresh)

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Schedule and places (SEC-09, ARCH-09)"))
        form = QFormLayout(box)
        self.folderEdit, self.secondEdit = QLineEdit(), QLineEdit()
        self.folderEdit.setObjectName("backupFolder")
        self.secondEdit.setObjectName("secondFolder")
        for edit, label in ((self.folderEdit, self.tr("Backup folder:")),
                            (self.secondEdit, self.tr("Second copy in (another disk or place):"))):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            browse = QPushButton(self.tr("Browse…"))
            browse.clicked.connect(lambda _=False, e=edit: self._browse(e))
            row.addWidget(browse)
            form.addRow(label, row)
        self.dailyCheck = QCheckBox(self.tr("Daily backup"))
        self.weeklyCheck = QCheckBox(self.tr("Weekly full backup"))
        self.keepDaily, self.keepWeekly = QSpinBox(), QSpinBox()
        for spin in (self.keepDaily, self.keepWeekly):
            spin.setRange(1, 366)
        row = QHBoxLayout()
        for w in (self.dailyCheck, QLabel(self.tr("keep")), self.keepDaily, self.weeklyCheck, QLabel(self.tr("keep")),
                  self.keepWeekly):
            row.addWidget(w)
        row.addStretch(1)
        form.addRow(self.tr("Schedule:"), row)
        self.saveButton = QPushButton(self.tr("Save settings"))
        self.saveButton.setObjectName("saveBackupSettings")
        self.saveButton.clicked.connect(self.save_settings)
        form.addRow("", self.saveButton)
        return box

    def _browse(self, edit: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), edit.text())
        if folder:
            edit.setText(folder)

    # Showing -----------------------------------------------------------------------------
    def refresh(self) -> None:
        done, runs = attempt(self, self.desk.backups.runs, self.user)
        if not done:
            return
        rows = [(local_time(r.finished_at or r.started_at), self.tr(KIND_TEXTS.get(r.kind, r.kind)), r.made_by,
                 _size(r.size) if r.ok else "", r.content,
                 r.path + (self.tr(" (rotated out)") if r.removed_at else ""),
                 self.tr("OK") if r.ok else self.tr("Failed: {error}").format(error=r.error)) for r in runs]
        fill_table(self.runsTable, [self.tr("Date"), self.tr("Kind"), self.tr("Made by"), self.tr("Size"),
                                    self.tr("Content"), self.tr("File"), self.tr("Result")],
                   rows, [r.id for r in runs], align=("", "", "", RIGHT), stretch=5)
        settings = self.desk.backups.settings(self.user)
        self.folderEdit.setText(settings.folder)
        self.folderEdit.setPlaceholderText(settings.effective_folder)
        self.secondEdit.setText(settings.second_folder)
        self.dailyCheck.setChecked(settings.daily)
        self.weeklyCheck.setChecked(settings.weekly)
        self.keepDaily.setValue(settings.keep_daily)
        self.keepWeekly.setValue(settings.keep_weekly)
        self._show_status()

    def _show_status(self) -> None:
        status = self.desk.backups.status(self.user)
        parts = [self.tr("Last backup: {when}").format(when=local_time(status.last_ok_at) if status.last_ok_at
                                                      else self.tr("none yet"))]
        if status.reminder:
            parts.append(status.reminder)
        if status.second_copy_missing:
            parts.append(self.tr("No second copy place is set: important data are kept in two copies in different "
                                 "places (ARCH-09)."))
        self.statusLabel.setText("\n".join(parts))
        self.statusLabel.setStyleSheet("color: #b00020; font-weight: bold;" if status.overdue else "")

    # Actions -----------------------------------------------------------------------------
    def back_up(self) -> None:
        passphrase = None
        if self.signCheck.isChecked():
            passphrase, ok = QInputDialog.getText(self, self.tr("Signing passphrase"),
                                                  self.tr("Your signing passphrase for the audit checkpoint:"),
                                                  QLineEdit.EchoMode.Password)
            if not ok:
                return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done, run = attempt(self, self.desk.backups.backup, self.user, passphrase=passphrase or None)
        finally:
            QApplication.restoreOverrideCursor()
        self.refresh()
        if done:
            text = self.tr("Backup written: {path} ({size}).").format(path=run.path, size=_size(run.size))
            if run.copy_path:
                text += "\n" + self.tr("Second copy: {path}").format(path=run.copy_path)
            inform(self, self.tr("Backup"), text)

    def choose_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup file"),
                                              self.desk.backups.settings(self.user).effective_folder,
                                              self.tr("Bureau Desk backups (*.bdbak)"))
        return path

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.warning(self, self.tr("Restore"), text,
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                     QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def confirmation_text(self, report) -> str:  # noqa: ANN001 - a FileReport
        label, current = report.label, report.current
        return self.tr(
            "Replace ALL data of {current_bureau} ({current_docs} documents, {current_audit} audit entries, "
            "database {database})\nwith the backup of {bureau} made {created} by {maker}:\n{content}\n"
            "({docs} documents, {pdfs} stored PDFs, {keys} key containers, {audit} audit entries).\n\n"
            "The current state is backed up first, and the file is checked before anything is replaced. "
            "Everybody must then sign in again.").format(
            current_bureau=current["bureau"] or "—", current_docs=current["documents"],
            current_audit=current["audit_entries"], database=current["database"],
            bureau=(report.bureau or {}).get("name", "?"), created=label.get("created_at", "?"),
            maker=label.get("made_by", "?"), content=label.get("content", ""), docs=report.documents,
            pdfs=report.pdfs, keys=report.key_containers, audit=report.audit_entries)

    def restore(self) -> None:
        path = self.choose_file()
        if not path:
            return
        done, report = attempt(self, self.desk.backups.inspect_file, self.user, path)
        if not done:
            return
        if report.problems:
            inform(self, self.tr("Restore"), "\n".join(report.problems), warning=True)
            return
        if not self.confirm(self.confirmation_text(report)):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done, result = attempt(self, self.desk.backups.restore, self.user, path)
        finally:
            QApplication.restoreOverrideCursor()
        if not done:
            self.refresh()
            return
        text = self.tr("Restored and checked: {audit} audit entries, {pdfs} stored PDFs.").format(
            audit=result.audit_entries, pdfs=result.pdfs_checked)
        if result.safety_backup:
            text += "\n" + self.tr("The state before was backed up to {path}.").format(path=result.safety_backup)
        text += "\n" + self.tr("Please sign in again.")
        inform(self, self.tr("Restore"), text)
        self.restored.emit()

    def save_settings(self) -> None:
        done, _ = attempt(self, self.desk.backups.save_settings, self.user, folder=self.folderEdit.text(),
                          second_folder=self.secondEdit.text(), daily=self.dailyCheck.isChecked(),
                          weekly=self.weeklyCheck.isChecked(), keep_daily=self.keepDaily.value(),
                          keep_weekly=self.keepWeekly.value())
        if done:
            self.refresh()
