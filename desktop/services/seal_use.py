"""Applying a seal to an approved seal use request (用印申请, SEAL-05/07/08), the seal use register
(用印登记簿), the registry as printable sheet and Excel, revocation lists (CRL) and verification
that knows seals: revocation time and the register.

Part of :class:`desktop.services.seals.SealService` (``desk.seals``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.documents import pki
from desktop.documents.outgoing_seal import Impression, OutgoingFacts, OutgoingRefused, Placement, inspect_outgoing, seal_outgoing
from desktop.documents.pdf_content import NotReadable, RegisterTable, content_facts, render_register
from desktop.documents.render import SEAL_FIELD
from desktop.documents.signing import SigningError
from desktop.documents.use_record import UseRecord, sign_use_record
from desktop.documents.verify import NotAPdf, VerifyReport, verify_pdf
from desktop.domain.access import seal_register_scope
from desktop.domain.seals.custody import current_custodian
from desktop.domain.seals.model import STATUS_LABELS
from desktop.domain.seals.use import UseFacts, check_use
from desktop.persistence.numbering import next_value
from desktop.persistence.schema import (
    ApprovalAction,
    Bureau,
    BureauAuthority,
    Department,
    Document,
    PublishedCrl,
    Seal,
    SealCustody,
    SealFile,
    SealUse,
    SigningIdentity,
    Staff,
    utcnow,
)
from desktop.reports.seal_registers import write_register_xlsx
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse
from desktop.services.need_to_know import readable_document, record_read

__all__ = ["SealUseMixin", "UseView", "PublishedCrlView", "revocations", "verify_with_registry", "superseded_by", "REGISTRY_COLUMNS", "USE_COLUMNS",
           "register_number", "gallery_seal_use"]

REGISTRY_COLUMNS = (("序号", 1.0), ("印章名称", 4.2), ("类型", 1.8), ("所属部门", 2.0), ("保管人", 1.4),
                    ("存放地点", 2.2), ("状态", 1.6), ("备案编号", 2.2), ("刻制单位", 2.6), ("启用日期", 1.8),
                    ("证书序列号", 2.6))
USE_COLUMNS = (("登记号", 2.1), ("用印时间", 2.3), ("印章", 2.9), ("文件名称", 4.0), ("文号", 2.7), ("发往单位", 2.2),
               ("份数", 0.8), ("申请人", 1.2), ("批准人", 1.2), ("用印人", 1.2), ("监印人", 1.2),
               ("盖章文件SHA-256", 2.6))


@dataclass(frozen=True)
class UseView:
    id: int
    used_at: datetime
    seal_id: int
    seal_name: str
    document_id: int | None
    document_title: str
    recipient: str
    copies: int
    requester: str
    approver: str
    custodian: str
    custodian_id: int
    sealed_sha256: str  # the sealed outgoing document (uses before 0006: the request sheet)
    register_no: str = ""
    request_sha256: str = ""
    reason: str = ""
    document_no: str = ""
    witness: str = ""
    placement: str = ""
    has_sealed_document: bool = False


@dataclass(frozen=True)
class PublishedCrlView:
    number: int
    pem: str
    entries: int


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def revocations(session: Session) -> dict[str, datetime]:
    """Every revoked certificate of the database (seals and personal identities) → when."""
    out: dict[str, datetime] = {}
    for serial, at in session.execute(select(Seal.cert_serial, Seal.revoked_at).where(Seal.revoked_at.is_not(None))):
        if serial:
            out[serial.lower()] = at
    for serial, at in session.execute(select(SigningIdentity.serial, SigningIdentity.revoked_at)
                                      .where(SigningIdentity.revoked_at.is_not(None))):
        out[serial.lower()] = at
    return out


def verify_with_registry(session: Session | None, data: bytes, roots: list[str], *, crl_pem: str | bytes | None = None,
                         revoked: dict[str, datetime] | None = None) -> VerifyReport:
    """Verify against ``roots`` with the revocation times of the database (if ``session``) and of a
    CRL file (signed by one of the roots). With a database, a seal's signature must also be in the
    seal use register (the same bytes, SEAL-08)."""
    revoked = dict(revoked or {})
    if session is not None:
        revoked.update(revocations(session))
    if crl_pem:
        try:
            for serial, at in pki.read_crl(crl_pem, roots).items():
                revoked[serial] = min(at, revoked.get(serial, at))
        except pki.PkiError as exc:
            raise refuse("SEAL-15", "verify.crl", str(exc)) from exc
    try:
        report = verify_pdf(data, roots, revoked)
    except NotAPdf as exc:
        raise refuse("SEC-01", "verify.not_pdf", str(exc)) from exc
    if session is None:
        return report
    problems = list(report.problems)
    for sig in report.signatures:
        if not sig.intact:  # already reported as changed; its bytes cannot be in the register
            continue
        seal = session.execute(select(Seal).where(Seal.cert_serial == sig.serial)).scalar_one_or_none()
        if seal is None:
            continue
        logged = session.execute(select(func.count()).select_from(SealUse).where(
            SealUse.seal_id == seal.id, SealUse.sealed_sha256 == sig.revision_sha256)).scalar()
        if not logged:
            problems.append(f"“{seal.name}”的这次用印在用印登记簿中没有记录（SEAL-08）")
    return dataclasses.replace(report, problems=tuple(problems), superseded=superseded_by(session, data, report))


def superseded_by(session: Session, data: bytes, report: VerifyReport) -> str:
    """Is the file an earlier version of something the database holds (SEC-01, SEAL-08)? The newest
    revision of the file found in the document store (the whole file, else each signature's
    revision, last first) must be its sheet's newest version; the document attached to a seal use
    request must not be presented without the seal. "" if not superseded (or not ours at all)."""
    from desktop.documents.verify import signature_count
    from desktop.persistence.schema import IssuedFile

    revisions = [_sha(data)] + [s.revision_sha256 for s in reversed(report.signatures) if s.revision_sha256]
    for sha in dict.fromkeys(revisions):
        stored = session.execute(select(IssuedFile.document_id, IssuedFile.seq).where(IssuedFile.sha256 == sha)
                                 .order_by(IssuedFile.seq.desc()).limit(1)).first()
        if stored is None:
            continue
        latest = session.execute(select(IssuedFile).where(IssuedFile.document_id == stored.document_id)
                                 .order_by(IssuedFile.seq.desc()).limit(1)).scalar_one()
        if latest.seq == stored.seq:
            return ""
        doc = session.get(Document, stored.document_id)
        name = (doc.serial or doc.title) if doc else str(stored.document_id)
        return f"这是审批单 {name} 的较早版本：库中版本已有{signature_count(latest.content)}个签名"
    # The PDF attached to a seal use request, without the seal applied since (the outgoing document).
    attached = session.execute(select(SealFile.document_id).where(SealFile.purpose == "attachment",
                                                                  SealFile.sha256.in_(revisions))).scalars().first()
    if attached is not None:
        use = session.execute(select(SealUse).where(SealUse.document_id == attached)
                              .order_by(SealUse.id.desc()).limit(1)).scalar_one_or_none()
        if use is not None and use.sealed_sha256 not in revisions:
            doc = session.get(Document, attached)
            name = (doc.serial or doc.title) if doc else str(attached)
            return f"这是用印申请 {name} 所附文件盖章前的版本：库中已盖章（{use.used_at:%Y-%m-%d}）"
    return ""


def register_number(session: Session, bureau_id: int, day: date) -> str:
    """The next 用印登记簿 number of the bureau and year, gapless (IC-15): 用印2026-0001."""
    return f"用印{day.year}-{next_value(session, bureau_id, 'seal_use_register', str(day.year)):04d}"


def _witness_name(session: Session, user: SignedIn, witness_id: int) -> str:
    staff = session.get(Staff, witness_id)
    if staff is None or staff.bureau_id != user.bureau_id or not staff.active:
        raise refuse("SEAL-08", "use.witness", "监印人须为本单位在职人员")
    return staff.name


def _choose_witness(session: Session, user: SignedIn, doc: Document, payload: dict, witness_id: int | None
                    ) -> Staff | str:
    """The 监印人: named at the seal, else the one the request proposed, else the requester, else the
    office head (who supervises seal use) — never the custodian applying the seal: two people see
    every sealing (SEAL-07 no sealing on one's own, SEAL-08). A message when there is none."""
    from desktop.persistence.schema import StaffPosition

    office_head = session.execute(select(StaffPosition.staff_id).where(StaffPosition.position == "office_head")
                                  .join(Staff, Staff.id == StaffPosition.staff_id)
                                  .where(Staff.bureau_id == user.bureau_id, Staff.active.is_(True))
                                  .order_by(StaffPosition.id)).scalars().first()
    named = witness_id if witness_id is not None else payload.get("witness_id")
    candidates = [named] if named is not None else [doc.submitter_id, office_head]
    for staff_id in candidates:
        staff = session.get(Staff, staff_id) if staff_id is not None else None
        if staff is None or staff.bureau_id != user.bureau_id or not staff.active:
            if named is not None:
                return "监印人须为本单位在职人员"
            continue
        if staff.id == user.staff_id:
            if named is not None:
                return "监印人不能是用印的印章保管员本人：须由另一人监印"
            continue
        return staff
    return "须指定监印人（印章保管员以外的一人）"


def _impression_of(session: Session, doc: Document | None) -> tuple[Impression, str]:
    """The impression of the seal a request names (shape and texts) and the seal's kind label."""
    from desktop.domain.seals.model import impression_text, kind_info

    payload = json.loads(doc.payload_json or "{}") if doc is not None else {}
    seal = session.get(Seal, payload.get("seal_id")) if payload.get("seal_id") else None
    if seal is None:
        return Impression("round", "", ""), ""
    bureau = session.get(Bureau, seal.bureau_id)
    shape, arc, below = impression_text(seal.kind, bureau.name, seal.name)
    return Impression(shape, arc, below), kind_info(seal.kind).label


def _local(moment: datetime) -> datetime:
    """A naive UTC time of the database as this PC's local time, naive (what the sheet prints)."""
    from datetime import timezone

    return moment.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)


