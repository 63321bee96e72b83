"""The office-supply catalogue, stores and stock through ``desk.supplies`` on SQLite and PostgreSQL
(issue 14 item 1): items kept by the keeper (SUPPLY-08) as consumable or special (SUPPLY-02),
asset categories that exist (ASSET-13), stores, stock per item and store with value and average
cost, low stock, the stock card; everyone reads, the administrator nothing (SEC-13)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.services.audit_trail import AuditFilter
from desktop.services.base import Refused
from tests.store.supply_fixtures import add_item


def rules(exc) -> set[str]:
    return {p.rule for p in exc.value.problems}


def opening(desk, as_user, lines, location_id=None) -> int:
    fields = {"kind": "opening", "received_on": date.today().isoformat(), "checker_id": as_user("liuyang").staff_id,
              "lines": [{"item_id": i, "quantity": q, "unit_price": p} for i, q, p in lines]}
    if location_id:
        fields["location_id"] = location_id
    return desk.supply_receipts.receive(as_user("liuyang"), fields)


def test_keeper_adds_items_with_codes_bg0001_supply_02_supply_08(desk, as_user):
    first = desk.supplies.item(as_user("huanglei"), add_item(desk, as_user))
    second = desk.supplies.item(as_user("huanglei"), add_item(desk, as_user, name="测试中性笔", category="文具", unit="支"))
    assert first.code.startswith("BG") and int(second.code[2:]) == int(first.code[2:]) + 1
    assert (first.kind, first.kind_label, first.on_hand, first.value) == ("consumable", "一般办公用品", 0, Decimal("0"))
    own = add_item(desk, as_user, code="ZD-01", name="测试文件柜", kind="special", category="档案柜", unit="个")
    assert desk.supplies.item(as_user("liuyang"), own).code == "ZD-01"
    with pytest.raises(Refused) as exc:
        add_item(desk, as_user, code="ZD-01")
    assert {p.code for p in exc.value.problems} == {"supply_item.code_taken"}
    admin = desk.act_as("admin")
    entries = desk.audit.entries(admin, AuditFilter(entity="supply_item", record=str(own)))
    assert "supply.item_add" in {e.action for e in entries}


def test_only_the_keeper_keeps_the_catalogue_supply_08(desk, as_user):
    for who in ("huanglei", "zhoumin", "zhenglj"):
        with pytest.raises(Refused) as exc:
            desk.supplies.add_item(as_user(who), {"name": "x", "kind": "consumable"})
        assert rules(exc) == {"SUPPLY-08"}
    with pytest.raises(Refused) as exc:
        desk.supplies.add_item(desk.act_as("admin"), {"name": "x", "kind": "consumable"})
    assert rules(exc) == {"SEC-13"}


def test_item_fields_refused_all_at_once_supply_02(desk, as_user):
    with pytest.raises(Refused) as exc:
        desk.supplies.add_item(as_user("liuyang"), {"name": "", "kind": "durable", "reorder_level": -1,
                                                    "unit": "x" * 30})
    codes = {p.code for p in exc.value.problems}
    assert {"supply_item.kind", "supply_item.reorder_level", "supply_item.unit"} <= codes
    assert all(p.rule == "SUPPLY-02" for p in exc.value.problems)


def test_kind_is_explicit_and_asset_category_must_exist_asset_13(desk, as_user):
    with pytest.raises(Refused) as exc:
        desk.supplies.add_item(as_user("liuyang"), {"name": "复印纸"})
    assert "supply_item.kind" in {p.code for p in exc.value.problems}
    with pytest.raises(Refused) as exc:
        add_item(desk, as_user, name="打印机", kind="special", asset_category_code="NOPE", lendable=False)
    assert {p.code for p in exc.value.problems} == {"supply_item.asset_category"}
    with pytest.raises(Refused) as exc:
        add_item(desk, as_user, asset_category_code="A02010105", lendable=True)  # a consumable
    assert {p.code for p in exc.value.problems} == {"supply_item.consumable_asset", "supply_item.consumable_lendable"}
    ok = add_item(desk, as_user, name="台式计算机", kind="special", category="电脑", unit="台",
                  asset_category_code="A02010105")
    assert desk.supplies.item(as_user("liuyang"), ok).asset_category_code == "A02010105"


def test_edit_and_deactivate_item_supply_02(desk, as_user):
    keeper = as_user("liuyang")
    item = add_item(desk, as_user)
    desk.supplies.edit_item(keeper, item, {"reorder_level": 20, "specification": "80g"})
    view = desk.supplies.item(keeper, item)
    assert (view.reorder_level, view.specification) == (20, "80g")
    with pytest.raises(Refused) as exc:
        desk.supplies.edit_item(keeper, item, {"price": 3})
    assert {p.code for p in exc.value.problems} == {"supply_item.field"}
    with pytest.raises(Refused):
        desk.supplies.edit_item(as_user("huanglei"), item, {"reorder_level": 1})
    opening(desk, as_user, [(item, 3, "20.00")])
    with pytest.raises(Refused) as exc:
        desk.supplies.set_item_active(keeper, item, False)
    assert "尚有库存 3包" in str(exc.value)
    spare = add_item(desk, as_user, name="测试订书钉")
    desk.supplies.set_item_active(keeper, spare, False)
    rows, _ = desk.supplies.items(keeper, text="测试订书钉")
    assert rows == []
    rows, _ = desk.supplies.items(keeper, text="测试订书钉", active_only=False)
    assert [r.active for r in rows] == [False]


def test_stores_default_and_added_supply_08(desk, as_user):
    keeper = as_user("liuyang")
    before = [r.name for r in desk.supplies.locations(as_user("huanglei"))]
    assert before[0] == "办公室库房"
    second = desk.supplies.add_location(keeper, "测试档案室")
    assert [r.name for r in desk.supplies.locations(keeper)] == [*before, "测试档案室"]
    with pytest.raises(Refused):
        desk.supplies.add_location(keeper, "测试档案室")
    with pytest.raises(Refused) as exc:
        desk.supplies.add_location(as_user("huanglei"), "股室柜")
    assert rules(exc) == {"SUPPLY-08"}
    assert second


def test_stock_per_store_with_value_average_and_low_stock_supply_08(desk, as_user):
    keeper = as_user("liuyang")
    paper = add_item(desk, as_user, reorder_level=5)
    pens = add_item(desk, as_user, name="测试中性笔", category="文具", unit="支", reorder_level=0)
    never = add_item(desk, as_user, name="测试胶水", category="文具", unit="瓶", reorder_level=2)
    store = desk.supplies.locations(keeper)[0].id
    other = desk.supplies.add_location(keeper, "三楼备品柜测试")
    opening(desk, as_user, [(paper, 4, "22.00"), (pens, 30, "1.50")])
    opening(desk, as_user, [(paper, 10, "25.00")], location_id=other)
    rows = {(r.name, r.location_name): r for r in desk.supplies.stock(as_user("huanglei"), text="测试")}
    here = rows[("测试复印纸", "办公室库房")]
    assert (here.quantity, here.available, here.value, here.average_cost, here.below_reorder) == \
        (4, 4, Decimal("88.00"), Decimal("22.00"), True)
    assert rows[("测试复印纸", "三楼备品柜测试")].below_reorder is False
    assert rows[("测试胶水", "办公室库房")].quantity == 0 and rows[("测试胶水", "办公室库房")].below_reorder
    assert not rows[("测试中性笔", "办公室库房")].below_reorder  # no reorder level set
    mine = {paper, pens, never}
    low = {(r.item_id, r.location_id) for r in desk.supplies.low_stock(keeper) if r.item_id in mine}
    assert low == {(paper, store), (never, store)}
    only_other = desk.supplies.stock(keeper, location_id=other)
    assert [(r.item_id, r.quantity) for r in only_other] == [(paper, 10)]
    items, total = desk.supplies.items(keeper, text="测试复印纸")
    assert total == 1 and (items[0].on_hand, items[0].value) == (14, Decimal("338.00"))


def test_stock_card_lists_movements_with_references_supply_08(desk, as_user):
    keeper = as_user("liuyang")
    paper = add_item(desk, as_user)
    first = desk.supply_receipts.receipt(keeper, opening(desk, as_user, [(paper, 4, "22.00")]))
    second = desk.supply_receipts.receipt(keeper, opening(desk, as_user, [(paper, 2, "28.00")]))
    rows, total = desk.supplies.movements(as_user("huanglei"), paper)
    assert total == 2
    assert [(r.kind_label, r.quantity, r.value, r.balance_quantity, r.balance_value, r.reference) for r in rows] == [
        ("入库", 4, Decimal("88.00"), 4, Decimal("88.00"), first.receipt_no),
        ("入库", 2, Decimal("56.00"), 6, Decimal("144.00"), second.receipt_no)]
    assert rows[0].staff_name == "刘洋"
    assert {r.item_id: r for r in desk.supplies.stock(keeper)}[paper].average_cost == Decimal("24.00")


def test_administrator_reads_no_stock_sec_13(desk):
    admin = desk.act_as("admin")
    for call in (lambda: desk.supplies.items(admin), lambda: desk.supplies.stock(admin),
                 lambda: desk.supplies.low_stock(admin), lambda: desk.supplies.locations(admin)):
        with pytest.raises(Refused) as exc:
            call()
        assert rules(exc) == {"SEC-13"}
