"""The one approval engine, on the shipped presets (pure: no database)."""

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
    apply_action,
    can_act,
    check_action,
    resolve_steps,
    signature_reason,
    signed_as,
)
from desktop.domain.approval.model import Action, Actor, DocumentFacts, PresetError, State
from desktop.domain.approval.presets import preset_from_dict

FINANCE = 10  # department ids used below
TREATMENT = 20


def preset(code: str):
    return preset_from_dict(json.loads(resource_path("presets", f"{code}.json").read_text(encoding="utf-8")))


P000, P001 = preset("P-000"), preset("P-001")

HANDLER = Actor(1, "黄磊", frozenset({("handler", None)}))
FIN_HEAD = Actor(2, "吴芳", frozenset({("finance_head", None), ("section_head", FINANCE)}))
DIRECTOR = Actor(3, "王建国", frozenset({("director", None)}))
LEADER = Actor(4, "李明华", frozenset({("leader_in_charge", TREATMENT)}))
ADMIN = Actor(9, "管理员", frozenset({("sysadmin", None), ("director", None)}), is_system_admin=True)
SECTION_HEAD = Actor(5, "杨帆", frozenset({("section_head", TREATMENT)}))
FIN_LEADER = Actor(6, "赵志刚", frozenset({("finance_leader", None)}))


def facts(amount="100.00", days=0, category="", submitter=1, department=TREATMENT):
    return DocumentFacts(Decimal(amount), days, category, department, submitter)


def keys(preset_, kind, f):
    return [s.key for s in resolve_steps(preset_.chain(kind), f, preset_.parameters)]


def check(action, actor, steps, f, *, index=0, history=(), preset_=P000, **kw):
    return check_action(action=action, state=State.SUBMITTED, step_index=index, steps=steps, facts=f,
                        history=history, actor=actor, params=preset_.parameters, **kw)


# Chains as data ------------------------------------------------------------------------
def test_p000_reimbursement_chain_vouch06():
    """VOUCH-06 (P-000): handler → finance head → director."""
    assert keys(P000, "expense_claim", facts()) == ["finance_head", "director"]


def test_p001_reimbursement_chain_without_director_vouch06_vouch07():
    """VOUCH-06/VOUCH-07 (P-001): section head → finance review → finance leader; the director never approves."""
    steps = resolve_steps(P001.chain("expense_claim"), facts(), P001.parameters)
    assert [s.position for s in steps] == ["section_head", "finance_head", "finance_leader"]
    assert "director" not in {s.position for s in steps}


@pytest.mark.parametrize("days, expected", [(1, ["leader_in_charge"]), (3, ["leader_in_charge"]),
                                            (4, ["director_long"]), (10, ["director_long"])])
def test_trip_approver_by_days_travel02(days, expected):
    """TRAVEL-02 / AMB-01: three days or less (含3日) → leader in charge; more → 局长."""
    assert keys(P000, "trip_approval", facts(days=days)) == expected


def test_leadership_trip_goes_to_director_travel02():
    assert keys(P000, "trip_approval", facts(days=2, category="leader")) == ["director_leader"]


def test_supply_chain_by_category_supply04():
    """SUPPLY-04 (P-001): consumables only via the office; special items need three signatures."""
    assert keys(P001, "supply_purchase", facts(category="consumable")) == ["office_head"]
    # issue 12: 「先申报科室分管领导审批签字--再报办公室分管领导审批签字--局主要领导审批签字后购买」
    assert keys(P001, "supply_purchase", facts(category="special")) == ["section_leader", "office_leader", "director"]


@pytest.mark.parametrize("amount, needs", [("2999.99", False), ("3000.00", True), ("45000", True)])
def test_collective_threshold_p000_inclusive_vouch08(amount, needs):
    """VOUCH-08 / AMB-01 (P-000): 3000 or more needs a collective-decision record."""
    f = facts(amount)
    steps = resolve_steps(P000.chain("expense_claim"), f, P000.parameters)
    problems = check(Action.APPROVE, DIRECTOR, steps, f, index=1,
                     history=[StepRecord(0, Action.APPROVE, FIN_HEAD.person_id)])
    assert ("decision.missing" in {p.code for p in problems}) is needs
    if needs:
        assert {p.rule for p in problems} == {"VOUCH-08"}


def test_collective_threshold_differs_by_preset_c01():
    """C-01: Tongyu (P-001) puts the line at 50000."""
    f = facts("45000")
    steps = resolve_steps(P001.chain("expense_claim"), f, P001.parameters)
    history = [StepRecord(0, Action.APPROVE, SECTION_HEAD.person_id), StepRecord(1, Action.APPROVE, FIN_HEAD.person_id)]
    assert check(Action.APPROVE, FIN_LEADER, steps, f, index=2, history=history, preset_=P001) == []
    f = facts("50000")
    assert [p.code for p in check(Action.APPROVE, FIN_LEADER, steps, f, index=2, history=history, preset_=P001)] == ["decision.missing"]


