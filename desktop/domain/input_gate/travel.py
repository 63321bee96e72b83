"""Schemas for travel input: the trip approval (出差审批单) and the claim's own fields (the
day-by-day quote input is read by ``desktop.domain.travel.allowances.parse_trip``, which uses
the same limits: ``MAX_TRIP_DAYS``, ``MAX_TICKETS``, the date window)."""

import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Annotated, Any

from pydantic import Field, PlainValidator
from pydantic_core import PydanticCustomError

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.fields import count, day, flag, line, money, names, text
from desktop.domain.input_gate.problems import GateModel, check

__all__ = ["TripInput", "ClaimExtras", "LegInput", "read_trip", "read_claim_extras", "MAX_TRIP_DAYS", "MAX_TICKETS",
           "MAX_LEGS", "TRIP_LABELS", "clock", "account_no", "QUOTE_LABELS", "read_quote_input"]

MAX_TRIP_DAYS = 366  # a posting longer than a year is not a trip
MAX_TICKETS = 200
MAX_LEGS = 60  # legs of one claim (a month of daily rides is far below)
_CLOCK = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]", re.ASCII)
_ACCOUNT = re.compile(r"[0-9][0-9 *-]{5,38}[0-9]", re.ASCII)


def _clock_check(value: Any) -> str:
    if value is None or value == "":
        return ""
    if not isinstance(value, str) or not _CLOCK.fullmatch(value.strip()):
        raise PydanticCustomError("clock", "不是时刻（应如 08:30，24小时制）")
    return value.strip()


def clock() -> Any:
    """A time of day ``HH:MM`` (24 h), or empty."""
    return Annotated[str, PlainValidator(_clock_check)]


def _account_check(value: Any) -> str:
    if value is None or value == "":
        return ""
    if not isinstance(value, str) or not _ACCOUNT.fullmatch(value.strip()):
        raise PydanticCustomError("account", "不是银行账号或公务卡号（半角数字，可含空格、- 或 *，8至40位）")
    return value.strip()


def account_no() -> Any:
    """A bank account or official-card number (ASCII digits, spaces, - and * for a masked card)."""
    return Annotated[str, PlainValidator(_account_check)]

TRIP_LABELS = {"": "出差信息", "travellers": "出差人", "purpose": "出差事由", "destinations": "出差地点",
               "start": "出发日期", "end": "返回日期", "transport": "出行方式", "own_vehicle": "单位派车",
               "hosted": "会议培训（举办方安排食宿）", "leader": "局领导出差", "director": "局长本人出差", "single_room_reason": "单间住宿理由",
               "title": "标题", "estimate": "预计费用", "attachments": "附件张数", "late_explanation": "逾期说明",
               "days": "每日明细", "tickets": "车船机票", "grade": "职级", "advance": "预借金额",
               "funds": "经费来源", "zone": "域内/域外", "payee": "收款人", "account": "账号", "bank": "开户行",
               "legs": "行程", "date": "日期", "time": "时间", "from": "出发地", "to": "到达地",
               "mode": "交通工具", "class": "座位等级", "amount": "票价", "allowed_fare": "规定等级票价",
               "receipts": "单据张数", "late_filing_reason": "补报原因", "external_authority": "上级批准机关",
               "external_reference": "上级批准文号", "external_date": "上级批准日期"}
ZONES = ("", "域内", "域外")


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
    director: flag() = False  # the director travels (set by the service, never trusted from input)
    single_room_reason: text(500) = ""
    title: line(200) = ""  # the document's title (the service makes one when empty)
    estimate: money() = Decimal("0.00")
    grade: line(30) = ""  # 职级 of the (first) traveller: class and lodging follow it (TRAVEL-18)
    zone: line(4) = ""  # 域内 / 域外; empty: from the destinations' scope
    advance: money() = Decimal("0.00")  # 预借差旅费
    funds: line(60) = ""  # 经费来源
    late_filing_reason: text(500) = ""  # 补报原因: required when filed after departure (TRAVEL-01)
    # The director's own trip is approved outside the bureau (TRAVEL-02): who, reference, date.
    external_authority: line(60) = ""
    external_reference: line(60) = ""
    external_date: day(optional=True) = None


