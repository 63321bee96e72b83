"""Reading, verifying and anchoring the audit trail (SEC-01, SEC-04, SEC-18).

The chain alone only shows edits made without recomputing the hashes. It is anchored outside the
writer's reach twice over:

* **signed checkpoints** — (seq, hash) of the chain signed by the 稽核 or the 财务负责人 with their
  personal signing key (daily, at sign-out), or by the administrator with the bureau root CA key
  (backups); checked against the bureau root certificate;
* **the local anchor** of this PC (``persistence/audit_anchor.py``) — the root's fingerprint, the
  newest checkpoint and the (seq, hash) after every write this PC made.

``verify`` reports a rewrite (even with every hash recomputed), a truncation, a missing or moved
head, a deleted or forged checkpoint; ``verify(deep=True)`` also compares every audited record
with the state its last trail entry recorded (``persistence/record_state.py``).

Re-anchoring (documented decision): when the administrator has established what happened (SEC-07)
— a restored backup, a repaired head — ``reanchor`` with the bureau root CA passphrase rebuilds a
missing or damaged head from the newest entry, records ``audit.reanchor`` (with the problems it
accepted) in the trail, signs a root checkpoint and starts this PC's anchor afresh. It needs no
sign-in (a damaged head refuses every write, sign-in included) but the CA key; the trail keeps it.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import or_, select

from desktop.documents import pki
from desktop.domain.audit_chain import CHECKPOINT_REASONS, RECORD_STATE, Finding, check_chain, checkpoint_message
from desktop.persistence import audit_log, record_state
from desktop.persistence.audit_anchor import Anchor
from desktop.persistence.schema import AuditCheckpoint, AuditEntry, AuditHead, BureauAuthority, Document, utcnow
from desktop.services.base import ServiceBase, SignedIn, refuse

__all__ = ["AuditService", "AuditReport", "AuditRow", "AuditFilter", "CheckpointView", "SIGNING_POSITIONS",
           "CHECKPOINT_MAX_AGE"]

# Who signs checkpoints with their personal key (the administrator signs with the root CA key).
SIGNING_POSITIONS = ("auditor", "finance_head")
CHECKPOINT_MAX_AGE = timedelta(days=1)
ROOT_SIGNER = "root-ca"


@dataclass(frozen=True)
class CheckpointView:
    id: int
    seq: int
    hash: str
    signer: str
    position: str
    cert_pem: str
    signature: str
    signed_at: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        """Everything needed to check the checkpoint offline (with the bureau root certificate)."""
        return {"format": "bureau-desk/audit-checkpoint", "v": 1, "seq": self.seq, "hash": self.hash,
                "signer": self.signer, "position": self.position, "cert_pem": self.cert_pem,
                "signature": self.signature, "signed_at": self.signed_at, "reason": self.reason}

    @property
    def signed_at_utc(self) -> datetime:
        return datetime.fromisoformat(self.signed_at.rstrip("Z")).replace(tzinfo=timezone.utc)

    def age(self, now: datetime | None = None) -> timedelta:
        return (now or datetime.now(timezone.utc)) - self.signed_at_utc


@dataclass(frozen=True)
class AuditReport:
    checked: int
    broken_at: int | None
    reason: str
    problems: tuple[str, ...] = ()  # every finding, first one first ("entry N: why")
    mismatches: tuple[record_state.Mismatch, ...] = ()  # deep: records that differ from their recorded state
    warnings: tuple[str, ...] = ()  # not broken, but weaker than it should be (no checkpoint yet …)
    latest_checkpoint: CheckpointView | None = None
    deep: bool = False

    @property
    def ok(self) -> bool:
        return self.broken_at is None and not self.mismatches


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    before_json: str
    after_json: str


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to read: by person (the actor as the trail writes it), by record (its kind —
    the trail's entity — and its id or serial number), by local calendar day (both ends included)."""

    actor: str = ""
    entity: str = ""
    record: str = ""  # an id ("12") or a serial ("JC-2026-0001"): the record's entries
    day_from: date | None = None
    day_to: date | None = None
    limit: int = 200


