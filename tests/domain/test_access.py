"""Need-to-know, the pure table (SEC-03, SEC-13, IC-14): each post against the documents a person
meets — their own, their section's, another section's, the centre's, one waiting for them, one they
acted on, a seal use request, an asset document, the approved annual meeting plan."""

from __future__ import annotations

import pytest

from desktop.domain.access import (
    ReadFacts,
    may_act_now,
    may_read,
    may_read_reports,
    read_scope,
    seal_register_scope,
)
from desktop.domain.approval.model import Actor, StepSpec

OFFICE, TREATMENT, PHARMACY, FUND, SETTLEMENT = 1, 2, 3, 4, 8  # SETTLEMENT is a centre section
OTHER = 50  # someone else, who made the documents

ACTORS = {
    "handler": Actor(10, "经办人", frozenset({("handler", None)})),
    "section_head": Actor(11, "股长", frozenset({("section_head", TREATMENT), ("handler", None)})),
    "leader_in_charge": Actor(12, "分管副局长", frozenset({("leader_in_charge", TREATMENT),
                                                       ("leader_in_charge", PHARMACY)})),
    "center_director": Actor(13, "中心主任", frozenset({("center_director", None)})),
    "director": Actor(1, "局长", frozenset({("director", None)})),
    "finance_leader": Actor(2, "分管财务副局长", frozenset({("finance_leader", None)})),
    "finance_head": Actor(3, "财务负责人", frozenset({("finance_head", None)})),
    "accountant": Actor(4, "会计", frozenset({("accountant", None)})),
    "cashier": Actor(5, "出纳", frozenset({("cashier", None)})),
    "office_head": Actor(6, "办公室主任", frozenset({("office_head", None)})),
    "auditor": Actor(7, "稽核", frozenset({("auditor", None)})),
    "seal_custodian": Actor(8, "印章保管员", frozenset({("seal_custodian", None), ("handler", None)})),
    "asset_mgr": Actor(9, "资产管理员", frozenset({("asset_mgr", None), ("handler", None)})),
    "admin": Actor(99, "系统管理员", frozenset({("sysadmin", None)}), is_system_admin=True),
}


def facts(case: str, actor: Actor) -> ReadFacts:
    """One document of each sort, as ``actor`` meets it."""
    claim = dict(kind="expense_claim", state="approved", submitter_id=OTHER)
    if case == "own":
        return ReadFacts(**{**claim, "submitter_id": actor.person_id}, department_id=FUND, unit="bureau")
    if case == "own_section":
        return ReadFacts(**claim, department_id=TREATMENT, unit="bureau")
    if case == "other_section":
        return ReadFacts(**claim, department_id=FUND, unit="bureau")
    if case == "centre":
        return ReadFacts(**claim, department_id=SETTLEMENT, unit="centre")
    if case == "waiting_for_me":  # a bureau-wide step asking a position this person holds
        position = sorted(actor.positions)[0]
        return ReadFacts(kind="expense_claim", state="submitted", submitter_id=OTHER, department_id=FUND,
                         unit="bureau", current_step=StepSpec("s1", position, "审核"))
    if case == "acted_before":
        return ReadFacts(**claim, department_id=FUND, unit="bureau", acted_by=frozenset({actor.person_id, OTHER}))
    if case == "seal_request":
        return ReadFacts(kind="seal_use", state="approved", submitter_id=OTHER, department_id=FUND, unit="bureau")
    if case == "asset_document":
        return ReadFacts(kind="asset_disposal", state="submitted", submitter_id=OTHER, department_id=FUND,
                         unit="bureau", current_step=StepSpec("s1", "director", "审批"))
    if case == "approved_plan":
        return ReadFacts(kind="meeting_plan", state="approved", submitter_id=OTHER, department_id=OFFICE, unit="bureau")
    raise AssertionError(case)


CASES = ("own", "own_section", "other_section", "centre", "waiting_for_me", "acted_before", "seal_request",
         "asset_document", "approved_plan")
EVERYTHING = dict.fromkeys(CASES, True)
PERSONAL = {"own": True, "waiting_for_me": True, "acted_before": True, "approved_plan": True}
TABLE = {
    "handler": PERSONAL,
    "section_head": {**PERSONAL, "own_section": True},
    "leader_in_charge": {**PERSONAL, "own_section": True},
    "center_director": {**PERSONAL, "centre": True},
    "director": EVERYTHING,
    "finance_leader": EVERYTHING,
    "finance_head": EVERYTHING,
    "accountant": EVERYTHING,
    "cashier": EVERYTHING,
    "office_head": EVERYTHING,
    "auditor": EVERYTHING,
    "seal_custodian": {**PERSONAL, "seal_request": True},
    "asset_mgr": {**PERSONAL, "asset_document": True},
    "admin": {},
}


