"""The travel-claim calculation (TRAVEL-05..15): cases mutation testing of
desktop/domain/travel/allowances.py (docs/mutation.md) found unchecked; each test names its rule.
Figures: the Tongyu table (北京 350 lodging / 100 meals / 80 city transport; 县城 200 / 40)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.domain.travel.allowances import (
    HOSTED_TRAVEL_DAY_MEALS,
    Line,
    Quote,
    QuoteInputError,
    Ticket,
    TripDay,
    parse_trip,
    quote_trip,
    trip_input_json,
)
from desktop.domain.travel.standards import standards_from_csv

D = Decimal
START = date(2026, 4, 1)
TABLE = standards_from_csv(open("resources/standards/travel_standards.csv", encoding="utf-8").read())


def day(n, region="北京", lodged=False, invoice=None, hosted=False, own=False, meals=None):  # noqa: ANN001, ANN201
    return TripDay(START + timedelta(days=n), region, lodged, None if invoice is None else D(invoice), hosted, own,
                   None if meals is None else D(meals))


def raw_day(n, region="北京", lodged=False, invoice=None, hosted=False, own=False):  # noqa: ANN001, ANN201
    return {"date": (START + timedelta(days=n)).isoformat(), "region": region, "lodged": lodged,
            "lodging_invoice": invoice, "hosted": hosted, "own_vehicle": own}


def raw_ticket(mode, cls, amount, allowed=None, on=None):  # noqa: ANN001, ANN201
    out = {"mode": mode, "class": cls, "amount": amount, "allowed_fare": allowed}
    if on is not None:
        out["date"] = on
    return out


def lines(q, item):  # noqa: ANN001, ANN201
    return [ln for ln in q.lines if ln.item == item]


# TRAVEL-05: intercity tickets ----------------------------------------------------------------
def test_a_ticket_listed_after_a_taxi_receipt_is_still_paid_travel05():
    """TRAVEL-05: a taxi is not an intercity fare (not paid); the tickets after it still are."""
    q = quote_trip([day(0)], [Ticket("taxi", "", D("35.00"), None), Ticket("train", "二等座", D("553.00"), None)], TABLE)
    assert q.intercity == D("553.00") and q.intercity_personal == D("35.00")
    got = [(ln.paid, ln.personal, ln.rule) for ln in lines(q, "intercity")]
    assert got == [(D("0.00"), D("35.00"), "TRAVEL-05"), (D("553.00"), D("0.00"), "TRAVEL-05")]
    assert lines(q, "intercity")[0].note == "出租小汽车不属于城市间交通费报销范围"


def test_an_above_class_ticket_whose_allowed_fare_equals_its_price_travel05():
    """TRAVEL-05: an allowed fare equal to the price is accepted (only a higher one is refused)."""
    data = {"days": [raw_day(0)], "tickets": [raw_ticket("train", "一等座", "933.00", "933.00")]}
    days, tickets = parse_trip(data, TABLE)
    assert tickets == [Ticket("train", "一等座", D("933.00"), D("933.00"), None)]
    q = quote_trip(days, tickets, TABLE)
    assert (q.intercity, q.intercity_personal) == (D("933.00"), D("0.00"))
    data["tickets"][0]["allowed_fare"] = "933.01"
    with pytest.raises(QuoteInputError):
        parse_trip(data, TABLE)


def test_above_class_paid_at_the_allowed_fare_and_the_rest_personal_travel05():
    q = quote_trip([day(0)], [Ticket("plane", "公务舱", D("3000.00"), D("1200.00"))], TABLE)
    assert (q.intercity, q.intercity_personal) == (D("1200.00"), D("1800.00"))
    assert lines(q, "intercity")[0].note == "公务舱超过规定等级，按规定等级票价 1200.00 元报销，1800.00 元个人自理"
    q = quote_trip([day(0)], [Ticket("bus", "", D("45.00"), None)], TABLE)
    assert q.intercity == D("45.00") and lines(q, "intercity")[0].note == "bus凭据报销"
    q = quote_trip([day(0)], [Ticket("train", "硬座", D("45.00"), None)], TABLE)
    assert lines(q, "intercity")[0].note == "硬座凭据报销"


def test_a_return_ticket_on_the_last_day_of_a_three_day_trip_travel05():
    """A ticket is dated on a day of the trip: the first and the last day count, the day after does not."""
    data = {"days": [raw_day(0, lodged=True, invoice="300.00"), raw_day(1, lodged=True, invoice="300.00"),
                     raw_day(2)],
            "tickets": [raw_ticket("train", "二等座", "553.00", on="2026-04-01"),
                        raw_ticket("train", "二等座", "553.00", on="2026-04-03")]}
    days, tickets = parse_trip(data, TABLE)
    assert [t.on for t in tickets] == [date(2026, 4, 1), date(2026, 4, 3)]
    assert quote_trip(days, tickets, TABLE).intercity == D("1106.00")
    for bad in ("2026-04-04", "2026-03-31"):
        data["tickets"][1]["date"] = bad
        with pytest.raises(QuoteInputError) as exc:
            parse_trip(data, TABLE)
        assert exc.value.field.startswith("tickets[1]")


# TRAVEL-13: own vehicle ----------------------------------------------------------------------
def test_own_vehicle_days_with_dated_and_undated_tickets_travel13():
    """TRAVEL-13: no intercity fare on a day travelled by the unit's own car. A dated ticket follows
    its day; an undated one is unpaid only when every day was by own car."""
    days = [day(0, own=True, lodged=True, invoice="300.00"), day(1)]
    tickets = [Ticket("train", "二等座", D("100.00"), None, date(2026, 4, 1)),
               Ticket("train", "二等座", D("200.00"), None, date(2026, 4, 2)),
               Ticket("train", "二等座", D("400.00"), None)]
    q = quote_trip(days, tickets, TABLE)
    assert (q.intercity, q.intercity_personal) == (D("600.00"), D("100.00"))
    assert [ln.rule for ln in lines(q, "intercity")] == ["TRAVEL-13", "TRAVEL-05", "TRAVEL-05"]
    all_own = [day(0, own=True, lodged=True, invoice="300.00"), day(1, own=True)]
    q = quote_trip(all_own, tickets, TABLE)
    assert (q.intercity, q.intercity_personal) == (D("0.00"), D("700.00"))
    assert lines(q, "intercity")[2].note == "自带车辆出行的日期不报销城市间交通费"
    assert [ln.rule for ln in lines(q, "city_transport")] == ["TRAVEL-13", "TRAVEL-13"]
    assert q.city_transport == D("0.00") and "TRAVEL-13" in q.rules


# TRAVEL-06/07/08/09/15: lodging, meals and city transport ------------------------------------
def test_two_hosted_nights_personal_parts_are_summed_travel15():
    """TRAVEL-15: lodging during a hosted meeting is arranged by the host; both nights' invoices are
    the traveller's, added up."""
    q = quote_trip([day(0, lodged=True, invoice="280.00", hosted=True), day(1, lodged=True, invoice="300.00",
                                                                          hosted=True), day(2)], [], TABLE)
    assert (q.lodging, q.lodging_personal) == (D("0.00"), D("580.00"))
    assert [ln.personal for ln in lines(q, "lodging")] == [D("280.00"), D("300.00")]
    assert lines(q, "lodging")[0].note == "会议、培训期间住宿由举办单位安排，不予报销"
    assert [ln.paid for ln in lines(q, "meals")] == [D("0.00"), D("0.00"), HOSTED_TRAVEL_DAY_MEALS]
    assert lines(q, "meals")[2].note == "往返会议、培训途中伙食补助 100.00 元/天包干"
    assert [ln.rule for ln in lines(q, "city_transport")] == ["TRAVEL-15", "TRAVEL-15", "TRAVEL-08"]
    assert q.city_transport == D("80.00") and q.meals == D("100.00")
    assert q.rules == ("TRAVEL-04", "TRAVEL-06", "TRAVEL-08", "TRAVEL-15") or "TRAVEL-15" in q.rules


