"""The one date field of the application: a QDateEdit with its calendar popup that also takes a date
typed in one go — "20261201", "2026-12-01", "2026/12/1", "2026.12.1" — (Qt's own section editing
drops most of those), plus "1201" (month and day, in the field's year) and "15" (a day of the
field's month). The typed text shows as it is typed and becomes the date on Enter, Tab or leaving
the field; a text that is no date leaves the date as it was."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import QDateEdit, QWidget

__all__ = ["DateField", "date_field", "parse_typed_date", "DISPLAY_FORMAT"]

DISPLAY_FORMAT = "yyyy-MM-dd"
_SEPARATORS = "-/.年月日 "
_SPLIT = re.compile(r"[-/.年月日\s]+")


def parse_typed_date(text: str, today: date | None = None) -> date | None:
    """A date from what a clerk types, or None."""
    today = today or date.today()
    text = text.strip().rstrip("日")
    if not text:
        return None
    try:
        if text.isdigit():
            if len(text) == 8:
                return date(int(text[:4]), int(text[4:6]), int(text[6:]))
            if len(text) == 6 and text[:2] in ("19", "20"):  # 202612 → first of the month
                return date(int(text[:4]), int(text[4:]), 1)
            if len(text) == 4:
                return date(today.year, int(text[:2]), int(text[2:]))
            if len(text) in (1, 2):
                return date(today.year, today.month, int(text))
            return None
        parts = [p for p in _SPLIT.split(text) if p]
        if not all(p.isdigit() for p in parts):
            return None
        if len(parts) == 3:
            year = int(parts[0])
            return date(year + 2000 if year < 100 else year, int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            return date(today.year, int(parts[0]), int(parts[1]))
    except ValueError:
        return None
    return None


class DateField(QDateEdit):
    """A QDateEdit (calendar popup, yyyy-MM-dd) that accepts a whole date typed from the keyboard."""

    def __init__(self, parent: QWidget | None = None, value: date | QDate | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.typed = ""  # what was typed since the field got focus (digits and separators)
        self.setDate(value if value is not None else QDate.currentDate())

    def value(self) -> date:
        return self.date().toPython()

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))

    def commit_typed(self) -> bool:
        """The typed text as the date (True), or the date as it was (False)."""
        typed, self.typed = self.typed, ""
        if not typed:
            return False
        parsed = parse_typed_date(typed, self.date().toPython())
        if parsed is None or not (self.minimumDate().toPython() <= parsed <= self.maximumDate().toPython()):
            self.setDate(self.date())  # the text back to the date as it was
            self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
            return False
        self.setDate(QDate(parsed.year, parsed.month, parsed.day))
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))
        return True

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        text = event.text()
        plain = not (event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if plain and text and (text.isdigit() or (self.typed and text in _SEPARATORS)):
            self.typed += text
            self.lineEdit().setText(self.typed)
            event.accept()
            return
        if self.typed and event.key() == Qt.Key.Key_Backspace:
            self.typed = self.typed[:-1]
            self.lineEdit().setText(self.typed)
            event.accept()
            return
        if self.typed and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit_typed()
            self.editingFinished.emit()
            event.accept()
            return
        if self.typed and event.key() == Qt.Key.Key_Escape:
            self.typed = "x"  # not a date: back to the date as it was
            self.commit_typed()
            event.accept()
            return
        if self.typed:
            self.commit_typed()
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802
        if self.typed:
            self.commit_typed()
        super().focusOutEvent(event)

    def event(self, event) -> bool:  # noqa: ANN001 - Tab reaches event(), not keyPressEvent
        if self.typed and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab,
                                                                                   Qt.Key.Key_Backtab):
            self.commit_typed()
        return super().event(event)


def date_field(parent: QWidget | None = None, value: date | QDate | None = None) -> DateField:
    """The shared factory: every date the user enters goes through a DateField."""
    return DateField(parent, value)
