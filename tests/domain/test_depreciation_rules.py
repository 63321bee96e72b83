"""Monthly depreciation (issue 13 item 6; 政府会计准则第3号 — straight line, no residual; the ASSET
rules' card figures). Each test names what a user would check on the depreciation schedule."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.assets.depreciation import (
    CardFacts,
    charge,
    expense_account_for,
    full_schedule,
    lines_digest,
    monthly_amount,
    months_between,
)

D = Decimal


def card(value: str = "12000.00", life: int = 60, acquired: date = date(2026, 3, 15), **kw) -> CardFacts:
    return CardFacts(D(value), life, acquired, **kw)


# Amounts ------------------------------------------------------------------------------------------
def test_monthly_amount_rounds_half_up_to_the_fen():
    assert monthly_amount(D("4999.99"), 72) == D("69.44")  # 69.4443…
    assert monthly_amount(D("100.00"), 8) == D("12.50")
    assert monthly_amount(D("0.05"), 2) == D("0.03")  # 0.025 → 0.03 (half up, not banker's)
    assert monthly_amount(D("0.01"), 3) == D("0.00")
    assert monthly_amount(D("1000"), 0) == D("0.00")


def test_asset_depreciation_totals_exactly_the_original_value_to_the_fen():
    """The issue's done criterion: awkward values over their life add up to the original value."""
    for value, life in [("4999.99", 72), ("1000.01", 36), ("3333.33", 97), ("0.05", 2), ("7.00", 3),
                        ("1499.99", 120), ("88888.88", 600)]:
        schedule = full_schedule(card(value, life))
        assert len(schedule) == life, (value, life)
        assert sum(a for _, a in schedule) == D(value), (value, life)
        regular = monthly_amount(D(value), life)
        assert all(a == regular for _, a in schedule[:-1])
        assert schedule[-1][1] == D(value) - regular * (life - 1)


def test_last_month_takes_the_rounding_residue():
    schedule = full_schedule(card("4999.99", 72, date(2026, 1, 31)))
    assert schedule[0] == ("2026-01", D("69.44"))
    assert schedule[-1] == ("2031-12", D("69.75"))  # 4999.99 − 71 × 69.44


def test_a_residue_below_the_regular_amount_also_lands_in_the_last_month():
    schedule = full_schedule(card("100.00", 3))  # 33.33, 33.33, 33.34
    assert [a for _, a in schedule] == [D("33.33"), D("33.33"), D("33.34")]
    schedule = full_schedule(card("200.00", 3))  # 66.67, 66.67, 66.66
    assert [a for _, a in schedule] == [D("66.67"), D("66.67"), D("66.66")]


def test_life_of_one_month_takes_everything_in_the_acquisition_month():
    c = card("999.99", 1, date(2026, 5, 31))
    assert charge(c, "2026-05", accumulated=D("0")) == D("999.99")
    assert charge(c, "2026-06", accumulated=D("999.99")) == D("0")
    assert full_schedule(c) == [("2026-05", D("999.99"))]


# Timing -------------------------------------------------------------------------------------------
def test_added_in_a_month_is_depreciated_from_that_month():
    """「当月增加的固定资产，当月开始计提折旧」: acquired on the last day of March counts in March."""
    c = card("1200.00", 12, date(2026, 3, 31))
    assert charge(c, "2026-02", accumulated=D("0")) == D("0")
    assert charge(c, "2026-03", accumulated=D("0")) == D("100.00")
    c1 = card("1200.00", 12, date(2026, 3, 1))
    assert charge(c1, "2026-03", accumulated=D("0")) == D("100.00")
    assert charge(card("1200.00", 12, date(2026, 1, 1)), "2025-12", accumulated=D("0")) == D("0")


def test_removed_in_a_month_is_not_depreciated_in_it():
    """「当月减少的固定资产，当月不再计提折旧」."""
    c = card("1200.00", 12, date(2026, 1, 10), removed_period="2026-05")
    assert charge(c, "2026-04", accumulated=D("300.00")) == D("100.00")
    assert charge(c, "2026-05", accumulated=D("400.00")) == D("0")
    assert charge(c, "2026-06", accumulated=D("400.00")) == D("0")


def test_month_boundaries_across_the_year_end():
    c = card("2400.00", 24, date(2025, 12, 31))
    schedule = full_schedule(c)
    assert schedule[0][0] == "2025-12" and schedule[1][0] == "2026-01" and schedule[-1][0] == "2027-11"
    assert months_between("2025-12", "2026-01") == 2
    assert months_between("2026-01", "2026-01") == 1
    assert months_between("2026-02", "2026-01") == 0
    assert months_between("2024-11", "2026-02") == 16


def test_a_card_accepted_after_its_month_closed_catches_up_in_the_next_run():
    """A card acquired in October whose October run had already gone takes two months in November."""
    c = card("1200.00", 12, date(2026, 10, 20))
    assert charge(c, "2026-11", accumulated=D("0")) == D("200.00")
    assert charge(c, "2026-12", accumulated=D("200.00")) == D("100.00")


def test_fully_depreciated_takes_nothing_more_and_stays_fully_depreciated():
    c = card("1200.00", 12, date(2020, 1, 1))
    assert charge(c, "2021-01", accumulated=D("1100.00")) == D("100.00")  # past its life: only what is left
    assert charge(c, "2026-01", accumulated=D("1200.00")) == D("0")
    assert charge(c, "2026-01", accumulated=D("1250.00")) == D("0")  # never negative


