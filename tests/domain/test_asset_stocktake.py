"""The pure rules of a stocktake (issue 13 item 5): tags, scans, the joint count and the
surplus/shortage report's lines (ASSET-06, ASSET-12)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.domain.assets.stocktake import (DUPLICATE, ELSEWHERE, FOUND, UNKNOWN, CardFacts, Scope, check_differences,
                                             classify, counts_digest, label_content, missing_counters, parse_tag,
                                             proposed_differences)


@pytest.mark.parametrize("typed, number", [
    ("ZC2026-00012 台式计算机", "ZC2026-00012"),      # what the label's QR code holds
    ("  zc2026-00012\n", "ZC2026-00012"),              # typed, any case, trimmed
    ("ＺＣ２０２６－０００１２", "ZC2026-00012"),        # a Chinese input method left on (full width)
    ("zc2026-12", "ZC2026-00012"),                     # leading zeros left out
    ("ZC2026-00012\t台式 计算机", "ZC2026-00012"),
    ("SN-ABC-9", "SN-ABC-9"),                          # not a card number: kept as the unknown tag
    ("   ", ""),
])
def test_asset12_tag_parsing_reads_the_label_and_a_typed_number(typed: str, number: str) -> None:
    """ASSET-12: a scanned label and a typed card number lead to the same card."""
    assert parse_tag(typed) == number


def test_asset12_label_content_round_trips_through_the_parser() -> None:
    content = label_content("ZC2026-00007", "激光打印机  （黑白）")
    assert content == "ZC2026-00007 激光打印机 （黑白）"
    assert parse_tag(content) == "ZC2026-00007"
    long = label_content("ZC2026-00008", "文" * 50)
    assert len(long) == len("ZC2026-00008 ") + 20  # a long name is cut so the code stays legible


ROOM = Scope(location="301室")
CARD = CardFacts("ZC2026-00001", "台式计算机", True, "301室", 2, "在用")


def test_asset06_scan_kinds() -> None:
    """ASSET-06: found; a second scan warns and is not counted; an unknown tag is listed; a card
    registered elsewhere is found in the wrong place; a card off the books is no asset to find."""
    assert classify(CARD, scanned_before=False, scope=ROOM)[0] == FOUND
    kind, message = classify(CARD, scanned_before=True, scope=ROOM)
    assert kind == DUPLICATE and message.startswith("已扫描过：ZC2026-00001")
    assert classify(None, scanned_before=False, scope=ROOM)[0] == UNKNOWN
    moved = CardFacts("ZC2026-00002", "打印机", True, "302室", 2, "在用")
    kind, message = classify(moved, scanned_before=False, scope=ROOM)
    assert kind == ELSEWHERE and "302室" in message
    gone = CardFacts("ZC2026-00003", "旧电脑", False, "301室", 2, "已处置")
    kind, message = classify(gone, scanned_before=False, scope=ROOM)
    assert kind == UNKNOWN and "已处置" in message
    # A department count: the same room but another department's card is elsewhere.
    assert classify(CARD, scanned_before=False, scope=Scope(department_id=3))[0] == ELSEWHERE
    assert classify(CARD, scanned_before=False, scope=Scope("301室", 2))[0] == FOUND


def test_asset06_joint_count_names_each_side_missing() -> None:
    """ASSET-06 「清查由固定资产管理人员、财会人员和使用人员共同参加」."""
    problems = missing_counters(managers=[1], finance=[2, 3], users=[4, 5], counters=[1])
    assert [p.code for p in problems] == ["stocktake.counter_finance", "stocktake.counter_user"]
    assert all(p.rule == "ASSET-06" for p in problems)
    assert missing_counters(managers=[1], finance=[2], users=[4], counters=[1, 2, 4]) == []
    # The manager who also uses an asset does not stand in for the users.
    problems = missing_counters(managers=[1], finance=[2], users=[1], counters=[1, 2])
    assert [p.code for p in problems] == ["stocktake.counter_user"]


NOT_FOUND = {7: "ZC2026-00007 打印机", 9: "ZC2026-00009 办公椅"}


def _short(card_id: int, **kw) -> dict:  # noqa: ANN003
    return {"kind": "shortage", "card_id": card_id, "description": "", "cause": "报废未登记", "handling": "核销",
            **kw}


def test_asset06_every_difference_needs_a_cause_and_a_handling_all_listed_at_once() -> None:
    """ASSET-06 「查明原因，提出处理意见」: each line missing either is named."""
    lines, problems = check_differences([
        _short(7, cause=""),
        _short(9, handling="  "),
        {"kind": "surplus", "description": "文件柜", "value": "800.00", "category_code": "A05010500",
         "cause": "", "handling": ""},
    ], not_found=NOT_FOUND)
    codes = [(p.rule, p.code) for p in problems]
    assert codes == [("ASSET-06", "stocktake.cause"), ("ASSET-06", "stocktake.handling"),
                     ("ASSET-06", "stocktake.cause"), ("ASSET-06", "stocktake.handling")]
    assert "第3项盘盈（文件柜）" in problems[2].text


def test_asset06_each_card_not_found_is_a_shortage_and_only_those() -> None:
    _, problems = check_differences([_short(7), _short(7), _short(12)], not_found=NOT_FOUND)
    codes = [p.code for p in problems]
    assert codes == ["stocktake.shortage_twice", "stocktake.shortage_card", "stocktake.shortage_missing"]
    assert "ZC2026-00009 办公椅" in problems[-1].text


def test_asset06_a_surplus_needs_a_description_a_value_and_a_category() -> None:
    _, problems = check_differences([{"kind": "surplus", "description": "", "value": "-5", "cause": "a",
                                      "handling": "b"}], not_found={})
    assert [p.code for p in problems] == ["stocktake.surplus_description", "stocktake.surplus_value",
                                          "stocktake.surplus_category"]
    lines, problems = check_differences([{"kind": "surplus", "description": "文件柜", "value": "1,200.5",
                                          "category_code": "A05010500", "cause": "赠送未入账",
                                          "handling": "按估价入账"}], not_found={})
    assert problems == [] and lines[0]["value"] == Decimal("1200.50") and lines[0]["card_id"] is None


def test_asset06_proposed_lines_start_the_report() -> None:
    lines = proposed_differences([{"id": 7, "card_no": "ZC2026-00007", "name": "打印机",
                                   "net_value": Decimal("300.00")}], ["SN-1"])
    assert [(x["kind"], x["card_id"], x["value"]) for x in lines] == [("shortage", 7, Decimal("300.00")),
                                                                       ("surplus", None, Decimal("0.00"))]
    # As proposed they cannot be filed: nobody has said why or what to do.
    _, problems = check_differences(lines, not_found={7: "ZC2026-00007 打印机"})
    assert {p.code for p in problems} >= {"stocktake.cause", "stocktake.handling"}


def test_asset06_scans_digest_changes_with_any_scan() -> None:
    rows = [(1, "ZC2026-00001", 5, 3, "2026-12-01 09:00:00"), (2, "SN-1", None, 3, "2026-12-01 09:00:02")]
    assert counts_digest(rows) == counts_digest(list(rows))
    assert counts_digest(rows) != counts_digest(rows[:1])
    assert counts_digest(rows) != counts_digest([rows[0], (2, "SN-2", None, 3, "2026-12-01 09:00:02")])