class LegInput(GateModel):
    """One leg of the claim's itinerary (差旅费报销单 行程明细): also the ticket it was paid with."""

    date: day(optional=True) = None  # required: a missing date is named with the row's other gaps
    time: clock() = ""
    from_place: line(30) = Field("", alias="from")
    to_place: line(30) = Field("", alias="to")
    mode: line(20)
    travel_class: line(30) = Field("", alias="class")
    amount: money("1000000", nullable=True) = None  # required: a missing fare is named with the row's other gaps
    allowed_fare: money("1000000", nullable=True) = None
    receipts: count(0, 50) = 1


class ClaimExtras(GateModel):
    attachments: count(0, 500) = 0
    late_explanation: text(1000) = ""
    grade: line(30) = ""  # empty: the trip approval's
    advance: money(nullable=True) = None  # None: the trip approval's advance
    payee: line(50) = ""
    bank: line(60) = ""
    account: account_no() = ""
    legs: list[LegInput] = Field(default_factory=list, max_length=MAX_LEGS)


def read_trip(data: Any, today: date | None = None) -> tuple[TripInput | None, list[Problem]]:
    """The trip's fields, or every problem (TRAVEL-01); a trip longer than ``MAX_TRIP_DAYS`` is
    refused here, a return before departure by ``TripPlan.problems``."""
    trip, problems = check(TripInput, data, rule="TRAVEL-01", prefix="trip", labels=TRIP_LABELS,
                           context={"today": today} if today else None, rules={"advance": "VOUCH-01"})
    if trip is not None and trip.zone not in ZONES:
        problems.append(Problem("TRAVEL-01", "trip.zone", f"域内/域外：须为“域内”或“域外”（收到：{trip.zone}）"))
    if trip is not None and (trip.end - trip.start).days + 1 > MAX_TRIP_DAYS:
        problems.append(Problem("TRAVEL-01", "trip.dates",
                                f"出差天数{(trip.end - trip.start).days + 1}天超过上限{MAX_TRIP_DAYS}天"
                                f"（{trip.start.isoformat()} 至 {trip.end.isoformat()}）"))
    return trip, problems


def read_claim_extras(data: Any) -> tuple[ClaimExtras | None, list[Problem]]:
    """The claim's own fields (legs, grade, advance, payee) or every problem at once."""
    extras, problems = check(ClaimExtras, data, rule="TRAVEL-11", prefix="claim", labels=TRIP_LABELS,
                             rules={"late_explanation": "TRAVEL-03", "legs": "TRAVEL-05", "advance": "VOUCH-01"})
    if extras is not None:
        for i, leg in enumerate(extras.legs):
            # A row with anything typed is a leg: never dropped, refused naming every gap at once.
            gaps = [TRIP_LABELS[k] for k, v in (("date", leg.date), ("from", leg.from_place), ("to", leg.to_place),
                                                ("mode", leg.mode), ("amount", leg.amount)) if v in ("", None)]
            if gaps:
                code = "route" if gaps == ["出发地", "到达地"] or gaps in (["出发地"], ["到达地"]) else "missing"
                problems.append(Problem("TRAVEL-05", f"claim.legs[{i}].{code}",
                                        f"行程第{i + 1}行：请填写{'、'.join(gaps)}"))
            if leg.allowed_fare is not None and leg.amount is not None and leg.allowed_fare > leg.amount:
                problems.append(Problem("TRAVEL-05", f"claim.legs[{i}].allowed_fare",
                                        f"行程第{i + 1}行 规定等级票价：{leg.allowed_fare}元高于实际票价{leg.amount}元"))
        if extras.legs and isinstance(data, dict) and data.get("tickets"):
            problems.append(Problem("TRAVEL-05", "claim.tickets", "行程（legs）与车船机票（tickets）只能填写一种"))
    return (extras if not problems else None), problems


# The day-by-day input of a claim's breakdown (``desktop travel quote``, the claim's days and tickets) ----------
QUOTE_LABELS = {"": "行程数据", "days": "每日明细", "days[]": "第{n}天", "date": "日期", "region": "地区",
                "lodged": "住宿", "lodging_invoice": "住宿费发票", "hosted": "会议培训（举办方安排食宿）",
                "own_vehicle": "单位派车", "meals_claimed": "伙食费", "tickets": "车船机票", "mode": "交通工具",
                "class": "座位等级", "amount": "票价", "allowed_fare": "规定等级票价"}


