"""报表 (first cut): how many documents of each kind are in each state."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QHeaderView, QWidget

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.forms.ui_reports_page import Ui_ReportsPage
from desktop.ui.messages import STATES, state_text
from desktop.ui.tables import RIGHT, fill_table

__all__ = ["ReportsPage"]


class ReportsPage(QWidget):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.desk, self.user = desk, user
        self.ui.refreshButton.clicked.connect(self.refresh)

    def refresh(self) -> None:
        titles = self.desk.approvals.kinds(self.user)
        docs = self.desk.approvals.documents(self.user, limit=100_000)
        counts = Counter((d.kind, d.state) for d in docs)
        states = list(STATES)
        rows = []
        for kind, title in titles.items():
            per_state = [counts.get((kind, s), 0) for s in states]
            rows.append([title, *per_state, sum(per_state)])
        totals = [sum(r[i + 1] for r in rows) for i in range(len(states) + 1)]
        rows.append([self.tr("Total"), *totals])
        headers = [self.tr("Kind"), *(state_text(s) for s in states), self.tr("Total")]
        fill_table(self.ui.countsTable, headers, rows, align=("",) + (RIGHT,) * (len(states) + 1))
        header = self.ui.countsTable.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
