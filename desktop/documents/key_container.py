"""The PKCS#12 key containers' encryption: the key encrypted with PBES2 (PBKDF2-HMAC-SHA256,
AES-256-CBC) and the container's integrity MAC made with PBMAC1 (RFC 9579: PBKDF2-HMAC-SHA256,
HMAC-SHA256) at the same number of rounds, so guessing a passphrase against the MAC costs as much
as against the key.

``cryptography`` 50 writes the classic PKCS#12 MAC with a fixed 2 048 iterations whatever
``kdf_rounds`` says (measured: ``MacData.iterations == 2048``): a passphrase was 25× (persons)
to 100× (root) cheaper to test against the MAC than against the key. Here the container is
written by ``cryptography`` and its MAC replaced by a PBMAC1 MAC; its OpenSSL (4.x) reads PBMAC1.
A memory-hard KDF (scrypt) is not used: OpenSSL accepts it for the key, but the MAC admits only
PBKDF2, so the MAC would again be the cheaper target; the strength comes from the rounds.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

from asn1crypto import algos, core
from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.serialization import PrivateFormat, pkcs12

__all__ = ["ContainerParams", "seal_container", "container_params"]

_PBMAC1 = "1.2.840.113549.1.5.14"
_SHROUDED_KEY_BAG = "1.2.840.113549.1.12.10.1.2"


@dataclass(frozen=True)
class ContainerParams:
    """How a container is protected, read without its passphrase."""

    key_kdf: str  # "pbkdf2-sha256", "pkcs12-sha1" (legacy PBES1) …
    key_rounds: int
    mac_kdf: str  # "pbmac1-pbkdf2-sha256" or "pkcs12-kdf-sha256" (classic PKCS#12 MAC)
    mac_rounds: int

    def at_least(self, rounds: int) -> bool:
        """Key and MAC both PBKDF2 with at least ``rounds`` rounds (the current parameters)."""
        return (self.key_kdf == "pbkdf2-sha256" and self.mac_kdf == "pbmac1-pbkdf2-sha256"
                and self.key_rounds >= rounds and self.mac_rounds >= rounds)


def seal_container(friendly: bytes, key, cert, chain, passphrase: str, rounds: int) -> bytes:  # noqa: ANN001
    """A PKCS#12 container of ``key`` and its certificates, encrypted and MACed with ``passphrase``."""
    secret = passphrase.encode("utf-8")
    encryption = (PrivateFormat.PKCS12.encryption_builder().kdf_rounds(rounds)
                  .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC).hmac_hash(hashes.SHA256())
                  .build(secret))
    blob = pkcs12.serialize_key_and_certificates(friendly, key, cert, chain or None, encryption)
    return _with_pbmac1(blob, secret, rounds)


def _with_pbmac1(blob: bytes, secret: bytes, rounds: int) -> bytes:
    pfx = asn1_pkcs12.Pfx.load(blob)
    auth_safe = pfx["auth_safe"]
    content = auth_safe["content"].native  # the octets the MAC covers (RFC 7292 §4)
    salt = os.urandom(16)
    mac_key = PBKDF2HMAC(hashes.SHA256(), 32, salt, rounds).derive(secret)
    params = algos.Pbmac1Params({
        "key_derivation_func": {"algorithm": "pbkdf2", "parameters": {
            "salt": algos.Pbkdf2Salt(name="specified", value=salt), "iteration_count": rounds,
            "key_length": 32, "prf": {"algorithm": "sha256"}}},
        "message_auth_scheme": {"algorithm": "sha256"},
    })
    mac_data = asn1_pkcs12.MacData({
        "mac": {"digest_algorithm": {"algorithm": _PBMAC1, "parameters": core.Any.load(params.dump())},
                "digest": hmac.new(mac_key, content, hashlib.sha256).digest()},
        "mac_salt": b"NOT USED",  # RFC 9579: ignored with PBMAC1
        "iterations": 1,
    })
    return asn1_pkcs12.Pfx({"version": 3, "auth_safe": auth_safe, "mac_data": mac_data}).dump(force=True)


def container_params(blob: bytes) -> ContainerParams:
    """The KDFs and rounds of a container (raises ``ValueError`` on something that is not PKCS#12)."""
    pfx = asn1_pkcs12.Pfx.load(blob)
    mac = pfx["mac_data"]
    algorithm = mac["mac"]["digest_algorithm"]
    if algorithm["algorithm"].dotted == _PBMAC1:
        kdf = algos.Pbmac1Params.load(algorithm["parameters"].dump())["key_derivation_func"]["parameters"]
        mac_kdf, mac_rounds = f"pbmac1-pbkdf2-{kdf['prf']['algorithm'].native}", kdf["iteration_count"].native
    else:
        mac_kdf, mac_rounds = f"pkcs12-kdf-{algorithm['algorithm'].native}", mac["iterations"].native
    key_kdf, key_rounds = "none", 0
    for info in asn1_pkcs12.AuthenticatedSafe.load(pfx["auth_safe"]["content"].native):
        if info["content_type"].native != "data":
            continue  # the certificates, encrypted as a whole
        for bag in asn1_pkcs12.SafeContents.load(info["content"].native):
            if bag["bag_id"].dotted != _SHROUDED_KEY_BAG:
                continue
            enc = bag["bag_value"]["encryption_algorithm"]
            if enc["algorithm"].native == "pbes2":
                kdf = enc["parameters"]["key_derivation_func"]
                kdf_params = kdf["parameters"]
                key_kdf = f"{kdf['algorithm'].native}-{kdf_params['prf']['algorithm'].native}"
                key_rounds = kdf_params["iteration_count"].native
            else:
                key_kdf, key_rounds = enc["algorithm"].native, enc["parameters"]["iterations"].native
    return ContainerParams(key_kdf, key_rounds, mac_kdf, mac_rounds)
