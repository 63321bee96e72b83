"""Travel-claim breakdown (`desktop travel quote`): cases worked out by hand from the rules.

Figures from travel_standards.csv (Tongyu): 北京 lodging 350 / meals 100 / city 80; 西藏 350/120/80;
天津 320; 吉林省内 350/100/80; 县城 200/40(max)/0; 乡镇 150/40/0.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta

import pytest

from desktop.domain.travel.allowances import QuoteInputError
from desktop.services.travel import quote


def day(n, region, lodged=False, invoice=None, hosted=False, own=False, **extra):
    return {"date": (date(2026, 3, 2) + timedelta(days=n)).isoformat(), "region": region, "lodged": lodged,
            "lodging_invoice": invoice, "hosted": hosted, "own_vehicle": own, **extra}


def ticket(mode, cls, amount, allowed=None, **extra):
    return {"mode": mode, "class": cls, "amount": amount, "allowed_fare": allowed, **extra}


def q(days, tickets=()):
    return quote({"days": list(days), "tickets": list(tickets)}).to_json()


def figures(result, *keys):
    return tuple(result[k] for k in keys)


# Each case: (rules it checks, days, tickets, expected figures).
CASES = [
    ("TRAVEL-06 TRAVEL-07 TRAVEL-08: two days in Beijing, one night under the cap",
     [day(0, "北京", True, "300.00"), day(1, "北京")], [],
     {"lodging": "300.00", "lodging_personal": "0.00", "meals": "200.00", "city_transport": "160.00", "total": "660.00"}),
    ("TRAVEL-06: lodging above the cap, the excess personal",
     [day(0, "北京", True, "420.00"), day(1, "北京")], [],
     {"lodging": "350.00", "lodging_personal": "70.00", "total": "710.00"}),
    ("TRAVEL-06: the cap itself is paid in full (含)",
     [day(0, "天津", True, "320.00"), day(1, "天津")], [],
     {"lodging": "320.00", "lodging_personal": "0.00"}),
    ("TRAVEL-06: caps differ by place, night by night",
     [day(0, "天津", True, "340.00"), day(1, "北京", True, "340.00"), day(2, "北京")], [],
     {"lodging": "660.00", "lodging_personal": "20.00"}),
    ("TRAVEL-07: Tibet's meal allowance is 120",
     [day(0, "西藏", True, "300.00"), day(1, "西藏")], [],
     {"meals": "240.00", "city_transport": "160.00", "total": "700.00"}),
    ("TRAVEL-09: meals by the place where each day ends (Beijing then Tibet)",
     [day(0, "北京", True, "300.00"), day(1, "西藏", True, "300.00"), day(2, "西藏")], [],
     {"meals": "340.00"}),
    ("TRAVEL-07 AMB-05: in-county trip, meals up to 40, no city transport",
     [day(0, "乡镇")], [ticket("bus", "", "18.00"), ticket("bus", "", "18.00")],
     {"meals": "40.00", "city_transport": "0.00", "intercity": "36.00", "total": "76.00"}),
    ("AMB-05: in-county meals claimed below the ceiling are paid as claimed, above it capped",
     [day(0, "县城", meals_claimed="25.00"), day(1, "县城", meals_claimed="55.00")], [],
     {"meals": "65.00"}),
    ("TRAVEL-06: a township night is capped at 150",
     [day(0, "乡镇", True, "180.00"), day(1, "乡镇")], [],
     {"lodging": "150.00", "lodging_personal": "30.00", "meals": "80.00", "city_transport": "0.00"}),
    ("TRAVEL-05: second class by train paid as ticketed",
     [day(0, "吉林省内", True, "260.00"), day(1, "吉林省内")], [ticket("train", "二等座", "553.00"), ticket("train", "二等座", "553.00")],
     {"intercity": "1106.00", "intercity_personal": "0.00", "total": "1726.00"}),
    ("TRAVEL-05: first class only at the second-class fare, the rest personal",
     [day(0, "北京", True, "350.00"), day(1, "北京")], [ticket("train", "一等座", "933.00", "553.00")],
     {"intercity": "553.00", "intercity_personal": "380.00"}),
    ("TRAVEL-05: business class by plane at the economy fare",
     [day(0, "上海", True, "350.00"), day(1, "上海")], [ticket("plane", "公务舱", "3200.00", "1250.00"), ticket("plane", "经济舱", "1180.00")],
     {"intercity": "2430.00", "intercity_personal": "1950.00"}),
    ("TRAVEL-05: ship third class paid; second class at the third-class fare",
     [day(0, "辽宁", True, "300.00"), day(1, "大连")], [ticket("ship", "三等舱", "260.00"), ticket("ship", "二等舱", "480.00", "260.00")],
     {"intercity": "520.00", "intercity_personal": "220.00"}),
    ("TRAVEL-05: taxis are not intercity transport",
     [day(0, "吉林省内")], [ticket("taxi", "", "120.00")],
     {"intercity": "0.00", "intercity_personal": "120.00", "total": "180.00"}),
    ("TRAVEL-12: a night lodged without an invoice refuses the whole claim",
     [day(0, "北京", True, None), day(1, "北京")], [ticket("train", "二等座", "553.00")],
     {"refused": True, "lodging": "0.00", "meals": "0.00", "city_transport": "0.00", "intercity": "0.00", "total": "0.00"}),
    ("TRAVEL-12: one unlogged night among invoiced ones still refuses",
     [day(0, "北京", True, "300.00"), day(1, "北京", True, None), day(2, "北京")], [],
     {"refused": True, "total": "0.00"}),
    ("TRAVEL-15: hosted meeting days give no lodging, meals or city transport; travel days 100 flat",
     [day(0, "北京"), day(1, "北京", hosted=True), day(2, "北京", hosted=True), day(3, "北京")], [ticket("train", "二等座", "553.00")],
     {"lodging": "0.00", "meals": "200.00", "city_transport": "160.00", "intercity": "553.00", "total": "913.00"}),
    ("TRAVEL-15: a room paid during a hosted event is the traveller's",
     [day(0, "北京", True, "300.00"), day(1, "北京", True, "300.00", hosted=True), day(2, "北京")], [],
     {"lodging": "300.00", "lodging_personal": "300.00"}),
    ("TRAVEL-15: travel days to a hosted event in Tibet still get 100 flat",
     [day(0, "西藏"), day(1, "西藏", hosted=True), day(2, "西藏")], [],
     {"meals": "200.00"}),
    ("TRAVEL-13: same-day return by the unit's own car: meals only",
     [day(0, "吉林省内", own=True)], [],
     {"meals": "100.00", "city_transport": "0.00", "intercity": "0.00", "total": "100.00"}),
    ("TRAVEL-13: same-day return by train: intercity, meals and city transport",
     [day(0, "吉林省内")], [ticket("train", "二等座", "46.50"), ticket("train", "二等座", "46.50")],
     {"meals": "100.00", "city_transport": "80.00", "intercity": "93.00", "total": "273.00"}),
    ("TRAVEL-13 TRAVEL-08: own car on the travel days, city transport only on the day between",
     [day(0, "吉林省内", True, "280.00", own=True), day(1, "吉林省内", True, "280.00"), day(2, "吉林省内", own=True)], [],
     {"lodging": "560.00", "city_transport": "80.00", "meals": "300.00", "total": "940.00"}),
    ("TRAVEL-13: a ticket dated on an own-car day is not paid",
     [day(0, "吉林省内", own=True), day(1, "吉林省内")], [ticket("train", "二等座", "46.50", date="2026-03-02"),
                                                         ticket("train", "二等座", "46.50", date="2026-03-03")],
     {"intercity": "46.50", "intercity_personal": "46.50"}),
    ("TRAVEL-04: the total is the sum of the four lines, never the personal parts",
     [day(0, "北京", True, "500.00"), day(1, "北京")], [ticket("plane", "头等舱", "4000.00", "1500.00")],
     {"lodging": "350.00", "meals": "200.00", "city_transport": "160.00", "intercity": "1500.00", "total": "2210.00"}),
]


@pytest.mark.parametrize("title, days, tickets, expected", CASES, ids=[c[0].split(":")[0] + f"#{i}" for i, c in enumerate(CASES)])
def test_quote_cases(title, days, tickets, expected):
    result = q(days, tickets)
    for key, value in expected.items():
        assert result[key] == value, f"{title}: {key}"
    if "refused" not in expected:
        assert result["refused"] is False
    # Every rule named in the case title is among the rules the quote reports applying.
    named = {w for w in title.split(":")[0].split() if "-" in w}
    assert named <= set(result["rules"]) | {"TRAVEL-04"}


def test_there_are_at_least_twenty_hand_built_cases():
    assert len(CASES) >= 20


def test_modes_by_other_names_and_unlisted_classes():
    """TRAVEL-05: modes by other names; 商务舱 is an above class paid at the economy fare, and a
    class that is neither allowed nor known to be above is refused, never paid in full (issue 12)."""
    result = q([day(0, "北京", True, "300.00"), day(1, "北京")],
               [ticket("flight", "经济舱", "1180.00"), ticket("airplane", "商务舱", "3000.00", "1180.00"),
                ticket("train", "二等座", "300.00")])
    assert (result["intercity"], result["intercity_personal"]) == ("2660.00", "1820.00")
    with pytest.raises(QuoteInputError) as exc:
        q([day(0, "北京")], [ticket("train", "动车二等座", "300.00")])
    assert exc.value.field == "tickets[0].class"


def test_every_line_names_its_rule():
    result = q([day(0, "北京", True, "420.00"), day(1, "北京")], [ticket("train", "一等座", "933.00", "553.00")])
    assert {ln["rule"] for ln in result["lines"]} == {"TRAVEL-05", "TRAVEL-06", "TRAVEL-07", "TRAVEL-08"}
    assert sum(float(ln["paid"]) for ln in result["lines"]) == pytest.approx(float(result["total"]))


@pytest.mark.parametrize("trip, field", [
    ({"days": []}, "days"),
    ({"days": [day(0, "火星")]}, "days[0].region"),
    ({"days": [day(0, "北京", True, "12.345")]}, "days[0].lodging_invoice"),
    ({"days": [day(0, "北京", True, 420.0)]}, "days[0].lodging_invoice"),
    ({"days": [day(0, "北京"), day(2, "北京")]}, "days[1].date"),
    ({"days": [{**day(0, "北京"), "lodged": "yes"}]}, "days[0].lodged"),
    ({"days": [day(0, "北京")], "tickets": [ticket("rocket", "", "1.00")]}, "tickets[0].mode"),
    ({"days": [day(0, "北京")], "tickets": [ticket("train", "一等座", "933.00")]}, "tickets[0].allowed_fare"),
    ({"days": [day(0, "北京")], "tickets": [ticket("train", "二等座", "-5.00")]}, "tickets[0].amount"),
])
def test_malformed_input_names_the_field(trip, field):
    with pytest.raises(QuoteInputError) as exc:
        quote(trip)
    assert exc.value.field == field


def run_cli(text: str):
    return subprocess.run([sys.executable, "-m", "desktop", "travel", "quote"], input=text, capture_output=True,
                          text=True, timeout=60)


def test_command_line_reads_stdin_and_writes_json():
    trip = {"days": [day(0, "北京", True, "420.00"), day(1, "北京")], "tickets": [ticket("train", "二等座", "553.00")]}
    result = run_cli(json.dumps(trip, ensure_ascii=False))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert {k: out[k] for k in ("lodging", "lodging_personal", "meals", "city_transport", "intercity",
                                "intercity_personal", "total", "refused")} == {
        "lodging": "350.00", "lodging_personal": "70.00", "meals": "200.00", "city_transport": "160.00",
        "intercity": "553.00", "intercity_personal": "0.00", "total": "1263.00", "refused": False}
    assert "TRAVEL-06" in out["rules"]


@pytest.mark.parametrize("text, field", [("{not json", "trip"), ('{"days": [{"date": "2026-13-01"}]}', "第1天 日期：“2026-13-01”不是有效日期")])
def test_command_line_malformed_input_exit_2_one_line(text, field):
    result = run_cli(text)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and field in result.stderr
