"""办公用品入库单 through ``desk.supply_receipts`` on SQLite and PostgreSQL (issue 14 item 4): recorded
by the office (SUPPLY-01) with a named office checker, checked against the ordered purchase —
item, quantity left, specification and quality (SUPPLY-08) — all problems at once; fixed-asset
units open one card each instead of entering stock (ASSET-13); the claim link and the voucher."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.persistence.schema import AssetCard, Document, LedgerAccount, SupplyPurchase, Voucher, VoucherLine
from desktop.services.base import Refused
from tests.store.supply_fixtures import add_item, ordered_purchase


def rules(exc) -> set[str]:
    return {p.rule for p in exc.value.problems}


def codes(exc) -> set[str]:
    return {p.code for p in exc.value.problems}


def receipt_fields(as_user, purchase_id, lines, **over) -> dict:
    return {"kind": "purchase", "purchase_id": purchase_id, "received_on": date.today().isoformat(),
            "checker_id": as_user("zhoumin").staff_id, "supplier": "县文具批发部", "invoice_no": "No.0012",
            "lines": [{"item_id": i, "quantity": q, "unit_price": p, "spec_ok": True, "quality_ok": True, **extra}
                      for i, q, p, *rest in lines for extra in [rest[0] if rest else {}]], **over}


def purchase_state(desk, purchase_id) -> str:
    with desk.sessions() as s:
        return s.get(SupplyPurchase, purchase_id).state


def test_receipt_against_the_order_enters_stock_and_completes_it_supply_08(desk, as_user):
    paper = add_item(desk, as_user)
    toner = add_item(desk, as_user, name="硒鼓", category="碳粉", unit="个", specification="HP 88A")
    purchase, _ = ordered_purchase(desk, as_user, [(paper, 50, "23.00"), (toner, 4, "180.00")])
    keeper = as_user("liuyang")
    first = desk.supply_receipts.receive(keeper, receipt_fields(as_user, purchase, [(paper, 30, "23.00")]))
    view = desk.supply_receipts.receipt(keeper, first)
    assert view.receipt_no.startswith(f"RK{date.today().year}-") and view.checker_name == "周敏"
    assert (view.total, view.stock_total, view.location_name) == (Decimal("690.00"), Decimal("690.00"), "办公室库房")
    assert purchase_state(desk, purchase) == "ordered"  # 20 reams and the toner still to come
    desk.supply_receipts.receive(as_user("zhoumin"), receipt_fields(as_user, purchase, [(paper, 20, "23.00"),
                                                                                           (toner, 4, "180.00")]))
    assert purchase_state(desk, purchase) == "received"
    stock = {r.item_id: r for r in desk.supplies.stock(keeper)}
    assert (stock[paper].quantity, stock[paper].value) == (50, Decimal("1150.00"))
    assert (stock[toner].quantity, stock[toner].average_cost) == (4, Decimal("180.00"))
    rows, total = desk.supply_receipts.receipts(as_user("zhenglj"), purchase_id=purchase)
    assert total == 2 and {r.purchase_no.startswith("CGT-") for r in rows} == {True}


def test_mismatches_refused_all_at_once_naming_what_is_left_supply_08(desk, as_user):
    paper = add_item(desk, as_user)
    pens = add_item(desk, as_user, name="中性笔", category="文具", unit="支")
    glue = add_item(desk, as_user, name="胶水", category="文具", unit="瓶")
    purchase, _ = ordered_purchase(desk, as_user, [(paper, 10, "23.00"), (pens, 100, "1.50")])
    keeper = as_user("liuyang")
    desk.supply_receipts.receive(keeper, receipt_fields(as_user, purchase, [(paper, 6, "23.00")]))
    fields = receipt_fields(as_user, purchase, [(paper, 5, "23.00"), (glue, 2, "4.00"),
                                                (pens, 100, "1.50", {"spec_ok": False})],
                            checker_id=as_user("huanglei").staff_id)
    with pytest.raises(Refused) as exc:
        desk.supply_receipts.receive(keeper, fields)
    assert rules(exc) == {"SUPPLY-08"}
    assert codes(exc) == {"supply.over_order", "supply.not_on_order", "supply.not_checked", "supply.checker"}
    text = str(exc.value)
    assert "尚余 4包" in text and "核对种类、规格、数量与质量" in text and "胶水" in text
    with pytest.raises(Refused) as exc:
        desk.supply_receipts.receive(keeper, receipt_fields(as_user, purchase, [(paper, 1, "0")]))
    assert codes(exc) == {"supply_receipt.lines[0].unit_price"}
    assert {r.item_id: r.quantity for r in desk.supplies.stock(keeper)}[paper] == 6  # nothing of the refused


def test_only_the_office_records_receipts_supply_01(desk, as_user):
    paper = add_item(desk, as_user)
    purchase, _ = ordered_purchase(desk, as_user, [(paper, 10, "23.00")])
    for who in ("yangfan", "zhenglj"):
        with pytest.raises(Refused) as exc:
            desk.supply_receipts.receive(as_user(who), receipt_fields(as_user, purchase, [(paper, 1, "23.00")]))
        assert rules(exc) == {"SUPPLY-01"}


def test_purchase_not_ordered_is_not_received_supply_08(desk, as_user):
    paper = add_item(desk, as_user)
    purchase, _ = ordered_purchase(desk, as_user, [(paper, 10, "23.00")])
    with desk.sessions.begin() as s:
        s.get(SupplyPurchase, purchase).state = "approving"
    with pytest.raises(Refused) as exc:
        desk.supply_receipts.receive(as_user("liuyang"), receipt_fields(as_user, purchase, [(paper, 1, "23.00")]))
    assert codes(exc) == {"supply.purchase_state"}


def test_fixed_asset_units_open_one_card_each_not_stock_asset_13(desk, as_user):
    pc = add_item(desk, as_user, name="台式计算机", kind="special", category="电脑", unit="台",
                  specification="联想 启天M437", asset_category_code="A02010105")
    mouse = add_item(desk, as_user, name="鼠标", kind="special", category="电脑", unit="个",
                     asset_category_code="A02010105")
    purchase, _ = ordered_purchase(desk, as_user, [(pc, 2, "4500.00"), (mouse, 5, "60.00")])
    keeper = as_user("liuyang")
    rid = desk.supply_receipts.receive(keeper, receipt_fields(
        as_user, purchase, [(pc, 2, "4500.00", {"user_id": as_user("huanglei").staff_id}), (mouse, 5, "60.00")]))
    view = desk.supply_receipts.receipt(keeper, rid)
    cards = [ln.asset_card_no for ln in view.lines if ln.asset_card_no]
    assert len(cards) == 2 and len(set(cards)) == 2
    assert (view.total, view.stock_total) == (Decimal("9300.00"), Decimal("300.00"))
    stock = {r.item_id: r.quantity for r in desk.supplies.stock(keeper)}
    assert stock.get(pc, 0) == 0 and stock[mouse] == 5  # below the threshold: stock
    huanglei = as_user("huanglei").staff_id
    with desk.sessions() as s:
        found = s.execute(select(AssetCard).where(AssetCard.card_no.in_(cards))).scalars().all()
        assert {(c.status, c.original_value, c.acquisition_way) for c in found} == {("pending", Decimal("4500.00"),
                                                                                      "purchase")}
        assert {c.user_id for c in found} == {huanglei}
    assert purchase_state(desk, purchase) == "received"


def test_claim_link_and_voucher_once_by_the_accountant_supply_08(desk, as_user):
    paper = add_item(desk, as_user)
    purchase, _ = ordered_purchase(desk, as_user, [(paper, 10, "23.00")])
    rid = desk.supply_receipts.receive(as_user("liuyang"), receipt_fields(as_user, purchase, [(paper, 10, "23.00")]))
    accountant = as_user("zhenglj")
    assert rid in {r.id for r in desk.supply_receipts.awaiting_vouchers(accountant)}
    with desk.sessions() as s:
        claim = s.execute(select(Document.id).where(Document.kind == "expense_claim",
                                                    Document.state != "rejected")).scalars().first()
    desk.supply_receipts.link_claim(as_user("zhoumin"), rid, claim)
    with pytest.raises(Refused) as exc:
        desk.supply_receipts.draft_voucher(as_user("liuyang"), rid)  # the keeper keeps, never books
    assert rules(exc) == {"SUPPLY-08"}
    voucher_id = desk.supply_receipts.draft_voucher(accountant, rid)
    with desk.sessions() as s:
        voucher = s.get(Voucher, voucher_id)
        lines = s.execute(select(LedgerAccount.code, VoucherLine.debit, VoucherLine.credit)
                          .join(LedgerAccount, LedgerAccount.id == VoucherLine.account_id)
                          .where(VoucherLine.voucher_id == voucher_id, VoucherLine.side == "financial")).all()
        assert voucher.origin == "supply"
        assert sorted((code[:4], debit, credit) for code, debit, credit in lines) == [
            ("1302", Decimal("230.00"), Decimal("0.00")), ("2302", Decimal("0.00"), Decimal("230.00"))]
    view = desk.supply_receipts.receipt(accountant, rid)
    assert view.voucher_no and view.claim_document_id == claim
    with pytest.raises(Refused) as exc:
        desk.supply_receipts.draft_voucher(accountant, rid)
    assert codes(exc) == {"supply.has_voucher"}
    assert rid not in {r.id for r in desk.supply_receipts.awaiting_vouchers(accountant)}


def test_sections_do_not_read_receipts_sec_03(desk, as_user):
    with pytest.raises(Refused) as exc:
        desk.supply_receipts.receipts(as_user("huanglei"))
    assert rules(exc) == {"SEC-03"}
