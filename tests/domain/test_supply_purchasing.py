"""The office-supply purchasing rules without a database (issue 14): plan deadlines (SUPPLY-03),
a purchase following its document (SUPPLY-04), the quote rule (SUPPLY-05), agreement suppliers
(SUPPLY-06), the catalogue and splitting (SUPPLY-07), and the input gate's purchase forms."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.domain.input_gate.supply_purchases import read_adhoc, read_choice, read_plan, read_quote
from desktop.domain.supplies import purchasing as rules
from desktop.domain.supplies.periods import plan_due

D = Decimal


def test_supply_03_plan_due_dates_and_lateness():
    assert plan_due(2026, 2) == date(2026, 6, 30)
    assert plan_due(2027, 1) == date(2026, 12, 30)
    assert rules.plan_late(date(2026, 12, 30), date(2026, 12, 30), "2027年上半年") is None
    late = rules.plan_late(date(2026, 12, 31), date(2026, 12, 30), "2027年上半年")
    assert late.rule == "SUPPLY-03" and "2026年12月30日" in late.text and "临时采购" in late.text


def test_supply_04_purchase_follows_its_document():
    assert rules.purchase_state("approving", "submitted") == "approving"
    assert rules.purchase_state("approving", "approved") == "approved"
    assert rules.purchase_state("approving", "archived") == "approved"
    assert rules.purchase_state("approving", "rejected") == "cancelled"
    assert rules.purchase_state("approving", "returned") == "draft"
    assert rules.purchase_state("ordered", "approved") == "ordered"
    assert rules.purchase_state("cancelled", "approved") == "cancelled"
    assert rules.purchase_state("draft", None) == "draft"


def _quotes(*suppliers: str, agreement: tuple[str, ...] = ()) -> list[rules.QuoteFact]:
    return [rules.QuoteFact(n + 1, s, D(100 + n), s in agreement) for n, s in enumerate(suppliers)]


def test_supply_05_three_suppliers_two_confirmed_enquirers_and_a_reason():
    ok = dict(state="approved", state_label="已批准", quotes=_quotes("甲", "乙", "丙"), chosen_id=1,
              confirmed_enquirers=2, named_enquirers=2, reason="最低价", catalogue_items=[], procurement_ref="")
    assert rules.choice_problems(**ok) == []
    same = {**ok, "quotes": _quotes("甲公司", " 甲公司", "乙")}  # one supplier twice is two quotes, not two suppliers
    assert [p.code for p in rules.choice_problems(**same)] == ["supply_purchase.quotes"]
    bad = {**ok, "state": "approving", "state_label": "审批中", "confirmed_enquirers": 1, "reason": " ",
           "chosen_id": 99}
    problems = rules.choice_problems(**bad)
    assert {p.code for p in problems} == {"supply_purchase.not_approved", "supply_purchase.enquirers",
                                          "supply_purchase.reason", "supply_purchase.quote"}
    assert {p.rule for p in problems} == {"SUPPLY-04", "SUPPLY-05"}
    assert [p.rule for p in rules.enquirer_problems([5, 5])] == ["SUPPLY-05"]
    assert rules.enquirer_problems([5, 6]) == []


def test_supply_07_catalogue_item_needs_the_procurement_office_reference():
    base = dict(state="approved", state_label="已批准", quotes=_quotes("甲", "乙", "丙"), chosen_id=1,
                confirmed_enquirers=2, named_enquirers=2, reason="最低价", catalogue_items=["台式计算机"])
    problems = rules.choice_problems(**base, procurement_ref="")
    assert [p.rule for p in problems] == ["SUPPLY-07"] and rules.CATALOGUE_FLAG in problems[0].text
    assert rules.choice_problems(**base, procurement_ref="示政采〔2026〕1号") == []


def test_supply_06_warn_when_an_agreement_supplier_quoted_but_another_was_chosen():
    quotes = _quotes("甲", "乙", "丙", agreement=("丙",))
    assert "丙" in rules.agreement_warning(1, quotes)
    assert rules.agreement_warning(3, quotes) is None
    assert rules.agreement_warning(1, _quotes("甲", "乙", "丙")) is None
    assert rules.agreement_warning(None, quotes) is None


def test_supply_07_splitting_warns_when_same_item_ad_hoc_purchases_together_reach_threshold():
    lines = [rules.AdhocLine("CG2026-001", 7, "硒鼓", D("1600")), rules.AdhocLine("CG2026-002", 7, "硒鼓", D("1400")),
             rules.AdhocLine("CG2026-003", 8, "订书机", D("60"))]
    warnings = rules.splitting_warnings(lines, D("3000"))
    assert len(warnings) == 1 and "CG2026-001" in warnings[0] and "CG2026-002" in warnings[0]
    assert rules.splitting_warnings(lines[:2], D("3000.01")) == []
    assert rules.splitting_warnings(lines[:1], D("1000")) == []  # one purchase alone is not splitting
    assert rules.splitting_warnings(lines, D("3000"), only_items={8}) == []


def test_supply_02_special_item_makes_the_category_special():
    assert rules.category_of(["consumable", "special"]) == "special"
    assert rules.category_of(["consumable"]) == "consumable"


def test_supply_03_plan_form_refused_in_chinese_all_at_once():
    got, problems = read_plan({"year": 2027, "half": 3, "lines": [{"quantity": "x"}]})
    assert got is None and len(problems) >= 2 and all(p.rule == "SUPPLY-03" for p in problems)
    got, problems = read_plan({"year": 2027, "half": 1, "lines": [{"quantity": 2, "description": " "}]})
    assert got is None and "写明新物品的名称" in problems[0].text
    got, problems = read_plan({"year": 2027, "half": 1, "lines": [{"item_id": 3, "quantity": "2",
                                                                    "unit_price": "1,234.50"}]})
    assert problems == [] and got.lines[0].unit_price == D("1234.50")


def test_supply_05_quote_and_choice_forms():
    got, problems = read_quote({"supplier": " ", "total": "0", "quoted_on": "2026-12-02"}, today=date(2026, 12, 1))
    assert got is None and {p.code for p in problems} == {"supply_quote.supplier", "supply_quote.total",
                                                          "supply_quote.future"}
    assert read_choice({"quote_id": "abc"})[0] is None
    got, problems = read_adhoc({"lines": [{"item_id": 1, "quantity": 1, "unit_price": "5"}], "reason": ""})
    assert got is None and [p.rule for p in problems] == ["SUPPLY-04"]
