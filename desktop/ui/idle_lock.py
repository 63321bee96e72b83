"""Noticing that nobody has used the application for a while (SEC-02).

An application-wide event filter restarts a single-shot timer on every key, mouse or wheel
event; when it fires, ``idle`` is emitted. The timeout is injectable so tests use milliseconds.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

__all__ = ["IdleWatcher"]

_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.ShortcutOverride,
})


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, int(timeout_ms)))
        self._timer.timeout.connect(self.idle)
        self._installed = False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        if not self._installed:
            QApplication.instance().installEventFilter(self)
            self._installed = True
        self._timer.start()

    def pause(self) -> None:
        """While the lock dialog is up, input must not restart the countdown."""
        self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        if self._installed:
            QApplication.instance().removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _INPUT and self._timer.isActive():
            self._timer.start()
        return False
