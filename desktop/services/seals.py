"""The seal registry (印章台账): the bureau's seals as signing keys, their lifecycle with the
approvals the rules require, custody (assignment, handover, delegation, take-out) and the
separation rules (SEAL-01..SEAL-17). Applying a seal, the use register, revocation lists and
verification are in :mod:`desktop.services.seal_use` (the same service, ``desk.seals``).

A seal's private key is stored only inside a PKCS#12 container encrypted with its custodian's
signing passphrase (the same one that opens the person's own signing key). A handover re-encrypts
it (old custodian's passphrase opens, new custodian's encrypts); a delegation adds a copy for the
delegate and leaves the original, so custody returns by itself when the period ends.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.documents import pki
from desktop.documents.fonts import cjk_font_path
from desktop.documents.layout import load_layouts
from desktop.documents.render import SheetData, StampText, StepBox, render_sheet, step_field
from desktop.documents.seal_image import impression_png
from desktop.documents.signing import certify, sign_field
from desktop.domain.approval.model import Problem
from desktop.domain.seals.custody import (
    CustodyEvent,
    Holding,
    check_custody,
    check_take_out,
    current_custodian,
    take_out_request_problems,
)
from desktop.domain.seals.model import (
    HELD,
    STATUS_LABELS,
    check_transition,
    impression_text,
    kind_info,
)
from desktop.persistence.schema import (
    ApprovalAction,
    Bureau,
    BureauAuthority,
    Department,
    Document,
    Seal,
    SealCustody,
    SealFile,
    SealStatusChange,
    SealTakeOut,
    SealUse,
    SigningIdentity,
    Staff,
    StaffPosition,
    utcnow,
)
from desktop.services.base import Refused, SignedIn, refuse
from desktop.services.seal_use import SealUseMixin, register_number

__all__ = ["SealService", "SealView", "CustodyView", "StatusChangeView", "TakeOutView", "MANAGERS"]

# Who keeps the registry: the office (SEAL-01, SEAL-02: 办公室 / 医保中心办公室 manage all seals).
MANAGERS = frozenset({"office_head", "seal_custodian", "director", "center_director"})


@dataclass(frozen=True)
class SealView:
    id: int
    kind: str
    kind_label: str
    name: str
    department: str
    custodian_id: int | None  # accountable today (a delegate during a delegation)
    custodian: str
    base_custodian_id: int | None
    storage_place: str
    status: str
    filing_no: str
    filed_on: date | None
    engraving_unit: str
    enabled_on: date | None
    cert_serial: str
    revoked_at: datetime | None
    engraving_document_id: int | None
    delegated_until: date | None = None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class CustodyView:
    id: int
    seal_id: int
    kind: str
    from_person: str
    to_person: str
    start: date
    until: date | None
    reason: str


@dataclass(frozen=True)
class StatusChangeView:
    at: datetime  # naive UTC
    from_status: str
    to_status: str
    rule: str
    note: str
    by: str


@dataclass(frozen=True)
class TakeOutView:
    id: int
    seal_id: int
    purpose: str
    destination: str
    out_on: date
    back_on: date | None
    approved_by: str
    persons: tuple[str, ...]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _ceil_second(moment: datetime) -> datetime:
    """Revocation takes effect from the next whole second: a seal applied earlier in the same
    second (the signing time has whole seconds) stays valid."""
    whole = moment.replace(microsecond=0)
    return whole if whole == moment else whole + timedelta(seconds=1)


class SealService(SealUseMixin):
    # Reading ----------------------------------------------------------------------------------
    def seals(self, user: SignedIn, *, kind: str | None = None, status: str | None = None,
              custodian_id: int | None = None, today: date | None = None) -> list[SealView]:
        """The registry (印章台账), filtered; the custodian is the one accountable ``today``."""
        with self.reading() as session:
            rows = session.execute(select(Seal).where(Seal.bureau_id == user.bureau_id).order_by(Seal.id)).scalars()
            views = [self._view(session, s, today or date.today()) for s in rows]
        return [v for v in views if (kind is None or v.kind == kind) and (status is None or v.status == status)
                and (custodian_id is None or v.custodian_id == custodian_id)]

    def seal(self, user: SignedIn, seal_id: int, today: date | None = None) -> SealView:
        with self.reading() as session:
            return self._view(session, self._seal(session, user, seal_id), today or date.today())

    def custody_history(self, user: SignedIn, seal_id: int) -> list[CustodyView]:
        with self.reading() as session:
            self._seal(session, user, seal_id)
            rows = session.execute(select(SealCustody).where(SealCustody.seal_id == seal_id)
                                   .order_by(SealCustody.id)).scalars()
            return [CustodyView(r.id, r.seal_id, r.kind, self._name(session, r.from_person),
                                self._name(session, r.to_person), r.start, r.until, r.reason) for r in rows]

    def status_history(self, user: SignedIn, seal_id: int) -> list[StatusChangeView]:
        """The lifecycle changes of a seal, oldest first, each with its rule and who made it."""
        with self.reading() as session:
            self._seal(session, user, seal_id)
            rows = session.execute(select(SealStatusChange).where(SealStatusChange.seal_id == seal_id)
                                   .order_by(SealStatusChange.id)).scalars()
            return [StatusChangeView(r.at, r.from_status, r.to_status, r.rule, r.note, self._name(session, r.staff_id))
                    for r in rows]

    def take_outs(self, user: SignedIn, seal_id: int) -> list[TakeOutView]:
        """The take-outs recorded for a seal (印鉴携出, SEAL-14), oldest first."""
        with self.reading() as session:
            self._seal(session, user, seal_id)
            rows = session.execute(select(SealTakeOut).where(SealTakeOut.seal_id == seal_id)
                                   .order_by(SealTakeOut.id)).scalars()
            return [TakeOutView(r.id, r.seal_id, r.purpose, r.destination, r.out_on, r.back_on,
                                self._name(session, r.approved_by),
                                tuple(self._name(session, p) for p in json.loads(r.persons_json or "[]")))
                    for r in rows]

    def impression(self, user: SignedIn, seal_id: int) -> bytes | None:
        """The impression specimen (印鉴样底) PNG."""
        with self.reading() as session:
            return self._seal(session, user, seal_id).impression_png

    def sheet_pdf(self, user: SignedIn, seal_id: int, purpose: str) -> bytes:
        """The newest signed enabling notice (``enabling_notice``) or handover sheet (``handover``)."""
        with self.reading() as session:
            self._seal(session, user, seal_id)
            row = session.execute(select(SealFile).where(SealFile.seal_id == seal_id, SealFile.purpose == purpose)
                                  .order_by(SealFile.id.desc()).limit(1)).scalar_one_or_none()
            if row is None:
                raise refuse("SEAL-09", "seal.no_sheet", "该印章没有这份单据")
            return row.content

    # Lifecycle -------------------------------------------------------------------------------
    def request_engraving(self, user: SignedIn, kind: str, name: str, reason: str, *, department_id: int | None = None,
                          spec: str = "", passphrase: str | None = None) -> int:
        """An engraving request (刻制印章申请, SEAL-09/SEAL-10): a registry entry ``requested`` and a
        ``seal_engraving`` document submitted into its chain (with ``passphrase``: its sheet issued)."""
        try:
            info = kind_info(kind)
        except KeyError:
            raise refuse("SEAL-01", "seal.kind", f"未知的印章类型 {kind}") from None
        if not info.signing:
            raise refuse("SEAL-16", "seal.kind", "支票不刻制：请登记为保管物品")
        from desktop.domain.input_gate.seals import seal_text_problems

        gate = seal_text_problems("SEAL-10", name=name, reason=reason, spec=spec)  # input gate (issue 8)
        if gate:
            raise Refused(gate)
        if not name.strip() or not reason.strip():
            raise refuse("SEAL-10", "seal.request", "请填写印章名称和刻制理由")
        from desktop.services.approvals import ApprovalService

        approvals = ApprovalService(self._sessions)
        approvals.step_signer = self._sheets()
        # One transaction: the document, its submission (and sheet) and the registry entry; a wrong
        # passphrase or a kill leaves none of them.
        with self.transaction() as session:
            # SEAL-09 (000) 「医保中心所设的各职能股室印鉴的刻制或更换……报请中心主任同意，局长批准」
            dept = session.get(Department, department_id or user.department_id) if (department_id or user.department_id) else None
            doc_id = approvals.create_in(session, user, "seal_engraving", name.strip(), purpose=reason.strip(),
                                         department_id=department_id,
                                         category="centre" if dept is not None and dept.unit == "centre" else "",
                                         payload={"seal_type": info.label, "spec": spec or ("圆形 直径42mm" if info.shape == "round" else "方形")})
            approvals.submit_in(session, user, doc_id, passphrase=passphrase)
            seal = Seal(bureau_id=user.bureau_id, kind=info.kind.value, name=name.strip(), department_id=department_id
                        or user.department_id, status="requested", reason=reason.strip(), engraving_document_id=doc_id)
            session.add(seal)
            session.flush()
            self._history(session, seal, "", "requested", "SEAL-10", user, reason.strip())
            self.audit(session, user, "seal.request", "seal", seal.id, after={"name": seal.name, "kind": kind,
                                                                             "document": doc_id})
            return seal.id

    def record_filing(self, user: SignedIn, seal_id: int, filing_no: str, filed_on: date, engraving_unit: str) -> None:
        """The police filing (公安备案) and the maker the police designated (SEAL-10)."""
        self._require_manager(user)
        from desktop.domain.input_gate.seals import seal_text_problems

        gate = seal_text_problems("SEAL-10", filing_no=filing_no, engraving_unit=engraving_unit)
        if gate:
            raise Refused(gate)
        if not filing_no.strip() or not engraving_unit.strip():
            raise refuse("SEAL-10", "seal.filing", "请填写备案编号和刻制单位")
        with self.transaction() as session:
            seal = self._seal(session, user, seal_id, lock=True)
            self._sync_engraving(session, seal, user)
            self._move(session, seal, "filed", user, f"备案编号 {filing_no.strip()}")
            seal.filing_no, seal.filed_on, seal.engraving_unit = filing_no.strip(), filed_on, engraving_unit.strip()

    def enable(self, user: SignedIn, seal_id: int, *, custodian_id: int, custodian_passphrase: str, ca_passphrase: str,
               storage_place: str, enabled_on: date | None = None, notice: str = "") -> None:
        """Enable a filed seal (SEAL-09, SEAL-11): certificate from the bureau root, key encrypted for
        the custodian, impression specimen, custody assigned, and the enabling notice (启用通知)
        certified by the custodian and stamped with the new seal's impression specimen."""
        self._require_manager(user)
        from desktop.domain.input_gate.seals import seal_text_problems

        gate = seal_text_problems("SEAL-11", storage_place=storage_place, notice=notice)
        if gate:
            raise Refused(gate)
        day = enabled_on or date.today()
        with self.transaction() as session:
            seal = self._seal(session, user, seal_id, lock=True)
            self._move(session, seal, "enabled", user, "启用")
            self._check_custody(session, user, seal, custodian_id, day)
            bureau = session.get(Bureau, user.bureau_id)
            custodian = self._staff(session, user, custodian_id)
            ca_row = session.execute(select(BureauAuthority).where(BureauAuthority.bureau_id == user.bureau_id)).scalar_one()
            ca = pki.KeyMaterial(ca_row.cert_pem, ca_row.key_p12, ca_row.serial, ca_row.subject, ca_row.valid_from,
                                 ca_row.valid_to)
            info = kind_info(seal.kind)
            person_key = self._person_key(session, custodian, custodian_passphrase)  # the passphrase is theirs
            try:
                material = pki.issue_seal(ca, ca_passphrase, seal_name=seal.name, seal_kind_label=info.label,
                                          bureau_name=bureau.name, passphrase=custodian_passphrase)
            except pki.PkiError as exc:
                raise refuse("SEC-06", "ca.passphrase", str(exc)) from exc
            shape, arc, below = impression_text(seal.kind, bureau.name, seal.name)
            seal.cert_serial, seal.cert_pem, seal.key_p12 = material.serial, material.cert_pem, material.key_p12
            seal.impression_png = impression_png(arc, below, str(cjk_font_path()), shape=shape)
            seal.enabled_on, seal.custodian_id = day, custodian.id
            seal.storage_place = storage_place.strip() or seal.storage_place
            session.add(SealCustody(seal_id=seal.id, kind="assign", from_person=None, to_person=custodian.id, start=day,
                                    reason="启用时指定保管人"))
            engraving = session.get(Document, seal.engraving_document_id) if seal.engraving_document_id else None
            dept = session.get(Department, seal.department_id) if seal.department_id else None
            text = notice.strip() or (f"经局领导同意，{seal.name}自{day.year}年{day.month}月{day.day}日起启用，"
                                      f"由{custodian.name}保管。特此通知。")
            data = SheetData(bureau_name=bureau.name, kind="seal_enabling", kind_title="印章启用通知",
                             serial=f"启-{day.year}-{seal.id:04d}", title=seal.name, purpose=text, amount=0, days=0,
                             category="", department=dept.name if dept else "", submitter=custodian.name,
                             submitted_on=day, steps=(),
                             payload={"kind_label": info.label, "engraving_unit": seal.engraving_unit,
                                      "filing_no": seal.filing_no, "filed_on": _cn(seal.filed_on),
                                      "enabled_on": _cn(day), "storage_place": seal.storage_place,
                                      "engraving": engraving.serial if engraving and engraving.serial else "（登记）",
                                      "serial": material.serial})
            rendered = render_sheet(load_layouts()["seal_enabling"], data)
            pdf = certify(rendered.pdf, rendered.fields, person_key,
                          StampText(custodian.name, custodian.title, "", day, caption="保管人", seal_name=custodian.name),
                          reason="启用通知")
            seal_key = pki.unlock(material.key_p12, custodian_passphrase, what="印章私钥")
            pdf = sign_field(pdf, "sig_bureau_seal", seal_key, self._stamp(seal, bureau.name, day), reason="印鉴样底")
            session.add(SealFile(seal_id=seal.id, purpose="enabling_notice", filename=f"启用通知-{seal.name}.pdf",
                                 sha256=_sha(pdf), content=pdf))
            session.add(SealUse(seal_id=seal.id, document_id=None, used_at=utcnow(), document_title="印章启用通知（印鉴样底）",
                                recipient="本局", copies=1, requester_id=user.staff_id, approver_id=None,
                                custodian_id=custodian.id, sealed_sha256=_sha(pdf), reason="印章启用，加盖印鉴样底",
                                register_no=register_number(session, seal.bureau_id, day)))
            self.audit(session, user, "seal.enable", "seal", seal.id,
                       after={"custodian": custodian.name, "serial": material.serial, "enabled_on": day.isoformat()})

    def register_item(self, user: SignedIn, kind: str, name: str, *, custodian_id: int, storage_place: str = "",
                      department_id: int | None = None) -> int:
        """A custody item that is not a signing seal (the cheque book, SEAL-16), held from today."""
        self._require_manager(user)
        from desktop.domain.input_gate.seals import seal_text_problems

        gate = seal_text_problems("SEAL-16", name=name, storage_place=storage_place)
        if gate:
            raise Refused(gate)
        if kind_info(kind).signing:
            raise refuse("SEAL-09", "seal.item", "印章须经刻制申请、备案和启用，不能直接登记")
        with self.transaction() as session:
            seal = Seal(bureau_id=user.bureau_id, kind=kind, name=name.strip(), department_id=department_id,
                        status="enabled", storage_place=storage_place, enabled_on=date.today())
            session.add(seal)
            session.flush()
            self._check_custody(session, user, seal, custodian_id, date.today())
            seal.custodian_id = custodian_id
            session.add(SealCustody(seal_id=seal.id, kind="assign", to_person=custodian_id, start=date.today(),
                                    reason="登记"))
            self._history(session, seal, "", "enabled", "SEAL-16", user, "登记保管物品")
            self.audit(session, user, "seal.register_item", "seal", seal.id, after={"name": seal.name, "kind": kind})
            return seal.id

    def set_status(self, user: SignedIn, seal_id: int, target: str, note: str = "") -> None:
        """Suspend, resume, replace, seal up (封存) or cancel (注销) a seal (SEAL-12)."""
        self._require_manager(user)
        from desktop.domain.input_gate.seals import seal_text_problems

        gate = seal_text_problems("SEAL-12", note=note)
        if gate:
            raise Refused(gate)
        if target == "void":
            raise refuse("SEAL-15", "seal.void", "挂失请用“挂失作废”")
        with self.transaction() as session:
            seal = self._seal(session, user, seal_id, lock=True)
            if target == "enabled" and seal.status != "suspended":
                raise refuse("SEAL-09", "seal.enable", "新印章须经备案后通过“启用”办理")
            self._move(session, seal, target, user, note)
            if target in ("sealed_up", "cancelled") and seal.cert_serial and seal.revoked_at is None:
                seal.revoked_at = _ceil_second(utcnow())  # a sealed-up seal signs nothing more

    def report_lost(self, user: SignedIn, seal_id: int, note: str) -> datetime:
        """Lost or stolen (SEAL-15): declared void at once, its certificate revoked from now on."""
        self._require_manager(user)
        from desktop.domain.input_gate.seals import seal_text_problems

        gate = seal_text_problems("SEAL-15", note=note)
        if gate:
            raise Refused(gate)
        if not note.strip():
            raise refuse("SEAL-15", "seal.lost_note", "请记录挂失情况（发现时间、经过）")
        with self.transaction() as session:
            seal = self._seal(session, user, seal_id, lock=True)
            self._move(session, seal, "void", user, note.strip())
            seal.revoked_at = _ceil_second(utcnow())
            self.audit(session, user, "seal.revoke", "seal", seal.id,
                       after={"serial": seal.cert_serial, "revoked_at": seal.revoked_at.isoformat()})
            return seal.revoked_at

    # Custody --------------------------------------------------------------------------------
    def handover(self, user: SignedIn, seal_id: int, to_staff: int, *, from_passphrase: str, to_passphrase: str,
                 reason: str, on: date | None = None) -> int:
        """A permanent handover (交接): the key re-encrypted for the new custodian, the handover sheet
        certified by the person handing over and signed by the one receiving."""
        return self._custody_change(user, seal_id, to_staff, "handover", from_passphrase, to_passphrase, reason,
                                    on or date.today(), None)

    def delegate(self, user: SignedIn, seal_id: int, to_staff: int, *, start: date, until: date, from_passphrase: str,
                 to_passphrase: str, reason: str) -> int:
        """A delegation for a period (委托, SEAL-03/SEAL-04): the delegate is the custodian from
        ``start`` to ``until`` inclusive, then custody returns by itself."""
        if until < start:
            raise refuse("SEAL-03", "custody.period", "委托期限的结束日期早于开始日期")
        return self._custody_change(user, seal_id, to_staff, "delegate", from_passphrase, to_passphrase, reason, start,
                                    until)

    def request_take_out(self, user: SignedIn, seal_id: int, *, purpose: str, destination: str, out_on: date,
                         back_on: date | None, persons: Sequence[int], passphrase: str | None = None) -> int:
        """A take-out request (印鉴携出审批, SEAL-14): purpose, where, when and ≥ 2 named persons,
        submitted into the ``seal_takeout`` chain, which the (centre) director approves in the app
        with their own signature. Returns the document id; :meth:`take_out` records it afterwards."""
        self._require_manager(user)
        from desktop.domain.input_gate.seals import seal_text_problems

        gate = seal_text_problems("SEAL-14", purpose=purpose, destination=destination)
        if gate:
            raise Refused(gate)
        from desktop.services.approvals import ApprovalService
        from desktop.services.module_records import ModuleService

        approvals = ApprovalService(self._sessions)
        approvals.step_signer = self._sheets()
        with self.transaction() as session:
            seal = self._seal(session, user, seal_id, lock=True)
            problems = take_out_request_problems(persons=list(persons), purpose=purpose)
            if seal.status in ("void", "cancelled", "sealed_up"):
                problems.append(Problem("SEAL-15", "takeout.status", "该印章已作废、封存或注销"))
            if back_on is not None and back_on < out_on:
                problems.append(Problem("SEAL-14", "takeout.dates", "带回日期早于带出日期"))
            if problems:
                raise Refused(problems)
            names = [self._staff(session, user, p).name for p in persons]
            ModuleService.ensure_chain_in(self, session, user, "seal_takeout")  # a bureau created before 0009
            centre = self._centre_seal(session, seal)
            doc_id = approvals.create_in(
                session, user, "seal_takeout", f"{seal.name}携出", purpose=purpose.strip(),
                category="centre" if centre else "", department_id=seal.department_id,
                payload={"seal_id": seal.id, "seal_name": seal.name, "destination": destination.strip(),
                         "out_on": out_on.isoformat(), "back_on": back_on.isoformat() if back_on else None,
                         "persons": list(persons), "persons_text": "、".join(names),
                         "dates": f"{out_on.isoformat()} 至 {back_on.isoformat() if back_on else '未定'}",
                         "approver_text": "医保中心主任" if centre else "局长"})
            approvals.submit_in(session, user, doc_id, passphrase=passphrase)
            return doc_id

    def take_out(self, user: SignedIn, document_id: int) -> int:
        """Record that the seal left under an approved take-out request (SEAL-14): the approver is
        whoever approved its last step in the app, never a name typed here. Returns the row id."""
        self._require_manager(user)
        from desktop.services.approvals import ApprovalService

        with self.transaction() as session:
            doc = ApprovalService(self._sessions)._doc(session, user, document_id, lock=True)
            if doc.kind != "seal_takeout":
                raise refuse("SEAL-14", "takeout.document", "这不是印鉴携出审批单")
            if session.execute(select(SealTakeOut).where(SealTakeOut.document_id == doc.id)).first() is not None:
                raise refuse("SEAL-14", "takeout.duplicate", "该携出审批单已登记携出")
            data = json.loads(doc.payload_json or "{}")
            seal = self._seal(session, user, int(data["seal_id"]), lock=True)
            approver = session.execute(select(ApprovalAction.person_id).where(
                ApprovalAction.document_id == doc.id, ApprovalAction.round == doc.round,
                ApprovalAction.action == "approve").order_by(ApprovalAction.id.desc()).limit(1)).scalar_one_or_none()
            persons = [int(p) for p in data.get("persons") or []]
            positions: dict[int, frozenset[str]] = {}
            if approver is not None:
                positions[approver] = frozenset(session.execute(select(StaffPosition.position).where(
                    StaffPosition.staff_id == approver)).scalars())
            problems = []
            if doc.state not in ("approved", "archived"):
                problems.append(Problem("SEAL-14", "takeout.not_approved", "印鉴携出审批单尚未批准，不能带出"))
            problems += check_take_out(approved_by=approver, persons=persons, purpose=doc.purpose,
                                       approver_positions=positions, centre=self._centre_seal(session, seal))
            if seal.status in ("void", "cancelled", "sealed_up"):
                problems.append(Problem("SEAL-15", "takeout.status", "该印章已作废、封存或注销"))
            if problems:
                raise Refused(problems)
            row = SealTakeOut(seal_id=seal.id, purpose=doc.purpose, destination=str(data.get("destination") or ""),
                              out_on=date.fromisoformat(data["out_on"]),
                              back_on=date.fromisoformat(data["back_on"]) if data.get("back_on") else None,
                              approved_by=approver, persons_json=json.dumps(persons), document_id=doc.id)
            session.add(row)
            session.flush()
            self.audit(session, user, "seal.take_out", "seal", seal.id,
                       after={"persons": persons, "approved_by": approver, "purpose": doc.purpose,
                              "document": doc.id})
            return row.id

    def approved_take_outs(self, user: SignedIn, seal_id: int) -> list[tuple[int, str]]:
        """(document id, text) of the seal's approved take-out requests not yet recorded (SEAL-14)."""
        with self.reading() as session:
            self._seal(session, user, seal_id)
            done = set(session.execute(select(SealTakeOut.document_id).where(SealTakeOut.seal_id == seal_id)).scalars())
            docs = session.execute(select(Document).where(Document.bureau_id == user.bureau_id,
                                                          Document.kind == "seal_takeout",
                                                          Document.state.in_(("approved", "archived")))
                                   .order_by(Document.id)).scalars()
            out = []
            for d in docs:
                data = json.loads(d.payload_json or "{}")
                if data.get("seal_id") == seal_id and d.id not in done:
                    out.append((d.id, f"{d.serial or d.id} {d.purpose}（{data.get('dates', '')}，{data.get('persons_text', '')}）"))
            return out

    @staticmethod
    def _centre_seal(session: Session, seal: Seal) -> bool:
        """SEAL-06/09/14: a seal of the 医保中心 (its department belongs to the centre)."""
        if seal.department_id is None:
            return False
        dept = session.get(Department, seal.department_id)
        return dept is not None and dept.unit == "centre"

    # Internals -------------------------------------------------------------------------------
    def _custody_change(self, user: SignedIn, seal_id: int, to_staff: int, kind: str, from_pass: str, to_pass: str,
                        reason: str, start: date, until: date | None) -> int:
        from desktop.domain.input_gate.seals import seal_text_problems

        gate = seal_text_problems("SEAL-03", reason=reason)
        if gate:
            raise Refused(gate)
        if not reason.strip():
            raise refuse("SEAL-03", "custody.reason", "请填写交接事由")
        with self.transaction() as session:
            seal = self._seal(session, user, seal_id, lock=True)
            if seal.status not in HELD:
                raise refuse("SEAL-15" if seal.status == "void" else "SEAL-12", "custody.status",
                             f"该印章状态为“{STATUS_LABELS.get(seal.status, seal.status)}”，不能交接")
            holder_id = current_custodian(self._events(session, seal.id), start)
            if holder_id is None:
                raise refuse("SEAL-01", "custody.none", "该印章尚未指定保管人")
            if kind == "delegate" and holder_id != seal.custodian_id:
                raise refuse("SEAL-03", "custody.nested", "委托期内不能再次委托")
            if holder_id == to_staff:
                raise refuse("SEAL-03", "custody.same", "接收人已是保管人")
            if user.staff_id not in (holder_id,) and not (MANAGERS & set(user.positions)):
                raise refuse("SEAL-03", "custody.perm", "只有保管人或办公室可以办理交接")
            giver = self._staff(session, user, holder_id)
            taker = self._staff(session, user, to_staff)
            self._check_custody(session, user, seal, to_staff, start, until=until)
            giver_key = self._person_key(session, giver, from_pass)
            taker_key = self._person_key(session, taker, to_pass)
            new_key = None
            if seal.key_p12 is not None:
                try:
                    new_key = pki.rewrap(seal.key_p12, from_pass, to_pass)
                except pki.PkiError as exc:
                    raise refuse("SEC-06", "custody.passphrase", f"{giver.name}：{exc}") from exc
            event = SealCustody(seal_id=seal.id, kind=kind, from_person=giver.id, to_person=taker.id, start=start,
                                until=until, reason=reason.strip(), key_p12=new_key if kind == "delegate" else None)
            session.add(event)
            session.flush()
            if kind == "handover":
                seal.key_p12 = new_key if new_key is not None else seal.key_p12
                seal.custodian_id = taker.id
            seal.updated_at = utcnow()
            bureau = session.get(Bureau, user.bureau_id)
            period = f"{_cn(start)}至{_cn(until)}" if until else f"自{_cn(start)}起（长期）"
            data = SheetData(bureau_name=bureau.name, kind="seal_handover", kind_title="印章交接单",
                             serial=f"交-{start.year}-{event.id:04d}", title=seal.name, purpose=reason.strip(),
                             amount=0, days=0, category="", department="", submitter=giver.name, submitted_on=start,
                             steps=(StepBox("receiver", "接收人（被委托人）", taker.title),),
                             payload={"kind_label": kind_info(seal.kind).label, "to_person": taker.name,
                                      "mode": "委托保管" if kind == "delegate" else "移交", "period": period})
            rendered = render_sheet(load_layouts()["seal_handover"], data)
            today = date.today()
            pdf = certify(rendered.pdf, rendered.fields, giver_key,
                          StampText(giver.name, giver.title, "", today, caption="移交人", seal_name=giver.name),
                          reason="印章交接")
            pdf = sign_field(pdf, step_field(0, "receiver"), taker_key,
                             StampText(taker.name, taker.title, "已接收", today, seal_name=taker.name), reason="接收")
            session.add(SealFile(seal_id=seal.id, custody_id=event.id, purpose="handover",
                                 filename=f"交接单-{seal.name}.pdf", sha256=_sha(pdf), content=pdf))
            self.audit(session, user, f"seal.{kind}", "seal", seal.id,
                       after={"from": giver.name, "to": taker.name, "start": start.isoformat(),
                              "until": until.isoformat() if until else None})
            return event.id

    def _check_custody(self, session: Session, user: SignedIn, changing: Seal, new_holder: int, day: date, *,
                       until: date | None = None) -> None:
        """The separation rules over the custody that would result (SEAL-16, SEAL-17); checked on
        the first and (for a delegation) the last day."""
        self._staff(session, user, new_holder)
        cashiers = set(session.execute(select(StaffPosition.staff_id).where(StaffPosition.position == "cashier"))
                       .scalars())
        preset = self.preset_of(session, user.bureau_id)
        block = preset.parameters.get("seal_cheque_finance_block", 1) != 0
        seals = session.execute(select(Seal).where(Seal.bureau_id == user.bureau_id)).scalars().all()
        warnings: list[Problem] = []
        for when in {day, until or day}:
            holdings = []
            for s in seals:
                if s.id == changing.id:
                    holdings.append(Holding(s.id, s.kind, new_holder))
                elif s.status in HELD:
                    holdings.append(Holding(s.id, s.kind, current_custodian(self._events(session, s.id), when)))
            problems, warns = check_custody(holdings, cashiers, block_cheque_and_finance=block)
            if problems:
                raise Refused(problems)
            warnings += warns
        if warnings:
            self.audit(session, user, "seal.custody_warning", "seal", changing.id,
                       after={"warnings": sorted({str(w) for w in warnings})})

    @staticmethod
    def _events(session: Session, seal_id: int) -> list[CustodyEvent]:
        rows = session.execute(select(SealCustody).where(SealCustody.seal_id == seal_id)).scalars()
        return [CustodyEvent(r.kind, r.to_person, r.start, r.until, r.ended_on, r.id) for r in rows]

    def _view(self, session: Session, s: Seal, today: date) -> SealView:
        events = self._events(session, s.id)
        holder = current_custodian(events, today) if s.status != "requested" else None
        delegated = next((e.until for e in events if e.kind == "delegate" and e.to_person == holder
                          and e.start <= today <= (e.until or today)), None)
        dept = session.get(Department, s.department_id) if s.department_id else None
        status = s.status
        if status == "requested" and s.engraving_document_id:
            doc = session.get(Document, s.engraving_document_id)
            if doc is not None and doc.state in ("approved", "archived"):
                status = "approved"
        return SealView(s.id, s.kind, kind_info(s.kind).label, s.name, dept.name if dept else "", holder,
                        self._name(session, holder), s.custodian_id, s.storage_place, status, s.filing_no, s.filed_on,
                        s.engraving_unit, s.enabled_on, s.cert_serial or "", s.revoked_at, s.engraving_document_id,
                        delegated)

    def _sync_engraving(self, session: Session, seal: Seal, user: SignedIn) -> None:
        """``requested`` → ``approved`` once the engraving request's chain is through (SEAL-09/10)."""
        if seal.status != "requested":
            return
        doc = session.get(Document, seal.engraving_document_id) if seal.engraving_document_id else None
        if doc is None or doc.state not in ("approved", "archived"):
            raise refuse("SEAL-10", "seal.not_approved", "刻制申请尚未经局领导批准，不能备案")
        self._move(session, seal, "approved", user, f"刻制申请 {doc.serial} 已批准")

    def _move(self, session: Session, seal: Seal, target: str, user: SignedIn, note: str) -> None:
        problems = check_transition(seal.status, target)
        if problems:
            raise Refused(problems)
        from desktop.domain.seals.model import TRANSITIONS

        before = seal.status
        seal.status = target
        seal.updated_at = utcnow()
        self._history(session, seal, before, target, TRANSITIONS[(before, target)], user, note)
        self.audit(session, user, "seal.status", "seal", seal.id, before={"status": before},
                   after={"status": target, "note": note})

    @staticmethod
    def _history(session: Session, seal: Seal, before: str, after: str, rule: str, user: SignedIn, note: str) -> None:
        session.add(SealStatusChange(seal_id=seal.id, from_status=before, to_status=after, rule=rule, note=note[:300],
                                     staff_id=user.staff_id))

    @staticmethod
    def _require_manager(user: SignedIn) -> None:
        if not (MANAGERS & set(user.positions)):
            raise refuse("SEAL-01", "perm.seals", "印章台账由办公室（印章保管员、办公室主任）或局长办理")

    @staticmethod
    def _seal(session: Session, user: SignedIn, seal_id: int, *, lock: bool = False) -> Seal:
        q = select(Seal).where(Seal.id == seal_id)
        if lock:
            q = q.with_for_update()
        seal = session.execute(q).scalar_one_or_none()
        if seal is None or seal.bureau_id != user.bureau_id:
            raise refuse("SEAL-01", "seal.missing", "找不到该印章")
        return seal

    @staticmethod
    def _staff(session: Session, user: SignedIn, staff_id: int) -> Staff:
        staff = session.get(Staff, staff_id)
        if staff is None or staff.bureau_id != user.bureau_id:
            raise refuse("SEAL-01", "staff.missing", "找不到该人员")
        return staff

    @staticmethod
    def _name(session: Session, staff_id: int | None) -> str:
        staff = session.get(Staff, staff_id) if staff_id else None
        return staff.name if staff else ""

    @staticmethod
    def _person_key(session: Session, staff: Staff, passphrase: str) -> pki.Unlocked:
        row = session.execute(select(SigningIdentity).where(SigningIdentity.staff_id == staff.id,
                                                            SigningIdentity.revoked_at.is_(None))
                              .order_by(SigningIdentity.id.desc()).limit(1)).scalar_one_or_none()
        if row is None:
            raise refuse("SEC-06", "identity.missing", f"{staff.name}没有有效的个人签名证书")
        try:
            return pki.unlock(row.key_p12, passphrase)
        except pki.PkiError as exc:
            raise refuse("SEC-06", "identity.passphrase", f"{staff.name}：{exc}") from exc

    @staticmethod
    def _stamp(seal: Seal, bureau_name: str, day: date) -> StampText:
        shape, arc, below = impression_text(seal.kind, bureau_name, seal.name)
        return StampText(seal.name, kind_info(seal.kind).label, "", day, caption="印章", seal_name=below,
                         seal_shape=shape, seal_arc=arc)

    def _sheets(self):  # noqa: ANN202
        from desktop.services.sheets import SheetService

        return SheetService(self._sessions)


def _cn(d: date | None) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else ""

