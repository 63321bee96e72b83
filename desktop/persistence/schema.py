"""The database schema: SQLAlchemy 2 typed models. Alembic migrations are the source of truth
for the live schema; ``tests/test_migrations.py`` checks the two agree.

Money columns store exact fen (分) as integers and give ``Decimal`` yuan back.
Timestamps are UTC.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from desktop.domain.money import from_fen, to_fen

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Money(TypeDecorator):
    """``Decimal`` yuan in Python, exact integer fen in the database."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect) -> int | None:  # noqa: ANN001
        return None if value is None else to_fen(value)

    def process_result_value(self, value: int | None, dialect) -> Decimal | None:  # noqa: ANN001
        return None if value is None else from_fen(int(value))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Bureau(Base):
    __tablename__ = "bureaus"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    preset_code: Mapped[str] = mapped_column(String(16))
    # The bureau's own copy of its rule preset (chains, thresholds, incompatible pairs), as JSON.
    preset_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Department(Base):
    __tablename__ = "departments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    name: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(16), default="bureau")  # "bureau" 局机关 or "centre" 医保中心
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    __table_args__ = (UniqueConstraint("bureau_id", "name"),)


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    name: Mapped[str] = mapped_column(String(60))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), nullable=True)
    title: Mapped[str] = mapped_column(String(60), default="")
    qualification: Mapped[str] = mapped_column(String(100), default="")  # IC-16, AMB-17: free text
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    positions: Mapped[list[StaffPosition]] = relationship(back_populates="staff", cascade="all, delete-orphan")


class StaffPosition(Base):
    """A position held by a person; ``department_id`` is set for positions held for a section."""

    __tablename__ = "staff_positions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    position: Mapped[str] = mapped_column(String(32))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), nullable=True)
    staff: Mapped[Staff] = relationship(back_populates="positions")
    __table_args__ = (UniqueConstraint("staff_id", "position", "department_id"),)


class UserAccount(Base):
    __tablename__ = "user_accounts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), unique=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    password_changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class CollectiveDecision(Base):
    """会议纪要 (IC-08): the record a large item must link before its step can pass (VOUCH-08)."""

    __tablename__ = "collective_decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    meeting_type: Mapped[str] = mapped_column(String(40))
    minute_no: Mapped[str] = mapped_column(String(60))
    held_on: Mapped[date] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("bureau_id", "minute_no"),)


class DecisionMatter(Base):
    """One matter (议题) a collective decision decided: its text, the amount decided (None: none
    stated) and the one document it serves (IC-08/VOUCH-08: a matter is never reused)."""

    __tablename__ = "decision_matters"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("collective_decisions.id"))
    subject: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True, unique=True)


class Document(Base):
    """Any document that goes through an approval chain; modules keep their own details in
    ``payload_json`` or in tables that point here."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    kind: Mapped[str] = mapped_column(String(32))
    serial: Mapped[str | None] = mapped_column(String(40), nullable=True)
    title: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text, default="")
    amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    days: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(32), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), nullable=True)
    submitter_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    state: Mapped[str] = mapped_column(String(16), default="draft")
    step_index: Mapped[int | None] = mapped_column(Integer, nullable=True)
    steps_json: Mapped[str] = mapped_column(Text, default="[]")
    round: Mapped[int] = mapped_column(Integer, default=0)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("collective_decisions.id"), nullable=True)
    payload_json: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __table_args__ = (UniqueConstraint("bureau_id", "serial"),)
    __mapper_args__ = {"version_id_col": version}


class ApprovalAction(Base):
    __tablename__ = "approval_actions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    round: Mapped[int] = mapped_column(Integer)
    step_index: Mapped[int | None] = mapped_column(Integer, nullable=True)
    step_key: Mapped[str] = mapped_column(String(40), default="")
    step_label: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(16))
    person_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    opinion: Mapped[str] = mapped_column(Text, default="")
    reasons_json: Mapped[str] = mapped_column(Text, default="[]")
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SerialCounter(Base):
    """Gapless numbering (IC-15): the last number used per bureau, kind and period."""

    __tablename__ = "serial_counters"
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    period: Mapped[str] = mapped_column(String(16), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class AuditEntry(Base):
    """Append-only, hash-chained audit trail (SEC-01). Never updated, never pruned."""

    __tablename__ = "audit_entries"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(60), default="")
    before_json: Mapped[str] = mapped_column(Text, default="null")
    after_json: Mapped[str] = mapped_column(Text, default="null")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """One row: the last entry's number and hash. Locking it serialises appends across PCs,
    and it lets verification notice entries removed from the end."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    hash: Mapped[str] = mapped_column(String(64))


class BureauAuthority(Base):
    """The bureau's offline root certificate authority for signing identities. The private key
    is stored only inside a PKCS#12 container encrypted with the administrator's passphrase."""

    __tablename__ = "bureau_authorities"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), unique=True)
    subject: Mapped[str] = mapped_column(String(300))
    serial: Mapped[str] = mapped_column(String(64))
    cert_pem: Mapped[str] = mapped_column(Text)
    key_p12: Mapped[bytes] = mapped_column(LargeBinary)
    valid_from: Mapped[datetime] = mapped_column(DateTime)
    valid_to: Mapped[datetime] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SigningIdentity(Base):
    """A person's signing certificate from the bureau's root; the key only encrypted with the
    person's own passphrase (PKCS#12). A person may have several; the newest unrevoked one signs."""

    __tablename__ = "signing_identities"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    serial: Mapped[str] = mapped_column(String(64), unique=True)
    subject: Mapped[str] = mapped_column(String(300))
    cert_pem: Mapped[str] = mapped_column(Text)
    key_p12: Mapped[bytes] = mapped_column(LargeBinary)
    valid_from: Mapped[datetime] = mapped_column(DateTime)
    valid_to: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    revoked_reason: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class IssuedFile(Base):
    """The document store: every issued PDF version of a document's sheet (certification, each
    approval signature, the seal), with its SHA-256. Bytes live in the database on every backend."""

    __tablename__ = "issued_files"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    round: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(String(40))  # "issue", a step key, or "seal"
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (UniqueConstraint("document_id", "seq"),)


