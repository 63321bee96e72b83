"""The application's icon (issue 10): every window carries it in its title bar and task-bar button;
the same drawing is the exe's and the installer's .ico (tests/test_packaging.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_every_window_shows_the_bureau_desk_icon(bureau_app, qtbot):  # noqa: ANN001
    from PySide6.QtWidgets import QDialog

    icon = bureau_app.windowIcon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.width() == 64
    # The seal's red ring is there (not Qt's blank default).
    reds = sum(1 for x in range(0, 64, 2) for y in range(0, 64, 2)
               if (c := image.pixelColor(x, y)).red() > 150 and c.green() < 80 and c.blue() < 80)
    assert reds > 20
    dialog = QDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowIcon().cacheKey() == icon.cacheKey()
