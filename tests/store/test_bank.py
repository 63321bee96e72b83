"""Bank statements, matching and the 银行存款余额调节表 through the services, on SQLite and PostgreSQL
(RPT-04, RPT-03; VOUCH-12/13: bank settled daily and closed monthly)."""

import hashlib
import json
from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from desktop.domain.finance.vouchers import LineInput
from desktop.persistence.schema import BankReconciliation, BankStatement, BankStatementLine
from desktop.services.base import Refused

HEADER = "date,reference,summary,in,out,balance\n"
# November on 1002: a deposit, two payments of 500 (bank order differs from book order), interest and
# a charge not yet booked; a cheque of 1,500 written on the 28th is not yet presented.
NOVEMBER = [("2026-11-03", "B1103", "收到保证金", "50000.00", "", "50000.00"),
            ("2026-11-13", "{v2}", "转账支付", "", "500.00", "49500.00"),
            ("2026-11-13", "{v1}", "转账支付", "", "500.00", "49000.00"),
            ("2026-11-21", "B1121", "结息", "12.34", "", "49012.34"),
            ("2026-11-30", "B1130", "手续费", "", "8.00", "49004.34")]


def csv_of(rows, **refs):
    return (HEADER + "".join(",".join(c.format(**refs) for c in row) + "\n" for row in rows)).encode("utf-8")


def posted(desk, day, lines, summary):
    """A voucher made by the accountant, reviewed through the voucher chain (P-000) and posted."""
    books, maker = desk.books, desk.act_as("zhenglj")
    vid = books.make_voucher(maker, day, lines, summary=summary, submit=True)
    doc = books.voucher(maker, vid).document_id
    desk.approvals.approve(desk.act_as("wufang"), doc, "复核无误")
    desk.approvals.approve(desk.act_as("wangjianguo"), doc, "同意")
    books.post(maker, [vid])
    return books.voucher(maker, vid).voucher_no


# A bank account of its own below 1002, so the demo's accounts and months do not matter here.
BANK = "100299"


def postable(desk, prefix):
    """The first postable account at or below ``prefix`` (the demo adds sub-accounts)."""
    return next(a.code for a in desk.books.accounts(desk.act_as("zhenglj"))
                if a.code.startswith(prefix) and a.postable and a.active)


def bank_account(desk):
    desk.books.add_sub_account(desk.act_as("zhenglj"), "1002", BANK, "测试银行专户")
    return BANK


def pay(desk, day, amount, text, counter="5001"):
    bank = bank_account(desk) if BANK not in {a.code for a in desk.books.accounts(desk.act_as("zhenglj"))} else BANK
    return posted(desk, day, [LineInput(postable(desk, counter), text, D(amount)),
                              LineInput(bank, text, credit=D(amount))], text)


def receive(desk, day, amount, text, counter="2307"):
    bank = bank_account(desk) if BANK not in {a.code for a in desk.books.accounts(desk.act_as("zhenglj"))} else BANK
    return posted(desk, day, [LineInput(bank, text, D(amount)),
                              LineInput(postable(desk, counter), text, credit=D(amount))], text)


def november_books(desk):
    v0 = receive(desk, date(2026, 11, 3), "50000.00", "收到保证金")
    v1 = pay(desk, date(2026, 11, 10), "500.00", "付印刷费")
    v2 = pay(desk, date(2026, 11, 12), "500.00", "付维修费")
    v3 = pay(desk, date(2026, 11, 28), "1500.00", "办公家具（转账支票）")
    return v0, v1, v2, v3


def counts(desk):
    with desk.sessions() as s:
        return tuple(s.execute(select(func.count()).select_from(t)).scalar()
                     for t in (BankStatement, BankStatementLine, BankReconciliation))


