"""Need-to-know: who may read which business document (SEC-03, SEC-13, IC-14, SEC-01).

The table, from the duties the seeds give each post:

- everyone (经办人): their own documents, those they must act on now (they hold the position the
  current step asks, IC-01/IC-14) and those they acted on before (approved, returned, rejected,
  archived or sealed);
- section head (股室负责人) and leader in charge (分管领导): the documents of the sections they hold
  that position for (VOUCH-06 / SUPPLY-04 / TRAVEL-02 department steps);
- centre director (医保中心主任): the documents of the centre's sections (SEAL-02/06/14, IC-17);
- director (局长, signs last and approves permissions, VOUCH-07, SEC-03), finance leader (分管财务
  领导, VOUCH-06), finance head, accountant and cashier (review, bookkeeping, payment and archive:
  VOUCH-01/04/14/19, ARCH-02), office head (procurement, assets, vehicles, seals, reception and
  meetings for the whole bureau; SEAL-01, ARCH-02) and the audit post (稽核, inspects everything and
  supervises, IC-12, SEC-07): every document of the bureau;
- seal custodian (印章保管员): seal use and engraving requests, whose content they must read before
  stamping (SEAL-07/08); asset manager (资产管理员): the asset documents (ASSET-05) and, as the
  office's keeper of supplies, the supply purchases and counts (SUPPLY-08/11);
- the bureau's approved annual meeting plan is readable by all staff (meetings are proposed against
  it, MEET-02), and an approved meeting by the staff of its section (any of them may hold it and claim
  its costs afterwards, MEET-11);
- the system administrator: no business content at all (SEC-13).

``read_scope`` gives the same table in a form a query can filter on (a set of departments, units,
kinds, or everything); ``may_read`` decides for one document and is what the tests check directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.domain.approval.engine import can_act
from desktop.domain.approval.model import Actor, DocumentFacts, StepSpec

__all__ = [
    "ReadFacts",
    "ReadScope",
    "read_scope",
    "may_read",
    "may_act_now",
    "SEES_EVERYTHING",
    "SECTION_POSITIONS",
    "UNIT_POSITIONS",
    "KINDS_BY_POSITION",
    "PUBLISHED_WHEN_APPROVED",
    "SECTION_WHEN_APPROVED",
    "REPORT_POSITIONS",
    "SEAL_REGISTER_POSITIONS",
    "may_read_reports",
    "seal_register_scope",
]

# Positions that read every business document of the bureau.
SEES_EVERYTHING = frozenset({"director", "finance_leader", "finance_head", "accountant", "cashier", "office_head",
                             "auditor"})
# Positions held for particular sections: they read those sections' documents.
SECTION_POSITIONS = frozenset({"section_head", "leader_in_charge"})
# Positions that read the documents of one unit's sections (department.unit).
UNIT_POSITIONS: dict[str, str] = {"center_director": "centre"}
# Positions that read documents of some kinds whoever made them.
KINDS_BY_POSITION: dict[str, frozenset[str]] = {
    "seal_custodian": frozenset({"seal_use", "seal_engraving", "seal_takeout"}),
    "asset_mgr": frozenset({"asset_transfer", "asset_disposal", "asset_repair", "asset_stocktake", "supply_purchase",
                            "supply_count"}),
}
# Kinds every member of staff reads once approved (the bureau's plan, not a person's affair).
PUBLISHED_WHEN_APPROVED = frozenset({"meeting_plan"})
# Kinds the staff of the document's own section read once approved (a section's meeting).
SECTION_WHEN_APPROVED = frozenset({"meeting"})
APPROVED_STATES = frozenset({"approved", "archived"})
# Bureau-wide spending and meeting returns: the same people who read every document.
REPORT_POSITIONS = SEES_EVERYTHING
# The seal use register (用印登记簿) in full: the office that keeps it, the leaders who approve
# seal use, the audit post (SEAL-01/02/08, IC-12). Anyone else sees the uses they took part in.
SEAL_REGISTER_POSITIONS = frozenset({"office_head", "seal_custodian", "director", "center_director", "auditor"})


@dataclass(frozen=True)
class ReadFacts:
    """What need-to-know looks at in one document."""

    kind: str
    state: str
    submitter_id: int
    department_id: int | None = None
    unit: str = ""  # the department's unit: "bureau" (局机关) or "centre" (医保中心)
    acted_by: frozenset[int] = frozenset()  # who approved, returned, rejected, archived or sealed it
    current_step: StepSpec | None = None  # the step waiting now (submitted documents only)


@dataclass(frozen=True)
class ReadScope:
    """A person's read scope as sets a query filters on. ``person_id`` is None for someone who
    reads nothing (the system administrator). A document is in scope when any part holds; the
    documents waiting for this person now are added by :func:`may_act_now` (a query pre-filters
    them by ``act_positions`` and checks each exactly)."""

    person_id: int | None
    everything: bool = False
    departments: frozenset[int] = frozenset()
    units: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    published_kinds: frozenset[str] = PUBLISHED_WHEN_APPROVED
    published_states: frozenset[str] = APPROVED_STATES
    home_department: int | None = None  # the person's own section, for SECTION_WHEN_APPROVED
    section_kinds: frozenset[str] = SECTION_WHEN_APPROVED
    act_positions: frozenset[str] = field(default_factory=frozenset)

    @property
    def nothing(self) -> bool:
        return self.person_id is None

    def covers(self, facts: ReadFacts) -> bool:
        """Whether the scope's sets hold ``facts`` (acting now is checked separately)."""
        if self.person_id is None:
            return False
        return (self.everything
                or facts.submitter_id == self.person_id
                or self.person_id in facts.acted_by
                or (facts.department_id is not None and facts.department_id in self.departments)
                or (bool(facts.unit) and facts.unit in self.units)
                or facts.kind in self.kinds
                or (facts.kind in self.published_kinds and facts.state in self.published_states)
                or (facts.kind in self.section_kinds and facts.state in self.published_states
                    and self.home_department is not None and facts.department_id == self.home_department))