# Seals (SEAL-*) ------------------------------------------------------------------------------
class Seal(Base):
    """The seal registry (印章台账): one row per seal or custody item (the cheque book). A seal's
    private key is stored only inside a PKCS#12 container encrypted with its custodian's passphrase."""

    __tablename__ = "seals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), nullable=True)
    custodian_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)  # by assignment/handover
    storage_place: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(20))
    impression_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    engraving_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True)
    reason: Mapped[str] = mapped_column(String(300), default="")
    filing_no: Mapped[str] = mapped_column(String(60), default="")
    filed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    engraving_unit: Mapped[str] = mapped_column(String(100), default="")
    enabled_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    cert_serial: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    cert_pem: Mapped[str | None] = mapped_column(Text, nullable=True)
    key_p12: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SealCustody(Base):
    """Custody events: assignment, handover (交接) and delegation for a period (委托, SEAL-03).
    A delegation carries the seal key encrypted for the delegate; the original stays on the seal."""

    __tablename__ = "seal_custody"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seal_id: Mapped[int] = mapped_column(ForeignKey("seals.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # assign | handover | delegate
    from_person: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    to_person: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    start: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date, nullable=True)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reason: Mapped[str] = mapped_column(String(300), default="")
    key_p12: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SealTakeOut(Base):
    """Taking a seal out of the office (印鉴携出, SEAL-14): approved, two or more named persons."""

    __tablename__ = "seal_take_outs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seal_id: Mapped[int] = mapped_column(ForeignKey("seals.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(300))
    destination: Mapped[str] = mapped_column(String(200), default="")
    out_on: Mapped[date] = mapped_column(Date)
    back_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    approved_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    persons_json: Mapped[str] = mapped_column(Text)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # The approved seal_takeout document (SEAL-14, issue 12): approved_by is its approver acting in
    # the app. None on take-outs recorded before 0009 (approver typed by the office).
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True, unique=True)


