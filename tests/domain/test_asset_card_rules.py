"""Pure rules of fixed-asset cards (issue 13, RULES.md §3): the value threshold and bulk batches
(ASSET-01, AMB-13), prior approval (ASSET-02), luxury woods (ASSET-14), two acceptances (ASSET-11),
what a leaver still holds (ASSET-07), the shipped GB/T 14885-2022 categories and the card's gate."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from desktop.domain.assets.cards import (
    AcceptanceMark,
    acceptance_problems,
    acceptance_state,
    approval_problems,
    categories_from_csv,
    edit_problems,
    held_message,
    luxury_problems,
    opening_problems,
    threshold_problems,
)
from desktop.domain.input_gate.asset_cards import CARD_LABELS, CardInput, read_card

LIMITS = {"asset_threshold_general": Decimal("1000"), "asset_threshold_special": Decimal("1500")}


def codes(problems) -> list[str]:
    return [p.code for p in problems]


def test_below_threshold_refused_unless_bulk_asset_01():
    refused = threshold_problems("general", Decimal("999.99"), 1, False, LIMITS)
    assert codes(refused) == ["asset.below_threshold"] and refused[0].rule == "ASSET-01"
    assert "1,000.00" in refused[0].text and "asset_threshold_general" in refused[0].text  # names where it is set
    assert threshold_problems("general", Decimal("1000.00"), 1, False, LIMITS) == []
    # 20 chairs at 300 yuan: the unit value decides, and a bulk batch of one kind is a card
    assert codes(threshold_problems("furniture", Decimal("6000.00"), 20, False, LIMITS)) == ["asset.below_threshold"]
    assert threshold_problems("furniture", Decimal("6000.00"), 20, True, LIMITS) == []
    assert codes(threshold_problems("furniture", Decimal("300.00"), 1, True, LIMITS)) == ["asset.bulk_single"]


def test_special_equipment_threshold_is_its_own_amb_13():
    assert codes(threshold_problems("special", Decimal("1200.00"), 1, False, LIMITS)) == ["asset.below_threshold"]
    assert threshold_problems("general", Decimal("1200.00"), 1, False, LIMITS) == []
    raised = {**LIMITS, "asset_threshold_general": Decimal("1500")}  # the preset sets it, not the code
    assert codes(threshold_problems("general", Decimal("1200.00"), 1, False, raised)) == ["asset.below_threshold"]
    # buildings, heritage and library items have no value threshold
    assert threshold_problems("library", Decimal("35.00"), 1, False, LIMITS) == []


def test_purchase_needs_prior_approval_asset_02():
    assert codes(approval_problems("purchase", "", None)) == ["asset.no_approval"]
    assert approval_problems("purchase", "示医保〔2026〕12号", None) == []
    assert approval_problems("purchase", "", True) == []
    assert codes(approval_problems("purchase", "", False)) == ["asset.source_document", "asset.no_approval"]
    assert approval_problems("donation", "", None) == []  # a donation is recorded, not bought


def test_luxury_furniture_and_precious_woods_refused_asset_14():
    for name, spec in (("红木办公桌", ""), ("会议桌", "黄花梨 2.4m"), ("书柜", "小叶紫檀")):
        got = luxury_problems("furniture", name, spec)
        assert got and got[0].rule == "ASSET-14", (name, spec)
    assert luxury_problems("furniture", "办公桌", "钢木 1.4m") == []
    assert luxury_problems("general", "红木色台式计算机外壳", "") == []  # only furniture


def test_acceptance_needs_the_user_and_the_manager_two_people_asset_11():
    user = AcceptanceMark("user", 14, "accepted")
    assert acceptance_state([user]) == "pending"
    assert acceptance_state([user, AcceptanceMark("manager", 9, "accepted")]) == "active"
    assert acceptance_state([AcceptanceMark("manager", 9, "rejected")]) == "rejected"
    assert codes(acceptance_problems("manager", 14, [user])) == ["asset.same_person"]
    assert codes(acceptance_problems("user", 14, [user])) == ["asset.accepted_twice"]
    assert acceptance_problems("manager", 9, [user]) == []


def test_value_fields_change_only_before_acceptance_with_reason_asset_01():
    assert codes(edit_problems("active", {"original_value"}, "发票金额更正")) == ["asset.edit_locked"]
    assert edit_problems("pending", {"original_value"}, "发票金额更正") == []
    assert codes(edit_problems("active", {"location"}, " ")) == ["asset.edit_reason"]
    assert edit_problems("active", {"location", "note"}, "搬迁") == []


def test_opening_card_depreciated_before_fits_value_and_life_asset_01():
    assert opening_problems(Decimal("4500"), Decimal("1500"), 24, 72, True) == []
    assert codes(opening_problems(Decimal("4500"), Decimal("5000"), 80, 72, True)) == [
        "asset.opening_value", "asset.opening_months"]
    assert codes(opening_problems(Decimal("300"), Decimal("10"), 0, 0, False)) == ["asset.opening_exempt"]


def test_leaver_told_every_card_still_held_asset_07():
    text = held_message([("ZC2026-00012", "台式计算机"), ("ZC2026-00013", "文件柜")])
    assert text == "尚有 2 件资产未交回：ZC2026-00012 台式计算机、ZC2026-00013 文件柜"


def test_shipped_categories_gb_t_14885_2022_with_government_lives_asset_01():
    from desktop.app.paths import resource_path

    rows = categories_from_csv(resource_path("assets", "categories.csv").read_text(encoding="utf-8"))
    assert 30 <= len(rows) <= 60
    assert all(re.fullmatch(r"A0[1-8][0-9]{6}", r.code) for r in rows)
    assert len({r.code for r in rows}) == len(rows)
    by = {r.code: r for r in rows}
    assert by["A02010105"].name == "台式计算机" and by["A02010105"].useful_life_years == 6
    assert by["A02010108"].name == "便携式计算机"
    assert by["A02030500"].useful_life_years == 8  # 车辆
    assert by["A05010502"].useful_life_years == 15 and by["A05010502"].kind == "furniture"  # 家具
    assert by["A01010100"].useful_life_years == 50
    assert not by["A03000000"].depreciable and not by["A04000000"].depreciable  # 文物和陈列品, 图书和档案
    assert {r.kind for r in rows} >= {"general", "special", "furniture", "building", "heritage", "library"}


def test_card_gate_reports_every_bad_field_in_chinese_asset_01():
    got, problems = read_card({"name": "", "category_code": "A02010105", "original_value": 4500.5,
                               "acquired_on": "2026-13-01", "quantity": "２", "bulk": "yes",
                               "acquisition_way": "gift"}, today=date(2026, 12, 1))
    assert got is None
    assert {p.code for p in problems} >= {"asset.original_value", "asset.acquired_on", "asset.quantity", "asset.bulk",
                                          "asset.acquisition_way"}
    assert all(p.rule == "ASSET-01" and not p.text[:1].isascii() for p in problems)
    assert set(CardInput.model_fields) <= set(CARD_LABELS)


def test_opening_card_may_be_years_old_purchase_may_not_asset_01():
    data = {"name": "办公楼", "category_code": "A01010100", "original_value": "3200000.00",
            "acquired_on": "2008-06-30", "depreciated_before": "1152000.00", "months_before": 216}
    got, problems = read_card(data, opening=True, today=date(2026, 12, 1))
    assert problems == [] and got.months_before == 216 and got.depreciated_before == Decimal("1152000.00")
    got, problems = read_card(data, today=date(2026, 12, 1))
    assert got is None and codes(problems) == ["asset.acquired_on"]
    got, _ = read_card({**data, "acquired_on": "2026-11-02"}, today=date(2026, 12, 1))
    assert got.depreciated_before == 0 and got.months_before == 0  # opening fields ignored on a purchase


def test_card_files_judged_by_content_not_name_asset_13():
    from desktop.domain.assets.files import MAX_FILE_BYTES, content_type, file_problems

    assert content_type(b"\xff\xd8\xff\xe0JFIF") == "image/jpeg"
    assert content_type(b"RIFF\x10\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert content_type(b"MZ\x90\x00") is None
    assert file_problems("photo", "设备铭牌.jpg", b"\xff\xd8\xff\xe0JFIF") == []
    assert codes(file_problems("photo", "设备铭牌.jpg", b"MZ\x90\x00")) == ["asset.file_type"]  # a program named .jpg
    assert codes(file_problems("document", "../发票.pdf", b"%PDF-1.7")) == ["asset.file_name"]
    assert codes(file_problems("document", "发票.pdf", b"%PDF-" + b"0" * MAX_FILE_BYTES)) == ["asset.file_size"]
    assert codes(file_problems("video", "a.pdf", b"")) == ["asset.file_kind", "asset.file_empty"]
