"""The holiday calendar (VEH-07): statutory holidays and adjusted working days (调休上班) per year.

Shipped as data (``resources/calendar/holidays_YYYY.csv``, from the State Council's notice for the
year) and corrected per bureau (a day declared ``holiday``, ``workday`` or ``normal``, which undoes
a shipped entry). A day is a rest day when it is a listed holiday, or a Saturday or Sunday not
listed as an adjusted working day: so a weekday public holiday counts for VEH-07 and a working
Saturday does not.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping

from desktop.domain.approval.model import Problem

__all__ = ["DAY_KINDS", "CalendarDay", "HolidayCalendar", "calendar_days_from_csv", "calendar_csv",
           "merge_days"]

MAX_LINE = 200  # a calendar row is short; a longer line is not one
DAY_KINDS: Mapping[str, str] = {"holiday": "放假", "workday": "调休上班", "normal": "按常规（撤销预置）"}


@dataclass(frozen=True)
class CalendarDay:
    day: date
    kind: str  # a key of DAY_KINDS
    name: str = ""

    def problems(self, where: str = "calendar") -> list[Problem]:
        out = []
        if self.kind not in DAY_KINDS:
            out.append(Problem("VEH-07", f"{where}.kind", f"{self.day.isoformat()}：类型须为 holiday（放假）、"
                                                           "workday（调休上班）或 normal（按常规）"))
        if len(self.name) > 60:
            out.append(Problem("VEH-07", f"{where}.name", f"{self.day.isoformat()}：名称不超过60字"))
        return out


@dataclass(frozen=True)
class HolidayCalendar:
    days: Mapping[date, CalendarDay]

    def entry(self, day: date) -> CalendarDay | None:
        got = self.days.get(day)
        return None if got is None or got.kind == "normal" else got

    def is_rest_day(self, day: date) -> bool:
        """VEH-07 「节假日用车」: a listed holiday, or a weekend day that is not an adjusted working day."""
        got = self.entry(day)
        if got is not None:
            return got.kind == "holiday"
        return day.weekday() >= 5

    def label(self, day: date) -> str:
        got = self.entry(day)
        if got is not None:
            return got.name or DAY_KINDS[got.kind]
        return "周末" if day.weekday() >= 5 else ""

    def year(self, year: int) -> list[CalendarDay]:
        return [d for k, d in sorted(self.days.items()) if k.year == year and d.kind != "normal"]

    def years(self) -> list[int]:
        return sorted({k.year for k in self.days})


def calendar_days_from_csv(text: str) -> tuple[list[CalendarDay], list[Problem]]:
    """``date,kind,name`` rows; lines starting with ``#`` are comments (the notice it comes from)."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    out: list[CalendarDay] = []
    problems: list[Problem] = [Problem("VEH-07", "calendar.line", f"第{i}行超过{MAX_LINE}个字符，不是日历行")
                               for i, ln in enumerate(lines) if len(ln) > MAX_LINE]
    if problems or not lines or lines[0].replace(" ", "").split(",")[:2] != ["date", "kind"]:
        return out, problems or [Problem("VEH-07", "calendar.header", "日历文件首行须为 date,kind,name")]
    for i, row in enumerate(csv.DictReader(io.StringIO("\n".join(lines)))):
        where = f"calendar[{i}]"
        raw = (row.get("date") or "").strip()
        try:
            day = date.fromisoformat(raw)
        except ValueError:
            problems.append(Problem("VEH-07", f"{where}.date", f"第{i + 1}行：日期“{raw[:20]}”不是 YYYY-MM-DD"))
            continue
        entry = CalendarDay(day, (row.get("kind") or "").strip(), (row.get("name") or "").strip())
        problems += entry.problems(where)
        out.append(entry)
    return out, problems


def calendar_csv(days: Iterable[CalendarDay]) -> str:
    buf = io.StringIO()
    buf.write("date,kind,name\n")
    for d in sorted(days, key=lambda x: x.day):
        buf.write(f"{d.day.isoformat()},{d.kind},{d.name.replace(',', '，')}\n")
    return buf.getvalue()


def merge_days(shipped: Iterable[CalendarDay], bureau: Iterable[CalendarDay]) -> HolidayCalendar:
    """The bureau's entries override the shipped ones day by day."""
    days = {d.day: d for d in shipped}
    days.update({d.day: d for d in bureau})
    return HolidayCalendar(days)
