"""Telling the user why: a refusal from the services lists every problem at once (一次性告知);
and the words for the codes the services hand over (document states, approval actions,
positions), translated here so the English interface shows English."""

from __future__ import annotations

from html import escape
from typing import Any, Callable, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.positions import position_label
from desktop.services.base import Refused

__all__ = ["refusal_box", "attempt", "inform", "state_text", "action_text", "position_text", "STATES", "ACTIONS",
           "POSITION_TEXTS"]

T = TypeVar("T")


translate = QCoreApplication.translate

# Document states (DocumentView.state), in the order reports list them.
STATES: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("States", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("States", "In approval"),
    "returned": QT_TRANSLATE_NOOP("States", "Returned"),
    "rejected": QT_TRANSLATE_NOOP("States", "Rejected"),
    "approved": QT_TRANSLATE_NOOP("States", "Approved"),
    "archived": QT_TRANSLATE_NOOP("States", "Archived"),
}
# Approval actions (ActionView.action).
ACTIONS: dict[str, str] = {
    "submit": QT_TRANSLATE_NOOP("Actions", "Submit"),
    "approve": QT_TRANSLATE_NOOP("Actions", "Approve"),
    "return": QT_TRANSLATE_NOOP("Actions", "Return"),
    "reject": QT_TRANSLATE_NOOP("Actions", "Reject"),
    "archive": QT_TRANSLATE_NOOP("Actions", "Archive"),
}
# Positions (desktop.domain.positions keys); the source text is the position's label_en.
POSITION_TEXTS: dict[str, str] = {
    "director": QT_TRANSLATE_NOOP("Positions", "Director"),
    "leader_in_charge": QT_TRANSLATE_NOOP("Positions", "Deputy director in charge"),
    "finance_leader": QT_TRANSLATE_NOOP("Positions", "Deputy director for finance"),
    "center_director": QT_TRANSLATE_NOOP("Positions", "Centre director"),
    "office_head": QT_TRANSLATE_NOOP("Positions", "Office head"),
    "section_head": QT_TRANSLATE_NOOP("Positions", "Section head"),
    "finance_head": QT_TRANSLATE_NOOP("Positions", "Finance head"),
    "accountant": QT_TRANSLATE_NOOP("Positions", "Accountant"),
    "cashier": QT_TRANSLATE_NOOP("Positions", "Cashier"),
    "asset_mgr": QT_TRANSLATE_NOOP("Positions", "Asset manager"),
    "seal_custodian": QT_TRANSLATE_NOOP("Positions", "Seal custodian"),
    "auditor": QT_TRANSLATE_NOOP("Positions", "Audit post"),
    "handler": QT_TRANSLATE_NOOP("Positions", "Handler"),
    "sysadmin": QT_TRANSLATE_NOOP("Positions", "System administrator"),
}


def state_text(state: str) -> str:
    """草稿 / Draft … for a document state code (the code itself if unknown)."""
    return translate("States", STATES[state]) if state in STATES else state


def action_text(action: str) -> str:
    return translate("Actions", ACTIONS[action]) if action in ACTIONS else action


def position_text(key: str) -> str:
    return translate("Positions", POSITION_TEXTS[key]) if key in POSITION_TEXTS else position_label(key)


def refusal_box(parent: QWidget | None, refused: Refused, title: str | None = None) -> QMessageBox:
    """Open (window-modal, without blocking) a box listing all the problems with their rule IDs."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or translate("Messages", "Not done"))
    box.setTextFormat(Qt.TextFormat.RichText)
    items = "".join(f"<li>{escape(p.text)} <span style='color:#777'>[{escape(p.rule)}]</span></li>"
                    for p in refused.problems)
    box.setText(translate("Messages", "The action was refused for the following reasons:") + f"<ul>{items}</ul>")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("refusalBox")
    box.open()
    return box


def inform(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def attempt(parent: QWidget | None, call: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[bool, T | None]:
    """Run one service call; on ``Refused`` show the problems and return ``(False, None)``."""
    try:
        return True, call(*args, **kwargs)
    except Refused as refused:
        refusal_box(parent, refused)
        return False, None