def test_lodging_up_to_the_cap_and_the_excess_personal_travel06():
    q = quote_trip([day(0, lodged=True, invoice="400.00"), day(1, lodged=True, invoice="350.00"), day(2)], [], TABLE)
    assert (q.lodging, q.lodging_personal) == (D("700.00"), D("50.00"))
    notes = [ln.note for ln in lines(q, "lodging")]
    assert notes == ["北京住宿限额 350.00 元/晚，超标 50.00 元个人自理", "北京住宿限额 350.00 元/晚，据实报销"]
    assert q.meals == D("300.00") and q.city_transport == D("240.00")
    assert lines(q, "meals")[0].note == "北京伙食补助 100.00 元/天包干（按当天最后到达地标准）"
    assert lines(q, "city_transport")[0].note == "县域外市内交通费 80.00 元/天包干"
    assert q.total == D("1240.00")
    assert {"TRAVEL-04", "TRAVEL-06", "TRAVEL-07", "TRAVEL-08", "TRAVEL-09"} <= set(q.rules)


def test_in_county_meals_up_to_the_ceiling_and_no_city_transport_amb05():
    q = quote_trip([day(0, "县城", meals="25.00"), day(1, "县城", meals="55.00"), day(2, "县城")], [], TABLE)
    assert [ln.paid for ln in lines(q, "meals")] == [D("25.00"), D("40.00"), D("40.00")]
    assert lines(q, "city_transport") == [] and q.city_transport == D("0.00")
    assert "AMB-05" in q.rules and lines(q, "meals")[0].note == "域内出差伙食补助不超过 40.00 元/天"


