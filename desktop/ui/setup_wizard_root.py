"""The set-up wizard's root certificate page: the root CA's passphrase (or the administrator's
password) and the offer of a copy of its key on removable media, found with QStorageInfo."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QStorageInfo
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPushButton,
                               QVBoxLayout, QWizardPage)

from desktop.domain.approval.model import Problem
from desktop.services.setup import ca_problems
from desktop.ui.setup_wizard_pages import ProblemLabel, note

__all__ = ["RootCaPage", "first_removable_folder"]


def first_removable_folder() -> str | None:
    """The root of the first mounted, writable removable drive (a USB stick), or None."""
    for volume in QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        root = volume.rootPath()
        if sys.platform == "win32":
            import ctypes

            if ctypes.windll.kernel32.GetDriveTypeW(str(Path(root))) == 2:  # DRIVE_REMOVABLE
                return root
        elif root.startswith(("/media/", "/run/media/", "/Volumes/")):
            return root
    return None


class RootCaPage(QWizardPage):
    """The root CA's passphrase and the offer of a copy of its key on removable media."""

    def __init__(self, removable: Callable[[], str | None]):
        super().__init__()
        self.setTitle(self.tr("The bureau's root certificate"))
        self.setSubTitle(self.tr("It issues every person's signing certificate and every electronic seal. Its key is "
                                 "stored encrypted with this passphrase, asked for when a certificate is issued."))
        layout = QVBoxLayout(self)
        self.same_check = QCheckBox(self.tr("Same as the administrator password"))
        self.same_check.setChecked(True)
        layout.addWidget(self.same_check)
        form = QFormLayout()
        self.passphrase_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._live)
        form.addRow(self.tr("Root passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("Passphrase again:"), self.repeat_edit)
        layout.addLayout(form)
        self.same_check.toggled.connect(self._same_toggled)
        self._same_toggled(True)

        box = QGroupBox(self.tr("A copy of the root key on removable media"))
        inner = QVBoxLayout(box)
        self.backup_check = QCheckBox(self.tr("Write a copy to this folder after Finish:"))
        inner.addWidget(self.backup_check)
        row = QHBoxLayout()
        self.folder_edit = QLineEdit()
        self.folder_edit.setPlaceholderText(self.tr("a USB drive, e.g. E:\\"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        inner.addLayout(row)
        inner.addWidget(note(self.tr(
            "The key file stays encrypted with the root passphrase; a README beside it says what it is and how "
            "it is used. Label the drive and keep it in the safe, apart from the passphrase.")))
        self.skip_warning = note(self.tr(
            "Without a copy, the root key exists only in this database and its backups: if they are all lost, "
            "documents signed so far can no longer be shown as this bureau's."))
        self.skip_warning.setStyleSheet("color: #a15c00;")
        inner.addWidget(self.skip_warning)
        layout.addWidget(box)
        self.problems = ProblemLabel()
        layout.addWidget(self.problems)
        layout.addStretch(1)
        found = removable()
        self.folder_edit.setText(found or "")
        self.backup_check.setChecked(bool(found))
        self.backup_check.toggled.connect(self._backup_toggled)
        self._backup_toggled(self.backup_check.isChecked())

    def _same_toggled(self, same: bool) -> None:
        for edit in (self.passphrase_edit, self.repeat_edit):
            edit.setEnabled(not same)
        self._live()

    def _backup_toggled(self, on: bool) -> None:
        self.folder_edit.setEnabled(on)
        self.skip_warning.setVisible(not on)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the root key copy"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)
            self.backup_check.setChecked(True)

    def passphrase(self) -> str | None:
        """None: the administrator's password protects the root key too."""
        return None if self.same_check.isChecked() else self.passphrase_edit.text()

    def backup_folder(self) -> str | None:
        return self.folder_edit.text().strip() if self.backup_check.isChecked() else None

    def current_problems(self, *, final: bool) -> list[Problem]:
        if self.same_check.isChecked():
            problems: list[Problem] = []
        else:
            admin_password = self.wizard().admin_page.password_edit.text() if self.wizard() else ""
            text = self.passphrase_edit.text()
            problems = []
            if final and not text:
                problems.append(Problem("SEC-06", "ca.passphrase", "请填写根证书口令，或勾选“与管理员密码相同”"))
            elif text:
                problems += ca_problems(text, admin_password)
            if (final or self.repeat_edit.text()) and self.repeat_edit.text() != text:
                problems.append(Problem("SEC-06", "ca.repeat", "两次输入的根证书口令不一致"))
        if final and self.backup_check.isChecked():
            folder = self.folder_edit.text().strip()
            if not folder or not Path(folder).is_dir():
                problems.append(Problem("SEC-09", "root_backup.folder", f"备份位置不存在或不是文件夹：{folder or '（未填写）'}"))
            elif not os.access(folder, os.W_OK):
                problems.append(Problem("SEC-09", "root_backup.folder", f"备份位置不可写入：{folder}"))
        return problems

    def _live(self) -> None:
        if hasattr(self, "problems"):
            self.problems.show_problems(self.current_problems(final=False))

    def validatePage(self) -> bool:  # noqa: N802 - Qt
        return self.problems.show_problems(self.current_problems(final=True))
