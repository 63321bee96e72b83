"""The input gate (issue 8 item 3): one schema per record kind, every problem at once in Chinese
with the field named and at most ~80 characters of the bad value quoted. Pure, no database.
Each test names the rule it enforces and "issue 8 gate"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.input_gate import GateError, parse_json_document
from desktop.domain.input_gate.documents import read_document_fields
from desktop.domain.input_gate.organisation import department_problems, staff_problems, username_problems
from desktop.domain.input_gate.presets import chain_problems, read_parameter, read_standards
from desktop.domain.input_gate.problems import QUOTE_LIMIT, quote
from desktop.domain.meetings.meeting import meeting_from_payload, plan_from_payload
from desktop.domain.money import MoneyError, parse_amount
from desktop.domain.reception.visit import reception_list_from_payload, reception_plan_from_payload
from desktop.domain.travel.trip import trip_from_payload
from desktop.domain.vehicles.request import vehicle_request_from_payload

TODAY = date(2026, 11, 30)


def visit(**kw):  # noqa: ANN003, ANN201
    base = {"guest_unit": "市医疗保障局", "letter_no": "市医保函〔2026〕31号", "guests": 4, "purpose": "调研",
            "start": "2026-12-01", "meals": [{"date": "2026-12-01", "meal_type": "buffet", "meal": "lunch",
                                               "guests": 4, "accompany": 2, "amount": "396.00"}]}
    base.update(kw)
    return base


def codes(problems):  # noqa: ANN001, ANN201
    return {p.code for p in problems}


def test_valid_records_pass_with_typed_values():
    plan, problems = reception_plan_from_payload(visit(), TODAY)
    assert problems == [] and plan.guests == 4 and plan.meals[0].amount == Decimal("396.00")
    trip, problems = trip_from_payload({"travellers": "高远、朱琳", "purpose": "培训", "destinations": ["北京"],
                                        "start": "2026-12-01", "end": "2026-12-03"}, TODAY)
    assert problems == [] and trip.travellers == ("高远", "朱琳") and trip.days == 3


@pytest.mark.parametrize("guests", ["1e30", 2.5, 1e30, True, "１２", -1, 501, [4], {"n": 4}, None])
def test_recep_06_guests_must_be_a_whole_number_with_a_ceiling_issue8_gate(guests):
    """Measured miss: guests 1e30 or 2.5 were accepted and printed on a certified sheet."""
    plan, problems = reception_plan_from_payload(visit(guests=guests), TODAY)
    assert plan is None and "reception.guests" in codes(problems)
    assert all(p.text.startswith("接待对象人数：") for p in problems if p.code == "reception.guests")


def test_travel_01_trip_1900_to_2100_refused_issue8_gate():
    """Measured miss: a trip from 1900-01-01 to 2100-01-01 (73 050 days) was submitted."""
    plan, problems = trip_from_payload({"purpose": "x", "destinations": ["北京"], "start": "1900-01-01",
                                        "end": "2100-01-01"})
    assert plan is None and {"trip.start", "trip.end"} <= codes(problems)
    assert {p.rule for p in problems} == {"TRAVEL-01"}
    # Inside the calendar window but longer than a year: refused by its span.
    plan, problems = trip_from_payload({"purpose": "x", "destinations": ["北京"], "start": "2026-01-01",
                                        "end": "2027-06-30"}, TODAY)
    assert codes(problems) == {"trip.dates"} and "超过上限366天" in problems[0].text
    # Around today: more than 3 years back is refused too.
    assert "trip.start" in codes(trip_from_payload({"purpose": "x", "destinations": ["北京"], "start": "2020-01-01",
                                                    "end": "2020-01-02"}, TODAY)[1])


def test_recep_05_meal_dated_1999_on_a_2026_visit_refused_issue8_gate():
    """Measured miss: a meal dated 1999 on a 2026 visit; also any meal outside the visit's days."""
    meal = {"date": "1999-12-01", "meal_type": "buffet", "meal": "lunch", "guests": 4, "accompany": 2, "amount": "100"}
    _plan, problems = reception_plan_from_payload(visit(meals=[meal]), TODAY)
    assert "reception.meals[0].date" in codes(problems) and {p.rule for p in problems} == {"RECEP-05"}
    _plan, problems = reception_plan_from_payload(visit(meals=[{**meal, "date": "2026-11-29"}]), TODAY)
    assert codes(problems) == {"reception.meals[0].date"} and "不在接待日期" in problems[0].text
    lst, problems = reception_list_from_payload({"meals": [{**meal, "date": "2026-12-05"}]}, 4,
                                                (date(2026, 12, 1), date(2026, 12, 1)), TODAY)
    assert codes(problems) == {"reception_list.meals[0].date"}


