"""Saving approval sheets as files: 另存为… for one (from the preview) and 导出已签PDF… for several
selected in a list, into a folder. The bytes are the stored signed file (``desk.my_work.signed_sheet``),
never re-rendered; names are serial + title; an existing file is replaced only when the person says
so; a summary says what was written, skipped and refused."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.services.base import Refused, SignedIn
from desktop.services.desk import Desk

__all__ = ["ExportResult", "export_signed_pdfs", "export_selected", "save_pdf_as"]


translate = QCoreApplication.translate


@dataclass
class ExportResult:
    written: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # existing files the person chose to keep
    refused: list[str] = field(default_factory=list)  # "serial: why" (no signed sheet, tampered …)

    def summary(self) -> str:
        lines = [translate("SavePdfs", "{n} signed PDF(s) written to the folder.").format(n=len(self.written))]
        lines += [f"  {p.name}" for p in self.written]
        if self.skipped:
            lines.append(translate("SavePdfs", "Kept (already in the folder, not replaced): {n}").format(n=len(self.skipped)))
            lines += [f"  {name}" for name in self.skipped]
        if self.refused:
            lines.append(translate("SavePdfs", "Not written: {n}").format(n=len(self.refused)))
            lines += [f"  {text}" for text in self.refused]
        return "\n".join(lines)


def _ask_replace(parent: QWidget | None) -> Callable[[Path], bool]:
    """One question per existing file, with "Yes to all" / "No to all"."""
    answer: dict[str, bool] = {}

    def ask(path: Path) -> bool:
        if "all" in answer:
            return answer["all"]
        box = QMessageBox(QMessageBox.Icon.Question, translate("SavePdfs", "File exists"),
                          translate("SavePdfs", "{name} already exists in this folder. Replace it?").format(name=path.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.YesToAll
                          | QMessageBox.StandardButton.No | QMessageBox.StandardButton.NoToAll, parent)
        box.setObjectName("replaceBox")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        choice = box.exec()
        box.deleteLater()
        if choice in (QMessageBox.StandardButton.YesToAll, QMessageBox.StandardButton.NoToAll):
            answer["all"] = choice == QMessageBox.StandardButton.YesToAll
            return answer["all"]
        return choice == QMessageBox.StandardButton.Yes

    return ask


def export_signed_pdfs(desk: Desk, user: SignedIn, document_ids: Sequence[int], folder: Path,
                       replace: Callable[[Path], bool]) -> ExportResult:
    """Write each document's stored signed sheet into ``folder``; ``replace(path)`` decides for a
    file that is already there. Two documents with the same name get distinct files."""
    result = ExportResult()
    taken: set[str] = set()
    for doc_id in document_ids:
        try:
            sheet = desk.my_work.signed_sheet(user, doc_id)
        except Refused as refused:
            result.refused.append("；".join(p.text for p in refused.problems))
            continue
        name = sheet.file_name
        n = 2
        while name in taken:
            name = f"{Path(sheet.file_name).stem} ({n}).pdf"
            n += 1
        taken.add(name)
        target = folder / name
        if target.exists() and not replace(target):
            result.skipped.append(name)
            continue
        try:
            target.write_bytes(sheet.data)
        except OSError as exc:
            result.refused.append(f"{name}：{exc.strerror or exc}")
            continue
        result.written.append(target)
    return result


def export_selected(parent: QWidget, desk: Desk, user: SignedIn, document_ids: Sequence[int]) -> ExportResult | None:
    """导出已签PDF…: ask for a folder, write, then show the summary. None when cancelled."""
    if not document_ids:
        return None
    folder = QFileDialog.getExistingDirectory(parent, translate("SavePdfs", "Export signed PDFs to folder"))
    if not folder:
        return None
    result = export_signed_pdfs(desk, user, document_ids, Path(folder), _ask_replace(parent))
    box = QMessageBox(QMessageBox.Icon.Information if not result.refused else QMessageBox.Icon.Warning,
                      translate("SavePdfs", "Export signed PDFs"), result.summary(), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("exportSummary")
    box.open()
    return result


def save_pdf_as(parent: QWidget, data: bytes, suggested: str, folder: str = "") -> Path | None:
    """另存为…: the file dialog (it asks before replacing a file), then the bytes as they are."""
    start = str(Path(folder) / suggested) if folder else suggested
    name, _ = QFileDialog.getSaveFileName(parent, translate("SavePdfs", "Save PDF as"), start, translate("SavePdfs", "PDF files (*.pdf)"))
    if not name:
        return None
    path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
    try:
        path.write_bytes(data)
    except OSError as exc:
        QMessageBox.warning(parent, translate("SavePdfs", "Save PDF as"), translate("SavePdfs", "Could not write {path}: {why}").format(
            path=path, why=exc.strerror or exc))
        return None
    return path
