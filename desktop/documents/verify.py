"""Check every signature of a PDF with pyHanko and explain it in plain result values.

For each signature: who signed, in which position, when, whether the signed bytes are intact,
whether the signer's certificate chains to a trusted root (this bureau's), whether it is
revoked, what it allows after it (its DocMDP or field lock) and whether what followed complies.
For the file: whether anything follows the last signature, and every declared signature field
left empty (with the step and position its /TU names, SEAL-11).

The verdict (README "Verifying a signed PDF"): ``broken`` (exit 1) if any signature is not intact,
not trusted, revoked or followed by a change it forbids, or the file changed after the last one;
otherwise ``superseded`` (exit 3) if the database holds a later version, ``incomplete`` (exit 3)
if a declared field is empty, else ``complete`` (exit 0).
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from io import BytesIO
from typing import Iterable, Mapping, Sequence

__all__ = ["SignatureCheck", "DeclaredField", "VerifyReport", "verify_pdf", "signature_count", "NotAPdf",
           "EXIT_FOR_VERDICT"]

# What `desktop verify` exits with for each verdict (README's exit-code table).
EXIT_FOR_VERDICT = {"complete": 0, "broken": 1, "incomplete": 3, "superseded": 3}

_STEP_FIELD = re.compile(r"^sig_step(\d+)_")

# What a signature allows after it (its DocMDP /P, or the /P of its field's /Lock).
_AFTER = {1: "none", 2: "form_filling", 3: "annotations"}


class NotAPdf(ValueError):
    """The bytes are not a readable PDF (not ours, or damaged beyond reading)."""


@dataclass(frozen=True)
class DeclaredField:
    """A signature field the document declares (at certification: one per step, the issuer's and the seal's)."""

    name: str
    label: str  # its /TU as printed on the sheet, e.g. 财务负责人审核（财务负责人）; "" in older files
    signed: bool

    @property
    def step(self) -> int | None:
        match = _STEP_FIELD.match(self.name)
        return int(match.group(1)) if match else None

    @property
    def description(self) -> str:
        """第3步 财务负责人审核（财务负责人） — the field name where an older file has no /TU."""
        what = self.label or self.name
        return f"第{self.step}步 {what}" if self.step is not None else what


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
    trusted: bool  # the certificate chains to a trusted root (independent of the digest)
    revoked: bool
    changes_permitted: bool  # what follows it is allowed by the DocMDP rules and field locks
    covers_whole_file: bool
    modification: str
    problems: tuple[str, ...] = ()
    unit: str = ""  # the certificate's OU: "印章" for a bureau seal
    revoked_at: datetime | None = None  # UTC, naive: when its certificate was revoked (if it was)
    revision_sha256: str = ""  # SHA-256 of the file as this signature left it
    allows_after: str = ""  # "none" (locks the document), "form_filling", "annotations"; "" no rule of its own
    label: str = ""  # the field's /TU
    reason: str = ""  # the signature's /Reason: the step and the position it was signed in

    @property
    def signed_as(self) -> str:
        """The position the signer signed in: the one the reason names (a person with several
        positions signs each step in that step's), else the certificate's title."""
        if self.reason.endswith("）") and "（" in self.reason:
            return self.reason[self.reason.rindex("（") + 1:-1]
        return self.position

    @property
    def is_seal(self) -> bool:
        return self.unit == "印章"

    @property
    def locks(self) -> bool:
        return self.allows_after == "none"

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted and not self.revoked and self.changes_permitted


@dataclass(frozen=True)
class VerifyReport:
    signatures: tuple[SignatureCheck, ...]
    changed_after_last: bool
    problems: tuple[str, ...] = field(default_factory=tuple)
    fields: tuple[DeclaredField, ...] = ()
    superseded: str = ""  # with a database: "这是审批单 … 的较早版本：库中版本已有N个签名"

    @property
    def ok(self) -> bool:
        """Every signature present is intact, trusted, unrevoked and nothing forbidden follows
        (the document may still be incomplete or superseded: see :attr:`verdict`)."""
        return bool(self.signatures) and all(s.ok for s in self.signatures) and not self.changed_after_last \
            and not self.problems

    @property
    def empty_fields(self) -> tuple[DeclaredField, ...]:
        return tuple(f for f in self.fields if not f.signed)

    @property
    def verdict(self) -> str:
        if not self.ok:
            return "broken"
        if self.superseded:
            return "superseded"
        return "incomplete" if self.empty_fields else "complete"

    @property
    def exit_code(self) -> int:
        return EXIT_FOR_VERDICT[self.verdict]

    def to_dict(self) -> dict:
        return {
            "verdict": self.verdict,
            "ok": self.ok,
            "changed_after_last_signature": self.changed_after_last,
            "superseded": self.superseded or None,
            "empty_fields": [{"field": f.name, "step": f.step, "label": f.label, "description": f.description}
                             for f in self.empty_fields],
            "problems": list(self.problems),
            "signatures": [
                {"field": s.field, "label": s.label, "signer": s.signer, "position": s.position,
                 "reason": s.reason, "signed_as": s.signed_as,
                 "organisation": s.organisation, "serial": s.serial,
                 "signed_at": s.signed_at.isoformat() + "Z" if s.signed_at else None,
                 "certification": s.certification, "intact": s.intact, "trusted": s.trusted, "revoked": s.revoked,
                 "allows_after": s.allows_after or None,
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


def _reason(sig) -> str:  # noqa: ANN001
    try:
        return str(sig.sig_object.get("/Reason", "") or "")
    except Exception:  # noqa: BLE001 - a damaged dictionary: no reason to show
        return ""


def _revision_sha(sig, data: bytes) -> str:  # noqa: ANN001
    try:
        br = [int(v) for v in sig.sig_object["/ByteRange"]]
        return hashlib.sha256(data[:br[2] + br[3]]).hexdigest()
    except Exception:  # noqa: BLE001
        return ""


def _allows_after(sig) -> str:  # noqa: ANN001
    """The signature's own DocMDP (certification) or its field's /Lock /P."""
    try:
        level = sig.docmdp_level
    except Exception:  # noqa: BLE001 - a damaged /Reference or /Lock: no rule read
        return ""
    return _AFTER.get(int(level.value), "") if level is not None else ""


def _is_certification(sig) -> bool:  # noqa: ANN001
    try:
        return any(ref.get_object().get("/TransformMethod") == "/DocMDP" for ref in sig.sig_object.get("/Reference", ()))
    except Exception:  # noqa: BLE001
        return False


def _declared_fields(reader) -> tuple[DeclaredField, ...]:  # noqa: ANN001
    from pyhanko.sign.fields import enumerate_sig_fields

    out = []
    try:
        for name, value, ref in enumerate_sig_fields(reader, filled_status=None):
            label = ref.get_object().get("/TU")
            out.append(DeclaredField(str(name), str(label) if label is not None else "", value is not None))
    except Exception:  # noqa: BLE001 - no readable /AcroForm: nothing declared
        return ()
    return tuple(out)


def signature_count(data: bytes) -> int:
    """How many signatures a PDF carries (0 if it cannot be read)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        return len(PdfFileReader(BytesIO(data), strict=False).embedded_signatures)
    except Exception:  # noqa: BLE001
        return 0


def _offline_pyhanko() -> None:
    """pyHanko's validation imports its network clients (aiohttp, ~0.15 s) though nothing here fetches:
    stand-ins whose names load the real module on first use keep them out of ``desktop verify``."""
    import importlib
    import sys
    import types

    for module, names in (("pyhanko.sign.timestamps.aiohttp_client", ("HTTPTimeStamper", "AIOHttpTimeStamper")),
                          ("pyhanko_certvalidator.fetchers.aiohttp_fetchers", ("AIOHttpFetcherBackend",))):
        if module in sys.modules:
            continue

        def real(_module: str = module):  # noqa: ANN202 - first use: every stand-in gives way (they import each other)
            for name in [n for n, m in sys.modules.items() if getattr(m, "_desk_stand_in", False) is True]:
                del sys.modules[name]
            return importlib.import_module(_module)

        def constructor(name: str, real=real):  # noqa: ANN001, ANN202
            return lambda *args, **kwargs: getattr(real(), name)(*args, **kwargs)

        stand_in = types.ModuleType(module)
        stand_in._desk_stand_in = True  # type: ignore[attr-defined]
        def other(name: str, real=real):  # noqa: ANN001, ANN202 - any other name: the real module's
            if name.startswith("__"):  # the import system asks for __path__, __spec__ …
                raise AttributeError(name)
            return getattr(real(), name)

        stand_in.__getattr__ = other  # type: ignore[attr-defined]
        for name in names:
            setattr(stand_in, name, constructor(name))
        sys.modules[module] = stand_in


def _roots(trust_roots_pem: Sequence[str | bytes]) -> list:
    from asn1crypto import pem
    from asn1crypto import x509 as ax509

    roots = []
    for item in trust_roots_pem:
        raw = item.encode("ascii") if isinstance(item, str) else item
        roots.append(ax509.Certificate.load(pem.unarmor(raw)[2] if pem.detect(raw) else raw))
    return roots


def verify_pdf(data: bytes, trust_roots_pem: Sequence[str | bytes],
               revoked_serials: Iterable[str] | Mapping[str, datetime | None] = ()) -> VerifyReport:
    """Validate every embedded signature against ``trust_roots_pem``; raises :class:`NotAPdf`.

    ``revoked_serials``: serials (hex) revoked outright, or a mapping serial → revocation time
    (naive UTC, as a CRL gives it). With a time, a signature made before it stays valid and one
    made at or after it is revoked (the signing time embedded in the signature decides)."""
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise NotAPdf("不是PDF文件")
    _offline_pyhanko()
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko_certvalidator import ValidationContext

    roots = _roots(trust_roots_pem)
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
    declared = _declared_fields(reader)
    labels = {f.name: f.label for f in declared}
    checks = []
    problems: list[str] = []
    if not embedded:
        problems.append("文件中没有数字签名")
    # One context for the file: no fetching (the bureau is offline), revocation from the CRL/database.
    context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
    for sig in embedded:
        try:
            cert = sig.signer_cert
        except Exception:  # noqa: BLE001 - a damaged CMS blob: no signer to name
            cert = None
        serial = format(cert.serial_number, "x") if cert is not None else ""
        sig_problems: list[str] = []
        try:
            status = validate_pdf_signature(sig, signer_validation_context=context)
            intact = bool(status.intact and status.valid)
            # pyHanko's ``trusted`` is false whenever the digest fails; the chain is judged on its own.
            trusted = status.trust_problem_indic is None and status.validation_path is not None
            docmdp_ok = status.docmdp_ok is not False
            modification = status.modification_level.name if status.modification_level is not None else "UNKNOWN"
            whole = status.coverage is not None and status.coverage.name == "ENTIRE_FILE"
            signed_at = status.signer_reported_dt
        except (SignatureValidationError, PdfError, ValueError, ArithmeticError, KeyError, TypeError, AttributeError,
                IndexError) as exc:  # a damaged revision: the difference analysis cannot parse it
            intact = trusted = docmdp_ok = whole = False
            modification = "UNKNOWN"
            signed_at = None
            sig_problems.append(f"无法校验：{exc}")
        if not intact:
            sig_problems.append("签名后内容被改动")
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
        name = str(sig.field_name)
        checks.append(SignatureCheck(
            field=name, signer=_name_part(cert, "common_name") if cert else "",
            position=_name_part(cert, "title") if cert else "", organisation=_name_part(cert, "organization_name") if cert else "",
            serial=serial, signed_at=signed_at, certification=_is_certification(sig), intact=intact,
            trusted=trusted, revoked=is_revoked, changes_permitted=docmdp_ok, covers_whole_file=whole,
            modification=modification, problems=tuple(sig_problems),
            unit=_name_part(cert, "organizational_unit_name") if cert else "",
            revoked_at=revoked_at if serial in revoked else None, revision_sha256=_revision_sha(sig, data),
            allows_after=_allows_after(sig), label=labels.get(name, ""), reason=_reason(sig)))
    changed_after = bool(checks) and not checks[-1].covers_whole_file
    if changed_after:
        problems.append("最后一个签名之后文件又被改动")
    return VerifyReport(signatures=tuple(checks), changed_after_last=changed_after, problems=tuple(problems),
                        fields=declared)
