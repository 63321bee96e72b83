"""The period chooser of the books screens: a year (2026) or a month (2026-11), typed or picked."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QWidget

__all__ = ["PeriodBox", "this_month"]


def this_month(today: date | None = None) -> str:
    today = today or date.today()
    return f"{today.year:04d}-{today.month:02d}"


class PeriodBox(QComboBox):
    """Editable: the months of this and last year and the two years; ``allow_all`` adds an empty
    entry (全部期间) first; ``months_only`` leaves the years out (结账 is per month)."""

    def __init__(self, parent: QWidget | None = None, *, allow_all: bool = False, months_only: bool = False,
                 initial: str | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setMinimumContentsLength(9)
        year = date.today().year
        if allow_all:
            self.addItem(self.tr("All periods"), "")
        for y in (year, year - 1):
            if not months_only:
                self.addItem(self.tr("{year} (whole year)").format(year=y), str(y))
            for m in range(12, 0, -1):
                self.addItem(f"{y:04d}-{m:02d}", f"{y:04d}-{m:02d}")
        self.set_period(initial if initial is not None else this_month())

    def set_period(self, period: str) -> None:
        index = self.findData(period)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(period)

    def period(self) -> str:
        """The chosen period code ('' for all periods); what was typed when it is not in the list."""
        text = self.currentText().strip()
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            return self.itemData(index) or ""
        return text
