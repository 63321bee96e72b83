"""Check every signature of a PDF with pyHanko and explain it in plain result values.

For each signature: who signed, in which position, when, whether the signed bytes are intact,
whether the signer's certificate chains to a trusted root (this bureau's), whether it is
revoked, and what changed after it (DocMDP / field locks). For the file: whether anything
follows the last signature. ``ok`` only if every signature is intact, trusted, unrevoked and
permitted, and nothing follows the last one.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from io import BytesIO
from typing import Iterable, Mapping, Sequence

__all__ = ["SignatureCheck", "VerifyReport", "verify_pdf", "NotAPdf"]


class NotAPdf(ValueError):
    """The bytes are not a readable PDF (not ours, or damaged beyond reading)."""


@dataclass(frozen=True)
class SignatureCheck:
    field: str
    signer: str
    position: str
    organisation: str
    serial: str
    signed_at: datetime | None  # UTC, naive
    certification: bool
    intact: bool
    trusted: bool
    revoked: bool
    changes_permitted: bool  # what follows it is allowed by the DocMDP rules and field locks
    covers_whole_file: bool
    modification: str
    problems: tuple[str, ...] = ()
    unit: str = ""  # the certificate's OU: "印章" for a bureau seal
    revoked_at: datetime | None = None  # UTC, naive: when its certificate was revoked (if it was)
    revision_sha256: str = ""  # SHA-256 of the file as this signature left it

    @property
    def is_seal(self) -> bool:
        return self.unit == "印章"

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted and not self.revoked and self.changes_permitted


@dataclass(frozen=True)
class VerifyReport:
    signatures: tuple[SignatureCheck, ...]
    changed_after_last: bool
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return bool(self.signatures) and all(s.ok for s in self.signatures) and not self.changed_after_last \
            and not self.problems

    def to_dict(self) -> dict:
        return {
            "ok": self.ok,
            "changed_after_last_signature": self.changed_after_last,
            "problems": list(self.problems),
            "signatures": [
                {"field": s.field, "signer": s.signer, "position": s.position, "organisation": s.organisation,
                 "serial": s.serial, "signed_at": s.signed_at.isoformat() + "Z" if s.signed_at else None,
                 "certification": s.certification, "intact": s.intact, "trusted": s.trusted, "revoked": s.revoked,
                 "changes_permitted": s.changes_permitted, "covers_whole_file": s.covers_whole_file,
                 "modification": s.modification, "seal": s.is_seal,
                 "revoked_at": s.revoked_at.isoformat() + "Z" if s.revoked_at else None,
                 "revision_sha256": s.revision_sha256, "problems": list(s.problems), "ok": s.ok}
                for s in self.signatures
            ],
        }


def _name_part(cert, key: str) -> str:  # noqa: ANN001
    try:
        return str(cert.subject.native.get(key, "") or "")
    except Exception:  # noqa: BLE001
        return ""


def _revision_sha(sig, data: bytes) -> str:  # noqa: ANN001
    import hashlib

    try:
        br = [int(v) for v in sig.sig_object["/ByteRange"]]
        return hashlib.sha256(data[:br[2] + br[3]]).hexdigest()
    except Exception:  # noqa: BLE001
        return ""


def verify_pdf(data: bytes, trust_roots_pem: Sequence[str | bytes],
               revoked_serials: Iterable[str] | Mapping[str, datetime | None] = ()) -> VerifyReport:
    """Validate every embedded signature against ``trust_roots_pem``; raises :class:`NotAPdf`.

    ``revoked_serials``: serials (hex) revoked outright, or a mapping serial → revocation time
    (naive UTC, as a CRL gives it). With a time, a signature made before it stays valid and one
    made at or after it is revoked (the signing time embedded in the signature decides)."""
    from asn1crypto import pem
    from asn1crypto import x509 as ax509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise NotAPdf("不是PDF文件")
    roots = []
    for item in trust_roots_pem:
        raw = item.encode("ascii") if isinstance(item, str) else item
        roots.append(ax509.Certificate.load(pem.unarmor(raw)[2] if pem.detect(raw) else raw))
    if isinstance(revoked_serials, Mapping):
        revoked: dict[str, datetime | None] = {k.lower(): v for k, v in revoked_serials.items()}
    else:
        revoked = {k.lower(): None for k in revoked_serials}
    logging.getLogger("pyhanko").setLevel(logging.ERROR)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.ERROR)
    try:
        reader = PdfFileReader(BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except Exception as exc:  # noqa: BLE001 - any parse failure means a damaged or foreign file
        raise NotAPdf(f"PDF文件已损坏，无法读取：{exc}") from exc
    checks = []
    problems: list[str] = []
    if not embedded:
        problems.append("文件中没有数字签名")
    for sig in embedded:
        cert = sig.signer_cert
        serial = format(cert.serial_number, "x") if cert is not None else ""
        context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
        sig_problems: list[str] = []
        try:
            status = validate_pdf_signature(sig, signer_validation_context=context)
            intact = bool(status.intact and status.valid)
            trusted = bool(status.trusted)
            docmdp_ok = status.docmdp_ok is not False
            modification = status.modification_level.name if status.modification_level is not None else "UNKNOWN"
            whole = status.coverage is not None and status.coverage.name == "ENTIRE_FILE"
            signed_at = status.signer_reported_dt
        except (SignatureValidationError, ValueError, KeyError, TypeError) as exc:
            intact = trusted = docmdp_ok = whole = False
            modification = "UNKNOWN"
            signed_at = None
            sig_problems.append(f"无法校验：{exc}")
        if not intact:
            sig_problems.append("签名后内容被改动（签名不完整）")
        if not trusted:
            sig_problems.append("签名证书不是本局根证书签发，或已过期")
        if signed_at is not None and signed_at.tzinfo is not None:
            signed_at = signed_at.astimezone(timezone.utc).replace(tzinfo=None)
        revoked_at = revoked.get(serial)
        is_revoked = serial in revoked and (revoked_at is None or signed_at is None or signed_at >= revoked_at)
        if is_revoked:
            sig_problems.append("签名证书已被吊销" + (f"（{revoked_at:%Y-%m-%d %H:%M:%S} UTC 起），此签名在吊销之后"
                                                   if revoked_at else ""))
        if not docmdp_ok:
            sig_problems.append("签名后有不允许的修改（违反签发或公章锁定的限制）")
        checks.append(SignatureCheck(
            field=str(sig.field_name), signer=_name_part(cert, "common_name") if cert else "",
            position=_name_part(cert, "title") if cert else "", organisation=_name_part(cert, "organization_name") if cert else "",
            serial=serial, signed_at=signed_at, certification=sig.docmdp_level is not None, intact=intact,
            trusted=trusted, revoked=is_revoked, changes_permitted=docmdp_ok, covers_whole_file=whole,
            modification=modification, problems=tuple(sig_problems),
            unit=_name_part(cert, "organizational_unit_name") if cert else "",
            revoked_at=revoked_at if serial in revoked else None, revision_sha256=_revision_sha(sig, data)))
    changed_after = bool(checks) and not checks[-1].covers_whole_file
    if changed_after:
        problems.append("最后一个签名之后文件又被改动")
    return VerifyReport(signatures=tuple(checks), changed_after_last=changed_after, problems=tuple(problems))
