"""Ruled tables on sheets (issue 9, item 4; layout ``tables``): validated with messages naming the
place, drawn with money right-aligned as ¥1,234.50 and a totals row over the whole list, a long
list continued on a continuation page with its headings, and no blank rows. Read back with
poppler's pdftotext, as a recipient would (F-02 差旅费报销单 legs)."""

from __future__ import annotations

import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.documents.layout import LayoutError, load_layouts, parse_layout
from desktop.documents.render import SheetData, StepBox, render_sheet

BASE = {"kind": "x", "rows": [[{"label": "事由", "value": "title"}]]}
LEGS = {"label": "行程明细", "value": "payload.legs", "max_rows": 4, "totals": "合计",
        "columns": [["日期", "date", 1], ["起止地点", "route", 2.5], ["票价", "amount", 1.2, "money"],
                    ["单据", "receipts", 0.7, "count"]]}


def _text(pdf: bytes, tmp_path: Path, page: int | None = None) -> str:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", *pages, str(path), "-"], capture_output=True,
                          check=True, text=True).stdout


def _pages(pdf: bytes, tmp_path: Path) -> int:
    return _text(pdf, tmp_path).count("\f")  # pdftotext ends every page with a form feed


@pytest.mark.parametrize("table, message", [
    ({**LEGS, "value": "legs"}, "value must be payload.KEY"),
    ({**LEGS, "columns": [["日期", "date"]]}, "columns[0]: a column is"),
    ({**LEGS, "columns": [["票价", "amount", 1, "currency"]]}, "kind 'currency' is not one of"),
    ({**LEGS, "columns": [["日期", "date", 1], ["日", "date", 1]]}, "a column key appears twice"),
    ({**LEGS, "at": 5}, "at must be a row index 0..1"),
    ({**LEGS, "max_rows": 40}, "max_rows must be 2..20"),
    ({**LEGS, "columns": [["日期", "date", 1]]}, "a totals row needs a money or count column"),
    ({**LEGS, "colour": "red"}, "unknown keys ['colour']"),
    ({**LEGS, "columns": [["日期", "date", 0]]}, "width weight must be a number 0.3..10"),
])
def test_a_bad_table_is_refused_naming_its_place_f02(table, message):
    with pytest.raises(LayoutError) as exc:
        parse_layout({**BASE, "tables": [table]}, "x.json")
    assert message in str(exc.value) and str(exc.value).startswith("x.json.tables[0]")


def test_every_shipped_layout_with_tables_is_valid_f02_f09_f10_f12_f22():
    layouts = load_layouts()
    assert {k for k, lay in layouts.items() if lay.tables} >= {
        "travel_claim", "reception", "reception_list", "asset_transfer"}
    assert [c.heading for c in layouts["travel_claim"].tables[0].columns] == [
        "日期", "时间", "起止地点", "交通工具", "等级", "票价", "单据"]


def _sheet(legs: list[dict]) -> bytes:
    layout = parse_layout({**BASE, "kind": "travel_claim", "title": "差旅费报销单", "tables": [LEGS]})
    data = SheetData("示范县医疗保障局", "travel_claim", "差旅费报销单", "旅-2026-12-0001", "赴北京培训", "培训",
                     Decimal("1234.50"), 2, "", "医药服务管理股", "高远", date(2026, 12, 1),
                     (StepBox("finance_head", "财务负责人审核", "财务负责人"),), payload={"legs": legs})
    return render_sheet(layout, data).pdf


def _legs(n: int) -> list[dict]:
    return [{"date": f"12-{i + 1:02d}", "route": f"地点{i + 1} → 地点{i + 2}", "amount": "1234.5", "receipts": 1}
            for i in range(n)]


def test_legs_print_with_money_right_aligned_and_totals_f02(tmp_path):
    text = _text(_sheet(_legs(2)), tmp_path)
    assert "地点1 → 地点2" in text and "地点2 → 地点3" in text
    assert text.count("¥1,234.50") >= 2 and "¥2,469.00" in text  # each leg and the total of both
    assert "合计（共2项）" in text and "见续页" not in text
    line = next(ln for ln in text.splitlines() if "地点1 → 地点2" in ln)
    assert line.rstrip().endswith("1") and line.index("¥1,234.50") > line.index("地点2")


def test_a_long_table_continues_on_a_continuation_page_without_blank_rows_f02(tmp_path):
    pdf = _sheet(_legs(11))
    assert _pages(pdf, tmp_path) == 2
    first, second = _text(pdf, tmp_path, 1), _text(pdf, tmp_path, 2)
    assert "另有8项（第4至11项）见续页" in first and "地点3 → 地点4" in first and "地点4 → 地点5" not in first
    assert "¥13,579.50" in first  # the totals of all 11 legs on page 1
    assert "差旅费报销单（续页）" in second and "旅-2026-12-0001" in second and "日期" in second
    assert all(f"地点{i} → 地点{i + 1}" in second for i in range(4, 12))
    assert "合计（共11项）" in second and "¥13,579.50" in second
    rows = [ln for ln in second.splitlines() if "→" in ln]
    assert len(rows) == 8  # exactly the rest: no empty continuation rows


def test_an_empty_list_prints_one_line_not_blank_rows_f02(tmp_path):
    text = _text(_sheet([]), tmp_path)
    assert "（无）" in text and "合计" not in text