class QuoteDayInput(GateModel):
    date: day()
    region: line(50)
    lodged: flag()
    lodging_invoice: money("1000000", nullable=True)  # the key is required: null when there is no invoice
    hosted: flag()
    own_vehicle: flag()
    meals_claimed: money("1000000", nullable=True) = None


class QuoteTicketInput(GateModel):
    mode: line(20)
    travel_class: line(30) = Field("", alias="class")
    amount: money("1000000")
    allowed_fare: money("1000000", nullable=True) = None
    date: day(optional=True) = None


class QuoteInput(GateModel):
    days: list[QuoteDayInput] = Field(min_length=1, max_length=MAX_TRIP_DAYS)
    tickets: list[QuoteTicketInput] = Field(default_factory=list, max_length=MAX_TICKETS)


def read_quote_input(data: Any, *, regions: Any, modes: Any,
                     aliases: Any = None) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The days and tickets of a breakdown, normalised (amounts as two-place text, modes by their
    code), or every problem at once in Chinese (第1天 住宿费发票：“12.345”超过两位小数): the fields,
    then what the fields say together — consecutive days, known regions and modes, an invoice only
    for a night lodged, an allowed fare not above the fare, a ticket dated inside the trip."""
    from desktop.domain.input_gate.problems import object_problems

    problems = object_problems(data, rule="TRAVEL-04", prefix="", label="行程数据")
    if problems:
        return None, [Problem(p.rule, "trip", p.text) for p in problems]
    got, problems = check(QuoteInput, data, rule="TRAVEL-04", prefix="", labels=QUOTE_LABELS,
                          rules={"tickets": "TRAVEL-05"})
    problems = [Problem(p.rule, p.code.lstrip("."), p.text) for p in problems]
    if got is None:
        return None, problems
    aliases = aliases or {}
    for i, d in enumerate(got.days):
        where = f"第{i + 1}天"
        if i and d.date != got.days[i - 1].date + timedelta(days=1):
            problems.append(Problem("TRAVEL-04", f"days[{i}].date",
                                    f"{where} 日期：{d.date.isoformat()} 不是前一天的次日（每日明细须按日期逐日连续填写）"))
        if d.region not in regions:
            problems.append(Problem("TRAVEL-04", f"days[{i}].region",
                                    f"{where} 地区：“{d.region}”不在差旅费标准的地区中"))
        if d.lodging_invoice is not None and not d.lodged:
            problems.append(Problem("TRAVEL-06", f"days[{i}].lodging_invoice",
                                    f"{where} 住宿费发票：当天未住宿，不能填写住宿费发票"))
    first, last = got.days[0].date, got.days[-1].date
    tickets = []
    for i, t in enumerate(got.tickets):
        where = f"车船机票第{i + 1}行"
        mode = aliases.get(t.mode, t.mode)
        if mode not in modes:
            problems.append(Problem("TRAVEL-05", f"tickets[{i}].mode", f"{where} 交通工具：“{t.mode}”不是可报销的交通工具"))
        if t.allowed_fare is not None and t.allowed_fare > t.amount:
            problems.append(Problem("TRAVEL-05", f"tickets[{i}].allowed_fare",
                                    f"{where} 规定等级票价：{t.allowed_fare}元高于实际票价{t.amount}元"))
        if t.date is not None and not first <= t.date <= last:
            problems.append(Problem("TRAVEL-05", f"tickets[{i}].date",
                                    f"{where} 日期：{t.date.isoformat()} 不在出差日期 {first.isoformat()} 至 {last.isoformat()} 内"))
        row = {"mode": mode, "class": t.travel_class, "amount": f"{t.amount:.2f}",
               "allowed_fare": None if t.allowed_fare is None else f"{t.allowed_fare:.2f}"}
        if t.date is not None:
            row["date"] = t.date.isoformat()
        tickets.append(row)
    if problems:
        return None, problems
    days = []
    for d in got.days:
        row = {"date": d.date.isoformat(), "region": d.region, "lodged": d.lodged,
               "lodging_invoice": None if d.lodging_invoice is None else f"{d.lodging_invoice:.2f}",
               "hosted": d.hosted, "own_vehicle": d.own_vehicle}
        if d.meals_claimed is not None:
            row["meals_claimed"] = f"{d.meals_claimed:.2f}"
        days.append(row)
    return {"days": days, "tickets": tickets}, []