class HolidayDay(Base):
    """A bureau's correction of the shipped holiday calendar (VEH-07): one day declared a holiday,
    an adjusted working day (调休上班), or an ordinary day (``normal``: the shipped entry undone)."""

    __tablename__ = "holiday_days"
    __table_args__ = (UniqueConstraint("bureau_id", "day"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(10))  # holiday / workday / normal
    name: Mapped[str] = mapped_column(String(60), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SealUse(Base):
    """The seal use register (用印登记簿, SEAL-08): every application of a seal."""

    __tablename__ = "seal_uses"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seal_id: Mapped[int] = mapped_column(ForeignKey("seals.id"), index=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True)
    used_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    document_title: Mapped[str] = mapped_column(String(300))
    recipient: Mapped[str] = mapped_column(String(200), default="")
    copies: Mapped[int] = mapped_column(Integer, default=1)
    requester_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    custodian_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    sealed_sha256: Mapped[str] = mapped_column(String(64))  # the sealed outgoing document (before 0006: the sheet)
    # 用印登记簿 (0006): register number per bureau and year, the request sheet the custodian signed,
    # reason, the outgoing file's 文号, the witness (监印人) and where the impression went.
    register_no: Mapped[str] = mapped_column(String(20), default="")
    request_sha256: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(String(300), default="")
    document_no: Mapped[str] = mapped_column(String(100), default="")
    witness_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    placement: Mapped[str] = mapped_column(String(80), default="")


class SealStatusChange(Base):
    """The lifecycle history of a seal, each change with the rule that governs it."""

    __tablename__ = "seal_status_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seal_id: Mapped[int] = mapped_column(ForeignKey("seals.id"), index=True)
    from_status: Mapped[str] = mapped_column(String(20), default="")
    to_status: Mapped[str] = mapped_column(String(20))
    rule: Mapped[str] = mapped_column(String(16), default="")
    note: Mapped[str] = mapped_column(String(300), default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SealFile(Base):
    """Signed PDFs of the seal registry: enabling notices (启用通知) and handover sheets (交接单);
    and the document attached to a seal use request (the PDF to be sealed)."""

    __tablename__ = "seal_files"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seal_id: Mapped[int | None] = mapped_column(ForeignKey("seals.id"), nullable=True, index=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True, index=True)
    custody_id: Mapped[int | None] = mapped_column(ForeignKey("seal_custody.id"), nullable=True)
    purpose: Mapped[str] = mapped_column(String(20))  # enabling_notice | handover | attachment | sealed
    filename: Mapped[str] = mapped_column(String(200), default="")
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PublishedCrl(Base):
    """Certificate revocation lists the bureau root signed (newest first by number)."""

    __tablename__ = "published_crls"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    pem: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


# Backups (SEC-09, SEC-10, ARCH-09, C-14) ------------------------------------------------------
class BackupSettings(Base):
    """A bureau's backup schedule (C-14 default: daily + weekly full backups, rotated, a second
    copy in another place). An empty folder means the default folder beside the data."""

    __tablename__ = "backup_settings"
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), primary_key=True)
    folder: Mapped[str] = mapped_column(String(500), default="")
    second_folder: Mapped[str] = mapped_column(String(500), default="")
    daily: Mapped[bool] = mapped_column(Boolean, default=True)
    weekly: Mapped[bool] = mapped_column(Boolean, default=True)
    keep_daily: Mapped[int] = mapped_column(Integer, default=7)
    keep_weekly: Mapped[int] = mapped_column(Integer, default=8)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class BackupRun(Base):
    """Every backup made (or tried): the file, its size and SHA-256, who, when, and the outcome.
    ``kind`` is manual | daily | weekly | pre_restore | pre_upgrade; ``removed_at`` is set when rotation deletes it."""

    __tablename__ = "backup_runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int | None] = mapped_column(ForeignKey("bureaus.id"), nullable=True, index=True)
    backup_id: Mapped[str] = mapped_column(String(40), default="")
    kind: Mapped[str] = mapped_column(String(16))
    path: Mapped[str] = mapped_column(String(500), default="")
    copy_path: Mapped[str] = mapped_column(String(500), default="")
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    made_by: Mapped[str] = mapped_column(String(100))
    content: Mapped[str] = mapped_column(String(300), default="")
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    ok: Mapped[bool] = mapped_column(Boolean, default=False)
    error: Mapped[str] = mapped_column(String(500), default="")
    removed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


# Audit anchoring (SEC-01, issue 8) -----------------------------------------------------------
class AuditCheckpoint(Base):
    """A signed checkpoint of the audit chain: (seq, hash) signed by the 稽核 or the 财务负责人 with
    their signing key, or by the administrator with the bureau root CA key (backups). Verification
    checks the signature against the bureau root and the chain against the newest checkpoint."""

    __tablename__ = "audit_checkpoints"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    signer: Mapped[str] = mapped_column(String(100))  # username(name), or "root-ca" for the bureau root
    position: Mapped[str] = mapped_column(String(32))  # auditor | finance_head | sysadmin
    cert_pem: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(Text)  # base64 DER ECDSA over the canonical checkpoint message
    signed_at: Mapped[str] = mapped_column(String(40))  # ISO UTC, part of the signed message
    reason: Mapped[str] = mapped_column(String(16))  # daily | sign-out | backup | manual


# The newest recorded state of an audited record is found by (entity, entity_id) in the trail.
Index("ix_audit_entries_entity_entity_id", AuditEntry.entity, AuditEntry.entity_id)


# The finance core (issue 11): chart, budget lines, claims, advances, payments, vouchers, books ------
class LedgerAccount(Base):
    """A subject of the chart (会计科目). National subjects (政府会计制度) are shipped and fixed; the
    bureau adds sub-accounts below them. Only an account without sub-accounts takes postings."""

    __tablename__ = "ledger_accounts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    side: Mapped[str] = mapped_column(String(10))  # financial | budget
    category: Mapped[str] = mapped_column(String(20))  # asset, liability, …, budget_expense, budget_balance
    normal_balance: Mapped[str] = mapped_column(String(6))  # debit | credit
    cash_kind: Mapped[str] = mapped_column(String(16), default="")  # cash | bank | zero_balance | ""
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_accounts.id"), nullable=True)
    level: Mapped[int] = mapped_column(Integer, default=1)
    national: Mapped[bool] = mapped_column(Boolean, default=False)
    postable: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (UniqueConstraint("bureau_id", "code"),)


class FinanceSettings(Base):
    """The bureau's finance settings (configurable rules with their documented defaults)."""

    __tablename__ = "finance_settings"
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), primary_key=True)
    start_period: Mapped[str | None] = mapped_column(String(7), nullable=True)  # first period on the books
    openings_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    cash_payment_limit: Mapped[Decimal] = mapped_column(Money, default=Decimal("1000.00"))  # VOUCH-11
    cash_on_hand_limit: Mapped[Decimal] = mapped_column(Money, default=Decimal("5000.00"))  # VOUCH-12
    contract_threshold: Mapped[Decimal] = mapped_column(Money, default=Decimal("3000.00"))  # VOUCH-17
    budget_overrun: Mapped[str] = mapped_column(String(8), default="refuse")  # refuse | flag
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class BudgetLine(Base):
    """预算指标: the approved amount for a year, project and economic class; ``spent`` (paid) and
    ``committed`` (approved, not yet paid) are kept by the services in the same transactions."""

    __tablename__ = "budget_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    year: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    project: Mapped[str] = mapped_column(String(100), default="")
    economic_class: Mapped[str] = mapped_column(String(10))
    functional_class: Mapped[str] = mapped_column(String(10), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), nullable=True)
    special: Mapped[bool] = mapped_column(Boolean, default=False)  # 专项资金 (VOUCH-21)
    purpose: Mapped[str] = mapped_column(Text, default="")
    approved: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    spent: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    committed: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __table_args__ = (UniqueConstraint("bureau_id", "year", "code"),)
    __mapper_args__ = {"version_id_col": version}


