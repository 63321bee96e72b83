"""Sequential PAdES signatures on an issued sheet (pyHanko), each an incremental update.

1. :func:`certify` — at issue: declares every signature field (one per chain step, the issuer's,
   and the bureau seal's if the kind takes one) and signs the issuer's field as a certification
   signature (DocMDP: only form filling and signing allowed afterwards).
2. :func:`sign_field` — one approval step: an approval signature into that step's field, with a
   visible appearance (opinion, name, position, date, red name seal). Earlier signatures stay valid.
3. The seal field carries a field lock whose DocMDP value is *no changes*: once it is signed,
   nothing more may be added (a later signature breaks the certification and the seal).

The visible appearance is a one-page PDF drawn by reportlab in the embedded CJK font and imported
as a form XObject (so pyHanko adds no font of its own).
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import Callable, Sequence

from desktop.documents.pki import Unlocked
from desktop.documents.render import SEAL_FIELD, FieldBox, StampText, render_appearance

__all__ = ["SigningError", "FieldState", "certify", "sign_field", "sign_field_drawn", "sign_new_field",
           "signature_fields", "appearance_style"]


class SigningError(ValueError):
    """The PDF cannot take this signature (not ours, damaged, field missing or already signed)."""


@dataclass(frozen=True)
class FieldState:
    name: str
    signed: bool
    box: tuple[float, float, float, float]


def _signer(identity: Unlocked):  # noqa: ANN202
    from asn1crypto import keys as akeys
    from asn1crypto import x509 as ax509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = identity.cert.public_bytes(serialization.Encoding.DER)
    key_der = identity.key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                         serialization.NoEncryption())  # in memory only
    cas = [ax509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in identity.ca_certs]
    return signers.SimpleSigner(signing_cert=ax509.Certificate.load(der), signing_key=akeys.PrivateKeyInfo.load(key_der),
                                cert_registry=SimpleCertificateStore.from_certs(cas))


def appearance_style(page: bytes, width: float, height: float):  # noqa: ANN201
    """A signature's visible appearance from a one-page PDF drawn at the field's size (reportlab, the
    embedded CJK font), imported as a form XObject so pyHanko adds no font of its own."""
    from pyhanko.pdf_utils import content
    from pyhanko.pdf_utils.layout import AxisAlignment, Margins, SimpleBoxLayoutRule
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.stamp import StaticStampStyle

    class _Appearance(content.PdfContent):
        def render(self) -> bytes:
            xobj = self._ensure_writer.import_page_as_xobject(PdfFileReader(BytesIO(page)), page_ix=0)
            self.resources.xobject["/Appearance"] = xobj
            self.box = content.BoxConstraints(width=width, height=height)
            return b"/Appearance Do"

    # Drawn at the field's exact size: no margin (pyHanko's default 5 pt margin shrank it, and with
    # it the name seal on an A5 slip to ~8 mm and a 42 mm bureau seal to ~38.5 mm).
    whole = SimpleBoxLayoutRule(x_align=AxisAlignment.ALIGN_MID, y_align=AxisAlignment.ALIGN_MID,
                                margins=Margins.uniform(0))
    return StaticStampStyle(background=_Appearance(), border_width=0, background_opacity=1.0,
                            background_layout=whole)


def _writer(pdf: bytes):  # noqa: ANN202
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    try:
        return IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    except Exception as exc:  # noqa: BLE001 - pyHanko raises several kinds for damaged input
        raise SigningError(f"不是可签署的PDF文件或文件已损坏：{exc}") from exc


def signature_fields(pdf: bytes) -> list[FieldState]:
    """The signature fields of a PDF with their state, in document order."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        out = []
        for name, value, ref in enumerate_sig_fields(reader, filled_status=None):
            rect = ref.get_object().get("/Rect", [0, 0, 0, 0])
            out.append(FieldState(str(name), value is not None, tuple(float(v) for v in rect)))  # type: ignore[arg-type]
        return out
    except Exception as exc:  # noqa: BLE001
        raise SigningError(f"无法读取PDF的签名域：{exc}") from exc


