"""待办: what the asset area asks of the signed-in person — the cards they must accept (as the card's
user or as the asset manager, ASSET-11), and the approved transfers, repairs and disposals waiting
for them: the giving department's release, the asset manager applying a transfer, a repair's
completion, a disposal's external approval and closing (``desk.asset_moves.open_moves``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTableWidget, QVBoxLayout,
                               QWidget)

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.assets.asset_terms import status_text
from desktop.ui.formatting import money
from desktop.ui.messages import attempt
from desktop.ui.tables import RIGHT, fill_table, selected_key

__all__ = ["TodoPanel", "MOVE_ACTIONS"]

translate = QCoreApplication.translate

MOVE_ACTIONS: dict[str, str] = {
    "release": QT_TRANSLATE_NOOP("AssetTodo", "Release (giving department signs)"),
    "apply": QT_TRANSLATE_NOOP("AssetTodo", "Apply the transfer to the cards"),
    "complete": QT_TRANSLATE_NOOP("AssetTodo", "Record the completed repair"),
    "external": QT_TRANSLATE_NOOP("AssetTodo", "Record the external approval"),
    "close": QT_TRANSLATE_NOOP("AssetTodo", "Close the disposal"),
    "voucher": QT_TRANSLATE_NOOP("AssetTodo", "Draft the disposal voucher"),
}


def _get(item: Any, name: str, default: Any = "") -> Any:
    value = item.get(name, default) if isinstance(item, dict) else getattr(item, name, default)
    return default if value is None else value


class TodoPanel(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk, self.user = desk, user
        self.cards: list = []
        self.moves: list = []
        self.cardTable = self._table("acceptTable")
        self.moveTable = self._table("movesTable")
        self.acceptButton = QPushButton(self.tr("Accept…"), self)
        self.acceptButton.setObjectName("todoAcceptButton")
        self.openButton = QPushButton(self.tr("Open card"), self)
        self.openButton.setObjectName("todoOpenButton")
        self.doButton = QPushButton(self.tr("Do it…"), self)
        self.doButton.setObjectName("todoDoButton")
        self.cardLabel = QLabel(self)
        self.cardLabel.setObjectName("acceptLabel")
        self.moveLabel = QLabel(self)
        self.moveLabel.setObjectName("movesLabel")
        bar1 = QHBoxLayout()
        bar1.addWidget(self.cardLabel, 1)
        bar1.addWidget(self.openButton)
        bar1.addWidget(self.acceptButton)
        bar2 = QHBoxLayout()
        bar2.addWidget(self.moveLabel, 1)
        bar2.addWidget(self.doButton)
        layout = QVBoxLayout(self)
        layout.addLayout(bar1)
        layout.addWidget(self.cardTable, 1)
        layout.addLayout(bar2)
        layout.addWidget(self.moveTable, 1)
        self.acceptButton.clicked.connect(self.accept_selected)
        self.openButton.clicked.connect(self.open_selected)
        self.doButton.clicked.connect(self.do_selected)
        self.cardTable.activated.connect(lambda _i: self.accept_selected())
        self.moveTable.activated.connect(lambda _i: self.do_selected())
        self.cardTable.itemSelectionChanged.connect(self._enable)
        self.moveTable.itemSelectionChanged.connect(self._enable)

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(self)
        table.setObjectName(name)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        return table

    def refresh(self) -> None:
        done, cards = attempt(self, self.desk.assets.awaiting_acceptance, self.user)
        self.cards = cards or []
        rows = [(c.card_no, c.name, c.specification, money(c.original_value), c.department_name, c.user_name,
                 c.location, status_text(c.status)) for c in self.cards]
        fill_table(self.cardTable, [self.tr("Card no."), self.tr("Asset name"), self.tr("Specification"),
                                    self.tr("Original value"), self.tr("Department"), self.tr("User"),
                                    self.tr("Location"), self.tr("Status")], rows, [c.id for c in self.cards],
                   align=("", "", "", RIGHT), stretch=1)
        self.cardLabel.setText(self.tr("To accept: {n}").format(n=len(self.cards)))
        moves_service = getattr(self.desk, "asset_moves", None)
        self.moves = []
        if moves_service is not None:
            done, moves = attempt(self, moves_service.open_moves, self.user)
            self.moves = list(moves or [])
        mrows = [(_get(m, "serial"), _get(m, "title"), _get(m, "cards"),
                  self.action_text(_get(m, "action")) or _get(m, "action_label")) for m in self.moves]
        fill_table(self.moveTable, [self.tr("Serial"), self.tr("Title"), self.tr("Assets"), self.tr("To do")], mrows,
                   list(range(len(self.moves))), stretch=1)
        self.moveLabel.setText(self.tr("Transfers, repairs and disposals waiting for you: {n}").format(
            n=len(self.moves)))
        self._enable()

    @staticmethod
    def action_text(action: str) -> str:
        return translate("AssetTodo", MOVE_ACTIONS[action]) if action in MOVE_ACTIONS else action

    def _enable(self) -> None:
        self.acceptButton.setEnabled(selected_key(self.cardTable) is not None)
        self.openButton.setEnabled(selected_key(self.cardTable) is not None)
        self.doButton.setEnabled(selected_key(self.moveTable) is not None)

    def selected_card(self) -> Any:
        key = selected_key(self.cardTable)
        return next((c for c in self.cards if c.id == key), None)

    def open_selected(self) -> None:
        from desktop.ui.assets.card_view import CardViewDialog

        card = self.selected_card()
        if card is not None:
            dialog = CardViewDialog(self.desk, self.user, card.id, self)
            dialog.setObjectName("cardViewDialog")
            dialog.exec()
            dialog.deleteLater()

    def accept_selected(self) -> None:
        from desktop.ui.assets.card_actions import AcceptDialog

        card = self.selected_card()
        if card is not None:
            self._run(AcceptDialog(self.desk, self.user, card, self))

    def _run(self, dialog: QDialog) -> None:
        dialog.setObjectName(type(dialog).__name__)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()
        dialog.deleteLater()

    def do_selected(self) -> None:
        key = selected_key(self.moveTable)
        if key is None:
            return
        move = self.moves[key]
        action, doc_id = _get(move, "action"), _get(move, "document_id", None)
        title = f"{_get(move, 'serial')} {_get(move, 'title')}".strip()
        svc = self.desk.asset_moves
        if action == "voucher":
            done, _ = attempt(self, svc.draft_disposal_voucher, self.user, doc_id)
            if done:
                self.refresh()
                self.changed.emit()
            return
        if action in ("release", "apply"):
            question = (self.tr("Sign the release of {title} for your department?") if action == "release"
                        else self.tr("Apply {title} to its cards (department, user, location)?")).format(title=title)
            if QMessageBox.question(self, self.action_text(action), question) != QMessageBox.StandardButton.Yes:
                return
            done, _ = attempt(self, svc.release if action == "release" else svc.apply_transfer, self.user, doc_id)
            if done:
                self.refresh()
                self.changed.emit()
            return
        from desktop.ui.assets.disposal_dialogs import CloseDisposalDialog, ExternalApprovalDialog
        from desktop.ui.assets.move_dialogs import CompleteRepairDialog

        dialogs = {"complete": CompleteRepairDialog, "external": ExternalApprovalDialog, "close": CloseDisposalDialog}
        if action in dialogs:
            self._run(dialogs[action](self.desk, self.user, doc_id, title, self))

    def card_numbers(self) -> list[str]:
        return [self.cardTable.item(r, 0).text() for r in range(self.cardTable.rowCount())]

    def move_titles(self) -> list[str]:
        return [self.moveTable.item(r, 1).text() for r in range(self.moveTable.rowCount())]

    def move_actions(self) -> list[str]:
        return [self.moveTable.item(r, 3).text() for r in range(self.moveTable.rowCount())]
