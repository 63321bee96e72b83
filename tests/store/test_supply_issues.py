"""Issuing office supplies through ``desk.supply_issues`` on SQLite and PostgreSQL (issue 14 items 5
and 7): collectors (SUPPLY-09), issues out of stock signed for by the collector (SUPPLY-09), 交旧领新
(SUPPLY-10), holdings, hand-backs and the departure sign-off (SUPPLY-13 with ASSET-07), need to know."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.persistence.schema import Document, SupplyBalance, SupplyItem, SupplyMovement
from desktop.services.audit_trail import AuditFilter
from desktop.services.base import Refused
from desktop.services.supply_records import default_location, post_movement

TODAY = date.today()


def rules(exc: pytest.ExceptionInfo) -> set[str]:
    return {p.rule for p in exc.value.problems}


def codes(exc: pytest.ExceptionInfo) -> set[str]:
    return {p.code for p in exc.value.problems}


def stocked(desk, as_user, name: str, quantity: int, amount: str, *, kind: str = "consumable", unit: str = "包",
            specification: str = "", lendable: bool = False) -> int:
    """A catalogue item with ``quantity`` units received for ``amount`` in the office store (the
    receipt itself is another area's; here only its movement)."""
    keeper = as_user("liuyang")
    with desk.sessions.begin() as s:
        count = s.execute(select(SupplyItem.id).where(SupplyItem.bureau_id == keeper.bureau_id)).all()
        item = SupplyItem(bureau_id=keeper.bureau_id, code=f"TS{len(count) + 1:04d}", name=name, unit=unit,
                          kind=kind, specification=specification, lendable=lendable)
        s.add(item)
        s.flush()
        where = default_location(s, keeper.bureau_id)
        post_movement(s, keeper, item=item, location_id=where.id, kind="receipt", quantity=quantity,
                      occurred_on=TODAY, value=Decimal(amount))
        return item.id


def on_hand(desk, item_id: int) -> tuple[int, Decimal]:
    with desk.sessions() as s:
        b = s.execute(select(SupplyBalance).where(SupplyBalance.item_id == item_id)).scalar_one()
        return b.quantity, b.value


def dept(as_user, who: str) -> int:
    return as_user(who).department_id


def named(desk, as_user, head: str = "yangfan", collector: str = "huanglei") -> int:
    """The section of ``head`` with ``collector`` named (the demo may already have named one)."""
    department = dept(as_user, head)
    current = {r.department_id: r.staff_id for r in desk.supply_issues.collectors(as_user(head))}
    if current.get(department) != as_user(collector).staff_id:
        desk.supply_issues.name_collector(as_user(head), department, as_user(collector).staff_id)
    return department


def issue(desk, as_user, department: int, *lines: dict, **over) -> int:
    return desk.supply_issues.issue(as_user("liuyang"), {"department_id": department,
                                                         "issued_on": TODAY.isoformat(), "lines": list(lines),
                                                         **over})


# Collectors (SUPPLY-09) -------------------------------------------------------------------------
def test_section_head_or_office_head_names_one_collector_of_the_section_supply_09(desk, as_user):
    treatment = dept(as_user, "yangfan")
    with pytest.raises(Refused) as exc:  # another section's head
        desk.supply_issues.name_collector(as_user("linxiao"), treatment, as_user("huanglei").staff_id)
    assert codes(exc) == {"supply_collector.not_head"}
    with pytest.raises(Refused) as exc:  # not staff of the section
        desk.supply_issues.name_collector(as_user("yangfan"), treatment, as_user("gaoyuan").staff_id)
    assert codes(exc) == {"supply_collector.staff"} and rules(exc) == {"SUPPLY-09"}
    with pytest.raises(Refused) as exc:
        desk.supply_issues.name_collector(desk.act_as("admin"), treatment, as_user("huanglei").staff_id)
    assert rules(exc) == {"SEC-13"}
    named(desk, as_user)
    row = next(r for r in desk.supply_issues.collectors(as_user("huanglei")) if r.department_id == treatment)
    assert (row.department_name, row.staff_name) == ("待遇保障股", "黄磊")
    desk.supply_issues.name_collector(as_user("zhoumin"), treatment, as_user("yangfan").staff_id)  # office head
    row = next(r for r in desk.supply_issues.collectors(as_user("huanglei")) if r.department_id == treatment)
    assert row.staff_name == "杨帆"
    admin = desk.act_as("admin")
    replaced = [e for e in desk.audit.entries(admin, AuditFilter(entity="supply_collector"))
                if e.action == "supply.collector"]
    latest = replaced[0]  # newest first
    assert (json.loads(latest.before_json)["staff"], json.loads(latest.after_json)["staff"]) == ("黄磊", "杨帆")


# Issuing (SUPPLY-09) ----------------------------------------------------------------------------
def test_issue_needs_a_named_collector_supply_09(desk, as_user):
    paper = stocked(desk, as_user, "A4打印纸", 10, "250.00")
    new_section = desk.org.add_department(desk.act_as("admin"), "新设股")
    with pytest.raises(Refused) as exc:
        issue(desk, as_user, new_section, {"item_id": paper, "quantity": 1})
    assert codes(exc) == {"supply_issue.no_collector"}
    assert "新设股尚未指定领用人" in exc.value.problems[0].text
    assert on_hand(desk, paper) == (10, Decimal("250.00"))


def test_only_the_keeper_issues_supply_09(desk, as_user):
    paper = stocked(desk, as_user, "A4打印纸", 10, "250.00")
    department = named(desk, as_user)
    for who in ("zhoumin", "yangfan", "zhenglj"):
        with pytest.raises(Refused) as exc:
            desk.supply_issues.issue(as_user(who), {"department_id": department, "issued_on": TODAY.isoformat(),
                                                    "lines": [{"item_id": paper, "quantity": 1}]})
        assert codes(exc) == {"supply.not_keeper"} and rules(exc) == {"SUPPLY-09"}


def test_issue_moves_stock_at_moving_average_and_numbers_ly_supply_09(desk, as_user):
    paper = stocked(desk, as_user, "A4打印纸", 3, "100.00", specification="70g")
    department = named(desk, as_user)
    first = issue(desk, as_user, department, {"item_id": paper, "quantity": 1}, note="上半年")
    view = desk.supply_issues.issue_view(as_user("liuyang"), first)
    assert view.issue_no == f"LY{TODAY.year}-{int(view.issue_no[-5:]):05d}" and len(view.issue_no) == 12
    assert (view.department_name, view.collector_name, view.location_name, view.issued_by_name) == \
        ("待遇保障股", "黄磊", "办公室库房", "刘洋")
    assert [(ln.name, ln.quantity, ln.value) for ln in view.lines] == [("A4打印纸", 1, Decimal("33.33"))]
    assert view.total_value == Decimal("33.33") and view.signed_at is None
    assert on_hand(desk, paper) == (2, Decimal("66.67"))
    second = desk.supply_issues.issue_view(as_user("liuyang"),
                                           issue(desk, as_user, department, {"item_id": paper, "quantity": 2}))
    assert int(second.issue_no[-5:]) == int(view.issue_no[-5:]) + 1
    assert second.total_value == Decimal("66.67") and on_hand(desk, paper) == (0, Decimal("0.00"))
    with desk.sessions() as s:
        kinds = s.execute(select(SupplyMovement.kind, SupplyMovement.quantity, SupplyMovement.issue_id)
                          .where(SupplyMovement.item_id == paper).order_by(SupplyMovement.id)).all()
    assert kinds == [("receipt", 3, None), ("issue", -1, first), ("issue", -2, second.id)]
    entries = desk.audit.entries(desk.act_as("admin"), AuditFilter(entity="supply_issue", record=str(first)))
    assert "supply.issue" in {e.action for e in entries}


def test_issue_above_stock_refused_with_the_quantity_available_every_line_at_once_supply_09(desk, as_user):
    paper = stocked(desk, as_user, "A4打印纸", 5, "125.00", specification="70g")
    toner = stocked(desk, as_user, "硒鼓", 1, "300.00", unit="个")
    pens = stocked(desk, as_user, "中性笔", 20, "30.00", unit="支")
    department = named(desk, as_user)
    with pytest.raises(Refused) as exc:  # the two paper lines together are above stock, as is the toner
        issue(desk, as_user, department, {"item_id": paper, "quantity": 3}, {"item_id": paper, "quantity": 3},
              {"item_id": toner, "quantity": 2}, {"item_id": pens, "quantity": 0})
    texts = sorted(p.text for p in exc.value.problems)
    assert rules(exc) == {"SUPPLY-09"} and len(texts) == 1 and "数量" in texts[0]  # the gate first: quantity 0
    with pytest.raises(Refused) as exc:
        issue(desk, as_user, department, {"item_id": paper, "quantity": 3}, {"item_id": paper, "quantity": 3},
              {"item_id": toner, "quantity": 2}, {"item_id": pens, "quantity": 2})
    assert codes(exc) == {"supply_issue.short"}
    assert sorted(p.text for p in exc.value.problems) == ["A4打印纸（70g）库存不足：可领用 5包，申领 6包",
                                                          "硒鼓库存不足：可领用 1个，申领 2个"]
    assert [on_hand(desk, i)[0] for i in (paper, toner, pens)] == [5, 1, 20]  # nothing moved


def test_collector_signs_in_own_session_once_supply_09(desk, as_user):
    paper = stocked(desk, as_user, "A4打印纸", 5, "125.00")
    department = named(desk, as_user)
    made = issue(desk, as_user, department, {"item_id": paper, "quantity": 2})
    awaiting = lambda who: {r.id for r in desk.supply_issues.awaiting_signature(as_user(who))}  # noqa: E731
    assert made in awaiting("huanglei") and made not in awaiting("yangfan")
    for who in ("liuyang", "yangfan"):
        with pytest.raises(Refused) as exc:
            desk.supply_issues.sign(as_user(who), made)
        assert codes(exc) == {"supply_issue.not_collector"}
    desk.supply_issues.sign(as_user("huanglei"), made)
    assert desk.supply_issues.issue_view(as_user("huanglei"), made).signed_at is not None
    assert made not in awaiting("huanglei")
    with pytest.raises(Refused) as exc:
        desk.supply_issues.sign(as_user("huanglei"), made)
    assert codes(exc) == {"supply_issue.signed"}
    rows, total = desk.supply_issues.issues(as_user("liuyang"), unsigned_only=True)
    assert made not in {r.id for r in rows}


def test_replacing_the_collector_passes_unsigned_issues_on_supply_09(desk, as_user):
    paper = stocked(desk, as_user, "A4打印纸", 5, "125.00")
    department = named(desk, as_user)
    made = issue(desk, as_user, department, {"item_id": paper, "quantity": 1})
    desk.supply_issues.name_collector(as_user("yangfan"), department, as_user("yangfan").staff_id)
    assert made in {r.id for r in desk.supply_issues.awaiting_signature(as_user("yangfan"))}
    assert made not in {r.id for r in desk.supply_issues.awaiting_signature(as_user("huanglei"))}
    desk.supply_issues.sign(as_user("yangfan"), made)


def test_a_section_sees_only_its_own_issues_sec_03_supply_09(desk, as_user):
    paper = stocked(desk, as_user, "A4打印纸", 10, "250.00")
    treatment = named(desk, as_user)
    medicine = named(desk, as_user, "linxiao", "gaoyuan")
    ours = issue(desk, as_user, treatment, {"item_id": paper, "quantity": 1})
    theirs = issue(desk, as_user, medicine, {"item_id": paper, "quantity": 1})
    seen = lambda who: {r.id for r in desk.supply_issues.issues(as_user(who))[0]}  # noqa: E731
    assert {ours, theirs} <= seen("liuyang") and {ours, theirs} <= seen("wufang") and {ours, theirs} <= seen("hexue")
    assert ours in seen("huanglei") and theirs not in seen("huanglei")
    assert theirs in seen("limh")  # the leader in charge of 医药服务管理股
    with pytest.raises(Refused):
        desk.supply_issues.issue_view(as_user("huanglei"), theirs)
    with pytest.raises(Refused) as exc:
        desk.supply_issues.issues(desk.act_as("admin"))
    assert rules(exc) == {"SEC-13"}


# 交旧领新 (SUPPLY-10) ---------------------------------------------------------------------------
def test_special_item_only_in_exchange_for_the_old_or_with_approval_supply_10(desk, as_user):
    chair = stocked(desk, as_user, "办公椅", 4, "1200.00", kind="special", unit="把", specification="网布")
    department = named(desk, as_user)
    with pytest.raises(Refused) as exc:
        issue(desk, as_user, department, {"item_id": chair, "quantity": 1},
              {"item_id": chair, "quantity": 1, "old_returned": True},
              {"item_id": chair, "quantity": 1, "approval_document_id": _document(desk, "draft")},
              {"item_id": chair, "quantity": 1, "old_returned": True, "old_note": "旧椅", 
               "holder_id": as_user("gaoyuan").staff_id})
    assert rules(exc) == {"SUPPLY-10"}
    assert sorted(p.code for p in exc.value.problems) == sorted([
        "supply_issue.no_exchange", "supply_issue.old_note", "supply_issue.approval_document",
        "supply_issue.no_exchange", "supply_issue.holder"])
    assert any(p.text.startswith("第1行 办公椅（网布）是特殊办公用品") for p in exc.value.problems)
    made = issue(desk, as_user, department,
                 {"item_id": chair, "quantity": 1, "old_returned": True, "old_note": "旧椅扶手断裂"},
                 {"item_id": chair, "quantity": 1, "approval_ref": "示医保办〔2026〕3号",
                  "holder_id": as_user("yangfan").staff_id},
                 {"item_id": chair, "quantity": 1, "approval_document_id": _document(desk, "approved")})
    lines = desk.supply_issues.issue_view(as_user("liuyang"), made).lines
    assert [(ln.holder_name, ln.old_returned) for ln in lines] == [("黄磊", True), ("杨帆", False), ("黄磊", False)]
    assert lines[2].approval_serial and on_hand(desk, chair) == (1, Decimal("300.00"))


def test_consumables_need_no_exchange_and_have_no_holder_supply_10(desk, as_user):
    paper = stocked(desk, as_user, "A4打印纸", 5, "125.00")
    made = issue(desk, as_user, named(desk, as_user), {"item_id": paper, "quantity": 5})
    view = desk.supply_issues.issue_view(as_user("liuyang"), made)
    assert (view.lines[0].holder_id, view.lines[0].kind_label) == (None, "一般办公用品")
    held = desk.supply_issues.holdings(as_user("liuyang"), as_user("huanglei").staff_id)
    assert view.issue_no not in {h.number for h in held}


def _document(desk, state: str) -> int:
    with desk.sessions() as s:
        return s.execute(select(Document.id).where(Document.state == state).limit(1)).scalar_one()


# Holdings, hand-back, leavers (SUPPLY-13) -----------------------------------------------------
def test_holdings_and_hand_back_into_stock_at_average_supply_13(desk, as_user):
    chair = stocked(desk, as_user, "办公椅", 2, "600.00", kind="special", unit="把")
    department = named(desk, as_user)
    newcomer = desk.org.add_staff(desk.act_as("admin"), "钱新", department, "科员")
    made = issue(desk, as_user, department, {"item_id": chair, "quantity": 1, "old_returned": True,
                                             "old_note": "旧椅损坏", "holder_id": newcomer})
    held = desk.supply_issues.holdings(as_user("liuyang"), newcomer)
    number = desk.supply_issues.issue_view(as_user("liuyang"), made).issue_no
    assert [(h.kind, h.item_name, h.quantity, h.number) for h in held] == [("issue", "办公椅", 1, number)]
    with pytest.raises(Refused) as exc:
        desk.supply_issues.holdings(as_user("guoting"), newcomer)
    assert rules(exc) == {"SEC-03"}
    with pytest.raises(Refused) as exc:
        desk.supply_issues.hand_back(as_user("zhoumin"), held[0].ref_id, condition="完好")
    assert codes(exc) == {"supply.not_keeper"}
    desk.supply_issues.hand_back(as_user("liuyang"), held[0].ref_id, condition="完好")
    assert on_hand(desk, chair) == (2, Decimal("600.00"))
    assert desk.supply_issues.holdings(as_user("liuyang"), newcomer) == []
    assert desk.supply_issues.issue_view(as_user("liuyang"), made).lines[0].handed_back_on == TODAY
    with pytest.raises(Refused) as exc:
        desk.supply_issues.hand_back(as_user("liuyang"), held[0].ref_id)
    assert codes(exc) == {"supply_issue.handed_back"}


def test_departure_refused_listing_supplies_and_cards_together_supply_13_asset_07(desk, as_user):
    liuyang = as_user("liuyang")
    admin = desk.act_as("admin")
    department = dept(as_user, "yangfan")
    leaver = desk.org.add_staff(admin, "秦离", department, "科员")
    chair = stocked(desk, as_user, "办公椅", 2, "600.00", kind="special", unit="把", specification="网布")
    named(desk, as_user)
    made = issue(desk, as_user, department, {"item_id": chair, "quantity": 1, "old_returned": True,
                                             "old_note": "旧椅", "holder_id": leaver})
    card = desk.assets.register(liuyang, dict(
        name="台式计算机", category_code="A02010105", specification="联想", quantity=1, original_value="4500.00",
        acquired_on=TODAY.isoformat(), approval_ref="示医保〔2026〕12号", supplier="县政府采购中心", user_id=leaver,
        location="三楼 301"))
    desk.assets.start_departure(liuyang, leaver, "leave", date(2026, 12, 31), "调离")
    with pytest.raises(Refused) as exc:
        desk.assets.sign_departure(liuyang, leaver)
    assert rules(exc) == {"ASSET-07", "SUPPLY-13"}
    number = desk.supply_issues.issue_view(liuyang, made).issue_no
    supply = next(p for p in exc.value.problems if p.rule == "SUPPLY-13")
    assert supply.text == f"尚有 1 项办公用品未交回（须先办理办公用品移交）：{number} 办公椅（网布） 1把"
    desk.assets.reassign(liuyang, card, user_id=as_user("yangfan").staff_id, reason="调离交接")
    with pytest.raises(Refused) as exc:
        desk.assets.sign_departure(liuyang, leaver)
    assert rules(exc) == {"SUPPLY-13"}
    line = desk.supply_issues.holdings(liuyang, leaver)[0]
    desk.supply_issues.hand_back(liuyang, line.ref_id, condition="完好")
    desk.assets.sign_departure(liuyang, leaver)


def test_lent_equipment_is_held_and_not_issuable_supply_13_supply_09(desk, as_user):
    camera = stocked(desk, as_user, "照相机", 2, "9600.00", kind="special", unit="台", lendable=True)
    department = named(desk, as_user)
    huanglei = as_user("huanglei")
    loan = desk.supply_loans.request(huanglei, camera, due_on=TODAY + timedelta(days=7), purpose="异地就医核查取证")
    desk.supply_loans.decide(as_user("zhoumin"), loan, True, "同意")
    desk.supply_loans.sign_out(as_user("liuyang"), loan, "外观完好")
    desk.supply_loans.sign_out(huanglei, loan, "外观完好")
    held = [h for h in desk.supply_issues.holdings(huanglei, huanglei.staff_id) if h.kind == "loan"]
    assert [(h.ref_id, h.item_name, h.quantity) for h in held] == [(loan, "照相机", 1)]
    with pytest.raises(Refused) as exc:  # one of two is lent: one may be issued
        issue(desk, as_user, department, {"item_id": camera, "quantity": 2, "old_returned": True, "old_note": "旧"})
    assert [p.text for p in exc.value.problems] == ["照相机库存不足：可领用 1台，申领 2台"]
    from desktop.services.supply_issues import supply_holdings

    with desk.sessions() as s:
        assert f"借用 {held[0].number} 照相机 1台" in supply_holdings(s, huanglei.staff_id)
