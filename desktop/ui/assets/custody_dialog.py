"""Custody (ASSET-07, ASSET-12): what a person holds, and their departure — the asset manager opens it
(leaving or retiring, on which day) and signs it off only when nothing is left in their keeping; a
refused sign-off lists every card still held, so the handover can be done in one go."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QVBoxLayout, QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.assets.asset_terms import fill_combo, status_text
from desktop.ui.date_field import date_field
from desktop.ui.formatting import local_time, money
from desktop.ui.messages import attempt
from desktop.ui.tables import RIGHT, fill_table

__all__ = ["CustodyDialog"]


class CustodyDialog(QDialog):
    def __init__(self, desk: Desk, user: SignedIn, staff_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.holdings: list = []
        self.setWindowTitle(self.tr("Holdings and departures"))
        self.resize(900, 640)
        self.personBox = QComboBox(self)
        self.personBox.setObjectName("personBox")
        fill_combo(self.personBox, [(f"{p.name}（{p.department_name}）", p.id) for p in desk.org.staff(user)],
                   current=staff_id)
        self.holdingsTable = self._table("holdingsTable")
        self.countLabel = QLabel(self)
        self.countLabel.setObjectName("holdingsLabel")
        self.kindBox = QComboBox(self)
        self.kindBox.setObjectName("departureKindBox")
        fill_combo(self.kindBox, [(self.tr("Leaves the bureau"), "leave"), (self.tr("Retires"), "retire")])
        self.leavingEdit = date_field(self)
        self.leavingEdit.setObjectName("leavingEdit")
        self.noteEdit = QLineEdit(self)
        self.noteEdit.setObjectName("departureNoteEdit")
        self.startButton = QPushButton(self.tr("Open departure"), self)
        self.startButton.setObjectName("startDepartureButton")
        self.signButton = QPushButton(self.tr("Sign off the departure"), self)
        self.signButton.setObjectName("signDepartureButton")
        self.departuresTable = self._table("departuresTable")
        self.stateLabel = QLabel(self)
        self.stateLabel.setObjectName("departureStateLabel")
        self.stateLabel.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Person:"), self))
        top.addWidget(self.personBox, 1)
        departure = QGroupBox(self.tr("Departure (ASSET-07)"), self)
        form = QFormLayout(departure)
        form.addRow(self.tr("Kind:"), self.kindBox)
        form.addRow(self.tr("Leaving on:"), self.leavingEdit)
        form.addRow(self.tr("Note:"), self.noteEdit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.startButton)
        buttons.addWidget(self.signButton)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.stateLabel)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Everything in this person's keeping:"), self))
        layout.addWidget(self.holdingsTable, 2)
        layout.addWidget(self.countLabel)
        layout.addWidget(departure)
        layout.addWidget(QLabel(self.tr("Departures:"), self))
        layout.addWidget(self.departuresTable, 1)
        layout.addWidget(close)
        self.personBox.currentIndexChanged.connect(lambda _i: self.refresh())
        self.startButton.clicked.connect(self.start_departure)
        self.signButton.clicked.connect(self.sign_departure)
        self.refresh()

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(self)
        table.setObjectName(name)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        return table

    def staff_id(self) -> int | None:
        return self.personBox.currentData()

    def refresh(self) -> None:
        staff_id = self.staff_id()
        done, holdings = attempt(self, self.desk.assets.holdings, self.user, staff_id) if staff_id else (True, [])
        self.holdings = holdings or []
        rows = [(r.card_no, r.name, r.specification, f"{r.quantity} {r.unit}", money(r.original_value),
                 r.location, status_text(r.status)) for r in self.holdings]
        fill_table(self.holdingsTable, [self.tr("Card no."), self.tr("Asset name"), self.tr("Specification"),
                                        self.tr("Qty"), self.tr("Original value"), self.tr("Location"),
                                        self.tr("Status")], rows, [r.id for r in self.holdings],
                   align=("", "", "", RIGHT, RIGHT), stretch=1)
        self.countLabel.setText(self.tr("Cards held: {n}").format(n=len(self.holdings)))
        done, departures = attempt(self, self.desk.assets.departures, self.user)
        departures = departures or []
        kinds = {"leave": self.tr("Leaves the bureau"), "retire": self.tr("Retires")}
        drows = [(_get(d, "staff_name"), kinds.get(_get(d, "kind"), _get(d, "kind")), _get(d, "leaving_on"),
                  _get(d, "signed_by"), local_time(_get(d, "signed_at") or None))
                 for d in departures]
        fill_table(self.departuresTable, [self.tr("Leaver"), self.tr("Kind"), self.tr("Leaving on"),
                                          self.tr("Signed off by"), self.tr("Signed off")], drows, stretch=0)
        mine = next((d for d in departures if _get(d, "staff_id") == staff_id), None)
        signed = mine is not None and bool(_get(mine, "signed_at"))
        self.startButton.setEnabled(staff_id is not None and mine is None)
        self.signButton.setEnabled(mine is not None and not signed)
        if mine is None:
            self.stateLabel.setText("")
        elif signed:
            self.stateLabel.setText(self.tr("Signed off: nothing left in this person's keeping."))
        else:
            self.stateLabel.setText(self.tr("Open: sign off once every card above is handed over."))

    def start_departure(self) -> None:
        done, _ = attempt(self, self.desk.assets.start_departure, self.user, self.staff_id(),
                          self.kindBox.currentData(), self.leavingEdit.value(), self.noteEdit.text().strip())
        if done:
            self.refresh()

    def sign_departure(self) -> None:
        done, _ = attempt(self, self.desk.assets.sign_departure, self.user, self.staff_id())
        self.refresh()


def _get(view: Any, name: str) -> Any:
    value = view.get(name, "") if isinstance(view, dict) else getattr(view, name, "")
    return "" if value is None else value
