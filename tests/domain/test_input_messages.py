"""Issue 12 item 9: refusals in Chinese and all at once, without internal paths. Every form's
input gate names a field by its Chinese label and a row as 第N行 / 第N天 (never ``days[0]`` or
``lodging_invoice``), quotes the bad value (“12.345”), and lists every problem in one go — for
the GUI, the command line and files alike. Each test names the rule of the form it checks.
Pure, no database."""

from __future__ import annotations

import re
import typing
from datetime import date
from decimal import Decimal

import pytest
from pydantic import BaseModel

from desktop.domain.input_gate import assets, books, claims, meetings, presets, reception, travel, vehicles
from desktop.domain.input_gate.documents import DOCUMENT_LABELS, DocumentFields, read_document_fields
from desktop.domain.money import MoneyError, parse_amount
from desktop.domain.reception.visit import reception_list_from_payload, reception_plan_from_payload
from desktop.domain.travel.allowances import QuoteInputError
from desktop.domain.travel.trip import trip_from_payload
from desktop.domain.vehicles.request import vehicle_request_from_payload
from desktop.services.travel import default_standards, quote

TODAY = date(2026, 11, 30)
# What a message may not show: an internal path (days[0], .lodging_invoice, legs[2]) or an English word.
INTERNAL = re.compile(r"\[\d+\]|[a-z]+_[a-z]+|\b(is|not|must|amount|required|more than)\b")


def assert_chinese(problems) -> None:  # noqa: ANN001
    assert problems
    for p in problems:
        assert not INTERNAL.search(p.text), p.text
        assert re.search(r"[\u4e00-\u9fff]", p.text), p.text


def day(i: int, region: str = "北京", lodged: bool = False, invoice: str | None = None) -> dict:
    return {"date": f"2026-11-{10 + i:02d}", "region": region, "lodged": lodged, "lodging_invoice": invoice,
            "hosted": False, "own_vehicle": False}


# Every form's field labels ---------------------------------------------------------------------------------
FORMS = [
    (travel.TripInput, travel.TRIP_LABELS), (travel.ClaimExtras, travel.TRIP_LABELS),
    (travel.QuoteInput, travel.QUOTE_LABELS),
    (reception.ReceptionInput, reception.RECEPTION_LABELS), (reception.ReceptionListInput, reception.RECEPTION_LABELS),
    (vehicles.VehicleInput, vehicles.VEHICLE_LABELS), (vehicles.DispatchInput, vehicles.VEHICLE_LABELS),
    (meetings.MeetingInput, meetings.MEETING_LABELS), (meetings.MeetingClaimInput, meetings.MEETING_LABELS),
    (meetings.MeetingPlanInput, meetings.MEETING_LABELS),
    (claims.ClaimInput, claims.CLAIM_LABELS), (claims.BudgetLineInput, claims.CLAIM_LABELS),
    (claims.AdvanceInput, claims.CLAIM_LABELS), (books.VoucherRecord, books.VOUCHER_LABELS),
    (assets.AssetTransferInput, assets.ASSET_LABELS), (DocumentFields, DOCUMENT_LABELS),
    (presets.TravelTable, presets.STANDARD_LABELS), (presets.MeetingTable, presets.STANDARD_LABELS),
    (presets.ReceptionRows, presets.STANDARD_LABELS),
]


def unlabelled(model: type[BaseModel], labels: dict, parent: str = "") -> list[str]:
    out = []
    for name, info in model.model_fields.items():
        key = info.alias or name
        if f"{parent}.{key}" not in labels and key not in labels:
            out.append(f"{model.__name__}.{key}")
        for arg in (info.annotation, *typing.get_args(info.annotation)):
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                out += unlabelled(arg, labels, key)
    return out


@pytest.mark.parametrize("model, labels", FORMS, ids=[m.__name__ for m, _ in FORMS])
def test_sec_01_every_field_of_every_form_has_a_chinese_label(model, labels):
    """SEC-01 (input checked at every entry point): no form may name a field by its key."""
    assert unlabelled(model, labels) == []
    assert all(re.search(r"[\u4e00-\u9fff]", text) for text in labels.values())


# Travel: the breakdown's input (TRAVEL-04/05/06) ---------------------------------------------------------------
def test_travel_04_quote_input_refused_in_chinese_all_at_once():
    """The issue's case: "days[0].lodging_invoice: '12.345' has more than two decimal places", one at a time."""
    trip = {"days": [day(0, "北京", True, "12.345"), {**day(1, "火星"), "lodged": "yes"}],
            "tickets": [{"mode": "rocket", "class": "", "amount": "abc", "allowed_fare": None}]}
    with pytest.raises(QuoteInputError) as exc:
        quote(trip)
    texts = [p.text for p in exc.value.problems]
    assert "第1天 住宿费发票：“12.345”超过两位小数" in texts
    assert "第2天 住宿：须为 true 或 false，不接受文字（收到：“yes”）" in texts
    assert any(t.startswith("车船机票第1行 票价：“abc”不是金额") for t in texts)
    assert_chinese(exc.value.problems)
    assert "days[0]" not in str(exc.value) and "lodging_invoice" not in str(exc.value)


