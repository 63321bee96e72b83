"""``desktop selftest`` catches what a PyInstaller bundle loses (issue 10 item 1): each check is
shown to pass here and to FAIL, naming the cause, when its part is missing; the other checks keep
running. It never creates the database it is pointed at (issue 10 item 6)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.cli import main as cli_main
from desktop.services.selftest import run_selftest

NAMES = ["database", "migrations", "audit trail", "chart of accounts", "fonts", "pdf", "excel", "sheet layouts", "signed sheet",
         "qr code", "password hashing", "qt", "translations", "qtpdf"]


def _results(url: str) -> dict[str, tuple[bool, str]]:
    checks = list(run_selftest(url))
    assert [c.name for c in checks] == NAMES
    return {c.name: (c.ok, c.detail) for c in checks}


@pytest.fixture
def url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'absent.sqlite3'}"


def test_every_check_passes_and_the_missing_database_is_not_created(url, tmp_path, capsys):
    assert cli_main(["selftest", "--db", url]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split(":")[0].split(maxsplit=1)[1] for line in lines] == NAMES
    assert all(line.startswith("ok   ") for line in lines), lines
    assert "no database at" in lines[0]
    text = "\n".join(lines)
    assert "20 sheet layouts" in text or "sheet layouts from" in text
    assert "verified complete" in text and "not blank" in text and "Approve → 同意" in text
    assert not (tmp_path / "absent.sqlite3").exists()


def _only_failure(results: dict[str, tuple[bool, str]], *failing: str) -> None:
    assert {name for name, (ok, _) in results.items() if not ok} == set(failing), results


def test_sheet_layouts_missing_fails_layouts_the_signed_sheet_and_qtpdf(url, tmp_path, monkeypatch):
    """The frozen build without forms/sheets in its data: LayoutError, as the user saw it."""
    from desktop.documents import layout

    empty = tmp_path / "no-layouts"
    empty.mkdir()
    monkeypatch.setattr(layout, "layouts_folder", lambda: empty)
    results = _results(url)
    _only_failure(results, "sheet layouts", "signed sheet", "qtpdf")
    assert "LayoutError" in results["sheet layouts"][1] and "generic.json" in results["sheet layouts"][1]


def test_finance_tables_missing_fail_the_chart_check(url, tmp_path, monkeypatch):
    """A bundle without resources/finance cannot start the books (issue 11): the check names the file."""
    from desktop.app import paths

    real = paths.resource_path
    monkeypatch.setattr(paths, "resource_path",
                        lambda *parts: tmp_path / "missing" / parts[-1] if parts[0] == "finance" else real(*parts))
    results = _results(url)
    _only_failure(results, "chart of accounts")
    assert "chart.csv" in results["chart of accounts"][1]


def test_barcode_module_missing_fails_the_qr_check(url, monkeypatch):
    """reportlab imports its barcode modules by name: the bundle missed code128."""
    monkeypatch.setitem(sys.modules, "reportlab.graphics.barcode.code128", None)
    results = _results(url)
    _only_failure(results, "qr code")
    assert "code128" in results["qr code"][1]


def test_signing_missing_fails_the_signed_sheet_check(url, monkeypatch):
    from desktop.documents import signing

    def missing(_identity):  # noqa: ANN001, ANN202
        raise ModuleNotFoundError("No module named 'pyhanko.sign.signers'")

    monkeypatch.setattr(signing, "_signer", missing)
    results = _results(url)
    _only_failure(results, "signed sheet", "qtpdf")
    assert "pyhanko.sign.signers" in results["signed sheet"][1]


def test_a_sheet_that_does_not_verify_fails_the_signed_sheet_check(url, monkeypatch):
    """Verification against another root (a bundle whose certificate checks misbehave) is not complete."""
    from desktop.documents import pki, verify

    real = verify.verify_pdf
    other = pki.create_root_ca("别的单位", "x" * 12).cert_pem
    monkeypatch.setattr(verify, "verify_pdf", lambda data, roots, revoked=(): real(data, [other], revoked))
    results = _results(url)
    _only_failure(results, "signed sheet", "qtpdf")
    assert "verifies as broken" in results["signed sheet"][1]


def test_argon2_missing_fails_password_hashing(url, monkeypatch):
    from desktop.services import accounts

    class NoBindings:
        def hash(self, _password):  # noqa: ANN001, ANN202
            raise ModuleNotFoundError("No module named '_argon2_cffi_bindings'")

    monkeypatch.setattr(accounts, "_HASHER", NoBindings())
    results = _results(url)
    _only_failure(results, "password hashing")
    assert "_argon2_cffi_bindings" in results["password hashing"][1]


def test_translations_missing_fail_the_translations_check(url, tmp_path, monkeypatch):
    from desktop.app import paths

    real = paths.resource_path
    monkeypatch.setattr(paths, "resource_path",  # the .qm files left out of the bundle; the font still there
                        lambda *parts: tmp_path.joinpath("no-resources", *parts) if parts[0] == "i18n" else real(*parts))
    results = _results(url)
    _only_failure(results, "translations")
    assert "bureau_desk_zh_CN.qm" in results["translations"][1]


def test_qtpdf_missing_fails_the_qtpdf_check(url, monkeypatch):
    monkeypatch.setitem(sys.modules, "PySide6.QtPdf", None)
    results = _results(url)
    _only_failure(results, "qtpdf")
    assert "QtPdf" in results["qtpdf"][1]


def test_a_failed_check_makes_the_exit_code_1(url, tmp_path, monkeypatch, capsys):
    from desktop.documents import layout

    monkeypatch.setattr(layout, "layouts_folder", lambda: Path(tmp_path))
    assert cli_main(["selftest", "--db", url]) == 1
    assert "FAIL sheet layouts" in capsys.readouterr().out
