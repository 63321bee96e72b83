"""The sheet preview (QtPdf) with printing, and the verify-a-PDF dialog."""

import pytest

pytestmark = pytest.mark.gui

PASS = "Demo#2026"


@pytest.fixture(scope="module")
def demo_desk(tmp_path_factory):
    """The demonstration bureau (it has signing identities), once for this module."""
    from desktop.services.demo import load_demo
    from desktop.services.desk import Desk

    d = Desk.open(f"sqlite:///{tmp_path_factory.mktemp('sheets') / 'demo.sqlite3'}")
    load_demo(d)
    yield d
    d.close()


@pytest.fixture
def desk(demo_desk):
    return demo_desk


@pytest.fixture
def as_user(demo_desk):
    return demo_desk.act_as


@pytest.fixture
def signed_doc(desk, as_user):
    user = as_user("huanglei")
    doc = desk.approvals.create_draft(user, "expense_claim", "预览测试", purpose="测试", amount="100.00")
    desk.approvals.submit(user, doc)
    desk.sheets.issue(user, doc, PASS)
    desk.approvals.approve(as_user("wufang"), doc, "同意", passphrase=PASS)
    return doc


def test_preview_shows_the_stored_pdf_and_prints(qtbot, desk, as_user, signed_doc, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from desktop.ui.sheet_preview import SheetPreview, print_pdf

    dialog = SheetPreview(desk, as_user("huanglei"), signed_doc)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 1
    assert dialog.data == desk.sheets.latest_pdf(as_user("huanglei"), signed_doc)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_pdf(dialog.document, dialog, printer=printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000


def test_verify_dialog_explains_good_and_damaged_files(qtbot, desk, as_user, signed_doc, tmp_path):
    from desktop.ui.pdf_verify_dialog import PdfVerifyDialog

    good = tmp_path / "good.pdf"
    good.write_bytes(desk.sheets.latest_pdf(as_user("huanglei"), signed_doc))
    dialog = PdfVerifyDialog(desk, good)
    qtbot.addWidget(dialog)
    # Two signatures and the director's step still empty (IC-01): intact but incomplete, listed as a row.
    assert dialog.report.ok and dialog.report.verdict == "incomplete" and dialog.table.rowCount() == 3
    assert "第2步 局长审定（局长）" in dialog.summary.text()
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf")
    dialog.check_file(bad)
    assert dialog.report is None and "PDF" in dialog.summary.text()