def _field_spec(f: FieldBox):  # noqa: ANN202
    from pyhanko.sign.fields import FieldMDPAction, FieldMDPSpec, MDPPerm, SigFieldSpec

    box = tuple(int(round(v)) for v in f.box)
    # /TU (the accessible field name) carries the step and position as printed, so a verifier
    # holding only the PDF can say which signature is missing (财务负责人审核（财务负责人）).
    label = getattr(f, "label", "") or None
    if f.role == "seal":
        return SigFieldSpec(f.name, box=box, field_mdp_spec=FieldMDPSpec(FieldMDPAction.ALL),
                            doc_mdp_update_value=MDPPerm.NO_CHANGES, readable_field_name=label)
    return SigFieldSpec(f.name, box=box, readable_field_name=label)


def _sign(writer, field_name: str, identity: Unlocked, name: str, draw: Callable[[float, float], bytes],  # noqa: ANN001
          size: tuple[float, float], *, certify: bool = False, reason: str = "", new_field=None) -> bytes:  # noqa: ANN001
    from pyhanko.sign import signers
    from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter

    meta = signers.PdfSignatureMetadata(field_name=field_name, md_algorithm="sha256", subfilter=SigSeedSubFilter.PADES,
                                        certify=certify,
                                        docmdp_permissions=MDPPerm.NO_CHANGES if field_name == SEAL_FIELD else MDPPerm.FILL_FORMS,
                                        reason=reason or None, name=name)
    out = BytesIO()
    signers.PdfSigner(meta, _signer(identity), stamp_style=appearance_style(draw(*size), *size),
                      new_field_spec=new_field).sign_pdf(writer, output=out)
    return out.getvalue()


def _stamp_drawing(stamp: StampText) -> Callable[[float, float], bytes]:
    return lambda width, height: render_appearance(width, height, stamp)


def certify(pdf: bytes, fields: Sequence[FieldBox], identity: Unlocked, stamp: StampText, *, reason: str = "") -> bytes:
    """Declare every signature field and certify the document in the issuer's field."""
    from pyhanko.sign.fields import append_signature_field

    issuer = next((f for f in fields if f.role == "issuer"), None)
    if issuer is None:
        raise SigningError("版式缺少经办人签名域")
    writer = _writer(pdf)
    for f in fields:
        append_signature_field(writer, _field_spec(f))
    x1, y1, x2, y2 = (int(round(v)) for v in issuer.box)
    return _sign(writer, issuer.name, identity, stamp.name, _stamp_drawing(stamp), (x2 - x1, y2 - y1), certify=True,
                 reason=reason or "签发")


def sign_field(pdf: bytes, field_name: str, identity: Unlocked, stamp: StampText, *, reason: str = "") -> bytes:
    """An approval signature into an existing empty field (incremental update)."""
    return sign_field_drawn(pdf, field_name, identity, stamp.name, _stamp_drawing(stamp), reason=reason)


def sign_field_drawn(pdf: bytes, field_name: str, identity: Unlocked, name: str, draw: Callable[[float, float], bytes],
                     *, reason: str = "") -> bytes:
    """:func:`sign_field` with an appearance of the caller's: ``draw(width, height)`` gives a
    one-page PDF of the field's size (the custodian's 用印登记, for instance)."""
    states = {f.name: f for f in signature_fields(pdf)}
    state = states.get(field_name)
    if state is None:
        raise SigningError(f"PDF中没有签名域“{field_name}”：不是本系统签发的单据")
    if state.signed:
        raise SigningError(f"签名域“{field_name}”已经签署")
    x1, y1, x2, y2 = state.box
    return _sign(_writer(pdf), field_name, identity, name, draw, (abs(x2 - x1), abs(y2 - y1)), reason=reason)


def sign_new_field(pdf: bytes, field_name: str, box: tuple[int, int, int, int], identity: Unlocked,
                   stamp: StampText) -> bytes:
    """A signature in a field added now (what a locking seal forbids; used to prove it)."""
    from pyhanko.sign.fields import SigFieldSpec

    writer = _writer(pdf)
    return _sign(writer, field_name, identity, stamp.name, _stamp_drawing(stamp), (box[2] - box[0], box[3] - box[1]),
                 new_field=SigFieldSpec(field_name, box=box))