def test_same_day_return_and_lodged_without_invoice_travel13_travel12():
    assert "TRAVEL-13" in quote_trip([day(0)], [], TABLE).rules
    assert "TRAVEL-13" not in quote_trip([day(0), day(1)], [], TABLE).rules
    q = quote_trip([day(0, lodged=True), day(1, lodged=True), day(2)], [Ticket("train", "二等座", D("1.00"), None)],
                   TABLE)
    assert q.refused and q.total == D("0.00") and len(q.lines) == 1
    assert q.lines[0].note.startswith("实际发生住宿而无住宿费发票（2026-04-01、2026-04-02）")
    assert q.lines[0].on == date(2026, 4, 1) and "TRAVEL-12" in q.rules


# Output --------------------------------------------------------------------------------------
def test_quote_json_and_input_json_travel04():
    q = Quote(D("350.00"), D("50.00"), D("100.00"), D("80.00"), D("553.00"), D("0.00"), False, ("TRAVEL-04",),
              (Line("lodging", date(2026, 4, 1), D("350.00"), D("50.00"), "TRAVEL-06", "n"),
               Line("claim", None, D("0.00"), D("0.00"), "TRAVEL-12", "m")))
    j = q.to_json()
    assert j["total"] == "1083.00" and j["lodging_personal"] == "50.00" and j["intercity"] == "553.00"
    assert (j["meals"], j["city_transport"], j["intercity_personal"], j["lodging"]) == (
        "100.00", "80.00", "0.00", "350.00")
    assert j["refused"] is False and j["rules"] == ["TRAVEL-04"]
    assert j["lines"][0] == {"item": "lodging", "date": "2026-04-01", "paid": "350.00", "personal": "50.00",
                             "rule": "TRAVEL-06", "note": "n"}
    assert j["lines"][1]["date"] is None
    days = [day(0, "县城", lodged=True, invoice="150.00", meals="20.00"), day(1)]
    tickets = [Ticket("train", "一等座", D("900.00"), D("600.00"), date(2026, 4, 2)), Ticket("bus", "", D("9.00"), None)]
    out = trip_input_json(days, tickets)
    assert out["days"][0] == {"date": "2026-04-01", "region": "县城", "lodged": True, "lodging_invoice": "150.00",
                              "hosted": False, "own_vehicle": False, "meals_claimed": "20.00"}
    assert "meals_claimed" not in out["days"][1] and out["days"][1]["lodging_invoice"] is None
    assert out["tickets"][0] == {"mode": "train", "class": "一等座", "amount": "900.00", "allowed_fare": "600.00",
                                 "date": "2026-04-02"}
    assert out["tickets"][1] == {"mode": "bus", "class": "", "amount": "9.00", "allowed_fare": None}


