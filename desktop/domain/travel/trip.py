"""The trip approval (出差审批单, F-01) before departure: who travels, why, where, when, how.

``TripPlan.problems`` returns every reason at once, each with its rule ID (TRAVEL-01, -04, -17,
-19); the approval chain itself (TRAVEL-02, by days and whether a bureau leader travels) is the
preset's, chosen from ``days`` and ``category``.

TRAVEL-01 says the form is approved *before* departure. A trip filed after its start date (the
start day itself still counts as before) is a 补报: it needs its reason, and the sheet and the
approver's details say so (``payload["late_filing"]``).

The director's own trip (category ``director``): 001 第四条 has leaders' trips approved by the
局长, and nobody approves their own (IC-03), so the director's trip is approved outside the
bureau (县委/县政府 or the superior department). The trip records that approval — authority,
reference, date (``payload["external_approval"]``) — and the office head checks it against the
paper in the chain's one step.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Mapping

from desktop.domain.approval.model import Problem
from desktop.domain.travel.standards import RegionStandard

__all__ = ["TripPlan", "TRANSPORTS", "LEADER_CATEGORY", "DIRECTOR_CATEGORY", "trip_from_payload", "explained",
           "MIN_REASON_CHARS"]

# transport key → printed name (TRAVEL-05 classes are checked on the claim's tickets)
TRANSPORTS: Mapping[str, str] = {
    "train": "火车/高铁（二等座）", "plane": "飞机（经济舱）", "coach": "长途汽车", "ship": "轮船（三等舱）",
    "unit_car": "单位派车", "private_car": "私家车",
}
LEADER_CATEGORY = "leader"  # the chain's category when a bureau leader travels (TRAVEL-02)
DIRECTOR_CATEGORY = "director"  # the director travels: approved outside the bureau, recorded here
MIN_REASON_CHARS = 4  # a reason (补报原因, 逾期说明) names something: at least 4 letters or 汉字


def explained(reason: str) -> bool:
    """Whether a reason says something: at least ``MIN_REASON_CHARS`` letters or Chinese
    characters (digits, punctuation and spaces do not count: "x", "。。。", "1234" are not reasons)."""
    return sum(1 for ch in reason if ch.isalpha()) >= MIN_REASON_CHARS


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
    late_filing_reason: str = ""  # 补报原因 (TRAVEL-01)
    director: bool = False  # the director is among the travellers
    external_authority: str = ""  # who approved the director's trip (县委办公室 …)
    external_reference: str = ""  # its reference (通委办字〔2026〕12号 …)
    external_date: date | None = None

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
        if self.director:
            return DIRECTOR_CATEGORY
        return LEADER_CATEGORY if self.leader else ""

    def late_filed(self, filed_on: date | None) -> bool:
        """Filed after departure (TRAVEL-01): a 补报. The start day itself is not after departure."""
        return filed_on is not None and self.start < filed_on

    def problems(self, standards: Mapping[str, RegionStandard] | None = None,
                 filed_on: date | None = None) -> list[Problem]:
        """Every problem at once; ``filed_on`` (the day the form is filed or submitted) decides
        whether this is a 补报, which needs its reason (TRAVEL-01)."""
        out: list[Problem] = []
        out.extend(self._filing_problems(filed_on))
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

    def _filing_problems(self, filed_on: date | None) -> list[Problem]:
        out: list[Problem] = []
        if self.late_filed(filed_on) and not explained(self.late_filing_reason):
            out.append(Problem("TRAVEL-01", "trip.late_filing_reason",
                               f"出发日期{self.start.isoformat()}早于填报日期{filed_on.isoformat()}，属事后补报："
                               f"须填写补报原因（至少{MIN_REASON_CHARS}个字）"))
        elif filed_on is not None and not self.late_filed(filed_on) and self.late_filing_reason.strip():
            out.append(Problem("TRAVEL-01", "trip.late_filing_reason",
                               f"出发日期{self.start.isoformat()}未早于填报日期，不是补报：请清空补报原因"))
        external = (self.external_authority.strip(), self.external_reference.strip(), self.external_date)
        if self.director:
            missing = [label for label, value in zip(("上级批准机关", "批准文号", "批准日期"), external) if not value]
            if missing:
                out.append(Problem("TRAVEL-02", "trip.external_approval",
                                   f"局长本人出差由上级批准（局长不审批本人出差）：请填写{'、'.join(missing)}"))
            if self.external_date is not None and filed_on is not None and self.external_date > filed_on:
                out.append(Problem("TRAVEL-02", "trip.external_date",
                                   f"上级批准日期{self.external_date.isoformat()}晚于填报日期{filed_on.isoformat()}："
                                   "登记的是已取得的批准"))
        elif any(external):
            out.append(Problem("TRAVEL-02", "trip.external_approval",
                               "上级批准只用于局长本人出差；本审批单按本局审批流程办理，请清空上级批准"))
        return out

    def zone_of_places(self, standards: Mapping[str, RegionStandard]) -> str:
        known = [standards[d] for d in self.destinations if d in standards]
        if not known:
            return self.zone
        return "域内" if all(s.in_county for s in known) else "域外"

    def to_payload(self, standards: Mapping[str, RegionStandard] | None = None,
                   filed_on: date | None = None) -> dict[str, Any]:
        """The document's payload (also the sheet's ``payload.*`` values). A 补报 carries
        ``late_filing`` {reason, filed_on}; the director's trip ``external_approval``
        {authority, reference, date}; ``filing_text`` prints both (审批说明 on the sheet)."""
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
            **self._filing_payload(filed_on),
        }

    def _filing_payload(self, filed_on: date | None) -> dict[str, Any]:
        out: dict[str, Any] = {"director": self.director, "late_filing_reason": self.late_filing_reason.strip(),
                               "external_authority": self.external_authority.strip(),
                               "external_reference": self.external_reference.strip(),
                               "external_date": self.external_date.isoformat() if self.external_date else ""}
        notes = []
        if self.late_filed(filed_on):
            out["late_filing"] = {"reason": self.late_filing_reason.strip(), "filed_on": filed_on.isoformat(),
                                  "start": self.start.isoformat()}
            notes.append(f"补报（{filed_on.isoformat()}填报，出发日期{self.start.isoformat()}）："
                         f"{self.late_filing_reason.strip()}")
        if self.director:
            out["external_approval"] = {"authority": out["external_authority"], "reference": out["external_reference"],
                                        "date": out["external_date"]}
            notes.append(f"局长本人出差，经{out['external_authority']}批准（{out['external_reference']}，"
                         f"{out['external_date']}），办公室核对登记")
        out["filing_text"] = "；".join(notes) or "事前审批"
        return out


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
                    trip.advance, trip.funds, trip.late_filing_reason, trip.director, trip.external_authority,
                    trip.external_reference, trip.external_date)
    return plan, problems
