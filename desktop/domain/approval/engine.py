"""The one approval engine: pure functions from (chain, document, history, actor) to a decision.

States: draft → submitted → each step approved / returned with reasons (一次性告知: all
reasons at once) / rejected → approved → archived. A returned document may be corrected and
submitted again; the chain then starts over. The steps that apply are resolved at submission
and stored with the document, so a later edit of the bureau's chain does not change an item
already under way.

Separation of duties checked here (IC-02, IC-03, SEC-13):
- nobody approves what they submitted;
- one person acts on at most one step of the same item in one round;
- the system administrator takes no business approvals.

Who may sign a step (IC-14): only a person holding the step's position — for the document's
department when the step is scoped — and they sign it *in that position*: the stamp prints
the step's position and the signature's reason names step and position (:func:`signed_as`,
:func:`signature_reason`), whatever other posts the person holds. There is no deputising:
a stand-in (IC-09) is not modelled, so nobody signs a step for someone else.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Mapping, Sequence

from desktop.domain.approval.model import (
    Action,
    Actor,
    ChainSpec,
    DocumentFacts,
    Problem,
    State,
    StepSpec,
)
from desktop.domain.positions import position_label

__all__ = [
    "CollectiveDecision",
    "DecisionMatter",
    "decision_required",
    "reference_required",
    "StepRecord",
    "Transition",
    "resolve_steps",
    "current_step",
    "check_action",
    "apply_action",
    "can_act",
    "signed_as",
    "signature_reason",
    "position_problem",
]


@dataclass(frozen=True)
class DecisionMatter:
    """One matter (议题) a collective decision decided: what, up to which amount (None: no amount
    stated), and the document it serves (None until a document is approved with it)."""

    subject: str
    amount: Decimal | None = None
    document_id: int | None = None


@dataclass(frozen=True)
class CollectiveDecision:
    """A collective-decision record (会议纪要, IC-08): meeting type, minute number, date, and the
    matter offered for the document at hand (None: the minute lists none that could serve it)."""

    meeting_type: str
    minute_no: str
    held_on: date
    matter: DecisionMatter | None = None

    def matter_problems(self, facts: DocumentFacts) -> list[Problem]:
        """Whether the minute decided *this* document (IC-08/VOUCH-08): one of its matters serves it,
        no other document already used that matter, and the document stays within the amount decided."""
        m = self.matter
        if m is None:
            return [Problem("IC-08", "decision.no_matter",
                            f"纪要 {self.minute_no} 没有列明本单据的议题（或其议题已全部用于其他单据），不能作为本单据的集体决策依据")]
        if m.document_id is not None and m.document_id != facts.document_id:
            return [Problem("IC-08", "decision.matter_used",
                            f"纪要 {self.minute_no} 的议题“{m.subject}”已用于另一单据，一个议题只能用于一张单据")]
        if m.amount is not None and facts.amount > m.amount:
            return [Problem("VOUCH-08", "decision.matter_amount",
                            f"单据金额 {facts.amount:,.2f} 元超过纪要 {self.minute_no} 议题“{m.subject}”决定的 {m.amount:,.2f} 元")]
        return []

    def problems(self) -> list[Problem]:
        out = []
        if not self.meeting_type.strip():
            out.append(Problem("IC-08", "decision.meeting_type", "集体决策记录缺少会议类型"))
        if not self.minute_no.strip():
            out.append(Problem("IC-08", "decision.minute_no", "集体决策记录缺少纪要编号"))
        return out


@dataclass(frozen=True)
class StepRecord:
    """One recorded action on a document, in the current round."""

    step_index: int | None
    action: Action
    person_id: int


@dataclass(frozen=True)
class Transition:
    """The outcome of an accepted action."""

    state: State
    step_index: int | None  # the step now waiting, or None
    completed_step: int | None = None
    reasons: tuple[str, ...] = field(default_factory=tuple)


def resolve_steps(chain: ChainSpec, facts: DocumentFacts, params: Mapping[str, Decimal]) -> list[StepSpec]:
    """The steps of ``chain`` whose conditions hold for this document, in order; an office-scoped
    step is pinned to the bureau office's department as it is now (stored with the document)."""
    out: list[StepSpec] = []
    for s in chain.steps:
        if s.when is not None and not s.when.holds(facts, params):
            continue
        if s.scope == "office":
            # The office's own purchase: its section's leader in charge already is the office's.
            if facts.office_department_id is not None and facts.office_department_id == facts.department_id and any(
                    o.position == s.position and o.scope == "department" for o in out):
                continue
            s = replace(s, department_id=facts.office_department_id)
        out.append(s)
    return out


def decision_required(step: StepSpec | None, facts: DocumentFacts, params: Mapping[str, Decimal]) -> bool:
    """Whether ``step`` may pass only with a collective decision for THIS document: the step's
    ``collective`` condition evaluated against the document's amount, days, category (VOUCH-08) —
    a 2,346 元 claim under a 3,000 元 line needs none."""
    return step is not None and step.collective is not None and step.collective.holds(facts, params)


def reference_required(chain: ChainSpec, facts: DocumentFacts, params: Mapping[str, Decimal]) -> bool:
    """Whether the document must carry an external approval reference (上级批准文号, MEET-02)."""
    return chain.reference is not None and chain.reference.holds(facts, params)


def current_step(state: State, step_index: int | None, steps: Sequence[StepSpec]) -> StepSpec | None:
    if state is not State.SUBMITTED or step_index is None or step_index >= len(steps):
        return None
    return steps[step_index]


