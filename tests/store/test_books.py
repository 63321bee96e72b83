"""The books through the services, on SQLite and PostgreSQL (issue 11 items 6 and 7): vouchers made,
reviewed through the voucher chain and posted (VOUCH-14, IC-03, IC-05), gapless numbers (IC-15),
red reversals, month close and reopen (RPT-03/04, VOUCH-13), the trial balance, ledgers and
journals, and ``books check`` against a hand-edited balance table (SEC-01).

Each test has a bureau of its own (tests/store/books_bureau.py: the demo's finance staff, P-000 with
the voucher chain finance head → director, books started 2026-01 with 86 000.00 on 1011/8001), so
the figures asserted are exactly what the test posted.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text

from desktop.domain.finance.vouchers import LineInput
from desktop.services.base import Refused
from tests.store.books_bureau import make_bureau

D = Decimal
MAKER, HEAD, DIRECTOR, CASHIER = "zhenglj", "wufang", "wangjianguo", "chenjing"


@pytest.fixture
def desk(empty_desk):
    make_bureau(empty_desk)
    return empty_desk


@pytest.fixture
def as_user(desk):
    return desk.act_as


def pay(amount: str, *, expense: str = "5101", paid_from: str = "1011", summary: str = "购办公用品",
        budget: bool = True) -> list[LineInput]:
    """A cash-basis payment: 借 费用 贷 资金 (financial) and 借 行政支出 贷 资金结存 (budget)."""
    a = D(amount)
    lines = [LineInput(expense, summary, a, economic_class="30201"), LineInput(paid_from, summary, credit=a)]
    if budget:
        lines += [LineInput("7101", summary, a, economic_class="30201", functional_class="2101501"),
                  LineInput("8001", summary, credit=a)]
    return lines


def rules(exc: pytest.ExceptionInfo) -> set[str]:
    return {p.rule for p in exc.value.problems}


def codes(exc: pytest.ExceptionInfo) -> set[str]:
    return {p.code for p in exc.value.problems}


def review(desk, as_user, voucher_id: int) -> None:
    doc = desk.books.voucher(as_user(MAKER), voucher_id).document_id
    assert desk.approvals.approve(as_user(HEAD), doc, "复核无误") == "submitted"
    assert desk.approvals.approve(as_user(DIRECTOR), doc, "同意") == "approved"


def posted(desk, as_user, day: date, lines: list[LineInput], *, summary: str = "") -> int:
    vid = desk.books.make_voucher(as_user(MAKER), day, lines, summary=summary, submit=True)
    review(desk, as_user, vid)
    desk.books.post(as_user(MAKER), [vid])
    return vid


def voucher_count(desk) -> int:
    with desk.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM vouchers")).scalar()


# Vouchers -----------------------------------------------------------------------------------------
def test_vouch14_unbalanced_voucher_refused_on_each_side(desk, as_user):
    """平行记账: the financial lines and the budget lines each balance; either side off is refused
    and nothing is written."""
    before = voucher_count(desk)
    off_financial = pay("300.00")
    off_financial[1] = LineInput("1011", "购办公用品", credit=D("299.99"))
    with pytest.raises(Refused) as exc:
        desk.books.make_voucher(as_user(MAKER), date(2026, 10, 8), off_financial)
    assert codes(exc) == {"voucher.unbalanced_financial"} and rules(exc) == {"VOUCH-14"}
    off_budget = pay("300.00")
    off_budget[3] = LineInput("8001", "购办公用品", credit=D("30.00"))
    with pytest.raises(Refused) as exc:
        desk.books.make_voucher(as_user(MAKER), date(2026, 10, 8), off_budget)
    assert codes(exc) == {"voucher.unbalanced_budget"}
    assert "预算会计借贷不平" in exc.value.problems[0].text
    assert voucher_count(desk) == before


def test_ic03_maker_cannot_review_own_voucher(desk, as_user):
    """The finance head may make a voucher, but then cannot review it (IC-03)."""
    head = as_user(HEAD)
    vid = desk.books.make_voucher(head, date(2026, 10, 9), pay("120.00"), submit=True)
    doc = desk.books.voucher(head, vid).document_id
    with pytest.raises(Refused) as exc:
        desk.approvals.approve(head, doc, "同意")
    assert "IC-03" in rules(exc)
    assert desk.books.voucher(head, vid).review_state == "submitted"


def test_ic05_cashier_neither_makes_nor_reviews_nor_posts(desk, as_user):
    cashier = as_user(CASHIER)
    with pytest.raises(Refused) as exc:
        desk.books.make_voucher(cashier, date(2026, 10, 9), pay("50.00"))
    assert rules(exc) == {"IC-05"}
    vid = desk.books.make_voucher(as_user(MAKER), date(2026, 10, 9), pay("50.00"), submit=True)
    doc = desk.books.voucher(as_user(MAKER), vid).document_id
    with pytest.raises(Refused) as exc:
        desk.approvals.approve(cashier, doc, "同意")
    assert "IC-05" in rules(exc)
    review(desk, as_user, vid)
    with pytest.raises(Refused) as exc:
        desk.books.post(cashier, [vid])
    assert rules(exc) == {"IC-05"}


def test_vouch14_posted_voucher_is_never_edited(desk, as_user):
    vid = posted(desk, as_user, date(2026, 10, 12), pay("88.00"))
    with pytest.raises(Refused) as exc:
        desk.books.edit_voucher(as_user(MAKER), vid, pay("80.00"))
    assert ("VOUCH-14", "voucher.posted_edit") in {(p.rule, p.code) for p in exc.value.problems}
    with pytest.raises(Refused) as exc:
        desk.books.void_voucher(as_user(MAKER), vid, "录错")
    assert rules(exc) == {"VOUCH-14"}
    view = desk.books.voucher(as_user(MAKER), vid)
    assert view.state == "posted" and view.total == D("88.00")


def test_ic15_numbers_gapless_per_month_across_a_void(desk, as_user):
    maker = as_user(MAKER)
    first = desk.books.make_voucher(maker, date(2026, 10, 2), pay("10.00"))
    second = desk.books.make_voucher(maker, date(2026, 10, 3), pay("20.00"))
    desk.books.void_voucher(maker, second, "重复录入")
    third = desk.books.make_voucher(maker, date(2026, 10, 4), pay("30.00"))
    other_month = desk.books.make_voucher(maker, date(2026, 9, 30), pay("40.00"))
    numbers = [desk.books.voucher(maker, v).voucher_no for v in (first, second, third, other_month)]
    assert numbers == ["记-2026-10-0001", "记-2026-10-0002", "记-2026-10-0003", "记-2026-09-0001"]
    assert desk.books.voucher(maker, second).state == "void"  # it keeps its number: no gap
    assert [v.voucher_no for v in desk.books.vouchers(maker, period="2026-10", state="void")] == ["记-2026-10-0002"]


def test_red_reversal_nets_the_original_to_zero_in_the_trial_balance(desk, as_user):
    maker = as_user(MAKER)
    original = posted(desk, as_user, date(2026, 10, 15), pay("256.40"))
    red = desk.books.reverse(maker, original, date(2026, 10, 28), "科目用错")
    view = desk.books.voucher(maker, red)
    assert view.reverses_id == original and view.origin == "reversal"
    assert [l.debit for l in view.lines if l.debit] == [D("-256.40"), D("-256.40")]
    with pytest.raises(Refused) as exc:
        desk.books.reverse(maker, original, date(2026, 10, 29), "再冲一次")
    assert codes(exc) == {"reversal.exists"}
    desk.approvals.submit(maker, view.document_id)  # reviewed like any voucher
    review(desk, as_user, red)
    desk.books.post(maker, [red])
    tb = desk.books.trial_balance(maker, "2026-10")
    rows = {r.account: r for r in tb.rows}
    assert "5101" not in rows and "7101" not in rows  # no figure left: the red lines net the original out
    assert (rows["1011"].credit, rows["1011"].closing_debit) == (D("0.00"), D("86000.00"))
    with_original_only = desk.books.trial_balance(maker, "2026-10", include_unposted=False)
    assert with_original_only.balanced
    assert tb.balanced
    assert desk.books.voucher(maker, original).reversed_by_id == red


# Periods ---------------------------------------------------------------------------------------------
def test_rpt03_no_voucher_made_or_posted_into_a_closed_month(desk, as_user):
    maker = as_user(MAKER)
    desk.books.close_period(maker, "2026-01")
    with pytest.raises(Refused) as exc:
        desk.books.make_voucher(maker, date(2026, 1, 20), pay("60.00"))
    assert ("RPT-03", "period.closed") in {(p.rule, p.code) for p in exc.value.problems}
    original = posted(desk, as_user, date(2026, 2, 3), pay("60.00"))
    with pytest.raises(Refused) as exc:  # a red reversal dated into the closed month
        desk.books.reverse(maker, original, date(2026, 1, 31), "冲销")
    assert "RPT-03" in rules(exc)
    # A reviewed voucher whose month was closed before it was posted (the close row written by hand,
    # as another PC could have): posting is refused.
    waiting = desk.books.make_voucher(maker, date(2026, 3, 5), pay("70.00"), submit=True)
    review(desk, as_user, waiting)
    with desk.engine.begin() as conn:
        conn.execute(text("INSERT INTO accounting_periods (bureau_id, period, state, reopen_reason) "
                          "SELECT bureau_id, '2026-03', 'closed', '' FROM vouchers WHERE id = :v"), {"v": waiting})
    with pytest.raises(Refused) as exc:
        desk.books.post(maker, [waiting])
    assert ("RPT-03", "period.closed") in {(p.rule, p.code) for p in exc.value.problems}
    assert desk.books.voucher(maker, waiting).state == "draft"


def test_rpt03_reopen_only_by_the_finance_head_with_a_reason_and_audited(desk, as_user):
    maker, head = as_user(MAKER), as_user(HEAD)
    desk.books.close_period(maker, "2026-01")
    with pytest.raises(Refused) as exc:
        desk.books.reopen_period(maker, "2026-01", "补记凭证")
    assert codes(exc) == {"perm.reopen"} and rules(exc) == {"RPT-03"}
    with pytest.raises(Refused) as exc:
        desk.books.reopen_period(head, "2026-01", "  ")
    assert codes(exc) == {"reopen.reason"}
    assert desk.books.period_state(maker, "2026-01") == "closed"
    desk.books.reopen_period(head, "2026-01", "补记漏记的银行手续费")
    assert desk.books.period_state(maker, "2026-01") == "open"
    entries = desk.audit.recent(as_user("admin"), entity="accounting_period")
    reopen = [e for e in entries if e.action == "period.reopen"]
    assert reopen and "补记漏记的银行手续费" in reopen[0].after_json and HEAD in reopen[0].actor


def test_rpt03_close_refused_with_unposted_vouchers_no_reconciliation_and_cash_days_open(desk, as_user):
    """Every reason at once: a voucher not posted, the zero-balance account moved without a bank
    reconciliation (RPT-04), a cash day without 日结 (VOUCH-13)."""
    maker = as_user(MAKER)
    desk.books.close_period(maker, "2026-01")
    posted(desk, as_user, date(2026, 2, 6), [LineInput("1001", "提取备用金", D("500.00")),
                                             LineInput("1011", "提取备用金", credit=D("500.00"))])
    desk.books.make_voucher(maker, date(2026, 2, 9), pay("45.00"))
    with pytest.raises(Refused) as exc:
        desk.books.close_period(maker, "2026-02")
    assert codes(exc) == {"period.unposted", "period.bank_unreconciled", "period.cash_not_closed"}
    assert {"RPT-03", "RPT-04", "VOUCH-13"} == rules(exc)
    assert any("2026-02-06" in p.text for p in exc.value.problems if p.code == "period.cash_not_closed")
    desk.books.close_day(as_user(CASHIER), "1001", date(2026, 2, 6), counted=D("500.00"))
    assert {p.code for p in desk.books.close_checks(maker, "2026-02")} == {"period.unposted",
                                                                          "period.bank_unreconciled"}
    assert desk.books.period_state(maker, "2026-02") == "open"


# What the books show ---------------------------------------------------------------------------------
def test_trial_balance_balances_after_a_random_mix_of_vouchers(desk, as_user):
    """Random balanced vouchers (payments, transfers, cash withdrawals, some with both sides, some
    financial only), posted and unposted: the trial balance balances on each side, with and
    without the unposted ones, and its period columns sum exactly what was posted."""
    rng = random.Random(20261101)
    maker = as_user(MAKER)
    expenses = ["5001", "5101"]
    posted_total = D("0.00")
    unposted_total = D("0.00")
    for n in range(14):
        amount = D(rng.randint(1, 299_999)) / 100
        day = date(2026, rng.randint(2, 10), rng.randint(1, 28))
        kind = rng.choice(["payment", "cash", "payment_cash"])
        if kind == "payment":
            lines = pay(str(amount), expense=rng.choice(expenses))
        elif kind == "cash":
            lines = [LineInput("1001", "提取现金", amount), LineInput("1011", "提取现金", credit=amount)]
        else:
            lines = pay(str(amount), expense=rng.choice(expenses), paid_from="1011", budget=False)
        financial = sum((l.debit for l in lines if l.account < "6"), D("0.00"))
        if n % 4 == 3:
            desk.books.make_voucher(maker, day, lines)
            unposted_total += financial
        else:
            posted(desk, as_user, day, lines)
            posted_total += financial
    tb = desk.books.trial_balance(maker, "2026")
    assert tb.balanced
    fin = tb.totals["financial"]
    assert fin["debit"] == fin["credit"] == posted_total
    assert fin["opening_debit"] == fin["opening_credit"] == D("86000.00")
    with_drafts = desk.books.trial_balance(maker, "2026", include_unposted=True)
    assert with_drafts.balanced
    assert with_drafts.totals["financial"]["debit"] == posted_total + unposted_total
    month = desk.books.trial_balance(maker, "2026-06")
    assert month.balanced
    # Money moved between debit-balance accounts only: June opens with the year's debit balances.
    assert month.totals["financial"]["opening_debit"] == month.totals["financial"]["opening_credit"] == D("86000.00")


def test_ledger_running_balance_and_paging(desk, as_user):
    """明细账 of 1011 a page at a time: the second page continues the running balance."""
    maker = as_user(MAKER)
    amounts = ["100.00", "200.50", "3.25", "40.00", "1000.00"]
    for i, a in enumerate(amounts):
        posted(desk, as_user, date(2026, 10, 10 + i), pay(a))
    whole = desk.books.ledger(maker, "1011", "2026")
    assert whole.opening_side == "借" and whole.opening == D("86000.00")
    assert whole.total_rows == len(amounts)
    running = D("86000.00")
    for row, a in zip(whole.rows, amounts):
        running -= D(a)
        assert (row.balance_side, row.balance, row.credit) == ("借", running, D(a))
    first = desk.books.ledger(maker, "1011", "2026", limit=2)
    second = desk.books.ledger(maker, "1011", "2026", offset=2, limit=2)
    assert [r.voucher_no for r in first.rows + second.rows] == [r.voucher_no for r in whole.rows[:4]]
    assert second.rows[0].balance == first.rows[-1].balance - second.rows[0].credit
    assert second.rows[-1].balance == whole.rows[3].balance
    assert second.total_rows == whole.total_rows


def test_vouch13_journal_daily_totals_and_days_without_day_close(desk, as_user):
    maker, cashier = as_user(MAKER), as_user(CASHIER)
    posted(desk, as_user, date(2026, 10, 12), [LineInput("1001", "提取备用金", D("800.00")),
                                               LineInput("1011", "提取备用金", credit=D("800.00"))])
    posted(desk, as_user, date(2026, 10, 12), pay("35.50", paid_from="1001", summary="购邮票"))
    posted(desk, as_user, date(2026, 10, 14), pay("120.00", paid_from="1001", summary="市内交通费"))
    desk.books.close_day(cashier, "1001", date(2026, 10, 14), counted=D("644.50"))
    [journal] = desk.books.journal(maker, "cash", "2026-10")
    assert journal.account == "1001" and journal.opening == D("0.00") and journal.closing == D("644.50")
    totals = [(r.day, r.debit, r.credit, r.balance) for r in journal.rows if r.is_day_total]
    assert totals == [(date(2026, 10, 12), D("800.00"), D("35.50"), D("764.50")),
                      (date(2026, 10, 14), D("0.00"), D("120.00"), D("644.50"))]
    assert [(w.rule, w.code) for w in journal.warnings] == [("VOUCH-13", "journal.no_day_close")]
    assert "2026-10-12" in journal.warnings[0].text
    with pytest.raises(Refused) as exc:  # a counted amount that disagrees with the books
        desk.books.close_day(cashier, "1001", date(2026, 10, 12), counted=D("764.00"))
    assert codes(exc) == {"day_close.difference"}
    # Cash paid out beyond what is in the drawer leaves a credit balance: the day cannot be closed (VOUCH-12).
    posted(desk, as_user, date(2026, 10, 15), pay("700.00", paid_from="1001", summary="误记现金付款"))
    with pytest.raises(Refused) as exc:
        desk.books.close_day(cashier, "1001", date(2026, 10, 15))
    assert codes(exc) == {"day_close.negative_cash"} and "-55.50" in exc.value.problems[0].text


def test_sec01_books_check_finds_a_hand_edited_balance_row(desk, as_user):
    from desktop.services.book_check import check_books

    maker = as_user(MAKER)
    posted(desk, as_user, date(2026, 10, 20), pay("99.00"))
    assert check_books(desk.books, maker).ok
    with desk.engine.begin() as conn:
        conn.execute(text("UPDATE period_balances SET debit = debit + 10000 WHERE period = '2026-10' AND account_id = "
                          "(SELECT id FROM ledger_accounts WHERE code = '5101' AND bureau_id = period_balances.bureau_id)"))
    result = check_books(desk.books, maker)
    assert not result.ok
    [diff] = result.differences
    assert (diff.account, diff.period, diff.stored_debit, diff.posted_debit) == ("5101", "2026-10", D("199.00"),
                                                                                  D("99.00"))


def test_rpt03_subsidiary_ledger_by_department_and_the_general_ledger(desk, as_user):
    """明细账 with an auxiliary filter shows only that department's lines, opened from its own earlier
    lines; 总账 gives each month's debit, credit and balance, agreeing with the trial balance."""
    maker = as_user(MAKER)
    depts = {d.name: d.id for d in desk.org.departments(maker)}
    first, second = sorted(depts.values())[:2]
    posted(desk, as_user, date(2026, 9, 3), [LineInput("5101", "九月印刷", D("100.00"), department_id=first),
                                              LineInput("1011", "九月印刷", credit=D("100.00"))])
    posted(desk, as_user, date(2026, 10, 8), [LineInput("5101", "十月印刷", D("40.00"), department_id=first),
                                               LineInput("5101", "十月邮寄", D("7.50"), department_id=second),
                                               LineInput("1011", "十月付款", credit=D("47.50"))])
    sub = desk.books.ledger(maker, "5101", "2026-10", department_id=first)
    assert [(r.summary, r.debit) for r in sub.rows] == [("十月印刷", D("40.00"))]
    assert sub.total_rows == 1 and sub.opening == D("100.00") and sub.rows[0].balance == D("140.00")
    whole = desk.books.ledger(maker, "5101", "2026-10")
    assert whole.total_rows == 2 and {r.summary for r in whole.rows} == {"十月印刷", "十月邮寄"}
    general = desk.books.general_ledger(maker, "5101", 2026)
    by_month = {m.period: m for m in general.months}
    assert by_month["2026-09"].debit == D("100.00") and by_month["2026-10"].debit == D("47.50")
    tb = {r.account: r for r in desk.books.trial_balance(maker, "2026").rows}
    assert general.months[-1].balance == tb["5101"].closing_debit and general.months[-1].balance_side == "借"
