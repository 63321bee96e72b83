"""Starting on the books from another system (issue 11, 7b), on SQLite and PostgreSQL: opening
balances and vouchers from CSV (UTF-8, UTF-8 with BOM, GB18030) and XLSX. Every row is checked
first and every problem listed with its row and column; nothing is written unless the whole file
is good; imported vouchers await review, made by the importer (VOUCH-14, IC-03)."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text

from desktop.services.base import Refused
from desktop.services.book_imports import BookImports, template_xlsx
from tests.store.books_bureau import make_bureau

D = Decimal
MAKER = "zhenglj"

GOOD_VOUCHERS = """voucher,date,account,summary,debit,credit,department,project,economic_class
101,2026-10-09,5101,购买打印纸,420.00,,办公室,,30201
101,2026-10-09,1011,购买打印纸,,420.00,,,
101,2026-10-09,7101,购买打印纸,420.00,,办公室,,30201
101,2026-10-09,8001,购买打印纸,,420.00,,,
102,2026-10-08,1001,提取备用金,1000,,,,
102,2026-10-08,1011,提取备用金,,1000,,,
"""

BAD_VOUCHERS = """voucher,date,account,summary,debit,credit,department
201,2026-10-09,5101,办公用品,100.00,,办公室
201,2026-10-09,1011,办公用品,,99.00,
201,2026-10-09,7101,办公用品,100.00,,
201,2026-10-09,8001,办公用品,,100.00,
202,2026-13-01,9999,差旅费,12.345,,后勤科
202,2026-10-10,1011,差旅费,,12.34,
203,2025-12-31,5101,上年费用,10.00,,
203,2025-12-31,1011,上年费用,,10.00,
"""


@pytest.fixture
def desk(empty_desk):
    """A bureau of its own, books started 2026-01 (tests/store/books_bureau.py)."""
    make_bureau(empty_desk)
    return empty_desk


@pytest.fixture
def as_user(desk):
    return desk.act_as


def imports(desk) -> BookImports:
    return BookImports(desk.books)


def count(desk, table: str) -> int:
    with desk.engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()


def test_vouch14_bad_rows_write_nothing_and_every_problem_is_listed(desk, as_user):
    before = {t: count(desk, t) for t in ("vouchers", "voucher_lines", "documents")}
    data = BAD_VOUCHERS.encode("utf-8")
    report = imports(desk).check_vouchers(as_user(MAKER), data, "old.csv")
    found = {(p.row, p.column, p.code) for p in report.problems}
    assert {
        (2, "credit", "voucher.unbalanced_financial"),  # 201: 100.00 against 99.00, on its first row
        (6, "date", "import.date"),  # 2026-13-01
        (6, "account", "import.account"),  # 9999
        (6, "debit", "import.amount"),  # three decimals
        (6, "department", "import.department"),  # 后勤科 does not exist
        (8, "date", "import.period.before_start"),  # 2025-12: before the books start (2026-01)
    } <= found, sorted(found)
    assert any("凭证 201" in p.text and "财务会计借贷不平" in p.text for p in report.problems)
    assert any("三" in p.text or "两位小数" in p.text for p in report.problems if p.column == "debit")
    assert not report.ok
    with pytest.raises(Refused) as exc:
        imports(desk).import_vouchers(as_user(MAKER), data, "old.csv")
    assert len(exc.value.problems) == len(report.problems)
    assert "第6行" in str(exc.value)
    assert {t: count(desk, t) for t in before} == before


def test_vouch14_a_budget_side_off_is_named(desk, as_user):
    csv_text = GOOD_VOUCHERS.replace("101,2026-10-09,8001,购买打印纸,,420.00", "101,2026-10-09,8001,购买打印纸,,402.00")
    report = imports(desk).check_vouchers(as_user(MAKER), csv_text.encode(), "x.csv")
    assert [(p.row, p.code) for p in report.problems] == [(2, "voucher.unbalanced_budget")]


def test_good_file_imports_in_date_order_awaiting_review_made_by_the_importer(desk, as_user):
    maker = as_user(MAKER)
    report = imports(desk).import_vouchers(maker, GOOD_VOUCHERS.encode("utf-8"), "old.csv")
    assert report.ok and report.vouchers == 2 and report.lines == 6
    assert report.written == ("记-2026-10-0001", "记-2026-10-0002")  # 102 (10-08) before 101 (10-09)
    views = {v.voucher_no: v for v in desk.books.vouchers(maker, period="2026-10")}
    first, second = views["记-2026-10-0001"], views["记-2026-10-0002"]
    assert first.summary == "提取备用金" and first.voucher_date == date(2026, 10, 8)
    assert (second.origin, second.maker, second.review_state, second.state) == ("import", "郑丽娟", "submitted",
                                                                                "draft")
    lines = desk.books.voucher(maker, second.id).lines
    assert [(l.account, l.debit, l.credit, l.department, l.economic_class) for l in lines][:2] == [
        ("5101", D("420.00"), D("0.00"), "办公室", "30201"), ("1011", D("0.00"), D("420.00"), "", "")]
    assert desk.approvals.approve(as_user("wufang"), second.document_id) == "submitted"  # reviewed as usual
    # IC-03: whoever imports is the maker and cannot review what they imported.
    head = as_user("wufang")
    one = "voucher,date,account,summary,debit,credit\n9,2026-09-03,5101,手续费,5.00,\n9,2026-09-03,1011,手续费,,5.00\n"
    [number] = imports(desk).import_vouchers(head, one.encode(), "head.csv").written
    [mine] = desk.books.vouchers(head, period="2026-09", text=number)
    with pytest.raises(Refused) as exc:
        desk.approvals.approve(head, mine.document_id)
    assert "IC-03" in {p.rule for p in exc.value.problems}
    entries = desk.audit.recent(as_user("admin"), entity="bureau")
    assert any(e.action == "books.import_vouchers" and "old.csv" in e.after_json for e in entries)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_gb18030_and_bom_files_are_read(desk, as_user, encoding):
    """Excel on a Chinese Windows PC saves CSV as GB18030 (or UTF-8 with a BOM)."""
    data = GOOD_VOUCHERS.encode(encoding)
    report = imports(desk).check_vouchers(as_user(MAKER), data, "excel.csv")
    assert report.ok, report.problems
    assert report.encoding == encoding and report.vouchers == 2


def test_an_encoding_that_is_neither_is_refused_naming_both(desk, as_user):
    data = GOOD_VOUCHERS.encode("utf-16")
    report = imports(desk).check_vouchers(as_user(MAKER), data, "unicode.csv")
    assert [(p.row, p.code) for p in report.problems] == [(None, "import.encoding")]
    assert "UTF-8" in report.problems[0].text and "GB18030" in report.problems[0].text


def test_header_problems_are_listed_at_once(desk, as_user):
    data = "voucher,date,acount,summary,debit,credit,colour\n1,2026-10-01,1001,x,1,\n".encode()
    report = imports(desk).check_vouchers(as_user(MAKER), data, "typo.csv")
    assert {(p.row, p.column, p.code) for p in report.problems} == {
        (1, "acount", "import.column"), (1, "colour", "import.column"), (1, "account", "import.column_missing")}


def test_xlsx_template_filled_in_imports(desk, as_user):
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(template_xlsx("vouchers")))
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]][:6] == ["voucher", "date", "account", "summary", "debit", "credit"]
    rows = [("V1", date(2026, 10, 16), "5101", "会议室维修", 0.1 + 0.2, None, "办公室"),  # a formula's float noise
            ("V1", date(2026, 10, 16), "1011", "会议室维修", None, 0.3, None)]
    for r, row in enumerate(rows, 2):
        for c, value in enumerate(row, 1):
            sheet.cell(row=r, column=c, value=value)
    buffer = io.BytesIO()
    book.save(buffer)
    report = imports(desk).import_vouchers(as_user(MAKER), buffer.getvalue(), "模板.xlsx")
    assert report.encoding == "xlsx" and report.written == ("记-2026-10-0001",)
    view = desk.books.voucher(as_user(MAKER), desk.books.vouchers(as_user(MAKER), period="2026-10")[0].id)
    assert view.total == D("0.30")


def test_openings_refused_once_the_books_have_a_posted_voucher(empty_desk):
    make_bureau(empty_desk, first_voucher=True)
    desk, as_user = empty_desk, empty_desk.act_as
    data = b"account,debit,credit\n1011,100.00,\n3001,,100.00\n"
    report = imports(desk).check_openings(as_user(MAKER), data, "openings.csv", "2026")
    assert [p.code for p in report.problems] == ["books.started"]


def test_openings_imported_with_every_problem_first(empty_desk):
    make_bureau(empty_desk, start=False)
    desk = empty_desk
    maker = desk.act_as(MAKER)
    bad = ("account,name,debit,credit\n"
           "1011,零余额账户用款额度,120000.00,\n"
           "5101,单位管理费用,,12.001\n"
           "4444,没有的科目,1.00,\n"
           "1011,重复,1.00,\n"
           "8001,资金结存,120000.00,\n"
           "8101,财政拨款结转,,120000.00\n").encode("gb18030")
    report = imports(desk).check_openings(maker, bad, "期初.csv", "2026")
    found = {(p.row, p.column, p.code) for p in report.problems}
    assert {(3, "credit", "import.amount"), (4, "account", "import.account"), (5, "account", "import.duplicate"),
            (None, "credit", "opening.unbalanced_financial")} <= found, sorted(found)
    with pytest.raises(Refused):
        imports(desk).import_openings(maker, bad, "期初.csv", "2026")
    assert count(desk, "opening_balances") == 0
    good = ("\ufeffaccount,debit,credit\n1011,120000.00,\n3001,,120000.00\n"
            "8001,120000.00,\n8101,,120000.00\n").encode("utf-8")
    report = imports(desk).import_openings(maker, good, "期初.csv", "2026-07")
    assert report.ok and report.start_period == "2026-07" and report.lines == 4
    assert desk.books.settings(maker).start_period == "2026-07"
    tb = desk.books.trial_balance(maker, "2026-07")
    assert tb.balanced and tb.totals["financial"]["opening_debit"] == D("120000.00")
    # Then the old system's vouchers: those before the start are refused, the rest come in.
    report = imports(desk).check_vouchers(maker, GOOD_VOUCHERS.replace("2026-10-08", "2026-06-30").encode(), "v.csv")
    assert [(p.row, p.code) for p in report.problems] == [(6, "import.period.before_start")]