def read_scope(actor: Actor, home_department: int | None = None) -> ReadScope:
    """``home_department``: the section the person works in (staff.department_id)."""
    if actor.is_system_admin:
        return ReadScope(person_id=None, published_kinds=frozenset(), section_kinds=frozenset())  # SEC-13
    positions = actor.positions
    return ReadScope(
        person_id=actor.person_id,
        everything=bool(positions & SEES_EVERYTHING),
        departments=frozenset(d for p, d in actor.assignments if p in SECTION_POSITIONS and d is not None),
        units=frozenset(UNIT_POSITIONS[p] for p in positions if p in UNIT_POSITIONS),
        kinds=frozenset(k for p in positions for k in KINDS_BY_POSITION.get(p, ())),
        home_department=home_department,
        act_positions=frozenset(positions),
    )


def may_act_now(actor: Actor, facts: ReadFacts) -> bool:
    """The document waits at a step whose position this person holds (for its section, if the step
    is a section's) — separation of duties aside: they must be able to read what they are asked."""
    if actor.is_system_admin or facts.state != "submitted" or facts.current_step is None:
        return False
    return can_act(actor, facts.current_step, DocumentFacts(department_id=facts.department_id,
                                                            submitter_id=facts.submitter_id))


def may_read(actor: Actor, facts: ReadFacts, home_department: int | None = None) -> bool:
    """Whether ``actor`` (working in ``home_department``) may list, open or print the document
    described by ``facts``."""
    return read_scope(actor, home_department).covers(facts) or may_act_now(actor, facts)


def may_read_reports(actor: Actor) -> bool:
    """The bureau-wide spending and meeting returns (RPT, MEET-15)."""
    return not actor.is_system_admin and bool(actor.positions & REPORT_POSITIONS)


def seal_register_scope(actor: Actor) -> str:
    """``"all"`` — the whole use register; ``"own"`` — the uses this person requested, approved or
    applied; ``"none"`` — the system administrator (SEC-13)."""
    if actor.is_system_admin:
        return "none"
    return "all" if actor.positions & SEAL_REGISTER_POSITIONS else "own"
