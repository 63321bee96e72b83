"""Half-yearly counts of a store (盘点, SUPPLY-11; compensation for loss, SUPPLY-12).

The keeper starts a count: one line per item the store has a balance for, its book quantity fixed
then. Counted quantities are entered (a line at a time or all at once); every difference needs its
explanation, and a compensation its liable person. The report is a ``supply_count`` document
(办公用品盘点差异报告, office head → finance → director) whose amount is the differences' value at
moving-average cost; a count that found no difference closes at once. Once the document is
approved the keeper adjusts: a gain or loss movement per difference (stock may have moved since
the count began — the difference is applied, never taking stock below zero).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.access import SEES_EVERYTHING
from desktop.domain.approval.model import Problem
from desktop.domain.money import format_amount
from desktop.domain.supplies import counts as rules
from desktop.domain.supplies.periods import half_of
from desktop.domain.supplies.valuation import Stock, average_cost
from desktop.persistence.schema import (Document, Staff, SupplyBalance, SupplyCount, SupplyCountLine, SupplyItem,
                                        SupplyLocation, utcnow)
from desktop.services.asset_records import holds_position
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse
from desktop.services.supply_records import (COUNT_STATE_LABELS, balance_of, is_keeper, is_office_staff,
                                             location_in, next_number, post_movement, require_keeper)

__all__ = ["SupplyCountService", "CountView", "CountLineView", "CountRow", "KIND"]

KIND = "supply_count"
APPROVED = ("approved", "archived")
REOPENED = ("draft", "returned", "rejected")  # the report not (yet) approved: the count may be corrected
DOC_STATE_LABELS = {"draft": "草稿", "submitted": "审批中", "returned": "已退回", "rejected": "未获批准",
                    "approved": "已批准", "archived": "已归档"}


@dataclass(frozen=True)
class CountLineView:
    item_id: int
    code: str
    name: str
    specification: str
    unit: str
    book_quantity: int
    counted_quantity: int | None
    difference: int | None
    value: Decimal  # the difference at moving-average cost, signed
    explanation: str
    liable_staff_id: int | None
    liable_name: str
    compensation: Decimal


@dataclass(frozen=True)
class CountView:
    id: int
    count_no: str
    title: str
    year: int
    half: int
    location_id: int
    location_name: str
    counted_on: date
    state: str
    state_label: str
    document_id: int | None
    document_serial: str
    document_state: str
    lines: tuple[CountLineView, ...]
    items_counted: int
    differences: int
    difference_value: Decimal  # the total of |value|: the report's amount


@dataclass(frozen=True)
class CountRow:
    id: int
    count_no: str
    year: int
    half: int
    location_name: str
    counted_on: date
    state: str
    state_label: str
    line_count: int
    counted: int
    document_id: int | None
    document_serial: str
    document_state: str


class SupplyCountService(ServiceBase):
    def __init__(self, sessions, approvals):  # noqa: ANN001
        super().__init__(sessions)
        self._approvals = approvals

    @staticmethod
    def today() -> date:
        """The clock (tests move it)."""
        return date.today()

    # Reading -----------------------------------------------------------------------------------
    def counts(self, user: SignedIn) -> list[CountRow]:
        with self.reading() as session:
            _require_reader(session, user)
            counts = session.execute(select(SupplyCount).where(SupplyCount.bureau_id == user.bureau_id)
                                     .order_by(SupplyCount.counted_on.desc(), SupplyCount.id.desc())).scalars().all()
            if not counts:
                return []
            ids = [c.id for c in counts]
            tallies = {cid: (n, k) for cid, n, k in session.execute(
                select(SupplyCountLine.count_id, func.count(SupplyCountLine.id),
                       func.count(SupplyCountLine.counted_quantity))
                .where(SupplyCountLine.count_id.in_(ids)).group_by(SupplyCountLine.count_id))}
            places = dict(session.execute(select(SupplyLocation.id, SupplyLocation.name).where(
                SupplyLocation.bureau_id == user.bureau_id)).all())
            docs = {d.id: d for d in session.execute(select(Document).where(
                Document.id.in_([c.document_id for c in counts if c.document_id]))).scalars()}
            rows = []
            for c in counts:
                doc = docs.get(c.document_id)
                n, k = tallies.get(c.id, (0, 0))
                rows.append(CountRow(c.id, c.count_no, c.year, c.half, places.get(c.location_id, ""), c.counted_on,
                                     c.state, COUNT_STATE_LABELS.get(c.state, c.state), n, k, c.document_id,
                                     (doc.serial or "") if doc else "", doc.state if doc else ""))
            return rows

    def count_view(self, user: SignedIn, count_id: int) -> CountView:
        with self.reading() as session:
            _require_reader(session, user)
            return self._view(session, _count_in(session, user, count_id))

    # Commands ----------------------------------------------------------------------------------
    def start(self, user: SignedIn, location_id: int, counted_on: date) -> int:
        """A count of one store (SUPPLY-11): a line per item with a balance there, book quantity now."""
        from desktop.domain.input_gate.supply_loans import read_count_start

        today = self.today()
        got, problems = read_count_start({"location_id": location_id, "counted_on": counted_on}, today)
        if got is None:
            raise Refused(problems)
        with self.transaction() as session:
            require_keeper(session, user, "办公用品盘点", rule="SUPPLY-11")
            where = location_in(session, user, got.location_id)
            problems = []
            if got.counted_on > today:
                problems.append(Problem("SUPPLY-11", "count.future", f"盘点日期不能晚于今天（{today:%Y-%m-%d}）"))
            open_here = session.execute(select(SupplyCount.count_no).where(
                SupplyCount.bureau_id == user.bureau_id, SupplyCount.location_id == where.id,
                SupplyCount.state != "adjusted")).scalars().first()
            if open_here:
                problems.append(Problem("SUPPLY-11", "count.open", f"{where.name} 的盘点 {open_here} 尚未完成"))
            balances = session.execute(select(SupplyBalance).join(SupplyItem, SupplyItem.id == SupplyBalance.item_id)
                                       .where(SupplyBalance.location_id == where.id)
                                       .order_by(SupplyItem.code)).scalars().all()
            if not balances:
                problems.append(Problem("SUPPLY-11", "count.empty", f"{where.name} 没有任何库存记录，无需盘点"))
            if problems:
                raise Refused(problems)
            year, half = half_of(got.counted_on)
            count = SupplyCount(bureau_id=user.bureau_id,
                                count_no=next_number(session, user.bureau_id, "supply_count_no", "PD", year, width=2),
                                year=year, half=half, location_id=where.id, counted_on=got.counted_on,
                                state="counting", created_by=user.staff_id)
            session.add(count)
            session.flush()
            for b in balances:
                session.add(SupplyCountLine(count_id=count.id, item_id=b.item_id, book_quantity=b.quantity))
            session.flush()
            self.audit(session, user, "supply.count_start", "supply_count", count.id,
                       after={"count_no": count.count_no, "location_id": where.id,
                              "counted_on": got.counted_on.isoformat(),
                              "book": {str(b.item_id): b.quantity for b in balances}})
            return count.id

    def enter(self, user: SignedIn, count_id: int, lines: Sequence[dict[str, Any]]) -> None:
        """Counted quantities, and for a difference its explanation, the person liable and any
        compensation (SUPPLY-12). Only the lines given change; an omitted key clears that field."""
        from desktop.domain.input_gate.supply_loans import read_count_entry

        got, problems = read_count_entry({"lines": list(lines) if isinstance(lines, (list, tuple)) else lines})
        if got is None:
            raise Refused(problems)
        with self.transaction() as session:
            require_keeper(session, user, "录入盘点结果", rule="SUPPLY-11")
            count = _count_in(session, user, count_id, lock=True)
            _require_open(session, count)
            mine = {line.item_id: line for line in session.execute(select(SupplyCountLine).where(
                SupplyCountLine.count_id == count.id)).scalars()}
            problems = []
            seen: set[int] = set()
            for n, entry in enumerate(got.lines, 1):
                if entry.item_id not in mine:
                    problems.append(Problem("SUPPLY-11", "count.item_not_in", f"第{n}行：物品（{entry.item_id}）不在本次盘点中"))
                elif entry.item_id in seen:
                    problems.append(Problem("SUPPLY-11", "count.item_twice", f"第{n}行：同一物品录入了两次"))
                seen.add(entry.item_id)
            liable = {e.liable_staff_id for e in got.lines if e.liable_staff_id is not None}
            known = set(session.execute(select(Staff.id).where(Staff.id.in_(liable),
                                                               Staff.bureau_id == user.bureau_id)).scalars()) \
                if liable else set()
            problems += [Problem("SUPPLY-12", "count.liable", f"找不到赔偿责任人（{i}）") for i in sorted(liable - known)]
            if problems:
                raise Refused(problems)
            changed = []
            for entry in got.lines:
                line = mine[entry.item_id]
                line.counted_quantity, line.explanation = entry.counted_quantity, entry.explanation
                line.liable_staff_id, line.compensation = entry.liable_staff_id, entry.compensation
                changed.append({"item_id": entry.item_id, "counted": entry.counted_quantity,
                                "explanation": entry.explanation, "liable_staff_id": entry.liable_staff_id,
                                "compensation": str(entry.compensation)})
            session.flush()
            self.audit(session, user, "supply.count_enter", "supply_count", count.id, after={"lines": changed})

    def report(self, user: SignedIn, count_id: int, *, submit: bool = True,
               passphrase: str | None = None) -> int | None:
        """The differences for approval (SUPPLY-11): refused, all at once, while a line is not
        counted or a difference not explained. Files the ``supply_count`` document (submitted
        unless ``submit`` is False) and returns its id; a count without difference is closed
        (adjusted) at once and returns None."""
        with self.transaction() as session:
            require_keeper(session, user, "盘点差异报告", rule="SUPPLY-11")
            count = _count_in(session, user, count_id, lock=True)
            again = _require_open(session, count)
            view = self._view(session, count)
            problems = rules.report_problems([
                rules.CountLine(f"{x.code} {x.name}", x.book_quantity, x.counted_quantity, x.explanation,
                                x.compensation, x.liable_staff_id is not None) for x in view.lines])
            if problems:
                raise Refused(problems)
            differing = [x for x in view.lines if x.difference]
            if not differing:
                count.state, count.adjusted_at = "adjusted", utcnow()
                self.audit(session, user, "supply.count_report", "supply_count", count.id,
                           after={"items_counted": view.items_counted, "differences": 0, "state": "adjusted"})
                return None
            title = rules.count_title(count.year, count.half, view.location_name)[:100]
            total = sum((abs(x.value) for x in differing), Decimal("0.00"))
            gains = [x for x in differing if x.difference > 0]
            losses = [x for x in differing if x.difference < 0]
            purpose = (f"{count.counted_on:%Y-%m-%d} 盘点{view.location_name}（{count.count_no}）："
                       f"盘点 {view.items_counted} 种，"
                       f"盘盈 {len(gains)} 种 {format_amount(sum((x.value for x in gains), Decimal(0)), symbol=True)}，"
                       f"盘亏 {len(losses)} 种 {format_amount(-sum((x.value for x in losses), Decimal(0)), symbol=True)}。"
                       "原因：" + "；".join(
                           f"{x.name}{x.difference:+d}{x.unit}（{x.explanation}"
                           + (f"，由{x.liable_name}赔偿{format_amount(x.compensation, symbol=True)}"
                              if x.compensation else "")
                           + "）" for x in differing))
            purpose = purpose if len(purpose) <= 2000 else purpose[:1990] + "…（详见明细）"
            payload = {"count_id": count.id, "count_no": count.count_no, "location": view.location_name,
                       "counted_on": count.counted_on.isoformat(), "items_counted": view.items_counted,
                       "differences": [{"item_id": x.item_id, "item": f"{x.name} {x.specification}".strip(),
                                        "book": x.book_quantity, "counted": x.counted_quantity,
                                        "difference": x.difference, "value": str(x.value),
                                        "explanation": x.explanation, "liable": x.liable_name,
                                        "compensation": str(x.compensation)} for x in differing]}
            if again is not None and again.state in ("draft", "returned"):  # corrected and sent again
                from desktop.domain.input_gate.documents import read_document_fields

                _, problems = read_document_fields(kind=KIND, title=title, purpose=purpose, amount=total, days=0,
                                                   payload=payload)
                if problems:
                    raise Refused(problems)
                before = {"amount": str(again.amount), "purpose": again.purpose}
                again.title, again.purpose, again.amount = title, purpose, total
                again.payload_json, again.updated_at = json.dumps(payload, ensure_ascii=False), utcnow()
                doc_id = again.id
                self.audit(session, user, "supply.count_report", "document", doc_id, before=before,
                           after={"amount": str(total), "purpose": purpose})
            else:  # a first report, or a new one after the last was not approved
                doc_id = self._approvals.create_in(session, user, KIND, title, purpose=purpose, amount=total,
                                                   department_id=user.department_id, payload=payload)
            if submit:
                self._approvals.submit_in(session, user, doc_id, passphrase=passphrase)
            count.state, count.document_id = "reported", doc_id
            self.audit(session, user, "supply.count_report", "supply_count", count.id,
                       after={"document_id": doc_id, "items_counted": view.items_counted,
                              "differences": len(differing), "amount": str(total)})
            return doc_id

    def adjust(self, user: SignedIn, count_id: int) -> list[int]:
        """After the report is approved: a gain or loss movement per difference (count_id on each),
        refused, every line at once, where a loss would take today's stock below zero. Returns
        the movements' ids."""
        with self.transaction() as session:
            require_keeper(session, user, "盘点调整库存", rule="SUPPLY-11")
            count = _count_in(session, user, count_id, lock=True)
            if count.state == "adjusted":
                raise refuse("SUPPLY-11", "count.adjusted", f"盘点 {count.count_no} 已调整")
            doc = session.get(Document, count.document_id) if count.document_id else None
            if count.state != "reported" or doc is None:
                raise refuse("SUPPLY-11", "count.not_reported", f"盘点 {count.count_no} 尚未提交差异报告")
            if doc.state not in APPROVED:
                raise refuse("SUPPLY-11", "count.not_approved",
                             f"盘点差异报告 {doc.serial or doc.id} 尚未批准（{DOC_STATE_LABELS.get(doc.state, doc.state)}），"
                             "不能调整库存")
            lines = session.execute(select(SupplyCountLine).where(
                SupplyCountLine.count_id == count.id, SupplyCountLine.counted_quantity.is_not(None))
                .order_by(SupplyCountLine.id)).scalars().all()
            lines = [x for x in lines if x.counted_quantity != x.book_quantity]
            items = {i.id: i for i in session.execute(select(SupplyItem).where(
                SupplyItem.id.in_([x.item_id for x in lines]))).scalars()} if lines else {}
            now = []
            for x in lines:
                balance = balance_of(session, x.item_id, count.location_id, lock=True)
                now.append((x.item_id, f"{items[x.item_id].code} {items[x.item_id].name}",
                            x.counted_quantity - x.book_quantity, balance.quantity if balance else 0))
            moves, problems = rules.adjustments(now)
            if problems:
                raise Refused(problems)
            today = self.today()
            made, written = [], []
            for m in moves:
                line = post_movement(session, user, item=items[m.key], location_id=count.location_id, kind=m.kind,
                                     quantity=m.quantity, occurred_on=today, count_id=count.id,
                                     note=f"盘点调整（{count.count_no}，{doc.serial or ''}）")
                made.append(line.id)
                written.append({"item_id": m.key, "kind": m.kind, "quantity": m.quantity, "value": str(line.value)})
            count.state, count.adjusted_at = "adjusted", utcnow()
            self.audit(session, user, "supply.count_adjust", "supply_count", count.id,
                       after={"document_id": doc.id, "lines": written})
            return made

    # Internals -----------------------------------------------------------------------------------
    def _view(self, session: Session, count: SupplyCount) -> CountView:
        where = session.get(SupplyLocation, count.location_id)
        doc = session.get(Document, count.document_id) if count.document_id else None
        rows = session.execute(select(SupplyCountLine, SupplyItem)
                               .join(SupplyItem, SupplyItem.id == SupplyCountLine.item_id)
                               .where(SupplyCountLine.count_id == count.id).order_by(SupplyItem.code)).all()
        balances = {b.item_id: b for b in session.execute(select(SupplyBalance).where(
            SupplyBalance.location_id == count.location_id,
            SupplyBalance.item_id.in_([item.id for _, item in rows]))).scalars()} if rows else {}
        filed = {}
        if doc is not None and count.state != "counting":  # the values reported, not today's average
            for d in json.loads(doc.payload_json or "{}").get("differences", []):
                if isinstance(d, dict) and "item_id" in d:
                    filed[d["item_id"]] = (d.get("difference"), Decimal(str(d.get("value", "0"))))
        liable = {line.liable_staff_id for line, _ in rows if line.liable_staff_id}
        names = dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(liable))).all()) if liable else {}
        lines = []
        for line, item in rows:
            diff = rules.difference_of(line.book_quantity, line.counted_quantity)
            balance = balances.get(item.id)
            cost = average_cost(Stock(balance.quantity, balance.value)) if balance else Decimal("0.00")
            reported = filed.get(item.id)
            value = Decimal("0.00") if not diff else reported[1] if reported and reported[0] == diff \
                else rules.difference_value(diff, cost)
            lines.append(CountLineView(item.id, item.code, item.name, item.specification, item.unit,
                                       line.book_quantity, line.counted_quantity, diff, value, line.explanation,
                                       line.liable_staff_id, names.get(line.liable_staff_id, ""), line.compensation))
        return CountView(
            id=count.id, count_no=count.count_no,
            title=rules.count_title(count.year, count.half, where.name if where else ""), year=count.year,
            half=count.half, location_id=count.location_id, location_name=where.name if where else "",
            counted_on=count.counted_on, state=count.state,
            state_label=COUNT_STATE_LABELS.get(count.state, count.state),
            document_id=count.document_id, document_serial=(doc.serial or "") if doc else "",
            document_state=doc.state if doc else "", lines=tuple(lines),
            items_counted=sum(1 for x in lines if x.counted_quantity is not None),
            differences=sum(1 for x in lines if x.difference),
            difference_value=sum((abs(x.value) for x in lines), Decimal("0.00")))