@pytest.mark.parametrize("field, value", [("guest_unit", ["x"]), ("letter_no", {"no": 1}), ("purpose", ["a", "b"]),
                                          ("guest_names", 12), ("title", ["x"])])
def test_recep_02_lists_and_objects_are_never_text_issue8_gate(field, value):
    """Measured miss: lists and objects were stored as Python text ("['x']")."""
    plan, problems = reception_plan_from_payload(visit(**{field: value}), TODAY)
    assert plan is None and f"reception.{field}" in codes(problems)
    assert "须为文字" in next(p.text for p in problems if p.code == f"reception.{field}")


def test_lists_as_text_refused_for_every_record_kind_issue8_gate():
    assert "trip.purpose" in codes(trip_from_payload({"purpose": ["x"], "start": "2026-12-01", "end": "2026-12-01"})[1])
    assert "meeting.name" in codes(meeting_from_payload({"name": ["x"], "start": "2026-12-01"})[1])
    assert "vehicle.route" in codes(vehicle_request_from_payload({"route": {"a": 1}, "departure": "2026-12-03T08:00"},
                                                                 TODAY)[1])
    assert "document.title" in codes(read_document_fields(kind="expense_claim", title=["x"], purpose="p", amount="1",
                                                          days=0)[1])


@pytest.mark.parametrize("amount", [12.5, 396.0, 1e30])
def test_recep_05_json_floats_refused_for_meal_amounts_as_travel_quote_does_issue8_gate(amount):
    """Measured miss: JSON floats were accepted for meal amounts where ``travel quote`` refuses them."""
    meal = {"date": "2026-12-01", "meal_type": "buffet", "meal": "lunch", "guests": 4, "accompany": 2, "amount": amount}
    _plan, problems = reception_plan_from_payload(visit(meals=[meal]), TODAY)
    assert codes(problems) == {"reception.meals[0].amount"} and "JSON 小数" in problems[0].text
    _lst, problems = reception_list_from_payload({"meals": [meal], "items": [{"name": "午餐", "amount": amount}]}, 4)
    assert {"reception_list.meals[0].amount", "reception_list.items[0].amount"} <= codes(problems)


@pytest.mark.parametrize("text", ["１２", "１２.００", "12．00", "٣٤"])
def test_vouch_01_full_width_digits_are_not_read_as_an_amount_issue8_gate(text):
    """Measured miss: full-width digits １２ were read as 12.00 by parse_amount."""
    with pytest.raises(MoneyError):
        parse_amount(text)
    _fields, problems = read_document_fields(kind="expense_claim", title="t", purpose="p", amount=text, days=0)
    assert [(p.rule, p.code) for p in problems] == [("VOUCH-01", "document.amount")]


@pytest.mark.parametrize("amount", ["1e3", "12.345", "-5", "NaN", "Infinity", "100000000", 0.5, True, [1]])
def test_vouch_01_amounts_exact_yuan_with_a_ceiling_issue8_gate(amount):
    _fields, problems = read_document_fields(kind="expense_claim", title="t", purpose="p", amount=amount, days=0)
    assert [(p.rule, p.code) for p in problems] == [("VOUCH-01", "document.amount")]


def test_vouch_08_collective_threshold_bounded_sec_08_issue8_gate():
    """Measured miss: ``collective_threshold 1e9`` was accepted."""
    for bad in ("1e9", "1000000000", 50000.5, "-1", "abc", "１２", ["5000"]):
        value, problems = read_parameter("collective_threshold", bad)
        assert value is None and [p.rule for p in problems] == ["SEC-08"], bad
        assert problems[0].text.startswith("集体决策金额标准")
    assert read_parameter("collective_threshold", "50000") == (Decimal("50000"), [])
    assert str(read_parameter("collective_threshold", "50000")[0]) == "50000"
    assert read_parameter("travel_claim_days", "30") == (Decimal(30), [])
    assert read_parameter("travel_claim_days", "30.5")[1] and read_parameter("seal_cheque_finance_block", 2)[1]


