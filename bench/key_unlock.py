"""Signing-key containers: what a signature with unlock costs, before and after issue 8 (item 9),
and what guessing one passphrase costs an attacker (PBKDF2/PKCS#12-KDF work per guess).

Before: cryptography's default container, key PBKDF2-SHA256 50 000 rounds, MAC 2 048 iterations
of the PKCS#12 KDF (the cheaper target). After: key and PBMAC1 MAC both PBKDF2-SHA256 at
``pki.PERSON_KDF_ROUNDS``.

    .venv/bin/python bench/key_unlock.py [--runs 9]
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timing import median_ms  # noqa: E402 - bench/timing.py

from cryptography.hazmat.primitives import hashes  # noqa: E402
from cryptography.hazmat.primitives.serialization import PrivateFormat, pkcs12  # noqa: E402

from desktop.documents import pki  # noqa: E402
from desktop.documents.layout import load_layouts  # noqa: E402
from desktop.documents.render import SheetData, StampText, StepBox, render_sheet  # noqa: E402
from desktop.documents.signing import certify, sign_field  # noqa: E402

PASS = "Bench#Pass2026"
LEGACY_ROUNDS = 50_000



def legacy_container(opened: pki.Unlocked) -> bytes:
    """A container as written before issue 8 (cryptography's MAC: 2 048 iterations)."""
    enc = (PrivateFormat.PKCS12.encryption_builder().kdf_rounds(LEGACY_ROUNDS)
           .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC).hmac_hash(hashes.SHA256())
           .build(PASS.encode()))
    return pkcs12.serialize_key_and_certificates(b"bench", opened.key, opened.cert, list(opened.ca_certs), enc)


def guess_work(params: pki.ContainerParams) -> str:
    """SHA-256 compressions an attacker spends per guess on the cheaper of key and MAC: a PBKDF2-
    HMAC round is 2, a PKCS#12-KDF iteration 1."""
    key = params.key_rounds * 2
    mac = params.mac_rounds * (2 if params.mac_kdf.startswith("pbmac1") else 1)
    return f"key {key:>9,}  MAC {mac:>9,}  → per guess {min(key, mac):>9,}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs
    ca = pki.create_root_ca("示范县医疗保障局", PASS)
    material = pki.issue_identity(ca, PASS, person_name="吴芳", position="股长", bureau_name="示范县医疗保障局",
                                  passphrase=PASS)
    me = pki.unlock(material.key_p12, PASS)
    containers = {"before (50 000 / MAC 2 048)": legacy_container(me),
                  f"after  ({pki.PERSON_KDF_ROUNDS:,} / PBMAC1 {pki.PERSON_KDF_ROUNDS:,})": material.key_p12}
    layout = load_layouts()["expense_claim"]
    data = SheetData("示范县医疗保障局", "expense_claim", "报销单", "报-2026-11-0001", "购买打印纸及硒鼓", "办公耗材",
                     Decimal("1280.00"), 0, "", "待遇保障股", "黄磊", date(2026, 11, 20),
                     (StepBox("finance_head", "财务负责人审核", "财务负责人"),), attachments=3)
    stamp = StampText("吴芳", "股长", "同意", date(2026, 11, 21), seal_name="吴芳")
    sheet = render_sheet(layout, data)
    certified = certify(sheet.pdf, sheet.fields, me, stamp)
    sign = median_ms(lambda: sign_field(certified, "sig_step1_finance_head", me, stamp), runs)
    print(f"approval signature alone (key already open): {sign:7.1f} ms")
    for label, blob in containers.items():
        unlock = median_ms(lambda b=blob: pki.unlock(b, PASS), runs)
        both = median_ms(lambda b=blob: sign_field(certified, "sig_step1_finance_head", pki.unlock(b, PASS), stamp),
                         runs)
        print(f"{label}: unlock {unlock:7.1f} ms, unlock + sign {both:7.1f} ms (target <= ~300)")
        print(f"    attacker work {guess_work(pki.container_params(blob))}")
    root = median_ms(lambda: pki.unlock(ca.key_p12, PASS, what="根证书"), max(3, runs // 3))
    print(f"root CA ({pki.CA_KDF_ROUNDS:,} / PBMAC1 {pki.CA_KDF_ROUNDS:,}): unlock {root:7.1f} ms "
          f"(enrolment, seal enabling, CRL only)")
    rewrap = median_ms(lambda: pki.rewrap(material.key_p12, PASS, PASS), max(3, runs // 3))
    print(f"re-encryption of one container (passphrase change, upgrade): {rewrap:7.1f} ms")


if __name__ == "__main__":
    main()
