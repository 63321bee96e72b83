"""Bank statement reading, matching and the 余额调节表 arithmetic, without a database (RPT-04)."""

from datetime import date
from decimal import Decimal as D

from desktop.domain.finance.reconciliation import (
    BankLine,
    BookLine,
    csv_rows,
    decode_text,
    match_lines,
    read_statement,
    reconcile,
    reconciliation_problems,
)


def bank(key, day, amount_in="0", amount_out="0", ref=""):
    return BankLine(key, key, date(2026, 11, day), ref, "", D(amount_in), D(amount_out))


def book(key, day, debit="0", credit="0", no="", refs=()):
    return BookLine(key, date(2026, 11, day), no or f"记-2026-11-{key:04d}", "", D(debit), D(credit),
                    frozenset({no or f"记-2026-11-{key:04d}", *refs}))


def test_matching_pairs_in_with_debit_and_out_with_credit_by_exact_amount_rpt04():
    matches = match_lines([bank(1, 5, amount_in="100.00"), bank(2, 6, amount_out="100.00"),
                           bank(3, 7, amount_out="99.99")],
                          [book(10, 6, credit="100.00"), book(11, 5, debit="100.00"), book(12, 7, credit="100.00")])
    assert {(m.bank_key, m.book_key) for m in matches} == {(1, 11), (2, 10)}
    assert all(m.how == "date" for m in matches)


def test_ambiguous_amounts_resolved_by_reference_then_date_rpt04():
    """Two payments of 500 on the books and at the bank: the payment reference decides, not the order;
    without references, the nearest date does (a cheque is presented after it is written)."""
    statement = [bank(1, 13, amount_out="500.00", ref="TR-1002"), bank(2, 13, amount_out="500.00", ref="TR-1001")]
    books = [book(10, 10, credit="500.00", refs={"TR-1001"}), book(11, 12, credit="500.00", refs={"TR-1002"})]
    assert {(m.bank_key, m.book_key, m.how) for m in match_lines(statement, books)} == \
        {(1, 11, "reference"), (2, 10, "reference")}
    # The voucher number is a reference too, and wins over a nearer date.
    assert [(m.bank_key, m.book_key) for m in match_lines([bank(1, 20, amount_in="80.00", ref="记-2026-11-0010")],
                                                          [book(10, 2, debit="80.00"), book(11, 20, debit="80.00")])] \
        == [(1, 10)]
    # No references: nearest date, and a book date on or before the bank's before one after it.
    by_date = match_lines([bank(1, 13, amount_out="500.00"), bank(2, 20, amount_out="500.00")],
                          [book(10, 19, credit="500.00"), book(11, 12, credit="500.00"), book(12, 14, credit="500.00")])
    assert {(m.bank_key, m.book_key) for m in by_date} == {(1, 11), (2, 10)}
    # Outside the window and without a reference: no match.
    assert match_lines([bank(1, 20, amount_out="500.00")], [book(10, 2, credit="500.00")], window_days=5) == []


def test_matching_is_deterministic_whatever_the_input_order_rpt04():
    statement = [bank(i, 10, amount_out="50.00") for i in range(1, 6)]
    books = [book(10 + i, 9 + i % 3, credit="50.00") for i in range(5)]
    first = match_lines(statement, books)
    assert match_lines(list(reversed(statement)), list(reversed(books))) == first
    assert len({m.bank_key for m in first}) == len({m.book_key for m in first}) == 5


def test_realistic_month_agrees_after_the_four_groups_rpt04():
    """A cheque not yet presented, a bank charge and interest not yet booked: the adjusted balances agree."""
    rec = reconcile("1002", "银行存款", "2026-11", D("47500.00"), D("49004.34"),
                    [bank(3, 21, amount_in="12.34"), bank(4, 30, amount_out="8.00")],
                    [book(12, 28, credit="1500.00")])
    assert [i.group for i in rec.items] == ["bank_received", "bank_paid", "book_paid"]
    assert rec.total("book_received") == 0
    assert rec.adjusted_book == rec.adjusted_bank == D("47504.34")
    assert rec.agrees and reconciliation_problems(rec) == []


def test_a_statement_that_does_not_agree_names_the_difference_and_every_item_rpt04():
    rec = reconcile("1002", "银行存款", "2026-11", D("47500.00"), D("49004.34"),
                    [bank(3, 21, amount_in="12.34")], [book(12, 28, credit="1500.00")])
    problems = reconciliation_problems(rec)
    assert rec.difference == D("8.00")
    assert problems[0].code == "reconciliation.difference" and "8.00" in problems[0].text
    assert {p.code for p in problems[1:]} == {"reconciliation.bank_received", "reconciliation.book_paid"}


def test_chinese_headers_and_gb18030_are_read_rpt04():
    text, problem = decode_text("交易日期,流水号,摘要,贷方发生额,借方发生额,余额\n"
                                "2026/11/21,B01,结息,12.34,,12.34\n20261130,B02,手续费,,8.00,4.34\n".encode("gb18030"))
    assert problem is None
    rows, _ = csv_rows(text)
    parsed = read_statement(rows, "2026-11")
    assert parsed.problems == ()
    assert [(l.day, l.reference, l.summary, l.amount_in, l.amount_out) for l in parsed.lines] == [
        (date(2026, 11, 21), "B01", "结息", D("12.34"), D("0.00")), (date(2026, 11, 30), "B02", "手续费", D("0"), D("8.00"))]
    assert parsed.closing_balance == D("4.34")
    assert decode_text(b"\xef\xbb\xbfdate,in")[0] == "date,in"
    assert decode_text(b"\xff\xfe\x00d")[1].code == "statement.encoding"


def test_every_bad_row_is_listed_with_row_column_and_reason_rpt04():
    rows = [["date", "reference", "summary", "in", "out", "balance"],
            ["2026-11-02", "A", "收款", "100.00", "", "100.00"],
            ["2026-12-01", "B", "下月", "1.00", "", "101.00"],
            ["yesterday", "C", "", "", "1.005", ""],
            ["2026-11-05", "D", "", "5", "5", "100.00"],
            ["2026-11-06", "E", "", "", "", "100.00"],
            ["2026-11-07", "F", "", "", "10.00", "80.00"]]
    problems = read_statement(rows, "2026-11").problems
    texts = [p.text for p in problems]
    assert any(t.startswith("第3行 date") and "不在对账期间" in t for t in texts)
    assert any(t.startswith("第4行 date") for t in texts) and any(t.startswith("第4行 out") and "两位小数" in t for t in texts)
    assert any(t.startswith("第5行 out") and "只能有收入或支出" in t for t in texts)
    assert any(t.startswith("第6行 in") for t in texts)
    assert any(t.startswith("第7行 balance") and "不符" in t for t in texts)
    missing = read_statement([["日期", "摘要"], ["2026-11-01", "x"]], "2026-11").problems
    assert missing[0].code == "statement.header" and "in（收入）" in missing[0].text


def test_closing_balance_is_the_last_balance_or_the_one_given_rpt04():
    rows = [["date", "in", "out"], ["2026-11-02", "100", ""]]
    assert read_statement(rows, "2026-11").problems[0].code == "statement.closing"
    assert read_statement(rows, "2026-11", closing=D("350.00")).closing_balance == D("350.00")
    with_balance = [["date", "in", "out", "balance"], ["2026-11-02", "100", "", "350.00"]]
    assert read_statement(with_balance, "2026-11", closing=D("1.00")).problems[0].code == "statement.closing"