@pytest.mark.parametrize("name", ["张\x00三", "张三\r\n", "张\n三", "张\u202e三", "\u2066张三", "张\t三", "a" * 100_000,
                                  "\ud800", ["张三"], 3])
def test_sec_01_names_refuse_control_bidi_and_huge_text_issue8_gate(name):
    """Measured miss: names with control characters, CR/LF, right-to-left override or 100 000 characters."""
    problems = staff_problems(name, "")
    assert [p.code for p in problems] == ["staff.name"] and problems[0].rule == "SEC-01"
    assert department_problems(name)
    # The message quotes at most ~80 characters, with the invisible character escaped.
    shown = problems[0].text.split("（收到：", 1)[-1]
    assert len(shown) <= QUOTE_LIMIT + 20 and "\u202e" not in problems[0].text and "\x00" not in problems[0].text


def test_names_that_are_fine_pass():
    assert staff_problems("欧阳·娜娜", "科员") == [] and department_problems("医药服务管理股") == []
    assert username_problems("gaoyuan") == [] and username_problems("Gao Yuan") and username_problems("高远")


def test_error_message_quotes_at_most_80_characters():
    assert quote("x" * 100_000) == "x" * 80 + "…（共100000字）"
    assert len(quote(list(range(10_000)))) <= QUOTE_LIMIT + 1
    plan, problems = reception_plan_from_payload(visit(purpose="公" * 5000), TODAY)
    assert plan is None and len(problems[0].text) < 200 and "最多1000字" in problems[0].text


def test_every_problem_at_once():
    plan, problems = reception_plan_from_payload(visit(guests="many", letter_no=["x"], start="1999-01-01",
                                                       meals=[{"date": "x", "amount": 1.5}]), TODAY)
    assert codes(problems) == {"reception.guests", "reception.letter_no", "reception.start",
                               "reception.meals[0].date", "reception.meals[0].amount"}


def test_meet_counts_and_years_bounded_issue8_gate():
    _m, problems = meeting_from_payload({"name": "会", "start": "2026-12-01", "delegates": 10 ** 12, "days": 100000},
                                        TODAY)
    assert codes(problems) == {"meeting.delegates", "meeting.days"}
    _p, problems = plan_from_payload({"year": 9999, "meetings": [{"name": "x", "budget": 1.5}]}, TODAY)
    assert codes(problems) == {"meeting_plan.year", "meeting_plan.meetings[0].budget"}


def test_standards_tables_and_chains_are_gated():
    assert read_standards("reception", [{"meal_type": "table", "meal": "any", "amount": "120"}]) == []
    assert read_standards("reception", [{"meal_type": "table", "amount": 1e9}])
    assert read_standards("vehicle", {"local_days": 1, "long_days": 1e9})
    assert read_standards("travel", "x") and read_standards("hotels", [])
    assert chain_problems("expense_claim", {"title": "报销", "steps": []}) == []
    assert chain_problems("x\u202e", {"title": "a\x00b"}) and chain_problems("k", ["not", "an", "object"])


# parse_json_document ----------------------------------------------------------------------------
def test_json_document_reads_an_object():
    assert parse_json_document('{"a": [1, "二"]}'.encode()) == {"a": [1, "二"]}
    assert parse_json_document(b"\xef\xbb\xbf{}") == {}  # a byte-order mark is fine
    assert parse_json_document(b"[1]", expect=list) == [1]


@pytest.mark.parametrize("data, words", [
    (b"{" + b" " * 3_000_000 + b"}", "过大"),
    ("{\"a\": \"\u00e9\"}".encode("latin-1"), "UTF-8"),
    (b'{"a": 1,\n "b": }', "第 2 行"),
    (b"[" * 100_000 + b"]" * 100_000, "嵌套过深"),
    (b"[]", "顶层须为对象"),
    (b'"x"', "顶层须为对象"),
    (b'{"a": NaN}', "NaN"),
    (b'{"a": 1, "a": 2}', "出现两次"),
    (b'{"a": ' + b"9" * 5000 + b"}", "位数过多"),
    (b"", "为空"),
])
def test_json_document_refusals_are_one_line_never_recursion_error(data, words):
    with pytest.raises(GateError) as exc:
        parse_json_document(data)
    assert words in str(exc.value) and "\n" not in str(exc.value)
