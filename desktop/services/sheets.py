"""Approval sheets: issue (render + certify), sign a step when it is approved, keep every
version in the document store, verify any PDF, and the gallery of every sheet kind.

Signing identities: the bureau's root CA (created at ``desktop init``, key encrypted with the
administrator's passphrase) issues one certificate per approver, whose key is stored only
encrypted with that person's own passphrase.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.documents import pki
from desktop.documents.layout import GENERIC, load_layouts
from desktop.documents.render import (
    SheetData,
    StampText,
    StepBox,
    render_sheet,
    step_field,
)
from desktop.documents.signing import SigningError, certify, sign_field
from desktop.documents.verify import VerifyReport
from desktop.domain.approval.engine import position_problem, signature_reason, signed_as
from desktop.domain.approval.model import DocumentFacts, Problem, StepSpec
from desktop.domain.passwords import DEFAULT_POLICY
from desktop.domain.positions import position_label
from desktop.persistence.schema import (
    ApprovalAction,
    Bureau,
    BureauAuthority,
    CollectiveDecision,
    Department,
    Document,
    IssuedFile,
    SigningIdentity,
    Staff,
    UserAccount,
    utcnow,
)
from desktop.services.approvals import document_of
from desktop.services.base import Refused, ServiceBase, SignedIn, actor_for, refuse
from desktop.services.finance_sheets import FINANCE_KINDS, finance_sheet, gallery_weight
from desktop.services.key_containers import person_containers, reencrypt, upgrade_outdated
from desktop.services.need_to_know import readable_document, record_read

__all__ = ["SheetService", "IdentityView", "IssuedView", "PassphraseChange", "create_bureau_authority", "verify_file"]


@dataclass(frozen=True)
class IdentityView:
    staff_id: int
    serial: str
    subject: str
    valid_from: datetime
    valid_to: datetime
    revoked: bool


@dataclass(frozen=True)
class IssuedView:
    document_id: int
    seq: int
    purpose: str
    sha256: str
    size: int
    created_at: datetime
    signer: str


def create_bureau_authority(session: Session, bureau: Bureau, passphrase: str) -> BureauAuthority:
    """The bureau's root CA, inside the initialising transaction (``desktop init``)."""
    material = pki.create_root_ca(bureau.name, passphrase)
    row = BureauAuthority(bureau_id=bureau.id, subject=material.subject, serial=material.serial,
                          cert_pem=material.cert_pem, key_p12=material.key_p12, valid_from=material.valid_from,
                          valid_to=material.valid_to)
    session.add(row)
    return row


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class PassphraseChange:
    """What a passphrase change re-encrypted, and what the old passphrase did not open (left as it was)."""

    reencrypted: tuple[str, ...]
    not_opened: tuple[str, ...]


def _check_passphrase(passphrase: str, *, username: str = "", allow_published: bool = False) -> None:
    problems = DEFAULT_POLICY.problems(passphrase, username=username, allow_published=allow_published)
    if problems:
        raise Refused([Problem(p.rule, p.code, f"签名口令：{p.text}") for p in problems])


