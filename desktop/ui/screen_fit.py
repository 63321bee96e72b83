"""Windows that fit the screen they open on: a wanted size, reduced to the available geometry
(task bar excluded) less a margin."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

__all__ = ["fit_to_screen"]

MARGIN = 24


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """``window.resize(width, height)``, but never larger than the available screen."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    area = screen.availableGeometry()
    frame = 40  # the title bar and borders the window manager adds
    w = min(width, max(200, area.width() - 2 * MARGIN))
    h = min(height, max(200, area.height() - 2 * MARGIN - frame))
    window.resize(w, h)  # Qt centres a dialog over its parent on show, inside the screen
