"""Pieces the plans, loans, counts and reports tabs of 办公用品 share: a read-only list table, a form
dialog whose OK runs the service call, a sheet preview, the passphrase prompt for a call that
creates and submits a document but returns its own record's id (a purchase), and the people and
item choices of the forms."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QDialog, QTableWidget, QWidget

from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.formatting import money
from desktop.ui.messages import attempt, inform

__all__ = ["list_table", "run_dialog", "preview_pdf", "submit_signed", "people_items", "item_items", "money_text",
           "paint_row", "OVERDUE_COLOUR", "WARNING_COLOUR"]

translate = QCoreApplication.translate
OVERDUE_COLOUR = "#fde2e1"  # a row the keeper must act on (an overdue loan)
WARNING_COLOUR = "#c62828"


def list_table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


def paint_row(table: QTableWidget, row: int, colour: str) -> None:
    for c in range(table.columnCount()):
        item = table.item(row, c)
        if item is not None:
            item.setBackground(QBrush(QColor(colour)))


def run_dialog(dialog: QDialog, modal: bool) -> Any:
    """Modal: run it and return its ``result_value`` when accepted (else None); not modal (tests,
    screenshots): show it and return the dialog."""
    if not modal:
        dialog.show()
        return dialog
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    value = getattr(dialog, "result_value", True) if accepted else None
    dialog.deleteLater()
    return value


def preview_pdf(parent: QWidget, call: Callable[..., bytes], title: str, name: str, *args: Any,
                modal: bool = True, **kwargs: Any) -> Any:
    """A sheet (入库单, 借用单, 采购计划 …) on screen with 打印… and 另存为…."""
    from desktop.ui.pdf_preview import PdfPreviewDialog

    done, data = attempt(parent, call, *args, **kwargs)
    if not done:
        return None
    dialog = PdfPreviewDialog(data, title, parent)
    dialog.setObjectName(name)
    dialog.status.setText(translate("SupplyFlow", "{n} page(s)").format(n=dialog.page_count()))
    if modal:
        dialog.exec()
        dialog.deleteLater()
        return None
    dialog.show()
    return dialog


def submit_signed(parent: QWidget, desk: Desk, user: SignedIn, create: Callable[..., Any]) -> Any:
    """``create(submit=True, passphrase=…)`` in one service call, the passphrase asked when the
    person can sign (as signing.create_and_submit, for calls returning their own record's id)."""
    from desktop.ui.signing import PassphraseDialog, can_sign

    if not can_sign(desk, user):
        done, value = attempt(parent, create, submit=True)
        if done:
            inform(parent, translate("SupplyFlow", "Submitted for approval"),
                   translate("SupplyFlow", "Submitted. You have no valid signing certificate, so the approval "
                                           "sheet is not signed; ask the system administrator to issue one.")
                   ).setObjectName("unsignedNotice")
        return value if done else None
    dialog = PassphraseDialog(
        translate("SupplyFlow", "Submit for approval"),
        translate("SupplyFlow", "Your signing passphrase certifies the approval sheet as its handler; every "
                                "approval step then signs the same sheet."),
        lambda passphrase: create(submit=True, passphrase=passphrase), parent)
    dialog.setObjectName("submitPassphraseDialog")
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    value = dialog.result_value if accepted else None
    dialog.deleteLater()
    return value


def people_items(desk: Desk, user: SignedIn, *, department_id: int | None = None) -> list[tuple[str, int]]:
    """(name（department）, staff id) of the bureau's people (the administrator does no business)."""
    return [(f"{p.name}（{p.department_name}）", p.id) for p in desk.org.staff(user)
            if p.department_id is not None and (department_id is None or p.department_id == department_id)]


def item_items(desk: Desk, user: SignedIn, *, lendable_only: bool = False) -> list[tuple[str, Any]]:
    """(code name specification (unit), the item row) of the active catalogue."""
    done, result = attempt(None, desk.supplies.items, user, active_only=True, limit=5000)
    rows = result[0] if done and result else []
    return [(" ".join(x for x in (r.code, r.name, r.specification) if x) + f"（{r.unit}）", r) for r in rows
            if not lendable_only or r.lendable]


def money_text(value: Any) -> str:
    if value is None or value == "":
        return ""
    return money(value if isinstance(value, Decimal) else Decimal(str(value)))
