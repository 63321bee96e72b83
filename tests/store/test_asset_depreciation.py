"""The monthly depreciation run, its voucher, acquisition vouchers and the cards-against-ledger
reconciliation, on SQLite and PostgreSQL (issue 13 items 6 and 8; ASSET-05, ASSET-06, ASSET-11,
ASSET-13, RPT-03/04)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from desktop.domain.assets.depreciation import months_between
from desktop.domain.finance.periods import next_period, period_dates
from desktop.persistence.schema import AssetCard, AssetDepreciationLine, AssetDepreciationRun, AssetEvent, \
    AccountingPeriod, AuditEntry, FinanceSettings, Voucher
from desktop.services.base import Refused
from tests.store.asset_books import add_card, first_month, month_end, post


def lines_of(desk, card_id):
    with desk.sessions() as s:
        return [(p, a) for p, a in s.execute(select(AssetDepreciationLine.period, AssetDepreciationLine.amount)
                                             .where(AssetDepreciationLine.card_id == card_id)
                                             .order_by(AssetDepreciationLine.period)).all()]


def count(desk, model):
    with desk.sessions() as s:
        return s.execute(select(func.count()).select_from(model)).scalar()


def codes(problems):
    return {(p.rule, p.code) for p in problems}


def test_asset_depreciation_totals_reconcile_with_the_cards_to_the_fen(desk):
    """Issue 13's done criterion: every run's total is the sum of its card lines, its voucher debits
    5101/5001 and credits 1602 exactly that, and once posted the ledger moves with the cards."""
    acc = desk.act_as("zhenglj")
    m1 = first_month(desk)
    m2 = next_period(m1)
    with month_end(m2):
        totals_reconcile(desk, acc, m1, m2)


def totals_reconcile(desk, acc, m1, m2):
    start, _ = period_dates(m1)
    base = desk.depreciation.reconcile(acc, m1)
    pc = add_card(desk, "4999.99", 72, start.replace(day=28), name="台式电脑")  # 69.44 a month
    centre = add_card(desk, "1000.01", 36, start, dept="结算股", name="打印机")  # 27.78
    opening = add_card(desk, "4999.99", 72, date(2020, 1, 5), depreciated_before=D("4860.87"),
                       months_before=70)  # 69.44, then the residue 69.68
    land = add_card(desk, "80000.00", 0, date(2019, 5, 1), depreciable=False, name="土地")
    done = add_card(desk, "1200.00", 12, date(2015, 1, 1), depreciated_before=D("1200.00"), months_before=12)
    gone = add_card(desk, "2400.00", 24, date(2026, 1, 1), status="disposed", removed_period=m2)
    pending = add_card(desk, "3000.00", 36, start, status="pending")

    preview = desk.depreciation.preview(acc, m1)
    mine = {r.card_id: r.amount for r in preview.rows}
    assert mine[pc] == D("69.44") and mine[centre] == D("27.78") and mine[opening] == D("69.44")
    assert land not in mine and done not in mine and pending not in mine
    assert mine[gone] == D("100.00") * months_between("2026-01", m1)  # catches up from January

    r1 = desk.depreciation.run(acc, m1)
    assert not r1.already and r1.total == preview.total and r1.cards == len(preview.rows)
    with desk.sessions() as s:
        run_total = s.execute(select(func.sum(AssetDepreciationLine.amount)).join(AssetDepreciationRun).where(
            AssetDepreciationRun.period == m1)).scalar()
    assert D(run_total).quantize(D("0.01")) == r1.total
    v1 = desk.books.voucher(acc, r1.voucher_id)
    assert v1.origin == "depreciation" and v1.voucher_date == period_dates(m1)[1]
    debits = {l.account[:4]: l.debit for l in v1.lines if l.debit}
    assert debits == {k: v for k, v in preview.by_account.items()}
    assert debits["5001"] >= D("27.78") and debits["5101"] >= D("69.44") + D("69.44")
    assert {l.account_name for l in v1.lines if l.debit} == {"固定资产折旧费用"}  # the demo's 折旧 leaf
    credit = [l for l in v1.lines if l.credit]
    assert len(credit) == 1 and credit[0].account.startswith("1602") and credit[0].credit == r1.total

    post(desk, r1.voucher_id)
    after = desk.depreciation.reconcile(acc, m1)
    # The ledger's 1602 moved by exactly the run: its difference with the cards is what the new cards
    # brought (their depreciation before the app), to the fen.
    brought = D("4860.87") + D("1200.00")
    assert (after.accumulated_cards - after.accumulated_ledger) - (base.accumulated_cards - base.accumulated_ledger) \
        == brought
    assert after.accumulated_cards - base.accumulated_cards == brought + r1.total

    r2 = desk.depreciation.run(acc, m2)
    assert lines_of(desk, pc) == [(m1, D("69.44")), (m2, D("69.44"))]
    assert lines_of(desk, opening) == [(m1, D("69.44")), (m2, D("69.68"))]  # 4860.87+69.44+69.68 = 4999.99
    assert lines_of(desk, gone)[-1][0] == m1  # removed in m2: not depreciated in it
    assert lines_of(desk, land) == [] and lines_of(desk, done) == [] and lines_of(desk, pending) == []
    assert r2.voucher_id and r2.voucher_id != r1.voucher_id
    assert desk.books.voucher(acc, r2.voucher_id).lines[-1].credit == r2.total


def test_asset_depreciation_run_is_idempotent(desk):
    acc = desk.act_as("wufang")  # the finance head may run it too
    month = first_month(desk)
    add_card(desk, "4999.99", 72, period_dates(month)[0])
    with month_end(month):
        first = desk.depreciation.run(acc, month)
        counts = (count(desk, AssetDepreciationLine), count(desk, AuditEntry), count(desk, Voucher))
        again = desk.depreciation.run(desk.act_as("zhenglj"), month)
    assert again.already and "已计提" in again.note
    assert (again.total, again.cards, again.voucher_id, again.digest) == \
        (first.total, first.cards, first.voucher_id, first.digest)
    assert (count(desk, AssetDepreciationLine), count(desk, AuditEntry), count(desk, Voucher)) == counts
    assert desk.depreciation.preview(acc, month).already
    assert desk.depreciation.preview(acc, month).total == first.total


def test_ASSET05_the_asset_manager_cannot_run_depreciation_or_draft_asset_vouchers(desk):
    """Asset accounting and custody are separate (ASSET-05): the asset manager keeps the cards, the
    accountant or finance head keeps their accounts."""
    month = first_month(desk)
    card = add_card(desk, "4999.99", 72, period_dates(month)[0], accepted=True)
    before = count(desk, AssetDepreciationRun)
    with pytest.raises(Refused) as manager, month_end(month):
        desk.depreciation.run(desk.act_as("liuyang"), month)
    assert codes(manager.value.problems) == {("ASSET-05", "asset.custody_accounting")}
    with pytest.raises(Refused) as clerk:
        desk.depreciation.run(desk.act_as("huanglei"), month)
    assert codes(clerk.value.problems) == {("ASSET-05", "asset.not_accountant")}
    with pytest.raises(Refused) as admin:
        desk.depreciation.run(desk.act_as("admin"), month)
    assert codes(admin.value.problems) == {("SEC-13", "sod.admin")}
    with pytest.raises(Refused) as voucher:
        desk.depreciation.draft_acquisition_voucher(desk.act_as("liuyang"), [card])
    assert codes(voucher.value.problems) == {("ASSET-05", "asset.custody_accounting")}
    assert count(desk, AssetDepreciationRun) == before


def test_RPT04_runs_follow_one_another_and_RPT03_a_closed_month_is_not_run(desk):
    acc = desk.act_as("zhenglj")
    month = first_month(desk)
    with desk.sessions.begin() as s:  # the month closed before anyone ran it
        row = s.get(AccountingPeriod, (acc.bureau_id, month))
        if row is None:
            s.add(AccountingPeriod(bureau_id=acc.bureau_id, period=month, state="closed"))
        else:
            row.state = "closed"
    with month_end(month):
        with pytest.raises(Refused) as closed:
            desk.depreciation.run(acc, month)
        assert codes(closed.value.problems) == {("RPT-03", "period.closed")}
        with desk.sessions.begin() as s:
            s.get(AccountingPeriod, (acc.bureau_id, month)).state = "open"
        with pytest.raises(Refused) as future:
            desk.depreciation.run(acc, "2099-01")
        assert ("RPT-04", "depreciation.future") in codes(future.value.problems)
        with pytest.raises(Refused) as bad:
            desk.depreciation.run(acc, "2026")
        assert codes(bad.value.problems) == {("RPT-03", "asset.period")}
        desk.depreciation.run(acc, month)
        with pytest.raises(Refused) as earlier:
            desk.depreciation.run(acc, "2025-09")
        assert ("RPT-04", "depreciation.before_runs") in codes(earlier.value.problems)
    after_next = next_period(next_period(month))
    with month_end(after_next):
        with pytest.raises(Refused) as gap:
            desk.depreciation.run(acc, after_next)
        assert codes(gap.value.problems) == {("RPT-04", "depreciation.gap")}
        assert desk.depreciation.next_period(acc) == next_period(month)


def test_run_without_started_books_depreciates_and_says_no_voucher(desk):
    acc = desk.act_as("zhenglj")
    month = first_month(desk)
    card = add_card(desk, "1200.00", 12, period_dates(month)[0])
    with desk.sessions.begin() as s:
        s.get(FinanceSettings, acc.bureau_id).start_period = None
    with month_end(month):
        run = desk.depreciation.run(acc, month)
    assert run.voucher_id is None and "尚未建账" in run.note
    assert lines_of(desk, card) == [(month, D("100.00"))]
    assert desk.depreciation.runs(acc)[0].period == month


def test_run_audit_entry_carries_total_cards_and_digest(desk):
    acc = desk.act_as("zhenglj")
    month = first_month(desk)
    add_card(desk, "1200.00", 12, period_dates(month)[0])
    with month_end(month):
        run = desk.depreciation.run(acc, month)
    with desk.sessions() as s:
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "asset.depreciate")
                          .order_by(AuditEntry.seq.desc())).scalars().first()
    assert entry.actor.startswith("zhenglj")
    after = json.loads(entry.after_json)
    assert after == {"period": month, "total": str(run.total), "cards": run.cards, "digest": run.digest,
                     "voucher_id": run.voucher_id}


# Acquisition vouchers (ASSET-13) ------------------------------------------------------------------
def test_ASSET13_acquisition_voucher_by_way_and_never_twice(desk):
    acc = desk.act_as("zhenglj")
    bought = add_card(desk, "4999.99", 72, date(2026, 11, 3), accepted=True, supplier="示范县电脑城")
    given = add_card(desk, "1500.00", 60, date(2026, 11, 4), accepted=True, acquisition_way="transfer_in")
    donated = add_card(desk, "2000.00", 60, date(2026, 11, 4), accepted=True, acquisition_way="donation")
    opening = add_card(desk, "9000.00", 60, date(2020, 1, 1), months_before=10, depreciated_before=D("1500"))
    waiting = {c.id for c in desk.depreciation.awaiting_vouchers(acc)}
    assert {bought, given, donated} <= waiting and opening not in waiting

    vid = desk.depreciation.draft_acquisition_voucher(acc, [bought, given, donated], voucher_date=date(2026, 11, 30))
    v = desk.books.voucher(acc, vid)
    assert v.origin == "asset"
    assert sum(l.debit for l in v.lines if l.account.startswith("1601")) == D("8499.99")
    credits = {l.account[:4]: l.credit for l in v.lines if l.credit}
    assert credits == {"2302": D("4999.99"), "3401": D("1500.00"), "4603": D("2000.00")}
    assert [l.payee for l in v.lines if l.account.startswith("2302")] == ["示范县电脑城"]
    assert not {bought, given, donated} & {c.id for c in desk.depreciation.awaiting_vouchers(acc)}
    with desk.sessions() as s:
        assert s.get(AssetCard, bought).voucher_id == vid
        events = s.execute(select(AssetEvent.kind, AssetEvent.summary).where(AssetEvent.card_id == given)).all()
    assert [k for k, _ in events] == ["voucher"] and v.voucher_no in events[0][1]
    with pytest.raises(Refused) as twice:
        desk.depreciation.draft_acquisition_voucher(acc, [bought, opening])
    assert codes(twice.value.problems) == {("ASSET-13", "asset.has_voucher"), ("ASSET-11", "asset.not_accepted")}


def test_ASSET11_a_card_not_yet_accepted_gets_no_acquisition_voucher(desk):
    acc = desk.act_as("zhenglj")
    pending = add_card(desk, "3000.00", 36, date(2026, 11, 2), status="pending")
    surplus = add_card(desk, "3000.00", 36, date(2026, 11, 2), accepted=True, acquisition_way="surplus")
    with pytest.raises(Refused) as refused:
        desk.depreciation.draft_acquisition_voucher(acc, [pending, surplus])
    assert codes(refused.value.problems) == {("ASSET-11", "asset.not_accepted"), ("ASSET-13", "asset.way")}
    with pytest.raises(Refused):
        desk.depreciation.draft_acquisition_voucher(acc, [])


# Reconciliation (ASSET-06) ------------------------------------------------------------------------
def test_ASSET06_reconcile_cards_with_ledger_to_the_fen(desk):
    """账卡一致: cards matching the ledger agree; an acquisition not yet in the books shows its exact
    difference until its voucher is posted."""
    acc = desk.act_as("zhenglj")
    month = "2026-11"
    for v in desk.books.vouchers(acc, period=month):  # the demo's depreciation voucher may await review
        if v.origin == "depreciation" and v.state == "draft":
            post(desk, v.id)
    base = desk.depreciation.reconcile(acc, month)
    gap_original = base.original_ledger - base.original_cards
    gap_accumulated = base.accumulated_ledger - base.accumulated_cards
    if gap_original > 0:  # bring the cards to the opening balances the demo's books hold
        add_card(desk, str(gap_original), 600, date(2016, 1, 1), months_before=120,
                 depreciated_before=gap_accumulated, name="办公楼")
    level = desk.depreciation.reconcile(acc, month)
    assert level.agree and level.differences == ()

    card = add_card(desk, "4999.99", 72, date(2026, 11, 3), accepted=True)
    off = desk.depreciation.reconcile(acc, month)
    assert not off.agree
    assert off.original_cards - off.original_ledger == D("4999.99")
    assert off.accumulated_cards == off.accumulated_ledger
    assert any("1601" in d and "4,999.99" in d for d in off.differences)
    assert any("尚未生成入账凭证" in d for d in off.differences)
    post(desk, desk.depreciation.draft_acquisition_voucher(acc, [card], voucher_date=date(2026, 11, 30)))
    assert desk.depreciation.reconcile(acc, month).agree

    following = first_month(desk)
    with month_end(following):
        run = desk.depreciation.run(acc, following)
        unposted = desk.depreciation.reconcile(acc, following)
        assert unposted.accumulated_cards - unposted.accumulated_ledger == run.total
        assert unposted.original_cards == unposted.original_ledger
        post(desk, run.voucher_id)
        assert desk.depreciation.reconcile(acc, following).agree
