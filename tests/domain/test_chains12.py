"""Issue 12, items 2 and 7: a collective decision only where the step's condition holds for the
document, decision matters that serve one document, and the chains the seeds give (P-000, P-001)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from desktop.app.paths import resource_path
from desktop.domain.approval.engine import (
    CollectiveDecision,
    DecisionMatter,
    StepRecord,
    can_act,
    check_action,
    decision_required,
    reference_required,
    resolve_steps,
)
from desktop.domain.approval.model import Action, Actor, DocumentFacts, PresetError, State
from desktop.domain.approval.presets import next_deadline, preset_from_dict

P000 = preset_from_dict(json.loads((resource_path("presets") / "P-000.json").read_text(encoding="utf-8")))
P001 = preset_from_dict(json.loads((resource_path("presets") / "P-001.json").read_text(encoding="utf-8")))

OFFICE, TREATMENT, CENTRE = 1, 2, 3
DIRECTOR = Actor(1, "局长", frozenset({("director", None)}))
FIN_HEAD = Actor(2, "财务负责人", frozenset({("finance_head", None)}))
SECTION_LEADER = Actor(3, "分管待遇股", frozenset({("leader_in_charge", TREATMENT)}))
OFFICE_LEADER = Actor(4, "分管办公室", frozenset({("leader_in_charge", OFFICE)}))
CENTRE_DIRECTOR = Actor(5, "医保中心主任", frozenset({("center_director", None)}))


def facts(amount: str = "100", **kw) -> DocumentFacts:
    return DocumentFacts(amount=Decimal(amount), submitter_id=99, **kw)


def keys(preset, kind: str, f: DocumentFacts) -> list[str]:  # noqa: ANN001
    return [s.key for s in resolve_steps(preset.chain(kind), f, preset.parameters)]


def approve(actor: Actor, steps, f: DocumentFacts, index: int, history=(), decision=None):  # noqa: ANN001
    return check_action(action=Action.APPROVE, state=State.SUBMITTED, step_index=index, steps=steps, facts=f,
                        history=list(history), actor=actor, params=P000.parameters, decision=decision)


# Item 2: the collective decision only where the step's condition holds ----------------------------------
@pytest.mark.parametrize("amount, needed", [("2346.00", False), ("2999.99", False), ("3000.00", True)])
def test_decision_required_only_at_or_above_the_line_vouch08(amount, needed):
    """VOUCH-08: the director's step carries ``collective: amount_gte 3000``; a 2,346 元 claim needs no
    会议纪要 (the defect: the approve dialog asked for one because the step *has* a condition)."""
    f = facts(amount)
    steps = resolve_steps(P000.chain("expense_claim"), f, P000.parameters)
    assert steps[1].collective is not None
    assert decision_required(steps[1], f, P000.parameters) is needed
    assert decision_required(steps[0], f, P000.parameters) is False
    assert decision_required(None, f, P000.parameters) is False


def test_a_matter_serves_one_document_ic08():
    """IC-08/VOUCH-08: the minute must list a matter for this document; a matter already used by
    another document, or deciding less than this document's amount, does not let the step pass."""
    f = facts("4500", document_id=7)
    steps = resolve_steps(P000.chain("expense_claim"), f, P000.parameters)
    history = [StepRecord(0, Action.APPROVE, FIN_HEAD.person_id)]

    def minute(matter):  # noqa: ANN001, ANN202
        return CollectiveDecision("党组会议", "党组纪要〔2026〕12号", date(2026, 11, 10), matter)

    assert approve(DIRECTOR, steps, f, 1, history, minute(DecisionMatter("培训经费", Decimal("5000")))) == []
    assert approve(DIRECTOR, steps, f, 1, history, minute(DecisionMatter("培训经费", None, 7))) == []
    used = approve(DIRECTOR, steps, f, 1, history, minute(DecisionMatter("培训经费", Decimal("5000"), 8)))
    assert [(p.rule, p.code) for p in used] == [("IC-08", "decision.matter_used")]
    short = approve(DIRECTOR, steps, f, 1, history, minute(DecisionMatter("培训经费", Decimal("4499.99"))))
    assert [(p.rule, p.code) for p in short] == [("VOUCH-08", "decision.matter_amount")]
    none = approve(DIRECTOR, steps, f, 1, history, minute(None))
    assert [(p.rule, p.code) for p in none] == [("IC-08", "decision.no_matter")]