class SheetService(ServiceBase):
    # Identities ------------------------------------------------------------------------------
    def root_pem(self, bureau_id: int | None = None) -> list[str]:
        with self.reading() as session:
            q = select(BureauAuthority.cert_pem)
            if bureau_id is not None:
                q = q.where(BureauAuthority.bureau_id == bureau_id)
            return list(session.execute(q).scalars())

    def enrol(self, admin: SignedIn, staff_id: int, passphrase: str, ca_passphrase: str, *,
              valid_from: datetime | None = None, days: int = 3 * 365, allow_published: bool = False) -> IdentityView:
        """Issue a personal signing certificate; the key is encrypted with ``passphrase`` (the
        password policy, SEC-05; a README demo passphrase only with ``allow_published``: the demo)."""
        self.require_admin(admin)
        _check_passphrase(passphrase or "", allow_published=allow_published)
        with self.transaction() as session:
            staff = session.get(Staff, staff_id)
            if staff is None or staff.bureau_id != admin.bureau_id:
                raise refuse("IC-14", "staff.missing", "找不到该人员")
            ca_row = self._authority(session, admin.bureau_id)
            bureau = session.get(Bureau, admin.bureau_id)
            ca = pki.KeyMaterial(ca_row.cert_pem, ca_row.key_p12, ca_row.serial, ca_row.subject, ca_row.valid_from,
                                 ca_row.valid_to)
            try:
                material = pki.issue_identity(ca, ca_passphrase, person_name=staff.name, position=staff.title,
                                              bureau_name=bureau.name, passphrase=passphrase, valid_from=valid_from,
                                              days=days)
            except pki.PkiError as exc:
                raise refuse("SEC-06", "ca.passphrase", str(exc)) from exc
            if not pki.is_current(ca_row.key_p12, pki.CA_KDF_ROUNDS):  # opened: bring it to today's parameters
                ca_row.key_p12 = pki.rewrap(ca_row.key_p12, ca_passphrase, ca_passphrase, what="根证书",
                                            rounds=pki.CA_KDF_ROUNDS)
                self.audit(session, admin, "authority.reencrypt", "bureau_authority", ca_row.bureau_id,
                           after={"kdf": "PBKDF2-SHA256", "rounds": pki.CA_KDF_ROUNDS})
            row = SigningIdentity(staff_id=staff.id, serial=material.serial, subject=material.subject,
                                  cert_pem=material.cert_pem, key_p12=material.key_p12, valid_from=material.valid_from,
                                  valid_to=material.valid_to)
            session.add(row)
            session.flush()
            self.audit(session, admin, "identity.issue", "signing_identity", row.id,
                       after={"staff": staff.name, "serial": row.serial, "valid_to": row.valid_to.isoformat()})
            return self._identity_view(row)

    def revoke(self, admin: SignedIn, staff_id: int, reason: str = "") -> int:
        """Revoke every live certificate of a person; returns how many."""
        self.require_admin(admin)
        with self.transaction() as session:
            staff = session.get(Staff, staff_id)
            if staff is None or staff.bureau_id != admin.bureau_id:
                raise refuse("SEC-01", "identity.staff", "找不到该人员")
            rows = session.execute(select(SigningIdentity).where(SigningIdentity.staff_id == staff_id,
                                                                 SigningIdentity.revoked_at.is_(None))).scalars().all()
            for row in rows:
                row.revoked_at = utcnow()
                row.revoked_reason = reason.strip()
                self.audit(session, admin, "identity.revoke", "signing_identity", row.id,
                           after={"serial": row.serial, "reason": reason.strip()})
            return len(rows)

    def change_passphrase(self, user: SignedIn, old: str, new: str) -> PassphraseChange:
        """Change one's own signing passphrase: every container it encrypts (the person's signing
        identities, the seal keys they keep, the copies delegated to them) re-encrypted for ``new``
        in one transaction, audited without any secret (SEC-06). Refused: a wrong ``old`` (it must
        open the newest identity), ``new`` against the password policy or equal to ``old`` (SEC-05)."""
        _check_passphrase(new or "", username=user.username)
        if old == new:
            raise refuse("SEC-06", "passphrase.same", "新签名口令不能与原口令相同")
        with self.transaction() as session:
            containers = person_containers(session, user.staff_id, lock=True)
            if not any(c.table == "signing_identity" for c in containers):
                raise refuse("SEC-06", "identity.missing", f"{user.name}没有个人签名证书，请系统管理员签发")
            try:
                pki.unlock(containers[0].row.key_p12, old)  # type: ignore[attr-defined]  (the newest identity)
            except pki.PkiError:
                raise refuse("SEC-06", "passphrase.old", "原签名口令不正确") from None
            done, left = reencrypt(containers, old, new)
            self.audit(session, user, "identity.passphrase_change", "staff", user.staff_id,
                       after={"reencrypted": [f"{c.table}:{c.row_id}" for c in done],
                              "not_opened": [f"{c.table}:{c.row_id}" for c in left],
                              "kdf": "PBKDF2-SHA256", "rounds": pki.PERSON_KDF_ROUNDS})
            return PassphraseChange(tuple(c.label for c in done), tuple(c.label for c in left))

    def identity(self, staff_id: int) -> IdentityView | None:
        with self.reading() as session:
            row = self._latest_identity(session, staff_id)
            return self._identity_view(row) if row else None

    # Issue and sign -----------------------------------------------------------------------------
    def issue(self, user: SignedIn, document_id: int, passphrase: str) -> IssuedView:
        """Render the document's sheet and certify it as its submitter (经办人)."""
        with self.transaction() as session:
            doc = self._doc(session, user, document_id, lock=True)
            return self.issue_in(session, user, doc, passphrase)

    def issue_in(self, session: Session, user: SignedIn, doc: Document, passphrase: str) -> IssuedView:
        """Issue inside the caller's transaction (the approval service's submit)."""
        if doc.state != "submitted" or not doc.serial:
            raise refuse("IC-01", "sheet.state", "只有已提交审批的单据可以签发审批单")
        if doc.submitter_id != user.staff_id:
            raise refuse("VOUCH-05", "sheet.issuer", "审批单须由经办人本人签发")
        if self._latest_file(session, doc) is not None:
            raise refuse("IC-01", "sheet.exists", "本轮审批单已签发")
        unlocked = self._unlock(session, user, passphrase)
        data, layout = self._sheet_data(session, doc)
        rendered = render_sheet(layout, data)
        stamp = StampText(user.name, self._title(session, user.staff_id), "", date.today(), caption="经办人",
                          seal_name=user.name)
        pdf = certify(rendered.pdf, rendered.fields, unlocked, stamp, reason=f"签发 {doc.serial}")
        row = self._store(session, doc, user, "issue", pdf)
        self.audit(session, user, "sheet.issue", "document", doc.id, after={"seq": row.seq, "sha256": row.sha256})
        return self._issued_view(row, user.name)

    def has_sheet(self, session: Session, document_id: int) -> bool:
        doc = session.get(Document, document_id)
        return doc is not None and self._latest_file(session, doc) is not None

    def sign_step_in(self, session: Session, user: SignedIn, doc: Document, step_index: int, step: StepSpec,
                     opinion: str, passphrase: str | None) -> None:
        """Called by the approval service inside its transaction when a step is approved on a
        document with an issued sheet; a refusal rolls the whole approval back.

        The signer signs in the step's position (IC-14): the stamp prints 吴芳（财务负责人）, not her
        job title, and the signature's /Reason names step and position. Personal certificates
        hold one title (the job title at enrolment): one key per person, not per post, so a change
        of posts needs no new certificate; the post a signature was given in is in its reason."""
        latest = self._latest_file(session, doc)
        if latest is None:
            return
        position = signed_as(actor_for(session, user.staff_id), step, _facts(doc))
        if position is None:  # the engine refused this already; never sign a step in a post not held
            raise Refused([position_problem(step)])
        if not passphrase:
            raise refuse("SEC-06", "sign.passphrase_missing", "本单据已签发审批单：审批须输入您的签名口令")
        unlocked = self._unlock(session, user, passphrase)
        if _sha(latest.content) != latest.sha256:
            raise refuse("SEC-01", "sheet.tampered", "文档库中的审批单与登记的SHA-256不符，已停止签署")
        stamp = StampText(user.name, position, opinion.strip() or "同意", date.today(), seal_name=user.name)
        try:
            pdf = sign_field(latest.content, step_field(step_index, step.key), unlocked, stamp,
                             reason=signature_reason(step))
        except SigningError as exc:
            raise refuse("IC-01", "sign.field", str(exc)) from exc
        row = self._store(session, doc, user, step.key, pdf)
        self.audit(session, user, "sheet.sign", "document", doc.id,
                   after={"step": step.key, "seq": row.seq, "sha256": row.sha256})

    # Document store ------------------------------------------------------------------------------
    def latest_pdf(self, user: SignedIn, document_id: int) -> bytes:
        """The newest issued version; printing again gives these same bytes. Only for those who
        may read the document (SEC-03); printing someone else's is audited (``document.read``)."""
        with self.reading() as session:
            doc = readable_document(session, user, document_id)
            row = self._latest_file(session, doc)
            if row is None:
                raise refuse("IC-01", "sheet.none", "该单据尚未签发审批单")
            if _sha(row.content) != row.sha256:
                raise refuse("SEC-01", "sheet.tampered", "文档库中的审批单与登记的SHA-256不符")
            content = row.content
        record_read(self, user, doc, "print")
        return content

    def sheet_issued(self, user: SignedIn, document_id: int) -> bool:
        """Whether the current round's sheet has been issued (so approving signs it); reads no content."""
        with self.reading() as session:
            return self._latest_file(session, readable_document(session, user, document_id)) is not None

    def versions(self, user: SignedIn, document_id: int) -> list[IssuedView]:
        with self.reading() as session:
            doc = readable_document(session, user, document_id)
            rows = session.execute(select(IssuedFile, Staff.name).join(Staff, Staff.id == IssuedFile.staff_id)
                                   .where(IssuedFile.document_id == doc.id).order_by(IssuedFile.seq)).all()
            return [self._issued_view(r, name) for r, name in rows]

    def preview(self, user: SignedIn, document_id: int) -> bytes:
        """The issued PDF if there is one, else the unsigned sheet as it would print now; for those
        who may read the document (SEC-03), audited when it is someone else's (``document.read``)."""
        with self.reading() as session:
            doc = readable_document(session, user, document_id)
            row = self._latest_file(session, doc)
            if row is not None:
                content = row.content
            else:
                data, layout = self._sheet_data(session, doc)
                content = render_sheet(layout, data).pdf
        record_read(self, user, doc, "open")
        return content

    @staticmethod
    def display_copy(data: bytes) -> bytes:
        """For the screen and the printer only: the signature stamps painted into the page (QtPdf
        does not draw signature widgets). Never stored; ``data`` stays what is verified."""
        from desktop.documents.display import flatten_appearances

        try:
            return flatten_appearances(data)
        except Exception:  # noqa: BLE001 - a file this cannot read is shown as it is
            return data

    # Verification ------------------------------------------------------------------------------
    def verify(self, data: bytes, *, extra_roots: list[str] | None = None, bureau_roots: bool = True,
               crl_pem: str | bytes | None = None) -> VerifyReport:
        """Every signature of ``data`` checked against this bureau's root (and ``extra_roots``), the
        revocation times of the database (and of ``crl_pem``) and the seal use register."""
        from desktop.services.seal_use import verify_with_registry

        roots = list(extra_roots or [])
        if not bureau_roots:
            return verify_with_registry(None, data, roots, crl_pem=crl_pem)
        with self.reading() as session:
            roots += list(session.execute(select(BureauAuthority.cert_pem)).scalars())
            return verify_with_registry(session, data, roots, crl_pem=crl_pem)

    # Gallery ---------------------------------------------------------------------------------------
    def gallery(self, out_dir: Path, passphrase_for: Callable[[str], str]) -> list[Path]:
        """Every sheet kind, from the bureau's records, signed through its chain in memory (the
        database is not changed). ``passphrase_for(username)`` gives each signer's passphrase.
        A step not yet approved is signed by someone else who holds its position (IC-14, IC-02),
        in that position, as :meth:`sign_step_in` would."""
        out_dir.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        with self.reading() as session:
            bureau = session.execute(select(Bureau).order_by(Bureau.id)).scalars().first()
            if bureau is None:
                raise refuse("IC-14", "bureau.missing", "数据库中没有单位")
            preset = self.preset_of(session, bureau.id)
            accounts = dict(session.execute(select(UserAccount.staff_id, UserAccount.username)).all())
            people = session.execute(select(Staff).where(Staff.bureau_id == bureau.id)).scalars().all()
            order = {"archived": 0, "approved": 1, "submitted": 2, "returned": 3, "rejected": 4, "draft": 5}
            for kind in sorted(preset.chains):
                docs = session.execute(select(Document).where(Document.bureau_id == bureau.id,
                                                              Document.kind == kind)).scalars().all()
                if not docs:
                    continue
                # The most complete record of the kind: numbered, furthest along, fullest details.
                # Finance kinds: the one showing most of the finance tables (invoices, lines, advance).
                weight = {d.id: gallery_weight(session, d) for d in docs} if kind in FINANCE_KINDS else {}
                doc = sorted(docs, key=lambda d: (d.serial is None, -weight.get(d.id, 0), order.get(d.state, 9),
                                                  -len(d.payload_json or ""), d.id))[0]
                specs = self._doc_steps(session, doc)
                data, layout = self._sheet_data(session, doc)
                rendered = render_sheet(layout, data)
                submitter = session.get(Staff, doc.submitter_id)
                issuer = pki.unlock(self._latest_identity(session, submitter.id).key_p12,
                                    passphrase_for(accounts[submitter.id]))
                pdf = certify(rendered.pdf, rendered.fields, issuer,
                              StampText(submitter.name, submitter.title, "", data.submitted_on, caption="经办人",
                                        seal_name=submitter.name), reason=f"签发 {doc.serial}" if doc.serial else "")
                facts = _facts(doc)
                acted = {a.step_index: a for a in session.execute(
                    select(ApprovalAction).where(ApprovalAction.document_id == doc.id, ApprovalAction.round == doc.round,
                                                 ApprovalAction.action == "approve")).scalars()}
                used = {doc.submitter_id}
                for i, step in enumerate(data.steps):
                    spec = specs[i]
                    action = acted.get(i)
                    # A recorded approver held the post when approving (the engine checked it).
                    person = session.get(Staff, action.person_id) if action else next(
                        (p for p in people if p.id not in used and p.id in accounts
                         and self._latest_identity(session, p.id) is not None
                         and signed_as(actor_for(session, p.id), spec, facts) is not None), None)
                    if person is None:
                        break
                    used.add(person.id)
                    unlocked = pki.unlock(self._latest_identity(session, person.id).key_p12,
                                          passphrase_for(accounts[person.id]))
                    opinion = action.opinion if action and action.opinion else "同意"
                    pdf = sign_field(pdf, step_field(i, step.key), unlocked,
                                     StampText(person.name, position_label(spec.position), opinion, data.submitted_on,
                                               seal_name=person.name), reason=signature_reason(spec))
                if kind == "seal_use":  # the custodian's register entry, and the sealed outgoing document
                    from desktop.services.seal_use import gallery_seal_use

                    pdf, extra = gallery_seal_use(session, doc, pdf, out_dir, lambda sid: passphrase_for(accounts[sid]))
                    written += extra
                path = out_dir / f"{kind}.pdf"
                path.write_bytes(pdf)
                written.append(path)
        return written

    # Internals ---------------------------------------------------------------------------------------
    def _authority(self, session: Session, bureau_id: int) -> BureauAuthority:
        row = session.execute(select(BureauAuthority).where(BureauAuthority.bureau_id == bureau_id)).scalar_one_or_none()
        if row is None:
            raise refuse("SEC-06", "ca.missing", "本单位尚未建立签名根证书（desktop init）")
        return row

    @staticmethod
    def _latest_identity(session: Session, staff_id: int) -> SigningIdentity | None:
        return session.execute(select(SigningIdentity).where(SigningIdentity.staff_id == staff_id)
                               .order_by(SigningIdentity.id.desc()).limit(1)).scalar_one_or_none()

    def _unlock(self, session: Session, user: SignedIn, passphrase: str) -> pki.Unlocked:
        row = self._latest_identity(session, user.staff_id)
        if row is None:
            raise refuse("SEC-06", "identity.missing", f"{user.name}没有个人签名证书，请系统管理员签发")
        if row.revoked_at is not None:
            raise refuse("SEC-06", "identity.revoked", f"{user.name}的签名证书已于{row.revoked_at:%Y-%m-%d}吊销，不能签名")
        now = utcnow()
        if now > row.valid_to:
            raise refuse("SEC-06", "identity.expired", f"{user.name}的签名证书已于{row.valid_to:%Y-%m-%d}过期，不能签名")
        if now < row.valid_from:
            raise refuse("SEC-06", "identity.not_yet_valid", f"{user.name}的签名证书尚未生效")
        try:
            unlocked = pki.unlock(row.key_p12, passphrase)
        except pki.PkiError as exc:
            raise refuse("SEC-06", "identity.passphrase", str(exc)) from exc
        if not pki.is_current(row.key_p12):  # written with older parameters: re-encrypt them all, once
            upgraded = upgrade_outdated(session, user.staff_id, passphrase, opened=row, unlocked=unlocked)
            self.audit(session, user, "identity.reencrypt", "staff", user.staff_id,
                       after={"containers": [f"{c.table}:{c.row_id}" for c in upgraded],
                              "kdf": "PBKDF2-SHA256", "rounds": pki.PERSON_KDF_ROUNDS})
        return unlocked

    @staticmethod
    def _latest_file(session: Session, doc: Document) -> IssuedFile | None:
        return session.execute(select(IssuedFile).where(IssuedFile.document_id == doc.id, IssuedFile.round == doc.round)
                               .order_by(IssuedFile.seq.desc()).limit(1)).scalar_one_or_none()

    @staticmethod
    def _store(session: Session, doc: Document, user: SignedIn, purpose: str, pdf: bytes) -> IssuedFile:
        seq = (session.execute(select(func.max(IssuedFile.seq)).where(IssuedFile.document_id == doc.id)).scalar() or 0) + 1
        row = IssuedFile(document_id=doc.id, round=doc.round, seq=seq, purpose=purpose, staff_id=user.staff_id,
                         sha256=_sha(pdf), size=len(pdf), content=pdf)
        session.add(row)
        session.flush()
        return row

    @staticmethod
    def _doc(session: Session, user: SignedIn, document_id: int, *, lock: bool = False) -> Document:
        return document_of(session, user, document_id, lock=lock)

    @staticmethod
    def _title(session: Session, staff_id: int) -> str:
        staff = session.get(Staff, staff_id)
        return staff.title if staff else ""

    def _sheet_data(self, session: Session, doc: Document):  # noqa: ANN202
        layouts = load_layouts()
        layout = layouts.get(doc.kind, layouts[GENERIC])
        bureau = session.get(Bureau, doc.bureau_id)
        preset = self.preset_of(session, doc.bureau_id)
        chain = preset.chains.get(doc.kind)
        steps = self._doc_steps(session, doc)
        dept = session.get(Department, doc.department_id) if doc.department_id else None
        submitter = session.get(Staff, doc.submitter_id)
        submit = session.execute(select(ApprovalAction.at).where(ApprovalAction.document_id == doc.id,
                                                                 ApprovalAction.action == "submit")
                                 .order_by(ApprovalAction.id.desc()).limit(1)).scalar()
        decision = ""
        if doc.decision_id:
            d = session.get(CollectiveDecision, doc.decision_id)
            decision = f"{d.meeting_type} {d.minute_no}" if d else ""
        payload = json.loads(doc.payload_json or "{}")
        amount = doc.amount
        if doc.kind in FINANCE_KINDS:  # voucher lines, invoices, budget line, advance: the finance tables
            payload, amount = finance_sheet(session, doc, payload)
        data = SheetData(
            bureau_name=bureau.name, kind=doc.kind, kind_title=chain.title if chain else doc.kind,
            serial=doc.serial or "", title=doc.title, purpose=doc.purpose, amount=amount, days=doc.days,
            category=doc.category, department=dept.name if dept else "", submitter=submitter.name if submitter else "",
            submitted_on=(submit or doc.created_at).date(),
            steps=tuple(StepBox(s.key, s.label, position_label(s.position)) for s in steps),
            attachments=int(payload.get("attachments", 0) or 0), decision=decision,
            payload={k: v for k, v in payload.items() if k != "attachments"})
        return data, layout

    def _doc_steps(self, session: Session, doc: Document) -> list[StepSpec]:
        """The steps resolved at submission, or for a draft those its chain would resolve now."""
        steps = _steps(doc)
        if steps:
            return steps
        from desktop.domain.approval.engine import resolve_steps
        from desktop.domain.approval.model import DocumentFacts

        preset = self.preset_of(session, doc.bureau_id)
        chain = preset.chains.get(doc.kind)
        if chain is None:
            return []
        facts = DocumentFacts(amount=doc.amount, days=doc.days, category=doc.category,
                              department_id=doc.department_id, submitter_id=doc.submitter_id)
        return resolve_steps(chain, facts, preset.parameters)

    @staticmethod
    def _identity_view(row: SigningIdentity) -> IdentityView:
        return IdentityView(row.staff_id, row.serial, row.subject, row.valid_from, row.valid_to, row.revoked_at is not None)

    @staticmethod
    def _issued_view(row: IssuedFile, signer: str) -> IssuedView:
        return IssuedView(row.document_id, row.seq, row.purpose, row.sha256, row.size, row.created_at, signer)


def _facts(doc: Document) -> DocumentFacts:
    return DocumentFacts(amount=doc.amount, days=doc.days, category=doc.category,
                         department_id=doc.department_id, submitter_id=doc.submitter_id)


def _steps(doc: Document) -> list[StepSpec]:
    return [StepSpec.from_dict(s, "document.steps") for s in json.loads(doc.steps_json or "[]")]


def verify_file(data: bytes, roots_pem: list[str], crl_pem: str | bytes | None = None) -> VerifyReport:
    """Verification without a database: trust only ``roots_pem`` (``desktop verify --root``), with
    the revocations of a CRL file signed by one of them (``--crl``)."""
    from desktop.services.seal_use import verify_with_registry

    return verify_with_registry(None, data, roots_pem, crl_pem=crl_pem)
