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

A layout may also hold ruled tables of a payload list (drawn by :mod:`desktop.documents.sheet_tables`)::

    "tables": [{"label": "行程明细", "value": "payload.legs", "at": 3, "max_rows": 6,
                "columns": [["日期", "date", 1.2], ["票价", "amount", 1.4, "money"], ["单据", "receipts", 0.8, "count"]],
                "totals": "合计"}]

``at`` is the index of the row the table is drawn before (default: after every row); a column is
``[heading, key, width weight, kind]`` with kind ``text`` (default), ``money`` (right-aligned
¥1,234.50, summed) or ``count`` (right-aligned whole number, summed); ``totals`` labels the totals
row (omit for none). Rows beyond ``max_rows`` continue on a continuation page with the headings.
Kind ``balance`` is a running balance (right-aligned money, not summed: a totals row shows the
last row's). ``"carry": true`` makes a book's table: each page ends with 过次页 and the next
begins with 承前页, carrying the sums so far (:mod:`desktop.documents.carried_totals`). A row
object may hold ``_notes`` {key: small text under that cell} and ``_subtotal`` (not summed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

__all__ = ["LayoutError", "Cell", "Column", "Table", "SheetLayout", "COLUMN_KINDS", "FIELDS", "PAPERS", "parse_layout", "load_layouts",
           "layouts_folder", "GENERIC"]

GENERIC = "generic"
PAPERS = ("A4", "A5", "A4L")  # A4 portrait; A5 landscape for slips (用印单, 派车单 …); A4L: A4 landscape (科目余额表)
FIELDS = {
    "serial": "编号", "title": "事由", "purpose": "用途", "amount": "金额", "amount_upper": "金额大写",
    "days": "天数", "category": "类别", "department": "部门", "submitter": "经办人", "submitted_on": "日期",
    "decision": "集体决策", "attachments": "附件张数", "kind_title": "单据",
}
_KEYS = {"kind", "paper", "title", "subtitle", "rows", "amount", "attachments", "issuer", "seal", "note",
         "label_width", "approval_title", "tables", "printed"}
COLUMN_KINDS = ("text", "money", "count", "balance")  # balance: money not summed (a running balance)
_TABLE_KEYS = {"label", "value", "at", "columns", "max_rows", "totals", "empty", "carry"}
MAX_TABLE_ROWS = 20  # on the first page; more rows continue on continuation pages


class LayoutError(ValueError):
    """A layout file that cannot be used, naming the file and the place that is wrong."""


@dataclass(frozen=True)
class Cell:
    label: str
    value: str
    span: bool = False  # the whole row's width
    lines: int = 1  # height in text lines


@dataclass(frozen=True)
class Column:
    heading: str
    key: str  # the key in each row object of the payload list
    weight: float  # relative width
    kind: str = "text"  # COLUMN_KINDS


@dataclass(frozen=True)
class Table:
    """A ruled table of a payload list of objects, one row per object."""

    label: str  # printed in the label column at the left of the table
    value: str  # payload.KEY naming the list
    columns: tuple[Column, ...]
    at: int  # drawn before rows[at]; len(rows): after every row
    max_rows: int = 8  # rows on the first page; the rest continue on a continuation page
    totals: str = ""  # the totals row's label; empty: no totals row
    empty: str = "（无）"  # the one row printed for an empty list
    carry: bool = False  # a book's page totals carried forward (过次页/承前页, carried_totals.py)


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
    tables: tuple[Table, ...] = ()
    printed: bool = False  # a register or report printed to be signed by hand, never signed in the app


def _column(data: Any, where: str) -> Column:
    if not isinstance(data, list) or not 3 <= len(data) <= 4:
        raise LayoutError(f"{where}: a column is [heading, key, width weight] or [heading, key, weight, kind]")
    heading, key, weight = data[0], data[1], data[2]
    kind = data[3] if len(data) == 4 else "text"
    if not isinstance(heading, str) or not heading or not isinstance(key, str) or not key:
        raise LayoutError(f"{where}: heading and key must be non-empty text")
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0.3 <= weight <= 10:
        raise LayoutError(f"{where}: width weight must be a number 0.3..10")
    if kind not in COLUMN_KINDS:
        raise LayoutError(f"{where}: kind {kind!r} is not one of {COLUMN_KINDS}")
    return Column(heading, key, float(weight), kind)


def _table(data: Any, where: str, n_rows: int) -> Table:
    if not isinstance(data, Mapping):
        raise LayoutError(f"{where}: a table must be an object with label, value and columns")
    unknown = set(data) - _TABLE_KEYS
    if unknown:
        raise LayoutError(f"{where}: unknown keys {sorted(unknown)}")
    label, value = data.get("label"), data.get("value")
    if not isinstance(label, str) or not label:
        raise LayoutError(f"{where}: label is required")
    if not isinstance(value, str) or not value.startswith("payload.") or len(value) <= 8:
        raise LayoutError(f"{where}: value must be payload.KEY (a list of objects), not {value!r}")
    raw_cols = data.get("columns")
    if not isinstance(raw_cols, list) or not 1 <= len(raw_cols) <= 10:
        raise LayoutError(f"{where}: columns must be a list of 1..10 columns")
    columns = tuple(_column(c, f"{where}.columns[{i}]") for i, c in enumerate(raw_cols))
    keys = [c.key for c in columns]
    if len(set(keys)) != len(keys):
        raise LayoutError(f"{where}: a column key appears twice")
    at = data.get("at", n_rows)
    if isinstance(at, bool) or not isinstance(at, int) or not 0 <= at <= n_rows:
        raise LayoutError(f"{where}: at must be a row index 0..{n_rows}")
    max_rows = data.get("max_rows", 8)
    if isinstance(max_rows, bool) or not isinstance(max_rows, int) or not 2 <= max_rows <= MAX_TABLE_ROWS:
        raise LayoutError(f"{where}: max_rows must be 2..{MAX_TABLE_ROWS}")
    totals = data.get("totals", "")
    if not isinstance(totals, str):
        raise LayoutError(f"{where}: totals must be the totals row's label (text)")
    if totals and not any(c.kind != "text" for c in columns):
        raise LayoutError(f"{where}: a totals row needs a money or count column")
    empty = data.get("empty", "（无）")
    if not isinstance(empty, str):
        raise LayoutError(f"{where}: empty must be text")
    carry = data.get("carry", False)
    if not isinstance(carry, bool):
        raise LayoutError(f"{where}: carry must be true or false")
    return Table(label, value, columns, at, max_rows, totals, empty, carry)


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
        if not isinstance(raw, list) or not 1 <= len(raw) <= 3:
            raise LayoutError(f"{where}.rows[{i}]: a row holds one, two or three cells")
        cells = tuple(_cell(c, f"{where}.rows[{i}][{j}]") for j, c in enumerate(raw))
        if len(cells) > 1 and any(c.span for c in cells):
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
        tables=_tables(data.get("tables"), where, len(rows)), printed=bool(data.get("printed", False)),
    )


def _tables(raw: Any, where: str, n_rows: int) -> tuple[Table, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise LayoutError(f"{where}: 'tables' must be a list")
    tables = tuple(_table(t, f"{where}.tables[{i}]", n_rows) for i, t in enumerate(raw))
    if len({t.value for t in tables}) != len(tables):
        raise LayoutError(f"{where}: two tables print the same list")
    return tables


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