def test_not_depreciable_land_heritage_library_never():
    c = card("50000.00", 0, date(2026, 1, 1), depreciable=False)
    assert charge(c, "2026-01", accumulated=D("0")) == D("0")
    c = card("50000.00", 120, date(2026, 1, 1), depreciable=False)
    assert charge(c, "2026-06", accumulated=D("0")) == D("0")
    assert full_schedule(c) == []


def test_no_life_or_no_value_means_no_depreciation():
    assert charge(card("1200.00", 0), "2026-05", accumulated=D("0")) == D("0")
    assert charge(card("0.00", 12), "2026-05", accumulated=D("0")) == D("0")


def test_bulk_cards_follow_the_same_rule():
    """A batch of durable low-value items (ASSET-01 bulk) is one card: one amount for the batch."""
    c = card("6000.00", 36, date(2026, 2, 2))
    assert charge(c, "2026-02", accumulated=D("0")) == D("166.67")


# Opening cards ------------------------------------------------------------------------------------
def test_opening_card_continues_one_month_per_run_from_what_was_taken_before():
    c = card("4999.99", 72, date(2020, 1, 5), depreciated_before=D("4166.40"), months_before=60)
    assert charge(c, "2026-01", accumulated=D("4166.40"), lines=0) == D("69.44")
    schedule = full_schedule(c, "2026-01")
    assert len(schedule) == 12
    assert schedule[0] == ("2026-01", D("69.44")) and schedule[-1] == ("2026-12", D("69.75"))
    assert D("4166.40") + sum(a for _, a in schedule) == D("4999.99")


def test_opening_card_whose_old_figures_differ_takes_the_rest_in_its_last_month():
    c = card("1000.00", 10, date(2020, 1, 5), depreciated_before=D("850.00"), months_before=9)
    assert charge(c, "2026-01", accumulated=D("850.00"), lines=0) == D("150.00")
    c = card("1000.00", 10, date(2020, 1, 5), depreciated_before=D("300.00"), months_before=12)
    assert charge(c, "2026-01", accumulated=D("300.00"), lines=0) == D("700.00")  # past its life
    c = card("1000.00", 10, date(2020, 1, 5), depreciated_before=D("950.00"), months_before=5)
    assert charge(c, "2026-01", accumulated=D("950.00"), lines=0) == D("50.00")  # never beyond the value
    assert charge(c, "2026-02", accumulated=D("1000.00"), lines=1) == D("0")


def test_opening_card_fully_depreciated_before_takes_nothing():
    c = card("1000.00", 10, date(2010, 1, 5), depreciated_before=D("1000.00"), months_before=10)
    assert charge(c, "2026-01", accumulated=D("1000.00"), lines=0) == D("0")


def test_opening_card_removed_is_not_charged():
    c = card("1000.00", 10, date(2020, 1, 5), depreciated_before=D("100.00"), months_before=1,
             removed_period="2026-01")
    assert charge(c, "2026-01", accumulated=D("100.00"), lines=0) == D("0")


def test_opening_flag():
    assert card().opening is False
    assert card(months_before=1).opening is True
    assert card(depreciated_before=D("0.01")).opening is True


# Voucher mapping and digest -----------------------------------------------------------------------
def test_expense_account_by_unit():
    """局机关 → 5101 单位管理费用; 医保中心 → 5001 业务活动费用; no department → 5101."""
    assert expense_account_for("bureau") == "5101"
    assert expense_account_for("centre") == "5001"
    assert expense_account_for(None) == "5101"


def test_digest_is_order_free_and_changes_with_any_line():
    lines = [(2, D("10.00"), "5101"), (1, D("20.5"), "5001")]
    base = lines_digest("2026-11", lines)
    assert base == lines_digest("2026-11", list(reversed(lines)))
    assert base != lines_digest("2026-12", lines)
    assert base != lines_digest("2026-11", [(2, D("10.01"), "5101"), (1, D("20.5"), "5001")])
    assert base != lines_digest("2026-11", [(2, D("10.00"), "5001"), (1, D("20.5"), "5001")])
    assert base != lines_digest("2026-11", [(3, D("10.00"), "5101"), (1, D("20.5"), "5001")])
    assert len(base) == 64


@pytest.mark.parametrize("period,expected", [("2026-03", D("200.00")), ("2026-04", D("200.00")),
                                             ("2026-08", D("200.00")), ("2026-09", D("0"))])
def test_schedule_for_a_short_life(period, expected):
    c = card("1200.00", 6, date(2026, 3, 3))
    taken = D("200.00") * max(0, min(6, months_between("2026-03", period) - 1))
    assert charge(c, period, accumulated=taken) == expected


def test_integer_fast_path_rounds_exactly_like_decimal_half_up():
    """The run computes in fen; every value and life gives the Decimal ROUND_HALF_UP amount."""
    from decimal import ROUND_HALF_UP

    from desktop.domain.assets.depreciation import month_index, monthly_fen

    for fen in list(range(0, 400)) + [499_999, 100_001, 333_333, 8_888_888, 99_999_999]:
        for life in (1, 2, 3, 6, 7, 12, 36, 60, 72, 97, 120, 600):
            expected = (D(fen) / 100 / life).quantize(D("0.01"), rounding=ROUND_HALF_UP)
            assert D(monthly_fen(fen, life)).scaleb(-2) == expected, (fen, life)
    assert monthly_fen(1000, 0) == 0
    assert month_index("2026-01") - month_index("2025-12") == 1 and month_index("2026-12") == 2026 * 12 + 11
    assert str(charge(card("1200.00", 12, date(2026, 1, 1)), "2026-01", accumulated=D("0"))) == "100.00"