def test_parsed_input_round_trips_travel04():
    data = {"days": [raw_day(0, "县城", lodged=True, invoice="150.00", own=True), raw_day(1, hosted=True)],
            "tickets": [raw_ticket("rail", "二等座", "553.00", on="2026-04-02"), raw_ticket("taxi", "", "35.00")]}
    days, tickets = parse_trip(data, TABLE)
    assert days[0] == TripDay(date(2026, 4, 1), "县城", True, D("150.00"), False, True, None)
    assert days[1].hosted and tickets[0].mode == "train" and tickets[1].mode == "taxi"
    again = parse_trip(trip_input_json(days, tickets), TABLE)
    assert again == (days, tickets)


@pytest.mark.parametrize("change, field", [
    (lambda d: d["days"].append(raw_day(3)), "days[1].date"),
    (lambda d: d["days"][0].update(region="火星"), "days[0].region"),
    (lambda d: d["days"][0].update(lodging_invoice="100.00"), "days[0].lodging_invoice"),
    (lambda d: d["tickets"].append(raw_ticket("train", "二等座", "10.00", "5.00")), "tickets[0].allowed_fare"),
    (lambda d: d["tickets"].append(raw_ticket("train", "一等座", "10.00")), "tickets[0].allowed_fare"),
    (lambda d: d["tickets"].append(raw_ticket("train", "豪华座", "10.00")), "tickets[0].class"),
])
def test_malformed_trip_names_the_field_travel05(change, field):
    data = {"days": [raw_day(0)], "tickets": []}
    change(data)
    with pytest.raises(QuoteInputError) as exc:
        parse_trip(data, TABLE)
    assert exc.value.field.split(".")[0].startswith(field.split(".")[0][:4])


def test_the_whole_breakdown_line_by_line_travel04_travel15():
    """The breakdown printed on the 差旅费报销单: each line's day, figures, rule and words. A trip to a
    hosted meeting: one day on the way, one hosted day, one day back by the unit's car."""
    days = [day(0, lodged=True, invoice="300.00"), day(1, lodged=True, invoice="280.00", hosted=True),
            day(2, own=True)]
    tickets = [Ticket("train", "一等座", D("900.00"), D("600.00"), date(2026, 4, 1)),
               Ticket("taxi", "", D("35.00"), None, date(2026, 4, 1)),
               Ticket("train", "二等座", D("99.00"), None, date(2026, 4, 3))]
    q = quote_trip(days, tickets, TABLE)
    d1, d2, d3 = date(2026, 4, 1), date(2026, 4, 2), date(2026, 4, 3)
    assert [(ln.item, ln.on, ln.paid, ln.personal, ln.rule, ln.note) for ln in q.lines] == [
        ("lodging", d1, D("300.00"), D("0.00"), "TRAVEL-06", "北京住宿限额 350.00 元/晚，据实报销"),
        ("meals", d1, D("100.00"), D("0.00"), "TRAVEL-15", "往返会议、培训途中伙食补助 100.00 元/天包干"),
        ("city_transport", d1, D("80.00"), D("0.00"), "TRAVEL-08", "县域外市内交通费 80.00 元/天包干"),
        ("lodging", d2, D("0.00"), D("280.00"), "TRAVEL-15", "会议、培训期间住宿由举办单位安排，不予报销"),
        ("meals", d2, D("0.00"), D("0.00"), "TRAVEL-15", "会议、培训期间伙食由举办单位安排，不发伙食补助"),
        ("city_transport", d2, D("0.00"), D("0.00"), "TRAVEL-15", "会议、培训期间市内交通由举办单位安排"),
        ("meals", d3, D("100.00"), D("0.00"), "TRAVEL-15", "往返会议、培训途中伙食补助 100.00 元/天包干"),
        ("city_transport", d3, D("0.00"), D("0.00"), "TRAVEL-13", "自带车辆，不报销市内交通费"),
        ("intercity", d1, D("600.00"), D("300.00"), "TRAVEL-05",
         "一等座超过规定等级，按规定等级票价 600.00 元报销，300.00 元个人自理"),
        ("intercity", d1, D("0.00"), D("35.00"), "TRAVEL-05", "出租小汽车不属于城市间交通费报销范围"),
        ("intercity", d3, D("0.00"), D("99.00"), "TRAVEL-13", "自带车辆出行的日期不报销城市间交通费"),
    ]
    assert q.rules == ("TRAVEL-04", "TRAVEL-05", "TRAVEL-06", "TRAVEL-08", "TRAVEL-13", "TRAVEL-15")
    assert (q.intercity, q.intercity_personal, q.lodging_personal) == (D("600.00"), D("434.00"), D("280.00"))
    refused = quote_trip([day(0, lodged=True), day(1)], [], TABLE)
    line = refused.lines[0]
    assert (line.item, line.on, line.paid, line.personal, line.rule) == ("claim", d1, D("0.00"), D("0.00"), "TRAVEL-12")
    assert refused.rules == ("TRAVEL-04", "TRAVEL-12")


