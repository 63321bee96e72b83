"""Money (VOUCH-CP1, issue 8's input gate): amounts mutation testing of desktop/domain/money.py
(docs/mutation.md) found unchecked — reversals in fen and in print, the 12-digit limit at its edge,
the messages a user reads, and the printed style of amounts inside texts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.domain.money import (
    MoneyError,
    format_amount,
    from_fen,
    normalise_amounts,
    parse_amount,
    record_amount,
    to_chinese_upper,
    to_fen,
)

D = Decimal


def test_negative_amounts_in_fen_and_in_print_reversals_vouch_cp1():
    """A reversal (红字冲销) is a negative amount: stored exactly in fen and printed with its sign."""
    assert to_fen(D("-1234.56")) == -123456 and from_fen(-123456) == D("-1234.56")
    assert to_fen(D("-0.01")) == -1 and from_fen(-1) == D("-0.01")
    assert from_fen(123456) == D("1234.56") and str(from_fen(5)) == "0.05" and str(from_fen(0)) == "0.00"
    assert format_amount(D("-1234.5")) == "-1,234.50"
    assert format_amount(D("-1234.5"), symbol=True) == "¥-1,234.50"
    assert format_amount(D("0")) == "0.00"
    assert to_chinese_upper(D("-1005.07")) == "负壹仟零伍元零柒分"
    assert to_chinese_upper(D("-100")) == "负壹佰元整"
    assert to_chinese_upper(D("-0.50")) == "负伍角整"


def test_the_twelve_digit_limit_at_its_edge_vouch_cp1():
    """Twelve integer digits (千亿) are the most an amount may have; thirteen are refused."""
    top = "999999999999.99"
    assert parse_amount(top) == D(top)
    assert parse_amount("-" + top, allow_negative=True) == D("-" + top)
    assert to_fen(D(top)) == 99999999999999
    assert parse_amount(999999999999) == D("999999999999.00")
    for bad in ("1000000000000", "1000000000000.00", 1000000000000):
        with pytest.raises(MoneyError, match="12"):
            parse_amount(bad)
    with pytest.raises(MoneyError, match="12"):
        parse_amount("-1000000000000", allow_negative=True)
    assert to_chinese_upper(D("100000000000")) == "壹仟亿元整"


# The messages are the input gate's (issue 12 item 9 words them); these check what a user must read
# in them: the field, the value as typed, and which of the reasons it is.
@pytest.mark.parametrize("value, shown, reason", [
    ("12.345", "12.345", "两位小数"),
    ("abc", "abc", "不是金额"),
    ("-1", "-1", "负数"),
    (None, "None", "不是金额"),
    (D("NaN"), "NaN", "不是金额"),
    (D("Infinity"), "Infinity", "不是金额"),
    ("１２", "１２", "半角"),
    ("1000000000000", "1000000000000", "12位"),
])
def test_refusals_say_what_is_wrong_input_gate(value, shown, reason):
    with pytest.raises(MoneyError) as exc:
        parse_amount(value, field="住宿费")
    text = str(exc.value)
    assert text.startswith("住宿费") and shown in text and reason in text


@pytest.mark.parametrize("value", [1.5, True, False])
def test_floats_and_booleans_are_refused_input_gate(value):
    with pytest.raises(MoneyError, match="^金额"):
        parse_amount(value)


def test_a_long_bad_value_is_cut_to_80_characters_input_gate():
    with pytest.raises(MoneyError) as exc:
        parse_amount("x" * 100)
    assert "x" * 80 + "…" in str(exc.value) and "x" * 81 not in str(exc.value)
    with pytest.raises(MoneyError) as exc:
        parse_amount("x" * 80)
    assert "x" * 80 in str(exc.value) and "…" not in str(exc.value)


def test_the_field_is_named_in_the_refusal_input_gate():
    for call in (lambda: record_amount("-3"), lambda: record_amount("1.234", field="伙食")):
        with pytest.raises(MoneyError):
            call()
    with pytest.raises(MoneyError, match="^伙食"):
        record_amount("1.234", field="伙食")
    with pytest.raises(MoneyError, match="^金额"):
        record_amount("-3")


@pytest.mark.parametrize("text, expected", [
    ("1,234.5", "1234.50"), ("¥12", "12.00"), ("￥12", "12.00"), ("1，234", "1234.00"), (" +7.1 ", "7.10"),
    ("12.", "12.00"), ("0", "0.00"), ("1,234,567", "1234567.00"),
])
def test_written_amounts_are_read_input_gate(text, expected):
    assert str(parse_amount(text)) == expected


def test_record_amounts_empty_is_zero_and_json_numbers_exact_vouch15():
    assert record_amount(None) == D("0.00") and record_amount("") == D("0.00")
    assert record_amount(12.5) == D("12.50") and record_amount(0.1) == D("0.10")
    assert record_amount(7) == D("7.00")


def test_amounts_inside_texts_are_printed_in_one_style_vouch_cp1():
    assert normalise_amounts("合计￥1050元") == "合计¥1,050.00元"
    assert normalise_amounts("合计 ¥ 1050.5，另") == "合计 ¥1,050.50，另"
    assert normalise_amounts("住宿费1050.00元") == "住宿费¥1,050.00"
    assert normalise_amounts("单价23元，标准150元") == "单价23元，标准150元"
    assert normalise_amounts("¥12.345") == "¥12.345"  # three decimals: not an amount, left as written
    assert normalise_amounts("版本1.2.30元") == "版本1.2.30元"
    assert normalise_amounts("¥9999999999999") == "¥9999999999999"  # too large: left as written
    assert normalise_amounts("") == ""


@pytest.mark.parametrize("amount, expected", [
    ("0", "零元整"), ("0.05", "伍分"), ("0.50", "伍角整"), ("0.57", "伍角柒分"), ("10", "壹拾元整"),
    ("10.50", "壹拾元伍角整"), ("100.07", "壹佰元零柒分"), ("101", "壹佰零壹元整"), ("1010", "壹仟零壹拾元整"),
    ("10000", "壹万元整"), ("10001", "壹万零壹元整"), ("10100", "壹万零壹佰元整"), ("11000", "壹万壹仟元整"),
    ("100010", "壹拾万零壹拾元整"), ("1000000.01", "壹佰万元零壹分"), ("100000001", "壹亿零壹元整"),
    ("100010000", "壹亿零壹万元整"), ("1001000000", "壹拾亿零壹佰万元整"), ("123456789012.34",
                                                              "壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分"),
])
def test_capital_numerals_with_zeros_vouch_cp1(amount, expected):
    """VOUCH-CP1 (会计基础工作规范 Art. 52): a run of zeros inside the number is one 零; 整 after 元 or 角."""
    assert to_chinese_upper(D(amount)) == expected


def test_refusal_words_for_each_kind_of_bad_value_input_gate():
    def said(value):  # noqa: ANN001, ANN202
        with pytest.raises(MoneyError) as exc:
            parse_amount(value)
        return str(exc.value)

    assert "小数" in said(1.5) and "真假值" not in said(1.5)
    assert "真假值" in said(True) and "小数" not in said(True)
    assert "420.00" in said("abc") and "半角" not in said("abc")
    assert "[1, 2]" in said([1, 2])
    assert "\\u0001" in said("1\x012") and "\x01" not in said("1\x012")
    assert "…" in said("x" * 81) and "…" not in said("x" * 80)


@pytest.mark.parametrize("amount, expected", [("100001000", "壹亿零壹仟元整"), ("10001000", "壹仟万零壹仟元整")])
def test_a_zero_run_between_groups_is_one_zero_vouch_cp1(amount, expected):
    """VOUCH-CP1: a run of zeros inside the number, also across 万/亿 groups, is written as one 零."""
    assert to_chinese_upper(D(amount)) == expected
