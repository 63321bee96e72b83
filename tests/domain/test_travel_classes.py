"""TRAVEL-05 / TRAVEL-18: the class a ticket may be paid at follows the traveller's grade (issue 12
item 3a). 001 第八条: 「乘坐高铁、动车时只能乘坐二等座，全列软席列车只能乘坐二等软座，轮船只能乘坐三等舱，
飞机只能乘坐经济舱」; 第七条: 「未按规定等级乘坐交通工具的，超支部分由个人自理」. A county bureau's
grades are all the national table's "其余人员" column, so every grade gets these classes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.travel.allowances import QuoteInputError, Ticket, TripDay, quote_trip
from desktop.domain.travel.grades import GRADES, LegFacts, allowed_classes, class_choices, class_problems
from desktop.services.travel import default_standards, quote

D = Decimal


def _day(region: str = "北京") -> dict:
    return {"date": "2026-03-02", "region": region, "lodged": False, "lodging_invoice": None, "hosted": False,
            "own_vehicle": False}


def _ticket(mode: str, cls: str, amount: str, allowed: str | None = None) -> dict:
    return {"mode": mode, "class": cls, "amount": amount, "allowed_fare": allowed}


def test_allowed_classes_by_grade_and_mode_in_dropdown_order_travel_05_travel_18():
    for grade in GRADES:
        assert allowed_classes(grade, "train")[0] == "二等座"
        assert allowed_classes(grade, "plane") == ("经济舱",)
        assert allowed_classes(grade, "ship")[0] == "三等舱"
    assert allowed_classes("科员", "flight") == ("经济舱",)  # a mode by another name
    assert allowed_classes("科员", "coach") == () and allowed_classes("科员", "taxi") == ()  # by receipt, no class


def test_class_choices_mark_the_classes_above_the_grade_travel_05():
    choices = class_choices("正科级", "plane")
    assert [c.name for c in choices if not c.above] == ["经济舱"]
    above = {c.name: c.label for c in choices if c.above}
    assert {"公务舱", "商务舱", "头等舱"} <= set(above) and "超标准" in above["商务舱"]
    assert [c.name for c in class_choices("科员", "train")][:2] == ["二等座", "二等软座"]
    assert class_choices("科员", "coach") == ()


def test_business_class_5000_is_not_paid_in_full_travel_05():
    """Issue 12: 「商务舱 5 000 元 passes」 — it is an above class: without the economy fare it is
    refused, with it only the economy fare is paid and the rest is the traveller's."""
    problems = class_problems([LegFacts("plane", "商务舱", D("5000.00"), None)], "科员")
    assert [p.rule for p in problems] == ["TRAVEL-05"] and "经济舱" in problems[0].text
    with pytest.raises(QuoteInputError):
        quote({"days": [_day()], "tickets": [_ticket("plane", "商务舱", "5000.00")]})
    paid = quote({"days": [_day()], "tickets": [_ticket("plane", "商务舱", "5000.00", "1180.00")]})
    assert (paid.intercity, paid.intercity_personal) == (D("1180.00"), D("3820.00"))


def test_unknown_class_is_refused_never_paid_in_full_travel_05():
    legs = [LegFacts("plane", "豪华舱", D("5000.00"), None), LegFacts("train", "", D("300.00"), None),
            LegFacts("ship", "VIP舱", D("800.00"), D("200.00"))]
    problems = class_problems(legs, "科员")
    assert [p.code for p in problems] == ["claim.legs[0].class", "claim.legs[1].class", "claim.legs[2].class"]
    assert "豪华舱" in problems[0].text and "请选择火车的座位等级" in problems[1].text
    for cls in ("豪华舱", "", "动车二等座"):
        with pytest.raises(QuoteInputError) as exc:
            quote({"days": [_day()], "tickets": [_ticket("plane" if cls != "动车二等座" else "train", cls, "5000.00")]})
        assert exc.value.field == "tickets[0].class"
    # Coaches and buses are paid by receipt and have no class (其他交通工具凭据报销).
    assert class_problems([LegFacts("coach", "", D("86.00"), None)], "科员") == []


def test_allowed_fare_on_an_allowed_class_is_refused_not_printed_as_above_class_travel_05():
    """Issue 12: a fare typed into 规定等级票价 for an allowed 二等座 printed "二等座超过规定等级" on the
    signed sheet. The allowed fare belongs to an above-class seat only: on an allowed class (or a
    coach) it is refused with a message saying so."""
    problems = class_problems([LegFacts("train", "二等座", D("553.00"), D("500.00")),
                               LegFacts("coach", "", D("86.00"), D("80.00"))], "科员")
    assert [p.code for p in problems] == ["claim.legs[0].allowed_fare", "claim.legs[1].allowed_fare"]
    assert "二等座不超过规定等级" in problems[0].text and "请清空" in problems[0].text
    with pytest.raises(QuoteInputError) as exc:
        quote({"days": [_day()], "tickets": [_ticket("train", "二等座", "553.00", "500.00")]})
    assert exc.value.field == "tickets[0].allowed_fare"


def test_quote_never_notes_an_allowed_class_as_above_travel_05():
    """The calculation itself pays an allowed class as ticketed even if handed an allowed fare."""
    day = TripDay(date(2026, 3, 2), "北京", False, None, False, False)
    result = quote_trip([day], [Ticket("train", "二等座", D("553.00"), D("500.00"))], default_standards())
    line = next(ln for ln in result.lines if ln.item == "intercity")
    assert (line.paid, line.personal) == (D("553.00"), D("0.00")) and "超过规定等级" not in line.note
    above = quote_trip([day], [Ticket("train", "一等座", D("933.00"), D("553.00"))], default_standards())
    line = next(ln for ln in above.lines if ln.item == "intercity")
    assert (line.paid, line.personal) == (D("553.00"), D("380.00")) and "一等座超过规定等级" in line.note