def test_collective_decision_record_lets_the_step_pass_ic08():
    f = facts("4500")
    steps = resolve_steps(P000.chain("expense_claim"), f, P000.parameters)
    history = [StepRecord(0, Action.APPROVE, FIN_HEAD.person_id)]
    matter = DecisionMatter("培训经费", Decimal("5000"))  # issue 12: the minute lists the matter it decided
    decision = CollectiveDecision("党组会议", "党组纪要〔2026〕12号", date(2026, 11, 10), matter)
    assert check(Action.APPROVE, DIRECTOR, steps, f, index=1, history=history, decision=decision) == []
    incomplete = CollectiveDecision("党组会议", " ", date(2026, 11, 10), matter)
    assert [p.rule for p in check(Action.APPROVE, DIRECTOR, steps, f, index=1, history=history, decision=incomplete)] == ["IC-08"]


# Separation of duties ------------------------------------------------------------------
def test_nobody_approves_what_they_submitted_ic03():
    f = facts(submitter=FIN_HEAD.person_id)
    steps = resolve_steps(P000.chain("expense_claim"), f, P000.parameters)
    assert "IC-03" in {p.rule for p in check(Action.APPROVE, FIN_HEAD, steps, f)}


def test_one_person_one_step_per_item_ic02():
    both = Actor(7, "兼任", frozenset({("finance_head", None), ("director", None)}))
    f = facts()
    steps = resolve_steps(P000.chain("expense_claim"), f, P000.parameters)
    assert check(Action.APPROVE, both, steps, f, index=0) == []
    problems = check(Action.APPROVE, both, steps, f, index=1, history=[StepRecord(0, Action.APPROVE, both.person_id)])
    assert [p.rule for p in problems] == ["IC-02"]


def test_system_administrator_takes_no_business_approvals_sec13():
    f = facts()
    steps = resolve_steps(P000.chain("expense_claim"), f, P000.parameters)
    history = [StepRecord(0, Action.APPROVE, FIN_HEAD.person_id)]
    assert "SEC-13" in {p.rule for p in check(Action.APPROVE, ADMIN, steps, f, index=1, history=history)}


def test_wrong_position_or_section_refused_ic14():
    f = facts()
    steps = resolve_steps(P001.chain("expense_claim"), f, P001.parameters)
    other_head = Actor(8, "林晓", frozenset({("section_head", 30)}))  # head of another section
    assert [p.code for p in check(Action.APPROVE, other_head, steps, f, preset_=P001)] == ["step.position"]
    assert check(Action.APPROVE, SECTION_HEAD, steps, f, preset_=P001) == []


CENTRE = 40  # 医保中心办公室


def test_only_a_holder_of_the_steps_position_signs_it_ic14():
    """分管领导审核（分管副局长） on a centre section's supply purchase (SUPPLY-04): the 医保中心主任 holds no
    leader_in_charge, so can_act refuses her and the refusal names the position in Chinese; the deputy
    director in charge of the centre may act and signs as 分管副局长."""
    f = facts(amount="1150.00", category="consumable", department=CENTRE, submitter=7)
    steps = resolve_steps(P000.chain("supply_purchase"), f, P000.parameters)
    assert [s.position for s in steps] == ["office_head", "leader_in_charge"]  # issue 12: consumables end there
    centre_director = Actor(11, "孙丽", frozenset({("center_director", None)}))
    assert not can_act(centre_director, steps[1], f) and signed_as(centre_director, steps[1], f) is None
    refused = check(Action.APPROVE, centre_director, steps, f, index=1)
    assert [(p.rule, p.code) for p in refused] == [("IC-14", "step.position")]
    assert "本部门的分管副局长" in refused[0].text and "leader_in_charge" not in refused[0].text
    centre_leader = Actor(12, "李明华", frozenset({("leader_in_charge", TREATMENT), ("leader_in_charge", CENTRE)}))
    assert check(Action.APPROVE, centre_leader, steps, f, index=1) == []
    assert signed_as(centre_leader, steps[1], f) == "分管副局长"
    assert signature_reason(steps[1]) == "分管领导审核（分管副局长）"
    # Leading another section is not leading this one.
    assert signed_as(LEADER, steps[1], f) is None


def test_a_person_with_two_positions_signs_each_step_in_its_own_ic14_ic02():
    """吴芳: 财务负责人 and head of 规划财务股. On a P-001 claim of her section she may take either step — as
    股室负责人 at the section step, as 财务负责人 at the finance step, never in the other post or her job
    title — but only one of them per item (IC-02)."""
    f = facts(department=FINANCE, submitter=1)
    steps = resolve_steps(P001.chain("expense_claim"), f, P001.parameters)
    assert [s.position for s in steps] == ["section_head", "finance_head", "finance_leader"]
    assert signed_as(FIN_HEAD, steps[0], f) == "股室负责人"
    assert signed_as(FIN_HEAD, steps[1], f) == "财务负责人"
    assert signature_reason(steps[1]) == "财务科审核（财务负责人）"
    assert signed_as(FIN_HEAD, steps[2], f) is None
    assert check(Action.APPROVE, FIN_HEAD, steps, f, index=0, preset_=P001) == []
    history = [StepRecord(0, Action.APPROVE, FIN_HEAD.person_id)]
    assert [p.rule for p in check(Action.APPROVE, FIN_HEAD, steps, f, index=1, history=history, preset_=P001)] \
        == ["IC-02"]
    # Another section's claim: the finance step only.
    other = facts(department=TREATMENT)
    assert signed_as(FIN_HEAD, steps[0], other) is None and signed_as(FIN_HEAD, steps[1], other) == "财务负责人"


