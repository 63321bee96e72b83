"""The pure rules of transfer, repair and disposal (desktop/domain/assets/moves.py) and their input
gate: ASSET-02/03/04/08/09/10, C-12/C-13 — every problem at once, named by rule."""

from __future__ import annotations

from decimal import Decimal

from desktop.domain.assets.moves import (
    CardFacts,
    apply_problems,
    close_problems,
    completion_problems,
    disposal_category,
    disposal_problems,
    disposal_voucher_lines,
    income_destination,
    is_computer,
    release_problems,
    repair_problems,
    transfer_problems,
)
from desktop.domain.input_gate.asset_moves import (
    read_disposal_close,
    read_external_approval,
    read_repair_completion,
    read_transfer_request,
)

PC = CardFacts(1, "ZC2026-00001", "台式计算机", "active", department_id=4, user_id=40, computer=True)
DESK = CardFacts(2, "ZC2026-00002", "办公桌", "idle", department_id=4, user_id=None)


def _codes(problems) -> set[str]:  # noqa: ANN001
    return {p.code for p in problems}


def test_transfer_lists_every_problem_at_once_asset_08():
    other = CardFacts(3, "ZC2026-00003", "打印机", "disposing", department_id=7, busy_with="废-2026-0001",
                      status_label="处置中")
    problems = transfer_problems([PC, other], to_department_id=7, applicant_department_id=4,
                                 to_user_department_id=4, to_user_given=True, missing=[99])
    assert _codes(problems) == {"asset_transfer.missing", "asset_transfer.applicant", "asset_transfer.one_department",
                                "asset_transfer.same_department", "asset_transfer.status", "asset_transfer.busy",
                                "asset_transfer.to_user"}
    assert {p.rule for p in problems} == {"ASSET-08"}
    assert transfer_problems([PC, DESK], to_department_id=7, applicant_department_id=7) == []


def test_release_and_apply_need_both_sections_and_the_office_asset_08():
    assert _codes(release_problems(state="draft", released=True, applied=False, may_sign=False)) == {
        "asset_transfer.release_state", "asset_transfer.released", "asset_transfer.release_person"}
    assert release_problems(state="submitted", released=False, applied=False, may_sign=True) == []
    moved = CardFacts(1, "ZC2026-00001", "台式计算机", "active", department_id=9)
    assert _codes(apply_problems([moved], state="submitted", released=False, applied=False, from_department_id=4)) == {
        "asset_transfer.not_approved", "asset_transfer.not_released", "asset_transfer.changed"}
    assert apply_problems([PC], state="approved", released=True, applied=False, from_department_id=4) == []


def test_repair_is_requested_by_the_user_or_their_section_asset_09():
    assert repair_problems(PC, applicant_id=40, applicant_department_id=1, fault="黑屏") == []
    assert repair_problems(PC, applicant_id=41, applicant_department_id=4, fault="黑屏") == []
    problems = repair_problems(PC, applicant_id=41, applicant_department_id=1, fault=" ", damage_by_known=False)
    assert _codes(problems) == {"asset_repair.applicant", "asset_repair.fault", "asset_repair.damage_by"}


def test_on_site_repair_needs_the_bureaus_supervisor_and_damage_is_compensated_asset_09_asset_10():
    base = dict(state="approved", completed=False, cost=Decimal("100"), repairer="维修中心", compensation=Decimal("0"))
    assert _codes(completion_problems(**base, sent_out=False, supervisor="missing", damage_by=False)) == {
        "asset_repair.supervisor"}
    assert completion_problems(**base, sent_out=True, supervisor="missing", damage_by=False) == []
    assert _codes(completion_problems(**base, sent_out=True, supervisor="outsider", damage_by=True)) == {
        "asset_repair.supervisor_outsider", "asset_repair.compensation"}
    assert _codes(completion_problems(**{**base, "state": "submitted", "repairer": ""}, sent_out=True,
                                      supervisor="ok", damage_by=False)) == {"asset_repair.not_approved",
                                                                             "asset_repair.repairer"}
    assert is_computer("A02010104") and is_computer("X1", "computer") and not is_computer("A060101", "furniture")


