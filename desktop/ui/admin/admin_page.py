"""系统管理: one tab per area (departments, people, accounts, signing certificates, preset,
audit, backups), each made when first opened. Only administrators see it; the services refuse
non-administrators anyway (SEC-03)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.services.base import SignedIn
from desktop.services.desk import Desk

__all__ = ["AdminPage"]


class AdminPage(QWidget):
    def __init__(self, desk: Desk, user: SignedIn, language: str = "zh", parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user, self.language = desk, user, language
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("adminTabs")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.pages: dict[str, QWidget] = {}
        for key, title in (("departments", self.tr("Departments")), ("people", self.tr("People and positions")),
                           ("accounts", self.tr("Accounts")), ("certificates", self.tr("Signing certificates")),
                           ("presets", self.tr("Rule preset")), ("holidays", self.tr("Holidays")),
                           ("audit", self.tr("Audit trail")),
                           ("backups", self.tr("Backup and restore"))):
            holder = QWidget()
            holder.setObjectName(f"tab_{key}")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, title)
        self.tabs.currentChanged.connect(self._open_tab)

    _KEYS = ("departments", "people", "accounts", "certificates", "presets", "holidays", "audit", "backups")

    def open_tab(self, key: str) -> QWidget:
        self.tabs.setCurrentIndex(self._KEYS.index(key))
        self._open_tab(self.tabs.currentIndex())
        return self.pages[key]

    def refresh(self) -> None:
        self._open_tab(self.tabs.currentIndex())

    def _open_tab(self, index: int) -> None:
        if index < 0:
            return
        key = self._KEYS[index]
        page = self.pages.get(key)
        if page is None:
            page = self._make(key)
            self.tabs.widget(index).layout().addWidget(page)
            self.pages[key] = page
        page.refresh()

    def _make(self, key: str) -> QWidget:
        if key == "departments":
            from desktop.ui.admin.departments_page import DepartmentsPage

            return DepartmentsPage(self.desk, self.user)
        if key == "people":
            from desktop.ui.admin.people_page import PeoplePage

            return PeoplePage(self.desk, self.user, self.language)
        if key == "accounts":
            from desktop.ui.admin.accounts_page import AccountsPage

            return AccountsPage(self.desk, self.user)
        if key == "certificates":
            from desktop.ui.admin.certificates_page import CertificatesPage

            return CertificatesPage(self.desk, self.user)
        if key == "presets":
            from desktop.ui.admin.presets_page import PresetsPage

            return PresetsPage(self.desk, self.user, self.language)
        if key == "holidays":  # VEH-07, issue 12
            from desktop.ui.admin.holidays_page import HolidaysPage

            return HolidaysPage(self.desk, self.user)
        if key == "backups":
            from desktop.ui.admin.backup_page import BackupPage

            page = BackupPage(self.desk, self.user)
            page.restored.connect(self._restored)
            return page
        from desktop.ui.admin.audit_page import AuditPage

        return AuditPage(self.desk, self.user)

    def _restored(self) -> None:
        """The data were replaced by a backup: the signed-in session belongs to the old data."""
        sign_out = getattr(self.window(), "sign_out", None)
        if sign_out is not None:
            sign_out.emit()
