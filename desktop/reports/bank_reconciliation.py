"""银行存款余额调节表 (RPT-04, F-33) in Excel: the two sides of the statement, then each group of
outstanding items (未达账项) on its own sheet. Plain values in, bytes out (openpyxl write-only,
``workbook.add_sheet`` conventions: amounts as two-place numbers).
"""

from __future__ import annotations

from desktop.domain.finance.reconciliation import GROUP_LABELS, GROUPS, Reconciliation
from desktop.reports.workbook import add_sheet, book_bytes, new_book

__all__ = ["write_reconciliation_xlsx", "ITEM_HEADERS"]

ITEM_HEADERS = ("类别", "日期", "凭证号/流水号", "摘要", "金额")


class _OnePageWide:
    """The book as ``add_sheet`` sees it, with each new sheet printed one A4 page wide: the page set-up
    of a write-only sheet must be in place before its first row."""

    def __init__(self, book):  # noqa: ANN001
        self.book = book

    def create_sheet(self, title: str):  # noqa: ANN201
        sheet = self.book.create_sheet(title=title)
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.page_setup.paperSize = "9"  # A4
        return sheet


def write_reconciliation_xlsx(bureau: str, rec: Reconciliation, *, saved: bool, made_by: str = "",
                              made_at: str = "") -> bytes:
    """Sheet 余额调节表: 企业账面 on the left, 银行对账单 on the right, each adjusted by its two groups
    of items, and whether the adjusted balances agree; sheet 未达账项: every item."""
    book = new_book()
    pages = _OnePageWide(book)
    state = "已保存" if saved else ("调节后余额相符，尚未保存" if rec.agrees else f"调节后余额不符，差额 {rec.difference:,.2f}，未保存")
    particulars = [f"单位：{bureau}", None, f"账户：{rec.account} {rec.name}", f"期间：{rec.period}（金额单位：元）"]
    rows: list[tuple[object, ...]] = [
        ("企业银行存款日记账余额", rec.book_balance, "银行对账单余额", rec.bank_balance),
        ("加：银行已收、企业未收", rec.total("bank_received"), "加：企业已收、银行未收", rec.total("book_received")),
        ("减：银行已付、企业未付", rec.total("bank_paid"), "减：企业已付、银行未付", rec.total("book_paid")),
        ("调节后的存款余额", rec.adjusted_book, "调节后的存款余额", rec.adjusted_bank),
        (),
        ("调节后余额", "相符" if rec.agrees else f"不符（差额 {rec.difference:,.2f}）", "状态", state),
        ("编制人", made_by, "编制时间", made_at),
        ("会计主管", "", "出纳", ""),
    ]
    add_sheet(pages, "余额调节表", ("项目", "金额", "项目", "金额"), rows,
              heading=f"{bureau} 银行存款余额调节表", particulars=particulars, widths=[24, 15, 24, 15])
    items: list[tuple[object, ...]] = []
    for group in GROUPS:
        for item in rec.group(group):
            items.append((GROUP_LABELS[group], item.day.isoformat(), item.reference, item.summary, item.amount))
        items.append((f"{GROUP_LABELS[group]} 小计", "", "", "", rec.total(group)))
    add_sheet(pages, "未达账项", ITEM_HEADERS, items, heading=f"{rec.account} {rec.name} {rec.period} 未达账项",
              particulars=particulars, widths=[20, 12, 20, 30, 14])
    return book_bytes(book)
