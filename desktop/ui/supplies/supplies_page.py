"""办公用品 as one page (issue 14): 库存 | 入库 | 领用 (stock_panel, receipts_panel, issues_panel) then
采购计划与询价 | 借用 | 盘点 | 报表 (the purchases, loans, counts and reports panels, shown once they
exist) and 审批文件 (the supply purchase and count approval documents, as on any module page). Each tab
refreshes when shown; a change anywhere tells the main window."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.module_page import ModulePage
from desktop.ui.supplies.issues_panel import IssuesPanel
from desktop.ui.supplies.receipts_panel import ReceiptsPanel
from desktop.ui.supplies.stock_panel import StockPanel

__all__ = ["SuppliesPage", "SUPPLY_KINDS"]

SUPPLY_KINDS = ("supply_purchase", "supply_count")


def _optional(module: str, name: str) -> Any:
    """A panel written alongside this page (purchases, loans, counts, reports): None until it exists."""
    try:
        from importlib import import_module

        return getattr(import_module(f"desktop.ui.supplies.{module}"), name, None)
    except ImportError:
        return None


class SuppliesPage(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, title: str = "", kinds: Sequence[str] = SUPPLY_KINDS, *,
                 language: str = "zh", parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user, self.language = desk, user, language
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("suppliesTabs")
        self._listed = False
        self.stock = StockPanel(desk, user, self)
        self.stock.setObjectName("stockPanel")
        self.receipts = ReceiptsPanel(desk, user, self)
        self.receipts.setObjectName("receiptsPanel")
        self.issues = IssuesPanel(desk, user, self)
        self.issues.setObjectName("issuesPanel")
        self.tabs.addTab(self.stock, self.tr("Stock"))
        self.tabs.addTab(self.receipts, self.tr("Stock in"))
        self.tabs.addTab(self.issues, self.tr("Issues"))
        self.purchases = self.loans = self.counts = self.reports = None
        for attr, module, name, label in (
                ("purchases", "purchases_panel", "PurchasesPanel", self.tr("Purchase plans and quotes")),
                ("loans", "loans_panel", "LoansPanel", self.tr("Loans")),
                ("counts", "counts_panel", "CountsPanel", self.tr("Counts")),
                ("reports", "supply_reports_panel", "SupplyReportsPanel", self.tr("Reports"))):
            cls = _optional(module, name)
            if cls is not None:
                widget = cls(desk, user)
                widget.setObjectName(attr + "Panel")
                setattr(self, attr, widget)
                self.tabs.addTab(widget, label)
        self.list = ModulePage(desk, user, title or self.tr("Office supplies"), kinds or SUPPLY_KINDS,
                               language=language)
        self.list.setObjectName("documentsPanel")
        if self.purchases is not None:
            # a purchase starts from the plans or as an ad-hoc request there, never as a bare document
            self.list.ui.newButton.setVisible(False)
        self.tabs.addTab(self.list, self.tr("Approval documents"))
        for page in (self.stock, self.receipts, self.issues, self.purchases, self.loans, self.counts, self.reports,
                     self.list):
            signal = getattr(page, "changed", None)
            if signal is not None:
                signal.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

    def open_tab(self, name: str) -> QWidget | None:
        """``stock``, ``receipts``, ``issues``, ``purchases``, ``loans``, ``counts``, ``reports`` or ``list``."""
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
        if page is not self.list and not self._listed:
            self.list.refresh()  # the main window and the tests read the document list as on any module page
        self._listed = True

    # The main window and the tests look at the document list as on any module page.
    @property
    def documents(self):  # noqa: ANN201
        return self.list.documents

    @property
    def ui(self):  # noqa: ANN201
        return self.list.ui
