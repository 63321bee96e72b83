"""The travel-claim calculation from the standards (差旅费, TRAVEL-05..17).

Input is one entry per calendar day of the trip, in order, each naming the standard (region)
that applies that day, plus the intercity tickets. Output is what the bureau pays, the parts the
traveller pays personally, a line-by-line breakdown with the rule behind each figure, and
whether the claim is refused (TRAVEL-12).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Mapping, Sequence

from desktop.domain.travel.standards import RegionStandard, standard_on

__all__ = ["QuoteInputError", "TripDay", "Ticket", "Line", "Quote", "parse_trip", "quote_trip", "trip_input_json",
           "ALLOWED_CLASSES", "ABOVE_CLASSES", "ALLOWED_CLASS_ORDER", "ABOVE_CLASS_ORDER", "HOSTED_TRAVEL_DAY_MEALS"]

ZERO = Decimal("0.00")
# TRAVEL-05: the classes each mode may use (001 第八条, the "其他人员" column of the national
# table), in the order a drop-down offers them; the classes above them, paid at the allowed
# fare. A class of these modes in neither list is refused (an unknown class is never paid in full).
ALLOWED_CLASS_ORDER: Mapping[str, tuple[str, ...]] = {
    "train": ("二等座", "二等软座", "硬座", "硬卧", "无座"),
    "plane": ("经济舱",),
    "ship": ("三等舱", "四等舱", "散席"),
}
ABOVE_CLASS_ORDER: Mapping[str, tuple[str, ...]] = {
    "train": ("一等座", "商务座", "特等座", "一等软座", "软座", "软卧", "高级软卧", "动卧"),
    "plane": ("超级经济舱", "公务舱", "商务舱", "头等舱"),
    "ship": ("二等舱", "一等舱", "特等舱"),
}
ALLOWED_CLASSES: Mapping[str, frozenset[str]] = {m: frozenset(c) for m, c in ALLOWED_CLASS_ORDER.items()}
ABOVE_CLASSES: Mapping[str, frozenset[str]] = {m: frozenset(c) for m, c in ABOVE_CLASS_ORDER.items()}
# Modes paid by receipt whatever the class (TRAVEL-05 "其他交通工具凭据报销"); taxis never.
RECEIPT_MODES = frozenset({"bus", "coach", "other"})
MODE_ALIASES = {"airplane": "plane", "air": "plane", "flight": "plane", "boat": "ship", "ferry": "ship",
                "rail": "train", "high_speed_rail": "train", "car": "other"}
NOT_PAID_MODES = frozenset({"taxi"})
# TRAVEL-15 / 001 第二十七条: travel days to and from a hosted meeting get 100 a day flat.
HOSTED_TRAVEL_DAY_MEALS = Decimal("100.00")


class QuoteInputError(ValueError):
    """Malformed trip input; ``field`` names the place, e.g. ``days[2].lodging_invoice``;
    ``problems``: every problem the input gate found, in Chinese (the message is their texts)."""

    def __init__(self, field: str, message: str, problems: Sequence[Any] = ()):
        self.field = field
        self.problems = tuple(problems)
        super().__init__("；".join(p.text for p in problems) if problems else f"{field}: {message}")


@dataclass(frozen=True)
class TripDay:
    on: date
    region: str
    lodged: bool
    lodging_invoice: Decimal | None
    hosted: bool
    own_vehicle: bool
    meals_claimed: Decimal | None = None  # in-county only: the actual amount up to the ceiling (AMB-05)


@dataclass(frozen=True)
class Ticket:
    mode: str
    travel_class: str
    amount: Decimal
    allowed_fare: Decimal | None
    on: date | None = None


@dataclass(frozen=True)
class Line:
    """One figure of the breakdown, with the rule behind it (printed on the 差旅费报销单)."""

    item: str  # lodging / meals / city_transport / intercity
    on: date | None
    paid: Decimal
    personal: Decimal
    rule: str
    note: str


@dataclass(frozen=True)
class Quote:
    lodging: Decimal = ZERO
    lodging_personal: Decimal = ZERO
    meals: Decimal = ZERO
    city_transport: Decimal = ZERO
    intercity: Decimal = ZERO
    intercity_personal: Decimal = ZERO
    refused: bool = False
    rules: tuple[str, ...] = ()
    lines: tuple[Line, ...] = field(default_factory=tuple)

    @property
    def total(self) -> Decimal:
        return self.lodging + self.meals + self.city_transport + self.intercity

    def to_json(self) -> dict[str, Any]:
        money = {k: f"{getattr(self, k):.2f}" for k in
                 ("lodging", "lodging_personal", "meals", "city_transport", "intercity", "intercity_personal")}
        return {**money, "total": f"{self.total:.2f}", "refused": self.refused, "rules": list(self.rules),
                "lines": [{"item": ln.item, "date": ln.on.isoformat() if ln.on else None, "paid": f"{ln.paid:.2f}",
                           "personal": f"{ln.personal:.2f}", "rule": ln.rule, "note": ln.note} for ln in self.lines]}


# Parsing -------------------------------------------------------------------------------
def _amount(value: str | None) -> Decimal | None:
    """A two-place amount the input gate has already read and normalised."""
    return None if value is None else Decimal(value)


def parse_trip(data: Any, standards: Mapping[str, RegionStandard]) -> tuple[list[TripDay], list[Ticket]]:
    """The days and tickets of a breakdown. The input gate reads the fields and what they say together
    (issue 12 item 9: every problem at once, in Chinese); what is left here is the class rule of each
    ticket (TRAVEL-05), again every ticket at once: a train, plane or ship class in neither list is
    refused, a class above the allowed one needs the allowed fare, and the allowed fare is given only
    for such a class."""
    from desktop.domain.approval.model import Problem
    from desktop.domain.input_gate.travel import read_quote_input

    read, problems = read_quote_input(data, regions=standards, aliases=MODE_ALIASES,
                                      modes=set(ALLOWED_CLASSES) | RECEIPT_MODES | NOT_PAID_MODES)
    if problems:  # the gate gives problems, or the input read (never neither)
        raise QuoteInputError(problems[0].code, problems[0].text, problems)
    assert read is not None  # noqa: S101 - pragma: no mutate
    days = [TripDay(date.fromisoformat(d["date"]), d["region"], d["lodged"], _amount(d["lodging_invoice"]),
                    d["hosted"], d["own_vehicle"], _amount(d.get("meals_claimed"))) for d in read["days"]]
    tickets: list[Ticket] = []
    for i, raw in enumerate(read["tickets"]):
        where, mode, cls = f"tickets[{i}]", raw["mode"], raw["class"].strip()
        amount, allowed = Decimal(raw["amount"]), _amount(raw["allowed_fare"])
        if mode in ABOVE_CLASSES and cls not in ABOVE_CLASSES[mode] and cls not in ALLOWED_CLASSES[mode]:
            known = "、".join(ALLOWED_CLASS_ORDER[mode] + ABOVE_CLASS_ORDER[mode])
            problems.append(Problem("TRAVEL-05", f"{where}.class",
                                    f"车船机票第{i + 1}行：座位等级“{cls or '未填写'}”不是可报销的等级（可选：{known}）"))
        elif allowed is not None and not (mode in ABOVE_CLASSES and cls in ABOVE_CLASSES[mode]):
            problems.append(Problem("TRAVEL-05", f"{where}.allowed_fare", f"车船机票第{i + 1}行：{cls or '该票'}按票价据实报销，"
                                    "规定等级票价只用于超过规定等级的座位，请清空"))
        elif mode in ABOVE_CLASSES and cls in ABOVE_CLASSES[mode] and allowed is None:
            problems.append(Problem("TRAVEL-05", f"{where}.allowed_fare",
                                    f"车船机票第{i + 1}行：{cls}超过规定等级，须填写规定等级票价"))
        tickets.append(Ticket(mode, cls, amount, allowed, date.fromisoformat(raw["date"]) if raw.get("date") else None))
    if problems:
        raise QuoteInputError(problems[0].code, problems[0].text, problems)
    return days, tickets


def trip_input_json(days: Sequence[TripDay], tickets: Sequence[Ticket]) -> dict[str, Any]:
    """The parsed input back in its JSON shape (what a claim stores: only what was read)."""
    def money(v: Decimal | None) -> str | None:
        return None if v is None else str(v)

    out_days = []
    for d in days:
        row = {"date": d.on.isoformat(), "region": d.region, "lodged": d.lodged,
               "lodging_invoice": money(d.lodging_invoice), "hosted": d.hosted, "own_vehicle": d.own_vehicle}
        if d.meals_claimed is not None:
            row["meals_claimed"] = str(d.meals_claimed)
        out_days.append(row)
    out_tickets = []
    for t in tickets:
        row = {"mode": t.mode, "class": t.travel_class, "amount": str(t.amount), "allowed_fare": money(t.allowed_fare)}
        if t.on is not None:
            row["date"] = t.on.isoformat()
        out_tickets.append(row)
    return {"days": out_days, "tickets": out_tickets}


# Calculation ---------------------------------------------------------------------------
def quote_trip(days: Sequence[TripDay], tickets: Sequence[Ticket], standards: Mapping[str, RegionStandard]) -> Quote:
    lines: list[Line] = []
    rules: set[str] = {"TRAVEL-04"}
    if len(days) == 1:
        rules.add("TRAVEL-13")  # same-day return: paid at the standard rates

    unlogged = [d for d in days if d.lodged and d.lodging_invoice is None]
    if unlogged:
        # TRAVEL-12: lodged without an invoice → no lodging, intercity, meals or city transport.
        dates = "、".join(d.on.isoformat() for d in unlogged)
        line = Line("claim", unlogged[0].on, ZERO, ZERO, "TRAVEL-12",
                    f"实际发生住宿而无住宿费发票（{dates}），不得报销住宿费、城市间交通费、伙食补助费和市内交通费")
        return Quote(refused=True, rules=tuple(sorted(rules | {"TRAVEL-12"})), lines=(line,))

    hosted_any = any(d.hosted for d in days)
    lodging = lodging_personal = meals = city = intercity = intercity_personal = ZERO
    for d in days:
        std = standard_on(standards, d.region, d.on)  # the version in force that day (TRAVEL-19)
        # Lodging per night up to the cap of the place (TRAVEL-06); none on hosted days (TRAVEL-15).
        if d.lodged and d.lodging_invoice is not None:
            if d.hosted:
                lines.append(Line("lodging", d.on, ZERO, d.lodging_invoice, "TRAVEL-15", "会议、培训期间住宿由举办单位安排，不予报销"))
                lodging_personal += d.lodging_invoice
                rules.add("TRAVEL-15")
            else:
                paid = min(d.lodging_invoice, std.lodging_cap)
                excess = d.lodging_invoice - paid
                lodging += paid
                lodging_personal += excess
                note = f"{d.region}住宿限额 {std.lodging_cap} 元/晚" + (f"，超标 {excess} 元个人自理" if excess else "，据实报销")
                lines.append(Line("lodging", d.on, paid, excess, "TRAVEL-06", note))
                rules.add("TRAVEL-06")
        # Meals per calendar day by the standard of that day's place (TRAVEL-07, TRAVEL-09).
        if d.hosted:
            lines.append(Line("meals", d.on, ZERO, ZERO, "TRAVEL-15", "会议、培训期间伙食由举办单位安排，不发伙食补助"))
            rules.add("TRAVEL-15")
        else:
            if std.in_county:
                amount = std.meal_allowance if d.meals_claimed is None else min(d.meals_claimed, std.meal_allowance)
                rule, note = "TRAVEL-07", f"域内出差伙食补助不超过 {std.meal_allowance} 元/天"
                rules.add("AMB-05")
            elif hosted_any:
                amount = HOSTED_TRAVEL_DAY_MEALS
                rule, note = "TRAVEL-15", f"往返会议、培训途中伙食补助 {amount} 元/天包干"
            else:
                amount = std.meal_allowance
                rule, note = "TRAVEL-07", f"{d.region}伙食补助 {amount} 元/天包干（按当天最后到达地标准）"
                rules.add("TRAVEL-09")
            meals += amount
            lines.append(Line("meals", d.on, amount, ZERO, rule, note))
            rules.add(rule)
        # City transport per calendar day outside the county (TRAVEL-08); not on hosted days or
        # days travelled by the unit's own car (TRAVEL-13).
        if std.in_county:
            continue
        if d.hosted:
            lines.append(Line("city_transport", d.on, ZERO, ZERO, "TRAVEL-15", "会议、培训期间市内交通由举办单位安排"))
        elif d.own_vehicle:
            lines.append(Line("city_transport", d.on, ZERO, ZERO, "TRAVEL-13", "自带车辆，不报销市内交通费"))
            rules.add("TRAVEL-13")
        else:
            city += std.city_transport
            lines.append(Line("city_transport", d.on, std.city_transport, ZERO, "TRAVEL-08",
                              f"县域外市内交通费 {std.city_transport} 元/天包干"))
            rules.add("TRAVEL-08")

    own_days = {d.on for d in days if d.own_vehicle}
    all_own = bool(days) and len(own_days) == len(days)
    for t in tickets:
        if t.mode in NOT_PAID_MODES:
            intercity_personal += t.amount
            lines.append(Line("intercity", t.on, ZERO, t.amount, "TRAVEL-05", "出租小汽车不属于城市间交通费报销范围"))
            rules.add("TRAVEL-05")
            continue
        if (t.on is not None and t.on in own_days) or (t.on is None and all_own):
            intercity_personal += t.amount
            lines.append(Line("intercity", t.on, ZERO, t.amount, "TRAVEL-13", "自带车辆出行的日期不报销城市间交通费"))
            rules.add("TRAVEL-13")
            continue
        if t.allowed_fare is not None and t.travel_class in ABOVE_CLASSES.get(t.mode, ()):  # only above class
            paid = t.allowed_fare
            excess = t.amount - paid
            note = f"{t.travel_class}超过规定等级，按规定等级票价 {paid} 元报销，{excess} 元个人自理"
        else:
            paid, excess = t.amount, ZERO
            note = f"{t.travel_class or t.mode}凭据报销"
        intercity += paid
        intercity_personal += excess
        lines.append(Line("intercity", t.on, paid, excess, "TRAVEL-05", note))
        rules.add("TRAVEL-05")

    return Quote(lodging, lodging_personal, meals, city, intercity, intercity_personal, False,
                 tuple(sorted(rules)), tuple(lines))
