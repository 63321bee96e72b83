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
from desktop.documents.pdf_content import NotReadable, RegisterTable, content_facts, render_register
from desktop.documents.render import SEAL_FIELD
from desktop.documents.signing import SigningError, sign_field
from desktop.documents.verify import NotAPdf, VerifyReport, verify_pdf
from desktop.domain.access import seal_register_scope
from desktop.domain.seals.custody import current_custodian
from desktop.domain.seals.model import STATUS_LABELS
from desktop.domain.seals.use import UseFacts, check_use
from desktop.persistence.schema import (
    ApprovalAction,
    Bureau,
    BureauAuthority,
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

__all__ = ["SealUseMixin", "UseView", "PublishedCrlView", "revocations", "verify_with_registry", "REGISTRY_COLUMNS", "USE_COLUMNS"]

REGISTRY_COLUMNS = (("序号", 1.0), ("印章名称", 4.2), ("类型", 1.8), ("所属部门", 2.0), ("保管人", 1.4),
                    ("存放地点", 2.2), ("状态", 1.6), ("备案编号", 2.2), ("刻制单位", 2.6), ("启用日期", 1.8),
                    ("证书序列号", 2.6))
USE_COLUMNS = (("序号", 1.0), ("用印日期", 2.4), ("印章", 3.6), ("文件名称", 5.0), ("发往单位", 2.6),
               ("份数", 0.9), ("申请人", 1.3), ("批准人", 1.3), ("用印人", 1.8), ("文件摘要", 2.2))


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
    sealed_sha256: str


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
        seal = session.execute(select(Seal).where(Seal.cert_serial == sig.serial)).scalar_one_or_none()
        if seal is None:
            continue
        logged = session.execute(select(func.count()).select_from(SealUse).where(
            SealUse.seal_id == seal.id, SealUse.sealed_sha256 == sig.revision_sha256)).scalar()
        if not logged:
            problems.append(f"“{seal.name}”的这次用印在用印登记簿中没有记录（SEAL-08）")
    return dataclasses.replace(report, problems=tuple(problems))


class SealUseMixin(ServiceBase):
    # The request and its document ---------------------------------------------------------------
    def request_use(self, user: SignedIn, seal_id: int, title: str, *, recipient: str, copies: int, purpose: str = "",
                    document_pdf: bytes, filename: str = "", passphrase: str | None = None,
                    submit: bool = True) -> int:
        """A seal use request (用印申请, F-26): document title, recipient, copies, purpose and the PDF to
        be sealed; its SHA-256 is printed on the request's sheet. Submitted into the ``seal_use``
        chain (with ``passphrase``: the certified sheet issued). Returns the document id."""
        from desktop.domain.approval.model import Problem
        from desktop.domain.input_gate.seals import seal_text_problems

        gate = seal_text_problems("SEAL-08", title=title, recipient=recipient, purpose=purpose)  # input gate
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
        from desktop.services.approvals import ApprovalService
        from desktop.services.sheets import SheetService

        approvals = ApprovalService(self._sessions)
        approvals.step_signer = SheetService(self._sessions)
        sha = _sha(document_pdf)
        # One transaction: draft, attachment, submission and sheet; a wrong passphrase or a kill
        # leaves nothing behind.
        with self.transaction() as session:
            doc_id = approvals.create_in(
                session, user, "seal_use", title, purpose=recipient, payload={
                    "seal_id": seal_id, "seal_name": seal_name, "copies": f"{copies}份", "copies_n": copies,
                    "use_purpose": purpose, "document": f"{filename or 'document.pdf'}，{pages}页，SHA-256 {sha[:16]}…",
                    "document_sha256": sha})
            session.add(SealFile(seal_id=None, document_id=doc_id, purpose="attachment", filename=filename or "document.pdf",
                                 sha256=sha, content=document_pdf))
            if submit:
                approvals.submit_in(session, user, doc_id, passphrase=passphrase)
            return doc_id

    @staticmethod
    def check_use_document(document_pdf: bytes) -> int:
        """The document to be sealed must be a readable PDF with something on it (SEAL-07);
        returns its page count."""
        try:
            facts = content_facts(document_pdf)
        except NotReadable as exc:
            raise refuse("SEAL-07", "use.document", str(exc)) from exc
        from desktop.domain.seals.use import is_blank

        if is_blank(facts):
            raise refuse("SEAL-07", "use.blank", "不允许在空白文件或空白纸上盖印：用印文件没有内容")
        return facts.pages

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
              today: date | None = None) -> UseView:
        """The custodian applies the seal named by an approved request: a PAdES signature in the
        sheet's seal field (its lock: no changes from now on), logged in the use register. Refused
        with every reason at once if the request is not approved, the seal is not enabled, the
        person is not its custodian now, or the document is blank (SEAL-03/05/07/08/15)."""
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
            problems = []
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
            if problems:
                raise Refused(problems)
            key_blob = seal.key_p12
            for e in session.execute(select(SealCustody).where(SealCustody.seal_id == seal.id,
                                                               SealCustody.kind == "delegate")).scalars():
                if e.to_person == holder and e.start <= day <= (e.until or day) and e.ended_on is None:
                    key_blob = e.key_p12
            try:
                key = pki.unlock(key_blob, passphrase, what="印章私钥")
            except pki.PkiError as exc:
                raise refuse("SEC-06", "use.passphrase", str(exc)) from exc
            bureau = session.get(Bureau, user.bureau_id)
            if _sha(latest.content) != latest.sha256:
                raise refuse("SEC-01", "sheet.tampered", "文档库中的审批单与登记的SHA-256不符，已停止用印")
            try:
                pdf = sign_field(latest.content, SEAL_FIELD, key, self._stamp(seal, bureau.name, day),  # type: ignore[attr-defined]
                                 reason=f"用印 {doc.serial}")
            except SigningError as exc:
                raise refuse("SEAL-07", "use.sign", str(exc)) from exc
            sheets._store(session, doc, user, "seal", pdf)  # noqa: SLF001
            approver = session.execute(select(ApprovalAction.person_id).where(
                ApprovalAction.document_id == doc.id, ApprovalAction.round == doc.round,
                ApprovalAction.action == "approve").order_by(ApprovalAction.id.desc()).limit(1)).scalar()
            row = SealUse(seal_id=seal.id, document_id=doc.id, used_at=utcnow(), document_title=doc.title,
                          recipient=doc.purpose, copies=int(payload.get("copies_n") or 1),
                          requester_id=doc.submitter_id, approver_id=approver, custodian_id=user.staff_id,
                          sealed_sha256=_sha(pdf))
            session.add(row)
            session.flush()
            self.audit(session, user, "seal.apply", "seal", seal.id,
                       after={"document": doc.id, "serial": doc.serial, "sha256": row.sealed_sha256})
            return self._use_view(session, row)

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

    def use_rows(self, user: SignedIn, **filters) -> list[tuple[str, ...]]:  # noqa: ANN003
        return [(str(i), f"{u.used_at:%Y-%m-%d %H:%M}", u.seal_name, u.document_title, u.recipient, str(u.copies),
                 u.requester, u.approver, u.custodian, u.sealed_sha256[:12])
                for i, u in enumerate(self.uses(user, **filters), 1)]

    def register_pdf(self, user: SignedIn, which: str, **filters) -> bytes:  # noqa: ANN003
        """``which`` = ``registry`` (印章台账) or ``uses`` (用印登记簿), as a printable sheet."""
        title, columns, rows = self._register(user, which, filters)
        return render_register(RegisterTable(self._bureau_name(user), title, columns, tuple(rows), date.today(),
                                             note="本表由 Bureau Desk 生成；印章以数字证书签章，用 desktop verify 校验（SEAL-08、SEAL-11）。"))

    def register_xlsx(self, user: SignedIn, which: str, **filters) -> bytes:  # noqa: ANN003
        title, columns, rows = self._register(user, which, filters)
        return write_register_xlsx(title, self._bureau_name(user), [c for c, _ in columns], rows)

    def _register(self, user: SignedIn, which: str, filters: dict) -> tuple[str, tuple, list]:
        if which == "registry":
            return "印章台账", REGISTRY_COLUMNS, self.registry_rows(user, **filters)
        if which == "uses":
            return "用印登记簿", USE_COLUMNS, self.use_rows(user, **filters)
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
                       r.custodian_id, r.sealed_sha256)

