"""What the supplies screens share: the words for the services' codes (item kind, movement kind),
who sees the keeper's buttons (the service still decides), a list call that reports a refusal in a
label instead of a box (a tab refreshing must not pop up a window), and the office's people."""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel

from desktop.services.base import Refused, SignedIn
from desktop.services.desk import Desk

__all__ = ["field_of", "day_text", "KINDS", "MOVEMENTS", "kind_text", "movement_text", "is_keeper", "quiet", "office_people", "KEEPERS",
           "OFFICE_NAME"]

translate = QCoreApplication.translate

KINDS: dict[str, str] = {
    "consumable": QT_TRANSLATE_NOOP("SupplyTerms", "General supplies"),
    "special": QT_TRANSLATE_NOOP("SupplyTerms", "Special supplies"),
}
MOVEMENTS: dict[str, str] = {
    "receipt": QT_TRANSLATE_NOOP("SupplyTerms", "Stock received"),
    "issue": QT_TRANSLATE_NOOP("SupplyTerms", "Issued"),
    "return": QT_TRANSLATE_NOOP("SupplyTerms", "Returned to stock"),
    "gain": QT_TRANSLATE_NOOP("SupplyTerms", "Count surplus"),
    "loss": QT_TRANSLATE_NOOP("SupplyTerms", "Count shortage"),
}
KEEPERS = frozenset({"asset_mgr"})  # services.supply_records.KEEPERS: the office's keeper of supplies
OFFICE_NAME = "办公室"


def kind_text(code: str) -> str:
    return translate("SupplyTerms", KINDS[code]) if code in KINDS else code


def movement_text(code: str) -> str:
    return translate("SupplyTerms", MOVEMENTS[code]) if code in MOVEMENTS else code


def is_keeper(user: SignedIn) -> bool:
    return not user.is_admin and bool(KEEPERS & set(user.positions))


def quiet(label: QLabel | None, call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """A read for a list: on a refusal its reasons go in ``label`` and None comes back."""
    try:
        result = call(*args, **kwargs)
    except Refused as refused:
        if label is not None:
            label.setText("；".join(f"{p.text} [{p.rule}]" for p in refused.problems))
            label.setVisible(True)
        return None
    if label is not None:
        label.setVisible(False)
    return result


def office_people(desk: Desk, user: SignedIn) -> list[Any]:
    """The staff of the bureau office (who buy and check receipts, SUPPLY-01/08); everyone when
    the bureau has no department of that name."""
    office = [d.id for d in desk.org.departments(user) if d.name == OFFICE_NAME]
    people = desk.org.staff(user)
    mine = [p for p in people if p.department_id in office]
    return mine or people


def field_of(row: Any, name: str, default: Any = "") -> Any:
    """A view's field for a cell: ``default`` when the view has none or it is empty (None)."""
    value = getattr(row, name, default)
    return default if value is None else value


def day_text(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value or "")