def test_disposal_needs_way_appraisal_and_cards_in_use_asset_03():
    repairing = CardFacts(5, "ZC2026-00005", "空调", "repair", department_id=4, status_label="维修中")
    assert _codes(disposal_problems([repairing], way="burn", appraisal="")) == {
        "asset_disposal.way", "asset_disposal.appraisal", "asset_disposal.status"}
    assert disposal_problems([PC, DESK], way="scrap", appraisal="鉴定：无维修价值") == []


def test_bulk_from_the_preset_count_of_items_asset_03_c_12():
    assert disposal_category(9, Decimal("10")) == ""
    assert disposal_category(10, Decimal("10")) == "bulk"
    assert disposal_category(3, 3) == "bulk"


def test_closing_needs_approval_external_reference_and_wiped_media_asset_02_asset_03_asset_04():
    media = CardFacts(6, "ZC2026-00006", "笔记本电脑", "disposing", department_id=4, storage_media=True)
    problems = close_problems(state="submitted", closed=False, external_required=True, external_ref="",
                              unwiped=[media], stray_wiped=[77])
    assert {(p.rule, p.code) for p in problems} == {
        ("ASSET-03", "asset_disposal.not_approved"), ("ASSET-02", "asset_disposal.external_ref"),
        ("ASSET-04", "asset_disposal.unwiped"), ("ASSET-04", "asset_disposal.wiped_stray")}
    assert "ZC2026-00006 笔记本电脑" in next(p.text for p in problems if p.code == "asset_disposal.unwiped")
    # P-001: the external reference is optional.
    assert close_problems(state="approved", closed=False, external_required=False, external_ref="", unwiped=[]) == []


def test_income_destination_and_the_disposal_voucher_balance_asset_04_c_13():
    assert income_destination(Decimal("1")) == "treasury" and income_destination(0) == "finance"
    lines = disposal_voucher_lines("废-2026-0001", original=Decimal("7200.00"), accumulated=Decimal("5200.00"),
                                   residual_income=Decimal("300.00"), income_to="treasury")
    assert [(l.account, l.debit, l.credit) for l in lines] == [
        ("1602", Decimal("5200.00"), 0), ("5301", Decimal("2000.00"), 0), ("1601", 0, Decimal("7200.00")),
        ("1002", Decimal("300.00"), 0), ("2103", 0, Decimal("300.00"))]
    assert sum(l.debit for l in lines) == sum(l.credit for l in lines)
    full = disposal_voucher_lines("x", original=Decimal("100"), accumulated=Decimal("100"),
                                  residual_income=Decimal("5"), income_to="finance")
    assert [l.account for l in full] == ["1602", "1601", "1002", "2307"]


def test_the_input_gate_reads_moves_and_names_each_bad_field_asset_02_asset_08_asset_09():
    got, problems = read_transfer_request({"card_ids": [1, "2"], "to_department_id": 3})
    assert problems == [] and got.card_ids == [1, 2]
    _, problems = read_transfer_request({"card_ids": [], "to_department_id": "x"})
    assert {p.rule for p in problems} == {"ASSET-08"} and len(problems) == 2
    _, problems = read_repair_completion({"cost": 12.5, "repairer": "a\nb"})
    assert {p.code for p in problems} == {"asset_repair.cost", "asset_repair.repairer"}
    _, problems = read_external_approval({"authority": " ", "reference": " ", "on_date": "2026-12-01"})
    assert {p.code for p in problems} == {"asset_disposal.authority", "asset_disposal.reference"}
    got, problems = read_disposal_close({"residual_income": "300.00", "wiped_card_ids": [4]})
    assert problems == [] and got.residual_income == Decimal("300.00")