class Advance(Base):
    """借款单: the approval document (kind ``advance``) and the money: issued, then settled against a
    claim so that claimed + returned = advanced + paid_extra, exact to the fen."""

    __tablename__ = "advances"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), unique=True)
    borrower_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    amount: Mapped[Decimal] = mapped_column(Money)
    purpose: Mapped[str] = mapped_column(Text, default="")
    budget_line_id: Mapped[int | None] = mapped_column(ForeignKey("budget_lines.id"), nullable=True)
    state: Mapped[str] = mapped_column(String(12), default="requested")  # requested | issued | settled
    issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    settled_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True)
    settled_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    claimed: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    returned: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))  # 应退, paid back by the borrower
    paid_extra: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))  # 应补, paid out to the borrower
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class Claim(Base):
    """The finance facts of any claim document (报销单, 差旅费报销单, 接待清单, 用车, 会议费): who is
    paid, from which budget line, against which advance. Invoices and attachments hang off it."""

    __tablename__ = "claims"
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    claimant_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    total: Mapped[Decimal] = mapped_column(Money)
    economic_class: Mapped[str] = mapped_column(String(10), default="")
    budget_line_id: Mapped[int | None] = mapped_column(ForeignKey("budget_lines.id"), nullable=True, index=True)
    advance_id: Mapped[int | None] = mapped_column(ForeignKey("advances.id"), nullable=True)
    payee: Mapped[str] = mapped_column(String(100), default="")
    payee_bank: Mapped[str] = mapped_column(String(100), default="")
    payee_account: Mapped[str] = mapped_column(String(40), default="")
    procurement: Mapped[bool] = mapped_column(Boolean, default=False)  # VOUCH-17
    routine: Mapped[bool] = mapped_column(Boolean, default=True)  # 日常公务支出 (VOUCH-17)
    over_budget: Mapped[bool] = mapped_column(Boolean, default=False)  # flagged when the bureau flags
    committed: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))  # held on the budget line
    paid: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    state: Mapped[str] = mapped_column(String(12), default="open")  # open | paid | booked
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class Invoice(Base):
    """An invoice on a claim. (code, number) is unique per bureau: the same invoice can never be
    claimed twice (VOUCH-01/03)."""

    __tablename__ = "invoices"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("claims.document_id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(32))
    invoice_code: Mapped[str] = mapped_column(String(20), default="")
    invoice_number: Mapped[str] = mapped_column(String(20))
    issued_on: Mapped[date] = mapped_column(Date)
    issuer: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(Money)
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id"), nullable=True)
    __table_args__ = (UniqueConstraint("bureau_id", "invoice_code", "invoice_number"),)


class Attachment(Base):
    """A file attached to a document (invoice scan, contract, explanation, minutes …) with its SHA-256."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    file_name: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Payment(Base):
    """Money paid out or received by the cashier against a claim or an advance (VOUCH-09..12)."""

    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(12))  # claim | advance | refund (back from the borrower) | top_up
    method: Mapped[str] = mapped_column(String(20))  # official_card | bank_transfer | cash
    account_code: Mapped[str] = mapped_column(String(20))  # the cash, bank or zero-balance account used
    amount: Mapped[Decimal] = mapped_column(Money)
    paid_on: Mapped[date] = mapped_column(Date)
    cashier_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    reference: Mapped[str] = mapped_column(String(100), default="")
    explanation_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id"), nullable=True)  # VOUCH-09
    explanation_approved_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    voucher_id: Mapped[int | None] = mapped_column(ForeignKey("vouchers.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Voucher(Base):
    """记账凭证. Its review is the approval chain of its document (kind ``voucher``, VOUCH-14); the
    number is gapless per month of the voucher date (记-2026-11-0001) and never reused: a voucher
    is voided, never deleted. Posted vouchers are never edited; a red reversal corrects them."""

    __tablename__ = "vouchers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), unique=True)
    period: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    number: Mapped[int] = mapped_column(Integer)
    voucher_no: Mapped[str] = mapped_column(String(24))
    voucher_date: Mapped[date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(String(200), default="")
    attachments: Mapped[int] = mapped_column(Integer, default=0)
    origin: Mapped[str] = mapped_column(String(12), default="manual")  # manual | claim | advance | import | reversal
    source_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True, index=True)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("vouchers.id"), nullable=True)
    state: Mapped[str] = mapped_column(String(8), default="draft")  # draft | posted | void
    maker_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    posted_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    posted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))  # financial debit total
    version: Mapped[int] = mapped_column(Integer, default=1)
    __table_args__ = (UniqueConstraint("bureau_id", "period", "number"),
                      Index("ix_vouchers_bureau_id_voucher_date", "bureau_id", "voucher_date"))
    __mapper_args__ = {"version_id_col": version}


class VoucherLine(Base):
    """A line of a voucher with its auxiliary dimensions; ``voucher_date`` is the voucher's, kept here
    so a ledger pages through one index."""

    __tablename__ = "voucher_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    voucher_id: Mapped[int] = mapped_column(ForeignKey("vouchers.id"), index=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    account_id: Mapped[int] = mapped_column(ForeignKey("ledger_accounts.id"))
    side: Mapped[str] = mapped_column(String(10))  # financial | budget (the account's)
    summary: Mapped[str] = mapped_column(String(200), default="")
    debit: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    credit: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), nullable=True)
    project: Mapped[str] = mapped_column(String(100), default="")
    payee: Mapped[str] = mapped_column(String(100), default="")
    functional_class: Mapped[str] = mapped_column(String(10), default="")
    economic_class: Mapped[str] = mapped_column(String(10), default="")
    voucher_date: Mapped[date] = mapped_column(Date)
    __table_args__ = (Index("ix_voucher_lines_account_date", "account_id", "voucher_date", "id"),)


class PeriodBalance(Base):
    """Posted debit and credit per account and month, kept in the posting transaction: the trial
    balance of a year is a sum over at most 12 rows per account."""

    __tablename__ = "period_balances"
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("ledger_accounts.id"), primary_key=True)
    period: Mapped[str] = mapped_column(String(7), primary_key=True)
    debit: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    credit: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    line_count: Mapped[int] = mapped_column(Integer, default=0)  # posted lines: a ledger's length without a count


class OpeningBalance(Base):
    """期初余额 of an account at the start of the books (FinanceSettings.start_period)."""

    __tablename__ = "opening_balances"
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("ledger_accounts.id"), primary_key=True)
    debit: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    credit: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))


class AccountingPeriod(Base):
    """A month's state: closed (结账) locks it; re-opening is the finance head's, with a reason."""

    __tablename__ = "accounting_periods"
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), primary_key=True)
    period: Mapped[str] = mapped_column(String(7), primary_key=True)
    state: Mapped[str] = mapped_column(String(8), default="open")  # open | closed
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    reopened_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    reopened_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    reopen_reason: Mapped[str] = mapped_column(String(300), default="")


class CashDayClose(Base):
    """日结: the cashier's closing balance of a cash or bank account for a business day (VOUCH-13)."""

    __tablename__ = "cash_day_closes"
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("ledger_accounts.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    balance: Mapped[Decimal] = mapped_column(Money)
    counted: Mapped[Decimal | None] = mapped_column(Money, nullable=True)  # cash counted in the drawer
    closed_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class BankStatement(Base):
    """A bank statement imported from CSV/XLSX for one bank account and month (RPT-04)."""

    __tablename__ = "bank_statements"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("ledger_accounts.id"))
    period: Mapped[str] = mapped_column(String(7))
    file_name: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    closing_balance: Mapped[Decimal] = mapped_column(Money)
    imported_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (UniqueConstraint("bureau_id", "account_id", "period"),)


class BankStatementLine(Base):
    __tablename__ = "bank_statement_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("bank_statements.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    txn_date: Mapped[date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(100), default="")
    summary: Mapped[str] = mapped_column(String(200), default="")
    amount_in: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    amount_out: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    balance: Mapped[Decimal | None] = mapped_column(Money, nullable=True)
    matched_line_id: Mapped[int | None] = mapped_column(ForeignKey("voucher_lines.id"), nullable=True, index=True)


class BankReconciliation(Base):
    """银行存款余额调节表 of an account and month: both adjusted balances must agree (RPT-04)."""

    __tablename__ = "bank_reconciliations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    account_id: Mapped[int] = mapped_column(ForeignKey("ledger_accounts.id"))
    period: Mapped[str] = mapped_column(String(7))
    book_balance: Mapped[Decimal] = mapped_column(Money)
    bank_balance: Mapped[Decimal] = mapped_column(Money)
    adjusted_balance: Mapped[Decimal] = mapped_column(Money)
    items_json: Mapped[str] = mapped_column(Text, default="[]")  # the outstanding items and explanations
    made_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    made_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    __table_args__ = (UniqueConstraint("bureau_id", "account_id", "period"),)


# Fixed assets (issue 13, ASSET-*) -------------------------------------------------------------------


class AssetCategory(Base):
    """A category of GB/T 14885-2022 the bureau uses, with its default useful life in years
    (政府会计准则第3号 guidance; editable). ``depreciable`` is false for land, heritage and library
    items (exempt from depreciation); ``kind`` is general / special / furniture / building / …"""

    __tablename__ = "asset_categories"
    __table_args__ = (UniqueConstraint("bureau_id", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(12), default="general")
    useful_life_years: Mapped[int] = mapped_column(Integer, default=0)
    depreciable: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AssetCard(Base):
    """固定资产卡片 (F-21). ``status``: pending (awaiting acceptance) | active | idle | repair |
    disposing | disposed | rejected (failed acceptance) | written_off (盘亏核销). Depreciation is
    not stored on the card (a monthly run writes ``asset_depreciation_lines``); what was depreciated
    before the bureau started using this app is ``depreciated_before`` over ``months_before``."""

    __tablename__ = "asset_cards"
    __table_args__ = (UniqueConstraint("bureau_id", "card_no"),
                      Index("ix_asset_cards_bureau_id_status", "bureau_id", "status"),
                      Index("ix_asset_cards_bureau_id_department_id", "bureau_id", "department_id"),
                      Index("ix_asset_cards_bureau_id_location", "bureau_id", "location"),
                      Index("ix_asset_cards_bureau_id_category_code", "bureau_id", "category_code"),
                      Index("ix_asset_cards_bureau_id_acquired_on", "bureau_id", "acquired_on"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    card_no: Mapped[str] = mapped_column(String(24))
    name: Mapped[str] = mapped_column(String(60), index=True)
    category_code: Mapped[str] = mapped_column(String(20))
    specification: Mapped[str] = mapped_column(String(100), default="")
    unit: Mapped[str] = mapped_column(String(8), default="台")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    original_value: Mapped[Decimal] = mapped_column(Money)
    acquired_on: Mapped[date] = mapped_column(Date)
    acquisition_way: Mapped[str] = mapped_column(String(12), default="purchase")  # purchase | transfer_in | donation | other
    funding_source: Mapped[str] = mapped_column(String(30), default="")
    supplier: Mapped[str] = mapped_column(String(100), default="")
    contract_no: Mapped[str] = mapped_column(String(40), default="")
    approval_ref: Mapped[str] = mapped_column(String(60), default="")  # ASSET-02: the prior approval
    source_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), nullable=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True, index=True)
    location: Mapped[str] = mapped_column(String(60), default="")
    status: Mapped[str] = mapped_column(String(12), default="pending")
    bulk: Mapped[bool] = mapped_column(Boolean, default=False)  # a batch of durable low-value items (ASSET-01)
    storage_media: Mapped[bool] = mapped_column(Boolean, default=False)  # to be wiped before disposal
    depreciable: Mapped[bool] = mapped_column(Boolean, default=True)
    useful_life_months: Mapped[int] = mapped_column(Integer, default=0)
    depreciated_before: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    months_before: Mapped[int] = mapped_column(Integer, default=0)
    removed_period: Mapped[str | None] = mapped_column(String(7), nullable=True)  # YYYY-MM it left the books
    voucher_id: Mapped[int | None] = mapped_column(ForeignKey("vouchers.id"), nullable=True)  # acquisition
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class AssetAcceptance(Base):
    """One of the two acceptances a purchased card needs (ASSET-11): its user and the asset manager."""

    __tablename__ = "asset_acceptances"
    __table_args__ = (UniqueConstraint("card_id", "role"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("asset_cards.id"), index=True)
    role: Mapped[str] = mapped_column(String(10))  # user | manager
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    result: Mapped[str] = mapped_column(String(10), default="accepted")  # accepted | rejected
    note: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AssetEvent(Base):
    """A card's history: every change, who made it, the document behind it."""

    __tablename__ = "asset_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    card_id: Mapped[int] = mapped_column(ForeignKey("asset_cards.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(String(200), default="")
    details_json: Mapped[str] = mapped_column(Text, default="{}")
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AssetFile(Base):
    """A photo or document of a card (invoice, contract, acceptance report) with its SHA-256."""

    __tablename__ = "asset_files"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    card_id: Mapped[int] = mapped_column(ForeignKey("asset_cards.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # photo | document
    file_name: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    added_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AssetMove(Base):
    """What a transfer (ASSET-08) or repair (ASSET-09/10) document does to its cards once approved:
    the releasing side's signature, the asset manager applying it, a repair's cost and supervisor."""

    __tablename__ = "asset_moves"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(10))  # transfer | repair
    cards_json: Mapped[str] = mapped_column(Text, default="[]")  # card ids
    from_department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), nullable=True)
    to_department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), nullable=True)
    to_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    to_location: Mapped[str] = mapped_column(String(60), default="")
    released_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    released_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    applied_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    applied_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    sent_out: Mapped[bool] = mapped_column(Boolean, default=False)  # repair outside the bureau (ASSET-10)
    repairer: Mapped[str] = mapped_column(String(100), default="")
    supervisor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    cost: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    damage_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)  # ASSET-09: pays
    compensation: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    completed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")


