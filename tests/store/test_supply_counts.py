"""Half-yearly counts through ``desk.supply_counts`` on SQLite and PostgreSQL (issue 14 item 7):
book quantities fixed at the start, counts entered, every difference explained before the report
(SUPPLY-11), the person liable and the compensation (SUPPLY-12), the ``supply_count`` document
approved before the stock is adjusted, and the adjustment by the difference, never below zero."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.persistence import record_state
from desktop.persistence.schema import AuditEntry, SupplyBalance, SupplyItem, SupplyLocation, SupplyMovement
from desktop.services.base import Refused
from desktop.services.supply_records import post_movement

TODAY = date.today()


def codes(exc: pytest.ExceptionInfo) -> list[str]:
    return [p.code for p in exc.value.problems]


@pytest.fixture
def store(desk, as_user) -> dict:
    """A store of its own (the demo's 办公室库房 may be counted already) with three items:
    paper 40 包 at ¥25, toner 6 个 at ¥300, pens 100 支 at ¥2."""
    keeper = as_user("liuyang")
    with desk.sessions.begin() as s:
        where = SupplyLocation(bureau_id=keeper.bureau_id, name="二楼备品库")
        s.add(where)
        s.flush()
        n = len(s.execute(select(SupplyItem.id).where(SupplyItem.bureau_id == keeper.bureau_id)).all())
        ids = {}
        for i, (name, unit, qty, amount) in enumerate((("A4复印纸", "包", 40, "1000.00"), ("硒鼓", "个", 6, "1800.00"),
                                                        ("中性笔", "支", 100, "200.00")), 1):
            item = SupplyItem(bureau_id=keeper.bureau_id, code=f"PC{n + i:04d}", name=name, unit=unit)
            s.add(item)
            s.flush()
            post_movement(s, keeper, item=item, location_id=where.id, kind="receipt", quantity=qty,
                          occurred_on=TODAY, value=Decimal(amount))
            ids[name] = item.id
        return {"location": where.id, "items": ids}


def on_hand(desk, item_id: int, location_id: int) -> tuple[int, Decimal]:
    with desk.sessions() as s:
        b = s.execute(select(SupplyBalance).where(SupplyBalance.item_id == item_id,
                                                  SupplyBalance.location_id == location_id)).scalar_one()
        return b.quantity, b.value


def take_out(desk, as_user, item_id: int, location_id: int, quantity: int) -> None:
    """An issue made while the count is open (the issue itself is another area's: its movement)."""
    keeper = as_user("liuyang")
    with desk.sessions.begin() as s:
        post_movement(s, keeper, item=s.get(SupplyItem, item_id), location_id=location_id, kind="issue",
                      quantity=-quantity, occurred_on=TODAY)


def approve(desk, as_user, doc_id: int) -> None:
    for who in ("zhoumin", "wufang", "wangjianguo"):
        if desk.approvals.document(as_user("liuyang"), doc_id).state == "approved":
            break
        desk.approvals.approve(as_user(who), doc_id)
    assert desk.approvals.document(as_user("liuyang"), doc_id).state == "approved"


def test_supply11_start_fixes_book_quantities_by_the_keeper_only(desk, as_user, store):
    """SUPPLY-11: the keeper starts the half-year count of one store; a line per item with its
    book quantity now; PD<year>-01; one open count per store."""
    counts = desk.supply_counts
    with pytest.raises(Refused) as exc:
        counts.start(as_user("zhoumin"), store["location"], TODAY)
    assert codes(exc) == ["supply.not_keeper"] and exc.value.problems[0].rule == "SUPPLY-11"
    cid = counts.start(as_user("liuyang"), store["location"], TODAY)
    view = counts.count_view(as_user("liuyang"), cid)
    assert view.count_no.startswith(f"PD{TODAY.year}-") and view.state_label == "盘点中"
    assert view.title == f"{TODAY.year}年{'上' if TODAY.month <= 6 else '下'}半年办公用品盘点（二楼备品库）"
    assert [(x.name, x.book_quantity, x.counted_quantity) for x in view.lines] == [
        ("A4复印纸", 40, None), ("硒鼓", 6, None), ("中性笔", 100, None)]
    with pytest.raises(Refused) as exc:
        counts.start(as_user("liuyang"), store["location"], TODAY)
    assert codes(exc) == ["count.open"]
    assert cid in [r.id for r in counts.counts(as_user("wufang"))]
    with pytest.raises(Refused) as exc:  # a section's clerk does not read the office's books
        counts.counts(as_user("huanglei"))
    assert codes(exc) == ["count.not_reader"]


def test_supply11_report_refused_listing_every_uncounted_and_unexplained_line(desk, as_user, store):
    """SUPPLY-11 「确保账物相符」: the report lists at once every line not counted and every
    difference without its explanation; SUPPLY-12: a compensation names the person liable."""
    counts, keeper, items = desk.supply_counts, as_user("liuyang"), store["items"]
    cid = counts.start(keeper, store["location"], TODAY)
    counts.enter(keeper, cid, [{"item_id": items["A4复印纸"], "counted_quantity": 38},
                               {"item_id": items["硒鼓"], "counted_quantity": 5, "compensation": "300.00"}])
    with pytest.raises(Refused) as exc:
        counts.report(keeper, cid)
    assert codes(exc) == ["count.unexplained", "count.unexplained", "count.liable_missing", "count.not_counted"]
    assert [p.rule for p in exc.value.problems] == ["SUPPLY-11", "SUPPLY-11", "SUPPLY-12", "SUPPLY-11"]
    assert "中性笔" in exc.value.problems[3].text
    with pytest.raises(Refused) as exc:  # the input gate and lines not in the count
        counts.enter(keeper, cid, [{"item_id": 99_999_999, "counted_quantity": -1}])
    assert codes(exc) == ["supply_count.lines[0].counted_quantity"]
    with pytest.raises(Refused) as exc:
        counts.enter(keeper, cid, [{"item_id": 99_999_999, "counted_quantity": 1}])
    assert codes(exc) == ["count.item_not_in"]


def test_supply11_approved_differences_adjust_stock_by_the_difference_with_audit(desk, as_user, store):
    """SUPPLY-11/12: the differences go for approval as 办公用品盘点差异报告 valued at moving-average
    cost; nothing moves before approval; then a loss and a gain movement carrying the count —
    by the difference, though stock moved since the count began — and an audit entry with them."""
    counts, keeper, items, where = desk.supply_counts, as_user("liuyang"), store["items"], store["location"]
    cid = counts.start(keeper, where, TODAY)
    huanglei = as_user("huanglei").staff_id
    counts.enter(keeper, cid, [
        {"item_id": items["A4复印纸"], "counted_quantity": 37, "explanation": "受潮损坏3包已丢弃"},
        {"item_id": items["硒鼓"], "counted_quantity": 5, "explanation": "黄磊借用后遗失", "liable_staff_id": huanglei,
         "compensation": "300.00"},
        {"item_id": items["中性笔"], "counted_quantity": 102, "explanation": "上次领用退回未登记"}])
    doc_id = counts.report(keeper, cid)
    doc = desk.approvals.document(keeper, doc_id)
    assert doc.kind == "supply_count" and doc.state == "submitted"
    assert doc.amount == Decimal("75.00") + Decimal("300.00") + Decimal("4.00")
    assert doc.title.endswith("办公用品盘点（二楼备品库）")
    payload = json.loads(doc.payload_json) if hasattr(doc, "payload_json") else doc.payload
    assert [(d["book"], d["counted"], d["difference"], d["value"]) for d in payload["differences"]] == [
        (40, 37, -3, "-75.00"), (6, 5, -1, "-300.00"), (100, 102, 2, "4.00")]
    assert payload["items_counted"] == 3 and payload["location"] == "二楼备品库"
    with pytest.raises(Refused) as exc:
        counts.adjust(keeper, cid)
    assert codes(exc) == ["count.not_approved"] and exc.value.problems[0].rule == "SUPPLY-11"
    assert on_hand(desk, items["A4复印纸"], where) == (40, Decimal("1000.00"))
    with pytest.raises(Refused) as exc:  # closed while the report is out
        counts.enter(keeper, cid, [{"item_id": items["A4复印纸"], "counted_quantity": 40}])
    assert codes(exc) == ["count.closed"]
    take_out(desk, as_user, items["A4复印纸"], where, 10)  # issued while the report was out
    approve(desk, as_user, doc_id)
    made = counts.adjust(keeper, cid)
    assert len(made) == 3
    assert on_hand(desk, items["A4复印纸"], where) == (27, Decimal("675.00"))
    assert on_hand(desk, items["硒鼓"], where) == (5, Decimal("1500.00"))
    assert on_hand(desk, items["中性笔"], where) == (102, Decimal("204.00"))
    with desk.sessions() as s:
        moves = s.execute(select(SupplyMovement.kind, SupplyMovement.quantity).where(
            SupplyMovement.count_id == cid).order_by(SupplyMovement.id)).all()
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "supply.count_adjust",
                                                   AuditEntry.entity_id == str(cid))).scalar_one()
    assert [tuple(m) for m in moves] == [("loss", -3), ("loss", -1), ("gain", 2)]
    assert [(x["kind"], x["quantity"]) for x in json.loads(entry.after_json)["lines"]] == [
        ("loss", -3), ("loss", -1), ("gain", 2)]
    view = counts.count_view(keeper, cid)
    assert view.state == "adjusted" and view.lines[1].liable_name == "黄磊"
    assert view.lines[1].compensation == Decimal("300.00") and view.difference_value == Decimal("379.00")
    with pytest.raises(Refused) as exc:
        counts.adjust(keeper, cid)
    assert codes(exc) == ["count.adjusted"]
    with desk.engine.connect() as conn:
        assert record_state.deep_check(conn, ["supply_count", "supply_balance"]) == []


