"""Telling the user why: a refusal from the services lists every problem at once (一次性告知)."""

from __future__ import annotations

from html import escape
from typing import Any, Callable, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.base import Refused

__all__ = ["refusal_box", "attempt", "inform"]

T = TypeVar("T")


translate = QCoreApplication.translate


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
