"""The fixed-asset reports (issue 13 item 8; ASSET-06 账卡一致, F-21): ledger, 资产增减变动表, 折旧明细表
and counts, on screen, in Excel and printable, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook

from desktop.services.base import Refused
from desktop.domain.assets.depreciation import months_between
from desktop.domain.finance.periods import period_dates
from tests.store.asset_books import add_card, first_month, month_end


@pytest.fixture
def assets(desk):
    """Four cards of our own in a copy of the demo, named so the reports can be read for them."""
    ids = {
        "pc": add_card(desk, "4999.99", 72, date(2026, 11, 3), name="RPT电脑", category_code="ZZ01", location="301室"),
        "car": add_card(desk, "180000.00", 96, date(2021, 6, 1), dept="结算股", name="RPT汽车", category_code="ZZ02",
                        depreciated_before=D("99375.00"), months_before=53),
        "land": add_card(desk, "50000.00", 0, date(2020, 1, 1), depreciable=False, name="RPT土地",
                         category_code="ZZ03"),
        "old": add_card(desk, "2400.00", 24, date(2026, 2, 1), status="disposed", removed_period="2026-11",
                        name="RPT旧机", category_code="ZZ01"),
        "new": add_card(desk, "1000.00", 10, date(2026, 11, 20), status="pending", name="RPT待验收",
                        category_code="ZZ01"),
    }
    return ids


def mine(rows, attr="name"):
    return {getattr(r, attr): r for r in rows if str(getattr(r, attr)).startswith("RPT") or
            str(getattr(r, attr)).startswith("ZZ")}


def test_ASSET06_ledger_lists_cards_on_the_books_with_their_values(desk, assets):
    acc = desk.act_as("zhenglj")
    month = first_month(desk)
    with month_end(month):
        desk.depreciation.run(acc, month)
    end = period_dates(month)[1]
    ledger = desk.asset_reports.ledger(acc, as_of=end)
    rows = mine(ledger.rows)
    assert set(rows) == {"RPT电脑", "RPT汽车", "RPT土地"}  # disposed in November and pending are not on the books
    pc = D("69.44") * months_between("2026-11", month)  # from its month on, caught up in one run
    assert rows["RPT电脑"].accumulated == pc and rows["RPT电脑"].net_value == D("4999.99") - pc
    assert rows["RPT汽车"].accumulated == D("99375.00") + D("1875.00")  # one run: one month for an opening card
    assert rows["RPT土地"].accumulated == D("0") and rows["RPT土地"].net_value == D("50000.00")
    assert rows["RPT电脑"].location == "301室" and rows["RPT汽车"].department_name == "结算股"
    assert ledger.original_value == sum(r.original_value for r in ledger.rows)
    assert ledger.net_value == ledger.original_value - ledger.accumulated
    october = mine(desk.asset_reports.ledger(acc, as_of=date(2026, 10, 31)).rows)
    assert set(october) == {"RPT汽车", "RPT土地", "RPT旧机"}  # before the PC came and the old one went
    assert october["RPT汽车"].accumulated == D("99375.00")


def test_changes_by_category_opening_plus_additions_minus_disposals_is_closing(desk, assets):
    report = desk.asset_reports.changes(desk.act_as("zhenglj"), "2026-01", "2026-12")
    rows = mine(report.rows, "category_code")
    assert (rows["ZZ01"].opening_count, rows["ZZ01"].added_count, rows["ZZ01"].added_value) == (0, 2, D("7399.99"))
    assert (rows["ZZ01"].removed_count, rows["ZZ01"].removed_value) == (1, D("2400.00"))
    assert (rows["ZZ01"].closing_count, rows["ZZ01"].closing_value) == (1, D("4999.99"))
    assert (rows["ZZ02"].opening_count, rows["ZZ02"].opening_value, rows["ZZ02"].added_count) == (1, D("180000.00"), 0)
    for r in [*report.rows, report.total]:
        assert r.opening_count + r.added_count - r.removed_count == r.closing_count
        assert r.opening_value + r.added_value - r.removed_value == r.closing_value
    november = mine(desk.asset_reports.changes(desk.act_as("zhenglj"), "2026-11").rows, "category_code")
    assert (november["ZZ01"].opening_count, november["ZZ01"].added_count, november["ZZ01"].removed_count) == (1, 1, 1)
    with pytest.raises(Refused):
        desk.asset_reports.changes(desk.act_as("zhenglj"), "2026-12", "2026-01")


def test_schedule_per_card_per_month_reconciles_with_the_runs(desk, assets):
    acc = desk.act_as("zhenglj")
    m1 = first_month(desk)
    with month_end(m1):
        r1 = desk.depreciation.run(acc, m1)
    schedule = desk.asset_reports.schedule(acc, int(m1[:4]))
    month = int(m1[5:]) - 1
    assert schedule.month_totals[month] == r1.total == schedule.run_totals[month]
    assert schedule.agrees
    rows = mine(schedule.rows)
    assert rows["RPT电脑"].months[month] == D("69.44") * months_between("2026-11", m1)
    assert rows["RPT电脑"].total == rows["RPT电脑"].months[month]
    assert "RPT土地" not in rows and "RPT待验收" not in rows
    assert schedule.total == sum(r.total for r in schedule.rows)


def test_counts_by_category_and_department(desk, assets):
    acc = desk.act_as("zhenglj")
    by_cat = desk.asset_reports.counts(acc, "category", as_of=date(2026, 11, 30))
    rows = {r.key: r for r in by_cat.rows}
    assert (rows["ZZ01"].cards, rows["ZZ01"].original_value) == (1, D("4999.99"))
    assert (rows["ZZ03"].cards, rows["ZZ03"].net_value) == (1, D("50000.00"))
    assert by_cat.total.cards == sum(r.cards for r in by_cat.rows)
    by_dept = {r.name: r for r in desk.asset_reports.counts(acc, "department", as_of=date(2026, 11, 30)).rows}
    assert by_dept["结算股"].original_value >= D("180000.00")
    with pytest.raises(Refused):
        desk.asset_reports.counts(acc, "colour")


def test_excel_has_headings_yuan_format_frozen_header_and_totals(desk, assets, tmp_path):
    acc = desk.act_as("zhenglj")
    with month_end(first_month(desk)):
        desk.depreciation.run(acc, first_month(desk))
    seen = []
    n = desk.asset_reports.export_xlsx(acc, "ledger", tmp_path / "ledger.xlsx", as_of=date(2026, 11, 30),
                                       progress=lambda done, total: seen.append((done, total)))
    sheet = load_workbook(tmp_path / "ledger.xlsx")["资产台账"]
    assert sheet.freeze_panes == "C4"
    assert [c.value for c in sheet[3]][:2] == ["资产编号", "资产名称"] and sheet[3][0].font.b
    data = [row for row in sheet.iter_rows(min_row=4, values_only=True)]
    assert len(data) == n + 1 and seen[-1] == (n, n)
    total = data[-1]
    assert str(total[0]).startswith("合计") and sheet.cell(row=sheet.max_row, column=13).font.b
    assert D(str(total[12])).quantize(D("0.01")) == sum((D(str(r[12])) for r in data[:-1]), D("0")).quantize(D("0.01"))
    assert sheet.cell(row=4, column=13).number_format == '"¥"#,##0.00'
    n = desk.asset_reports.export_xlsx(acc, "schedule", tmp_path / "s.xlsx", year=2026)
    book = load_workbook(tmp_path / "s.xlsx")
    assert book["折旧明细表"].max_row == 3 + n + 1
    assert "不一致" not in [r[3] for r in book["计提核对"].iter_rows(min_row=2, values_only=True)]
    for which in ("changes", "counts"):
        assert desk.asset_reports.export_xlsx(acc, which, tmp_path / f"{which}.xlsx") >= 1
    with pytest.raises(Refused):
        desk.asset_reports.export_xlsx(acc, "everything", tmp_path / "x.xlsx")


def test_printable_sheets_are_landscape_pdfs_carrying_totals(desk, assets, tmp_path):
    acc = desk.act_as("zhenglj")
    for i in range(30):  # enough rows to run over a page
        add_card(desk, "1000.00", 60, date(2025, 1, 1), name=f"RPT批量{i}", category_code="ZZ01")
    path = tmp_path / "ledger.pdf"
    path.write_bytes(desk.asset_reports.sheet_pdf(acc, "ledger", as_of=date(2026, 11, 30)))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    width, height = (float(x) for x in re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert width > height  # A4 landscape
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) >= 2
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert "WenQuanYi" in fonts and " yes " in fonts  # the CJK font embedded
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "过次页" in text and "承前页" in text and "固定资产台账" in text and "RPT批量29" in text
    for which, kw in (("changes", {"first_period": "2026-01", "last_period": "2026-12"}), ("schedule", {"year": 2026}),
                      ("counts", {"by": "department"})):
        assert desk.asset_reports.sheet_pdf(acc, which, **kw).startswith(b"%PDF")


def test_reports_are_refused_to_staff_without_the_ledger(desk):
    """SEC-03: a section clerk does not read the bureau's asset accounts; SEC-13: nor the administrator."""
    with pytest.raises(Refused) as clerk:
        desk.asset_reports.ledger(desk.act_as("huanglei"))
    assert clerk.value.problems[0].rule == "SEC-03"
    with pytest.raises(Refused) as admin:
        desk.asset_reports.counts(desk.act_as("admin"))
    assert admin.value.problems[0].rule == "SEC-13"
    assert desk.asset_reports.ledger(desk.act_as("liuyang")).as_of == date.today()  # the asset manager keeps it
