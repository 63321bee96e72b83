"""The bureau's offline signing PKI: a root certificate authority and one certificate per person
who approves (ECDSA P-256, ``cryptography``).

Private keys leave this module only inside password-encrypted PKCS#12 containers (PBES2,
PBKDF2-SHA256, AES-256-CBC, and a PBMAC1 integrity MAC of the same cost: see
:mod:`desktop.documents.key_container`); nothing here writes a key in clear. Containers written
with older parameters still open; :func:`is_current` tells the services to re-encrypt them.
Takes and returns plain data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from desktop.documents.key_container import ContainerParams, container_params, seal_container

__all__ = ["PkiError", "KeyMaterial", "Unlocked", "CertInfo", "create_root_ca", "issue_identity", "unlock",
           "cert_info", "PERSON_KDF_ROUNDS", "CA_KDF_ROUNDS", "issue_seal", "rewrap", "build_crl",
           "read_crl", "reseal", "is_current", "ContainerParams", "container_params"]

# PBKDF2-HMAC-SHA256 rounds of the PKCS#12 key containers, the same for the key and for the MAC.
# An unlock derives twice (key, MAC): bench/key_unlock.py measures unlock + sign (target ≤ ~300 ms).
# Until issue 8 the containers had 50 000 (persons) / 200 000 (root) for the key and a 2 048-
# iteration MAC; they still open and are re-encrypted with these when next unlocked.
PERSON_KDF_ROUNDS = 200_000
CA_KDF_ROUNDS = 400_000  # the root is unlocked only to enrol a person, enable a seal or publish a CRL


class PkiError(ValueError):
    """Key material that cannot be used: wrong passphrase, damaged container, bad validity."""


@dataclass(frozen=True)
class KeyMaterial:
    """A certificate (PEM) and its private key inside an encrypted PKCS#12 container."""

    cert_pem: str
    key_p12: bytes
    serial: str  # hex
    subject: str
    valid_from: datetime  # naive UTC
    valid_to: datetime  # naive UTC


@dataclass(frozen=True)
class Unlocked:
    """Key material opened with its passphrase, ready for signing (kept in memory only)."""

    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate
    ca_certs: tuple[x509.Certificate, ...]

    @property
    def p12_for_signing(self) -> bytes:
        """An unencrypted in-memory PKCS#12 for pyHanko's loader; never written anywhere."""
        return pkcs12.serialize_key_and_certificates(None, self.key, self.cert, list(self.ca_certs),
                                                     serialization.NoEncryption())


@dataclass(frozen=True)
class CertInfo:
    common_name: str
    title: str
    organisation: str
    serial: str
    issuer: str
    valid_from: datetime
    valid_to: datetime


def _utc(moment: datetime | None) -> datetime:
    if moment is None:
        return datetime.now(timezone.utc)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def _material(key: ec.EllipticCurvePrivateKey, cert: x509.Certificate, chain: list[x509.Certificate],
              passphrase: str, rounds: int, friendly: str) -> KeyMaterial:
    blob = _container(friendly, key, cert, chain, passphrase, rounds)
    return KeyMaterial(cert_pem=cert.public_bytes(serialization.Encoding.PEM).decode("ascii"), key_p12=blob,
                       serial=format(cert.serial_number, "x"), subject=cert.subject.rfc4514_string(),
                       valid_from=_naive(cert.not_valid_before_utc), valid_to=_naive(cert.not_valid_after_utc))


def _container(friendly: str, key: ec.EllipticCurvePrivateKey, cert: x509.Certificate,
               chain: list[x509.Certificate], passphrase: str, rounds: int) -> bytes:
    if not passphrase:
        raise PkiError("口令不能为空")
    return seal_container(friendly.encode("utf-8"), key, cert, chain, passphrase, rounds)


def create_root_ca(bureau_name: str, passphrase: str, *, now: datetime | None = None, years: int = 20) -> KeyMaterial:
    """The bureau's offline root CA; its key is encrypted with the administrator's passphrase."""
    start = _utc(now) - timedelta(days=1)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{bureau_name} 签名根证书"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, bureau_name),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "CN")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start)
            .not_valid_after(start + timedelta(days=365 * years))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    return _material(key, cert, [], passphrase, CA_KDF_ROUNDS, "bureau-root")


def _signing_cert(opened: Unlocked, key: ec.EllipticCurvePrivateKey, subject: x509.Name, start: datetime,
                  days: int) -> x509.Certificate:
    """A signing (non-CA) certificate issued by the bureau root: a person's or a seal's."""
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(opened.cert.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start - timedelta(minutes=5)).not_valid_after(start + timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(opened.key.public_key()), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(opened.key, hashes.SHA256()))


def issue_identity(ca: KeyMaterial, ca_passphrase: str, *, person_name: str, position: str, bureau_name: str,
                   passphrase: str, valid_from: datetime | None = None, days: int = 3 * 365) -> KeyMaterial:
    """A personal signing certificate from the bureau's root; the key is encrypted with the
    person's own passphrase. Raises :class:`PkiError` on a wrong CA passphrase."""
    opened = unlock(ca.key_p12, ca_passphrase, what="根证书")
    start = _utc(valid_from)
    key = ec.generate_private_key(ec.SECP256R1())
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, person_name),
             x509.NameAttribute(NameOID.ORGANIZATION_NAME, bureau_name),
             x509.NameAttribute(NameOID.COUNTRY_NAME, "CN")]
    if position:
        attrs.insert(1, x509.NameAttribute(NameOID.TITLE, position))
    cert = _signing_cert(opened, key, x509.Name(attrs), start, days)
    return _material(key, cert, [opened.cert], passphrase, PERSON_KDF_ROUNDS, person_name)