def test_every_input_problem_is_in_the_message_input_gate():
    """Issue 12 item 9: all problems at once — the message holds each problem's words, joined by "；"."""
    data = {"days": [dict(raw_day(0), lodged=True, lodging_invoice="12.345"), dict(raw_day(1), lodged=True, lodging_invoice="abc")], "tickets": []}
    with pytest.raises(QuoteInputError) as exc:
        parse_trip(data, TABLE)
    texts = [p.text for p in exc.value.problems]
    assert len(texts) >= 2 and str(exc.value) == "；".join(texts)
    assert str(QuoteInputError("days[0].date", "is not a date")) == "days[0].date: is not a date"


def test_every_ticket_class_problem_at_once_with_its_row_travel05():
    """TRAVEL-05 after the input gate: an unknown class, an allowed fare on an allowed class and an above
    class without its allowed fare are refused together, each naming its row (and the unknown one the
    classes that may be chosen); a coach ticket has no class to check."""
    data = {"days": [raw_day(0), raw_day(1)],
            "tickets": [raw_ticket("plane", "头等舱位", "3000.00"), raw_ticket("train", "二等座", "500.00", "400.00"),
                        raw_ticket("train", "一等座", "880.00"), raw_ticket("coach", "", "60.00")]}
    with pytest.raises(QuoteInputError) as exc:
        parse_trip(data, TABLE)
    got = [(p.rule, p.code) for p in exc.value.problems]
    assert got == [("TRAVEL-05", "tickets[0].class"), ("TRAVEL-05", "tickets[1].allowed_fare"),
                   ("TRAVEL-05", "tickets[2].allowed_fare")]
    texts = [p.text for p in exc.value.problems]
    assert texts[0].startswith("车船机票第1行：座位等级“头等舱位”不是可报销的等级（可选：经济舱") and "商务舱" in texts[0]
    assert texts[1] == "车船机票第2行：二等座按票价据实报销，规定等级票价只用于超过规定等级的座位，请清空"
    assert texts[2] == "车船机票第3行：一等座超过规定等级，须填写规定等级票价"
    assert str(exc.value) == "；".join(texts) and exc.value.field == "tickets[0].class"
    data["tickets"] = [raw_ticket("train", "", "500.00")]
    with pytest.raises(QuoteInputError) as exc:
        parse_trip(data, TABLE)
    assert "“未填写”" in exc.value.problems[0].text
    data["tickets"] = [raw_ticket("ship", "三等舱", "120.00"), raw_ticket("train", "一等座", "880.00", "500.00")]
    days, tickets = parse_trip(data, TABLE)
    assert [(t.mode, t.travel_class, t.amount, t.allowed_fare) for t in tickets] == \
        [("ship", "三等舱", D("120.00"), None), ("train", "一等座", D("880.00"), D("500.00"))]
    assert [d.on for d in days] == [START, START + timedelta(days=1)]
