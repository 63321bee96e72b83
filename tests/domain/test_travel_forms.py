"""The forms' own fields (issue 9, item 4), checked in the domain: 应退/应补 from the advance,
the leg's class against the traveller's grade (TRAVEL-05/TRAVEL-18), the itinerary, visitors,
diners, vehicle and asset-transfer fields through the input gate — every problem at once."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from desktop.domain.input_gate.assets import read_asset_transfer
from desktop.domain.input_gate.travel import read_claim_extras
from desktop.domain.reception.visit import Meal, diner_problems
from desktop.domain.travel.claims import settlement
from desktop.domain.travel.grades import LegFacts, class_problems, grade_text
from desktop.domain.travel.standards import RegionStandard
from desktop.domain.travel.trip import TripPlan
from desktop.domain.vehicles.request import VehicleRequest


def test_settlement_is_advance_minus_total_travel_04():
    """应退/应补 = 预借 − 报销合计, in Decimal, printed as one of the two (TRAVEL-04 claim lines)."""
    payable = settlement(Decimal("2000.00"), Decimal("2395.00"))
    assert (payable.kind, payable.amount) == ("payable", Decimal("395.00"))
    assert payable.text() == "应补 ¥395.00（补付出差人）"
    refund = settlement(Decimal("3000.00"), Decimal("2395.10"))
    assert (refund.kind, refund.amount) == ("refund", Decimal("604.90"))
    assert refund.text().startswith("应退 ¥604.90") and "应补" not in refund.text()
    assert settlement(Decimal("0.00"), Decimal("1213.00")).text().startswith("应补 ¥1,213.00")
    assert settlement(Decimal("860.00"), Decimal("860.00")).kind == "settled"


def test_leg_above_the_grades_class_needs_the_allowed_fare_travel_05_travel_18():
    legs = [LegFacts("train", "一等座", Decimal("498.00"), None), LegFacts("plane", "经济舱", Decimal("900.00"), None),
            LegFacts("airplane", "公务舱", Decimal("2600.00"), None), LegFacts("train", "商务座", Decimal("900"), Decimal("312.50"))]
    problems = class_problems(legs, "正科级")
    assert [p.rule for p in problems] == ["TRAVEL-05", "TRAVEL-05"]  # legs 1 and 3, both at once
    assert [p.code for p in problems] == ["claim.legs[0].class", "claim.legs[2].class"]
    assert "正科级（其他人员标准）应乘坐二等座" in problems[0].text and "一等座超过规定等级" in problems[0].text
    assert "经济舱" in problems[1].text
    assert class_problems([LegFacts("train", "二等座", Decimal("312.50"), None)], "县处级") == []
    assert grade_text("科员") == "科员（乘车、住宿按其他人员标准）" and grade_text("") == "未填写"


def test_claim_fields_through_the_gate_all_at_once_travel_05():
    leg = {"date": "2026-11-02", "time": "7:5", "from": "白城", "to": "", "mode": "train", "class": "二等座",
           "amount": "312.50", "allowed_fare": "400.00", "receipts": "２"}
    extras, problems = read_claim_extras({"legs": [leg], "account": "户名张三", "advance": 2000.5, "payee": "高\n远"})
    assert extras is None
    codes = {p.code for p in problems}
    assert {"claim.legs[0].time", "claim.legs[0].receipts", "claim.account", "claim.advance", "claim.payee"} <= codes
    ok, problems = read_claim_extras({"legs": [{**leg, "time": "07:05", "to": "北京朝阳", "receipts": 1,
                                                "allowed_fare": None}], "account": "6228 4801 2345 6789 012",
                                      "advance": "2000.00"})
    assert problems == [] and ok.legs[0].to_place == "北京朝阳" and ok.advance == Decimal("2000.00")
    _, problems = read_claim_extras({"legs": [{**leg, "time": "07:05", "to": "北京", "receipts": 1}]})
    assert [p.code for p in problems] == ["claim.legs[0].allowed_fare"]  # above the fare actually paid


def _std(region: str, scope: str) -> RegionStandard:
    return RegionStandard(region, "", scope, Decimal("200"), Decimal("40"), Decimal("0"))


def test_trip_zone_from_the_destinations_travel_01():
    table = {"县城": _std("县城", "in_county"), "北京": _std("北京", "other_province")}
    trip = TripPlan(("高远",), "督导", ("县城",), date(2026, 12, 1), date(2026, 12, 1), "unit_car", grade="科员")
    assert trip.to_payload(table)["zone_text"] == "域内"
    away = TripPlan(("高远",), "培训", ("县城", "北京"), date(2026, 12, 1), date(2026, 12, 3), "train",
                    advance=Decimal("1500.00"), funds="培训费")
    payload = away.to_payload(table)
    assert (payload["zone"], payload["advance_text"], payload["funds_text"]) == ("域外", "¥1,500.00", "培训费")
    wrong = TripPlan(("高远",), "培训", ("北京",), date(2026, 12, 1), date(2026, 12, 3), "train", zone="域内")
    assert [p.code for p in wrong.problems(table)] == ["trip.zone"]


def test_accompanying_diners_by_name_recep_06():
    meal = Meal(date(2026, 12, 1), "buffet", "lunch", 4, 3, Decimal("420.00"))
    problems = diner_problems([meal], ("林晓", "高远", "朱琳", "黄磊"), 4, "reception")
    assert [p.rule for p in problems] == ["RECEP-06"] and "超过上限3人" in problems[0].text
    assert [p.code for p in diner_problems([meal], ("林晓", "高远"), 4, "reception")] == ["reception.meals[0].accompany"]
    assert diner_problems([meal], ("林晓", "高远", "朱琳"), 4, "reception") == []


def test_vehicle_return_after_departure_veh_02():
    dep = datetime(2026, 12, 3, 8, 30)
    req = VehicleRequest("supervision", "督导", "局—镇—局", "和平镇", False, 2, "林晓、高远", dep, date(2026, 12, 1),
                         returns=datetime(2026, 12, 3, 7, 0), mileage=86, plate="吉G·A1234", driver="孙师傅")
    assert [p.rule for p in req.problems()] == ["VEH-02"]
    payload = VehicleRequest("supervision", "督导", "局—镇—局", "和平镇", False, 2, "", dep, date(2026, 12, 1),
                             returns=datetime(2026, 12, 3, 16, 30), mileage=86).to_payload()
    assert (payload["returns_text"], payload["mileage_text"], payload["plate_text"]) == (
        "2026-12-03 16:30", "约86公里", "派车时确定")


def test_asset_transfer_fields_and_receiving_section_applies_asset_08():
    good = {"assets": [{"asset_no": "ZC-2023-0112", "name": "台式计算机", "model": "联想启天M437", "quantity": 1,
                        "original_value": "5200.00"}], "to_department": "结算股", "from_department": "办公室"}
    got, problems = read_asset_transfer(good, "结算股")
    assert problems == [] and got.assets[0].original_value == Decimal("5200.00")
    _, problems = read_asset_transfer(good, "办公室")
    assert [p.code for p in problems] == ["asset_transfer.applicant"]
    bad = {"assets": [{"asset_no": "ZC-1", "name": "电脑", "quantity": 0, "original_value": 5200.5}], "to_department": ""}
    _, problems = read_asset_transfer(bad, "结算股")
    assert {p.code for p in problems} == {"asset_transfer.assets[0].quantity", "asset_transfer.assets[0].original_value"}
    _, problems = read_asset_transfer({"to_department": "结算股"}, "结算股")
    assert [p.code for p in problems] == ["asset_transfer.assets"] and all(p.rule == "ASSET-08" for p in problems)
