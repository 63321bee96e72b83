"""The pure checks of an issue of office supplies (desktop/domain/supplies/issuing.py) and its
input gate: stock over all lines of an item (SUPPLY-09), 交旧领新 or approval for special items
(SUPPLY-10), the leaver's list (SUPPLY-13)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, strategies as st

from desktop.domain.input_gate.supply_issues import read_collector, read_hand_back, read_issue
from desktop.domain.supplies.issuing import (
    IssueLineFacts,
    exchange_problems,
    held_supplies_message,
    issue_problems,
    shortage_problems,
)


def line(number: int = 1, item_id: int = 1, quantity: int = 1, **over) -> IssueLineFacts:
    base = dict(item_name="A4打印纸", specification="70g", unit="包", kind="consumable")
    return IssueLineFacts(number=number, item_id=item_id, quantity=quantity, **{**base, **over})


def chair(**over) -> IssueLineFacts:
    return line(**{"item_name": "办公椅", "specification": "", "unit": "把", "kind": "special", "holder_ok": True,
                   **over})


def test_shortage_counts_all_lines_of_an_item_and_names_what_is_available_supply_09():
    problems = shortage_problems([line(1, 1, 3), line(2, 1, 3), line(3, 2, 1, item_name="硒鼓", specification="")],
                                 {1: 5, 2: 1})
    assert [(p.rule, p.code, p.text) for p in problems] == [
        ("SUPPLY-09", "supply_issue.short", "A4打印纸（70g）库存不足：可领用 5包，申领 6包")]


def test_an_item_never_in_the_store_has_nothing_available_supply_09():
    assert [p.text for p in shortage_problems([line(quantity=1)], {})] == ["A4打印纸（70g）库存不足：可领用 0包，申领 1包"]


@given(st.lists(st.tuples(st.integers(1, 3), st.integers(1, 50)), min_size=1, max_size=8),
       st.dictionaries(st.integers(1, 3), st.integers(-5, 100)))
def test_shortage_refused_exactly_when_an_item_is_asked_beyond_its_stock_supply_09(asked, stock):
    lines = [line(n, item, q) for n, (item, q) in enumerate(asked, start=1)]
    wanted: dict[int, int] = {}
    for item, q in asked:
        wanted[item] = wanted.get(item, 0) + q
    short = {i for i, q in wanted.items() if q > max(stock.get(i, 0), 0)}
    assert len(shortage_problems(lines, stock)) == len(short)


def test_consumable_needs_no_exchange_supply_10():
    assert exchange_problems(line()) == []


def test_special_item_without_old_one_or_approval_refused_supply_10():
    (problem,) = exchange_problems(chair())
    assert (problem.rule, problem.code) == ("SUPPLY-10", "supply_issue.no_exchange")
    assert problem.text.startswith("第1行 办公椅是特殊办公用品：须交旧领新")


def test_special_item_with_old_one_described_or_approved_passes_supply_10():
    assert exchange_problems(chair(old_returned=True, old_note="旧椅损坏")) == []
    assert exchange_problems(chair(approval_ref="示医保办〔2026〕3号")) == []
    assert exchange_problems(chair(approval_document=True)) == []


def test_old_one_must_be_described_and_document_approved_supply_10():
    assert [p.code for p in exchange_problems(chair(old_returned=True))] == ["supply_issue.old_note"]
    assert [p.code for p in exchange_problems(chair(approval_document=False))] == [
        "supply_issue.approval_document", "supply_issue.no_exchange"]
    assert [p.code for p in exchange_problems(chair(old_returned=True, old_note="旧", holder_ok=False))] == [
        "supply_issue.holder"]


def test_issue_problems_lists_every_line_and_shortage_at_once_supply_09_supply_10():
    problems = issue_problems([chair(number=1, item_id=7), chair(number=2, item_id=7, old_returned=True)], {7: 1})
    assert [p.code for p in problems] == ["supply_issue.no_exchange", "supply_issue.old_note", "supply_issue.short"]


def test_leaver_message_names_every_item_supply_13():
    assert held_supplies_message(["LY2026-00001 办公椅 1把", "借用 JY2026-0002 照相机 1台"]) == \
        "尚有 2 项办公用品未交回（须先办理办公用品移交）：LY2026-00001 办公椅 1把、借用 JY2026-0002 照相机 1台"


def test_gate_refuses_zero_fractional_and_missing_lines_at_once_supply_09():
    got, problems = read_issue({"department_id": 3, "issued_on": "2026-12-01",
                                "lines": [{"item_id": 1, "quantity": 0}, {"item_id": "x", "quantity": 2.5}]})
    assert got is None and {p.rule for p in problems} == {"SUPPLY-09"} and len(problems) == 3
    got, problems = read_issue({"department_id": 3, "issued_on": "2026-12-01", "lines": []})
    assert got is None and [p.code for p in problems] == ["supply_issue.lines"]
    got, problems = read_issue({"department_id": 3, "issued_on": "2026-12-01",
                                "lines": [{"item_id": 1, "quantity": 2, "old_returned": "true"}]})
    assert got is None and [p.code for p in problems] == ["supply_issue.lines[0].old_returned"]


def test_gate_reads_a_good_issue_supply_09():
    got, problems = read_issue({"department_id": 3, "issued_on": "2026-12-01", "note": " 上半年 ",
                                "lines": [{"item_id": 1, "quantity": "2", "old_returned": True, "old_note": "旧"}]},
                               today=date(2026, 12, 1))
    assert problems == [] and got.issued_on == date(2026, 12, 1) and got.note == "上半年"
    assert (got.lines[0].quantity, got.lines[0].holder_id, got.lines[0].old_returned) == (2, None, True)


def test_gate_collector_and_hand_back_supply_09_supply_13():
    assert read_collector({"department_id": 1, "staff_id": True})[1][0].rule == "SUPPLY-09"
    got, problems = read_hand_back({"issue_line_id": 5, "condition": "完好\n"})
    assert problems[0].rule == "SUPPLY-13" and got is None
