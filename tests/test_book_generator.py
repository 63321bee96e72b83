"""The generated benchmark book (bench/book_generator.py, issue 11 item 10) and its plain-text accounting copies.

VOUCH-06/平行记账: every generated voucher balances on its financial side and on its budget side; the figures the
scale benchmark prints are only worth anything if the book it times is a valid one. The ledger-cli, hledger and
bean-query checks run only where the tool is installed; the balancing tests always run."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _load(name: str, file: str | None = None):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{file or name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


gen = _load("book_generator")
external = _load("books_external")
N = 5_000


@pytest.fixture(scope="module")
def book():
    return list(gen.generate(N, seed=7))


def test_same_seed_same_book_other_seed_other_book(book):
    again = list(gen.generate(N, seed=7))
    assert again == book
    assert list(gen.generate(N, seed=8)) != book


def test_exactly_the_asked_number_of_lines_2_to_12_a_voucher(book):
    assert sum(len(v.lines) for v in book) == N
    assert all(2 <= len(v.lines) <= 12 for v in book)
    assert sum(len(v.lines) for v in gen.generate(13, seed=1)) == 13  # the tail never leaves a 1-line voucher


def test_VOUCH06_each_voucher_balances_on_its_financial_and_its_budget_side(book):
    with_budget = 0
    for v in book:
        sides: Counter[str] = Counter()
        for ln in v.lines:
            assert (ln.debit_fen > 0) != (ln.credit_fen > 0), (v.number, ln)  # one side per line, positive
            sides[gen.side_of(ln.account)] += ln.debit_fen - ln.credit_fen
        assert sides["financial"] == 0 and sides["budget"] == 0, v.number
        assert any(gen.side_of(ln.account) == "financial" for ln in v.lines), v.number
        with_budget += any(gen.side_of(ln.account) == "budget" for ln in v.lines)
    assert 0.3 * len(book) < with_budget < len(book)  # payments carry budget lines, accruals do not


def test_postings_go_to_postable_accounts_only_about_300_of_them(book):
    chart = gen.accounts()
    postable = {a.code for a in chart if a.postable}
    usable = {a.code for a in chart if a.parent} | set(gen.USED_FIRST_LEVEL)
    assert usable <= postable and 280 <= len(usable) <= 320
    assert {ln.account for v in gen.generate(100_000, seed=7) for ln in v.lines} == usable
    assert len({a.code for a in chart}) == len(chart)
    assert {ln.account for v in book for ln in v.lines} <= postable
    assert all(a.parent in {b.code for b in chart} and not next(b for b in chart if b.code == a.parent).postable
               for a in chart if a.parent)


def test_dates_in_2026_in_order_numbers_gapless_per_month(book):
    assert book[0].date.isoformat() >= "2026-01-01" and book[-1].date.isoformat() <= "2026-12-31"
    assert [v.date for v in book] == sorted(v.date for v in book)
    assert {v.date.month for v in book} == set(range(1, 13))
    by_month: dict[int, list[int]] = {}
    for v in book:
        assert v.number.startswith(f"记-2026-{v.date.month:02d}-")
        by_month.setdefault(v.date.month, []).append(int(v.number.rsplit("-", 1)[1]))
    assert all(seqs == list(range(1, len(seqs) + 1)) for seqs in by_month.values())


def test_account_names_are_valid_for_beancount():
    assert external.account_name("100201") == "Assets:A1002:A100201"
    assert external.account_name("1001") == "Assets:A1001"
    assert external.account_name("710101").startswith("Expenses:") and external.account_name("8001").startswith("Equity:")


def test_written_books_carry_every_line_and_the_generators_total(book, tmp_path):
    written = external.write_books(tmp_path, book)
    assert written.lines == N and written.vouchers == len(book)
    assert written.debit_fen == sum(ln.debit_fen for v in book for ln in v.lines)
    assert sum(written.balances.values()) == 0
    postings = [ln for ln in written.ledger.read_text(encoding="utf-8").splitlines() if ln.startswith("    ")]
    assert len(postings) == N


@pytest.mark.parametrize("tool", external.TOOLS)
def test_the_tool_reads_the_same_balances_as_the_book(book, tmp_path, tool):
    if not external.find_tool(tool):
        pytest.skip(f"{tool} not installed")
    written = external.write_books(tmp_path, book)
    run = external.run_tool(tool, written, timeout=120)
    assert run.agrees, run.detail


def test_a_balance_the_tool_prints_differently_is_caught(book, tmp_path):
    """The agreement check would fail on a wrong figure: the parser reads what the tools print."""
    written = external.write_books(tmp_path, book)
    name, fen = next(iter(written.balances.items()))
    report = f"  {external._cny(fen + 1)}  {name}\n"
    assert external.parse_balances(report) == {name: fen + 1}
    assert external.parse_balances(f"{name}   -1,234.50 CNY\n") == {name: -123450}


def test_RPT03_the_bulk_loaded_book_is_what_the_trial_balance_shows_and_its_drafts_post(desk):
    """bench/books.py loads the book around the service; the trial balance must then show exactly the book
    (per account, balanced on each side), and a loaded draft must post through BooksService (numbering,
    period balances and the record states of the trail kept as the service keeps them), on both backends."""
    import itertools

    from sqlalchemy import select

    from desktop.domain.money import to_fen
    from desktop.persistence.schema import AccountingPeriod, Staff, UserAccount

    loader = _load("bench_books", "books")
    user = desk.accounts.authenticate(loader.MAKER, loader.PASSWORD)
    with desk.engine.connect() as conn:
        maker_id = conn.execute(select(UserAccount.staff_id).where(UserAccount.username == loader.MAKER)).scalar_one()
        bureau_id = conn.execute(select(Staff.bureau_id).where(Staff.id == maker_id)).scalar_one()
        closed = set(conn.execute(select(AccountingPeriod.period).where(AccountingPeriod.state == "closed")).scalars())

    def nets(tb) -> dict[str, int]:  # noqa: ANN001
        return {r.account: to_fen(r.closing_debit - r.closing_credit) for r in tb.rows}

    before = nets(desk.books.trial_balance(user, "2026"))
    book = list(gen.generate(2_000, seed=5))
    loaded = loader.load_book(desk.engine, bureau_id, maker_id, book)
    tb = desk.books.trial_balance(user, "2026")
    assert tb.balanced
    want: Counter[str] = Counter()
    for v in book:
        for ln in v.lines:
            want[ln.account] += ln.debit_fen - ln.credit_fen
    after = nets(tb)
    assert {code: after.get(code, 0) - before.get(code, 0) for code in want} == dict(want)
    assert loaded.debit_fen == sum(ln.debit_fen for v in book for ln in v.lines)

    open_months = {m for m in range(1, 13) if f"2026-{m:02d}" not in closed}
    drafts = loader.load_book(desk.engine, bureau_id, maker_id, itertools.islice(
        (v for v in gen.generate(3_000, seed=6) if v.date.month in open_months), 30), posted=False)
    loader.record_loaded(desk, drafts, user.audit_name)
    numbers = desk.books.post(user, drafts.vouchers)
    assert len(set(numbers)) == 30
    grown = desk.books.trial_balance(user, "2026")
    assert grown.balanced
    assert to_fen(grown.totals["all"]["debit"] - tb.totals["all"]["debit"]) == drafts.debit_fen
    # The counters moved on past the loaded numbers: the service's next voucher takes a fresh one.
    from datetime import date
    from decimal import Decimal

    from desktop.domain.finance.vouchers import LineInput

    month = max(open_months)
    made = desk.books.make_voucher(user, date(2026, month, 28), [
        LineInput("1001", "提取备用金", Decimal("1.00")), LineInput("100201", "提取备用金", credit=Decimal("1.00"))])
    number = desk.books.voucher(user, made).voucher_no
    loaded_in_month = [v for v in book if v.date.month == month]
    assert int(number.rsplit("-", 1)[1]) > len(loaded_in_month)