def test_travel_04_relations_between_fields_listed_together():
    """Unknown region, a gap in the days, an invoice for a night not lodged, an unknown mode: all at once."""
    trip = {"days": [day(0, "火星"), day(2, "北京", False, "100.00")],
            "tickets": [{"mode": "rocket", "class": "", "amount": "1.00", "allowed_fare": None}]}
    with pytest.raises(QuoteInputError) as exc:
        quote(trip, default_standards())
    assert {p.code for p in exc.value.problems} == {"days[0].region", "days[1].date", "days[1].lodging_invoice",
                                                    "tickets[0].mode"}
    assert_chinese(exc.value.problems)


def test_travel_05_partly_filled_leg_refused_naming_its_row_and_gaps():
    """A row with any content is never dropped: a ticket "abc" with no route, mode or fare is refused by row."""
    _extras, problems = travel.read_claim_extras({"legs": [
        {"date": "2026-11-10", "from": "白城", "to": "北京", "mode": "train", "class": "二等座", "amount": "312.50"},
        {"date": "2026-11-12", "mode": "", "class": "abc"}]})
    assert [(p.rule, p.text) for p in problems] == [("TRAVEL-05", "行程第2行：请填写出发地、到达地、交通工具、票价")]


def test_travel_11_claim_fields_all_at_once_with_row_numbers():
    _extras, problems = travel.read_claim_extras({"advance": "abc", "account": "x", "legs": [
        {"date": "2026-13-40", "time": "25:00", "from": "白城", "to": "北京", "mode": "train", "amount": "12.345"}]})
    texts = {p.text for p in problems}
    assert {"预借金额：“abc”不是金额（应如 420.00）", "行程第1行 票价：“12.345”超过两位小数",
            "行程第1行 时间：“25:00”不是时刻（应如 08:30，24小时制）"} <= texts
    assert len(problems) == 5
    assert_chinese(problems)


def test_travel_01_trip_form_problems_in_chinese():
    _plan, problems = trip_from_payload({"purpose": "x", "destinations": ["北京"], "start": "2026-13-01",
                                         "end": "x", "advance": "1.234", "hosted": "no"}, TODAY)
    assert {p.code for p in problems} == {"trip.start", "trip.end", "trip.advance", "trip.hosted"}
    assert "预借金额：“1.234”超过两位小数" in {p.text for p in problems}
    assert_chinese(problems)


# The other forms -----------------------------------------------------------------------------------------------
def test_vouch_01_amount_abc_reads_in_chinese():
    """The issue's case: "金额: 'abc' is not an amount" → 金额：“abc”不是金额."""
    _fields, problems = read_document_fields(kind="expense_claim", title="t", purpose="p", amount="abc", days=0)
    assert [p.text for p in problems] == ["金额：“abc”不是金额（应如 420.00）"]
    with pytest.raises(MoneyError, match="^金额：“abc”不是金额"):
        parse_amount("abc")
    for bad, words in (("12.345", "超过两位小数"), ("-5", "不能为负数"), ("9" * 13, "过大"), ("１２", "半角")):
        with pytest.raises(MoneyError, match=words):
            parse_amount(bad)


def test_recep_05_meal_rows_named_as_rows():
    meal = {"date": "2026-12-01", "meal_type": "buffet", "meal": "lunch", "guests": 4, "accompany": 2,
            "amount": "abc"}
    base = {"guest_unit": "市医疗保障局", "guests": "many", "purpose": "调研", "start": "2026-12-01",
            "meals": [meal, {**meal, "amount": "1.001", "date": "x"}]}
    _plan, problems = reception_plan_from_payload(base, TODAY)
    texts = {p.text for p in problems}
    assert {"用餐第1行 金额：“abc”不是金额（应如 420.00）", "用餐第2行 金额：“1.001”超过两位小数",
            "接待对象人数：“many”不是整数"} <= texts
    assert len(problems) == 4
    assert_chinese(problems)
    _lst, problems = reception_list_from_payload({"items": [{"name": "午餐", "amount": "x"}]}, 4)
    assert [p.text for p in problems] == ["菜单明细第1行 金额：“x”不是金额（应如 420.00）"]


def test_veh_01_vehicle_request_in_chinese():
    _r, problems = vehicle_request_from_payload({"route": "白城", "departure": "tomorrow", "passengers": "x"}, TODAY)
    assert problems
    assert_chinese(problems)


def test_vouch_04_claim_invoices_by_row():
    _c, problems = claims.read_claim({"invoices": [{"category": "办公", "number": "1", "date": "2026-11-01",
                                                    "issuer": "某店", "amount": "12,3"}]})
    assert [p.text for p in problems] == ["发票第1行 报销金额：“12,3”不是金额（应如 420.00）"]


def test_vouch_14_voucher_lines_by_row():
    _v, problems = claims.read_voucher_lines([{"account": "1001", "debit": "abc"}, {"account": "1002", "credit": "-"}])
    assert [p.text for p in problems] == ["分录第1行 借方：“abc”不是金额（应如 420.00）",
                                          "分录第2行 贷方：“-”不是金额（应如 420.00）"]


def test_meet_02_meeting_plan_rows():
    _p, problems = meetings.read_meeting_plan({"year": 2027, "meetings": [{"name": "x", "budget": "1.5.5"}]}, TODAY)
    assert problems and all("第1行" in p.text for p in problems)
    assert_chinese(problems)


def test_amounts_as_typed_pass():
    got, problems = travel.read_claim_extras({"advance": "1,234.50", "legs": []})
    assert problems == [] and got.advance == Decimal("1234.50")