def unlock(key_p12: bytes, passphrase: str, *, what: str = "个人签名证书") -> Unlocked:
    """Open a PKCS#12 container; a wrong passphrase raises :class:`PkiError` with a clear message."""
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(key_p12, (passphrase or "").encode("utf-8"))
    except (ValueError, TypeError) as exc:
        raise PkiError(f"{what}口令错误，无法解开私钥") from exc
    if key is None or cert is None or not isinstance(key, ec.EllipticCurvePrivateKey):
        raise PkiError(f"{what}容器损坏：缺少私钥或证书")
    return Unlocked(key=key, cert=cert, ca_certs=tuple(extra or ()))


def _attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def cert_info(cert: x509.Certificate | str | bytes) -> CertInfo:
    if not isinstance(cert, x509.Certificate):
        data = cert.encode("ascii") if isinstance(cert, str) else cert
        cert = x509.load_pem_x509_certificate(data) if b"-----BEGIN" in data else x509.load_der_x509_certificate(data)
    return CertInfo(common_name=_attr(cert.subject, NameOID.COMMON_NAME), title=_attr(cert.subject, NameOID.TITLE),
                    organisation=_attr(cert.subject, NameOID.ORGANIZATION_NAME), serial=format(cert.serial_number, "x"),
                    issuer=_attr(cert.issuer, NameOID.COMMON_NAME), valid_from=_naive(cert.not_valid_before_utc),
                    valid_to=_naive(cert.not_valid_after_utc))


def issue_seal(ca: KeyMaterial, ca_passphrase: str, *, seal_name: str, seal_kind_label: str, bureau_name: str,
               passphrase: str, valid_from: datetime | None = None, days: int = 10 * 365) -> KeyMaterial:
    """A seal's signing certificate from the bureau root: the subject names the bureau (O) and the
    seal (CN, with its kind as OU); the key is encrypted with the custodian's passphrase."""
    opened = unlock(ca.key_p12, ca_passphrase, what="根证书")
    start = _utc(valid_from)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, seal_name),
                      x509.NameAttribute(NameOID.TITLE, seal_kind_label),
                      x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "印章"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, bureau_name),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "CN")])
    cert = _signing_cert(opened, key, name, start, days)
    return _material(key, cert, [opened.cert], passphrase, PERSON_KDF_ROUNDS, seal_name)


def rewrap(key_p12: bytes, old_passphrase: str, new_passphrase: str, *, what: str = "印章私钥",
           rounds: int = PERSON_KDF_ROUNDS) -> bytes:
    """The same key and certificates, encrypted for another passphrase (a custody handover, a
    passphrase change) with the current parameters."""
    return reseal(unlock(key_p12, old_passphrase, what=what), new_passphrase, rounds=rounds)


def reseal(opened: Unlocked, passphrase: str, *, rounds: int = PERSON_KDF_ROUNDS) -> bytes:
    """An opened container written again, encrypted with ``passphrase`` and the current parameters."""
    cn = opened.cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    friendly = str(cn[0].value) if cn else "key"
    return _container(friendly, opened.key, opened.cert, list(opened.ca_certs), passphrase, rounds)


def is_current(key_p12: bytes, rounds: int = PERSON_KDF_ROUNDS) -> bool:
    """Whether a container already has the current parameters (no re-encryption needed)."""
    try:
        return container_params(key_p12).at_least(rounds)
    except (ValueError, KeyError, TypeError):
        return True  # not readable as PKCS#12: nothing to upgrade; unlocking reports it


def build_crl(ca: KeyMaterial, ca_passphrase: str, revoked: list[tuple[str, datetime]], *, number: int,
              now: datetime | None = None, next_update_days: int = 30) -> str:
    """A certificate revocation list signed by the bureau root (PEM): each (serial hex, revocation
    time); the revocation time is what decides whether a signature made earlier stays valid."""
    opened = unlock(ca.key_p12, ca_passphrase, what="根证书")
    start = _utc(now)
    builder = (x509.CertificateRevocationListBuilder().issuer_name(opened.cert.subject)
               .last_update(start).next_update(start + timedelta(days=next_update_days))
               .add_extension(x509.CRLNumber(number), critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(opened.key.public_key()),
                              critical=False))
    for serial, when in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(int(serial, 16)).revocation_date(_utc(when))
            .add_extension(x509.CRLReason(x509.ReasonFlags.key_compromise), critical=False).build())
    crl = builder.sign(opened.key, hashes.SHA256())
    return crl.public_bytes(serialization.Encoding.PEM).decode("ascii")


def read_crl(data: bytes | str, roots_pem: list[str]) -> dict[str, datetime]:
    """The entries of a CRL (serial hex → revocation time, naive UTC) after checking that one of
    ``roots_pem`` signed it; raises :class:`PkiError` otherwise."""
    raw = data.encode("ascii") if isinstance(data, str) else data
    try:
        crl = x509.load_pem_x509_crl(raw) if b"-----BEGIN" in raw else x509.load_der_x509_crl(raw)
    except ValueError as exc:
        raise PkiError(f"不是证书吊销列表（CRL）文件：{exc}") from exc
    for pem in roots_pem:
        root = x509.load_pem_x509_certificate(pem.encode("ascii") if isinstance(pem, str) else pem)
        if root.subject == crl.issuer and crl.is_signature_valid(root.public_key()):  # type: ignore[arg-type]
            return {format(r.serial_number, "x"): _naive(r.revocation_date_utc) for r in crl}
    raise PkiError("证书吊销列表不是本局根证书签发的，或已被改动")
