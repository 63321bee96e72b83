"""报销与凭证 as one page: the claims and advances (新建报销单 / 新建借款单, submit, sheet), 预算指标 for
finance and the readers of the returns, 出纳付款 for the cashier, 待编凭证 for the accountant and the
finance head. Each tab refreshes when shown; a change anywhere tells the main window."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.domain.access import may_read_reports
from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.module_page import ModulePage

__all__ = ["ClaimsArea", "ClaimsListPage"]


class ClaimsListPage(ModulePage):
    """The module's documents, with the claim and advance entry dialogs instead of the generic one."""

    def __init__(self, desk: Desk, user: SignedIn, title: str, kinds: Sequence[str], *, language: str = "zh",
                 parent: QWidget | None = None):
        super().__init__(desk, user, title, kinds, language=language, parent=parent)
        self.ui.newButton.setVisible(False)
        self.claimButton = self._button(self.tr("New expense claim…"), "newClaimButton", self.new_claim)
        self.advanceButton = self._button(self.tr("New advance…"), "newAdvanceButton", self.new_advance)
        for b in (self.claimButton, self.advanceButton):
            b.setVisible(not user.is_admin)

    def _button(self, text: str, name: str, slot) -> QPushButton:  # noqa: ANN001
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(slot)
        self.ui.headerLayout.insertWidget(self.ui.headerLayout.indexOf(self.ui.submitButton), b)
        return b

    def _run(self, dialog: QDialog) -> None:
        dialog.setObjectName(type(dialog).__name__)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()
        dialog.deleteLater()

    def new_claim(self) -> None:
        from desktop.ui.claims.claim_dialog import ClaimDialog

        self._run(ClaimDialog(self.desk, self.user, self))

    def new_advance(self) -> None:
        from desktop.ui.claims.advance_dialog import AdvanceDialog

        self._run(AdvanceDialog(self.desk, self.user, self))


class ClaimsArea(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, title: str, kinds: Sequence[str], *, language: str = "zh",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.tabs = QTabWidget()
        self.tabs.setObjectName("claimsTabs")
        self.tabs.setTabBarAutoHide(True)  # a claimant has the list only
        self.list = ClaimsListPage(desk, user, title, kinds, language=language)
        self.tabs.addTab(self.list, self.tr("Claims and advances"))
        positions = set(user.positions)
        self.budget = self.cashier = self.awaiting = None
        if not user.is_admin and ({"finance_head", "accountant"} & positions or may_read_reports(user.actor)):
            from desktop.ui.claims.budget_page import BudgetPage

            self.budget = BudgetPage(desk, user)
            self.tabs.addTab(self.budget, self.tr("Budget lines"))
        if "cashier" in positions:
            from desktop.ui.claims.cashier_page import CashierPage

            self.cashier = CashierPage(desk, user)
            self.tabs.addTab(self.cashier, self.tr("Cashier: payments"))
        if {"finance_head", "accountant"} & positions and "cashier" not in positions:
            from desktop.ui.claims.awaiting_vouchers import AwaitingVouchersPage

            self.awaiting = AwaitingVouchersPage(desk, user)
            self.tabs.addTab(self.awaiting, self.tr("Awaiting vouchers"))
        for page in (self.list, self.budget, self.cashier, self.awaiting):
            if page is not None:
                page.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

    def open_tab(self, name: str) -> QWidget:
        """``list``, ``budget``, ``cashier`` or ``awaiting`` (None when this person has no such tab)."""
        page = getattr(self, name)
        if page is not None:
            self.tabs.setCurrentWidget(page)
            page.refresh()
        return page

    def refresh(self) -> None:
        page = self.tabs.currentWidget()
        if page is not None:
            page.refresh()

    # The main window and the tests look at the list as they do on any module page.
    @property
    def documents(self):  # noqa: ANN201
        return self.list.documents

    @property
    def ui(self):  # noqa: ANN201
        return self.list.ui
