"""Fixed-asset cards through ``desk.assets`` on SQLite and PostgreSQL (issue 13 items 1, 2, 4):
registering (ASSET-01/02/05/14, AMB-13), acceptance by two people (ASSET-11), editing with
history, files, idle and reassignment (ASSET-12, ASSET-08), custody on departure (ASSET-07),
need to know in ``find`` (SEC-03), the supply-receipt hook (ASSET-13)."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.persistence.schema import AssetCard, Document
from desktop.services.audit_trail import AuditFilter
from desktop.services.base import Refused

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.7\n" + b"0" * 64


def rules(exc: pytest.ExceptionInfo) -> set[str]:
    return {p.rule for p in exc.value.problems}


def codes(exc: pytest.ExceptionInfo) -> set[str]:
    return {p.code for p in exc.value.problems}


def pc(desk, as_user, **over) -> dict:
    fields = dict(name="台式计算机", category_code="A02010105", specification="联想 启天M437", quantity=1,
                  original_value="4500.00", acquired_on=date.today().isoformat(), approval_ref="示医保〔2026〕12号",
                  supplier="县政府采购中心", user_id=as_user("huanglei").staff_id, location="三楼 301")
    return {**fields, **over}


def document_in(desk, state: str) -> int:
    with desk.sessions() as s:
        return s.execute(select(Document.id).where(Document.state == state).limit(1)).scalar_one()


def active_card(desk, as_user, **over) -> int:
    card = desk.assets.register(as_user("liuyang"), pc(desk, as_user, **over))
    desk.assets.accept(as_user("huanglei"), card)
    desk.assets.accept(as_user("liuyang"), card)
    return card


# Registering --------------------------------------------------------------------------------------
def test_register_pending_card_with_number_life_and_history_asset_01(desk, as_user):
    liuyang = as_user("liuyang")
    card_id = desk.assets.register(liuyang, pc(desk, as_user))
    card = desk.assets.card(liuyang, card_id)
    assert card.card_no.startswith(f"ZC{date.today().year}-") and card.status == "pending"
    assert (card.status_label, card.department_name, card.user_name) == ("待验收", "待遇保障股", "黄磊")
    assert card.useful_life_months == 72 and card.depreciable  # 计算机设备 6 年
    assert (card.accumulated, card.net_value) == (Decimal("0.00"), Decimal("4500.00"))
    assert [(h.kind_label, h.staff_name) for h in card.history] == [("登记建卡", "刘洋")]
    second = desk.assets.card(liuyang, desk.assets.register(liuyang, pc(desk, as_user)))
    assert int(second.card_no[-5:]) == int(card.card_no[-5:]) + 1
    admin = desk.act_as("admin")
    entries = desk.audit.entries(admin, AuditFilter(entity="asset_card", record=str(card_id)))
    assert "asset.register" in {e.action for e in entries}


def test_only_the_asset_manager_registers_and_keeps_cards_asset_05(desk, as_user):
    for who in ("zhenglj", "wufang", "huanglei"):
        with pytest.raises(Refused) as exc:
            desk.assets.register(as_user(who), pc(desk, as_user))
        assert rules(exc) == {"ASSET-05"}
    card = desk.assets.register(as_user("liuyang"), pc(desk, as_user))
    with pytest.raises(Refused) as exc:
        desk.assets.edit(as_user("zhenglj"), card, {"location": "四楼"}, "搬迁")
    assert rules(exc) == {"ASSET-05"}


def test_below_threshold_refused_unless_bulk_asset_01(desk, as_user):
    liuyang = as_user("liuyang")
    with pytest.raises(Refused) as exc:
        desk.assets.register(liuyang, pc(desk, as_user, name="办公椅", category_code="A05010301",
                                         original_value="680.00"))
    assert codes(exc) == {"asset.below_threshold"}
    text = exc.value.problems[0].text
    assert "1,000.00" in text and "规则预设" in text
    bulk = desk.assets.register(liuyang, pc(desk, as_user, name="办公椅（批量）", category_code="A05010301",
                                            quantity=30, unit="把", original_value="20400.00", bulk=True))
    assert desk.assets.card(liuyang, bulk).bulk


def test_special_equipment_uses_the_special_threshold_amb_13(desk, as_user):
    with pytest.raises(Refused) as exc:
        desk.assets.register(as_user("liuyang"), pc(desk, as_user, name="血压计", category_code="A02320000",
                                                     original_value="1200.00"))
    assert codes(exc) == {"asset.below_threshold"} and "1,500.00" in exc.value.problems[0].text


def test_purchase_without_prior_approval_refused_asset_02(desk, as_user):
    liuyang = as_user("liuyang")
    with pytest.raises(Refused) as exc:
        desk.assets.register(liuyang, pc(desk, as_user, approval_ref=""))
    assert codes(exc) == {"asset.no_approval"}
    with pytest.raises(Refused) as exc:
        desk.assets.register(liuyang, pc(desk, as_user, approval_ref="", source_document_id=document_in(desk, "draft")))
    assert codes(exc) == {"asset.source_document", "asset.no_approval"}
    approved = document_in(desk, "approved")
    card = desk.assets.register(liuyang, pc(desk, as_user, approval_ref="", source_document_id=approved))
    assert desk.assets.card(liuyang, card).source_document_id == approved


def test_precious_wood_furniture_refused_asset_14(desk, as_user):
    with pytest.raises(Refused) as exc:
        desk.assets.register(as_user("liuyang"), pc(desk, as_user, name="会议桌", category_code="A05010202",
                                                     specification="红木 3.2m", original_value="26000.00"))
    assert rules(exc) == {"ASSET-14"}


def test_every_problem_at_once_asset_01(desk, as_user):
    with pytest.raises(Refused) as exc:
        desk.assets.register(as_user("liuyang"), pc(desk, as_user, name="红木书柜", category_code="A05010501",
                                                     original_value="800.00", approval_ref="",
                                                     user_id=as_user("guoting").staff_id,
                                                     department_id=as_user("huanglei").department_id))
    assert codes(exc) == {"asset.below_threshold", "asset.luxury", "asset.no_approval", "asset.user_department"}


def test_opening_card_active_with_depreciation_before_asset_01(desk, as_user):
    liuyang = as_user("liuyang")
    card = desk.assets.register(liuyang, pc(desk, as_user, acquired_on="2021-03-15", approval_ref="",
                                            depreciated_before="3000.00", months_before=48), opening=True)
    view = desk.assets.card(liuyang, card)
    assert view.status == "active" and view.acceptances == ()
    assert (view.accumulated, view.net_value) == (Decimal("3000.00"), Decimal("1500.00"))


def test_opening_card_without_its_depreciation_gets_it_to_date_not_in_one_month_asset_01(desk, as_user):
    """An asset already in use, entered with no accumulated depreciation: the months from its
    acquisition to last month are taken as before-the-app (4 500 over 72 months = 62.50 a month),
    so the first run in the app charges one month, not all of them at once."""
    liuyang = as_user("liuyang")
    today = date.today()
    acquired = date(today.year - 2, today.month, 1)  # 24 months before this month
    card = desk.assets.register(liuyang, pc(desk, as_user, acquired_on=acquired.isoformat(), approval_ref=""),
                                opening=True)
    view = desk.assets.card(liuyang, card)
    assert (view.months_before, view.depreciated_before) == (24, Decimal("1500.00"))
    assert view.net_value == Decimal("3000.00")


def test_category_life_editable_by_the_manager_for_new_cards_asset_01(desk, as_user):
    liuyang = as_user("liuyang")
    old = desk.assets.register(liuyang, pc(desk, as_user))
    with pytest.raises(Refused) as exc:
        desk.assets.set_category_life(as_user("zhenglj"), "A02010105", 5)
    assert rules(exc) == {"ASSET-05"}
    desk.assets.set_category_life(liuyang, "A02010105", 5)
    assert next(c for c in desk.assets.categories(liuyang) if c.code == "A02010105").useful_life_years == 5
    new = desk.assets.register(liuyang, pc(desk, as_user))
    assert (desk.assets.card(liuyang, old).useful_life_months, desk.assets.card(liuyang, new).useful_life_months) == (
        72, 60)
    with pytest.raises(Refused):
        desk.assets.set_category_life(liuyang, "A04000000", 10)  # library items are not depreciated


# Acceptance ---------------------------------------------------------------------------------------
def test_acceptance_by_user_and_manager_makes_card_active_asset_11(desk, as_user):
    liuyang, huanglei = as_user("liuyang"), as_user("huanglei")
    card = desk.assets.register(liuyang, pc(desk, as_user))
    assert card in {r.id for r in desk.assets.awaiting_acceptance(huanglei)}
    assert card in {r.id for r in desk.assets.awaiting_acceptance(liuyang)}
    assert card not in {r.id for r in desk.assets.awaiting_acceptance(as_user("guoting"))}
    desk.assets.accept(liuyang, card)
    assert desk.assets.card(liuyang, card).status == "pending"
    assert card not in {r.id for r in desk.assets.awaiting_acceptance(liuyang)}
    with pytest.raises(Refused) as exc:
        desk.assets.accept(liuyang, card)
    assert rules(exc) == {"ASSET-11"}
    with pytest.raises(Refused) as exc:
        desk.assets.accept(as_user("yangfan"), card)  # a colleague is not the user
    assert codes(exc) == {"asset.not_acceptor"}
    desk.assets.accept(huanglei, card, note="配置齐全")
    view = desk.assets.card(huanglei, card)
    assert view.status == "active" and {(a.role, a.staff_name) for a in view.acceptances} == {
        ("user", "黄磊"), ("manager", "刘洋")}
    assert [h.kind for h in view.history] == ["register", "accept", "accept"]


def test_manager_cannot_accept_as_the_user_of_their_own_asset_asset_11(desk, as_user):
    liuyang = as_user("liuyang")
    card = desk.assets.register(liuyang, pc(desk, as_user, user_id=liuyang.staff_id, department_id=None))
    desk.assets.accept(liuyang, card)  # as its user
    with pytest.raises(Refused) as exc:
        desk.assets.accept(liuyang, card)  # and again as the manager: two people are needed
    assert rules(exc) == {"ASSET-11"}
    assert desk.assets.card(liuyang, card).status == "pending"


def test_rejected_at_acceptance_with_payment_note_asset_11(desk, as_user):
    liuyang, huanglei = as_user("liuyang"), as_user("huanglei")
    card = desk.assets.register(liuyang, pc(desk, as_user))
    with pytest.raises(Refused) as exc:
        desk.assets.accept(huanglei, card, result="rejected")
    assert codes(exc) == {"asset.reject_note"}
    desk.assets.accept(huanglei, card, result="rejected", note="屏幕坏点，拒付尾款并要求更换")
    view = desk.assets.card(liuyang, card)
    assert view.status == "rejected" and "拒付" in view.history[-1].summary
    with pytest.raises(Refused):
        desk.assets.accept(liuyang, card)


# Editing and files ------------------------------------------------------------------------------
def test_edit_with_reason_and_value_locked_after_acceptance_asset_01(desk, as_user):
    liuyang = as_user("liuyang")
    card = desk.assets.register(liuyang, pc(desk, as_user))
    desk.assets.edit(liuyang, card, {"original_value": "4380.00"}, "按发票金额更正")
    assert desk.assets.card(liuyang, card).original_value == Decimal("4380.00")
    with pytest.raises(Refused) as exc:
        desk.assets.edit(liuyang, card, {"location": "四楼"}, "")
    assert codes(exc) == {"asset.edit_reason"}
    desk.assets.accept(as_user("huanglei"), card)
    desk.assets.accept(liuyang, card)
    with pytest.raises(Refused) as exc:
        desk.assets.edit(liuyang, card, {"original_value": "4000.00", "note": "x"}, "调整")
    assert codes(exc) == {"asset.edit_locked"}
    with pytest.raises(Refused) as exc:
        desk.assets.edit(liuyang, card, {"department_id": as_user("guoting").department_id}, "调剂")
    assert "ASSET-08" in rules(exc)
    desk.assets.edit(liuyang, card, {"specification": "联想 启天M437 i5/16G"}, "补录配置")
    last = desk.assets.card(liuyang, card).history[-1]
    assert last.kind == "edit" and "规格型号" in last.summary and "补录配置" in last.summary


def test_files_checked_by_content_size_and_hash_asset_13(desk, as_user):
    liuyang = as_user("liuyang")
    card = desk.assets.register(liuyang, pc(desk, as_user))
    photo = desk.assets.add_file(liuyang, card, "photo", "正面.png", PNG)
    invoice = desk.assets.add_file(liuyang, card, "document", "发票.pdf", PDF)
    assert desk.assets.file(as_user("huanglei"), photo) == ("正面.png", PNG)
    assert [f.file_name for f in desk.assets.card(liuyang, card).files] == ["正面.png", "发票.pdf"]
    assert invoice
    with pytest.raises(Refused) as exc:
        desk.assets.add_file(liuyang, card, "photo", "照片.png", b"MZ\x90\x00 not an image")
    assert codes(exc) == {"asset.file_type"}
    with pytest.raises(Refused) as exc:
        desk.assets.add_file(liuyang, card, "photo", "发票.pdf", PDF)  # a PDF is not a photo
    assert codes(exc) == {"asset.file_type"}
    with pytest.raises(Refused) as exc:
        desk.assets.add_file(liuyang, card, "document", "大.pdf", PDF + b"0" * (10 * 1024 * 1024))
    assert codes(exc) == {"asset.file_size"}
    with pytest.raises(Refused) as exc:
        desk.assets.file(as_user("guoting"), photo)  # another department
    assert rules(exc) == {"SEC-03"}
    with desk.sessions() as s:
        from desktop.persistence.schema import AssetFile

        assert s.get(AssetFile, photo).sha256 == hashlib.sha256(PNG).hexdigest()


# Idle, reassignment, departures -----------------------------------------------------------------
def test_idle_and_reassign_within_the_department_only_asset_12_asset_08(desk, as_user):
    liuyang = as_user("liuyang")
    card = active_card(desk, as_user)
    desk.assets.set_idle(as_user("zhoumin"), card, True, "人员调整，暂不使用")
    assert desk.assets.card(liuyang, card).status == "idle"
    with pytest.raises(Refused) as exc:
        desk.assets.set_idle(as_user("huanglei"), card, False)
    assert rules(exc) == {"ASSET-12"}
    with pytest.raises(Refused) as exc:
        desk.assets.reassign(liuyang, card, user_id=as_user("guoting").staff_id, reason="调剂")
    assert rules(exc) == {"ASSET-08"}
    desk.assets.reassign(liuyang, card, user_id=as_user("yangfan").staff_id, location="三楼 302", reason="调剂使用")
    desk.assets.set_idle(liuyang, card, False, "恢复使用")
    view = desk.assets.card(liuyang, card)
    assert (view.user_name, view.location, view.status) == ("杨帆", "三楼 302", "active")
    assert "杨帆" in view.history[-2].summary


def test_departure_refused_listing_every_card_still_held_asset_07(desk, as_user):
    liuyang = as_user("liuyang")
    leaver = desk.org.add_staff(desk.act_as("admin"), "秦离", as_user("huanglei").department_id, "科员")
    first = desk.assets.register(liuyang, pc(desk, as_user, user_id=leaver, acquired_on="2022-05-01", approval_ref="",
                                            depreciated_before="2000.00", months_before=24), opening=True)
    second = desk.assets.register(liuyang, pc(desk, as_user, name="文件柜", category_code="A05010502",
                                              original_value="1280.00", user_id=leaver))
    numbers = [desk.assets.card(liuyang, c).card_no for c in (first, second)]
    assert [r.id for r in desk.assets.holdings(liuyang, leaver)] == [first, second]
    with pytest.raises(Refused) as exc:
        desk.assets.holdings(as_user("guoting"), leaver)
    assert rules(exc) == {"SEC-03"}
    desk.assets.start_departure(liuyang, leaver, "retire", date(2026, 12, 31), "退休")
    with pytest.raises(Refused) as exc:
        desk.assets.sign_departure(liuyang, leaver)
    assert codes(exc) == {"asset.still_held"}
    assert exc.value.problems[0].text == f"尚有 2 件资产未交回：{numbers[0]} 台式计算机、{numbers[1]} 文件柜"
    for card in (first, second):
        desk.assets.reassign(liuyang, card, user_id=as_user("yangfan").staff_id, reason="秦离退休交接")
    desk.assets.sign_departure(liuyang, leaver)
    row = next(d for d in desk.assets.departures(liuyang) if d.staff_id == leaver)
    assert (row.signed_by, row.held, row.kind, row.staff_name) == ("刘洋", 0, "retire", "秦离")
    with pytest.raises(Refused) as exc:
        desk.assets.sign_departure(liuyang, leaver)
    assert codes(exc) == {"asset.departure_signed"}


def test_asset_manager_leaving_cannot_sign_own_departure_asset_07(desk, as_user):
    liuyang = as_user("liuyang")
    desk.assets.start_departure(liuyang, liuyang.staff_id, "leave", date(2026, 12, 31))
    with pytest.raises(Refused) as exc:
        desk.assets.sign_departure(liuyang, liuyang.staff_id)
    assert "asset.own_departure" in codes(exc)


# Finding ------------------------------------------------------------------------------------------
def test_find_by_text_with_total_and_need_to_know_sec_03(desk, as_user):
    liuyang = as_user("liuyang")
    mine = desk.assets.register(liuyang, pc(desk, as_user, name="扫描仪（高速）", category_code="A02021100",
                                            original_value="3200.00", location="档案室"))
    theirs = desk.assets.register(liuyang, pc(desk, as_user, name="扫描仪（高速）", category_code="A02021100",
                                              original_value="3200.00", location="结算大厅",
                                              user_id=as_user("guoting").staff_id))
    rows, total = desk.assets.find(liuyang, text="扫描仪（高速）")
    assert total == 2 and {r.id for r in rows} == {mine, theirs}
    assert desk.assets.find(as_user("zhenglj"), text="高速")[1] == 2  # finance sees every card
    rows, total = desk.assets.find(as_user("yangfan"), text="高速")  # 待遇保障股: its own department
    assert total == 1 and rows[0].id == mine and rows[0].department_name == "待遇保障股"
    with pytest.raises(Refused) as exc:
        desk.assets.card(as_user("yangfan"), theirs)
    assert rules(exc) == {"SEC-03"}
    number = desk.assets.card(liuyang, mine).card_no
    assert [r.id for r in desk.assets.find(liuyang, text=number)[0]] == [mine]
    assert [r.id for r in desk.assets.find(liuyang, text=number.lower())[0]] == [mine]  # as a scanner may type it
    assert {mine, theirs} <= {r.id for r in desk.assets.find(liuyang, text=number[:6], limit=5000)[0]}  # ZC2026
    assert desk.assets.find(liuyang, text="扫描仪（高速）", location="档案室")[1] == 1
    page, total = desk.assets.find(liuyang, text="高速", limit=1, offset=1, order="-card_no")
    assert total == 2 and [r.id for r in page] == [mine]
    assert desk.assets.find(liuyang, text="%")[1] == 0  # wildcards are text
    assert "结算大厅" in desk.assets.locations(liuyang) and "结算大厅" not in desk.assets.locations(as_user("yangfan"))


def test_supply_receipt_opens_a_pending_card_asset_13(desk, as_user):
    from desktop.services.assets import register_from_supply_receipt

    liuyang = as_user("liuyang")
    with desk.assets.transaction() as session:
        card = register_from_supply_receipt(session, liuyang, pc(desk, as_user, name="碎纸机", category_code="A02021301",
                                                                 original_value="1350.00", approval_ref="领用单 LY-0001"))
    view = desk.assets.card(liuyang, card)
    assert view.status == "pending" and view.history[0].summary.startswith("领用办公用品转入固定资产")
    with desk.sessions() as s:
        assert s.get(AssetCard, card).card_no == view.card_no


def test_the_receiving_sections_clerk_finds_other_sections_cards_to_ask_for_asset_08(desk, as_user):
    """ASSET-08 「由转入部门提出申请」: a clerk of 结算股 cannot read 待遇保障股's cards, yet must find
    the one to ask for — the transfer search lists other departments' cards on the books (never
    their own department's, never disposed ones), and the request goes through."""
    guoting = as_user("guoting")
    card = active_card(desk, as_user, name="测试用高拍仪", category_code="A02021100", original_value="3200.00")
    assert desk.assets.find(guoting, text="测试用高拍仪")[1] == 0
    rows, total = desk.assets.find(guoting, text="测试用高拍仪", for_transfer=True)
    assert total == 1 and rows[0].id == card and rows[0].department_name == "待遇保障股"
    own = desk.assets.register(as_user("liuyang"), pc(desk, as_user, name="测试用高拍仪", category_code="A02021100",
                                                      original_value="3200.00", user_id=guoting.staff_id))
    assert own not in {r.id for r in desk.assets.find(guoting, text="测试用高拍仪", for_transfer=True)[0]}
    doc = desk.asset_moves.request_transfer(guoting, [card], guoting.department_id, reason="结算大厅高拍仪损坏，急需调剂",
                                            submit=False)
    assert desk.approvals.document(guoting, doc).kind == "asset_transfer"


def test_opening_import_writes_nothing_while_one_record_is_refused_asset_01(desk, as_user):
    """A sheet of opening cards is one action: the second record is below the value threshold and not
    a bulk batch (ASSET-01), so the first is not written either; corrected, both go in."""
    liuyang = as_user("liuyang")
    good = pc(desk, as_user, name="导入测试台式机", acquired_on="2022-05-01", approval_ref="")
    cheap = pc(desk, as_user, name="导入测试台灯", acquired_on="2022-05-01", approval_ref="", original_value="300.00")
    with pytest.raises(Refused) as exc:
        desk.assets.import_opening(liuyang, [good, cheap])
    assert rules(exc) == {"ASSET-01"} and all(p.text.startswith("第2张：") for p in exc.value.problems)
    assert desk.assets.find(liuyang, text="导入测试")[1] == 0
    ids = desk.assets.import_opening(liuyang, [good, {**cheap, "original_value": "1300.00"}])
    assert len(ids) == 2 and desk.assets.find(liuyang, text="导入测试")[1] == 2