@pytest.mark.parametrize("role", sorted(TABLE))
@pytest.mark.parametrize("case", CASES)
def test_need_to_know_table_sec_03_sec_13_ic_14(role: str, case: str) -> None:
    """SEC-03 / IC-14: each post reads what its duties need; SEC-13: the administrator reads nothing."""
    actor = ACTORS[role]
    expected = TABLE[role].get(case, False)
    assert may_read(actor, facts(case, actor)) is expected, f"{role} × {case}"


def test_a_section_step_of_another_section_does_not_open_it_sec_03() -> None:
    """A section head is asked only for their own section's step (IC-01 department scope)."""
    head = ACTORS["section_head"]
    step = StepSpec("head", "section_head", "股室负责人审核", scope="department")
    other = ReadFacts(kind="expense_claim", state="submitted", submitter_id=OTHER, department_id=FUND,
                      current_step=step)
    mine = ReadFacts(kind="expense_claim", state="submitted", submitter_id=OTHER, department_id=TREATMENT,
                     current_step=step)
    assert not may_act_now(head, other) and not may_read(head, other)
    assert may_act_now(head, mine) and may_read(head, mine)


def test_waiting_means_now_not_in_another_state_ic_14() -> None:
    """A step that would ask the handler's post gives nothing once the document is no longer waiting."""
    handler = ACTORS["seal_custodian"]
    waiting = facts("waiting_for_me", handler)
    assert may_read(handler, waiting)
    assert not may_read(handler, ReadFacts(**{**waiting.__dict__, "state": "returned", "kind": "expense_claim"}))


def test_a_draft_plan_is_not_published_sec_03() -> None:
    handler = ACTORS["handler"]
    draft = ReadFacts(kind="meeting_plan", state="submitted", submitter_id=OTHER, department_id=OFFICE)
    assert not may_read(handler, draft)


def test_scope_for_queries_matches_the_table_sec_03_sec_13() -> None:
    """The query-side description (sets) says the same as the table."""
    assert read_scope(ACTORS["admin"]).nothing
    assert not read_scope(ACTORS["admin"]).covers(facts("approved_plan", ACTORS["admin"]))
    assert read_scope(ACTORS["auditor"]).everything
    head = read_scope(ACTORS["leader_in_charge"])
    assert head.departments == {TREATMENT, PHARMACY} and not head.everything
    assert read_scope(ACTORS["center_director"]).units == {"centre"}
    assert read_scope(ACTORS["seal_custodian"]).kinds == {"seal_use", "seal_engraving", "seal_takeout"}  # SEAL-14
    assert read_scope(ACTORS["handler"]).departments == frozenset()


def test_reports_and_the_seal_register_by_post_sec_03_sec_13() -> None:
    readers = {r for r, a in ACTORS.items() if may_read_reports(a)}
    assert readers == {"director", "finance_leader", "finance_head", "accountant", "cashier", "office_head",
                       "auditor"}
    assert seal_register_scope(ACTORS["seal_custodian"]) == "all"
    assert seal_register_scope(ACTORS["office_head"]) == "all"
    assert seal_register_scope(ACTORS["auditor"]) == "all"
    assert seal_register_scope(ACTORS["handler"]) == "own"
    assert seal_register_scope(ACTORS["admin"]) == "none"


def test_an_approved_meeting_is_read_by_its_sections_staff_sec_03() -> None:
    """Any of the section's staff may hold the meeting and claim its costs (MEET-11); nobody else
    without a post for it."""
    handler = ACTORS["handler"]
    meeting = ReadFacts(kind="meeting", state="approved", submitter_id=OTHER, department_id=TREATMENT)
    assert may_read(handler, meeting, home_department=TREATMENT)
    assert not may_read(handler, meeting, home_department=FUND)
    assert not may_read(handler, ReadFacts(**{**meeting.__dict__, "state": "submitted"}), home_department=TREATMENT)
    assert not may_read(handler, ReadFacts(**{**meeting.__dict__, "kind": "expense_claim"}), home_department=TREATMENT)
    assert not may_read(ACTORS["admin"], meeting, home_department=TREATMENT)
