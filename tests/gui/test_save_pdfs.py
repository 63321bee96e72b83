"""Saving signed approval sheets (issue 12 item 13): 另存为… from the preview, and 导出已签PDF… for
several documents selected in a list, into a folder — the stored signed bytes (IC-01), named serial +
title, never overwriting a file without asking, with a summary of what was written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.ui.main_window import MainWindow
from desktop.ui.save_pdfs import export_signed_pdfs
from tests.gui.conftest import texts_of
from tests.gui.sample_bureau import PASSWORD, SIGNED_TITLE


def _folder(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    return out


def _docs(desk) -> dict[str, object]:  # noqa: ANN001
    return {d.title: d for d in desk.approvals.documents(desk.act_as("liuyang"), mine=True)}


def test_export_writes_the_stored_signed_files_and_names_the_rest(desk, tmp_path):  # noqa: ANN001
    """IC-01: the file written is the stored signed sheet byte for byte; a document whose sheet was
    never issued is listed as not written, by name."""
    out = _folder(tmp_path)
    user = desk.act_as("liuyang")
    docs = _docs(desk)
    signed, unsigned = docs[SIGNED_TITLE], docs["采购打印纸及硒鼓"]
    result = export_signed_pdfs(desk, user, [signed.id, unsigned.id], out, replace=lambda _p: False)
    target = out / f"{signed.serial} {SIGNED_TITLE}.pdf"
    assert result.written == [target]
    assert target.read_bytes() == desk.sheets.latest_pdf(user, signed.id)
    assert len(result.refused) == 1 and "采购打印纸及硒鼓" in result.refused[0]
    assert f"{signed.serial} {SIGNED_TITLE}.pdf" in result.summary()


def test_export_never_overwrites_without_asking(desk, tmp_path):  # noqa: ANN001
    out = _folder(tmp_path)
    user = desk.act_as("liuyang")
    signed = _docs(desk)[SIGNED_TITLE]
    target = out / f"{signed.serial} {SIGNED_TITLE}.pdf"
    target.write_bytes(b"my own notes")
    asked = []
    kept = export_signed_pdfs(desk, user, [signed.id], out, replace=lambda p: asked.append(p.name) or False)
    assert asked == [target.name] and kept.skipped == [target.name] and not kept.written
    assert target.read_bytes() == b"my own notes"
    replaced = export_signed_pdfs(desk, user, [signed.id], out, replace=lambda _p: True)
    assert replaced.written == [target] and target.read_bytes().startswith(b"%PDF")


def test_export_selected_rows_from_my_documents(qtbot, desk, tmp_path, monkeypatch):  # noqa: ANN001
    """Multi-select in a list → 导出已签PDF… → folder → a summary of what was written."""
    window = MainWindow(desk, desk.accounts.authenticate("liuyang", PASSWORD))
    qtbot.addWidget(window)
    window.show()
    page = window.open_module("mine")
    table = page.ui.documentsTable
    rows = texts_of(table)
    from PySide6.QtCore import QItemSelectionModel

    for title in (SIGNED_TITLE, "采购打印纸及硒鼓"):
        index = table.model().index(next(i for i, r in enumerate(rows) if r[2] == title), 0)
        table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select
                                      | QItemSelectionModel.SelectionFlag.Rows)
    assert len(page.selected_ids()) == 2
    assert not page.ui.submitButton.isEnabled()  # one action on one document only
    out = _folder(tmp_path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(out)))
    page.exportButton.click()
    box = page.findChild(QMessageBox, "exportSummary")  # opened window-modal, not blocking
    text = box.text()
    box.close()
    assert [p.name for p in out.iterdir()] == [f"{_docs(desk)[SIGNED_TITLE].serial} {SIGNED_TITLE}.pdf"]
    assert SIGNED_TITLE in text and "采购打印纸及硒鼓" in text


def test_save_as_from_the_preview_writes_the_signed_file(qtbot, desk, tmp_path, monkeypatch):  # noqa: ANN001
    """另存为… in the preview saves the stored signed bytes (not the display copy with painted stamps)."""
    from desktop.ui.sheet_preview import SheetPreview

    user = desk.act_as("lifang")
    signed = _docs(desk)[SIGNED_TITLE]
    dialog = SheetPreview(desk, user, signed.id)
    qtbot.addWidget(dialog)
    suggested = {}

    def pick(_parent, _title, start, _filter):  # noqa: ANN001, ANN202
        suggested["name"] = Path(start).name
        return str(tmp_path / "saved"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))
    dialog.saveButton.click()
    assert suggested["name"] == f"{signed.serial} {SIGNED_TITLE}.pdf"
    assert (tmp_path / "saved.pdf").read_bytes() == desk.sheets.latest_pdf(user, signed.id)


def test_command_line_exports_several_signed_sheets_all_or_nothing(desk, tmp_path, monkeypatch, capsys):  # noqa: ANN001
    """``desktop approvals export-pdfs ID… --out-dir DIR``: the stored signed files named serial + title;
    a document without a signed sheet (IC-01) or a file already there refuses the whole run, each named."""
    from desktop.cli import main

    monkeypatch.setenv("BUREAU_DESK_PASSWORD", PASSWORD)
    user = desk.act_as("liuyang")
    docs = _docs(desk)
    signed, unsigned = docs[SIGNED_TITLE], docs["采购打印纸及硒鼓"]
    out = tmp_path / "cli"
    base = ["approvals", "export-pdfs", "--user", "liuyang", "--db", desk.url, "--out-dir", str(out)]
    assert main([*base, str(signed.id), str(unsigned.id)]) == 2
    assert "IC-01" in capsys.readouterr().err and not out.exists()
    assert main([*base, str(signed.id)]) == 0
    target = out / f"{signed.serial} {SIGNED_TITLE}.pdf"
    assert target.read_bytes() == desk.sheets.latest_pdf(user, signed.id)
    target.write_bytes(b"kept")
    assert main([*base, str(signed.id)]) == 2 and target.read_bytes() == b"kept"
    assert target.name in capsys.readouterr().err
    assert main([*base, str(signed.id), "--replace"]) == 0 and target.read_bytes().startswith(b"%PDF")