# Item 7: chains from the seeds -------------------------------------------------------------------------
def test_p000_consumables_end_with_the_leader_in_charge_supply04():
    """SUPPLY-04 (P-000): 「购买日常办公用品、文印材料和普通耗材等易耗品……局办公室汇总并经分管领导签字确认后，
    按照实际情况指定专人负责购买」 — no director; other (ad-hoc) purchases 「经分管领导审核，主要领导同意」."""
    assert keys(P000, "supply_purchase", facts(category="consumable")) == ["office_head", "leader_in_charge"]
    assert keys(P000, "supply_purchase", facts(category="")) == ["office_head", "leader_in_charge", "director"]


def test_p000_consumables_at_the_line_need_a_decision_at_the_leader_step_vouch08():
    """VOUCH-08 (P-000): 3000 元 or more still goes to the 党组会议 when the chain ends at the leader."""
    big = facts("3000", category="consumable")
    steps = resolve_steps(P000.chain("supply_purchase"), big, P000.parameters)
    assert decision_required(steps[1], big, P000.parameters)
    assert not decision_required(steps[1], facts("2999.99", category="consumable"), P000.parameters)


def test_p000_supply_plans_due_30_june_and_30_december_supply03():
    """SUPPLY-03: 「应在每年6月30日前和12月30日前向办公室提交办公用品使用计划单」."""
    days = P000.deadlines["supply_plan"]
    assert days == ("06-30", "12-30")
    assert next_deadline(days, date(2026, 6, 30)) == date(2026, 6, 30)
    assert next_deadline(days, date(2026, 7, 1)) == date(2026, 12, 30)
    assert next_deadline(days, date(2026, 12, 31)) == date(2027, 6, 30)
    assert next_deadline(("02-29",), date(2027, 1, 1)) == date(2027, 2, 28)  # a leap day set by a bureau
    assert P000.to_dict()["deadlines"] == {"supply_plan": ["06-30", "12-30"]}
    with pytest.raises(PresetError, match="MM-DD"):
        preset_from_dict({**P000.to_dict(), "deadlines": {"supply_plan": ["06-31"]}})


def test_p001_special_items_three_signatures_supply04():
    """SUPPLY-04 (P-001): 「先申报科室分管领导审批签字--再报办公室分管领导审批签字--局主要领导审批签字后购买」.
    The second step is held by the leader in charge *of the office*, not of the applying section."""
    f = facts("8000", category="special", department_id=TREATMENT, office_department_id=OFFICE)
    steps = resolve_steps(P001.chain("supply_purchase"), f, P001.parameters)
    assert [s.key for s in steps] == ["section_leader", "office_leader", "director"]
    assert can_act(SECTION_LEADER, steps[0], f) and not can_act(OFFICE_LEADER, steps[0], f)
    assert can_act(OFFICE_LEADER, steps[1], f) and not can_act(SECTION_LEADER, steps[1], f)
    assert steps[1].department_id == OFFICE and steps[1].to_dict()["department_id"] == OFFICE
    # The office's own purchase: its section leader is the office's leader; one signature, not two.
    own = facts("8000", category="special", department_id=OFFICE, office_department_id=OFFICE)
    assert keys(P001, "supply_purchase", own) == ["section_leader", "director"]
    # General consumables: the office buys as needed.
    assert keys(P001, "supply_purchase", facts(category="consumable")) == ["office_head"]


