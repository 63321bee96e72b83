"""固定资产 as one page (issue 13): 资产卡片 (the register, card_list.py) | 待办 (acceptances, releases,
transfers to apply, repairs to complete, disposals to close) | 转移·维修·处置 (the documents of those
kinds, as on any module page, with the card-based requests instead of the generic new document) |
清查盘点 | 折旧 | 报表 (the stocktake, depreciation and report widgets, shown when present and when
the person works with them). Each tab refreshes when shown; a change anywhere tells the main window."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.domain.access import may_read_reports
from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.assets.asset_terms import is_asset_manager
from desktop.ui.assets.card_list import CardList
from desktop.ui.assets.todo_panel import TodoPanel
from desktop.ui.messages import attempt
from desktop.ui.module_page import ModulePage

__all__ = ["AssetsPage", "MovesListPage", "ASSET_KINDS"]

ASSET_KINDS = ("asset_transfer", "asset_repair", "asset_disposal")
BOOK_KEEPERS = frozenset({"accountant", "finance_head"})


def _optional(module: str, name: str) -> Any:
    """A widget written alongside this page (stocktake, depreciation, reports): None until it exists."""
    try:
        from importlib import import_module

        return getattr(import_module(f"desktop.ui.assets.{module}"), name, None)
    except ImportError:
        return None


class MovesListPage(ModulePage):
    """The transfer, repair and disposal documents; a new one starts from its cards (申请调入…,
    申请处置…; a repair from the card in the register), never as a bare document."""

    def __init__(self, desk: Desk, user: SignedIn, title: str, kinds: Sequence[str], *, language: str = "zh",
                 parent: QWidget | None = None):
        super().__init__(desk, user, title, kinds, language=language, parent=parent)
        self.ui.newButton.setVisible(False)
        self.transferButton = self._button(self.tr("Request transfer in…"), "newTransferButton",
                                           not user.is_admin)
        self.disposalButton = self._button(self.tr("Request disposal…"), "newDisposalButton", is_asset_manager(user))
        self.requested: Any = None  # set by the AssetsPage: runs the request dialogs

    def _button(self, text: str, name: str, shown: bool) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setVisible(shown)
        b.clicked.connect(lambda _c=False, n=name: self.requested and self.requested(
            "transfer" if n == "newTransferButton" else "disposal", 0))
        self.ui.headerLayout.insertWidget(self.ui.headerLayout.indexOf(self.ui.submitButton), b)
        return b


class AssetsPage(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, title: str = "", kinds: Sequence[str] = ASSET_KINDS, *,
                 language: str = "zh", parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user, self.language = desk, user, language
        self.manager = is_asset_manager(user)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("assetsTabs")
        self.cards = CardList(desk, user, self)
        self.todo = TodoPanel(desk, user, self)
        self.list = MovesListPage(desk, user, title or self.tr("Fixed assets"), kinds or ASSET_KINDS,
                                  language=language)
        self.list.requested = self.run_action
        self.tabs.addTab(self.cards, self.tr("Asset cards"))
        if not user.is_admin:
            self.tabs.addTab(self.todo, self.tr("To do"))
        self.tabs.addTab(self.list, self.tr("Transfer · repair · disposal"))
        positions = set(user.positions)
        keeper = bool(BOOK_KEEPERS & positions)
        reader = not user.is_admin and (self.manager or keeper or may_read_reports(user.actor))
        self.stocktake = self.depreciation = self.reports = None
        for attr, module, name, label, shown in (
                ("stocktake", "stocktake_page", "StocktakePage", self.tr("Stocktake"), reader),
                ("depreciation", "depreciation_page", "DepreciationPage", self.tr("Depreciation"), reader),
                ("reports", "asset_reports_page", "AssetReportsPage", self.tr("Reports"), reader)):
            cls = _optional(module, name) if shown else None
            if cls is not None:
                widget = cls(desk, user)
                widget.setObjectName(attr + "Page")
                setattr(self, attr, widget)
                self.tabs.addTab(widget, label)
        for page in (self.cards, self.todo, self.list, self.stocktake, self.depreciation, self.reports):
            signal = getattr(page, "changed", None)
            if signal is not None:
                signal.connect(self.changed)
        self.cards.open_requested.connect(self.open_card)
        self.cards.action_requested.connect(self.run_action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

    def open_tab(self, name: str) -> QWidget | None:
        """``cards``, ``todo``, ``list``, ``stocktake``, ``depreciation`` or ``reports``."""
        page = getattr(self, name, None)
        if page is not None and self.tabs.indexOf(page) >= 0:
            self.tabs.setCurrentWidget(page)
            page.refresh()
            return page
        return None

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def refresh(self) -> None:
        page = self.tabs.currentWidget()
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()

    # Dialogs ---------------------------------------------------------------------------------
    def _run(self, dialog: QDialog) -> bool:
        dialog.setObjectName(type(dialog).__name__)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.refresh()
            self.changed.emit()
        return accepted

    def open_card(self, card_id: int) -> None:
        from desktop.ui.assets.card_view import CardViewDialog

        dialog = CardViewDialog(self.desk, self.user, card_id, self)
        dialog.setObjectName("CardViewDialog")
        dialog.exec()
        dialog.deleteLater()
        self.cards.refresh()  # a file added there shows in the history

    def run_action(self, action: str, card_id: int) -> None:
        """The card list's and the moves list's buttons."""
        from desktop.ui.assets.card_actions import AcceptDialog, IdleDialog, ReassignDialog
        from desktop.ui.assets.card_dialog import CardDialog
        from desktop.ui.assets.disposal_dialogs import DisposalDialog
        from desktop.ui.assets.move_dialogs import RepairDialog, TransferDialog

        rows = self.cards.selected_rows()
        row = next((r for r in rows if r.id == card_id), None)
        if action == "new":
            dialog = CardDialog(self.desk, self.user, parent=self)
            if self._run(dialog) and dialog.card_id:
                self.cards.select_card(dialog.card_id)
        elif action == "custody":
            from desktop.ui.assets.custody_dialog import CustodyDialog

            self._run(CustodyDialog(self.desk, self.user, parent=self))
            self.cards.refresh()
        elif action == "transfer":
            self._run(TransferDialog(self.desk, self.user, rows if self.tabs.currentWidget() is self.cards else [],
                                     self))
        elif action == "disposal":
            self._run(DisposalDialog(self.desk, self.user, rows if self.tabs.currentWidget() is self.cards else [],
                                     self))
        elif row is not None and action in ("accept", "idle", "repair"):
            cls = {"accept": AcceptDialog, "idle": IdleDialog, "repair": RepairDialog}[action]
            self._run(cls(self.desk, self.user, row, self))
        elif row is not None and action in ("edit", "reassign"):
            done, card = attempt(self, self.desk.assets.card, self.user, card_id)
            if done:
                self._run(CardDialog(self.desk, self.user, card, self) if action == "edit"
                          else ReassignDialog(self.desk, self.user, card, self))

    # The main window and the tests look at the document list as on any module page.
    @property
    def documents(self):  # noqa: ANN201
        return self.list.documents

    @property
    def ui(self):  # noqa: ANN201
        return self.list.ui
