"""Schemas for travel input: the trip approval (出差审批单) and the claim's own fields (the
day-by-day quote input is read by ``desktop.domain.travel.allowances.parse_trip``, which uses
the same limits: ``MAX_TRIP_DAYS``, ``MAX_TICKETS``, the date window)."""

from datetime import date
from decimal import Decimal
from typing import Any

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.fields import count, day, flag, line, money, names, text
from desktop.domain.input_gate.problems import GateModel, check

__all__ = ["TripInput", "ClaimExtras", "read_trip", "read_claim_extras", "MAX_TRIP_DAYS", "MAX_TICKETS",
           "TRIP_LABELS"]

MAX_TRIP_DAYS = 366  # a posting longer than a year is not a trip
MAX_TICKETS = 200

TRIP_LABELS = {"": "出差信息", "travellers": "出差人", "purpose": "出差事由", "destinations": "出差地点",
               "start": "出发日期", "end": "返回日期", "transport": "出行方式", "own_vehicle": "单位派车",
               "hosted": "会议培训（举办方安排食宿）", "leader": "局领导出差", "single_room_reason": "单间住宿理由",
               "title": "标题", "estimate": "预计费用", "attachments": "附件张数", "late_explanation": "逾期说明",
               "days": "每日明细", "tickets": "车船机票"}


class TripInput(GateModel):
    travellers: names(50, 50) = ()
    purpose: text(500) = ""
    destinations: names(20, 50) = ()
    start: day()
    end: day()
    transport: line(30) = "train"
    own_vehicle: flag() = False
    hosted: flag() = False
    leader: flag() = False
    single_room_reason: text(500) = ""
    title: line(200) = ""  # the document's title (the service makes one when empty)
    estimate: money() = Decimal("0.00")


class ClaimExtras(GateModel):
    attachments: count(0, 500) = 0
    late_explanation: text(1000) = ""


def read_trip(data: Any, today: date | None = None) -> tuple[TripInput | None, list[Problem]]:
    """The trip's fields, or every problem (TRAVEL-01); a trip longer than ``MAX_TRIP_DAYS`` is
    refused here, a return before departure by ``TripPlan.problems``."""
    trip, problems = check(TripInput, data, rule="TRAVEL-01", prefix="trip", labels=TRIP_LABELS,
                           context={"today": today} if today else None)
    if trip is not None and (trip.end - trip.start).days + 1 > MAX_TRIP_DAYS:
        problems.append(Problem("TRAVEL-01", "trip.dates",
                                f"出差天数{(trip.end - trip.start).days + 1}天超过上限{MAX_TRIP_DAYS}天"
                                f"（{trip.start.isoformat()} 至 {trip.end.isoformat()}）"))
    return trip, problems


def read_claim_extras(data: Any) -> tuple[ClaimExtras | None, list[Problem]]:
    return check(ClaimExtras, data, rule="TRAVEL-11", prefix="claim", labels=TRIP_LABELS,
                 rules={"late_explanation": "TRAVEL-03"})