def can_act(actor: Actor, step: StepSpec, facts: DocumentFacts) -> bool:
    """Whether ``actor`` holds the position ``step`` asks for, ignoring separation of duties."""
    if step.scope == "department":
        return actor.holds(step.position, facts.department_id, scoped=True)
    if step.scope == "office":  # pinned at submission; no office department, nobody may sign
        return step.department_id is not None and actor.holds(step.position, step.department_id, scoped=True)
    return actor.holds(step.position)


def signed_as(actor: Actor, step: StepSpec, facts: DocumentFacts) -> str | None:
    """The position (its printed label) in which ``actor`` signs ``step``; None if they may not (IC-14).

    Always the step's own position: 吴芳, 财务负责人 and 规划财务股股长, signs a finance-head
    step as 财务负责人 and her section's head step as 股室负责人, never in her job title."""
    return position_label(step.position) if can_act(actor, step, facts) else None


def position_problem(step: StepSpec) -> Problem:
    """The refusal for a person who does not hold ``step``'s position (IC-14)."""
    whose = {"department": "本部门的", "office": "办公室的"}.get(step.scope, "")
    return Problem("IC-14", "step.position", f"当前步骤“{step.label}”须由{whose}{position_label(step.position)}办理，您无此岗位")


def signature_reason(step: StepSpec) -> str:
    """The signature's /Reason: the step and the position it is signed in, "分管领导审核（分管副局长）"."""
    return f"{step.label}（{position_label(step.position)}）"


def check_action(
    *,
    action: Action,
    state: State,
    step_index: int | None,
    steps: Sequence[StepSpec],
    facts: DocumentFacts,
    history: Sequence[StepRecord],
    actor: Actor,
    params: Mapping[str, Decimal],
    opinion: str = "",
    reasons: Sequence[str] = (),
    decision: CollectiveDecision | None = None,
    reference_needed: bool = False,
) -> list[Problem]:
    """Every reason ``actor`` may not take ``action`` now; empty when the action is allowed.

    ``reference_needed`` (from :func:`reference_required`): submission needs ``facts.reference``."""
    problems: list[Problem] = []
    if action is Action.SUBMIT:
        if state not in (State.DRAFT, State.RETURNED):
            problems.append(Problem("IC-01", "state.submit", f"只有草稿或被退回的单据可以提交（当前：{state.value}）"))
        if facts.submitter_id is not None and actor.person_id != facts.submitter_id:
            problems.append(Problem("IC-14", "submit.owner", "只有经办人本人可以提交单据"))
        if not steps:
            problems.append(Problem("IC-01", "chain.empty", "该单据没有适用的审批步骤"))
        if reference_needed and not facts.reference.strip():
            problems.append(Problem("MEET-02", "reference.missing",
                                    "此类单据须由上级审批：提交前须填写上级批准文号（如 县政办函〔2026〕12号）"))
        return problems

    if action is Action.ARCHIVE:
        if state is not State.APPROVED:
            problems.append(Problem("IC-01", "state.archive", "只有已审批通过的单据可以归档"))
        return problems

    step = current_step(state, step_index, steps)
    if step is None:
        problems.append(Problem("IC-01", "state.not_pending", f"该单据当前不在审批中（状态：{state.value}）"))
        return problems
    if actor.is_system_admin:
        problems.append(Problem("SEC-13", "sod.admin", "系统管理员不得参与业务审批"))
    if not can_act(actor, step, facts):
        problems.append(position_problem(step))
    if facts.submitter_id is not None and actor.person_id == facts.submitter_id:
        problems.append(Problem("IC-03", "sod.own", "不得审批本人提交的单据"))
    if any(r.person_id == actor.person_id and r.step_index is not None and r.action is Action.APPROVE for r in history):
        problems.append(Problem("IC-02", "sod.two_steps", "同一事项的不同审批步骤须由不同人员办理"))
    if action is Action.APPROVE:
        if decision_required(step, facts, params):
            if decision is None:
                problems.append(Problem("VOUCH-08", "decision.missing", f"本单据达到集体决策条件，“{step.label}”前须关联集体决策记录（会议类型、纪要编号、日期及本单据的议题）"))
            else:
                problems.extend(decision.problems())
                problems.extend(decision.matter_problems(facts))
    elif action is Action.RETURN:
        cleaned = [r.strip() for r in reasons if r.strip()]
        if not cleaned:
            problems.append(Problem("IC-01", "return.reasons", "退回须一次性写明全部理由（一次性告知）"))
    elif action is Action.REJECT:
        if not opinion.strip():
            problems.append(Problem("IC-01", "reject.opinion", "不予批准须填写意见"))
    return problems


def apply_action(
    *, action: Action, state: State, step_index: int | None, steps: Sequence[StepSpec], reasons: Sequence[str] = ()
) -> Transition:
    """The new state after an action that ``check_action`` accepted."""
    if action is Action.SUBMIT:
        return Transition(State.SUBMITTED, 0)
    if action is Action.ARCHIVE:
        return Transition(State.ARCHIVED, None)
    assert step_index is not None
    if action is Action.APPROVE:
        nxt = step_index + 1
        if nxt >= len(steps):
            return Transition(State.APPROVED, None, completed_step=step_index)
        return Transition(State.SUBMITTED, nxt, completed_step=step_index)
    if action is Action.RETURN:
        return Transition(State.RETURNED, None, completed_step=step_index,
                          reasons=tuple(r.strip() for r in reasons if r.strip()))
    if action is Action.REJECT:
        return Transition(State.REJECTED, None, completed_step=step_index)
    raise ValueError(action)  # pragma: no cover