def _sealed_name(filename: str) -> str:
    stem = filename[:-4] if filename.lower().endswith(".pdf") else filename
    return f"{stem}（已盖章）.pdf"[:200]


def gallery_seal_use(session: Session, doc: Document, pdf: bytes, out_dir, passphrase_for) -> tuple[bytes, list]:  # noqa: ANN001
    """For ``desktop gallery``: the request sheet ``pdf`` (signed through its chain in memory)
    completed with the custodian's signed register entry of the request's recorded use, and the
    stored sealed outgoing document as ``seal_use_outgoing.pdf``. Unchanged without a use."""
    use = session.execute(select(SealUse).where(SealUse.document_id == doc.id).order_by(SealUse.id.desc())
                          .limit(1)).scalar_one_or_none()
    if use is None:
        return pdf, []
    extra = []
    sealed = session.execute(select(SealFile).where(SealFile.document_id == doc.id, SealFile.purpose == "sealed")
                             .order_by(SealFile.id.desc()).limit(1)).scalar_one_or_none()
    if sealed is not None:
        path = out_dir / "seal_use_outgoing.pdf"
        path.write_bytes(sealed.content)
        extra.append(path)
    identity = session.execute(select(SigningIdentity).where(SigningIdentity.staff_id == use.custodian_id)
                               .order_by(SigningIdentity.id.desc()).limit(1)).scalar_one_or_none()
    if identity is None:
        return pdf, extra
    custodian, seal = session.get(Staff, use.custodian_id), session.get(Seal, use.seal_id)
    witness = session.get(Staff, use.witness_id) if use.witness_id else None
    record = UseRecord(use.register_no, _local(use.used_at), seal.name, use.reason, use.document_no,
                       witness.name if witness else "", custodian.name, use.sealed_sha256)
    unlocked = pki.unlock(identity.key_p12, passphrase_for(use.custodian_id))
    return sign_use_record(pdf, SEAL_FIELD, unlocked, record, reason=f"用印登记 {use.register_no}（印章保管员）"), extra


