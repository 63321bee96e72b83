"""Accounts: one per person; create with an initial password (changed at first sign-in),
reset password, unlock after too many failures, activate / deactivate."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from desktop.services.accounts import AccountView
from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.formatting import local_time
from desktop.ui.forms.ui_accounts_page import Ui_AccountsPage
from desktop.ui.messages import attempt
from desktop.ui.tables import fill_table, selected_key

__all__ = ["AccountsPage"]


class AccountsPage(QWidget):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AccountsPage()
        self.ui.setupUi(self)
        self.desk, self.user = desk, user
        self.accounts: list[AccountView] = []
        self.ui.createButton.clicked.connect(self.create)
        self.ui.resetButton.clicked.connect(self.reset_password)
        self.ui.unlockButton.clicked.connect(self.unlock)
        self.ui.toggleActiveButton.clicked.connect(self.toggle_active)
        self.ui.accountsTable.itemSelectionChanged.connect(self._selection_changed)

    def refresh(self) -> None:
        keep = selected_key(self.ui.accountsTable)
        self.accounts = self.desk.accounts.list_accounts(self.user)
        yes, no = self.tr("Yes"), self.tr("No")
        rows = [(a.username, a.name, self.tr("Active") if a.active else self.tr("Inactive"),
                 local_time(a.locked_until) if a.locked_until else "", a.failed_attempts,
                 yes if a.must_change_password else no) for a in self.accounts]
        fill_table(self.ui.accountsTable, [self.tr("Username"), self.tr("Name"), self.tr("Status"),
                                           self.tr("Locked until"), self.tr("Failed sign-ins"),
                                           self.tr("Must change password")],
                   rows, [a.id for a in self.accounts], keep=keep)
        with_account = {a.staff_id for a in self.accounts}
        self.ui.personCombo.clear()
        for person in self.desk.org.staff(self.user):
            if person.id not in with_account:
                self.ui.personCombo.addItem(f"{person.name}（{person.department_name}）" if person.department_name
                                            else person.name, person.id)
        self.ui.createGroup.setEnabled(self.ui.personCombo.count() > 0)
        self._selection_changed()

    def selected(self) -> AccountView | None:
        key = selected_key(self.ui.accountsTable)
        return next((a for a in self.accounts if a.id == key), None)

    def _selection_changed(self) -> None:
        account = self.selected()
        for button in (self.ui.resetButton, self.ui.unlockButton, self.ui.toggleActiveButton):
            button.setEnabled(account is not None)
        self.ui.toggleActiveButton.setText(self.tr("Activate") if account and not account.active
                                           else self.tr("Deactivate"))

    def create(self) -> None:
        staff_id = self.ui.personCombo.currentData()
        if staff_id is None:
            return
        if attempt(self, self.desk.accounts.create_account, self.user, staff_id, self.ui.usernameEdit.text(),
                   self.ui.passwordEdit.text())[0]:
            self.ui.usernameEdit.clear()
            self.ui.passwordEdit.clear()
            self.refresh()

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("Reset password"),
            self.tr("New initial password for {username} (to be changed at next sign-in):").format(
                username=account.username), QLineEdit.EchoMode.Password)
        if ok and attempt(self, self.desk.accounts.reset_password, self.user, account.id, password)[0]:
            self.refresh()

    def unlock(self) -> None:
        account = self.selected()
        if account is not None and attempt(self, self.desk.accounts.unlock, self.user, account.id)[0]:
            self.refresh()

    def toggle_active(self) -> None:
        account = self.selected()
        if account is not None and attempt(self, self.desk.accounts.set_active, self.user, account.id,
                                           not account.active)[0]:
            self.refresh()