# States --------------------------------------------------------------------------------
def test_full_path_draft_to_archived():
    f = facts()
    steps = resolve_steps(P000.chain("expense_claim"), f, P000.parameters)
    t = apply_action(action=Action.SUBMIT, state=State.DRAFT, step_index=None, steps=steps)
    assert (t.state, t.step_index) == (State.SUBMITTED, 0)
    t = apply_action(action=Action.APPROVE, state=t.state, step_index=t.step_index, steps=steps)
    assert (t.state, t.step_index) == (State.SUBMITTED, 1)
    t = apply_action(action=Action.APPROVE, state=t.state, step_index=t.step_index, steps=steps)
    assert (t.state, t.step_index) == (State.APPROVED, None)
    t = apply_action(action=Action.ARCHIVE, state=t.state, step_index=None, steps=steps)
    assert t.state is State.ARCHIVED


def test_return_needs_every_reason_at_once():
    """一次性告知: a return carries all its reasons; an empty return is refused."""
    f = facts()
    steps = resolve_steps(P000.chain("expense_claim"), f, P000.parameters)
    assert [p.code for p in check(Action.RETURN, FIN_HEAD, steps, f, reasons=["  "])] == ["return.reasons"]
    t = apply_action(action=Action.RETURN, state=State.SUBMITTED, step_index=0, steps=steps,
                     reasons=["缺少发票", "", "未注明用途"])
    assert t.state is State.RETURNED and t.reasons == ("缺少发票", "未注明用途")


def test_reject_needs_an_opinion():
    f = facts()
    steps = resolve_steps(P000.chain("expense_claim"), f, P000.parameters)
    assert [p.code for p in check(Action.REJECT, FIN_HEAD, steps, f)] == ["reject.opinion"]
    assert apply_action(action=Action.REJECT, state=State.SUBMITTED, step_index=0, steps=steps).state is State.REJECTED


def test_actions_out_of_state_are_refused():
    f = facts()
    steps = resolve_steps(P000.chain("expense_claim"), f, P000.parameters)
    problems = check_action(action=Action.APPROVE, state=State.APPROVED, step_index=None, steps=steps, facts=f,
                            history=(), actor=DIRECTOR, params=P000.parameters)
    assert [p.code for p in problems] == ["state.not_pending"]
    problems = check_action(action=Action.SUBMIT, state=State.SUBMITTED, step_index=0, steps=steps, facts=f,
                            history=(), actor=HANDLER, params=P000.parameters)
    assert [p.code for p in problems] == ["state.submit"]


# Presets as data -----------------------------------------------------------------------
def test_bad_presets_are_refused_with_the_place():
    data = P000.to_dict()
    data["chains"]["expense_claim"]["steps"][0]["position"] = "janitor"
    with pytest.raises(PresetError, match=r"chains.expense_claim.steps\[0\].position"):
        preset_from_dict(data)
    data = P000.to_dict()
    data["chains"]["expense_claim"]["steps"][1]["collective"] = {"amount_gte": "$no_such_parameter"}
    with pytest.raises(PresetError, match="no_such_parameter"):
        preset_from_dict(data)
    data = P000.to_dict()
    data["chains"]["voucher"]["steps"] = [{"key": "x", "position": "sysadmin", "label": "x"}]
    with pytest.raises(PresetError, match="SEC-13"):
        preset_from_dict(data)


def test_presets_round_trip_through_json():
    for p in (P000, P001):
        assert preset_from_dict(json.loads(json.dumps(p.to_dict()))) == p


def test_presets_cover_every_module_kind():
    kinds = {"expense_claim", "voucher", "trip_approval", "travel_claim", "supply_purchase", "seal_use",
             "seal_engraving", "reception", "vehicle_request", "meeting", "asset_transfer", "asset_disposal"}
    assert kinds <= set(P000.chains) and kinds <= set(P001.chains)


def test_incompatible_pairs_ic04_ic06():
    from desktop.domain.duties import conflicts_for

    assert [p.rule for p in conflicts_for({"accountant", "cashier"}, P000.incompatible)] == ["IC-04"]
    assert conflicts_for({"director", "finance_leader"}, P000.incompatible) == []
    assert [p.rule for p in conflicts_for({"director", "finance_leader"}, P001.incompatible)] == ["IC-06"]