def _utc_text(day: date, *, end: bool = False) -> str:
    """The trail's timestamp text (naive UTC, ISO, 'Z') at the start (or end) of a local day."""
    local = datetime.combine(day + timedelta(days=1) if end else day, time.min).astimezone()
    return local.astimezone(timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def _view(row: AuditCheckpoint) -> CheckpointView:
    return CheckpointView(row.id, row.seq, row.hash, row.signer, row.position, row.cert_pem, row.signature,
                          row.signed_at, row.reason)


def _fingerprint(cert: x509.Certificate) -> str:
    return cert.fingerprint(hashes.SHA256()).hex()


def _signature_digest(signature: str) -> str:
    return hashlib.sha256(signature.encode("ascii", "replace")).hexdigest()


def checkpoint_problems(cp: dict[str, Any], roots_pem: list[str], trusted_fingerprint: str = "") -> list[str]:
    """Why a checkpoint (``CheckpointView.to_json()``) cannot be trusted: signature, issuer (the
    bureau root, and if given the root fingerprint this PC trusts), fields. Empty: it can."""
    try:
        seq, digest = int(cp["seq"]), str(cp["hash"])
        signed_at, reason = str(cp["signed_at"]), str(cp["reason"])
        signer, position = str(cp["signer"]), str(cp["position"])
        cert = x509.load_pem_x509_certificate(str(cp["cert_pem"]).encode("ascii"))
        signature = base64.b64decode(str(cp["signature"]), validate=True)
    except (KeyError, TypeError, ValueError) as exc:
        return [f"checkpoint is incomplete or malformed ({exc.__class__.__name__})"]
    problems: list[str] = []
    if reason not in CHECKPOINT_REASONS:
        problems.append(f"checkpoint reason {reason[:20]!r} is not one of {', '.join(CHECKPOINT_REASONS)}")
    roots = []
    for pem in roots_pem:
        try:
            roots.append(x509.load_pem_x509_certificate(pem.encode("ascii")))
        except ValueError:
            continue
    issuer = None
    for root in roots:
        if cert == root:
            issuer = root
            break
        try:
            cert.verify_directly_issued_by(root)
            issuer = root
            break
        except (ValueError, TypeError, InvalidSignature):
            continue
    if issuer is None:
        problems.append(f"checkpoint at entry {seq} is signed by {cert.subject.rfc4514_string()[:60]}, "
                        "not by a certificate of this bureau's root")
    elif trusted_fingerprint and _fingerprint(issuer) != trusted_fingerprint:
        problems.append(f"checkpoint at entry {seq}: the bureau root certificate in the database is not the one "
                        "this PC trusts (root replaced)")
    key = cert.public_key()
    message = checkpoint_message(seq=seq, hash=digest, signed_at=signed_at, reason=reason, signer=signer,
                                 position=position)
    try:
        if not isinstance(key, ec.EllipticCurvePublicKey):
            raise InvalidSignature
        key.verify(signature, message, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        problems.append(f"checkpoint at entry {seq}: the signature does not match (forged or altered)")
    try:
        moment = datetime.fromisoformat(signed_at.rstrip("Z")).replace(tzinfo=timezone.utc)
        if not (cert.not_valid_before_utc <= moment <= cert.not_valid_after_utc):
            problems.append(f"checkpoint at entry {seq}: signed outside its certificate's validity")
    except ValueError:
        problems.append(f"checkpoint at entry {seq}: bad signing time")
    return problems


class AuditService(ServiceBase):
    # The local anchor of this database on this PC; set by the Desk (None: no anchor, e.g. when a
    # backup's copy is checked in a temporary folder).
    anchor: Anchor | None = None

    # Verification ------------------------------------------------------------------------------
    def verify(self, *, deep: bool = False, checkpoint: dict | str | None = None) -> AuditReport:
        """Check the whole chain against its head, the signed checkpoints, this PC's anchor and
        (``checkpoint``) one carried in a backup or export. Needs no sign-in: it reads only, and must
        work on a damaged database."""
        anchor = self.anchor.load() if self.anchor is not None else None
        findings: list[Finding] = []
        warnings: list[str] = []
        with self.reading() as session:
            head_row = session.get(AuditHead, 1)
            head = (head_row.seq, head_row.hash) if head_row is not None else None
            roots = list(session.execute(select(BureauAuthority.cert_pem)).scalars())
            db_fingerprints = [_fingerprint(x509.load_pem_x509_certificate(p.encode("ascii"))) for p in roots]
            trusted = anchor.root_fingerprint if anchor is not None else ""
            if trusted and db_fingerprints and trusted not in db_fingerprints:
                findings.append(Finding(1, "the bureau root certificate in the database is not the one this PC "
                                           "recorded (root replaced)"))
            rows = session.execute(select(AuditCheckpoint).order_by(AuditCheckpoint.id)).scalars().all()
            views = [_view(r) for r in rows]
            anchors: list[tuple[str, int, str]] = []
            signatures = set()
            for v in views:
                problems = checkpoint_problems(v.to_json(), roots, trusted)
                if problems:
                    findings.append(Finding(v.seq, problems[0]))
                else:
                    anchors.append((f"checkpoint #{v.id} ({v.signer}, {v.signed_at[:16]})", v.seq, v.hash))
                signatures.add(_signature_digest(v.signature))
            # Each checkpoint is also recorded in the trail: a row deleted behind the app is found.
            for seq, after_json in session.execute(select(AuditEntry.seq, AuditEntry.after_json)
                                                   .where(AuditEntry.action == "audit.checkpoint")):
                try:
                    recorded = json.loads(after_json)
                    gone = recorded.get("signature_sha256") not in signatures
                except (ValueError, AttributeError):
                    gone = True
                if gone:
                    findings.append(Finding(seq, f"the signed checkpoint recorded in entry {seq} is missing from "
                                                 "audit_checkpoints (deleted)"))
            seen: dict[int, str] = {}
            if anchor is not None:
                seen = anchor.seen()
                if anchor.damaged:
                    warnings.append(anchor.damaged)
                local = anchor.checkpoint
                if local and local.get("signature"):
                    if _signature_digest(str(local["signature"])) not in signatures:
                        findings.append(Finding(int(local.get("seq", 0)) or 1,
                                                f"the signed checkpoint of entry {local.get('seq')} "
                                                f"({local.get('signer')}, {str(local.get('signed_at'))[:16]}) that "
                                                "this PC saw is missing from the database (deleted)"))
                    if not checkpoint_problems(local, roots, trusted):
                        anchors.append(("the checkpoint this PC saw", int(local["seq"]), str(local["hash"])))
            if checkpoint is not None:
                given = self._parse_checkpoint(checkpoint)
                problems = checkpoint_problems(given, roots, trusted) if given is not None else \
                    ["the given checkpoint is not a JSON object"]
                if problems:
                    findings.append(Finding(int(given.get("seq", 1) or 1) if given else 1,
                                            "the given checkpoint: " + problems[0]))
                else:
                    anchors.append(("the given checkpoint", int(given["seq"]), str(given["hash"])))
            result = check_chain(audit_log.entries(session), head, head_present=head_row is not None, seen=seen,
                                 anchors=anchors, vouched=anchor.vouched() if anchor is not None else (),
                                 vouch_from=anchor.from_seq if anchor is not None else None)
            checked = result.read
            findings += result.findings
            if result.unvouched:
                spans = ", ".join(f"{a}..{b}" if a != b else str(a) for a, b in result.unvouched[:5])
                text = f"entries {spans}: not written by this application on this PC"
                if session.get_bind().dialect.name == "sqlite":
                    # One PC works on a SQLite file: an entry no write of it accounts for was put
                    # there by someone writing the database directly.
                    findings.append(Finding(result.unvouched[0][0], text + " (appended directly to the database)"))
                else:
                    warnings.append(text + " (another PC, or written directly to the database)")
            mismatches: list[record_state.Mismatch] = []
            if deep:
                mismatches = record_state.deep_check(session.connection())
            if not views:
                warnings.append("no signed checkpoint yet: the 稽核 or 财务负责人 should sign one "
                                "(desktop audit checkpoint --user NAME)")
            elif views[-1].age() > CHECKPOINT_MAX_AGE:
                warnings.append(f"the newest signed checkpoint is {views[-1].age().days} day(s) old")
        findings.sort(key=lambda f: f.seq)
        latest = views[-1] if views else None
        if not findings and anchor is not None:
            self._remember(anchor, head, db_fingerprints, latest)
        if findings:
            first = findings[0]
            return AuditReport(checked, first.seq, first.reason, tuple(f"entry {f.seq}: {f.reason}" for f in findings),
                               tuple(mismatches), tuple(warnings), latest, deep)
        reason = f"{len(mismatches)} record(s) differ from their recorded state" if mismatches else ""
        return AuditReport(checked, None, reason, (), tuple(mismatches), tuple(warnings), latest, deep)

    @staticmethod
    def _remember(anchor: Anchor, head: tuple[int, str] | None, fingerprints: list[str],
                  latest: CheckpointView | None) -> None:
        """An intact trail: this PC now vouches for it up to its head."""
        highest = anchor.highest()
        if head is not None and head[0] > 0 and (highest is None or head[0] > highest[0]):
            anchor.note(*head)
        changed = False
        if not anchor.root_fingerprint and len(fingerprints) == 1:
            anchor.root_fingerprint = fingerprints[0]
            changed = True
        if latest is not None and (not anchor.checkpoint or int(anchor.checkpoint.get("seq", 0)) < latest.seq):
            anchor.checkpoint = latest.to_json()
            changed = True
        if changed:
            anchor.save()

    @staticmethod
    def _parse_checkpoint(data: dict | str) -> dict[str, Any] | None:
        if isinstance(data, (str, bytes)):
            try:
                data = json.loads(data)
            except ValueError:
                return None
        return data if isinstance(data, dict) else None

    def check_checkpoint_json(self, data: dict | str) -> list[str]:
        """Problems with a checkpoint carried in a backup or export: its signature against the
        bureau root (and this PC's trusted root), and whether this database's chain contains it."""
        given = self._parse_checkpoint(data)
        if given is None:
            return ["the checkpoint is not a JSON object"]
        anchor = self.anchor.load() if self.anchor is not None else None
        with self.reading() as session:
            roots = list(session.execute(select(BureauAuthority.cert_pem)).scalars())
            problems = checkpoint_problems(given, roots, anchor.root_fingerprint if anchor else "")
            if problems:
                return problems
            row = session.execute(select(AuditEntry.hash).where(AuditEntry.seq == int(given["seq"]))).first()
        if row is None:
            return [f"the audit chain has no entry {given['seq']} (the checkpoint's): entries were removed"]
        if row[0] != given["hash"]:
            return [f"entry {given['seq']} differs from the checkpoint's hash: the chain was rewritten"]
        return []

    # Checkpoints -------------------------------------------------------------------------------
    @staticmethod
    def can_sign_checkpoint(user: SignedIn) -> bool:
        return user.is_admin or any(p in user.positions for p in SIGNING_POSITIONS)

    def latest_checkpoint(self) -> CheckpointView | None:
        with self.reading() as session:
            row = session.execute(select(AuditCheckpoint).order_by(AuditCheckpoint.id.desc()).limit(1)).scalar()
            return _view(row) if row is not None else None

    def checkpoint_due(self, user: SignedIn) -> bool:
        """At sign-out: whether to offer the 稽核 / 财务负责人 to sign (the trail grew since the newest
        checkpoint beyond that checkpoint's own entry)."""
        if user.is_admin or not any(p in user.positions for p in SIGNING_POSITIONS):
            return False
        latest = self.latest_checkpoint()
        with self.reading() as session:
            head = audit_log.head_of(session)
        if head is None:
            return False
        return latest is None or head[0] > latest.seq + 1

    def checkpoint_reminder(self, user: SignedIn) -> str | None:
        """For the 稽核 / 财务负责人: a Chinese reminder when the newest checkpoint is over a day old."""
        if user.is_admin or not any(p in user.positions for p in SIGNING_POSITIONS):
            return None
        latest = self.latest_checkpoint()
        if latest is None:
            return "审计日志尚无签名检查点：请签署审计检查点（首页“签署审计检查点…”，或退出登录时签署）"
        if latest.age() > CHECKPOINT_MAX_AGE:
            return f"最近的审计检查点已超过一天（{latest.signed_at[:16].replace('T', ' ')} UTC）：请签署今天的审计检查点"
        return None

    def sign_checkpoint(self, user: SignedIn, passphrase: str, reason: str = "manual") -> CheckpointView:
        """Sign the chain's current (seq, hash) with the person's signing key (the 稽核 or the
        财务负责人) or, for the administrator, the bureau root CA key (passphrase = CA passphrase).
        Refused if the trail does not verify: a checkpoint must never vouch for a rewritten chain."""
        if reason not in CHECKPOINT_REASONS:
            raise refuse("SEC-01", "checkpoint.reason", f"检查点事由须为 {'、'.join(CHECKPOINT_REASONS)} 之一")
        if not self.can_sign_checkpoint(user):
            raise refuse("SEC-04", "perm.checkpoint", "签署审计检查点须为稽核、财务负责人或系统管理员（用根证书）")
        if not passphrase:
            raise refuse("SEC-06", "checkpoint.passphrase", "请输入签名口令" if not user.is_admin else "请输入根证书口令")
        report = self.verify()
        if report.broken_at is not None:
            raise refuse("SEC-01", "audit.broken",
                         f"审计日志校验未通过（第 {report.broken_at} 条：{report.reason[:80]}），不能签署检查点；"
                         "请系统管理员运行 desktop audit verify")
        from desktop.services.sheets import SheetService

        with self.transaction() as session:
            head = audit_log.locked_head(session)
            if user.is_admin:
                ca = session.execute(select(BureauAuthority).where(BureauAuthority.bureau_id == user.bureau_id)).scalar()
                if ca is None:
                    raise refuse("SEC-06", "ca.missing", "本单位尚未建立签名根证书（desktop init）")
                try:
                    unlocked = pki.unlock(ca.key_p12, passphrase, what="根证书")
                except pki.PkiError as exc:
                    raise refuse("SEC-06", "ca.passphrase", str(exc)) from exc
                signer, position = ROOT_SIGNER, "sysadmin"
            else:
                unlocked = SheetService(self._sessions)._unlock(session, user, passphrase)
                signer = user.audit_name
                position = next(p for p in SIGNING_POSITIONS if p in user.positions)
            view = self._sign(session, unlocked, head.seq, head.hash, signer, position, reason)
            self.audit(session, user, "audit.checkpoint", "audit_checkpoint", view.id,
                       after={"seq": view.seq, "hash": view.hash, "reason": reason, "signer": signer,
                              "signature_sha256": _signature_digest(view.signature)})
        if self.anchor is not None:
            anchor = self.anchor.load()
            anchor.save(root_fingerprint=anchor.root_fingerprint or self._root_fingerprint(user.bureau_id),
                        checkpoint=view.to_json())
        return view

    @staticmethod
    def _sign(session, unlocked: pki.Unlocked, seq: int, digest: str, signer: str, position: str,  # noqa: ANN001
              reason: str) -> CheckpointView:
        signed_at = utcnow().isoformat(timespec="seconds") + "Z"
        message = checkpoint_message(seq=seq, hash=digest, signed_at=signed_at, reason=reason, signer=signer,
                                     position=position)
        signature = base64.b64encode(unlocked.key.sign(message, ec.ECDSA(hashes.SHA256()))).decode("ascii")
        cert_pem = unlocked.cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
        row = AuditCheckpoint(seq=seq, hash=digest, signer=signer, position=position, cert_pem=cert_pem,
                              signature=signature, signed_at=signed_at, reason=reason)
        session.add(row)
        session.flush()
        return _view(row)

    def _root_fingerprint(self, bureau_id: int) -> str:
        with self.reading() as session:
            pem = session.execute(select(BureauAuthority.cert_pem).where(BureauAuthority.bureau_id == bureau_id)).scalar()
        return _fingerprint(x509.load_pem_x509_certificate(pem.encode("ascii"))) if pem else ""

    def reanchor(self, ca_passphrase: str, reason: str, *, accept_records: bool = False) -> CheckpointView:
        """The administrator's answer to a finding they have cleared up (SEC-07), with the bureau
        root CA passphrase: rebuild a missing or damaged head from the newest entry, record
        ``audit.reanchor`` with the problems accepted (and, with ``accept_records``, the current state
        of records that differ from their recorded one), sign a root checkpoint, start this PC's
        anchor afresh. Refused if the chain itself does not link (an entry edited in place)."""
        from desktop.domain.input_gate.fields import forbidden_char
        if not reason.strip():
            raise refuse("SEC-07", "reanchor.reason", "请写明重新锚定的原因（后台数据修正须有记录）")
        bad = forbidden_char(reason, multiline=False)
        if bad or len(reason) > 300:
            raise refuse("SEC-07", "reanchor.reason", f"原因须为一行、至多300字{'（含不允许的字符：' + bad + '）' if bad else ''}")
        report = self.verify(deep=accept_records)
        with self.reading() as session:
            checked, broken = audit_log.verify(session)
        if broken is not None and "head" not in broken[1] and "missing from the end" not in broken[1]:
            raise refuse("SEC-01", "reanchor.chain", f"审计链本身在第 {broken[0]} 条断开（{broken[1][:60]}），"
                                                     "不能重新锚定；请从备份恢复")
        if any("differs from what checkpoint #" in p for p in report.problems):
            # Signed checkpoints keep showing a rewrite: the evidence is not something to accept.
            raise refuse("SEC-01", "reanchor.rewritten", "审计链已被改写（与签名检查点不符），不能重新锚定；请从备份恢复")
        with self.transaction() as session:
            ca = session.execute(select(BureauAuthority).order_by(BureauAuthority.id).limit(1)).scalar()
            if ca is None:
                raise refuse("SEC-06", "ca.missing", "本单位尚未建立签名根证书（desktop init）")
            try:
                unlocked = pki.unlock(ca.key_p12, ca_passphrase, what="根证书")
            except pki.PkiError as exc:
                raise refuse("SEC-06", "ca.passphrase", str(exc)) from exc
            last = session.execute(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).scalar()
            last_seq, last_hash = (last.seq, last.hash) if last is not None else (0, "0" * 64)
            head = session.get(AuditHead, 1)
            repaired = head is None or (head.seq, head.hash) != (last_seq, last_hash)
            if head is None:
                session.add(AuditHead(id=1, seq=last_seq, hash=last_hash))
            else:
                head.seq, head.hash = last_seq, last_hash
            session.flush()
            actor = f"{ROOT_SIGNER}(系统管理员)"
            audit_log.append(session, actor=actor, action="audit.reanchor", entity="audit_head", entity_id=1,
                             before={"problems": list(report.problems)[:20], "head_repaired": repaired},
                             after={"reason": reason.strip()[:300], "seq": last_seq})
            if accept_records and report.mismatches:
                keys = {(m.kind, m.record_id) for m in report.mismatches}
                record_state.record_touched(session, keys, actor)
            head = session.get(AuditHead, 1)
            view = self._sign(session, unlocked, head.seq, head.hash, ROOT_SIGNER, "sysadmin", "manual")
            audit_log.append(session, actor=actor, action="audit.checkpoint", entity="audit_checkpoint",
                             entity_id=view.id, after={"seq": view.seq, "hash": view.hash, "reason": "manual",
                                                       "signer": ROOT_SIGNER,
                                                       "signature_sha256": _signature_digest(view.signature)})
            fingerprint = _fingerprint(unlocked.cert)
        if self.anchor is not None:
            with self.reading() as session:
                final = audit_log.head_of(session)
            self.anchor.reset(root_fingerprint=fingerprint, head=final or (0, "0" * 64), checkpoint=view.to_json())
        return view

    def start_anchor(self) -> None:
        """This PC's first look at the database: its anchor starts from the chain as it is (checked
        against the signed checkpoints by every verification)."""
        if self.anchor is None:
            return
        with self.reading() as session:
            head = audit_log.head_of(session) or (0, "0" * 64)
            pem = session.execute(select(BureauAuthority.cert_pem).order_by(BureauAuthority.id).limit(1)).scalar()
        fingerprint = _fingerprint(x509.load_pem_x509_certificate(pem.encode("ascii"))) if pem else ""
        self.anchor.start(root_fingerprint=fingerprint, head=head)

    def reset_anchor(self) -> None:
        """After a restore whose file was checked against its signed checkpoint (SEC-10): this PC's
        anchor starts afresh from the restored chain (the old one describes the replaced data)."""
        if self.anchor is None:
            return
        with self.reading() as session:
            head = audit_log.head_of(session) or (0, "0" * 64)
            pem = session.execute(select(BureauAuthority.cert_pem).order_by(BureauAuthority.id).limit(1)).scalar()
        latest = self.latest_checkpoint()
        fingerprint = _fingerprint(x509.load_pem_x509_certificate(pem.encode("ascii"))) if pem else ""
        self.anchor.reset(root_fingerprint=fingerprint, head=head, checkpoint=latest.to_json() if latest else None)

    def record_baseline(self) -> int:
        """At upgrade: record the state of every audited record (a database from before record
        states); afterwards only records that differ. Returns the number of states recorded."""
        with self.transaction() as session:
            written = record_state.baseline(session, "system")
            if written:
                audit_log.append(session, actor="system", action="audit.baseline", entity="record_state",
                                 after={"records": written})
        return written

    # Reading -----------------------------------------------------------------------------------
    def recent(self, user: SignedIn, limit: int = 200, *, entity: str | None = None,
               include_states: bool = False) -> list[AuditRow]:
        """The newest entries; the ``record.state`` entries (recorded states of audited records)
        only with ``include_states``."""
        if not (user.is_admin or "auditor" in user.positions):
            raise refuse("SEC-04", "perm.audit", "查看操作日志须为系统管理员或稽核岗位")
        with self.reading() as session:
            q = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
            if entity:
                q = q.where(AuditEntry.entity == entity)
            if not include_states:
                q = q.where(AuditEntry.action != RECORD_STATE)
            return [AuditRow(e.seq, e.at, e.actor, e.action, e.entity, e.entity_id, e.before_json, e.after_json)
                    for e in session.execute(q).scalars()]

    def entries(self, user: SignedIn, where: AuditFilter) -> list[AuditRow]:
        """The newest entries that match ``where`` (recorded record states left out)."""
        if not (user.is_admin or "auditor" in user.positions):
            raise refuse("SEC-04", "perm.audit", "查看操作日志须为系统管理员或稽核岗位")
        with self.reading() as session:
            q = select(AuditEntry).where(AuditEntry.action != RECORD_STATE)
            if where.actor:
                q = q.where(AuditEntry.actor == where.actor)
            if where.entity:
                q = q.where(AuditEntry.entity == where.entity)
            record = where.record.strip()
            if record:
                ids = {record} if record.isdigit() else set()
                ids |= {str(i) for i in session.execute(select(Document.id).where(Document.serial == record)).scalars()}
                # "serial":"…" as the trail stores it (canonical JSON)
                serial = json.dumps({"serial": record}, ensure_ascii=False, separators=(",", ":"))[1:-1]
                matches = [AuditEntry.after_json.contains(serial), AuditEntry.before_json.contains(serial)]
                if ids:
                    matches.append(AuditEntry.entity_id.in_(sorted(ids)))
                q = q.where(or_(*matches))
            if where.day_from is not None:
                q = q.where(AuditEntry.at >= _utc_text(where.day_from))
            if where.day_to is not None:
                q = q.where(AuditEntry.at < _utc_text(where.day_to, end=True))
            q = q.order_by(AuditEntry.seq.desc()).limit(max(1, where.limit))
            return [AuditRow(e.seq, e.at, e.actor, e.action, e.entity, e.entity_id, e.before_json, e.after_json)
                    for e in session.execute(q).scalars()]

    def actors(self, user: SignedIn) -> list[str]:
        """Everyone the trail names as having acted, for the person filter."""
        if not (user.is_admin or "auditor" in user.positions):
            raise refuse("SEC-04", "perm.audit", "查看操作日志须为系统管理员或稽核岗位")
        with self.reading() as session:
            return sorted(session.execute(select(AuditEntry.actor).distinct()).scalars())

    def entities(self, user: SignedIn) -> list[str]:
        """The kinds of record the trail holds entries for (record states left out)."""
        if not (user.is_admin or "auditor" in user.positions):
            raise refuse("SEC-04", "perm.audit", "查看操作日志须为系统管理员或稽核岗位")
        with self.reading() as session:
            q = select(AuditEntry.entity).where(AuditEntry.action != RECORD_STATE).distinct()
            return sorted(session.execute(q).scalars())