def test_realistic_month_matches_and_reconciles_rpt04(desk):
    """Deposit and two equal payments matched (the references decide which is which); interest and a
    charge not yet booked and a cheque not yet presented are the outstanding items; the adjusted
    balances agree, the statement is kept and the month's close no longer asks for it."""
    v0, v1, v2, v3 = november_books(desk)
    cashier, accountant = desk.act_as("chenjing"), desk.act_as("zhenglj")
    assert any(BANK in p.text for p in desk.books.close_checks(accountant, "2026-11")
               if p.code == "period.bank_unreconciled")
    data = csv_of(NOVEMBER, v1=v1, v2=v2)
    view = desk.bank.import_statement(cashier, BANK, "2026-11", "nov.csv", data)
    assert len(view.lines) == 5 and view.closing_balance == D("49004.34")
    assert view.sha256 == hashlib.sha256(data).hexdigest()

    matching = desk.bank.auto_match(accountant, BANK, "2026-11")
    pairs = {(p.bank.reference, p.book.voucher_no, p.how) for p in matching.pairs}
    assert pairs == {("B1103", v0, "date"), (v1, v1, "reference"), (v2, v2, "reference")}
    rec = matching.reconciliation
    assert [(i.group, i.amount) for i in rec.items] == [
        ("bank_received", D("12.34")), ("bank_paid", D("8.00")), ("book_paid", D("1500.00"))]
    assert rec.items[2].reference == v3
    assert rec.book_balance == D("47500.00") and rec.bank_balance == D("49004.34")

    kept = desk.bank.reconcile(accountant, BANK, "2026-11")
    assert kept.adjusted_book == kept.adjusted_bank == D("47504.34")
    shown = desk.bank.reconciliation(desk.act_as("wufang"), BANK, "2026-11")
    assert shown.saved and shown.made_by == "郑丽娟" and len(shown.reconciliation.items) == 3
    assert not any(BANK in p.text for p in desk.books.close_checks(accountant, "2026-11")
                   if p.code == "period.bank_unreconciled")
    # Running the match again changes nothing (deterministic; earlier matches kept).
    assert desk.bank.auto_match(accountant, BANK, "2026-11").matched_now == 0
    # A voucher posted into November after the statement was made leaves it stale: made again.
    pay(desk, date(2026, 11, 29), "30.00", "补记邮寄费")
    stale = [p for p in desk.books.close_checks(accountant, "2026-11") if p.code == "period.bank_stale"]
    assert len(stale) == 1 and BANK in stale[0].text and "47,500.00" in stale[0].text and stale[0].rule == "RPT-04"
    desk.bank.reconcile(accountant, BANK, "2026-11")
    assert not any(BANK in p.text for p in desk.books.close_checks(accountant, "2026-11")
                   if p.code.startswith("period.bank"))

    # December: the cheque is presented, the interest and the charge are booked — the carried items
    # are matched and nothing is outstanding.
    receive(desk, date(2026, 12, 1), "12.34", "11月利息", "4604")
    pay(desk, date(2026, 12, 1), "8.00", "11月手续费")
    december = [("2026-12-02", "C0001", "支票", "", "1500.00", "47504.34"),
                ("2026-12-02", "C0002", "邮寄费", "", "30.00", "47474.34")]
    desk.bank.import_statement(cashier, BANK, "2026-12", "dec.csv", csv_of(december))
    dec = desk.bank.auto_match(accountant, BANK, "2026-12")
    # The cheque and the charge are matched by date; the interest, booked ten days after the bank's
    # credit, stays on both sides until matched by hand.
    assert dec.matched_now == 3
    interest = {i.group: i.key for i in dec.reconciliation.items}
    assert set(interest) == {"bank_received", "book_received"}
    desk.bank.match(accountant, BANK, "2026-12", interest["bank_received"], interest["book_received"])
    assert desk.bank.matching(accountant, BANK, "2026-12").reconciliation.items == ()
    assert desk.bank.reconcile(accountant, BANK, "2026-12").adjusted_book == D("47474.34")