def _require_reader(session: Session, user: SignedIn) -> None:
    """Counts are the office's books: the keeper, office staff and those who see everything."""
    if not (is_keeper(session, user) or is_office_staff(session, user)
            or holds_position(session, user.staff_id, SEES_EVERYTHING)):
        raise refuse("SUPPLY-11", "count.not_reader", "办公用品盘点由办公室管理：只有办公室人员及单位负责人、财务人员可以查看")


def _count_in(session: Session, user: SignedIn, count_id: Any, *, lock: bool = False) -> SupplyCount:
    ok = isinstance(count_id, int) and not isinstance(count_id, bool)
    count = session.get(SupplyCount, count_id, with_for_update=lock) if ok else None
    if count is None or count.bureau_id != user.bureau_id:
        raise refuse("SUPPLY-11", "count.missing", f"找不到盘点（{count_id}）")
    return count


def _require_open(session: Session, count: SupplyCount) -> Document | None:
    """A count may be entered and reported while counting, or again when its report was sent back
    or not approved (returns that document)."""
    if count.state == "counting":
        return None
    doc = session.get(Document, count.document_id) if count.state == "reported" and count.document_id else None
    if doc is not None and doc.state in REOPENED:
        return doc
    raise refuse("SUPPLY-11", "count.closed",
                 f"盘点 {count.count_no} 已{COUNT_STATE_LABELS.get(count.state, count.state)}，不能再录入")
