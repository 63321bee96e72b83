"""The approval engine (IC-01/02/03/08/14, SEC-13, VOUCH-08, MEET-02): cases mutation testing of
desktop/domain/approval/engine.py (docs/mutation.md) found unchecked. The chains are built here,
not read from the presets, so a preset edit does not move these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.approval.engine import (
    CollectiveDecision,
    DecisionMatter,
    StepRecord,
    Transition,
    apply_action,
    can_act,
    check_action,
    current_step,
    decision_required,
    position_problem,
    reference_required,
    resolve_steps,
    signature_reason,
    signed_as,
)
from desktop.domain.approval.model import Action, Actor, ChainSpec, Condition, DocumentFacts, State, StepSpec

SECTION, OFFICE = 20, 30
HEAD = StepSpec("head", "section_head", "股室负责人审核", scope="department")
FIN = StepSpec("finance", "finance_head", "财务审核")
DIR = StepSpec("director", "director", "局长审批", collective=Condition(amount_gte="3000.00"))
STEPS = (HEAD, FIN, DIR)

CLERK = Actor(1, "黄磊", frozenset({("handler", None)}))
SECTION_HEAD = Actor(5, "杨帆", frozenset({("section_head", SECTION)}))
OTHER_HEAD = Actor(6, "周敏", frozenset({("section_head", 99)}))
FIN_HEAD = Actor(2, "吴芳", frozenset({("finance_head", None), ("section_head", SECTION)}))
DIRECTOR = Actor(3, "王建国", frozenset({("director", None)}))
ADMIN = Actor(9, "管理员", frozenset({("director", None)}), is_system_admin=True)


def facts(amount="100.00", submitter=1, document_id=41, reference=""):  # noqa: ANN001, ANN201
    return DocumentFacts(Decimal(amount), 0, "", SECTION, submitter, document_id=document_id, reference=reference)


def check(action, actor, *, state=State.SUBMITTED, index=0, f=None, history=(), **kw):  # noqa: ANN001, ANN003, ANN201
    return check_action(action=action, state=state, step_index=index, steps=STEPS, facts=f or facts(),
                        history=history, actor=actor, params={}, **kw)


def codes(problems):  # noqa: ANN001, ANN201
    return [p.code for p in problems]


# IC-01: states --------------------------------------------------------------------------------
@pytest.mark.parametrize("state", [State.DRAFT, State.SUBMITTED, State.RETURNED, State.REJECTED, State.ARCHIVED])
def test_archiving_only_from_approved_ic01(state):
    """IC-01: only an approved document is archived (归档)."""
    assert codes(check(Action.ARCHIVE, CLERK, state=state, index=None)) == ["state.archive"]


def test_archiving_an_approved_document_ic01():
    assert check(Action.ARCHIVE, CLERK, state=State.APPROVED, index=None) == []
    assert apply_action(action=Action.ARCHIVE, state=State.APPROVED, step_index=None, steps=STEPS) == \
        Transition(State.ARCHIVED, None)


@pytest.mark.parametrize("state, ok", [(State.DRAFT, True), (State.RETURNED, True), (State.SUBMITTED, False),
                                       (State.APPROVED, False), (State.REJECTED, False), (State.ARCHIVED, False)])
def test_submit_only_a_draft_or_returned_document_ic01(state, ok):
    out = check(Action.SUBMIT, CLERK, state=state, index=None)
    assert codes(out) == ([] if ok else ["state.submit"])


def test_submit_needs_steps_ic01():
    out = check_action(action=Action.SUBMIT, state=State.DRAFT, step_index=None, steps=(), facts=facts(),
                       history=(), actor=CLERK, params={})
    assert codes(out) == ["chain.empty"]


def test_a_non_owner_submitting_someones_draft_is_refused_ic14():
    """IC-14: only the handler who wrote the document submits it."""
    out = check(Action.SUBMIT, SECTION_HEAD, state=State.DRAFT, index=None)
    assert [(p.rule, p.code) for p in out] == [("IC-14", "submit.owner")]
    unowned = check(Action.SUBMIT, SECTION_HEAD, state=State.DRAFT, index=None, f=facts(submitter=None))
    assert unowned == []


def test_submission_needs_the_external_reference_when_required_meet02():
    chain = ChainSpec("meeting", "会议审批", "会", steps=STEPS, reference=Condition(amount_gte="10000.00"))
    assert reference_required(chain, facts("10000.00"), {}) is True
    assert reference_required(chain, facts("9999.99"), {}) is False
    assert reference_required(ChainSpec("x", "x", "x", steps=STEPS), facts("99999.00"), {}) is False
    out = check(Action.SUBMIT, CLERK, state=State.DRAFT, index=None, reference_needed=True, f=facts(reference=" "))
    assert [(p.rule, p.code) for p in out] == [("MEET-02", "reference.missing")]
    assert check(Action.SUBMIT, CLERK, state=State.DRAFT, index=None, reference_needed=True,
                 f=facts(reference="县政办函〔2026〕12号")) == []


@pytest.mark.parametrize("state, index", [(State.DRAFT, 0), (State.APPROVED, None), (State.SUBMITTED, None),
                                          (State.SUBMITTED, 3)])
def test_deciding_outside_a_pending_step_is_refused_ic01(state, index):
    out = check(Action.APPROVE, SECTION_HEAD, state=state, index=index)
    assert codes(out) == ["state.not_pending"]


def test_current_step_by_index_ic01():
    assert current_step(State.SUBMITTED, 0, STEPS) is HEAD
    assert current_step(State.SUBMITTED, 2, STEPS) is DIR
    assert current_step(State.SUBMITTED, 3, STEPS) is None
    assert current_step(State.RETURNED, 0, STEPS) is None


# Returns and rejections ----------------------------------------------------------------------
def test_a_return_with_proper_reasons_is_accepted_ic01():
    """IC-01 一次性告知: a return states all its reasons at once; blank lines are not reasons."""
    assert check(Action.RETURN, SECTION_HEAD, reasons=["缺发票", " 金额有误 "]) == []
    assert codes(check(Action.RETURN, SECTION_HEAD, reasons=[" ", ""])) == ["return.reasons"]
    assert codes(check(Action.RETURN, SECTION_HEAD)) == ["return.reasons"]
    t = apply_action(action=Action.RETURN, state=State.SUBMITTED, step_index=1, steps=STEPS,
                     reasons=[" 缺发票 ", "", "金额有误"])
    assert t == Transition(State.RETURNED, None, completed_step=1, reasons=("缺发票", "金额有误"))


def test_rejection_needs_an_opinion_ic01():
    assert codes(check(Action.REJECT, SECTION_HEAD, opinion="  ")) == ["reject.opinion"]
    assert check(Action.REJECT, SECTION_HEAD, opinion="不符合规定") == []
    t = apply_action(action=Action.REJECT, state=State.SUBMITTED, step_index=2, steps=STEPS)
    assert t == Transition(State.REJECTED, None, completed_step=2)


def test_approval_moves_to_the_next_step_and_ends_approved_ic01():
    assert apply_action(action=Action.SUBMIT, state=State.DRAFT, step_index=None, steps=STEPS) == \
        Transition(State.SUBMITTED, 0)
    assert apply_action(action=Action.APPROVE, state=State.SUBMITTED, step_index=0, steps=STEPS) == \
        Transition(State.SUBMITTED, 1, completed_step=0)
    assert apply_action(action=Action.APPROVE, state=State.SUBMITTED, step_index=1, steps=STEPS) == \
        Transition(State.SUBMITTED, 2, completed_step=1)
    assert apply_action(action=Action.APPROVE, state=State.SUBMITTED, step_index=2, steps=STEPS) == \
        Transition(State.APPROVED, None, completed_step=2)


# Separation of duties ------------------------------------------------------------------------
def test_the_step_index_of_an_approval_keeps_one_person_to_one_step_ic02():
    """IC-02: 吴芳 approved the section-head step; she may not approve the finance step too. A record
    without a step index (the submission) does not count."""
    approved_step0 = (StepRecord(None, Action.SUBMIT, 1), StepRecord(0, Action.APPROVE, FIN_HEAD.person_id))
    out = check(Action.APPROVE, FIN_HEAD, index=1, history=approved_step0)
    assert [(p.rule, p.code) for p in out] == [("IC-02", "sod.two_steps")]
    assert check(Action.APPROVE, FIN_HEAD, index=1, history=(StepRecord(None, Action.APPROVE, 2),)) == []
    assert check(Action.APPROVE, FIN_HEAD, index=1, history=(StepRecord(0, Action.RETURN, 2),)) == []
    assert check(Action.APPROVE, FIN_HEAD, index=1, history=(StepRecord(0, Action.APPROVE, 5),)) == []


def test_own_document_admin_and_wrong_position_sec13_ic03_ic14():
    assert codes(check(Action.APPROVE, DIRECTOR, index=2, f=facts(submitter=3))) == ["sod.own"]
    assert codes(check(Action.APPROVE, ADMIN, index=2)) == ["sod.admin"]
    out = check(Action.APPROVE, OTHER_HEAD, index=0)
    assert [(p.rule, p.code) for p in out] == [("IC-14", "step.position")]
    assert out[0].text == "当前步骤“股室负责人审核”须由本部门的股室负责人办理，您无此岗位"
    assert check(Action.APPROVE, SECTION_HEAD, index=0) == []


def test_who_may_sign_a_step_ic14():
    f = facts()
    assert can_act(SECTION_HEAD, HEAD, f) and not can_act(OTHER_HEAD, HEAD, f)
    assert can_act(FIN_HEAD, FIN, f) and not can_act(SECTION_HEAD, FIN, f)
    office = StepSpec("office", "leader_in_charge", "办公室分管领导", scope="office")
    leader = Actor(7, "李明华", frozenset({("leader_in_charge", OFFICE)}))
    assert not can_act(leader, office, f)  # not pinned: nobody signs
    assert can_act(leader, StepSpec("office", "leader_in_charge", "办公室分管领导", scope="office",
                                    department_id=OFFICE), f)
    assert not can_act(leader, StepSpec("office", "leader_in_charge", "x", scope="office", department_id=SECTION), f)
    assert signed_as(FIN_HEAD, HEAD, f) == "股室负责人" and signed_as(FIN_HEAD, FIN, f) == "财务负责人"
    assert signed_as(CLERK, FIN, f) is None
    assert signature_reason(FIN) == "财务审核（财务负责人）"
    assert position_problem(office).text == "当前步骤“办公室分管领导”须由办公室的分管副局长办理，您无此岗位"
    assert position_problem(FIN).text == "当前步骤“财务审核”须由财务负责人办理，您无此岗位"


# Steps that apply ----------------------------------------------------------------------------
def test_resolve_steps_by_condition_and_office_scope_supply04():
    big = StepSpec("big", "director", "局长审批", when=Condition(amount_gte="1000.00"))
    office = StepSpec("office", "leader_in_charge", "办公室分管领导", scope="office")
    own_leader = StepSpec("leader", "leader_in_charge", "分管领导", scope="department")
    chain = ChainSpec("supply", "采购", "购", steps=(own_leader, office, big))
    f = DocumentFacts(Decimal("999.99"), 0, "", SECTION, 1, office_department_id=OFFICE)
    got = resolve_steps(chain, f, {})
    assert [s.key for s in got] == ["leader", "office"] and got[1].department_id == OFFICE
    f = DocumentFacts(Decimal("1000.00"), 0, "", OFFICE, 1, office_department_id=OFFICE)
    assert [s.key for s in resolve_steps(chain, f, {})] == ["leader", "big"]  # the office's own purchase
    f = DocumentFacts(Decimal("1000.00"), 0, "", SECTION, 1, office_department_id=None)
    got = resolve_steps(chain, f, {})
    assert [s.key for s in got] == ["leader", "office", "big"] and got[1].department_id is None
    alone = ChainSpec("supply", "采购", "购", steps=(StepSpec("leader", "director", "x", scope="bureau"), office))
    f = DocumentFacts(Decimal("1.00"), 0, "", OFFICE, 1, office_department_id=OFFICE)
    assert [s.key for s in resolve_steps(alone, f, {})] == ["leader", "office"]


# IC-08 / VOUCH-08: the collective decision ---------------------------------------------------
def decision(matter=DecisionMatter("购置办公设备", Decimal("5000.00")), meeting="局长办公会", no="〔2026〕3号"):  # noqa: ANN001, ANN201
    return CollectiveDecision(meeting, no, date(2026, 5, 6), matter)


def test_decision_required_only_when_the_steps_condition_holds_vouch08():
    assert decision_required(DIR, facts("3000.00"), {}) is True
    assert decision_required(DIR, facts("2999.99"), {}) is False
    assert decision_required(FIN, facts("99999.00"), {}) is False
    assert decision_required(None, facts("99999.00"), {}) is False
    assert check(Action.APPROVE, DIRECTOR, index=2, f=facts("2346.00")) == []
    out = check(Action.APPROVE, DIRECTOR, index=2, f=facts("3000.00"))
    assert [(p.rule, p.code) for p in out] == [("VOUCH-08", "decision.missing")]
    assert "“局长审批”前须关联集体决策记录" in out[0].text
    assert check(Action.APPROVE, DIRECTOR, index=2, f=facts("3000.00"), decision=decision()) == []
    assert check(Action.RETURN, DIRECTOR, index=2, f=facts("3000.00"), reasons=["缺纪要"]) == []


def test_decision_record_and_its_matter_ic08():
    f = facts("4000.00", document_id=41)
    assert decision().problems() == [] and decision().matter_problems(f) == []
    assert [p.code for p in decision(meeting=" ", no="").problems()] == ["decision.meeting_type", "decision.minute_no"]
    out = check(Action.APPROVE, DIRECTOR, index=2, f=f, decision=decision(meeting=" ", matter=None))
    assert codes(out) == ["decision.meeting_type", "decision.no_matter"]
    assert "纪要 〔2026〕3号 没有列明本单据的议题" in out[1].text
    used = decision(DecisionMatter("购置办公设备", None, document_id=40))
    assert [(p.rule, p.code) for p in used.matter_problems(f)] == [("IC-08", "decision.matter_used")]
    assert decision(DecisionMatter("购置办公设备", None, document_id=41)).matter_problems(f) == []
    over = decision(DecisionMatter("购置办公设备", Decimal("3999.99"))).matter_problems(f)
    assert [(p.rule, p.code) for p in over] == [("VOUCH-08", "decision.matter_amount")]
    assert over[0].text == "单据金额 4,000.00 元超过纪要 〔2026〕3号 议题“购置办公设备”决定的 3,999.99 元"
    assert decision(DecisionMatter("购置办公设备", Decimal("4000.00"))).matter_problems(f) == []


def test_every_refusal_names_its_rule_and_says_why_ic01_ic02_ic03_ic08_ic14_sec13_meet02():
    """Each refusal a user reads: rule ID, code and words (一次性告知: all of them at once)."""
    got = check_action(action=Action.SUBMIT, state=State.APPROVED, step_index=None, steps=(), facts=facts(),
                       history=(), actor=SECTION_HEAD, params={}, reference_needed=True)
    got += check(Action.ARCHIVE, CLERK, state=State.SUBMITTED)
    got += check(Action.APPROVE, CLERK, state=State.DRAFT, index=None)
    got += check(Action.RETURN, ADMIN, index=2, f=facts(submitter=9), history=(StepRecord(0, Action.APPROVE, 9),))
    got += check(Action.REJECT, SECTION_HEAD)
    got += decision(meeting="", no=" ").problems()
    assert [(p.rule, p.code, p.text) for p in got] == [
        ("IC-01", "state.submit", "只有草稿或被退回的单据可以提交（当前：approved）"),
        ("IC-14", "submit.owner", "只有经办人本人可以提交单据"),
        ("IC-01", "chain.empty", "该单据没有适用的审批步骤"),
        ("MEET-02", "reference.missing", "此类单据须由上级审批：提交前须填写上级批准文号（如 县政办函〔2026〕12号）"),
        ("IC-01", "state.archive", "只有已审批通过的单据可以归档"),
        ("IC-01", "state.not_pending", "该单据当前不在审批中（状态：draft）"),
        ("SEC-13", "sod.admin", "系统管理员不得参与业务审批"),
        ("IC-03", "sod.own", "不得审批本人提交的单据"),
        ("IC-02", "sod.two_steps", "同一事项的不同审批步骤须由不同人员办理"),
        ("IC-01", "return.reasons", "退回须一次性写明全部理由（一次性告知）"),
        ("IC-01", "reject.opinion", "不予批准须填写意见"),
        ("IC-08", "decision.meeting_type", "集体决策记录缺少会议类型"),
        ("IC-08", "decision.minute_no", "集体决策记录缺少纪要编号"),
    ]
    used = decision(DecisionMatter("购置办公设备", None, document_id=40)).matter_problems(facts(document_id=41))
    assert used[0].text == "纪要 〔2026〕3号 的议题“购置办公设备”已用于另一单据，一个议题只能用于一张单据"
    assert decision(matter=None).matter_problems(facts())[0].text == \
        "纪要 〔2026〕3号 没有列明本单据的议题（或其议题已全部用于其他单据），不能作为本单据的集体决策依据"


def test_office_step_kept_unless_the_office_leader_already_signs_supply04():
    """SUPPLY-04: the office's own purchase skips the office step only when its own leader in charge
    already signs; another department-scoped step (the section head) does not replace it."""
    office = StepSpec("office", "leader_in_charge", "办公室分管领导", scope="office")
    head = StepSpec("head", "section_head", "股室负责人", scope="department")
    bureau_leader = StepSpec("lead", "leader_in_charge", "分管领导", scope="bureau")
    f = DocumentFacts(Decimal("1.00"), 0, "", OFFICE, 1, office_department_id=OFFICE)
    for first in (head, bureau_leader):
        got = resolve_steps(ChainSpec("supply", "采购", "购", steps=(first, office)), f, {})
        assert [s.key for s in got] == [first.key, "office"] and got[1].department_id == OFFICE


def test_thresholds_by_the_bureaus_named_parameters_meet02_vouch08():
    chain = ChainSpec("meeting", "会议审批", "会", steps=STEPS, reference=Condition(amount_gte="$ref_line"))
    assert reference_required(chain, facts("500.00"), {"ref_line": Decimal("500.00")}) is True
    assert reference_required(chain, facts("499.99"), {"ref_line": Decimal("500.00")}) is False
    step = StepSpec("director", "director", "局长审批", collective=Condition(amount_gte="$line"))
    assert decision_required(step, facts("3000.00"), {"line": Decimal("3000.00")}) is True
