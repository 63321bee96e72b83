"""The demo bureau's year of money (desktop/services/demo_finance.py), as a finance user opening the
app would check it: the books balance on both sides, January–October closed with their bank
statements reconciled and every cash and bank day closed, every paid claim booked and posted except
the ones left on purpose, advances settled to the fen (RPT-03, RPT-04, VOUCH-13, VOUCH-14, VOUCH-21)."""

import time
from collections import Counter
from decimal import Decimal as D

import pytest

from desktop.services.demo_finance import CLOSED_MONTHS, LEFT_FOR_USER, OPEN_MONTH, YEAR


def test_demo_trial_balance_balances_on_both_sides_rpt03(desk):
    """The trial balance of 2026 balances on the financial and the budget side, openings included."""
    tb = desk.books.trial_balance(desk.act_as("zhenglj"), str(YEAR))
    assert tb.balanced
    for side in ("financial", "budget"):
        t = tb.totals[side]
        assert t["opening_debit"] == t["opening_credit"] > 0
        assert t["debit"] == t["credit"] > 0
        assert t["closing_debit"] == t["closing_credit"]
    rows = {r.account: r for r in tb.rows}
    # Postings go to the sub-accounts the bureau added before its first voucher.
    assert rows["100201"].closing_debit == rows["1002"].closing_debit > 0
    assert rows["710102"].debit == rows["400102"].credit  # the special fund drawn as its quota came
    assert rows["1011"].closing_debit >= 0 and rows["1001"].closing_debit <= D("5000.00")  # VOUCH-12


def test_every_month_before_november_is_closed_and_november_has_work_left_rpt03(desk):
    books, accountant = desk.books, desk.act_as("zhenglj")
    assert books.closed_periods(accountant) == list(CLOSED_MONTHS)
    codes = Counter(p.code for p in books.close_checks(accountant, OPEN_MONTH))
    assert codes == {"period.unposted": 1, "period.bank_unreconciled": 2}
    in_review = books.vouchers(accountant, period=OPEN_MONTH, state="review")
    assert len(in_review) == 2
    # Each closed month had real work: vouchers of claims, quota and bank, all posted.
    for period in CLOSED_MONTHS:
        vouchers = books.vouchers(accountant, period=period, limit=200)
        assert len(vouchers) >= 4 and all(v.state == "posted" for v in vouchers), period


def test_each_closed_month_bank_statements_reconciled_and_agree_rpt04(desk):
    """Both the basic account (100201) and the zero-balance account (1011): a statement imported and
    a kept 余额调节表 whose adjusted balances agree; September carries the bank's late charge."""
    accountant = desk.act_as("zhenglj")
    for code in ("100201", "1011"):
        for period in CLOSED_MONTHS:
            assert desk.bank.statement(accountant, code, period) is not None, (code, period)
            kept = desk.bank.reconciliation(accountant, code, period)
            rec = kept.reconciliation
            assert kept.saved and rec.agrees and rec.adjusted_book == rec.adjusted_bank, (code, period)
            assert rec.book_balance >= 0, (code, period)  # a zero-balance quota never overdrawn
    september = desk.bank.reconciliation(accountant, "100201", f"{YEAR}-09").reconciliation
    assert [(i.group, i.amount) for i in september.items] == [("bank_paid", D("12.00"))]
    assert desk.bank.reconciliation(accountant, "100201", f"{YEAR}-10").reconciliation.items == ()


def test_every_cash_and_bank_day_of_the_year_is_closed_vouch13(desk):
    accountant = desk.act_as("zhenglj")
    journals = desk.books.journal(accountant, "cash", str(YEAR)) + desk.books.journal(accountant, "bank", str(YEAR))
    assert {j.account for j in journals} == {"1001", "100201", "1011"}
    assert [w.text for j in journals for w in j.warnings] == []


def test_every_paid_claim_has_a_posted_voucher_except_those_left_vouch14(desk):
    """Paid claims of every kind (expense, travel, reception, vehicle, meeting) are booked; only the
    November fuel claim awaits its voucher, and two November vouchers await review."""
    accountant = desk.act_as("zhenglj")
    awaiting = desk.claims.awaiting_voucher(accountant)
    assert [a.title for a in awaiting] == list(LEFT_FOR_USER)
    booked = desk.claims.claims(accountant, states=["booked"], limit=1000)
    assert {c.kind for c in booked} >= {"expense_claim", "travel_claim", "reception_list", "vehicle_request",
                                        "meeting_claim"}
    states = Counter()
    for c in booked:
        view = desk.claims.claim(accountant, c.document_id)
        assert view.voucher_id is not None and view.payments, c.title
        voucher = desk.books.voucher(accountant, view.voucher_id)
        assert voucher.source_document_id == c.document_id
        states[voucher.state] += 1
    assert states["posted"] == len(booked) - 2 and sum(states.values()) == len(booked)
    per_month = Counter(c.serial[2:9] for c in booked if c.kind == "expense_claim" and c.serial)
    assert all(per_month[p] >= 2 for p in CLOSED_MONTHS), per_month


def test_advances_settled_to_the_fen_with_refund_and_top_up_vouch21(desk):
    """One advance settled with 应退 (returned in cash), one with 应补 (paid out with the finance head's
    approved explanation, VOUCH-09); claimed + returned − paid extra = advanced."""
    advances = desk.claims.advances(desk.act_as("zhenglj"))
    assert len(advances) == 2 and all(a.state == "settled" for a in advances)
    facts = sorted((a.amount, a.claimed, a.returned, a.paid_extra) for a in advances)
    assert facts == [(D("2000.00"), D("2380.50"), D("0.00"), D("380.50")),
                     (D("2800.00"), D("2440.00"), D("360.00"), D("0.00"))]


def test_budget_lines_spent_and_the_special_fund_only_for_its_class_vouch21(desk):
    lines = {b.code: b for b in desk.claims.budget_lines(desk.act_as("wufang"), YEAR)}
    assert {b.economic_class for b in lines.values()} >= {"30201", "30202", "30211", "30215", "30216", "30217",
                                                            "30231"}
    special = [b for b in lines.values() if b.special]
    assert [(b.name, b.economic_class, b.spent) for b in special] == [("医保基金监管专项", "30227", D("106500.00"))]
    assert all(b.remaining >= 0 and b.committed == 0 for b in lines.values())
    assert all(lines[f"GY-{c}"].spent > 0 for c in ("30201", "30202", "30216", "30231"))


@pytest.mark.parametrize("backend", ["sqlite"])
def test_demo_load_time_and_the_same_books_every_load(empty_desk, desk, monkeypatch, capsys):
    """Loading the demo again gives the same year (deterministic); the time it takes is printed,
    the finance part separately (no timed assertion: figures only)."""
    import desktop.services.demo_finance as finance
    from desktop.services.demo import load_demo

    spent = {}
    real = finance.load_finance_demo

    def timed(d):  # noqa: ANN001, ANN202
        started = time.process_time()
        try:
            return real(d)
        finally:
            spent["finance"] = time.process_time() - started

    monkeypatch.setattr(finance, "load_finance_demo", timed)
    started, cpu = time.perf_counter(), time.process_time()
    load_demo(empty_desk)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    with capsys.disabled():
        print(f"\ndemo load: {wall:.1f} s wall, {cpu:.1f} s CPU; the year's finance {spent['finance']:.1f} s CPU")
    again = empty_desk.books.trial_balance(empty_desk.act_as("zhenglj"), str(YEAR))
    first = desk.books.trial_balance(desk.act_as("zhenglj"), str(YEAR))
    assert again.to_json() == first.to_json()
