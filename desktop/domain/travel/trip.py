"""The trip approval (出差审批单, F-01) before departure: who travels, why, where, when, how.

``TripPlan.problems`` returns every reason at once, each with its rule ID (TRAVEL-01, -04, -17,
-19); the approval chain itself (TRAVEL-02, by days and whether a bureau leader travels) is the
preset's, chosen from ``days`` and ``category``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Mapping

from desktop.domain.approval.model import Problem
from desktop.domain.travel.standards import RegionStandard

__all__ = ["TripPlan", "TRANSPORTS", "LEADER_CATEGORY", "trip_from_payload"]

# transport key → printed name (TRAVEL-05 classes are checked on the claim's tickets)
TRANSPORTS: Mapping[str, str] = {
    "train": "火车/高铁（二等座）", "plane": "飞机（经济舱）", "coach": "长途汽车", "ship": "轮船（三等舱）",
    "unit_car": "单位派车", "private_car": "私家车",
}
LEADER_CATEGORY = "leader"  # the chain's category when a bureau leader travels (TRAVEL-02)


@dataclass(frozen=True)
class TripPlan:
    travellers: tuple[str, ...]
    purpose: str
    destinations: tuple[str, ...]  # regions of the travel standards, in the order visited
    start: date
    end: date
    transport: str
    own_vehicle: bool = False  # travelling by the unit's car: no city transport (TRAVEL-08, TRAVEL-13)
    hosted: bool = False  # a meeting or training whose host provides board (TRAVEL-15)
    leader: bool = False  # a bureau leader is among the travellers (TRAVEL-02)
    single_room_reason: str = ""  # TRAVEL-16
    grade: str = ""  # 职级 of the traveller (TRAVEL-18)
    zone: str = ""  # 域内 / 域外 (001's 审批单（域内外）); empty: from the destinations
    advance: Decimal = Decimal("0.00")  # 预借差旅费
    funds: str = ""  # 经费来源

    def zone_of(self, standards: Mapping[str, RegionStandard] | None) -> str:
        """域内 when every destination is an in-county standard, else 域外 (the form's choice)."""
        if self.zone:
            return self.zone
        if standards is None or not self.destinations or any(d not in standards for d in self.destinations):
            return ""
        return "域内" if all(standards[d].in_county for d in self.destinations) else "域外"

    @property
    def days(self) -> int:
        """Calendar days, both ends counted (AMB-06; 3 days is "3日内（含3日）", AMB-01)."""
        return (self.end - self.start).days + 1

    @property
    def category(self) -> str:
        return LEADER_CATEGORY if self.leader else ""

    def problems(self, standards: Mapping[str, RegionStandard] | None = None) -> list[Problem]:
        out: list[Problem] = []
        if not [t for t in self.travellers if t.strip()]:
            out.append(Problem("TRAVEL-01", "trip.travellers", "请填写出差人"))
        if not self.purpose.strip():
            out.append(Problem("TRAVEL-04", "trip.purpose", "出差须有明确的公务目的"))
        if not self.destinations:
            out.append(Problem("TRAVEL-01", "trip.destinations", "请填写出差地点"))
        elif standards is not None:
            unknown = [d for d in self.destinations if d not in standards]
            if unknown:
                out.append(Problem("TRAVEL-19", "trip.destinations",
                                   f"差旅费标准中没有地区：{'、'.join(unknown)}"))
        if self.end < self.start:
            out.append(Problem("TRAVEL-01", "trip.dates", "返回日期早于出发日期"))
        if self.transport not in TRANSPORTS:
            out.append(Problem("TRAVEL-05", "trip.transport", f"出行方式须为：{'、'.join(TRANSPORTS.values())}"))
        elif self.transport == "private_car":
            out.append(Problem("TRAVEL-17", "trip.private_car", "出差不得私车公用"))
        if self.zone and standards is not None and self.destinations and self.zone != self.zone_of_places(standards):
            out.append(Problem("TRAVEL-01", "trip.zone",
                               f"域内/域外与出差地点不符：{'、'.join(self.destinations)}属{self.zone_of_places(standards)}"))
        return out

    def zone_of_places(self, standards: Mapping[str, RegionStandard]) -> str:
        known = [standards[d] for d in self.destinations if d in standards]
        if not known:
            return self.zone
        return "域内" if all(s.in_county for s in known) else "域外"

    def to_payload(self, standards: Mapping[str, RegionStandard] | None = None) -> dict[str, Any]:
        """The document's payload (also the sheet's ``payload.*`` values)."""
        from desktop.domain.money import format_amount
        from desktop.domain.travel.grades import grade_text

        zone = self.zone_of(standards)
        return {"grade": self.grade, "zone": zone, "advance": f"{self.advance:.2f}", "funds": self.funds,
                "grade_text": grade_text(self.grade), "zone_text": zone or "—",
                "advance_text": format_amount(self.advance, symbol=True) if self.advance else "不预借",
                "funds_text": self.funds or "—",
            "travellers": list(self.travellers), "destinations": list(self.destinations),
            "start": self.start.isoformat(), "end": self.end.isoformat(), "transport": self.transport,
            "own_vehicle": self.own_vehicle, "hosted": self.hosted, "leader": self.leader,
            "single_room_reason": self.single_room_reason,
            # printed
            "destination": "、".join(self.destinations), "transport_label": TRANSPORTS.get(self.transport, self.transport),
            "companions": "、".join(self.travellers[1:]) or "无", "traveller_list": "、".join(self.travellers),
            "dates": f"{self.start.isoformat()} 至 {self.end.isoformat()}（{self.days}天）",
        }


def trip_from_payload(data: Mapping[str, Any], today: date | None = None) -> tuple[TripPlan | None, list[Problem]]:
    """Read a trip from JSON-shaped data (CLI, GUI, stored payload) through the input gate
    (``desktop.domain.input_gate.travel``): every malformed field is a problem, dates must lie in
    the sane window (around ``today`` when given) and the trip within ``MAX_TRIP_DAYS``.

    The plan is returned with the gate's problems when only the span is wrong, so the caller can
    add the rule problems and refuse with all of them at once."""
    from desktop.domain.input_gate.travel import read_trip
    trip, problems = read_trip(data, today)
    if trip is None:
        return None, problems
    plan = TripPlan(trip.travellers, trip.purpose, trip.destinations, trip.start, trip.end, trip.transport,
                    trip.own_vehicle, trip.hosted, trip.leader, trip.single_room_reason, trip.grade, trip.zone,
                    trip.advance, trip.funds)
    return plan, problems