def test_office_step_without_an_office_is_signed_by_nobody_ic14():
    """IC-14: an office-scoped step not pinned to a department cannot be signed by anyone."""
    f = facts("8000", category="special", department_id=TREATMENT)
    steps = resolve_steps(P001.chain("supply_purchase"), f, P001.parameters)
    assert steps[1].department_id is None
    assert not can_act(OFFICE_LEADER, steps[1], f)


@pytest.mark.parametrize("category, decision, reference", [("5", False, False), ("4", True, False),
                                                             ("3", False, True), ("2", False, True)])
def test_p001_meetings_by_category_meet02(category, decision, reference):
    """MEET-02 (P-001): category 4 「经单位领导办公会或党组会审批后执行」 — a decision record at the director's
    step; categories 2–3 are approved by 县委/县政府, so the meeting records that approval's reference."""
    f = facts("9000", category=category)
    chain = P001.chain("meeting")
    steps = resolve_steps(chain, f, P001.parameters)
    assert [s.key for s in steps] == ["leader_in_charge", "director"]
    assert decision_required(steps[1], f, P001.parameters) is decision
    assert reference_required(chain, f, P001.parameters) is reference


def test_reference_missing_refuses_submission_meet02():
    """MEET-02: a category-3 meeting submitted without 上级批准文号 is refused; with it, accepted."""
    chain = P001.chain("meeting")
    for ref, codes in (("", ["reference.missing"]), ("县政办函〔2026〕12号", [])):
        f = facts("9000", category="3", reference=ref)
        steps = resolve_steps(chain, f, P001.parameters)
        problems = check_action(action=Action.SUBMIT, state=State.DRAFT, step_index=None, steps=steps, facts=f,
                                history=[], actor=Actor(99), params=P001.parameters,
                                reference_needed=reference_required(chain, f, P001.parameters))
        assert [p.code for p in problems] == codes
        assert all(p.rule == "MEET-02" for p in problems)


def test_p001_vehicle_rental_needs_leader_and_director_veh03():
    """VEH-03 (P-001): the 《租车单》 「经分管领导、主要领导签字后报财务科」."""
    assert [s.position for s in P001.chain("vehicle_rental").steps] == ["leader_in_charge", "director"]


@pytest.mark.parametrize("preset", [P000, P001], ids=["P-000", "P-001"])
@pytest.mark.parametrize("days", [1, 3, 5])
def test_subordinate_unit_staff_approved_by_their_own_head_travel02(preset, days):
    """TRAVEL-02: 「各单位职工出差报经本单位主要领导批准」 — a 医保中心 staff trip goes to the centre director,
    whatever its length; 「各单位主要领导、局班子成员出差报局长批准」 — a leader's trip to the 局长."""
    f = facts(days=days, unit="centre")
    steps = resolve_steps(preset.chain("trip_approval"), f, preset.parameters)
    assert [s.position for s in steps] == ["center_director"]
    assert can_act(CENTRE_DIRECTOR, steps[0], f)
    bureau = [s.key for s in resolve_steps(preset.chain("trip_approval"), facts(days=days, unit="bureau"),
                                           preset.parameters)]
    assert bureau == (["leader_in_charge"] if days <= 3 else ["director_long"])
    assert keys(preset, "trip_approval", facts(days=days, unit="centre", category="leader")) == ["director_leader"]


def test_unit_conditions_round_trip_and_are_checked():
    """The ``units``/``not_units`` and ``reference`` keys survive the administrator's edit round trip."""
    again = preset_from_dict(P001.to_dict())
    assert again.chain("trip_approval") == P001.chain("trip_approval")
    assert again.chain("meeting").reference == P001.chain("meeting").reference
    with pytest.raises(PresetError, match="scope"):
        preset_from_dict({**P001.to_dict(), "chains": {"x": {"title": "x", "serial_prefix": "x",
                                                             "steps": [{"key": "a", "position": "director",
                                                                        "label": "a", "scope": "elsewhere"}]}}})
