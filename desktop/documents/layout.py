"""Sheet layouts as data: one JSON file per document kind in ``forms/sheets/`` (plus
``generic.json``, the fallback). The one renderer (:mod:`desktop.documents.render`) draws any
of them; a new paper form is a new JSON file, not new drawing code.

A layout file::

    {"kind": "expense_claim", "paper": "A4", "title": "报销单",
     "rows": [[{"label": "报销部门", "value": "department"}, {"label": "报销日期", "value": "submitted_on"}],
              [{"label": "报销事由", "value": "title", "span": true}]],
     "amount": {"label": "报销金额"}, "attachments": true,
     "issuer": "经办人", "seal": {"label": "单位公章"}, "note": "…"}

``value`` names a record field (:data:`FIELDS`) or ``payload.<key>`` for a module's own data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

__all__ = ["LayoutError", "Cell", "SheetLayout", "FIELDS", "PAPERS", "parse_layout", "load_layouts",
           "layouts_folder", "GENERIC"]

GENERIC = "generic"
PAPERS = ("A4", "A5")  # A4 portrait; A5 landscape for slips (用印单, 派车单 …)
FIELDS = {
    "serial": "编号", "title": "事由", "purpose": "用途", "amount": "金额", "amount_upper": "金额大写",
    "days": "天数", "category": "类别", "department": "部门", "submitter": "经办人", "submitted_on": "日期",
    "decision": "集体决策", "attachments": "附件张数", "kind_title": "单据",
}
_KEYS = {"kind", "paper", "title", "subtitle", "rows", "amount", "attachments", "issuer", "seal", "note",
         "label_width", "approval_title"}


class LayoutError(ValueError):
    """A layout file that cannot be used, naming the file and the place that is wrong."""


@dataclass(frozen=True)
class Cell:
    label: str
    value: str
    span: bool = False  # the whole row's width
    lines: int = 1  # height in text lines


@dataclass(frozen=True)
class SheetLayout:
    kind: str
    paper: str
    rows: tuple[tuple[Cell, ...], ...]
    title: str = ""  # empty: the chain's title from the bureau's preset
    subtitle: str = ""
    amount_label: str | None = None
    attachments: bool = False
    issuer_label: str = "经办人"
    seal_label: str | None = None  # a bureau-seal field, locking the document once signed
    seal_height_mm: float = 0.0  # the least height of the seal column (a large impression specimen)
    note: str = ""
    approval_title: str = "审批意见"


def _cell(data: Any, where: str) -> Cell:
    if not isinstance(data, Mapping):
        raise LayoutError(f"{where}: a cell must be an object with label and value")
    unknown = set(data) - {"label", "value", "span", "lines"}
    if unknown:
        raise LayoutError(f"{where}: unknown keys {sorted(unknown)}")
    label, value = str(data.get("label", "")), str(data.get("value", ""))
    if not label or not value:
        raise LayoutError(f"{where}: label and value are required")
    if value not in FIELDS and not (value.startswith("payload.") and len(value) > 8) and not value.startswith("text:"):
        raise LayoutError(f"{where}: unknown value {value!r} (one of {sorted(FIELDS)}, payload.KEY or text:…)")
    lines = data.get("lines", 1)
    if not isinstance(lines, int) or not 1 <= lines <= 6:
        raise LayoutError(f"{where}: lines must be 1..6")
    return Cell(label=label, value=value, span=bool(data.get("span", False)), lines=lines)


def parse_layout(data: Mapping[str, Any], where: str = "layout") -> SheetLayout:
    if not isinstance(data, Mapping):
        raise LayoutError(f"{where}: a layout must be a JSON object")
    unknown = set(data) - _KEYS
    if unknown:
        raise LayoutError(f"{where}: unknown keys {sorted(unknown)}")
    kind = str(data.get("kind", ""))
    if not kind:
        raise LayoutError(f"{where}: missing 'kind'")
    paper = str(data.get("paper", "A4"))
    if paper not in PAPERS:
        raise LayoutError(f"{where}: paper must be one of {PAPERS}")
    raw_rows = data.get("rows") or []
    if not isinstance(raw_rows, list) or not raw_rows:
        raise LayoutError(f"{where}: 'rows' must be a non-empty list")
    rows = []
    for i, raw in enumerate(raw_rows):
        if not isinstance(raw, list) or not 1 <= len(raw) <= 2:
            raise LayoutError(f"{where}.rows[{i}]: a row holds one or two cells")
        cells = tuple(_cell(c, f"{where}.rows[{i}][{j}]") for j, c in enumerate(raw))
        if len(cells) == 2 and any(c.span for c in cells):
            raise LayoutError(f"{where}.rows[{i}]: a spanning cell must be alone in its row")
        rows.append(cells)
    amount = data.get("amount")
    seal = data.get("seal")
    return SheetLayout(
        kind=kind, paper=paper, rows=tuple(rows), title=str(data.get("title", "")),
        subtitle=str(data.get("subtitle", "")),
        amount_label=str(amount.get("label", "金额")) if isinstance(amount, Mapping) else None,
        attachments=bool(data.get("attachments", False)), issuer_label=str(data.get("issuer", "经办人")),
        seal_label=str(seal.get("label", "单位公章")) if isinstance(seal, Mapping) else None,
        note=str(data.get("note", "")), approval_title=str(data.get("approval_title", "审批意见")),
        seal_height_mm=float(seal.get("height_mm", 0)) if isinstance(seal, Mapping) else 0.0,
    )


def layouts_folder() -> Path:
    """``forms/sheets`` of the checkout (or of a frozen build)."""
    import sys

    from desktop.app.paths import project_root

    candidates = []
    if getattr(sys, "frozen", False):
        candidates.append(Path(getattr(sys, "_MEIPASS", "")) / "forms" / "sheets")
    root = project_root()
    if root is not None:
        candidates.append(root / "forms" / "sheets")
    candidates.append(Path(__file__).resolve().parent.parent / "bundled_forms" / "sheets")
    for folder in candidates:
        if folder.is_dir():
            return folder
    raise LayoutError("sheet layouts not found (forms/sheets)")


_CACHE: dict[str, dict[str, SheetLayout]] = {}


def load_layouts(folder: Path | None = None) -> dict[str, SheetLayout]:
    """Every layout in the folder by kind, validated; ``generic`` must be among them."""
    folder = folder or layouts_folder()
    key = str(folder)
    if key in _CACHE:
        return _CACHE[key]
    out: dict[str, SheetLayout] = {}
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise LayoutError(f"{path.name}: {exc}") from exc
        layout = parse_layout(data, path.name)
        if layout.kind != path.stem:
            raise LayoutError(f"{path.name}: kind {layout.kind!r} does not match the file name")
        out[layout.kind] = layout
    if GENERIC not in out:
        raise LayoutError(f"{folder}: missing {GENERIC}.json, the fallback layout")
    _CACHE[key] = out
    return out
