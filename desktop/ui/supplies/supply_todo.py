"""What 办公用品 asks of the signed-in person, for the home page: the keeper's overdue loans
(SUPPLY-14) and items at or below their reorder level; a collector's issues waiting for their
signature (SUPPLY-09); the loans waiting for this person's consent or signature; the enquiries
they must confirm (SUPPLY-05). Each line says which tab of the module deals with it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services.base import Refused, SignedIn
from desktop.services.desk import Desk
from desktop.ui.formatting import money

__all__ = ["SupplyTodo", "supply_todos", "TODO_KINDS"]

translate = QCoreApplication.translate

TODO_KINDS: dict[str, str] = {
    "overdue": QT_TRANSLATE_NOOP("SupplyTodo", "Overdue loan"),
    "low": QT_TRANSLATE_NOOP("SupplyTodo", "Low stock"),
    "sign_issue": QT_TRANSLATE_NOOP("SupplyTodo", "Issue to sign for"),
    "loan": QT_TRANSLATE_NOOP("SupplyTodo", "Loan waiting for you"),
    "enquiry": QT_TRANSLATE_NOOP("SupplyTodo", "Enquiry to confirm"),
}
TAB_OF = {"overdue": "loans", "low": "stock", "sign_issue": "issues", "loan": "loans", "enquiry": "purchases"}


@dataclass(frozen=True)
class SupplyTodo:
    kind: str  # a TODO_KINDS key
    kind_text: str
    what: str
    detail: str
    tab: str  # the 办公用品 tab that deals with it: stock | issues | purchases | loans
    urgent: bool = False


def _read(call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    try:
        return call(*args, **kwargs)
    except Refused:
        return []


def supply_todos(desk: Desk, user: SignedIn) -> list[SupplyTodo]:
    """Every supply to-do of the person (none for the system administrator, SEC-13)."""
    if user.is_admin:
        return []
    out: list[SupplyTodo] = []

    def add(kind: str, what: str, detail: str, urgent: bool = False) -> None:
        out.append(SupplyTodo(kind, translate("SupplyTodo", TODO_KINDS[kind]), what, detail, TAB_OF[kind], urgent))

    keeper = "asset_mgr" in user.positions
    if keeper:
        for r in _read(desk.supply_loans.overdue, user):
            add("overdue", f"{r.loan_no} {r.item_name} × {r.quantity}",
                translate("SupplyTodo", "{who}, due {due}").format(who=r.borrower_name, due=r.due_on), True)
    overdue_ids = {t.what.split(" ")[0] for t in out}
    for r in _read(desk.supply_loans.awaiting_me, user):
        if r.loan_no not in overdue_ids:
            add("loan", f"{r.loan_no} {r.item_name} × {r.quantity}",
                f"{r.borrower_name}（{r.department_name}）· {r.state_label}", r.overdue)
    for r in _read(desk.supply_issues.awaiting_signature, user):
        add("sign_issue", f"{r.issue_no} {r.department_name}",
            translate("SupplyTodo", "{n} line(s), {value}, issued {day}").format(
                n=r.line_count, value=money(r.total_value), day=r.issued_on))
    if keeper:
        for r in _read(desk.supplies.low_stock, user):
            add("low", f"{r.code} {r.name} {r.specification}".strip(),
                translate("SupplyTodo", "{store}: {quantity} {unit} (reorder at {level})").format(
                    store=r.location_name, quantity=r.quantity, unit=r.unit, level=r.reorder_level))
    for p in _read(desk.supply_purchases.purchases, user, state="approved"):
        view = _read(desk.supply_purchases.purchase, user, p.id)
        if view and any(name == user.name and at is None for name, at in view.enquirers):
            add("enquiry", f"{p.purchase_no} {p.title}",
                translate("SupplyTodo", "{n} quote(s) recorded").format(n=len(view.quotes)))
    return out
