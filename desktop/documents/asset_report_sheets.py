"""The fixed-asset reports as printable sheets (issue 13 item 8): A4 landscape on the one sheet
engine (:mod:`desktop.documents.render`, CJK font embedded). The ledger's and the schedule's tables
run over many pages, so each page that does not end the table closes with 过次页 and the next opens
with 承前页 (:mod:`desktop.documents.carried_totals`): any page adds up on its own and the last meets
the totals. The layouts are data, as every sheet's; they live here because they belong to no
approval kind. Plain report values in, PDF bytes out.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from desktop.documents.layout import SheetLayout, parse_layout

__all__ = ["LAYOUTS", "ledger_pdf", "changes_pdf", "schedule_pdf", "counts_pdf"]

_COMMON = {"paper": "A4L", "attachments": False, "issuer": "制表", "approval_title": "签　字", "printed": True}
_HALF = [["资产编号", "card_no", 1.3], ["资产名称", "name", 1.7]]

LAYOUTS: dict[str, dict[str, Any]] = {
    "asset_ledger": {
        **_COMMON, "kind": "asset_ledger", "title": "固定资产台账",
        "rows": [[{"label": "截至日期", "value": "payload.as_of_text"}, {"label": "卡片张数", "value": "payload.count_text"},
                  {"label": "净值合计", "value": "payload.net_text"}]],
        "tables": [{"label": "资产明细", "value": "payload.rows", "at": 1, "max_rows": 14, "totals": "合计",
                    "carry": True, "empty": "（无在账资产）",
                    "columns": [["资产编号", "card_no", 1.25], ["资产名称", "name", 1.6], ["分类", "category", 1.2],
                                ["规格型号", "specification", 1.2], ["使用部门", "department", 1.15],
                                ["使用人/地点", "keeper", 1.25], ["取得日期", "acquired_on", 0.95],
                                ["原值", "original", 1.15, "money"], ["累计折旧", "accumulated", 1.15, "money"],
                                ["净值", "net", 1.15, "money"]]}],
        "note": "注：在账资产（在用、闲置、维修中、处置中）；累计折旧 = 建卡前已提折旧 + 本系统各月计提；"
                "每页末行“过次页”为至该页的累计，次页首行“承前页”与之相同（ASSET-06，F-21）。",
    },
    "asset_changes": {
        **_COMMON, "kind": "asset_changes", "title": "资产增减变动表",
        "rows": [[{"label": "期间", "value": "payload.period_text"}, {"label": "期末原值", "value": "payload.closing_text"}]],
        "tables": [{"label": "按资产分类", "value": "payload.rows", "at": 1, "max_rows": 16, "totals": "合计",
                    "carry": True, "empty": "（本期无资产）",
                    "columns": [["资产分类", "category", 2.0], ["期初数", "opening_count", 0.7, "count"],
                                ["期初原值", "opening_value", 1.25, "money"], ["增加数", "added_count", 0.7, "count"],
                                ["本期增加", "added_value", 1.25, "money"], ["减少数", "removed_count", 0.7, "count"],
                                ["本期减少", "removed_value", 1.25, "money"], ["期末数", "closing_count", 0.7, "count"],
                                ["期末原值", "closing_value", 1.25, "money"], ["本期折旧", "depreciation", 1.2, "money"]]}],
        "note": "注：期初 + 本期增加 − 本期减少 = 期末（数量与原值）；当月增加的资产计入当月增加，当月处置的计入当月减少。",
    },
    "asset_schedule": {
        **_COMMON, "kind": "asset_schedule", "title": "固定资产折旧明细表",
        "rows": [[{"label": "年度", "value": "payload.year_text"}, {"label": "全年折旧", "value": "payload.total_text"},
                  {"label": "与计提记录核对", "value": "payload.agree_text"}]],
        "tables": [
            {"label": "1—6月", "value": "payload.first_half", "at": 1, "max_rows": 7, "totals": "合计", "carry": True,
             "empty": "（本年未计提折旧）",
             "columns": [*_HALF, *([f"{m}月", f"m{m}", 0.95, "money"] for m in range(1, 7)),
                         ["上半年", "half", 1.05, "money"]]},
            {"label": "7—12月", "value": "payload.second_half", "at": 1, "max_rows": 7, "totals": "合计", "carry": True,
             "empty": "（本年未计提折旧）",
             "columns": [*_HALF, *([f"{m}月", f"m{m}", 0.95, "money"] for m in range(7, 13)),
                         ["全年合计", "year", 1.05, "money"]]}],
        "note": "注：直线法按月计提、不留残值（政府会计准则第3号）；当月增加当月计提，当月减少当月不提；"
                "各月合计与当月计提记录一致。",
    },
    "asset_counts": {
        **_COMMON, "kind": "asset_counts", "title": "固定资产统计表",
        "rows": [[{"label": "统计口径", "value": "payload.by_text"}, {"label": "截至日期", "value": "payload.as_of_text"}]],
        "tables": [{"label": "统计", "value": "payload.rows", "at": 1, "max_rows": 16, "totals": "合计", "carry": True,
                    "columns": [["代码", "key", 1.0], ["名称", "name", 2.2], ["卡片数", "cards", 0.8, "count"],
                                ["数量", "quantity", 0.8, "count"], ["原值", "original", 1.4, "money"],
                                ["累计折旧", "accumulated", 1.4, "money"], ["净值", "net", 1.4, "money"]]}],
        "note": "注：在账资产；累计折旧截至统计日所在月份。",
    },
}


@lru_cache(maxsize=None)
def _layout(kind: str) -> SheetLayout:
    return parse_layout(LAYOUTS[kind], f"asset_report_sheets:{kind}")


def _money(value: Decimal) -> str:
    from desktop.domain.money import format_amount

    return format_amount(value, symbol=True)


def _render(kind: str, bureau: str, maker: str, title: str, payload: dict[str, Any]) -> bytes:
    from desktop.documents.render import SheetData, render_sheet

    layout = _layout(kind)
    data = SheetData(bureau_name=bureau, kind=kind, kind_title=layout.title, serial="", title=title, purpose="",
                     amount=Decimal("0.00"), days=0, category="", department="", submitter=maker,
                     submitted_on=date.today(), steps=(), payload=payload)
    return render_sheet(layout, data).pdf


def _blank(value: Decimal) -> str:
    return str(value) if value else ""


def ledger_pdf(bureau: str, maker: str, ledger: Any) -> bytes:
    rows = [{"card_no": r.card_no, "name": r.name, "category": r.category_name or r.category_code,
             "specification": r.specification, "department": r.department_name,
             "keeper": " / ".join(x for x in (r.user_name, r.location) if x), "acquired_on": f"{r.acquired_on:%Y-%m-%d}",
             "original": str(r.original_value), "accumulated": str(r.accumulated), "net": str(r.net_value)}
            for r in ledger.rows]
    payload = {"as_of_text": f"{ledger.as_of:%Y年%m月%d日}", "count_text": f"{len(ledger.rows)} 张",
               "net_text": _money(ledger.net_value), "rows": rows}
    return _render("asset_ledger", bureau, maker, f"固定资产台账 {ledger.as_of:%Y-%m-%d}", payload)


def changes_pdf(bureau: str, maker: str, report: Any) -> bytes:
    rows = [{"category": f"{r.category_code} {r.category_name}".strip(), "opening_count": r.opening_count,
             "opening_value": str(r.opening_value), "added_count": r.added_count, "added_value": _blank(r.added_value),
             "removed_count": r.removed_count, "removed_value": _blank(r.removed_value),
             "closing_count": r.closing_count, "closing_value": str(r.closing_value),
             "depreciation": _blank(r.depreciation)} for r in report.rows]
    span = report.first if report.first == report.last else f"{report.first} 至 {report.last}"
    payload = {"period_text": span, "closing_text": _money(report.total.closing_value), "rows": rows}
    return _render("asset_changes", bureau, maker, f"资产增减变动表 {span}", payload)


def schedule_pdf(bureau: str, maker: str, report: Any) -> bytes:
    first, second = [], []
    for r in report.rows:
        head = {"card_no": r.card_no, "name": r.name}
        first.append({**head, **{f"m{m}": _blank(r.months[m - 1]) for m in range(1, 7)},
                      "half": str(sum(r.months[:6], Decimal("0.00")))})
        second.append({**head, **{f"m{m}": _blank(r.months[m - 1]) for m in range(7, 13)}, "year": str(r.total)})
    payload = {"year_text": f"{report.year}年", "total_text": _money(report.total),
               "agree_text": "各月合计与计提记录一致" if report.agrees else "与计提记录不一致，请核查",
               "first_half": first, "second_half": second}
    return _render("asset_schedule", bureau, maker, f"固定资产折旧明细表 {report.year}", payload)


def counts_pdf(bureau: str, maker: str, report: Any) -> bytes:
    rows = [{"key": r.key if report.by == "category" else "", "name": r.name, "cards": r.cards,
             "quantity": r.quantity, "original": str(r.original_value), "accumulated": str(r.accumulated),
             "net": str(r.net_value)} for r in report.rows]
    payload = {"by_text": "按资产分类" if report.by == "category" else "按使用部门",
               "as_of_text": f"{report.as_of:%Y年%m月%d日}", "rows": rows}
    return _render("asset_counts", bureau, maker, "固定资产统计表", payload)
