"""An independent verifier that trusts the bureau root: poppler's pdfsig with an NSS database
holding only the exported root certificate (what a recipient's PDF reader does, README)."""

from __future__ import annotations

import os
import subprocess
import textwrap
from pathlib import Path

import pytest


README = Path(__file__).resolve().parents[2] / "README.md"


def readme_trust_commands() -> str:
    """The shell block the README gives recipients to make poppler trust the bureau root."""
    text = README.read_text(encoding="utf-8")
    block = text.split("<!-- nss-trust -->", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    return textwrap.dedent(block).strip()


def nss_with(root_pem: str, folder, commands: str | None = None) -> str:
    """An NSS database made by running the README's commands, as a recipient would, in a home
    folder of its own holding only ``bureau-root.pem``."""
    home = folder / "home"
    home.mkdir(exist_ok=True)
    (home / "bureau-root.pem").write_text(root_pem)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home)}
    subprocess.run(["bash", "-euo", "pipefail", "-c", commands or readme_trust_commands()], cwd=home, env=env,
                   check=True, capture_output=True, stdin=subprocess.DEVNULL, timeout=60)
    return f"sql:{home / '.pki' / 'nssdb'}"


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


def test_readme_trust_flags_are_what_poppler_needs(desk, as_user, tmp_path):
    """SEAL-11: the README's command trusts the root for poppler (C,C,C); the "C,," it once gave does not,
    and running the README's commands a second time (an existing database) still works."""
    director = as_user("wangjianguo")
    doc = next(d for d in desk.approvals.documents(director, states=["archived"]))
    path = tmp_path / "claim.pdf"
    path.write_bytes(desk.sheets.latest_pdf(director, doc.id))
    root = "".join(desk.sheets.root_pem())
    commands = readme_trust_commands()
    assert '-t "C,C,C"' in commands
    good = tmp_path / "good"
    good.mkdir()
    nss_with(root, good)
    db = nss_with(root, good)  # again: the database exists now
    assert set(pdfsig(path, db)) == {"Signature is Valid.", "Certificate is Trusted."}
    weak = tmp_path / "weak"
    weak.mkdir()
    db = nss_with(root, weak, commands.replace('-t "C,C,C"', '-t "C,,"'))
    results = pdfsig(path, db)
    assert "Certificate issuer isn't Trusted." in results and "Certificate is Trusted." not in results


@pytest.fixture(autouse=True)
def _need_certutil():
    import shutil

    if shutil.which("certutil") is None:
        pytest.fail("certutil (Debian libnss3-tools) is needed: .ci/run installs it")
