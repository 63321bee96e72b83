"""Approval use cases over the one engine: drafts, submission with numbering, approve / return /
reject with opinions, collective-decision records, pending lists, archive.

Every module's documents go through here; a module adds its kind's chain to the presets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Sequence

from sqlalchemy import func, select

from desktop.domain.approval.engine import (
    CollectiveDecision as DecisionFacts,
)
from desktop.domain.approval.engine import (
    DecisionMatter as MatterFacts,
)
from desktop.domain.approval.engine import (
    StepRecord,
    apply_action,
    can_act,
    check_action,
    decision_required,
    reference_required,
    resolve_steps,
)
from desktop.domain.approval.model import Action, DocumentFacts, Problem, State, StepSpec
from desktop.domain.numbering import format_serial, period_key
from desktop.persistence import record_state
from desktop.persistence.numbering import next_value
from desktop.persistence.schema import (
    ApprovalAction,
    CollectiveDecision,
    DecisionMatter,
    Department,
    Document,
    Staff,
    StaffPosition,
    utcnow,
)
from desktop.persistence.readable import waiting_for
from desktop.services.base import Refused, ServiceBase, SignedIn, actor_for, refuse
from desktop.services.need_to_know import readable, readable_document, record_read

__all__ = ["ApprovalService", "DocumentView", "ActionView", "DecisionView", "MatterView", "STATE_LABELS", "office_department",
           "REFERENCE_KEY"]

# The payload key of the external approval reference (上级批准文号) a chain may require (MEET-02).
REFERENCE_KEY = "approval_ref"

STATE_LABELS = {
    "draft": "草稿", "submitted": "审批中", "returned": "已退回", "rejected": "不予批准",
    "approved": "已批准", "archived": "已归档",
}
ACTION_LABELS = {"submit": "提交", "approve": "同意", "return": "退回", "reject": "不予批准", "archive": "归档"}


@dataclass(frozen=True)
class ActionView:
    at: datetime
    person: str
    action: str
    step_label: str
    opinion: str
    reasons: tuple[str, ...]
    round: int

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)


@dataclass(frozen=True)
class MatterView:
    """One matter (议题) of a collective decision; ``document_id`` the document it serves, if any."""

    id: int
    subject: str
    amount: Decimal | None
    document_id: int | None
    document_serial: str = ""


@dataclass(frozen=True)
class DecisionView:
    id: int
    meeting_type: str
    minute_no: str
    held_on: date
    subject: str
    matters: tuple[MatterView, ...] = ()

    def open_for(self, document_id: int | None, amount: Decimal) -> list[MatterView]:
        """The matters that could serve this document: its own, or a free one deciding at least
        its amount (a decision with no matters listed yet offers its subject as one)."""
        return [m for m in self.matters if m.document_id == document_id
                or (m.document_id is None and (m.amount is None or amount <= m.amount))]


@dataclass(frozen=True)
class DocumentView:
    id: int
    kind: str
    kind_title: str
    serial: str | None
    title: str
    purpose: str
    amount: Decimal
    days: int
    category: str
    department_id: int | None
    department: str
    submitter_id: int
    submitter: str
    state: str
    step_index: int | None
    steps: tuple[StepSpec, ...]
    history: tuple[ActionView, ...]
    decision: DecisionView | None
    payload: dict[str, Any]
    created_at: datetime
    updated_at: datetime
    # The record no longer matches the state the audit trail recorded for it (SEC-18): changed
    # behind the application. Shown as tampered; every action on it is refused.
    tampered: bool = False
    # The current step may pass only with a collective decision for THIS document (its
    # ``collective`` condition holds for the document's amount, days, category: VOUCH-08).
    decision_required: bool = False

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)

    @property
    def current_step(self) -> StepSpec | None:
        if self.state != "submitted" or self.step_index is None or self.step_index >= len(self.steps):
            return None
        return self.steps[self.step_index]

    @property
    def last_reasons(self) -> tuple[str, ...]:
        for a in reversed(self.history):
            if a.action == "return":
                return a.reasons
        return ()


def document_of(session, user: SignedIn, document_id: int, *, lock: bool = False) -> Document:  # noqa: ANN001
    """The document, if it belongs to the user's bureau (locked for update when ``lock``)."""
    q = select(Document).where(Document.id == document_id)
    if lock:
        q = q.with_for_update()
    doc = session.execute(q).scalar_one_or_none()
    if doc is None or doc.bureau_id != user.bureau_id:
        raise refuse("IC-14", "document.missing", "找不到该单据")
    if lock and record_state.tampered_in(session, "document", doc.id):
        raise refuse("SEC-18", "document.tampered", f"单据 {doc.serial or doc.id} 的数据库记录与审计日志记录的状态不符"
                     "（疑被绕过本系统改动），不能再办理；请稽核或系统管理员运行 desktop audit verify --deep 核查")
    return doc