def test_refused_when_the_adjusted_balances_differ_rpt04(desk):
    """A charge on the statement left out by hand-unmatching a payment: refused with the difference and
    the items, nothing kept."""
    v0, v1, v2, _ = november_books(desk)
    accountant = desk.act_as("zhenglj")
    rows = [*NOVEMBER[:4], ("2026-11-30", "B1130", "手续费", "", "8.00", "49000.00")]  # balance off by 4.34
    with pytest.raises(Refused) as bad:
        desk.bank.import_statement(desk.act_as("chenjing"), BANK, "2026-11", "nov.csv", csv_of(rows, v1=v1, v2=v2))
    assert len(bad.value.problems) == 1 and bad.value.problems[0].text.startswith("第6行 balance")
    # The bank's closing balance given wrong on purpose (no balance column): the statement disagrees.
    no_balance = [r[:5] for r in NOVEMBER]
    text = "date,reference,summary,in,out\n" + "".join(",".join(c.format(v1=v1, v2=v2) for c in r) + "\n"
                                                     for r in no_balance)
    desk.bank.import_statement(desk.act_as("chenjing"), BANK, "2026-11", "nov.csv", text.encode(),
                               closing_balance=D("49000.00"))
    desk.bank.auto_match(accountant, BANK, "2026-11")
    with pytest.raises(Refused) as exc:
        desk.bank.reconcile(accountant, BANK, "2026-11")
    codes = [p.code for p in exc.value.problems]
    assert codes[0] == "reconciliation.difference" and "4.34" in exc.value.problems[0].text
    assert codes[1:] == ["reconciliation.bank_received", "reconciliation.bank_paid", "reconciliation.book_paid"]
    assert not desk.bank.reconciliation(accountant, BANK, "2026-11").saved


def small_month(desk):
    """1,000 received on 2 November and 860 paid on the 20th on the test account: (in, out) voucher numbers."""
    return receive(desk, date(2026, 11, 2), "1000.00", "收到款项"), pay(desk, date(2026, 11, 20), "860.00", "印刷费")


def statement_text(out_ref="", out_day="2026-11-20", header="date,reference,summary,in,out,balance"):
    return f"{header}\n2026-11-02,B1,收到款项,1000.00,,1000.00\n{out_day},{out_ref},印刷费,,860.00,140.00\n"


def test_bad_file_lists_every_problem_and_stores_nothing_rpt04(desk):
    before = counts(desk)
    rows = "date,reference,summary,in,out,balance\n2026-11-31,A,x,1.00,,1.00\n2026-11-02,B,y,abc,,\n" \
           "2026-11-03,C,z,,,\n"
    with pytest.raises(Refused) as exc:
        desk.bank.import_statement(desk.act_as("chenjing"), "1001", "2026-11", "bad.csv", rows.encode())
    texts = [p.text for p in exc.value.problems]
    assert any("1001" in t and "不是银行存款" in t for t in texts)  # cash is not a bank account
    assert any(t.startswith("第2行 date") for t in texts)
    assert any(t.startswith("第3行 in") and "不是金额" in t for t in texts)
    assert any(t.startswith("第4行 in") for t in texts)
    assert counts(desk) == before
    bank_account(desk)
    with pytest.raises(Refused) as enc:
        desk.bank.import_statement(desk.act_as("chenjing"), BANK, "2026-11", "bad.csv", b"\xff\xfe\x81\x00date")
    assert enc.value.problems[0].code in ("statement.encoding", "statement.binary")
    assert counts(desk) == before


def test_gb18030_with_chinese_headers_and_xlsx_are_accepted_rpt04(desk, tmp_path):
    """The bank's own headers in GB18030, the payment matched by its voucher number; the statement
    then agrees. The same month as XLSX replaces it (and the kept statement with it)."""
    from openpyxl import Workbook

    accountant = desk.act_as("zhenglj")
    _, paid = small_month(desk)
    text = statement_text(paid, header="交易日期,凭证号,摘要,收入,支出,余额")
    view = desk.bank.import_statement(desk.act_as("chenjing"), BANK, "2026-11", "对账单.csv", text.encode("gb18030"))
    assert view.lines[1].summary == "印刷费" and not view.replaced
    match = desk.bank.auto_match(accountant, BANK, "2026-11")
    assert [(p.book.voucher_no, p.how) for p in match.pairs][1] == (paid, "reference")
    desk.bank.reconcile(accountant, BANK, "2026-11")
    book = Workbook()
    sheet = book.active
    sheet.append(["交易日期", "流水号", "摘要", "贷方发生额", "借方发生额", "余额"])
    sheet.append([date(2026, 11, 2), "X1", "收到款项", 1000, None, 1000])
    sheet.append([date(2026, 11, 20), "X9", "印刷费", None, 860, 140])
    path = tmp_path / "s.xlsx"
    book.save(path)
    again = desk.bank.import_statement(accountant, BANK, "2026-11", "s.xlsx", path.read_bytes())
    assert again.replaced and again.lines[1].amount_out == D("860.00")
    assert not desk.bank.reconciliation(accountant, BANK, "2026-11").saved
    assert [p.how for p in desk.bank.auto_match(accountant, BANK, "2026-11").pairs] == ["date", "date"]


