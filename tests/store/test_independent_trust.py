"""An independent verifier that trusts the bureau root: poppler's pdfsig with an NSS database
holding only the exported root certificate (what a recipient's PDF reader does, README)."""

from __future__ import annotations

import subprocess

import pytest


def nss_with(root_pem: str, folder) -> str:
    db = f"sql:{folder}"
    subprocess.run(["certutil", "-N", "-d", db, "--empty-password"], check=True, capture_output=True)
    pem = folder / "root.pem"
    pem.write_text(root_pem)
    subprocess.run(["certutil", "-A", "-n", "bureau-root", "-t", "CT,C,C", "-i", str(pem), "-d", db], check=True,
                   capture_output=True)
    return db


def pdfsig(path, db: str) -> list[str]:
    out = subprocess.run(["pdfsig", "-nssdir", db, str(path)], capture_output=True, text=True).stdout
    return [line.split(":", 1)[1].strip() for line in out.splitlines() if "Validation:" in line]


def test_sealed_demo_request_is_trusted_by_pdfsig_with_the_exported_root(desk, as_user, tmp_path):
    """SEAL-08/SEAL-05: the demo's approved 用印申请单, sealed with the 行政公章: every signature valid and trusted."""
    hexue = as_user("hexue")
    doc = next(d for d in desk.approvals.documents(hexue, kinds=["seal_use"]) if d.state == "approved")
    path = tmp_path / "sealed.pdf"
    path.write_bytes(desk.sheets.latest_pdf(hexue, doc.id))
    db = nss_with("".join(desk.sheets.root_pem()), tmp_path)
    results = pdfsig(path, db)
    assert results == ["Signature is Valid.", "Certificate is Trusted."] * 4


def test_another_bureaus_root_is_not_trusted_by_pdfsig(desk, as_user, tmp_path):
    from desktop.documents import pki

    director = as_user("wangjianguo")
    doc = next(d for d in desk.approvals.documents(director, states=["archived"]))
    path = tmp_path / "claim.pdf"
    path.write_bytes(desk.sheets.latest_pdf(director, doc.id))
    other = pki.create_root_ca("另一县医疗保障局", "Other#2026")
    db = nss_with(other.cert_pem, tmp_path)
    results = pdfsig(path, db)
    assert results and all(r in ("Signature is Valid.", "Certificate issuer isn't Trusted.") for r in results)
    assert "Certificate is Trusted." not in results


@pytest.fixture(autouse=True)
def _need_certutil():
    import shutil

    if shutil.which("certutil") is None:
        pytest.fail("certutil (Debian libnss3-tools) is needed: .ci/run installs it")