class SealUseMixin(ServiceBase):
    # The request and its document ---------------------------------------------------------------
    def request_use(self, user: SignedIn, seal_id: int, title: str, *, recipient: str, copies: int, purpose: str = "",
                    document_pdf: bytes, filename: str = "", document_no: str = "", witness_id: int | None = None,
                    passphrase: str | None = None, submit: bool = True) -> int:
        """A seal use request (用印申请, F-26): document title, 文号, recipient, copies, purpose, the
        proposed 监印人 and the PDF to be sealed; its SHA-256 is printed on the request's sheet. An
        encrypted, locked or damaged PDF is refused now, not at the seal (SEAL-07). Submitted into
        the ``seal_use`` chain (with ``passphrase``: the certified sheet issued). Returns the document id."""
        from desktop.domain.approval.model import Problem
        from desktop.domain.input_gate.seals import seal_text_problems

        gate = seal_text_problems("SEAL-08", title=title, recipient=recipient, purpose=purpose,
                                  document_no=document_no)  # input gate
        if not isinstance(copies, int) or isinstance(copies, bool) or not 1 <= copies <= 1000:
            gate.append(Problem("SEAL-08", "use.copies", "用印份数须为1至1000的整数"))
        if gate:
            raise Refused(gate)
        pages = self.check_use_document(document_pdf)
        if copies < 1:
            raise refuse("SEAL-08", "use.copies", "用印份数至少1份")
        with self.reading() as session:
            seal = session.get(Seal, seal_id)
            if seal is None or seal.bureau_id != user.bureau_id:
                raise refuse("SEAL-01", "seal.missing", "找不到该印章")
            seal_name = seal.name
            # SEAL-06 「使用医保中心印鉴须经医保中心主任批准」: a centre seal goes the centre director's path.
            dept = session.get(Department, seal.department_id) if seal.department_id is not None else None
            category = "centre" if dept is not None and dept.unit == "centre" else ""
            witness = _witness_name(session, user, witness_id) if witness_id is not None else ""
        from desktop.services.approvals import ApprovalService
        from desktop.services.sheets import SheetService

        approvals = ApprovalService(self._sessions)
        approvals.step_signer = SheetService(self._sessions)
        sha = _sha(document_pdf)
        payload = {"seal_id": seal_id, "seal_name": seal_name, "copies": f"{copies}份", "copies_n": copies,
                   "use_purpose": purpose, "document": f"{filename or 'document.pdf'}，{pages}页，SHA-256 {sha[:16]}…",
                   "document_sha256": sha, "document_no": document_no.strip()}
        if witness_id is not None:
            payload.update(witness_id=witness_id, witness=witness)
        # One transaction: draft, attachment, submission and sheet; a wrong passphrase or a kill
        # leaves nothing behind.
        with self.transaction() as session:
            doc_id = approvals.create_in(session, user, "seal_use", title, purpose=recipient, category=category,
                                         payload=payload)
            session.add(SealFile(seal_id=None, document_id=doc_id, purpose="attachment", filename=filename or "document.pdf",
                                 sha256=sha, content=document_pdf))
            if submit:
                approvals.submit_in(session, user, doc_id, passphrase=passphrase)
            return doc_id

    @staticmethod
    def check_use_document(document_pdf: bytes) -> int:
        """The document to be sealed must be a readable PDF with something on it (SEAL-07) that can
        take the seal's signature: not encrypted, not locked, not damaged; returns its page count."""
        try:
            inspect_outgoing(document_pdf)
            facts = content_facts(document_pdf)
        except (OutgoingRefused, NotReadable) as exc:
            raise refuse("SEAL-07", "use.document", str(exc)) from exc
        from desktop.domain.seals.use import is_blank

        if is_blank(facts):
            raise refuse("SEAL-07", "use.blank", "不允许在空白文件或空白纸上盖印：用印文件没有内容")
        return facts.pages

    def use_document_facts(self, user: SignedIn, document_id: int) -> OutgoingFacts:
        """Pages, page sizes and the default placement of the seal on a request's document (the
        apply dialog's preview), for those who may read the request."""
        with self.reading() as session:  # the facts only; opening the file itself is :meth:`attachment` (audited)
            doc = readable_document(session, user, document_id)
            row = self._attachment(session, document_id)
            content = row.content if row else None
            shape = _impression_of(session, doc)[0].shape
        if content is None:
            raise refuse("SEAL-07", "use.no_document", "用印申请没有所附文件")
        try:
            return inspect_outgoing(content, shape)
        except OutgoingRefused as exc:
            raise refuse("SEAL-07", "use.document", str(exc)) from exc

    def proposed_witness(self, user: SignedIn, document_id: int) -> int | None:
        """The 监印人 :meth:`apply` takes when none is named (the request's, the requester, the
        office head; never ``user``), for the apply dialog to pre-select."""
        with self.reading() as session:
            doc = readable_document(session, user, document_id)
            chosen = _choose_witness(session, user, doc, json.loads(doc.payload_json or "{}"), None)
            return None if isinstance(chosen, str) else chosen.id

    def witness_candidates(self, user: SignedIn) -> list[tuple[int, str]]:
        """Who may be 监印人 when this user applies a seal: any active colleague but the user."""
        with self.reading() as session:
            rows = session.execute(select(Staff.id, Staff.name, Staff.title).where(
                Staff.bureau_id == user.bureau_id, Staff.active.is_(True), Staff.id != user.staff_id)
                .order_by(Staff.id)).all()
        return [(i, f"{n}（{t}）" if t else n) for i, n, t in rows]

    def attachment(self, user: SignedIn, document_id: int) -> bytes | None:
        """The PDF to be sealed, for those who may read the request (SEC-03); audited when it is
        someone else's (``document.read``)."""
        with self.reading() as session:
            doc = readable_document(session, user, document_id)
            row = self._attachment(session, document_id)
            content = row.content if row else None
        if content is not None:
            record_read(self, user, doc, "open")
        return content

    # Applying the seal -------------------------------------------------------------------------
    def apply(self, user: SignedIn, document_id: int, passphrase: str, *, read_confirmed: bool = True,
              today: date | None = None, witness_id: int | None = None, placement: Placement | None = None) -> UseView:
        """The custodian applies the seal named by an approved request (SEAL-05/07/08):

        - the outgoing document (the request's PDF) gets the seal's PAdES signature (the delegate's
          copy of the key during a delegation) with the impression at ``placement`` (default: over
          the last page's date; optionally a 骑缝章 on every page), locking it;
        - the request sheet's last field is signed by the custodian personally, its appearance
          printing the 用印登记 entry with the sealed document's SHA-256;
        - the use goes into the 用印登记簿 with its register number (用印YYYY-NNNN), 文号, reason,
          监印人 (not the custodian: named here, else the one the request proposed, else the
          requester, else the office head) and the placement; the sealed PDF is stored.

        Refused with every reason at once: not approved, seal not enabled or void, not the
        custodian now, blank, locked, encrypted or damaged document, no witness (SEAL-03/05/07/08/15)."""
        from desktop.services.sheets import SheetService

        day = today or date.today()
        with self.transaction() as session:
            doc = session.execute(select(Document).where(Document.id == document_id).with_for_update()).scalar_one_or_none()
            if doc is None or doc.bureau_id != user.bureau_id or doc.kind != "seal_use":
                raise refuse("SEAL-05", "use.request", "找不到该用印申请")
            payload = json.loads(doc.payload_json or "{}")
            seal_id = payload.get("seal_id")
            seal = session.execute(select(Seal).where(Seal.id == seal_id).with_for_update()).scalar_one_or_none() \
                if seal_id else None
            if seal is None or seal.bureau_id != user.bureau_id:
                raise refuse("SEAL-07", "use.no_seal", "用印申请没有指明登记在册的印章")
            events = self._events(session, seal.id)  # type: ignore[attr-defined]
            holder = current_custodian(events, day)
            attachment = self._attachment(session, doc.id)
            content = None
            if attachment is not None:
                if _sha(attachment.content) != attachment.sha256 or attachment.sha256 != payload.get("document_sha256"):
                    raise refuse("SEC-01", "use.attachment", "用印文件与申请登记的SHA-256不符")
                try:
                    content = content_facts(attachment.content)
                except NotReadable:
                    content = None
            already = session.execute(select(func.count()).select_from(SealUse).where(
                SealUse.document_id == doc.id)).scalar() > 0
            problems = check_use(UseFacts(seal_kind=seal.kind, seal_status=seal.status, custodian_now=holder,
                                          person=user.staff_id, request_state=doc.state, request_seal_id=seal.id,
                                          seal_id=seal.id, already_sealed=already, content=content,
                                          read_confirmed=read_confirmed))
            sheets = SheetService(self._sessions)
            latest = sheets._latest_file(session, doc)  # noqa: SLF001 - same layer, the document store
            if latest is None and not problems:
                problems.append(refuse("SEAL-05", "use.no_sheet", "用印申请没有签发的审批单").problems[0])
            impression, seal_label = _impression_of(session, doc)
            facts = None
            if attachment is not None:
                try:
                    facts = inspect_outgoing(attachment.content, impression.shape)
                except OutgoingRefused as exc:  # the reason, not "blank" for a file that cannot be read
                    problems = [p for p in problems if p.code != "use.blank"]
                    problems.append(refuse("SEAL-07", "use.document", str(exc)).problems[0])
            witness = _choose_witness(session, user, doc, payload, witness_id)
            if isinstance(witness, str):
                problems.append(refuse("SEAL-08", "use.witness", witness).problems[0])
            if problems:
                raise Refused(problems)
            assert facts is not None and attachment is not None and latest is not None and not isinstance(witness, str)
            where = placement or facts.default
            key_blob = seal.key_p12
            for e in session.execute(select(SealCustody).where(SealCustody.seal_id == seal.id,
                                                               SealCustody.kind == "delegate")).scalars():
                if e.to_person == holder and e.start <= day <= (e.until or day) and e.ended_on is None:
                    key_blob = e.key_p12
            try:
                key = pki.unlock(key_blob, passphrase, what="印章私钥")
            except pki.PkiError as exc:
                raise refuse("SEC-06", "use.passphrase", str(exc)) from exc
            personal = sheets._unlock(session, user, passphrase)  # noqa: SLF001 - the custodian's own key
            if _sha(latest.content) != latest.sha256:
                raise refuse("SEC-01", "sheet.tampered", "文档库中的审批单与登记的SHA-256不符，已停止用印")
            register_no = register_number(session, user.bureau_id, day)
            reason = (payload.get("use_purpose") or "").strip() or doc.title
            try:
                sealed = seal_outgoing(attachment.content, key, impression, where,
                                       reason=f"用印 {register_no}：{reason}"[:200], signer_name=seal.name)
            except OutgoingRefused as exc:
                raise refuse("SEAL-07", "use.document", str(exc)) from exc
            sealed_sha = _sha(sealed)
            now = utcnow()
            record = UseRecord(register_no, _local(now), seal.name, reason, payload.get("document_no", ""),
                               witness.name, user.name, sealed_sha)
            try:
                sheet = sign_use_record(latest.content, SEAL_FIELD, personal, record,
                                        reason=f"用印登记 {register_no}（印章保管员）")
            except SigningError as exc:
                raise refuse("SEAL-07", "use.sign", str(exc)) from exc
            sheets._store(session, doc, user, "seal", sheet)  # noqa: SLF001
            session.add(SealFile(seal_id=seal.id, document_id=doc.id, purpose="sealed",
                                 filename=_sealed_name(attachment.filename), sha256=sealed_sha, content=sealed))
            approver = session.execute(select(ApprovalAction.person_id).where(
                ApprovalAction.document_id == doc.id, ApprovalAction.round == doc.round,
                ApprovalAction.action == "approve").order_by(ApprovalAction.id.desc()).limit(1)).scalar()
            row = SealUse(seal_id=seal.id, document_id=doc.id, used_at=now, document_title=doc.title,
                          recipient=doc.purpose, copies=int(payload.get("copies_n") or 1),
                          requester_id=doc.submitter_id, approver_id=approver, custodian_id=user.staff_id,
                          sealed_sha256=sealed_sha, register_no=register_no, request_sha256=_sha(sheet),
                          reason=reason[:300], document_no=payload.get("document_no", "")[:100],
                          witness_id=witness.id, placement=where.text())
            session.add(row)
            session.flush()
            self.audit(session, user, "seal.apply", "seal", seal.id,
                       after={"document": doc.id, "serial": doc.serial, "register_no": register_no,
                              "sealed_sha256": sealed_sha, "request_sha256": row.request_sha256,
                              "witness": witness.id, "placement": row.placement, "label": seal_label})
            return self._use_view(session, row)

    def sealed_document(self, user: SignedIn, use_id: int, *, how: str = "export") -> tuple[str, bytes]:
        """The sealed outgoing document of a 用印登记簿 entry (file name, bytes), for those who may
        read that entry (:meth:`uses`); every read is audited (``seal.use.read``; SEC-03)."""
        if not any(u.id == use_id for u in self.uses(user)):
            raise refuse("SEC-03", "use.read", "找不到该用印登记，或您无权查看")
        with self.transaction() as session:
            use = session.get(SealUse, use_id)
            row = session.execute(select(SealFile).where(SealFile.document_id == use.document_id,
                                                         SealFile.purpose == "sealed", SealFile.sha256 == use.sealed_sha256)
                                  .order_by(SealFile.id.desc()).limit(1)).scalar_one_or_none() \
                if use.document_id is not None else None
            if row is None:
                raise refuse("SEAL-08", "use.no_sealed", "该次用印没有保存盖章后的文件（系统升级前的用印只在用印申请单上盖章）")
            if _sha(row.content) != row.sha256:
                raise refuse("SEC-01", "use.sealed_tampered", "文档库中盖章文件与用印登记簿的SHA-256不符")
            self.audit(session, user, "seal.use.read", "seal", use.seal_id,
                       after={"use": use.id, "register_no": use.register_no, "how": how})
            return row.filename, row.content

    # The registers -------------------------------------------------------------------------------
    def uses(self, user: SignedIn, *, seal_id: int | None = None, custodian_id: int | None = None,
             date_from: date | None = None, date_to: date | None = None) -> list[UseView]:
        """The seal use register (用印登记簿), filtered: in full for the office, the seal custodian, the
        leaders who approve seal use and the audit post; anyone else sees the uses they requested,
        approved or applied; the system administrator none (SEC-03, SEC-13)."""
        scope = seal_register_scope(user.actor)
        if scope == "none":
            return []
        with self.reading() as session:
            q = select(SealUse).join(Seal, Seal.id == SealUse.seal_id).where(Seal.bureau_id == user.bureau_id)
            if scope == "own":
                q = q.where(or_(SealUse.requester_id == user.staff_id, SealUse.approver_id == user.staff_id,
                                SealUse.custodian_id == user.staff_id))
            if seal_id is not None:
                q = q.where(SealUse.seal_id == seal_id)
            if custodian_id is not None:
                q = q.where(SealUse.custodian_id == custodian_id)
            rows = [self._use_view(session, r) for r in session.execute(q.order_by(SealUse.id)).scalars()]
        return [r for r in rows if (date_from is None or r.used_at.date() >= date_from)
                and (date_to is None or r.used_at.date() <= date_to)]

    def registry_rows(self, user: SignedIn, **filters) -> list[tuple[str, ...]]:  # noqa: ANN003
        return [(str(i), v.name, v.kind_label, v.department, v.custodian, v.storage_place,
                 STATUS_LABELS.get(v.status, v.status), v.filing_no, v.engraving_unit,
                 v.enabled_on.isoformat() if v.enabled_on else "", v.cert_serial[:16])
                for i, v in enumerate(self.seals(user, **filters), 1)]  # type: ignore[attr-defined]

    def use_rows(self, user: SignedIn, *, full_sha: bool = True, **filters) -> list[tuple[str, ...]]:  # noqa: ANN003
        """The 用印登记簿's rows (USE_COLUMNS); the printed register shortens the SHA-256."""
        return [(u.register_no or f"（#{u.id}）", f"{_local(u.used_at):%Y-%m-%d %H:%M}", u.seal_name, u.document_title,
                 u.document_no, u.recipient, str(u.copies), u.requester, u.approver, u.custodian, u.witness,
                 u.sealed_sha256 if full_sha else u.sealed_sha256[:16] + "…")
                for u in self.uses(user, **filters)]

    def register_pdf(self, user: SignedIn, which: str, **filters) -> bytes:  # noqa: ANN003
        """``which`` = ``registry`` (印章台账) or ``uses`` (用印登记簿), as a printable sheet."""
        title, columns, rows = self._register(user, which, filters, printed=True)
        note = "本表由 Bureau Desk 生成；印章以数字证书签章，可在PDF阅读器中验证（SEAL-08、SEAL-11）。"
        if which == "uses":
            note += "盖章文件的完整SHA-256见Excel版及用印申请单。"
        return render_register(RegisterTable(self._bureau_name(user), title, columns, tuple(rows), date.today(),
                                             note=note))

    def register_xlsx(self, user: SignedIn, which: str, **filters) -> bytes:  # noqa: ANN003
        title, columns, rows = self._register(user, which, filters)
        return write_register_xlsx(title, self._bureau_name(user), [c for c, _ in columns], rows)

    def _register(self, user: SignedIn, which: str, filters: dict, *, printed: bool = False
                  ) -> tuple[str, tuple, list]:
        if which == "registry":
            return "印章台账", REGISTRY_COLUMNS, self.registry_rows(user, **filters)
        if which == "uses":
            return "用印登记簿", USE_COLUMNS, self.use_rows(user, full_sha=not printed, **filters)
        raise refuse("SEAL-08", "register.kind", f"未知的登记簿 {which}")

    # Revocation and verification ------------------------------------------------------------------
    def crl(self, user: SignedIn, ca_passphrase: str) -> str:
        """Publish a certificate revocation list signed by the bureau root (PEM), kept in the database."""
        return self.publish_crl(user, ca_passphrase).pem

    def publish_crl(self, user: SignedIn, ca_passphrase: str) -> PublishedCrlView:
        """:meth:`crl` with its number and how many revoked certificates it lists."""
        if not (user.is_admin or {"office_head", "seal_custodian", "director", "center_director"} & set(user.positions)):
            raise refuse("SEAL-15", "perm.crl", "吊销列表由办公室或系统管理员发布")
        with self.transaction() as session:
            ca_row = session.execute(select(BureauAuthority).where(BureauAuthority.bureau_id == user.bureau_id)).scalar_one()
            ca = pki.KeyMaterial(ca_row.cert_pem, ca_row.key_p12, ca_row.serial, ca_row.subject, ca_row.valid_from,
                                 ca_row.valid_to)
            number = (session.execute(select(func.max(PublishedCrl.number)).where(
                PublishedCrl.bureau_id == user.bureau_id)).scalar() or 0) + 1
            entries = sorted(revocations(session).items())
            try:
                pem = pki.build_crl(ca, ca_passphrase, entries, number=number)
            except pki.PkiError as exc:
                raise refuse("SEC-06", "ca.passphrase", str(exc)) from exc
            session.add(PublishedCrl(bureau_id=user.bureau_id, number=number, pem=pem))
            self.audit(session, user, "seal.crl", "published_crl", number, after={"entries": len(entries)})
            return PublishedCrlView(number, pem, len(entries))

    def latest_crl(self) -> str | None:
        with self.reading() as session:
            return session.execute(select(PublishedCrl.pem).order_by(PublishedCrl.number.desc()).limit(1)).scalar()

    def verify(self, data: bytes, *, crl_pem: str | bytes | None = None, extra_roots: list[str] | None = None
               ) -> VerifyReport:
        """Every signature checked against this bureau's root, the revocation times (database and
        ``crl_pem``) and the seal use register."""
        with self.reading() as session:
            roots = list(extra_roots or []) + list(session.execute(select(BureauAuthority.cert_pem)).scalars())
            return verify_with_registry(session, data, roots, crl_pem=crl_pem)

    # Internals -------------------------------------------------------------------------------
    @staticmethod
    def _attachment(session: Session, document_id: int) -> SealFile | None:
        return session.execute(select(SealFile).where(SealFile.document_id == document_id,
                                                      SealFile.purpose == "attachment")
                               .order_by(SealFile.id.desc()).limit(1)).scalar_one_or_none()

    def _bureau_name(self, user: SignedIn) -> str:
        with self.reading() as session:
            return session.get(Bureau, user.bureau_id).name

    @staticmethod
    def _use_view(session: Session, r: SealUse) -> UseView:
        def name(staff_id: int | None) -> str:
            s = session.get(Staff, staff_id) if staff_id else None
            return s.name if s else ""

        seal = session.get(Seal, r.seal_id)
        return UseView(r.id, r.used_at, r.seal_id, seal.name if seal else "", r.document_id, r.document_title,
                       r.recipient, r.copies, name(r.requester_id), name(r.approver_id), name(r.custodian_id),
                       r.custodian_id, r.sealed_sha256, r.register_no, r.request_sha256, r.reason, r.document_no,
                       name(r.witness_id), r.placement,
                       session.execute(select(func.count()).select_from(SealFile).where(
                           SealFile.document_id == r.document_id, SealFile.purpose == "sealed")).scalar() > 0
                       if r.document_id is not None else False)

