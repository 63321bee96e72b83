"""First start in the GUI: on a database without a bureau, set one up — everything ``desktop init``
does (bureau, rule preset, first administrator, root CA), plus its departments, in ONE call of
``services.setup.initialise`` at Finish — or load the demonstration bureau. A refusal at Finish
goes back to the page it belongs to, listing every problem there; nothing is written before, and
a failure leaves the database empty, so the wizard can simply be run again (SEC-08)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget, QWizard

from desktop.domain.approval.model import Problem
from desktop.services.base import Refused
from desktop.services.desk import Desk
from desktop.ui.setup_wizard_pages import (PAGE_ADMIN, PAGE_BUREAU, PAGE_CA, PAGE_DEPARTMENTS, PAGE_PRESET,
                                           PAGE_START, PAGE_SUMMARY, AdminPage, BureauPage, DepartmentsPage,
                                           PresetPage, StartPage, SummaryPage)
from desktop.ui.setup_wizard_root import RootCaPage, first_removable_folder

__all__ = ["SetupWizard"]


def _page_of(problem: Problem) -> int:
    """The page whose fields a problem of ``initialise`` is about."""
    code = problem.code
    if code.startswith(("bureau.", "init.bureau")):
        return PAGE_BUREAU
    if code.startswith("preset."):
        return PAGE_PRESET
    if code.startswith("department."):
        return PAGE_DEPARTMENTS
    if problem.text.startswith("根证书口令"):
        return PAGE_CA
    if code.startswith(("account.", "staff.", "password.")):
        return PAGE_ADMIN
    return PAGE_SUMMARY


class SetupWizard(QWizard):
    """``exec()`` accepted once the bureau (or the demo) is in the database; ``admin_username`` then
    names the account to sign in with."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 removable: Callable[[], str | None] = first_removable_folder):
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Set up Bureau Desk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.start_page = StartPage(desk.url)
        self.bureau_page = BureauPage()
        self.preset_page = PresetPage()
        self.departments_page = DepartmentsPage()
        self.admin_page = AdminPage()
        self.ca_page = RootCaPage(removable)
        self.summary_page = SummaryPage()
        for page_id, page in ((PAGE_START, self.start_page), (PAGE_BUREAU, self.bureau_page),
                              (PAGE_PRESET, self.preset_page), (PAGE_DEPARTMENTS, self.departments_page),
                              (PAGE_ADMIN, self.admin_page), (PAGE_CA, self.ca_page),
                              (PAGE_SUMMARY, self.summary_page)):
            self.setPage(page_id, page)
        self.setStartId(PAGE_START)
        self.resize(860, 640)
        self.admin_username: str | None = None
        self.demo_loaded = False
        self.root_key_copy = None  # RootKeyBackup once written

    # Finish ---------------------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt: Finish runs the set-up
        if not super().validateCurrentPage():
            return False
        if self.currentId() == PAGE_START and self.start_page.demo_radio.isChecked():
            return self._load_demo()
        if self.currentId() == PAGE_SUMMARY:
            return self._create()
        return True

    def _busy(self, call: Callable[[], object]) -> object:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return call()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _load_demo(self) -> bool:
        from desktop.services.demo import DEMO_ADMIN, load_demo

        self.start_page.setSubTitle(self.tr("Loading the demonstration bureau… (this takes a little while)"))
        QGuiApplication.processEvents()
        try:
            self._busy(lambda: load_demo(self.desk))
        except Refused as refused:
            return self.start_page.problems.show_problems(refused.problems)
        self.admin_username, self.demo_loaded = DEMO_ADMIN, True
        return True

    def _create(self) -> bool:
        from desktop.services.setup import initialise

        admin = self.admin_page
        fields = dict(bureau_name=self.bureau_page.name_edit.text(), bureau_code=self.bureau_page.code_edit.text(),
                      admin_username=admin.username_edit.text(), admin_password=admin.password_edit.text(),
                      admin_name=admin.name_edit.text(), preset_code=self.preset_page.code(),
                      ca_passphrase=self.ca_page.passphrase(), departments=self.departments_page.rows())
        try:
            self._busy(lambda: initialise(self.desk, **fields))
        except Refused as refused:
            self._show_refusal(refused.problems)
            return False
        self.admin_username = admin.username_edit.text().strip()
        folder = self.ca_page.backup_folder()
        if folder:
            self._copy_root_key(folder, admin.password_edit.text())
        return True

    def _show_refusal(self, problems: list[Problem]) -> None:
        """Every problem on its page; the wizard goes back to the first such page."""
        pages = {PAGE_BUREAU: self.bureau_page, PAGE_PRESET: None, PAGE_DEPARTMENTS: self.departments_page,
                 PAGE_ADMIN: self.admin_page, PAGE_CA: self.ca_page, PAGE_SUMMARY: self.summary_page}
        grouped: dict[int, list[Problem]] = {}
        for problem in problems:
            page_id = _page_of(problem)
            if pages.get(page_id) is None:
                page_id = PAGE_SUMMARY
            grouped.setdefault(page_id, []).append(problem)
        for page_id, page_problems in grouped.items():
            pages[page_id].problems.show_problems(page_problems)
        self.summary_page.problems.show_problems(grouped.get(PAGE_SUMMARY, []))
        target = min(grouped)
        while self.currentId() > target:
            self.back()

    def _copy_root_key(self, folder: str, password: str) -> None:
        """After the bureau is created: the root key copy, signed in as the new administrator. A
        failure (drive pulled out) offers another folder; the bureau stays as it is."""
        from desktop.services.root_key_backup import back_up_root_key

        try:
            user = self.desk.accounts.authenticate(self.admin_username, password)
        except Refused:
            return
        while folder:
            try:
                self.root_key_copy = self._busy(lambda f=folder: back_up_root_key(self.desk, user, f))
                return
            except Refused as refused:
                answer = QMessageBox.warning(
                    self, self.tr("Copy of the root key"),
                    self.tr("The bureau is set up, but the copy of the root key could not be written:\n{why}\n\n"
                            "Choose another folder?").format(why="\n".join(p.text for p in refused.problems)),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
                if answer != QMessageBox.StandardButton.Yes:
                    return
                folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the root key copy"), folder)
