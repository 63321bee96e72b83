"""Transfer, repair and disposal as operations on asset cards (issue 13 items 3 and 7), on SQLite
and PostgreSQL, through ``desk.asset_moves`` and the one approval engine: ASSET-08 (the receiving
section applies, the office approves, both sections sign, the asset manager changes the card),
ASSET-09/10 (repair: the user applies, the office verifies, a supervisor on site, the damage paid),
ASSET-02/03/04 with C-12/C-13 (disposal: appraisal, collective decision for a bulk disposal, the
区国资局 reference and wiped media before the cards close, income owed to the treasury, one voucher).

The cards are written straight into the tables (the card service is another engineer's)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.persistence.schema import (AssetCard, AssetEvent, Department, Document, LedgerAccount, UserAccount, Voucher,
                                        VoucherLine)
from desktop.services.base import Refused

_seq = iter(range(1, 10_000))


def _staff(session, username: str) -> int:  # noqa: ANN001
    return session.execute(select(UserAccount.staff_id).where(UserAccount.username == username)).scalar_one()


def _dept(session, name: str) -> int:  # noqa: ANN001
    return session.execute(select(Department.id).where(Department.name == name)).scalar_one()


def _card(desk, *, dept: str, holder: str | None, name: str = "台式计算机", value: str = "6000.00",  # noqa: ANN001
          quantity: int = 1, code: str = "A02010104", media: bool = False, before: str = "0.00") -> int:
    with desk.sessions.begin() as s:
        bureau = s.execute(select(Department.bureau_id).where(Department.name == dept)).scalar_one()
        card = AssetCard(bureau_id=bureau, card_no=f"TEST-{next(_seq):05d}", name=name, category_code=code,
                         specification="联想启天M437", quantity=quantity, original_value=Decimal(value),
                         acquired_on=date(2020, 3, 1), department_id=_dept(s, dept),
                         user_id=_staff(s, holder) if holder else None, location="301室", status="active",
                         storage_media=media, useful_life_months=72, depreciated_before=Decimal(before),
                         months_before=40)
        s.add(card)
        s.flush()
        return card.id


def _get(desk, card_id: int) -> AssetCard:  # noqa: ANN001
    with desk.sessions() as s:
        return s.get(AssetCard, card_id)


def _events(desk, card_id: int) -> list[tuple[str, int | None]]:  # noqa: ANN001
    with desk.sessions() as s:
        return [(e.kind, e.document_id) for e in s.execute(select(AssetEvent).where(AssetEvent.card_id == card_id)
                                                           .order_by(AssetEvent.id)).scalars()]


def _codes(exc) -> set[str]:  # noqa: ANN001
    return {p.code for p in exc.value.problems}


def _lines(session, voucher_id: int) -> list:  # noqa: ANN001
    return session.execute(select(VoucherLine, LedgerAccount.code).join(LedgerAccount, LedgerAccount.id == VoucherLine.account_id)
                           .where(VoucherLine.voucher_id == voucher_id)).all()


def _ids(desk, *names: str) -> list[int]:  # noqa: ANN001
    with desk.sessions() as s:
        return [_dept(s, n) for n in names]


def test_transfer_applied_by_receiving_section_released_by_giver_changed_by_manager_asset_08(desk, as_user):
    moves = desk.asset_moves
    pc = _card(desk, dept="待遇保障股", holder="huanglei")
    own = _card(desk, dept="结算股", holder="guoting")
    settle, benefits = _ids(desk, "结算股", "待遇保障股")
    gt, hl, liu = as_user("guoting"), as_user("huanglei"), as_user("liuyang")
    with desk.sessions() as s:
        guoting_id = _staff(s, "guoting")
    # Every problem at once: applied by the giving section, a card already in the receiving one, none missing.
    with pytest.raises(Refused) as exc:
        moves.request_transfer(hl, [pc, own, 999_999], settle, to_user_id=guoting_id)
    assert {"asset_transfer.applicant", "asset_transfer.same_department", "asset_transfer.missing",
            "asset_transfer.one_department"} <= _codes(exc)
    assert all(p.rule == "ASSET-08" for p in exc.value.problems)
    doc_id = moves.request_transfer(gt, [pc], settle, to_user_id=guoting_id, to_location="结算大厅", reason="新增异地就医岗位")
    doc = desk.approvals.document(gt, doc_id)
    assert doc.state == "submitted" and doc.payload["assets"][0]["asset_no"] == _get(desk, pc).card_no
    assert doc.payload["from_department"] == "待遇保障股" and doc.payload["to_custodian"] == "郭婷"
    with pytest.raises(Refused) as exc:  # the card is held by an open transfer
        moves.request_transfer(gt, [pc], settle)
    assert _codes(exc) == {"asset_transfer.busy"}
    with pytest.raises(Refused) as exc:  # neither approved by the office nor released by the giving section
        moves.apply_transfer(liu, doc_id)
    assert _codes(exc) == {"asset_transfer.not_approved", "asset_transfer.not_released"}
    with pytest.raises(Refused) as exc:  # the receiving side cannot sign for the giving one
        moves.release(gt, doc_id)
    assert _codes(exc) == {"asset_transfer.release_person"}
    desk.approvals.approve(as_user("zhoumin"), doc_id, "同意调拨")
    assert [o.action for o in moves.open_moves(hl)] == ["release"]
    moves.release(hl, doc_id)
    with pytest.raises(Refused) as exc:
        moves.apply_transfer(hl, doc_id)  # only the asset manager changes cards
    assert [p.rule for p in exc.value.problems] == ["ASSET-05"]
    assert [o.action for o in moves.open_moves(liu) if o.document_id == doc_id] == ["apply"]
    moves.apply_transfer(liu, doc_id)
    card = _get(desk, pc)
    assert (card.department_id, card.user_id, card.location) == (settle, guoting_id, "结算大厅")
    assert ("transfer", doc_id) in _events(desk, pc)
    view = moves.move(liu, doc_id)
    assert view.stage == "done" and view.released_by_name == "黄磊" and view.applied_by_name == "刘洋"
    assert benefits != settle
    with pytest.raises(Refused) as exc:
        moves.apply_transfer(liu, doc_id)
    assert _codes(exc) == {"asset_transfer.applied"}


def test_a_transfer_without_cards_made_before_issue_13_still_goes_through_asset_08(desk, as_user):
    gt = as_user("guoting")
    payload = {"assets": [{"asset_no": "ZC-2023-0112", "name": "台式计算机", "model": "联想启天M437", "quantity": 1,
                           "original_value": "5200.00"}], "to_department": "结算股", "from_department": "办公室"}
    doc = desk.approvals.create_draft(gt, "asset_transfer", "电脑调拨", purpose="新增岗位", payload=payload, submit=True)
    assert desk.approvals.approve(as_user("zhoumin"), doc, "同意") == "approved"


def test_repair_on_site_needs_a_supervisor_and_damage_is_paid_for_asset_09_asset_10(desk, as_user):
    moves = desk.asset_moves
    pc = _card(desk, dept="待遇保障股", holder="huanglei")
    hl, liu, gt = as_user("huanglei"), as_user("liuyang"), as_user("guoting")
    with desk.sessions() as s:
        huanglei_id, zhoumin_id = _staff(s, "huanglei"), _staff(s, "zhoumin")
    with pytest.raises(Refused) as exc:  # not the user nor their section; no fault described
        moves.request_repair(gt, pc, "  ")
    assert _codes(exc) == {"asset_repair.applicant", "asset_repair.fault"}
    doc_id = moves.request_repair(hl, pc, "不慎跌落，显示器无法点亮", damage_by_id=huanglei_id)
    assert _get(desk, pc).status == "repair"
    with pytest.raises(Refused) as exc:  # the office has not verified it yet
        moves.complete_repair(liu, doc_id, cost=Decimal("380.00"), repairer="县电脑维修中心",
                              supervisor_id=zhoumin_id, compensation=Decimal("380.00"))
    assert _codes(exc) == {"asset_repair.not_approved"}
    desk.approvals.approve(as_user("zhoumin"), doc_id, "情况属实，安排维修")
    with pytest.raises(Refused) as exc:  # on site without the bureau's supervisor; damage with no compensation
        moves.complete_repair(liu, doc_id, cost=Decimal("380.00"), repairer="县电脑维修中心")
    assert {(p.rule, p.code) for p in exc.value.problems} == {("ASSET-10", "asset_repair.supervisor"),
                                                             ("ASSET-09", "asset_repair.compensation")}
    moves.complete_repair(liu, doc_id, cost=Decimal("380.00"), repairer="县电脑维修中心", supervisor_id=zhoumin_id,
                          compensation=Decimal("380.00"))
    assert _get(desk, pc).status == "active"
    assert [k for k, d in _events(desk, pc) if d == doc_id] == ["repair", "repair_done"]
    view = moves.move(liu, doc_id)
    assert (view.supervisor_name, view.damage_by_name, view.cost, view.compensation) == (
        "周敏", "黄磊", Decimal("380.00"), Decimal("380.00"))


def test_a_computer_sent_out_needs_no_supervisor_and_a_rejected_repair_gives_the_card_back_asset_10(desk, as_user):
    moves = desk.asset_moves
    pc = _card(desk, dept="待遇保障股", holder="huanglei")
    hl, liu = as_user("huanglei"), as_user("liuyang")
    doc_id = moves.request_repair(hl, pc, "主板故障", sent_out=True)
    desk.approvals.reject(as_user("zhoumin"), doc_id, "可现场维修，请重新申请")
    assert _get(desk, pc).status == "active"
    doc_id = moves.request_repair(as_user("yangfan"), pc, "主板故障，须送厂家检测", sent_out=True)  # the section applies
    desk.approvals.approve(as_user("zhoumin"), doc_id, "同意送外维修")  # ASSET-10: the office head approves
    moves.complete_repair(liu, doc_id, cost=Decimal("650.00"), repairer="联想授权服务站")
    assert _get(desk, pc).status == "active" and moves.move(liu, doc_id).computer
    # A bureau whose repair chain lost the office head: a computer cannot be sent out, and nothing changes.
    desk.presets.set_chain(desk.act_as("admin"), "asset_repair", {
        "title": "固定资产维修申请", "serial_prefix": "修", "period": "year", "rules": ["ASSET-09"],
        "steps": [{"key": "director", "position": "director", "label": "局长审批", "level": "signoff", "scope": "bureau"}]})
    with pytest.raises(Refused) as exc:
        moves.request_repair(hl, pc, "硬盘故障", sent_out=True)
    assert [(p.rule, p.code) for p in exc.value.problems] == [("ASSET-10", "asset_repair.sent_out")]
    assert _get(desk, pc).status == "active"


def test_disposal_closes_only_after_approval_external_reference_and_wiping_asset_02_03_04(desk, as_user):
    moves = desk.asset_moves
    pc = _card(desk, dept="待遇保障股", holder="huanglei", value="6000.00", before="4000.00", media=True)
    desk_ = _card(desk, dept="待遇保障股", holder="huanglei", name="办公桌", code="A060101", value="1200.00",
                  before="1200.00")
    liu, zm, director, acc = as_user("liuyang"), as_user("zhoumin"), as_user("wangjianguo"), as_user("zhenglj")
    with pytest.raises(Refused) as exc:  # ASSET-05: the asset manager applies
        moves.request_disposal(as_user("huanglei"), [pc], appraisal="主板损坏")
    assert [p.rule for p in exc.value.problems] == ["ASSET-05"]
    with pytest.raises(Refused) as exc:
        moves.request_disposal(liu, [pc], way="burn", appraisal=" ")
    assert _codes(exc) == {"asset_disposal.way", "asset_disposal.appraisal"}
    doc_id = moves.request_disposal(liu, [pc, desk_], appraisal="县信息中心鉴定：主板损坏无维修价值；桌面开裂")
    assert {_get(desk, pc).status, _get(desk, desk_).status} == {"disposing"}
    doc = desk.approvals.document(liu, doc_id)
    assert doc.category == "" and doc.payload["income_to"] == "treasury" and "须先做数据安全清除" in doc.payload["media_text"]
    # Before approval: every reason at once — not approved, no 区国资局 reference (P-000), media not wiped.
    with pytest.raises(Refused) as exc:
        moves.close_disposal(liu, doc_id)
    assert {(p.rule, p.code) for p in exc.value.problems} == {
        ("ASSET-03", "asset_disposal.not_approved"), ("ASSET-02", "asset_disposal.external_ref"),
        ("ASSET-04", "asset_disposal.unwiped")}
    desk.approvals.approve(zm, doc_id, "同意")
    desk.approvals.approve(director, doc_id, "同意报废")
    with pytest.raises(Refused) as exc:  # approved, but P-000 needs the 区国资局 reference first
        moves.close_disposal(liu, doc_id, wiped_card_ids=[pc])
    assert _codes(exc) == {"asset_disposal.external_ref"}
    moves.record_external_approval(liu, doc_id, "区国资局", "区国资批〔2026〕18号", date.today())
    with pytest.raises(Refused) as exc:  # the storage medium is named
        moves.close_disposal(liu, doc_id)
    assert _codes(exc) == {"asset_disposal.unwiped"} and _get(desk, pc).card_no in exc.value.problems[0].text
    moves.close_disposal(liu, doc_id, residual_income=Decimal("300.00"), wiped_card_ids=[pc])
    card = _get(desk, pc)
    assert card.status == "disposed" and card.removed_period == date.today().strftime("%Y-%m")
    view = moves.disposal(liu, doc_id)
    assert (view.external_ref, view.residual_income, view.income_to_label) == (
        "区国资批〔2026〕18号", Decimal("300.00"), "全额上缴财政")
    assert [c.wiped for c in view.cards] == [True, False] and view.accumulated == Decimal("5200.00")
    assert ("disposed", doc_id) in _events(desk, pc)
    # The accountant's voucher, once: Dr 1602 5,200 + Dr 5301 2,000 / Cr 1601 7,200; Dr 1002 / Cr 2103 300.
    with pytest.raises(Refused):
        moves.draft_disposal_voucher(liu, doc_id)
    voucher_id = moves.draft_disposal_voucher(acc, doc_id)
    with desk.sessions() as s:
        got = {(code[:4], l.debit, l.credit) for l, code in _lines(s, voucher_id)}
        assert s.get(Voucher, voucher_id).source_document_id == doc_id
    assert got == {("1602", Decimal("5200.00"), Decimal("0")), ("5301", Decimal("2000.00"), Decimal("0")),
                   ("1601", Decimal("0"), Decimal("7200.00")), ("1002", Decimal("300.00"), Decimal("0")),
                   ("2103", Decimal("0"), Decimal("300.00"))}
    with pytest.raises(Refused) as exc:
        moves.draft_disposal_voucher(acc, doc_id)
    assert _codes(exc) == {"asset_disposal.voucher_made"}


def test_a_bulk_disposal_needs_the_collective_decision_at_the_director_step_asset_03_c_12(desk, as_user):
    moves = desk.asset_moves
    chairs = _card(desk, dept="办公室", holder=None, name="办公椅（批量）", code="A060201", value="3600.00", quantity=12)
    liu, zm, director = as_user("liuyang"), as_user("zhoumin"), as_user("wangjianguo")
    doc_id = moves.request_disposal(liu, [chairs], appraisal="使用超过十年，破损严重")
    assert desk.approvals.document(liu, doc_id).category == "bulk"  # 12 items ≥ bulk_disposal_count 10
    desk.approvals.approve(zm, doc_id, "同意，提交局务会议")
    with pytest.raises(Refused) as exc:
        desk.approvals.approve(director, doc_id, "同意")
    assert "decision.missing" in _codes(exc)
    decision = desk.approvals.record_decision(zm, "局务会议", "局务〔2026〕9号", date.today(), "报废办公椅12把",
                                              matters=[{"subject": "报废办公椅12把", "document_id": doc_id}])
    assert desk.approvals.approve(director, doc_id, "按局务会议决定报废", decision_id=decision) == "approved"
    assert moves.disposal(liu, doc_id).bulk


def test_p001_income_goes_to_the_finance_section_and_no_external_reference_is_needed_asset_04_c_13(desk, as_user):
    admin = desk.act_as("admin")
    desk.presets.set_parameter(admin, "asset_income_to_treasury", "0")
    desk.presets.set_parameter(admin, "asset_disposal_external_ref", "0")
    moves = desk.asset_moves
    pc = _card(desk, dept="办公室", holder="liuyang", value="5000.00", before="5000.00")
    liu = as_user("liuyang")
    doc_id = moves.request_disposal(liu, [pc], way="sale", appraisal="性能落后，作价出售")
    desk.approvals.approve(as_user("zhoumin"), doc_id, "同意")
    desk.approvals.approve(as_user("wangjianguo"), doc_id, "同意")
    moves.close_disposal(liu, doc_id, residual_income=Decimal("150.00"))  # no 区国资局 reference needed
    assert moves.disposal(liu, doc_id).income_to_label == "全额上缴财务科"
    voucher_id = moves.draft_disposal_voucher(as_user("zhenglj"), doc_id)
    with desk.sessions() as s:
        codes = {code[:4] for _, code in _lines(s, voucher_id)}
    assert codes == {"1602", "1601", "1002", "2307"}  # fully depreciated: no 5301 line


def test_a_rejected_disposal_gives_the_cards_back_and_its_sheet_prints_them_asset_03(desk, as_user, tmp_path):
    import subprocess

    moves = desk.asset_moves
    pc = _card(desk, dept="待遇保障股", holder="huanglei")
    liu = as_user("liuyang")
    doc_id = moves.request_disposal(liu, [pc], appraisal="主板损坏无维修价值", passphrase="Demo#2026")
    path = tmp_path / "d.pdf"
    path.write_bytes(desk.sheets.latest_pdf(liu, doc_id))
    text = "".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True,
                                  text=True).stdout.split())
    for printed in (_get(desk, pc).card_no, "主板损坏无维修价值", "全额上缴财政", "须报区国资局批准", "¥6,000.00"):
        assert printed in text, printed
    desk.approvals.reject(as_user("zhoumin"), doc_id, "尚可使用")
    assert _get(desk, pc).status == "active"
    with desk.sessions() as s:
        assert json.loads(s.get(Document, doc_id).payload_json)["card_ids"] == [pc]
    again = moves.request_disposal(liu, [pc], appraisal="复检：主板损坏")  # no longer held by the rejected one
    assert desk.approvals.document(liu, again).state == "submitted"