class AssetDisposal(Base):
    """What a disposal document (ASSET-02/03/04) does once approved: the external approval
    (区国资局批复), the cards closed, residual income owed to the treasury or the finance section."""

    __tablename__ = "asset_disposals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), unique=True)
    cards_json: Mapped[str] = mapped_column(Text, default="[]")  # [{"card_id", "appraisal", "wiped"}]
    way: Mapped[str] = mapped_column(String(12), default="scrap")  # scrap | sale | transfer_out | donation
    external_authority: Mapped[str] = mapped_column(String(60), default="")
    external_ref: Mapped[str] = mapped_column(String(60), default="")
    external_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    residual_income: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    income_to: Mapped[str] = mapped_column(String(10), default="treasury")  # treasury | finance
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    voucher_id: Mapped[int | None] = mapped_column(ForeignKey("vouchers.id"), nullable=True)


class StaffDeparture(Base):
    """A person leaving or retiring (ASSET-07): the asset manager signs it off only when they hold
    nothing."""

    __tablename__ = "staff_departures"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(10), default="leave")  # leave | retire
    leaving_on: Mapped[date] = mapped_column(Date)
    signed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    signed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")


class AssetDepreciationRun(Base):
    """One month's depreciation (政府会计准则第3号, straight line, no residual): run once per month,
    its lines per card, the voucher it drafted."""

    __tablename__ = "asset_depreciation_runs"
    __table_args__ = (UniqueConstraint("bureau_id", "period"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    period: Mapped[str] = mapped_column(String(7))
    total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    cards: Mapped[int] = mapped_column(Integer, default=0)
    digest: Mapped[str] = mapped_column(String(64), default="")  # SHA-256 of its lines
    voucher_id: Mapped[int | None] = mapped_column(ForeignKey("vouchers.id"), nullable=True)
    run_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    run_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AssetDepreciationLine(Base):
    __tablename__ = "asset_depreciation_lines"
    __table_args__ = (UniqueConstraint("card_id", "period"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("asset_depreciation_runs.id"), index=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("asset_cards.id"))
    period: Mapped[str] = mapped_column(String(7))
    amount: Mapped[Decimal] = mapped_column(Money)
    expense_account: Mapped[str] = mapped_column(String(20), default="")


class AssetStocktake(Base):
    """A count (清查/盘点, ASSET-06) of one location (a whole room) or department: scans, the
    surplus/shortage report approved as a document before any card changes."""

    __tablename__ = "asset_stocktakes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), index=True)
    title: Mapped[str] = mapped_column(String(100))
    location: Mapped[str] = mapped_column(String(60), default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), nullable=True)
    counted_on: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(10), default="counting")  # counting | reported | adjusted
    counters_json: Mapped[str] = mapped_column(Text, default="[]")  # staff ids: asset manager, finance, users
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True, unique=True)
    created_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    adjusted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class AssetCount(Base):
    """One scan or typed tag of a stocktake: the card it found, or an unknown tag."""

    __tablename__ = "asset_counts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("asset_stocktakes.id"), index=True)
    tag: Mapped[str] = mapped_column(String(80))
    card_id: Mapped[int | None] = mapped_column(ForeignKey("asset_cards.id"), nullable=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AssetCountDifference(Base):
    """A line of the surplus/shortage report (盘盈/盘亏): its cause and proposed handling."""

    __tablename__ = "asset_count_differences"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("asset_stocktakes.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # surplus | shortage
    card_id: Mapped[int | None] = mapped_column(ForeignKey("asset_cards.id"), nullable=True)
    description: Mapped[str] = mapped_column(String(200), default="")
    value: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    cause: Mapped[str] = mapped_column(String(200), default="")
    handling: Mapped[str] = mapped_column(String(200), default="")


# Office-supply stock (issue 14; RULES.md SUPPLY-01…14) ------------------------------------------

class SupplyItem(Base):
    """A catalogue item (办公用品): ``kind`` consumable (一般办公用品: paper, stationery, toner,
    cleaning) or special (特殊办公用品: desks, cabinets, computers, SUPPLY-02). ``procurement_catalogue``
    marks items on the government procurement catalogue, not for self-purchase (SUPPLY-07);
    ``asset_category_code`` the fixed-asset category a unit at or above the preset's threshold
    opens a card in instead of entering stock (ASSET-13); ``lendable`` equipment is lent (SUPPLY-14)."""

    __tablename__ = "supply_items"
    __table_args__ = (UniqueConstraint("bureau_id", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(60), index=True)
    category: Mapped[str] = mapped_column(String(20), default="")
    specification: Mapped[str] = mapped_column(String(100), default="")
    unit: Mapped[str] = mapped_column(String(8), default="个")
    kind: Mapped[str] = mapped_column(String(12), default="consumable")  # consumable | special
    reorder_level: Mapped[int] = mapped_column(Integer, default=0)
    procurement_catalogue: Mapped[bool] = mapped_column(Boolean, default=False)
    asset_category_code: Mapped[str] = mapped_column(String(20), default="")
    lendable: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SupplyLocation(Base):
    """A store (存放地点) the office keeps supplies in; stock is held per item and store."""

    __tablename__ = "supply_locations"
    __table_args__ = (UniqueConstraint("bureau_id", "name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SupplyBalance(Base):
    """Stock on hand of one item in one store at moving-average value, kept by every movement in
    the movement's transaction (the movements are its proof). Never below zero."""

    __tablename__ = "supply_balances"
    __table_args__ = (UniqueConstraint("item_id", "location_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("supply_items.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("supply_locations.id"))
    quantity: Mapped[int] = mapped_column(Integer, default=0)
    value: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = {"version_id_col": version}


class SupplyMovement(Base):
    """One line of the stock book (收发存): ``kind`` receipt | issue | return | gain | loss; quantity
    and value signed (in +, out −), the balance after it. Append-only; written only through
    ``services.supply_records.post_movement``."""

    __tablename__ = "supply_movements"
    __table_args__ = (Index("ix_supply_movements_bureau_id_occurred_on", "bureau_id", "occurred_on"),
                      Index("ix_supply_movements_item_id_occurred_on", "item_id", "occurred_on"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("supply_items.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("supply_locations.id"))
    kind: Mapped[str] = mapped_column(String(10))
    occurred_on: Mapped[date] = mapped_column(Date)
    quantity: Mapped[int] = mapped_column(Integer)
    value: Mapped[Decimal] = mapped_column(Money)
    balance_quantity: Mapped[int] = mapped_column(Integer)
    balance_value: Mapped[Decimal] = mapped_column(Money)
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("supply_receipts.id"), nullable=True)
    issue_id: Mapped[int | None] = mapped_column(ForeignKey("supply_issues.id"), nullable=True)
    count_id: Mapped[int | None] = mapped_column(ForeignKey("supply_counts.id"), nullable=True)
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("supply_loans.id"), nullable=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), nullable=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SupplyPlan(Base):
    """A section's half-year needs (办公用品使用计划单, SUPPLY-03), due by the preset's deadline;
    ``state`` draft | submitted | consolidated (into the office's plan purchase)."""

    __tablename__ = "supply_plans"
    __table_args__ = (UniqueConstraint("bureau_id", "year", "half", "department_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    half: Mapped[int] = mapped_column(Integer)  # 1 | 2
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    state: Mapped[str] = mapped_column(String(12), default="draft")
    due_on: Mapped[date] = mapped_column(Date)
    purchase_id: Mapped[int | None] = mapped_column(ForeignKey("supply_purchases.id"), nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    submitted_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class SupplyPlanLine(Base):
    """One need in a section's plan: a catalogue item, or a described new item, with an estimate."""

    __tablename__ = "supply_plan_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("supply_plans.id"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("supply_items.id"), nullable=True)
    description: Mapped[str] = mapped_column(String(100), default="")
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    purpose: Mapped[str] = mapped_column(String(200), default="")


class SupplyPurchase(Base):
    """A purchase: the office's consolidated half-year plan (``kind`` plan) or an ad-hoc purchase
    (adhoc), approved as a ``supply_purchase`` document (SUPPLY-03/04); its quotes (SUPPLY-05), the
    chosen one with its reason, the government-procurement reference (SUPPLY-07) and receipts.
    ``state`` draft | approving | ordered | received | cancelled (approval lives on the document)."""

    __tablename__ = "supply_purchases"
    __table_args__ = (UniqueConstraint("bureau_id", "purchase_no"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), index=True)
    purchase_no: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(8), default="adhoc")  # plan | adhoc
    title: Mapped[str] = mapped_column(String(100))
    year: Mapped[int] = mapped_column(Integer)
    half: Mapped[int | None] = mapped_column(Integer, nullable=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True, unique=True)
    state: Mapped[str] = mapped_column(String(12), default="draft")
    estimated_total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    choice_reason: Mapped[str] = mapped_column(String(200), default="")
    procurement_ref: Mapped[str] = mapped_column(String(60), default="")
    ordered_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    ordered_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    claim_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True)
    created_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SupplyPurchaseLine(Base):
    """One item of a purchase, with the section that needs it (from the plans) and its estimate."""

    __tablename__ = "supply_purchase_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    purchase_id: Mapped[int] = mapped_column(ForeignKey("supply_purchases.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("supply_items.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")


class SupplyQuote(Base):
    """A supplier's quote for a purchase (SUPPLY-05); ``agreement_supplier``: a government
    agreement supplier or designated unit (SUPPLY-06); ``chosen`` the one bought from."""

    __tablename__ = "supply_quotes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    purchase_id: Mapped[int] = mapped_column(ForeignKey("supply_purchases.id"), index=True)
    supplier: Mapped[str] = mapped_column(String(100))
    agreement_supplier: Mapped[bool] = mapped_column(Boolean, default=False)
    total: Mapped[Decimal] = mapped_column(Money)
    quoted_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")
    chosen: Mapped[bool] = mapped_column(Boolean, default=False)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SupplyQuoteEnquirer(Base):
    """A person who gathered a purchase's quotes; each confirms in the app (SUPPLY-05: two at least)."""

    __tablename__ = "supply_quote_enquirers"
    __table_args__ = (UniqueConstraint("purchase_id", "staff_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    purchase_id: Mapped[int] = mapped_column(ForeignKey("supply_purchases.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class SupplyReceipt(Base):
    """办公用品入库单 (SUPPLY-08): goods checked against the order by a named person (``checker_id``);
    ``kind`` purchase | opening (stock counted when the bureau starts). Linked to the purchase's
    claim and its voucher where the finance core is used."""

    __tablename__ = "supply_receipts"
    __table_args__ = (UniqueConstraint("bureau_id", "receipt_no"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), index=True)
    receipt_no: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(8), default="purchase")
    purchase_id: Mapped[int | None] = mapped_column(ForeignKey("supply_purchases.id"), nullable=True, index=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("supply_locations.id"))
    received_on: Mapped[date] = mapped_column(Date)
    checker_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    supplier: Mapped[str] = mapped_column(String(100), default="")
    invoice_no: Mapped[str] = mapped_column(String(40), default="")
    total: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    voucher_id: Mapped[int | None] = mapped_column(ForeignKey("vouchers.id"), nullable=True)
    claim_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    created_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SupplyReceiptLine(Base):
    """One item received: checked for specification and quality; a unit that qualifies as a fixed
    asset opened ``asset_card_id`` instead of entering stock (ASSET-13)."""

    __tablename__ = "supply_receipt_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("supply_receipts.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("supply_items.id"))
    purchase_line_id: Mapped[int | None] = mapped_column(ForeignKey("supply_purchase_lines.id"), nullable=True)
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    amount: Mapped[Decimal] = mapped_column(Money)
    spec_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    quality_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    asset_card_id: Mapped[int | None] = mapped_column(ForeignKey("asset_cards.id"), nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")


class SupplyCollector(Base):
    """The one person a section names to collect its supplies (SUPPLY-09)."""

    __tablename__ = "supply_collectors"
    __table_args__ = (UniqueConstraint("bureau_id", "department_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    named_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    named_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SupplyIssue(Base):
    """An issue to a section (领用, 发放登记): out of stock when the keeper issues it, signed for by
    the section's collector in their own session (SUPPLY-09)."""

    __tablename__ = "supply_issues"
    __table_args__ = (UniqueConstraint("bureau_id", "issue_no"),
                      Index("ix_supply_issues_bureau_id_issued_on", "bureau_id", "issued_on"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    issue_no: Mapped[str] = mapped_column(String(20))
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    collector_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("supply_locations.id"))
    issued_on: Mapped[date] = mapped_column(Date)
    issued_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    total_value: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    signed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SupplyIssueLine(Base):
    """One item issued, at moving-average value. A special (durable) item is issued in exchange
    for the old one (``old_returned``, SUPPLY-10) unless approved (``approval_ref``/document), and is
    then held by ``holder_id`` until handed back (SUPPLY-13)."""

    __tablename__ = "supply_issue_lines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    issue_id: Mapped[int] = mapped_column(ForeignKey("supply_issues.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("supply_items.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    value: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    holder_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True, index=True)
    old_returned: Mapped[bool] = mapped_column(Boolean, default=False)
    old_note: Mapped[str] = mapped_column(String(100), default="")
    approval_ref: Mapped[str] = mapped_column(String(60), default="")
    approval_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True)
    handed_back_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class SupplyLoan(Base):
    """借用单/归还单 (SUPPLY-14): equipment lent after the office head's consent; ``state``
    requested | approved | refused | lent | returned. Condition checked and signed by keeper and
    borrower at lending and at return (``supply_loan_signatures``); damage or loss is paid for
    (``compensation``, SUPPLY-12)."""

    __tablename__ = "supply_loans"
    __table_args__ = (UniqueConstraint("bureau_id", "loan_no"),
                      Index("ix_supply_loans_bureau_id_state", "bureau_id", "state"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"))
    loan_no: Mapped[str] = mapped_column(String(20))
    item_id: Mapped[int] = mapped_column(ForeignKey("supply_items.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("supply_locations.id"))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    borrower_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    purpose: Mapped[str] = mapped_column(String(200), default="")
    requested_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(10), default="requested")
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    approval_note: Mapped[str] = mapped_column(String(200), default="")
    lent_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    returned_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    damaged: Mapped[bool] = mapped_column(Boolean, default=False)
    compensation: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SupplyLoanSignature(Base):
    """One signature on a loan: ``stage`` lend | return, ``role`` keeper | borrower, each person in
    their own session, with the condition they saw."""

    __tablename__ = "supply_loan_signatures"
    __table_args__ = (UniqueConstraint("loan_id", "stage", "role"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("supply_loans.id"), index=True)
    stage: Mapped[str] = mapped_column(String(8))
    role: Mapped[str] = mapped_column(String(8))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    condition: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SupplyCount(Base):
    """A half-yearly count of one store (SUPPLY-11): book quantities fixed at the start, counts
    entered, differences explained and approved as a ``supply_count`` document, then the stock is
    adjusted. ``state`` counting | reported | adjusted."""

    __tablename__ = "supply_counts"
    __table_args__ = (UniqueConstraint("bureau_id", "count_no"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id"), index=True)
    count_no: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    half: Mapped[int] = mapped_column(Integer)
    location_id: Mapped[int] = mapped_column(ForeignKey("supply_locations.id"))
    counted_on: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(10), default="counting")
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), nullable=True, unique=True)
    created_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    adjusted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class SupplyCountLine(Base):
    """One item of a count: the book quantity when the count started, the counted quantity, and
    for a difference its explanation, the person liable and their compensation (SUPPLY-12)."""

    __tablename__ = "supply_count_lines"
    __table_args__ = (UniqueConstraint("count_id", "item_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    count_id: Mapped[int] = mapped_column(ForeignKey("supply_counts.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("supply_items.id"))
    book_quantity: Mapped[int] = mapped_column(Integer)
    counted_quantity: Mapped[int | None] = mapped_column(Integer, nullable=True)
    explanation: Mapped[str] = mapped_column(String(200), default="")
    liable_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    compensation: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