def test_supply11_adjustment_never_takes_stock_below_zero(desk, as_user, store):
    """SUPPLY-11: a loss larger than what is on hand now (issued since the count began) is refused
    explaining, and nothing is adjusted."""
    counts, keeper, items, where = desk.supply_counts, as_user("liuyang"), store["items"], store["location"]
    cid = counts.start(keeper, where, TODAY)
    counts.enter(keeper, cid, [{"item_id": items["A4复印纸"], "counted_quantity": 40},
                               {"item_id": items["硒鼓"], "counted_quantity": 1, "explanation": "未登记领用5个"},
                               {"item_id": items["中性笔"], "counted_quantity": 100}])
    doc_id = counts.report(keeper, cid)
    take_out(desk, as_user, items["硒鼓"], where, 4)
    approve(desk, as_user, doc_id)
    with pytest.raises(Refused) as exc:
        counts.adjust(keeper, cid)
    assert codes(exc) == ["count.below_zero"] and "现有库存仅 2" in exc.value.problems[0].text
    assert on_hand(desk, items["硒鼓"], where)[0] == 2
    assert counts.count_view(keeper, cid).state == "reported"


def test_supply11_a_count_without_difference_closes_without_a_document(desk, as_user, store):
    """SUPPLY-11: books and stock agree — nothing to approve, the count is closed (adjusted)."""
    counts, keeper, items = desk.supply_counts, as_user("liuyang"), store["items"]
    cid = counts.start(keeper, store["location"], TODAY)
    counts.enter(keeper, cid, [{"item_id": i, "counted_quantity": q}
                               for i, q in ((items["A4复印纸"], 40), (items["硒鼓"], 6), (items["中性笔"], 100))])
    assert counts.report(keeper, cid) is None
    view = counts.count_view(as_user("zhoumin"), cid)
    assert (view.state, view.document_id, view.differences) == ("adjusted", None, 0)
    assert counts.start(keeper, store["location"], TODAY)  # the store may be counted again


def test_supply11_returned_report_reopens_the_count_for_correction(desk, as_user, store):
    """SUPPLY-11: a report sent back reopens the count; the corrected report resubmits the same
    document with the new figures."""
    counts, keeper, items = desk.supply_counts, as_user("liuyang"), store["items"]
    cid = counts.start(keeper, store["location"], TODAY)
    counts.enter(keeper, cid, [{"item_id": items["A4复印纸"], "counted_quantity": 39, "explanation": "不明"},
                               {"item_id": items["硒鼓"], "counted_quantity": 6},
                               {"item_id": items["中性笔"], "counted_quantity": 100}])
    doc_id = counts.report(keeper, cid)
    desk.approvals.return_(as_user("zhoumin"), doc_id, ["差异原因须查明"])
    counts.enter(keeper, cid, [{"item_id": items["A4复印纸"], "counted_quantity": 39,
                                "explanation": "办公室会议室取用1包未登记"}])
    assert counts.report(keeper, cid) == doc_id
    doc = desk.approvals.document(keeper, doc_id)
    assert doc.state == "submitted" and "会议室取用" in doc.purpose and doc.amount == Decimal("25.00")