def test_the_cashier_imports_but_does_not_reconcile_rpt03(desk):
    """RPT-03: the accountant reconciles with the cashier; the cashier alone neither matches nor keeps
    the statement. The finance head may."""
    _, paid = small_month(desk)
    text = statement_text(paid).encode()
    desk.bank.import_statement(desk.act_as("chenjing"), BANK, "2026-11", "s.csv", text)
    for call in (lambda u: desk.bank.auto_match(u, BANK, "2026-11"),
                 lambda u: desk.bank.reconcile(u, BANK, "2026-11")):
        with pytest.raises(Refused) as exc:
            call(desk.act_as("chenjing"))
        assert exc.value.problems[0].code == "sod.cashier_reconcile"
    with pytest.raises(Refused):
        desk.bank.import_statement(desk.act_as("huanglei"), BANK, "2026-11", "s.csv", text)
    desk.bank.auto_match(desk.act_as("wufang"), BANK, "2026-11")
    assert desk.bank.reconcile(desk.act_as("wufang"), BANK, "2026-11").agrees


def test_manual_match_and_unmatch_rpt04(desk):
    accountant = desk.act_as("zhenglj")
    small_month(desk)
    desk.bank.import_statement(accountant, BANK, "2026-11", "s.csv", statement_text(out_day="2026-11-29").encode())
    view = desk.bank.auto_match(accountant, BANK, "2026-11")  # paid 9 days after the voucher, no reference
    assert len(view.pairs) == 1 and [i.group for i in view.reconciliation.items] == ["bank_paid", "book_paid"]
    bank_id, book_id = (i.key for i in view.reconciliation.items)
    with pytest.raises(Refused) as exc:
        desk.bank.match(accountant, BANK, "2026-11", bank_id, 99999999)
    assert exc.value.problems[0].code == "match.book_line"
    desk.bank.match(accountant, BANK, "2026-11", bank_id, book_id)
    assert desk.bank.reconcile(accountant, BANK, "2026-11").items == ()
    desk.bank.unmatch(accountant, BANK, "2026-11", bank_id)
    assert not desk.bank.reconciliation(accountant, BANK, "2026-11").saved  # the kept statement went
    with pytest.raises(Refused) as taken:
        desk.bank.match(accountant, BANK, "2026-11", view.pairs[0].bank.key, book_id)
    assert taken.value.problems[0].code == "match.bank_taken"


def test_cli_import_match_reconcile_with_json_and_xlsx_rpt04(demo_url, tmp_path, capsys, monkeypatch):
    from openpyxl import load_workbook

    from desktop.cli import main
    from desktop.services.desk import Desk

    desk = Desk.open(demo_url)
    _, paid = small_month(desk)
    desk.close()
    monkeypatch.setenv("BUREAU_DESK_PASSWORD", "Demo#2026")
    statement = tmp_path / "nov.csv"
    statement.write_bytes(statement_text(paid, header="交易日期,流水号,摘要,贷方发生额,借方发生额,余额").encode("gb18030"))
    db = ["--db", demo_url]
    assert main(["bank", "reconcile", BANK, "--period", "2026-11", "--user", "zhenglj", *db]) == 2  # no statement
    assert main(["bank", "import", BANK, str(statement), "--period", "2026-11", "--user", "chenjing", *db]) == 0
    assert main(["bank", "match", BANK, "--period", "2026-11", "--user", "zhenglj", *db]) == 0
    assert paid in capsys.readouterr().out
    out = tmp_path / "rec.xlsx"
    assert main(["bank", "reconcile", BANK, "--period", "2026-11", "--user", "zhenglj", "--json", "--xlsx",
                 str(out), *db]) == 0
    printed = capsys.readouterr().out
    data = json.loads(printed[:printed.rindex("}") + 1])
    assert data["agrees"] and data["adjusted_book"] == data["adjusted_bank"] == "140.00" and data["saved"]
    assert all(data[g]["items"] == [] for g in ("bank_received", "bank_paid", "book_received", "book_paid"))
    sheet = load_workbook(out)["余额调节表"]
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "调节后的存款余额" in values and 140 in values
