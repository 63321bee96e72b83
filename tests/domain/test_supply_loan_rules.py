"""The pure rules of loans (SUPPLY-14, SUPPLY-12) and counts (SUPPLY-11, SUPPLY-12):
domain/supplies/loans.py and counts.py, and their input gate."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.input_gate.supply_loans import read_count_entry, read_loan_request, read_loan_return
from desktop.domain.supplies import counts, loans

TODAY = date(2026, 12, 1)


def _codes(problems) -> list[str]:  # noqa: ANN001
    return [p.code for p in problems]


def test_supply14_request_lists_every_problem_at_once():
    problems = loans.request_problems(lendable=False, active=True, item_name="复印纸", due_on=TODAY, today=TODAY,
                                      quantity=0, purpose="")
    assert _codes(problems) == ["loan.not_lendable", "loan.due_past", "loan.quantity", "loan.purpose"]
    assert {p.rule for p in problems} == {"SUPPLY-14"}
    assert loans.request_problems(lendable=True, active=True, item_name="照相机", due_on=TODAY + timedelta(days=90),
                                  today=TODAY, quantity=1, purpose="拍照") == []
    far = loans.request_problems(lendable=True, active=True, item_name="照相机", due_on=TODAY + timedelta(days=91),
                                 today=TODAY, quantity=1, purpose="拍照")
    assert _codes(far) == ["loan.due_far"] and "2027-03-01" in far[0].text
    assert _codes(loans.request_problems(lendable=True, active=False, item_name="照相机", today=TODAY, quantity=1,
                                         due_on=TODAY + timedelta(days=1), purpose="拍照")) == ["loan.item_inactive"]


def test_supply14_overdue_only_while_lent_past_the_due_day():
    assert loans.is_overdue("lent", TODAY - timedelta(days=1), TODAY)
    assert not loans.is_overdue("lent", TODAY, TODAY)
    assert not loans.is_overdue("returned", TODAY - timedelta(days=9), TODAY)
    assert not loans.is_overdue("approved", TODAY - timedelta(days=9), TODAY)


def test_supply14_signatures_two_people_once_each_keeper_first_at_return():
    assert loans.missing_roles([]) == ["keeper", "borrower"]
    assert loans.missing_roles(["borrower"]) == ["keeper"]
    assert loans.missing_roles(["keeper", "borrower"]) == []
    assert loans.sign_problems(stage="lend", role="borrower", signed={}, staff_id=7) == []
    assert _codes(loans.sign_problems(stage="lend", role="keeper", signed={"borrower": 7}, staff_id=7)) == \
        ["loan.same_person"]
    assert _codes(loans.sign_problems(stage="lend", role="keeper", signed={"keeper": 3}, staff_id=3)) == ["loan.signed"]
    assert _codes(loans.sign_problems(stage="return", role="borrower", signed={}, staff_id=7)) == ["loan.keeper_first"]
    assert loans.sign_problems(stage="return", role="borrower", signed={"keeper": 3}, staff_id=7) == []


def test_supply12_compensation_only_for_damage_or_loss_never_negative():
    assert loans.return_problems(condition="完好", damaged=False, lost=False, compensation=Decimal("0")) == []
    assert loans.return_problems(condition="丢失", damaged=False, lost=True, compensation=Decimal("4500")) == []
    wrong = loans.return_problems(condition="完好", damaged=False, lost=False, compensation=Decimal("1"))
    assert _codes(wrong) == ["loan.compensation_without_damage"] and wrong[0].rule == "SUPPLY-12"
    assert _codes(loans.return_problems(condition="", damaged=True, lost=False, compensation=Decimal("-1"))) == \
        ["loan.condition", "loan.compensation_negative"]


def test_supply14_gate_refuses_what_a_careless_user_types():
    got, problems = read_loan_request({"item_id": True, "due_on": "2026-02-30", "purpose": "a\nb", "quantity": 21},
                                      TODAY)
    assert got is None and {p.code for p in problems} == {"supply_loan.item_id", "supply_loan.due_on",
                                                           "supply_loan.purpose", "supply_loan.quantity"}
    got, problems = read_loan_return({"condition": "ok", "compensation": 1.5})
    assert got is None and problems[0].code == "supply_loan.compensation" and problems[0].rule == "SUPPLY-12"
    got, problems = read_count_entry({"lines": []})
    assert got is None and problems[0].code == "supply_count.lines"


def test_supply11_report_needs_every_line_counted_and_difference_explained():
    lines = [counts.CountLine("复印纸", 10, None), counts.CountLine("硒鼓", 5, 4),
             counts.CountLine("笔", 3, 3), counts.CountLine("胶水", 2, 1, "破损", Decimal("5"), liable=False)]
    problems = counts.report_problems(lines)
    assert _codes(problems) == ["count.not_counted", "count.unexplained", "count.liable_missing"]
    assert [p.rule for p in problems] == ["SUPPLY-11", "SUPPLY-11", "SUPPLY-12"]
    assert counts.report_problems([counts.CountLine("笔", 3, 3)]) == []
    assert _codes(counts.report_problems([])) == ["count.empty"]


def test_supply11_difference_valued_at_average_cost_and_title():
    assert counts.difference_of(10, 7) == -3 and counts.difference_of(10, None) is None
    assert counts.difference_value(-3, Decimal("25.00")) == Decimal("-75.00")
    assert counts.difference_value(0, Decimal("25.00")) == Decimal("0.00")
    assert counts.count_title(2026, 1, "办公室库房") == "2026年上半年办公用品盘点（办公室库房）"


@given(st.lists(st.tuples(st.integers(-50, 50), st.integers(0, 100)), max_size=20))
def test_supply11_adjustment_applies_the_difference_and_never_goes_below_zero(lines):
    """Property: every non-zero difference either moves stock by exactly that difference (gain in,
    loss out) leaving it ≥ 0, or is refused naming the line; never both, nothing else."""
    keyed = [(i, f"物品{i}", diff, on_hand) for i, (diff, on_hand) in enumerate(lines)]
    moves, problems = counts.adjustments(keyed)
    moved = {m.key: m for m in moves}
    refused = {p.text.split("：")[0] for p in problems}
    for key, name, diff, on_hand in keyed:
        if diff == 0:
            assert key not in moved and name not in refused
        elif on_hand + diff < 0:
            assert name in refused and key not in moved
        else:
            m = moved[key]
            assert m.quantity == diff and m.kind == ("gain" if diff > 0 else "loss") and on_hand + m.quantity >= 0
    assert all(p.rule == "SUPPLY-11" for p in problems)
