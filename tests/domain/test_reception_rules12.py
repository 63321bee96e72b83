"""Issue 12 item 4: reception meal standards on the exact amount (RECEP-05) and the alcohol and
cigarette rule by item category and declaration (RECEP-07, RECEP-12)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from desktop.domain.reception.standards import reception_standards_from_rows
from desktop.domain.reception.visit import BillItem, Meal, ReceptionList, meal_problems, reception_list_from_payload

ROWS = [{"meal_type": "buffet", "meal": "breakfast", "amount": "25", "limit": "max_inclusive"},
        {"meal_type": "buffet", "meal": "lunch", "amount": "70", "limit": "max_inclusive"},
        {"meal_type": "table", "meal": "any", "amount": "150", "limit": "max_exclusive"}]
STD = reception_standards_from_rows(ROWS)
STD_HK = reception_standards_from_rows(ROWS, alcohol_exception=True)


def _meal(meal_type: str, meal: str, diners: int, amount: str) -> Meal:
    return Meal(date(2026, 3, 1), meal_type, meal, diners, 0, D(amount))


def test_recep_05_table_meal_449_99_for_three_is_below_150_per_head():
    """RECEP-05 「工作桌餐标准低于150元/人」: 449.99 / 3 = 149.997 is below 150, although it prints as 150.00."""
    assert meal_problems([_meal("table", "dinner", 3, "449.99")], 3, STD) == []
    over = meal_problems([_meal("table", "dinner", 3, "450.00")], 3, STD)
    assert [p.rule for p in over] == ["RECEP-05"]
    assert "450.00" in over[0].text


def test_recep_05_buffet_breakfast_75_01_for_three_is_over_25_per_head():
    """RECEP-05 「自助餐标准为早餐25元/人」: 75.01 / 3 = 25.0033 is over 25, although it prints as 25.00."""
    got = meal_problems([_meal("buffet", "breakfast", 3, "75.01")], 3, STD)
    assert [p.rule for p in got] == ["RECEP-05"]
    assert "75.01" in got[0].text and "25.00" in got[0].text and "75.00" in got[0].text
    assert meal_problems([_meal("buffet", "breakfast", 3, "75.00")], 3, STD) == []


def _list(*items: BillItem, hk: bool = False, declaration: bool = True) -> ReceptionList:
    total = sum((i.amount for i in items), D("0.00"))
    return ReceptionList(1, (Meal(date(2026, 3, 1), "buffet", "lunch", 4, 2, total),), tuple(items), D("0"), D("0"),
                         1, True, declaration, hk)


def _recep07(lst: ReceptionList, std=STD) -> list:  # noqa: ANN001
    return [p for p in lst.problems(std, guests=4, reception_state="approved") if p.rule == "RECEP-07"]


def test_recep_07_hotel_restaurant_line_is_not_alcohol():
    """RECEP-07: "酒店" (hotel) in a food line's name is not alcohol; the category decides."""
    assert _recep07(_list(BillItem("通榆酒店自助午餐", D("300.00"), "food"))) == []


def test_recep_07_moutai_in_the_alcohol_category_is_refused():
    """RECEP-07 「中、晚餐一律不安排酒水和香烟」: 茅台 has no 酒 in its name, its category says alcohol."""
    got = _recep07(_list(BillItem("自助午餐", D("300.00"), "food"), BillItem("茅台", D("96.00"), "alcohol")))
    assert len(got) == 1 and "茅台" in got[0].text


def test_recep_07_cigarettes_refused_even_for_hk_guests():
    """RECEP-07 (001) 「公务接待除港澳台客人外用餐一律不得饮酒，不得提供香烟」: alcohol allowed for
    Hong Kong/Macau/Taiwan guests where the bureau has the exception; cigarettes never."""
    lst = _list(BillItem("自助午餐", D("300.00"), "food"), BillItem("红酒", D("60.00"), "alcohol"),
                BillItem("中华", D("36.00"), "tobacco"), hk=True)
    got = _recep07(lst, STD_HK)
    assert len(got) == 1 and "香烟" in got[0].text
    assert len(_recep07(lst, STD)) == 2  # no exception in this bureau's preset (000)
    assert len(_recep07(replace(lst, hk_mo_tw_guests=False), STD_HK)) == 2  # mainland guests


def test_recep_07_uncategorised_old_lines_are_decided_by_the_declaration():
    """RECEP-07/RECEP-12: a list written before categories ("" category) is not word-filtered;
    without the handler's declaration it is refused."""
    old = _list(BillItem("白酒两瓶", D("60.00")), BillItem("自助午餐", D("300.00")))
    assert _recep07(old) == []
    refused = replace(old, declaration=False).problems(STD, guests=4, reception_state="approved")
    assert [p.rule for p in refused] == ["RECEP-12"] and "未安排酒水、香烟" in refused[0].text


def test_recep_07_unknown_category_refused_and_category_read_from_payload():
    """RECEP-07: a category outside the list is refused; the payload's category reaches the check."""
    assert len(_recep07(_list(BillItem("x", D("10.00"), "liquor")))) == 1
    data = {"reception_id": 1, "meals": [{"date": "2026-03-01", "amount": "96.00", "guests": 1}],
            "items": [{"name": "茅台", "amount": "96.00", "category": "alcohol"}], "invoices": 1,
            "letter_attached": True, "declaration": True}
    lst, problems = reception_list_from_payload(data, 1)
    assert problems == [] and lst is not None
    assert lst.items[0].category == "alcohol" and len(_recep07(lst)) == 1
    assert "（酒水）" in lst.to_payload()["item_lines"]


@pytest.mark.parametrize("amount,ok", [("70.00", True), ("70.01", False)])
def test_recep_05_single_diner_edge(amount, ok):
    """RECEP-05 「午、晚70元/人」 inclusive at the edge for one diner."""
    assert (meal_problems([_meal("buffet", "lunch", 1, amount)], 1, STD) == []) is ok
