"""办公用品入库单 (issue 14 item 4; SUPPLY-08, SUPPLY-01, ASSET-13): ``desk.supply_receipts``.

The office records a receipt (SUPPLY-01: only the office buys), naming the office person who
checked the goods against the order — item, specification, quantity and quality (SUPPLY-08);
goods that do not match go back to the supplier and are refused here. A unit that qualifies as a
fixed asset (the item has an asset category and its price reaches the preset's threshold) opens
one asset card per unit instead of entering stock (ASSET-13). ``opening`` receipts bring in the
stock found when the bureau starts, without an order.

Finance: the receipt links to the purchase's expense claim, and the accountant drafts its voucher
Dr 1302 库存物品 / Cr 2302 应付账款 (the supplier's payable, cleared when the claim is paid; never
1002 directly, so a paid claim's own payment voucher does not book the bank twice).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.approval.model import Problem
from desktop.persistence.schema import (
    AssetCard,
    AssetCategory,
    Document,
    Staff,
    SupplyItem,
    SupplyLocation,
    SupplyPurchase,
    SupplyPurchaseLine,
    SupplyReceipt,
    SupplyReceiptLine,
    Voucher,
)
from desktop.services.asset_records import ACCOUNTANTS, asset_parameter, holds_position
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse
from desktop.services.supply_records import (
    KEEPERS,
    PURCHASE_STATE_LABELS,
    default_location,
    is_office_staff,
    location_in,
    next_number,
    post_movement,
    require_office,
)

__all__ = ["SupplyReceiptService", "ReceiptRow", "ReceiptView", "ReceiptLineView", "RECEIPT_KIND_LABELS",
           "STOCK_ACCOUNT", "PAYABLE_ACCOUNT", "asset_threshold_of"]

ZERO = Decimal("0.00")
STOCK_ACCOUNT = "1302"  # 库存物品
PAYABLE_ACCOUNT = "2302"  # 应付账款
RECEIPT_KIND_LABELS: Mapping[str, str] = {"purchase": "采购入库", "opening": "期初库存"}
CHECKED = "核对种类、规格、数量与质量"


@dataclass(frozen=True)
class ReceiptRow:
    id: int
    receipt_no: str
    kind: str
    kind_label: str
    purchase_no: str
    location_name: str
    received_on: date
    checker_name: str
    supplier: str
    invoice_no: str
    total: Decimal
    stock_total: Decimal
    line_count: int
    voucher_no: str
    claim_serial: str


@dataclass(frozen=True)
class ReceiptLineView:
    id: int
    item_id: int
    code: str
    name: str
    specification: str
    unit: str
    quantity: int
    unit_price: Decimal
    amount: Decimal
    spec_ok: bool
    quality_ok: bool
    asset_card_no: str
    note: str


@dataclass(frozen=True)
class ReceiptView:
    id: int
    receipt_no: str
    kind: str
    kind_label: str
    purchase_id: int | None
    purchase_no: str
    location_name: str
    received_on: date
    checker_name: str
    supplier: str
    invoice_no: str
    total: Decimal
    stock_total: Decimal
    voucher_id: int | None
    voucher_no: str
    claim_document_id: int | None
    claim_serial: str
    lines: list[ReceiptLineView]
    note: str
    recorded_by_name: str


def asset_threshold_of(session: Session, bureau_id: int, category_code: str) -> Decimal | None:
    """The unit price at which an item of this asset category is a fixed asset (ASSET-13, the
    preset's asset_threshold_general / _special by the category's kind), None without a category."""
    from desktop.domain.assets.cards import THRESHOLD_KIND

    if not category_code:
        return None
    kind = session.execute(select(AssetCategory.kind).where(AssetCategory.bureau_id == bureau_id,
                                                            AssetCategory.code == category_code)).scalar_one_or_none()
    if kind is None:
        from desktop.services.assets import shipped_categories

        kind = next((r.kind for r in shipped_categories() if r.code == category_code), None)
    if kind is None:
        return None
    preset = ServiceBase.preset_of(session, bureau_id)
    return asset_parameter(preset, THRESHOLD_KIND.get(kind, "asset_threshold_general"))


def _is_accountant(session: Session, user: SignedIn) -> bool:
    return holds_position(session, user.staff_id, ACCOUNTANTS)


def _require_reader(session: Session, user: SignedIn) -> None:
    """Receipts: the office (staff and keeper), finance and the positions that read everything."""
    from desktop.domain.access import SEES_EVERYTHING

    if user.is_admin:
        raise refuse("SEC-13", "sod.admin", "系统管理员不查看业务数据")
    if not (is_office_staff(session, user) or holds_position(session, user.staff_id, SEES_EVERYTHING | KEEPERS)):
        raise refuse("SEC-03", "supply.receipt_read", "办公用品入库单由办公室、财务、局领导和稽核查看")


def _received_by_line(session: Session, line_ids: list[int]) -> dict[int, int]:
    if not line_ids:
        return {}
    return {k: int(v or 0) for k, v in session.execute(
        select(SupplyReceiptLine.purchase_line_id, func.sum(SupplyReceiptLine.quantity))
        .where(SupplyReceiptLine.purchase_line_id.in_(line_ids))
        .group_by(SupplyReceiptLine.purchase_line_id)).all()}


class SupplyReceiptService(ServiceBase):
    """``desk.supply_receipts``: receipts checked against the order, the asset cards they open,
    the claim and voucher links."""

    today = staticmethod(date.today)  # the demo loader plays a half-year back with its own clock

    def __init__(self, sessions, books) -> None:  # noqa: ANN001
        super().__init__(sessions)
        self.books = books

    # Recording ------------------------------------------------------------------------------------------
    def receive(self, user: SignedIn, fields: Mapping[str, Any]) -> int:
        """One 入库单: every line checked against the order (all problems at once); stock lines enter
        the stock book at their amount, fixed-asset units open cards (ASSET-13)."""
        from desktop.domain.input_gate.supply_receipts import read_receipt

        got, problems = read_receipt(fields, today=self.today())
        with self.transaction() as session:
            require_office(session, user, "办公用品入库")
            if got is None:
                raise Refused(problems)
            problems = []
            checker = session.get(Staff, got.checker_id)
            office_staff = checker is not None and checker.bureau_id == user.bureau_id and checker.active and \
                is_office_staff(session, _as_staff(user, checker))
            if not office_staff:
                problems.append(Problem("SUPPLY-08", "supply.checker",
                                        f"验收人须为办公室在岗人员（由办公室指定专人{CHECKED}）"))
            if got.location_id is not None:
                where = location_in(session, user, got.location_id)
                if not where.active:
                    problems.append(Problem("SUPPLY-08", "supply.location_inactive", f"存放地点“{where.name}”已停用"))
            else:
                where = default_location(session, user.bureau_id)
            purchase, order_lines = None, {}
            if got.kind == "purchase":
                purchase = session.get(SupplyPurchase, got.purchase_id, with_for_update=True)
                if purchase is None or purchase.bureau_id != user.bureau_id:
                    raise refuse("SUPPLY-08", "supply.purchase_missing", f"找不到采购单（{got.purchase_id}）")
                if purchase.state != "ordered":
                    problems.append(Problem("SUPPLY-08", "supply.purchase_state",
                                            f"采购单 {purchase.purchase_no} {PURCHASE_STATE_LABELS.get(purchase.state, purchase.state)}："
                                            "已定购（选定供应商）且未全部入库的采购单才能入库"))
                order_lines = {pl.id: pl for pl in session.execute(
                    select(SupplyPurchaseLine).where(SupplyPurchaseLine.purchase_id == purchase.id)
                    .order_by(SupplyPurchaseLine.id)).scalars()}
            elif got.purchase_id is not None:
                problems.append(Problem("SUPPLY-08", "supply.opening_purchase", "期初库存入库不依据采购单：请不要填写采购单"))
            items = {i.id: i for i in session.execute(select(SupplyItem).where(
                SupplyItem.bureau_id == user.bureau_id,
                SupplyItem.id.in_({ln.item_id for ln in got.lines}))).scalars()}
            received = _received_by_line(session, list(order_lines))
            left = {k: pl.quantity - received.get(k, 0) for k, pl in order_lines.items()}
            plan: list[tuple[Any, SupplyItem, SupplyPurchaseLine | None, bool]] = []
            for n, ln in enumerate(got.lines, start=1):
                item = items.get(ln.item_id)
                if item is None:
                    problems.append(Problem("SUPPLY-08", "supply.item_missing", f"第{n}行：找不到办公用品（{ln.item_id}）"))
                    continue
                what = f"第{n}行 {item.name}（{item.specification or item.unit}）"
                if not item.active:
                    problems.append(Problem("SUPPLY-02", "supply.item_inactive", f"{what}已停用"))
                if got.kind == "purchase" and not (ln.spec_ok and ln.quality_ok):
                    wrong = "、".join(w for w, ok in (("规格", ln.spec_ok), ("质量", ln.quality_ok)) if not ok)
                    problems.append(Problem("SUPPLY-08", "supply.not_checked",
                                            f"{what}：{wrong}未经核对相符——须{CHECKED}，不符的退回供应商，不予入库"))
                order_line = None
                if purchase is not None:
                    order_line, problem = _order_line(ln, item, what, purchase, order_lines, left)
                    if problem is not None:
                        problems.append(problem)
                    elif order_line is not None:
                        left[order_line.id] -= ln.quantity
                elif ln.purchase_line_id is not None:
                    problems.append(Problem("SUPPLY-08", "supply.opening_purchase", f"{what}：期初库存没有采购明细"))
                threshold = asset_threshold_of(session, user.bureau_id, item.asset_category_code)
                is_asset = threshold is not None and ln.unit_price >= threshold
                if is_asset and got.kind == "opening":
                    problems.append(Problem("ASSET-13", "supply.opening_asset",
                                            f"{what}单价 {ln.unit_price:,.2f} 元达到固定资产标准：已在用的固定资产请在 "
                                            "固定资产 中登记期初卡片，不作为期初库存"))
                plan.append((ln, item, order_line, is_asset))
            if problems:
                raise Refused(problems)
            receipt = SupplyReceipt(
                bureau_id=user.bureau_id, receipt_no=next_number(session, user.bureau_id, "supply_receipt", "RK",
                                                                 got.received_on.year),
                kind=got.kind, purchase_id=purchase.id if purchase else None, location_id=where.id,
                received_on=got.received_on, checker_id=checker.id, supplier=got.supplier, invoice_no=got.invoice_no,
                note=got.note, created_by=user.staff_id)
            session.add(receipt)
            session.flush()
            total, cards = ZERO, []
            card_problems: list[Problem] = []
            for n, (ln, item, order_line, is_asset) in enumerate(plan, start=1):
                amount = (ln.unit_price * ln.quantity).quantize(Decimal("0.01"))
                total += amount
                common = dict(receipt_id=receipt.id, item_id=item.id, unit_price=ln.unit_price, spec_ok=True,
                              quality_ok=True, purchase_line_id=order_line.id if order_line else None, note=ln.note)
                if not is_asset:
                    session.add(SupplyReceiptLine(**common, quantity=ln.quantity, amount=amount))
                    post_movement(session, user, item=item, location_id=where.id, kind="receipt", quantity=ln.quantity,
                                  occurred_on=got.received_on, value=amount, receipt_id=receipt.id,
                                  note=f"{RECEIPT_KIND_LABELS[got.kind]} {receipt.receipt_no}")
                    continue
                for _unit in range(ln.quantity):  # ASSET-13: one card per unit, each on its own line
                    try:
                        card_id = self._open_card(session, user, item, ln, got, purchase, order_line, where)
                    except Refused as exc:
                        card_problems += [Problem(p.rule, p.code, f"第{n}行 {item.name}：{p.text}") for p in exc.problems]
                        break
                    cards.append(card_id)
                    session.add(SupplyReceiptLine(**common, quantity=1, amount=ln.unit_price, asset_card_id=card_id))
            if card_problems:
                raise Refused(card_problems)
            receipt.total = total
            after = {"receipt_no": receipt.receipt_no, "kind": got.kind, "total": str(total), "lines": len(plan),
                     "location": where.name, "checker": checker.name}
            if purchase is not None:
                after["purchase_no"] = purchase.purchase_no
                if all(v <= 0 for v in left.values()):
                    purchase.state = "received"
                    after["purchase_state"] = "received"
            if cards:
                after["asset_cards"] = [session.get(AssetCard, c).card_no for c in cards]
            session.flush()
            self.audit(session, user, "supply.receive", "supply_receipt", receipt.id, after=after)
            return receipt.id

    @staticmethod
    def _open_card(session: Session, user: SignedIn, item: SupplyItem, ln: Any, got: Any,
                   purchase: SupplyPurchase | None, order_line: SupplyPurchaseLine | None,
                   where: SupplyLocation) -> int:
        from desktop.services.assets import register_from_supply_receipt

        return register_from_supply_receipt(session, user, {
            "name": item.name, "category_code": item.asset_category_code, "specification": item.specification,
            "unit": item.unit, "quantity": 1, "original_value": str(ln.unit_price),
            "acquired_on": got.received_on.isoformat(), "acquisition_way": "purchase", "supplier": got.supplier,
            "source_document_id": purchase.document_id if purchase else None,
            "approval_ref": purchase.purchase_no if purchase and not purchase.document_id else "",
            "department_id": order_line.department_id if order_line else None, "user_id": ln.user_id,
            "location": where.name, "note": f"办公用品入库转固定资产 {item.code}"})

    # Finance links --------------------------------------------------------------------------------------
    def link_claim(self, user: SignedIn, receipt_id: int, claim_document_id: int) -> None:
        """The expense claim (报销单) the purchase is paid by (office staff or the accountant)."""
        with self.transaction() as session:
            if user.is_admin:
                raise refuse("SEC-13", "sod.admin", "系统管理员不得办理业务")
            if not (is_office_staff(session, user) or _is_accountant(session, user)):
                raise refuse("SUPPLY-08", "supply.claim_link", "入库单关联报销单由办公室人员或会计办理")
            receipt = _receipt_in(session, user, receipt_id, lock=True)
            doc = session.get(Document, claim_document_id) if isinstance(claim_document_id, int) else None
            problems = []
            if doc is None or doc.bureau_id != user.bureau_id or doc.kind != "expense_claim":
                problems.append(Problem("SUPPLY-08", "supply.claim_missing", f"找不到本单位的报销单（{claim_document_id}）"))
            elif doc.state == "rejected":
                problems.append(Problem("SUPPLY-08", "supply.claim_rejected", f"报销单 {doc.serial or doc.id} 已被否决"))
            if receipt.kind != "purchase":
                problems.append(Problem("SUPPLY-08", "supply.claim_opening", "期初库存没有采购报销单"))
            if receipt.voucher_id is not None:
                problems.append(Problem("SUPPLY-08", "supply.claim_booked", "入库单已生成凭证，不能再改关联的报销单"))
            if problems:
                raise Refused(problems)
            before = receipt.claim_document_id
            receipt.claim_document_id = doc.id
            purchase = session.get(SupplyPurchase, receipt.purchase_id) if receipt.purchase_id else None
            if purchase is not None and purchase.claim_document_id is None:
                purchase.claim_document_id = doc.id
            self.audit(session, user, "supply.receipt_claim", "supply_receipt", receipt.id,
                       before={"claim_document_id": before},
                       after={"claim_document_id": doc.id, "claim_serial": doc.serial or ""})

    def draft_voucher(self, user: SignedIn, receipt_id: int, *, voucher_date: date | None = None) -> int:
        """The receipt's voucher (accountant): Dr 1302 库存物品 the stock lines / Cr 2302 应付账款 the
        supplier; fixed-asset units are booked from their cards (assets → 入账凭证). Never twice."""
        from desktop.domain.finance.vouchers import LineInput
        from desktop.services.asset_depreciation import ledger_leaf

        with self.transaction() as session:
            if user.is_admin:
                raise refuse("SEC-13", "sod.admin", "系统管理员不得办理业务")
            if holds_position(session, user.staff_id, KEEPERS) or not _is_accountant(session, user):
                raise refuse("SUPPLY-08", "supply.voucher_maker",
                             "入库凭证由会计或财务负责人编制：保管人员不得同时记账（财产物资核算与保管分离）")
            receipt = _receipt_in(session, user, receipt_id, lock=True)
            stock_total = _stock_total(session, receipt.id)
            problems = []
            if receipt.voucher_id is not None:
                voucher = session.get(Voucher, receipt.voucher_id)
                problems.append(Problem("SUPPLY-08", "supply.has_voucher",
                                        f"入库单 {receipt.receipt_no} 已生成凭证 {voucher.voucher_no if voucher else ''}"))
            if receipt.kind != "purchase":
                problems.append(Problem("SUPPLY-08", "supply.voucher_opening", "期初库存已在期初余额中，不生成凭证"))
            elif stock_total <= 0:
                problems.append(Problem("ASSET-13", "supply.voucher_assets_only",
                                        "入库单只有转为固定资产的物品：请在 固定资产 中按卡片生成入账凭证"))
            if problems:
                raise Refused(problems)
            purchase = session.get(SupplyPurchase, receipt.purchase_id)
            bureau = user.bureau_id
            payee = receipt.supplier[:100]
            summary = f"办公用品入库 {receipt.receipt_no}{(' ' + payee) if payee else ''}"[:200]
            lines = [LineInput(ledger_leaf(session, bureau, STOCK_ACCOUNT), summary, debit=stock_total),
                     LineInput(ledger_leaf(session, bureau, PAYABLE_ACCOUNT), f"应付办公用品款{(' ' + payee) if payee else ''}"[:200],
                               credit=stock_total, payee=payee)]
            voucher_id = self.books.make_voucher_in(session, user, voucher_date or receipt.received_on, lines,
                                                    summary=summary, origin="supply",
                                                    source_document_id=purchase.document_id if purchase else None)
            receipt.voucher_id = voucher_id
            voucher = session.get(Voucher, voucher_id)
            self.audit(session, user, "supply.receipt_voucher", "supply_receipt", receipt.id,
                       after={"voucher_no": voucher.voucher_no, "amount": str(stock_total)})
            return voucher_id

    def awaiting_vouchers(self, user: SignedIn) -> list[ReceiptRow]:
        """Purchase receipts with stock lines and no voucher yet (the accountant's list)."""
        with self.reading() as session:
            _require_reader(session, user)
            ids = session.execute(select(SupplyReceipt.id).where(
                SupplyReceipt.bureau_id == user.bureau_id, SupplyReceipt.kind == "purchase",
                SupplyReceipt.voucher_id.is_(None)).order_by(SupplyReceipt.received_on, SupplyReceipt.id)).scalars().all()
            rows = _rows(session, list(ids))
            return [r for r in rows if r.stock_total > 0]

    # Reading ----------------------------------------------------------------------------------------------
    def receipts(self, user: SignedIn, *, first: date | None = None, last: date | None = None,
                 purchase_id: int | None = None, offset: int = 0, limit: int = 200) -> tuple[list[ReceiptRow], int]:
        r = SupplyReceipt
        with self.reading() as session:
            _require_reader(session, user)
            where = [r.bureau_id == user.bureau_id]
            if first is not None:
                where.append(r.received_on >= first)
            if last is not None:
                where.append(r.received_on <= last)
            if purchase_id is not None:
                where.append(r.purchase_id == purchase_id)
            offset, limit = max(0, int(offset)), max(0, min(int(limit), 5000))
            total = session.execute(select(func.count()).select_from(r).where(*where)).scalar() or 0
            ids = session.execute(select(r.id).where(*where).order_by(r.received_on.desc(), r.id.desc())
                                  .offset(offset).limit(limit)).scalars().all()
            return _rows(session, list(ids)), total

    def receipt(self, user: SignedIn, receipt_id: int) -> ReceiptView:
        with self.reading() as session:
            _require_reader(session, user)
            receipt = _receipt_in(session, user, receipt_id)
            row = _rows(session, [receipt.id])[0]
            lines = session.execute(
                select(SupplyReceiptLine, SupplyItem, AssetCard.card_no)
                .join(SupplyItem, SupplyItem.id == SupplyReceiptLine.item_id)
                .outerjoin(AssetCard, AssetCard.id == SupplyReceiptLine.asset_card_id)
                .where(SupplyReceiptLine.receipt_id == receipt.id).order_by(SupplyReceiptLine.id)).all()
            maker = session.get(Staff, receipt.created_by)
            return ReceiptView(
                receipt.id, receipt.receipt_no, receipt.kind, row.kind_label, receipt.purchase_id, row.purchase_no,
                row.location_name, receipt.received_on, row.checker_name, receipt.supplier, receipt.invoice_no,
                receipt.total, row.stock_total, receipt.voucher_id, row.voucher_no, receipt.claim_document_id,
                row.claim_serial,
                [ReceiptLineView(ln.id, item.id, item.code, item.name, item.specification, item.unit, ln.quantity,
                                 ln.unit_price, ln.amount, ln.spec_ok, ln.quality_ok, card_no or "", ln.note)
                 for ln, item, card_no in lines],
                receipt.note, maker.name if maker else "")


def _as_staff(user: SignedIn, person: Staff) -> SignedIn:
    """``is_office_staff`` asks about a signed-in person; the checker is asked about by staff id."""
    from dataclasses import replace

    return replace(user, staff_id=person.id)


def _order_line(ln: Any, item: SupplyItem, what: str, purchase: SupplyPurchase,
                order_lines: dict[int, SupplyPurchaseLine],
                left: dict[int, int]) -> tuple[SupplyPurchaseLine | None, Problem | None]:
    """The order line a receipt line is against, or the problem (not on the order, more than is left)."""
    if ln.purchase_line_id is not None:
        chosen = order_lines.get(ln.purchase_line_id)
        if chosen is None or chosen.item_id != item.id:
            return None, Problem("SUPPLY-08", "supply.not_on_order",
                                 f"{what}：采购单 {purchase.purchase_no} 没有这一采购明细（{ln.purchase_line_id}）")
        candidates = [chosen]
    else:
        candidates = [pl for pl in order_lines.values() if pl.item_id == item.id]
        if not candidates:
            return None, Problem("SUPPLY-08", "supply.not_on_order",
                                 f"{what}不在采购单 {purchase.purchase_no} 上：种类与采购单不符，不予入库")
        candidates = [pl for pl in candidates if left[pl.id] >= ln.quantity] or candidates
    chosen = candidates[0]
    remaining = left[chosen.id]
    if ln.quantity > remaining:
        ordered = chosen.quantity
        return None, Problem("SUPPLY-08", "supply.over_order",
                             f"{what}：采购单订购 {ordered}{item.unit}，已入库 {ordered - remaining}{item.unit}，"
                             f"尚余 {max(remaining, 0)}{item.unit}，本次 {ln.quantity}{item.unit} 超出订购数量")
    return chosen, None


def _receipt_in(session: Session, user: SignedIn, receipt_id: Any, *, lock: bool = False) -> SupplyReceipt:
    receipt = (session.get(SupplyReceipt, receipt_id, with_for_update=lock)
               if isinstance(receipt_id, int) and not isinstance(receipt_id, bool) else None)
    if receipt is None or receipt.bureau_id != user.bureau_id:
        raise refuse("SUPPLY-08", "supply.receipt_missing", f"找不到入库单（{receipt_id}）")
    return receipt


def _stock_total(session: Session, receipt_id: int) -> Decimal:
    """What entered stock (not the units that became fixed assets)."""
    return Decimal(session.execute(select(func.coalesce(func.sum(SupplyReceiptLine.amount), 0)).where(
        SupplyReceiptLine.receipt_id == receipt_id, SupplyReceiptLine.asset_card_id.is_(None))).scalar_one()
    ).quantize(Decimal("0.01"))


def _rows(session: Session, ids: list[int]) -> list[ReceiptRow]:
    if not ids:
        return []
    r = SupplyReceipt
    stock = defaultdict(lambda: ZERO)
    counts: dict[int, int] = defaultdict(int)
    for rid, amount, card, n in session.execute(
            select(SupplyReceiptLine.receipt_id, func.sum(SupplyReceiptLine.amount),
                   SupplyReceiptLine.asset_card_id.is_(None), func.count())
            .where(SupplyReceiptLine.receipt_id.in_(ids))
            .group_by(SupplyReceiptLine.receipt_id, SupplyReceiptLine.asset_card_id.is_(None))).all():
        counts[rid] += int(n)
        if card:
            stock[rid] += Decimal(amount or 0)
    found = session.execute(
        select(r, SupplyPurchase.purchase_no, SupplyLocation.name, Staff.name, Voucher.voucher_no, Document.serial)
        .join(SupplyLocation, SupplyLocation.id == r.location_id)
        .join(Staff, Staff.id == r.checker_id)
        .outerjoin(SupplyPurchase, SupplyPurchase.id == r.purchase_id)
        .outerjoin(Voucher, Voucher.id == r.voucher_id)
        .outerjoin(Document, Document.id == r.claim_document_id)
        .where(r.id.in_(ids))).all()
    by_id = {rec.id: (rec, pno, loc, checker, vno, serial) for rec, pno, loc, checker, vno, serial in found}
    out = []
    for i in ids:
        rec, pno, loc, checker, vno, serial = by_id[i]
        out.append(ReceiptRow(rec.id, rec.receipt_no, rec.kind, RECEIPT_KIND_LABELS.get(rec.kind, rec.kind), pno or "",
                              loc, rec.received_on, checker, rec.supplier, rec.invoice_no, rec.total,
                              Decimal(stock[i]).quantize(Decimal("0.01")), counts[i], vno or "",
                              (serial or "") if rec.claim_document_id else ""))
    return out
