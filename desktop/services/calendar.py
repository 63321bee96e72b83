"""The holiday calendar (VEH-07): the shipped years (resources/calendar/holidays_YYYY.csv) with the
bureau's corrections (table ``holiday_days``), which the system administrator edits in 规则配置 →
节假日 or with ``desktop calendar``. Each correction is one audited transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.app.paths import resource_path
from desktop.domain.vehicles.calendar import (
    DAY_KINDS,
    CalendarDay,
    HolidayCalendar,
    calendar_days_from_csv,
    merge_days,
)
from desktop.persistence.schema import HolidayDay, utcnow
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse

__all__ = ["CalendarService", "CalendarRow", "shipped_days", "holiday_calendar_in"]


@lru_cache(maxsize=1)
def shipped_days() -> tuple[CalendarDay, ...]:
    """Every shipped year; a damaged file is a packaging error, shown by the selftest and here."""
    out: list[CalendarDay] = []
    folder = resource_path("calendar")
    for path in sorted(folder.glob("holidays_*.csv")) if folder.is_dir() else []:
        days, problems = calendar_days_from_csv(path.read_text(encoding="utf-8"))
        if problems:
            raise ValueError(f"{path.name}: {problems[0].text}")
        out += days
    return tuple(out)


def holiday_calendar_in(session: Session, bureau_id: int) -> HolidayCalendar:
    rows = session.execute(select(HolidayDay).where(HolidayDay.bureau_id == bureau_id)).scalars()
    return merge_days(shipped_days(), [CalendarDay(r.day, r.kind, r.name) for r in rows])


@dataclass(frozen=True)
class CalendarRow:
    day: date
    kind: str
    kind_label: str
    name: str
    source: str  # "预置" (shipped) or "本单位" (the bureau's correction)


class CalendarService(ServiceBase):
    def calendar(self, user: SignedIn) -> HolidayCalendar:
        with self.reading() as session:
            return holiday_calendar_in(session, user.bureau_id)

    def rows(self, user: SignedIn, year: int) -> list[CalendarRow]:
        """The year's holidays and adjusted working days, and which of them the bureau set."""
        with self.reading() as session:
            own = {r.day: r for r in session.execute(select(HolidayDay).where(
                HolidayDay.bureau_id == user.bureau_id)).scalars() if r.day.year == year}
            cal = holiday_calendar_in(session, user.bureau_id)
        out = [CalendarRow(d.day, d.kind, DAY_KINDS[d.kind], d.name, "本单位" if d.day in own else "预置")
               for d in cal.year(year)]
        out += [CalendarRow(r.day, r.kind, DAY_KINDS.get(r.kind, r.kind), r.name, "本单位")
                for r in own.values() if r.kind == "normal"]
        return sorted(out, key=lambda r: r.day)

    def set_day(self, admin: SignedIn, day: date, kind: str, name: str = "") -> None:
        """Declare ``day`` a holiday, an adjusted working day, or ``normal`` (undo a shipped entry)."""
        self.set_days(admin, [CalendarDay(day, kind, name.strip())], action="calendar.set")

    def import_csv(self, admin: SignedIn, text: str) -> int:
        """``date,kind,name`` rows (a year's notice); every bad row refused at once. Returns the count."""
        days, problems = calendar_days_from_csv(text)
        if problems:
            raise Refused(problems)
        if not days:
            raise refuse("VEH-07", "calendar.empty", "导入文件没有日期行（格式：date,kind,name）")
        self.set_days(admin, days, action="calendar.import")
        return len(days)

    def set_days(self, admin: SignedIn, days: list[CalendarDay], *, action: str) -> None:
        self.require_admin(admin)
        problems = [p for d in days for p in d.problems()]
        if problems:
            raise Refused(problems)
        with self.transaction() as session:
            for d in days:
                row = session.execute(select(HolidayDay).where(HolidayDay.bureau_id == admin.bureau_id,
                                                               HolidayDay.day == d.day)).scalar_one_or_none()
                before = None if row is None else {"kind": row.kind, "name": row.name}
                if row is None:
                    row = HolidayDay(bureau_id=admin.bureau_id, day=d.day, kind=d.kind, name=d.name)
                    session.add(row)
                else:
                    row.kind, row.name, row.updated_at = d.kind, d.name, utcnow()
                session.flush()
                self.audit(session, admin, action, "holiday_day", row.id, before=before,
                           after={"day": d.day.isoformat(), "kind": d.kind, "name": d.name})