def _steps_from_json(text: str) -> tuple[StepSpec, ...]:
    return tuple(StepSpec.from_dict(s, "document.steps") for s in json.loads(text or "[]"))


class ApprovalService(ServiceBase):
    def __init__(self, sessions):  # noqa: ANN001
        super().__init__(sessions)
        # A module's own checks at submission, by kind (travel claim deadline, vehicle lead time …):
        # ``check(session, user, doc) -> list[Problem]``, registered by the module services.
        self.submit_checks: dict[str, Any] = {}
        # A module's own checks on approve/return/reject by kind (the cashier never reviews a voucher,
        # IC-05): ``check(session, user, doc, action: str) -> list[Problem]``.
        self.act_checks: dict[str, Any] = {}

    # Queries ----------------------------------------------------------------------------
    def document(self, user: SignedIn, document_id: int) -> DocumentView:
        """One document, if the person may read it (need-to-know, SEC-03); opening someone else's
        is audited (``document.read``)."""
        with self.reading() as session:
            doc = readable_document(session, user, document_id)
            view = self._view(session, doc)
        record_read(self, user, doc, "open")
        return view

    def documents(self, user: SignedIn, *, kinds: Sequence[str] | None = None, states: Sequence[str] | None = None,
                  mine: bool = False, limit: int = 500) -> list[DocumentView]:
        with self.reading() as session:
            q = select(Document).where(readable(session, user))  # need-to-know, SEC-03
            if kinds:
                q = q.where(Document.kind.in_(list(kinds)))
            if states:
                q = q.where(Document.state.in_(list(states)))
            if mine:
                q = q.where(Document.submitter_id == user.staff_id)
            docs = session.execute(q.order_by(Document.updated_at.desc()).limit(limit)).scalars().all()
            cache: dict[str, Any] = {"tampered": record_state.mismatched_ids(session.connection(), "document",
                                                                              [d.id for d in docs])}
            return [self._view(session, d, cache) for d in docs]

    def pending_for(self, user: SignedIn) -> list[DocumentView]:
        """Documents waiting at a step this person may act on now (separation of duties applied)."""
        if user.is_admin:
            return []
        out = []
        cache: dict[str, Any] = {}
        with self.reading() as session:
            waiting = waiting_for(session, user.actor, user.bureau_id)  # pre-filtered in SQL by position
            docs = session.execute(
                select(Document).where(Document.id.in_(waiting)).order_by(Document.updated_at)
            ).scalars().all() if waiting else []
            cache["tampered"] = record_state.mismatched_ids(session.connection(), "document", [d.id for d in docs])
            for doc in docs:
                steps = _steps_from_json(doc.steps_json)
                if doc.step_index is None or doc.step_index >= len(steps):
                    continue
                facts = self._facts(doc)
                if not can_act(user.actor, steps[doc.step_index], facts):
                    continue
                history = self._history(session, doc)
                sod = [p for p in check_action(action=Action.RETURN, state=State(doc.state), step_index=doc.step_index,
                                               steps=steps, facts=facts, history=history, actor=user.actor,
                                               params={}, reasons=["x"])]
                if not sod:
                    out.append(self._view(session, doc, cache))
        return out

    def counts(self, user: SignedIn) -> dict[tuple[str, str], int]:
        """How many documents of each (kind, state) this person may read, counted by the database."""
        with self.reading() as session:
            rows = session.execute(select(Document.kind, Document.state, func.count())
                                   .where(readable(session, user))
                                   .group_by(Document.kind, Document.state)).all()
            return {(kind, state): n for kind, state, n in rows}

    def kinds(self, user: SignedIn) -> dict[str, str]:
        with self.reading() as session:
            preset = self.preset_of(session, user.bureau_id)
            return {k: c.title for k, c in preset.chains.items()}

    def decisions(self, user: SignedIn, *, for_document: int | None = None) -> list[DecisionView]:
        """The bureau's collective decisions with their matters; with ``for_document`` only those
        with a matter that could serve that document (IC-08: a matter serves one document)."""
        with self.reading() as session:
            rows = session.execute(select(CollectiveDecision).where(CollectiveDecision.bureau_id == user.bureau_id)
                                   .order_by(CollectiveDecision.held_on.desc(), CollectiveDecision.id.desc())).scalars().all()
            views = [self._decision_view(session, r) for r in rows]
            if for_document is None:
                return views
            doc = document_of(session, user, for_document)
            return [v for v in views if v.open_for(doc.id, doc.amount)]

    @staticmethod
    def _decision_view(session, r: CollectiveDecision) -> DecisionView:  # noqa: ANN001
        rows = session.execute(select(DecisionMatter, Document.serial)
                               .outerjoin(Document, Document.id == DecisionMatter.document_id)
                               .where(DecisionMatter.decision_id == r.id).order_by(DecisionMatter.id)).all()
        matters = tuple(MatterView(m.id, m.subject, m.amount, m.document_id, serial or "") for m, serial in rows)
        if not matters:  # recorded before matters were listed: its subject is its one matter, still free
            matters = (MatterView(0, r.subject, None, None),)
        return DecisionView(r.id, r.meeting_type, r.minute_no, r.held_on, r.subject, matters)

    # Commands ---------------------------------------------------------------------------
    def create_draft(self, user: SignedIn, kind: str, title: str, *, purpose: str, amount: Any = "0",
                     days: int = 0, category: str = "", department_id: int | None = None,
                     payload: dict[str, Any] | None = None, submit: bool = False,
                     passphrase: str | None = None) -> int:
        """Create a draft; with ``submit`` also submit it (and with ``passphrase`` issue the certified
        sheet), all in ONE transaction: a failure or a kill at any point leaves nothing behind, so
        running the action again never makes a duplicate."""
        with self.transaction() as session:
            doc_id = self.create_in(session, user, kind, title, purpose=purpose, amount=amount, days=days,
                                    category=category, department_id=department_id, payload=payload)
            if submit:
                self.submit_in(session, user, doc_id, passphrase=passphrase)
            return doc_id

    def create_in(self, session, user: SignedIn, kind: str, title: str, *, purpose: str,  # noqa: ANN001
                  amount: Any = "0", days: int = 0, category: str = "", department_id: int | None = None,
                  payload: dict[str, Any] | None = None) -> int:
        """:meth:`create_draft` inside the caller's transaction (module services, seals)."""
        from desktop.domain.input_gate.documents import read_document_fields
        problems: list[Problem] = []
        if user.is_admin:
            problems.append(Problem("SEC-13", "sod.admin", "系统管理员不得办理业务单据"))
        # The input gate (issue 8): title, purpose, amount, days, kind, category and the payload tree.
        fields, gate_problems = read_document_fields(kind=kind, title=title, purpose=purpose, amount=amount,
                                                     days=days, category=category, payload=payload)
        if gate_problems:
            raise Refused(problems + gate_problems)
        value = fields.amount
        preset = self.preset_of(session, user.bureau_id)
        if kind not in preset.chains:
            problems.append(Problem("IC-01", "document.kind", f"本单位未配置“{kind}”的审批流程"))
        dept_id = department_id if department_id is not None else user.department_id
        if dept_id is not None:
            dept = session.get(Department, dept_id)
            if dept is None or dept.bureau_id != user.bureau_id:
                problems.append(Problem("IC-01", "document.department", "找不到该部门"))
        if problems:
            raise Refused(problems)
        doc = Document(bureau_id=user.bureau_id, kind=kind, title=title.strip(), purpose=purpose.strip(),
                       amount=value, days=days, category=category, department_id=dept_id,
                       submitter_id=user.staff_id, state=State.DRAFT.value,
                       payload_json=json.dumps(payload or {}, ensure_ascii=False))
        session.add(doc)
        session.flush()
        self.audit(session, user, "document.create", "document", doc.id, after=self._snapshot(doc))
        return doc.id

    def submit(self, user: SignedIn, document_id: int, *, passphrase: str | None = None) -> str:
        """Submit (or resubmit after a return); returns the serial number.

        With the submitter's signing ``passphrase`` the approval sheet is issued (certified) in
        the same transaction, so every approval step then signs it."""
        with self.transaction() as session:
            return self.submit_in(session, user, document_id, passphrase=passphrase)

    def submit_in(self, session, user: SignedIn, document_id: int, *,  # noqa: ANN001
                  passphrase: str | None = None) -> str:
        """:meth:`submit` inside the caller's transaction."""
        doc = self._doc(session, user, document_id, lock=True)
        preset = self.preset_of(session, user.bureau_id)
        chain = preset.chain(doc.kind)
        facts = self._facts(doc, session, office=True)
        steps = resolve_steps(chain, facts, preset.parameters)
        problems = check_action(action=Action.SUBMIT, state=State(doc.state), step_index=doc.step_index,
                                steps=steps, facts=facts, history=(), actor=user.actor, params=preset.parameters,
                                reference_needed=reference_required(chain, facts, preset.parameters))
        problems += [p for s in steps if s.scope == "office" and s.department_id is None
                     for p in [Problem("SUPPLY-04", "chain.office", f"“{s.label}”须由办公室的分管领导办理，"
                                       "但本单位未设办公室主任所在的局机关部门（请在 组织机构 中设置）")]][:1]
        check = self.submit_checks.get(doc.kind)
        if check is not None and not problems:
            problems = list(check(session, user, doc))
        if problems:
            raise Refused(problems)
        before = self._snapshot(doc)
        if doc.serial is None:
            today = date.today()
            value = next_value(session, doc.bureau_id, doc.kind, period_key(chain.period, today))
            doc.serial = format_serial(chain.serial_prefix, chain.period, today, value)
        transition = apply_action(action=Action.SUBMIT, state=State(doc.state), step_index=None, steps=steps)
        doc.steps_json = json.dumps([s.to_dict() for s in steps], ensure_ascii=False)
        doc.round += 1
        doc.state, doc.step_index = transition.state.value, transition.step_index
        doc.updated_at = utcnow()
        session.add(ApprovalAction(document_id=doc.id, round=doc.round, step_index=None, action="submit",
                                   person_id=user.staff_id, step_label="经办人提交"))
        self.audit(session, user, "document.submit", "document", doc.id, before=before, after=self._snapshot(doc))
        if passphrase is not None and self.step_signer is not None:
            session.flush()
            self.step_signer.issue_in(session, user, doc, passphrase)
        return doc.serial

    # Set by the Desk (services/sheets.py): issues the sheet at submission and signs the step's
    # field when the document has an issued sheet.
    step_signer = None

    def approve(self, user: SignedIn, document_id: int, opinion: str = "同意", *, decision_id: int | None = None,
                matter_id: int | None = None, passphrase: str | None = None) -> str:
        """Approve the current step. If the document has an issued sheet, the approver's signature
        goes into that step's field in the same transaction, which needs their signing passphrase.

        A collective decision (``decision_id``, or one of its matters ``matter_id``) is linked only
        when the step needs one for this document (VOUCH-08); otherwise it is not attached."""
        return self._act(user, document_id, Action.APPROVE, opinion=opinion, decision_id=decision_id,
                         matter_id=matter_id, passphrase=passphrase)

    def return_(self, user: SignedIn, document_id: int, reasons: Sequence[str], opinion: str = "") -> str:
        return self._act(user, document_id, Action.RETURN, opinion=opinion, reasons=reasons)

    def reject(self, user: SignedIn, document_id: int, opinion: str) -> str:
        return self._act(user, document_id, Action.REJECT, opinion=opinion)

    def archive(self, user: SignedIn, document_id: int) -> str:
        allowed = {"finance_head", "accountant", "office_head"}
        if not allowed & set(user.positions):
            raise refuse("ARCH-02", "perm.archive", "归档须由财务负责人、会计或办公室主任办理")
        return self._act(user, document_id, Action.ARCHIVE)

    def record_decision(self, user: SignedIn, meeting_type: str, minute_no: str, held_on: date, subject: str = "",
                        matters: Sequence[dict[str, Any]] | None = None) -> int:
        """Register the minute of a collective decision (IC-08) with the matters it decided (议题:
        ``{"subject", "amount" (yuan, optional), "document_id" (optional)}``), so large items can
        link it; without ``matters`` the subject is its one matter, with no amount."""
        from desktop.domain.money import MoneyError, parse_amount
        facts = DecisionFacts(meeting_type, minute_no, held_on)
        problems = facts.problems()
        if not {"office_head", "director"} & set(user.positions):
            problems.append(Problem("IC-08", "perm.decision", "集体决策记录须由办公室主任或局长登记"))
        listed: list[tuple[str, Decimal | None, int | None]] = []
        for n, m in enumerate(matters or (), start=1):
            text = str(m.get("subject") or "").strip() if isinstance(m, dict) else ""
            if not text:
                problems.append(Problem("IC-08", "decision.matter_subject", f"第{n}个议题缺少内容"))
            amount = m.get("amount") if isinstance(m, dict) else None
            value = None
            if amount not in (None, ""):
                try:
                    value = parse_amount(str(amount), allow_negative=False, field=f"第{n}个议题的金额")
                except MoneyError:
                    problems.append(Problem("IC-08", "decision.matter_amount", f"第{n}个议题的金额不是有效金额（收到：{amount}）"))
            doc_id = m.get("document_id") if isinstance(m, dict) else None
            if doc_id is not None and (isinstance(doc_id, bool) or not isinstance(doc_id, int)):
                problems.append(Problem("IC-08", "decision.matter_document", f"第{n}个议题所服务的单据无效"))
                doc_id = None
            listed.append((text, value, doc_id))
        served = [d for _, _, d in listed if d is not None]
        if len(served) != len(set(served)):
            problems.append(Problem("IC-08", "decision.matter_used", "同一单据只能对应一个议题"))
        if problems:
            raise Refused(problems)
        if not listed:
            listed = [(subject.strip(), None, None)]
        with self.transaction() as session:
            if session.execute(select(CollectiveDecision).where(CollectiveDecision.bureau_id == user.bureau_id,
                                                                CollectiveDecision.minute_no == minute_no.strip())).first():
                raise refuse("IC-08", "decision.duplicate", f"纪要编号 {minute_no} 已登记")
            for _, _, doc_id in listed:
                if doc_id is not None:
                    doc = document_of(session, user, doc_id)
                    if session.execute(select(DecisionMatter.id).where(DecisionMatter.document_id == doc.id)).first():
                        raise refuse("IC-08", "decision.matter_used", f"单据 {doc.serial or doc.id} 已有集体决策议题，一个议题只能用于一张单据")
            rec = CollectiveDecision(bureau_id=user.bureau_id, meeting_type=meeting_type.strip(),
                                     minute_no=minute_no.strip(), held_on=held_on, subject=subject.strip())
            session.add(rec)
            session.flush()
            for text, value, doc_id in listed:
                session.add(DecisionMatter(decision_id=rec.id, subject=text, amount=value, document_id=doc_id))
            session.flush()
            self.audit(session, user, "decision.create", "collective_decision", rec.id,
                       after={"meeting_type": rec.meeting_type, "minute_no": rec.minute_no, "held_on": held_on.isoformat(),
                              "matters": [{"subject": t, "amount": None if v is None else str(v), "document_id": d}
                                          for t, v, d in listed]})
            return rec.id

    # Internals --------------------------------------------------------------------------
    def _act(self, user: SignedIn, document_id: int, action: Action, *, opinion: str = "",
             reasons: Sequence[str] = (), decision_id: int | None = None, matter_id: int | None = None,
             passphrase: str | None = None) -> str:
        with self.transaction() as session:
            doc = self._doc(session, user, document_id, lock=True)
            preset = self.preset_of(session, user.bureau_id)
            steps = _steps_from_json(doc.steps_json)
            facts = self._facts(doc, session)
            decision = None
            decision_row = matter_row = None
            pending = steps[doc.step_index] if doc.step_index is not None and doc.step_index < len(steps) else None
            # Only a step that needs a collective decision for THIS document looks at one; a record
            # offered where none is needed is not attached (VOUCH-08: 2,346 元 under a 3,000 元 line).
            if action is Action.APPROVE and decision_required(pending, facts, preset.parameters):
                decision_row, matter_row = self._decision_for(session, user, doc, decision_id, matter_id)
                if decision_row is not None:
                    matter = None if matter_row is None else MatterFacts(matter_row.subject, matter_row.amount,
                                                                          matter_row.document_id)
                    decision = DecisionFacts(decision_row.meeting_type, decision_row.minute_no, decision_row.held_on,
                                             matter)
            # The positions held now, not at sign-in: a post taken away since cannot sign (IC-14).
            problems = check_action(action=action, state=State(doc.state), step_index=doc.step_index, steps=steps,
                                    facts=facts, history=self._history(session, doc),
                                    actor=actor_for(session, user.staff_id),
                                    params=preset.parameters, opinion=opinion, reasons=reasons, decision=decision)
            act_check = self.act_checks.get(doc.kind)
            if act_check is not None:
                problems = [*problems, *act_check(session, user, doc, action.value)]
            if problems:
                raise Refused(problems)
            before = self._snapshot(doc)
            step = steps[doc.step_index] if doc.step_index is not None and doc.step_index < len(steps) else None
            t = apply_action(action=action, state=State(doc.state), step_index=doc.step_index, steps=steps, reasons=reasons)
            if action is Action.APPROVE and step is not None and self.step_signer is not None:
                self.step_signer.sign_step_in(session, user, doc, doc.step_index, step, opinion, passphrase)
            if decision_row is not None:
                doc.decision_id = decision_row.id
                if matter_row.id is None:  # a decision without matters: its subject becomes the one it serves
                    session.add(matter_row)
                matter_row.document_id = doc.id
            doc.state, doc.step_index = t.state.value, t.step_index
            doc.updated_at = utcnow()
            session.add(ApprovalAction(document_id=doc.id, round=doc.round, step_index=t.completed_step,
                                       step_key=step.key if step else "", step_label=step.label if step else "",
                                       action=action.value, person_id=user.staff_id, opinion=opinion.strip(),
                                       reasons_json=json.dumps(list(t.reasons), ensure_ascii=False)))
            self.audit(session, user, f"document.{action.value}", "document", doc.id, before=before,
                       after={**self._snapshot(doc), "opinion": opinion.strip(), "reasons": list(t.reasons)})
            return doc.state

    def _doc(self, session, user: SignedIn, document_id: int, *, lock: bool = False) -> Document:  # noqa: ANN001
        return document_of(session, user, document_id, lock=lock)

    def _decision_for(self, session, user: SignedIn, doc: Document, decision_id: int | None,  # noqa: ANN001
                      matter_id: int | None) -> tuple[CollectiveDecision | None, DecisionMatter | None]:
        """The decision and the matter of it offered for ``doc``: the one named, else the decision's
        matter serving ``doc``, else a free one deciding enough, else one that shows why none serves."""
        if matter_id is not None:
            matter = session.get(DecisionMatter, matter_id)
            decision = None if matter is None else session.get(CollectiveDecision, matter.decision_id)
            if decision is None or decision.bureau_id != user.bureau_id or (
                    decision_id is not None and decision.id != decision_id):
                raise refuse("IC-08", "decision.missing_record", "找不到该集体决策议题")
            return decision, matter
        wanted = decision_id if decision_id is not None else doc.decision_id
        if wanted is None:
            return None, None
        decision = session.get(CollectiveDecision, wanted)
        if decision is None or decision.bureau_id != user.bureau_id:
            raise refuse("IC-08", "decision.missing_record", "找不到该集体决策记录")
        matters = session.execute(select(DecisionMatter).where(DecisionMatter.decision_id == decision.id)
                                  .order_by(DecisionMatter.id)).scalars().all()
        if not matters:  # recorded before matters were listed
            return decision, DecisionMatter(decision_id=decision.id, subject=decision.subject, amount=None)
        own = [m for m in matters if m.document_id == doc.id]
        free = [m for m in matters if m.document_id is None]
        fits = [m for m in free if m.amount is None or doc.amount <= m.amount]
        return decision, (own or fits or free or matters)[0]

    @staticmethod
    def _facts(doc: Document, session=None, *, office: bool = False) -> DocumentFacts:  # noqa: ANN001
        """The facts the chain looks at; with ``session`` also the department's unit, with ``office``
        the bureau office's department (scope "office", needed at submission only)."""
        unit, office_id = "", None
        if session is not None:
            if doc.department_id is not None:
                dept = session.get(Department, doc.department_id)
                unit = dept.unit if dept is not None else ""
            if office:
                office_id = office_department(session, doc.bureau_id)
        try:
            reference = str(json.loads(doc.payload_json or "{}").get(REFERENCE_KEY) or "")
        except (ValueError, AttributeError):
            reference = ""
        return DocumentFacts(amount=doc.amount, days=doc.days, category=doc.category,
                             department_id=doc.department_id, submitter_id=doc.submitter_id, unit=unit,
                             office_department_id=office_id, document_id=doc.id, reference=reference)

    @staticmethod
    def _history(session, doc: Document) -> list[StepRecord]:  # noqa: ANN001
        rows = session.execute(select(ApprovalAction).where(ApprovalAction.document_id == doc.id,
                                                            ApprovalAction.round == doc.round)).scalars()
        return [StepRecord(r.step_index, Action(r.action), r.person_id) for r in rows]

    @staticmethod
    def _snapshot(doc: Document) -> dict[str, Any]:
        return {"kind": doc.kind, "serial": doc.serial, "title": doc.title, "amount": str(doc.amount),
                "days": doc.days, "category": doc.category, "state": doc.state, "step_index": doc.step_index,
                "round": doc.round}

    def _view(self, session, doc: Document, cache: dict[str, Any] | None = None) -> DocumentView:  # noqa: ANN001
        """A plain view of ``doc``; ``cache`` shares the bureau's names and preset across a list."""
        cache = {} if cache is None else cache
        if "names" not in cache:
            cache["names"] = dict(session.execute(select(Staff.id, Staff.name).where(Staff.bureau_id == doc.bureau_id)).all())
            cache["depts"] = dict(session.execute(select(Department.id, Department.name).where(Department.bureau_id == doc.bureau_id)).all())
            cache["preset"] = self.preset_of(session, doc.bureau_id)
        names, depts, preset = cache["names"], cache["depts"], cache["preset"]
        kind_title = preset.chains[doc.kind].title if doc.kind in preset.chains else doc.kind
        actions = session.execute(select(ApprovalAction).where(ApprovalAction.document_id == doc.id)
                                  .order_by(ApprovalAction.id)).scalars()
        history = tuple(ActionView(a.at, names.get(a.person_id, "?"), a.action, a.step_label, a.opinion,
                                   tuple(json.loads(a.reasons_json or "[]")), a.round) for a in actions)
        decision = None
        if doc.decision_id:
            decision = self._decision_view(session, session.get(CollectiveDecision, doc.decision_id))
        step = (self._steps_of(doc)[doc.step_index] if doc.state == "submitted" and doc.step_index is not None
                and doc.step_index < len(self._steps_of(doc)) else None)
        needs_decision = step is not None and step.collective is not None and decision_required(
            step, self._facts(doc, session), preset.parameters)
        if "tampered" in cache:
            tampered = doc.id in cache["tampered"]
        else:
            tampered = bool(record_state.mismatched_ids(session.connection(), "document", [doc.id], full=True))
        return DocumentView(doc.id, doc.kind, kind_title, doc.serial, doc.title, doc.purpose, doc.amount, doc.days,
                            doc.category, doc.department_id, depts.get(doc.department_id, ""), doc.submitter_id,
                            names.get(doc.submitter_id, "?"), doc.state, doc.step_index,
                            _steps_from_json(doc.steps_json), history, decision, json.loads(doc.payload_json or "{}"),
                            doc.created_at, doc.updated_at, tampered, needs_decision)

    @staticmethod
    def _steps_of(doc: Document) -> tuple[StepSpec, ...]:
        return _steps_from_json(doc.steps_json)


def office_department(session, bureau_id: int) -> int | None:  # noqa: ANN001
    """The bureau office's department (办公室): where the bureau's office head works, in the
    局机关. The office's leader in charge is the leader assigned to it (SUPPLY-04, 001)."""
    row = session.execute(
        select(Staff.department_id).join(StaffPosition, StaffPosition.staff_id == Staff.id)
        .join(Department, Department.id == Staff.department_id)
        .where(Staff.bureau_id == bureau_id, Staff.active.is_(True), StaffPosition.position == "office_head",
               Department.unit == "bureau").order_by(Staff.id).limit(1)).first()
    return row[0] if row else None
