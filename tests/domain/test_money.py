"""Money: Decimal yuan with two places; amounts in capitals (VOUCH-01, VOUCH-CP1)."""

from decimal import Decimal

import pytest

from desktop.domain.money import MoneyError, format_amount, from_fen, parse_amount, to_chinese_upper, to_fen


@pytest.mark.parametrize(
    "amount, expected",
    [
        ("1234.56", "壹仟贰佰叁拾肆元伍角陆分"),
        ("100", "壹佰元整"),
        ("1005.07", "壹仟零伍元零柒分"),
        ("0.50", "伍角整"),
        ("0.05", "伍分"),
        ("0.01", "壹分"),
        ("10", "壹拾元整"),
        ("20.50", "贰拾元伍角整"),
        ("1010", "壹仟零壹拾元整"),
        ("10005", "壹万零伍元整"),
        ("100500", "壹拾万零伍佰元整"),
        ("110000", "壹拾壹万元整"),
        ("1000000.01", "壹佰万元零壹分"),
        ("100010000", "壹亿零壹万元整"),
        ("120000000", "壹亿贰仟万元整"),
        ("3000", "叁仟元整"),
        ("1234567890.12", "壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分"),
        ("0", "零元整"),
    ],
)
def test_amount_in_capitals_vouch_cp1(amount, expected):
    """VOUCH-CP1 / VOUCH-01: capitals are generated from the figure, never typed."""
    assert to_chinese_upper(Decimal(amount)) == expected


def test_reversal_is_written_negative():
    assert to_chinese_upper(Decimal("-35.00")) == "负叁拾伍元整"


@pytest.mark.parametrize("text, expected", [("1,234.5", "1234.50"), ("¥12", "12.00"), (" 0.07 ", "0.07"),
                                            (Decimal("3000"), "3000.00"), (15, "15.00")])
def test_parse_accepts_written_amounts(text, expected):
    assert parse_amount(text) == Decimal(expected)
    assert str(parse_amount(text)) == expected


@pytest.mark.parametrize("bad", ["12.345", "abc", "1.2.3", "", "1e3", "NaN", 1.5, True, None, "12,34"])
def test_parse_refuses_malformed_amounts(bad):
    with pytest.raises(MoneyError):
        parse_amount(bad)


def test_negative_refused_unless_allowed():
    with pytest.raises(MoneyError, match="不能为负数"):
        parse_amount("-1.00")
    assert parse_amount("-1.00", allow_negative=True) == Decimal("-1.00")


def test_fen_round_trip_is_exact():
    for text in ["0.01", "0.10", "99999999.99", "1234.56"]:
        assert from_fen(to_fen(Decimal(text))) == Decimal(text)
    assert to_fen(Decimal("0.29")) == 29  # float would give 28.999…


def test_format_amount():
    assert format_amount(Decimal("1234567.5")) == "1,234,567.50"
    assert format_amount(Decimal("12"), symbol=True) == "¥12.00"


def test_record_amounts_are_read_exactly_never_rounded():
    """VOUCH-01: a stored amount with three decimals is refused, not rounded; JSON numbers as written."""
    from desktop.domain.money import record_amount

    assert record_amount(None) == Decimal("0.00") and record_amount("") == Decimal("0.00")
    assert record_amount(560.5) == Decimal("560.50") and record_amount("70") == Decimal("70.00")
    for bad in ("12.345", 0.125, "-3"):
        with pytest.raises(MoneyError):
            record_amount(bad)
