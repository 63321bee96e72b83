"""Stocktakes (清查/盘点, ASSET-06, ASSET-12): a count of a whole room or a department by the
asset manager, finance and the users together; scans typed by a barcode/QR scanner; the
surplus/shortage report (盘盈/盘亏) approved as a document before any card changes; QR label sheets
and the printed count sheet.

A scan is one short transaction (an index lookup and an insert) and writes no audit entry: the
scans (``asset_counts``) are append-only, and the report's audit entry carries their number and
SHA-256 digest (record_state.py's note).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.access import SEES_EVERYTHING
from desktop.domain.approval.model import Problem
from desktop.domain.assets import stocktake as rules
from desktop.domain.money import format_amount
from desktop.persistence.schema import (AssetCard, AssetCategory, AssetCount, AssetCountDifference,
                                        AssetStocktake, Bureau, Department, Document, Staff,
                                        StaffPosition, utcnow)
from desktop.services.asset_records import (ACCOUNTANTS, MANAGERS, ON_BOOKS_STATUSES, STATUS_LABELS, card_by_no,
                                            accumulated_of, holds_position, next_card_no, record_event,
                                            require_manager)
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse

__all__ = ["StocktakeService", "StocktakeView", "ScanResult", "CountSummary", "STATE_LABELS", "KIND"]

KIND = "asset_stocktake"
STATE_LABELS = {"counting": "盘点中", "reported": "已报告", "adjusted": "已调整"}
APPROVED = ("approved", "archived")


@dataclass(frozen=True)
class StocktakeView:
    id: int
    title: str
    location: str
    department_id: int | None
    department_name: str
    counted_on: date
    state: str
    state_label: str
    counters: tuple[str, ...]
    counter_ids: tuple[int, ...]
    scans: int
    document_id: int | None
    document_serial: str
    document_state: str


@dataclass(frozen=True)
class ScanResult:
    kind: str  # found | duplicate | unknown | elsewhere
    card_id: int | None
    card_no: str
    name: str
    message: str


@dataclass(frozen=True)
class CountSummary:
    """``found``: distinct expected cards scanned; ``duplicates``: repeated scans of a card;
    ``unknown_tags``: tags that are no card on the books (in scan order, once each);
    ``not_found``: expected cards not scanned; ``elsewhere``: cards on the books found here though
    registered at another location or department."""

    expected: int
    found: int
    duplicates: int
    unknown_tags: list[str]
    not_found: list[Any]  # CardRow
    elsewhere: list[Any]  # CardRow
    scans: int


class StocktakeService(ServiceBase):
    def __init__(self, sessions, approvals):  # noqa: ANN001
        super().__init__(sessions)
        self._approvals = approvals

    # Reading -----------------------------------------------------------------------------------
    def stocktakes(self, user: SignedIn) -> list[StocktakeView]:
        """The counts this person may see: all of them for the asset manager and those who read
        every document; otherwise the ones they take part in. Newest first."""
        with self.reading() as session:
            rows = session.execute(select(AssetStocktake).where(AssetStocktake.bureau_id == user.bureau_id)
                                   .order_by(AssetStocktake.counted_on.desc(), AssetStocktake.id.desc())).scalars().all()
            everything = self._sees_all(session, user)
            return [self._view(session, st) for st in rows
                    if everything or user.staff_id in _counters(st)]

    def stocktake(self, user: SignedIn, stocktake_id: int) -> StocktakeView:
        with self.reading() as session:
            return self._view(session, self._readable(session, user, stocktake_id))

    def expected(self, user: SignedIn, stocktake_id: int) -> list[Any]:
        """The cards on the books within the count's scope (a whole room, or a department)."""
        with self.reading() as session:
            st = self._readable(session, user, stocktake_id)
            return _card_rows(session, _expected_cards(session, st))

    def summary(self, user: SignedIn, stocktake_id: int) -> CountSummary:
        with self.reading() as session:
            st = self._readable(session, user, stocktake_id)
            return self._summary(session, st)

    def proposed(self, user: SignedIn, stocktake_id: int) -> list[dict[str, Any]]:
        """The report's lines to start from: a shortage per card not found (at its net value), a
        surplus per unknown tag; the person fills in cause, handling (and a surplus's value and
        category). After the report: the lines filed."""
        with self.reading() as session:
            st = self._readable(session, user, stocktake_id)
            filed = [{"kind": d.kind, "card_id": d.card_id, "description": d.description, "value": d.value,
                      "cause": d.cause, "handling": d.handling}
                     for d in session.execute(select(AssetCountDifference).where(
                         AssetCountDifference.stocktake_id == st.id).order_by(AssetCountDifference.id)).scalars()]
            if st.state != "counting" and _reopened(session, st) is None:
                return filed
            expected = _expected_cards(session, st)
            found = _scanned_ids(session, st.id)
            missing = [c for c in expected if c.id not in found]
            nets = _net_values(session, [c.id for c in missing])
            summary = self._summary(session, st)
            lines = rules.proposed_differences(
                [{"id": c.id, "card_no": c.card_no, "name": c.name, "net_value": nets[c.id]} for c in missing],
                summary.unknown_tags)
            # A report sent back: what was written for the same card or item is kept.
            before = {(d["kind"], d["card_id"] if d["kind"] == "shortage" else d["description"]): d for d in filed}
            for line in lines:
                old = before.get((line["kind"], line["card_id"] if line["kind"] == "shortage" else line["description"]))
                if old:
                    line.update(cause=old["cause"], handling=old["handling"],
                                value=line["value"] if line["kind"] == "shortage" else old["value"])
            lines += [d for d in filed if d["kind"] == "surplus" and ("surplus", d["description"]) not in
                      {(x["kind"], x["description"]) for x in lines}]
            return lines

    # Commands ----------------------------------------------------------------------------------
    def start(self, user: SignedIn, title: str, *, location: str = "", department_id: int | None = None,
              counted_on: date, counter_ids: Sequence[int] = ()) -> int:
        """A count of a whole room (every card on the books at ``location``) or of a department,
        by the asset manager; the counters must include the asset manager, a finance person and
        a user of the assets (ASSET-06)."""
        with self.transaction() as session:
            require_manager(session, user, "资产清查盘点")
            problems: list[Problem] = []
            title = (title or "").strip()
            location = (location or "").strip()
            if not title:
                problems.append(Problem("ASSET-06", "stocktake.title", "请填写盘点名称"))
            elif len(title) > 100:
                problems.append(Problem("ASSET-06", "stocktake.title", "盘点名称过长（最多100字）"))
            if len(location) > 60:
                problems.append(Problem("ASSET-06", "stocktake.location", "存放地点过长（最多60字）"))
            if not location and department_id is None:
                problems.append(Problem("ASSET-06", "stocktake.scope", "请选择盘点的存放地点（整间）或部门"))
            if department_id is not None:
                dept = session.get(Department, department_id) if isinstance(department_id, int) else None
                if dept is None or dept.bureau_id != user.bureau_id:
                    problems.append(Problem("ASSET-06", "stocktake.department", "找不到该部门"))
                    department_id = None
            if not isinstance(counted_on, date):
                problems.append(Problem("ASSET-06", "stocktake.date", "请填写盘点日期"))
            counters = list(dict.fromkeys(c for c in counter_ids if isinstance(c, int) and not isinstance(c, bool)))
            people = {s.id: s for s in session.execute(select(Staff).where(
                Staff.id.in_(counters), Staff.bureau_id == user.bureau_id, Staff.active.is_(True))).scalars()}
            if len(people) != len(list(counter_ids)):
                problems.append(Problem("ASSET-06", "stocktake.counter", "盘点人员中有本单位没有的人员或重复的人员"))
            counters = [c for c in counters if c in people]
            if location:
                open_here = session.execute(select(AssetStocktake.id).where(
                    AssetStocktake.bureau_id == user.bureau_id, AssetStocktake.state == "counting",
                    AssetStocktake.location == location,
                    AssetStocktake.department_id.is_(department_id) if department_id is None
                    else AssetStocktake.department_id == department_id)).first()
                if open_here:
                    problems.append(Problem("ASSET-06", "stocktake.open", f"“{location}”已有一次盘点正在进行"))
            scope = rules.Scope(location, department_id)
            users = self._asset_users(session, user.bureau_id, scope)
            positions = _positions(session, counters)
            problems += rules.missing_counters(
                managers=[c for c in counters if positions.get(c, set()) & MANAGERS],
                finance=[c for c in counters if positions.get(c, set()) & ACCOUNTANTS],
                users=users, counters=counters)
            if any(p.code == "stocktake.counter_user" for p in problems) and users:
                names = "、".join(_names(session, sorted(users))[:6])
                problems = [Problem(p.rule, p.code, f"{p.text}（如：{names}）") if p.code == "stocktake.counter_user"
                            else p for p in problems]
            if problems:
                raise Refused(problems)
            st = AssetStocktake(bureau_id=user.bureau_id, title=title, location=location, department_id=department_id,
                                counted_on=counted_on, state="counting", counters_json=json.dumps(counters),
                                created_by=user.staff_id)
            session.add(st)
            session.flush()
            self.audit(session, user, "asset.stocktake_start", "asset_stocktake", st.id,
                       after={"title": title, "location": location, "department_id": department_id,
                              "counted_on": counted_on.isoformat(), "counters": counters})
            return st.id

    def scan(self, user: SignedIn, stocktake_id: int, tag: str) -> ScanResult:
        """One scanned or typed tag: found, a duplicate (warned, not counted twice), unknown
        (listed) or elsewhere (a card on the books registered at another place: listed)."""
        raw = " ".join(str(tag or "").split())[:rules.MAX_TAG]
        card_no = rules.parse_tag(raw)
        if not card_no:
            raise refuse("ASSET-06", "stocktake.tag", "标签为空：请扫描或输入资产编号")
        with self.transaction() as session:
            st = session.get(AssetStocktake, stocktake_id, with_for_update=True) \
                if isinstance(stocktake_id, int) else None
            if st is None or st.bureau_id != user.bureau_id:
                raise refuse("ASSET-06", "stocktake.missing", "找不到该盘点")
            if user.staff_id not in _counters(st):
                raise refuse("ASSET-06", "stocktake.not_counter", "只有本次盘点的盘点人员可以扫描")
            if st.state != "counting" and _reopened(session, st) is None:
                raise refuse("ASSET-06", "stocktake.closed", "盘点已报告，不能再扫描")
            card = card_by_no(session, user.bureau_id, card_no)
            if card is None:  # a number kept in another case (typed by hand when the card was made)
                card = session.execute(select(AssetCard).where(
                    AssetCard.bureau_id == user.bureau_id, func.upper(AssetCard.card_no) == card_no)).scalars().first()
            seen = card is not None and session.execute(select(AssetCount.id).where(
                AssetCount.stocktake_id == st.id, AssetCount.card_id == card.id).limit(1)).first() is not None
            facts = None if card is None else rules.CardFacts(
                card.card_no, card.name, card.status in ON_BOOKS_STATUSES, card.location, card.department_id,
                STATUS_LABELS.get(card.status, card.status))
            kind, message = rules.classify(facts, scanned_before=seen, scope=rules.Scope(st.location, st.department_id))
            session.add(AssetCount(stocktake_id=st.id, tag=raw, card_id=card.id if card else None,
                                   staff_id=user.staff_id))
            return ScanResult(kind, card.id if card else None, card.card_no if card else raw,
                              card.name if card else "", message)

    def report(self, user: SignedIn, stocktake_id: int, differences: list[dict[str, Any]], *, submit: bool = True,
               passphrase: str | None = None) -> int:
        """The surplus/shortage report (盘盈/盘亏, ASSET-06): each difference with its cause and
        proposed handling; a shortage per card not found at its net value, a surplus per item
        found with no card at its estimated value. Files an ``asset_stocktake`` document (amount:
        the total of the values) and closes the counting. A count with no differences still
        files one (it closes the count; nothing to adjust)."""
        with self.transaction() as session:
            require_manager(session, user, "盘盈盘亏报告")
            st = self._locked(session, user, stocktake_id)
            again = _reopened(session, st) if st.state == "reported" else None
            if st.state != "counting" and again is None:
                raise refuse("ASSET-06", "stocktake.reported", "本次盘点已报告")
            expected = _expected_cards(session, st)
            found = _scanned_ids(session, st.id)
            missing = {c.id: c for c in expected if c.id not in found}
            lines, problems = rules.check_differences(
                differences, not_found={i: f"{c.card_no} {c.name}" for i, c in missing.items()})
            codes = {line.get("category_code") for line in lines if line.get("category_code")}
            known = set(session.execute(select(AssetCategory.code).where(
                AssetCategory.bureau_id == user.bureau_id, AssetCategory.code.in_(codes),
                AssetCategory.active.is_(True))).scalars()) if codes else set()
            problems += [Problem("ASSET-06", "stocktake.surplus_category", f"资产分类“{code}”不存在或已停用")
                         for code in sorted(codes - known)]
            if problems:
                raise Refused(problems)
            nets = _net_values(session, list(missing))
            for line in lines:
                if line["kind"] == "shortage":
                    card = missing[line["card_id"]]
                    line["value"] = nets[card.id]
                    line["description"] = line["description"] or f"{card.card_no} {card.name}"
            total = sum((line["value"] for line in lines), Decimal("0.00"))
            counts = session.execute(select(AssetCount.id, AssetCount.tag, AssetCount.card_id, AssetCount.staff_id,
                                            AssetCount.at).where(AssetCount.stocktake_id == st.id)
                                     .order_by(AssetCount.id)).all()
            digest = rules.counts_digest(counts)
            shortages = [x for x in lines if x["kind"] == "shortage"]
            surpluses = [x for x in lines if x["kind"] == "surplus"]
            where = st.location or _department_name(session, st.department_id)
            if lines:
                purpose = (f"{st.counted_on:%Y-%m-%d} 盘点“{where}”：应盘 {len(expected)} 项，"
                           f"盘亏 {len(shortages)} 项 {format_amount(sum((x['value'] for x in shortages), Decimal(0)), symbol=True)}，"
                           f"盘盈 {len(surpluses)} 项 {format_amount(sum((x['value'] for x in surpluses), Decimal(0)), symbol=True)}。"
                           "原因及处理意见：" + "；".join(f"{x['description']}（{x['cause']}；{x['handling']}）"
                                                  for x in lines))
            else:
                purpose = f"{st.counted_on:%Y-%m-%d} 盘点“{where}”：应盘 {len(expected)} 项，全部账实相符，无盘盈盘亏。"
            purpose = purpose if len(purpose) <= 2000 else purpose[:1990] + "…（详见明细）"
            payload = {"stocktake_id": st.id, "location": st.location, "counted_on": st.counted_on.isoformat(),
                       "counters": _names(session, _counters(st)), "expected": len(expected), "scans": len(counts),
                       "differences": [{**{k: v for k, v in x.items() if v is not None},
                                        "kind_text": "盘盈" if x["kind"] == "surplus" else "盘亏",
                                        "value": str(x["value"])} for x in lines]}
            payload["counters_text"] = "、".join(payload["counters"])  # the printed sheet's row
            title = f"{st.title} 盘盈盘亏报告"[:100]
            if again is not None and again.state in ("draft", "returned"):  # corrected and sent again
                from desktop.domain.input_gate.documents import read_document_fields

                _, problems = read_document_fields(kind=KIND, title=title, purpose=purpose, amount=total, days=0,
                                                   payload=payload)
                if problems:
                    raise Refused(problems)
                doc_id = again.id
                before = {"amount": str(again.amount), "purpose": again.purpose}
                again.title, again.purpose, again.amount = title, purpose, total
                again.payload_json, again.updated_at = json.dumps(payload, ensure_ascii=False), utcnow()
                self.audit(session, user, "asset.stocktake_report", "document", doc_id, before=before,
                           after={"amount": str(total), "purpose": purpose})
            else:  # a first report, or a new one after the last was not approved
                doc_id = self._approvals.create_in(session, user, KIND, title, purpose=purpose, amount=total,
                                                   department_id=user.department_id, payload=payload)
            for old in session.execute(select(AssetCountDifference).where(
                    AssetCountDifference.stocktake_id == st.id)).scalars():
                session.delete(old)
            session.flush()
            if submit:
                self._approvals.submit_in(session, user, doc_id, passphrase=passphrase)
            for x in lines:
                session.add(AssetCountDifference(stocktake_id=st.id, kind=x["kind"], card_id=x["card_id"],
                                                 description=x["description"][:200], value=x["value"],
                                                 cause=x["cause"], handling=x["handling"]))
            st.state, st.document_id = "reported", doc_id
            self.audit(session, user, "asset.stocktake_report", "asset_stocktake", st.id,
                       after={"document_id": doc_id, "scans": len(counts), "scans_sha256": digest,
                              "shortages": len(shortages), "surpluses": len(surpluses), "total": str(total)})
            return doc_id

    def adjust(self, user: SignedIn, stocktake_id: int) -> list[int]:
        """Once the report is approved (ASSET-06 「按审批权限报经批准后，及时调整」): each
        shortage's card is written off (盘亏核销, leaves the books this month), each surplus becomes
        an active card at its stated value at the counted place. Returns the new cards' ids."""
        with self.transaction() as session:
            require_manager(session, user, "盘盈盘亏调整")
            st = self._locked(session, user, stocktake_id)
            if st.state == "adjusted":
                raise refuse("ASSET-06", "stocktake.adjusted", "本次盘点已调整")
            doc = session.get(Document, st.document_id) if st.document_id else None
            if st.state != "reported" or doc is None:
                raise refuse("ASSET-06", "stocktake.not_reported", "尚未提交盘盈盘亏报告")
            if doc.state not in APPROVED:
                from desktop.domain.approval.model import State
                labels = {State.DRAFT.value: "草稿", State.SUBMITTED.value: "审批中", State.RETURNED.value: "已退回",
                          State.REJECTED.value: "未获批准"}
                raise refuse("ASSET-06", "stocktake.not_approved",
                             f"盘盈盘亏报告 {doc.serial or ''} 尚未批准（{labels.get(doc.state, doc.state)}），不能调整账卡")
            diffs = session.execute(select(AssetCountDifference).where(
                AssetCountDifference.stocktake_id == st.id).order_by(AssetCountDifference.id)).scalars().all()
            extra = [d for d in json.loads(doc.payload_json or "{}").get("differences", []) if d.get("kind") == "surplus"]
            today = date.today()
            period = f"{today:%Y-%m}"
            serial = doc.serial or str(doc.id)
            problems: list[Problem] = []
            written, made = [], []
            for d in diffs:
                if d.kind != "shortage":
                    continue
                card = session.get(AssetCard, d.card_id, with_for_update=True)
                if card is None or card.status not in ON_BOOKS_STATUSES:
                    problems.append(Problem("ASSET-06", "stocktake.card_gone",
                                            f"{d.description}：卡片已不在账上（{STATUS_LABELS.get(card.status, '') if card else '不存在'}）"))
                    continue
                written.append((card, d))
            if problems:
                raise Refused(problems)
            for card, d in written:
                card.status, card.removed_period = "written_off", period
                record_event(session, card, "written_off", f"盘亏核销（{serial}）：{d.cause}；{d.handling}",
                             staff_id=user.staff_id, document_id=doc.id,
                             details={"stocktake_id": st.id, "value": str(d.value)})
            surpluses = [d for d in diffs if d.kind == "surplus"]
            categories = {c.code: c for c in session.execute(select(AssetCategory).where(
                AssetCategory.bureau_id == user.bureau_id)).scalars()}
            department_id = st.department_id if st.department_id is not None else session.execute(
                select(AssetCard.department_id).where(AssetCard.bureau_id == user.bureau_id,
                                                      AssetCard.location == st.location,
                                                      AssetCard.department_id.is_not(None))
                .group_by(AssetCard.department_id).order_by(func.count().desc()).limit(1)).scalar()
            for i, d in enumerate(surpluses):
                more = extra[i] if i < len(extra) else {}
                category = categories.get(more.get("category_code", ""))
                if category is None:
                    raise refuse("ASSET-06", "stocktake.surplus_category", f"{d.description}：资产分类已不存在")
                card = AssetCard(
                    bureau_id=user.bureau_id, card_no=next_card_no(session, user.bureau_id, today.year),
                    name=(more.get("name") or d.description)[:60], category_code=category.code,
                    specification=str(more.get("specification", ""))[:100], unit=str(more.get("unit") or "台")[:8],
                    quantity=1, original_value=d.value, acquired_on=today, acquisition_way="surplus",
                    funding_source="", department_id=department_id, location=st.location, status="active",
                    depreciable=category.depreciable, useful_life_months=category.useful_life_years * 12,
                    source_document_id=doc.id, note=f"盘盈（{serial}）"[:200])
                session.add(card)
                session.flush()
                record_event(session, card, "surplus", f"盘盈入账（{serial}）：{d.cause}；{d.handling}",
                             staff_id=user.staff_id, document_id=doc.id,
                             details={"stocktake_id": st.id, "value": str(d.value)})
                d.card_id = card.id
                made.append(card.id)
            st.state, st.adjusted_at = "adjusted", utcnow()
            self.audit(session, user, "asset.stocktake_adjust", "asset_stocktake", st.id,
                       after={"document_id": doc.id, "written_off": [c.id for c, _ in written], "new_cards": made})
            return made

    # Sheets --------------------------------------------------------------------------------------
    def label_pdf(self, user: SignedIn, card_ids: Iterable[int], *, layout: str = "A4-3x8") -> bytes:
        """QR labels for these cards (ASSET-12) on common label stock, in the order given."""
        from desktop.documents.asset_labels import LAYOUTS, Label, render_labels

        if layout not in LAYOUTS:
            raise refuse("ASSET-12", "labels.layout", f"不支持的标签纸“{layout}”（可选：{'、'.join(LAYOUTS)}）")
        ids = [i for i in card_ids if isinstance(i, int) and not isinstance(i, bool)]
        with self.reading() as session:
            require_manager(session, user, "打印资产标签")
            cards = {c.id: c for c in session.execute(select(AssetCard).where(
                AssetCard.id.in_(ids), AssetCard.bureau_id == user.bureau_id)).scalars()} if ids else {}
            missing = [str(i) for i in ids if i not in cards]
            if missing or not ids:
                raise refuse("ASSET-12", "labels.cards", "找不到资产卡片：" + ("、".join(missing[:10]) or "未选择卡片"))
            bureau = session.get(Bureau, user.bureau_id)
            labels = [Label(cards[i].card_no, cards[i].name, rules.label_content(cards[i].card_no, cards[i].name),
                            bureau.name if bureau else "") for i in ids]
        return render_labels(labels, layout)

    def count_sheet_pdf(self, user: SignedIn, stocktake_id: int) -> bytes:
        """The printed count sheet: the expected cards with a ✓ column and the counters' lines."""
        from desktop.documents.asset_count_sheet import CountSheet, CountSheetRow, render_count_sheet

        with self.reading() as session:
            st = self._readable(session, user, stocktake_id)
            bureau = session.get(Bureau, user.bureau_id)
            rows = _card_rows(session, _expected_cards(session, st))
            sheet = CountSheet(
                bureau=bureau.name if bureau else "", title=st.title, location=st.location,
                department=_department_name(session, st.department_id), counted_on=st.counted_on,
                counters=tuple(_counter_lines(session, _counters(st))),
                rows=tuple(CountSheetRow(r.card_no, r.name, r.specification, r.user_name, r.location,
                                         f"{r.quantity}{r.unit}") for r in rows))
        return render_count_sheet(sheet)

    def gallery(self, out_dir: Path) -> list[Path]:
        """For ``desktop gallery``: a label sheet of the first bureau's first 24 cards on the books
        and the count sheet of the room holding most cards (nothing when there are no cards)."""
        from desktop.documents.asset_count_sheet import CountSheet, CountSheetRow, render_count_sheet
        from desktop.documents.asset_labels import Label, render_labels

        with self.reading() as session:
            bureau = session.execute(select(Bureau).order_by(Bureau.id)).scalars().first()
            if bureau is None:
                return []
            on_books = select(AssetCard).where(AssetCard.bureau_id == bureau.id,
                                               AssetCard.status.in_(ON_BOOKS_STATUSES))
            cards = session.execute(on_books.order_by(AssetCard.card_no).limit(24)).scalars().all()
            if not cards:
                return []
            room = session.execute(select(AssetCard.location).where(
                AssetCard.bureau_id == bureau.id, AssetCard.status.in_(ON_BOOKS_STATUSES), AssetCard.location != "")
                .group_by(AssetCard.location).order_by(func.count().desc(), AssetCard.location).limit(1)).scalar()
            rows = _card_rows(session, list(session.execute(
                on_books.where(AssetCard.location == (room or "")).order_by(AssetCard.card_no)).scalars()))
            staff = [s for s, in session.execute(select(StaffPosition.staff_id).join(Staff).where(
                Staff.bureau_id == bureau.id, StaffPosition.position.in_(sorted(MANAGERS | ACCOUNTANTS)))
                .order_by(StaffPosition.position.desc(), StaffPosition.staff_id))]
            users = sorted({c.user_id for c in session.execute(on_books.where(
                AssetCard.location == (room or ""))).scalars() if c.user_id})[:2]
            counters = _counter_lines(session, list(dict.fromkeys(staff[:2] + users)))
            labels = [Label(c.card_no, c.name, rules.label_content(c.card_no, c.name), bureau.name) for c in cards]
            sheet = CountSheet(bureau=bureau.name, title=f"{room or ''}资产清查", location=room or "", department="",
                               counted_on=date.today(), counters=tuple(counters),
                               rows=tuple(CountSheetRow(r.card_no, r.name, r.specification, r.user_name, r.location,
                                                        f"{r.quantity}{r.unit}") for r in rows))
        out_dir.mkdir(parents=True, exist_ok=True)
        written = [out_dir / "asset_labels.pdf", out_dir / "asset_count_sheet.pdf"]
        written[0].write_bytes(render_labels(labels))
        written[1].write_bytes(render_count_sheet(sheet))
        return written

    # Internals -----------------------------------------------------------------------------------
    @staticmethod
    def _sees_all(session: Session, user: SignedIn) -> bool:
        return holds_position(session, user.staff_id, MANAGERS | SEES_EVERYTHING)

    def _readable(self, session: Session, user: SignedIn, stocktake_id: Any) -> AssetStocktake:
        st = session.get(AssetStocktake, stocktake_id) if isinstance(stocktake_id, int) else None
        if st is None or st.bureau_id != user.bureau_id or not (
                user.staff_id in _counters(st) or self._sees_all(session, user)):
            raise refuse("ASSET-06", "stocktake.missing", "找不到该盘点")
        return st

    @staticmethod
    def _locked(session: Session, user: SignedIn, stocktake_id: Any) -> AssetStocktake:
        st = session.get(AssetStocktake, stocktake_id, with_for_update=True) if isinstance(stocktake_id, int) else None
        if st is None or st.bureau_id != user.bureau_id:
            raise refuse("ASSET-06", "stocktake.missing", "找不到该盘点")
        return st

    @staticmethod
    def _asset_users(session: Session, bureau_id: int, scope: rules.Scope) -> set[int]:
        """Who uses the counted assets: the users of the cards in scope; for a department also
        its staff (ASSET-12 each section keeps its own)."""
        q = select(AssetCard.user_id).where(AssetCard.bureau_id == bureau_id, AssetCard.user_id.is_not(None),
                                            AssetCard.status.in_(ON_BOOKS_STATUSES))
        if scope.location:
            q = q.where(AssetCard.location == scope.location)
        if scope.department_id is not None:
            q = q.where(AssetCard.department_id == scope.department_id)
        users = set(session.execute(q.distinct()).scalars())
        if scope.department_id is not None:
            users |= set(session.execute(select(Staff.id).where(Staff.department_id == scope.department_id,
                                                                Staff.active.is_(True))).scalars())
        return users

    def _summary(self, session: Session, st: AssetStocktake) -> CountSummary:
        expected = _expected_cards(session, st)
        expected_ids = {c.id for c in expected}
        scans = session.execute(select(AssetCount.tag, AssetCount.card_id).where(AssetCount.stocktake_id == st.id)
                                .order_by(AssetCount.id)).all()
        scanned = {card_id for _, card_id in scans if card_id is not None}
        cards = {c.id: c for c in session.execute(select(AssetCard).where(AssetCard.id.in_(scanned))).scalars()} \
            if scanned else {}
        scope = rules.Scope(st.location, st.department_id)
        unknown: dict[str, None] = {}
        seen: set[int] = set()
        duplicates = 0
        elsewhere = []
        for tag, card_id in scans:
            card = cards.get(card_id) if card_id is not None else None
            if card is None or card.status not in ON_BOOKS_STATUSES:
                unknown.setdefault(card.card_no if card else tag)
                continue
            if card_id in seen:
                duplicates += 1
                continue
            seen.add(card_id)
            if card_id not in expected_ids and not scope.holds(card.location, card.department_id):
                elsewhere.append(card)
        return CountSummary(expected=len(expected), found=len(seen & expected_ids), duplicates=duplicates,
                            unknown_tags=list(unknown), not_found=_card_rows(session, [c for c in expected if c.id not in seen]),
                            elsewhere=_card_rows(session, elsewhere), scans=len(scans))

    def _view(self, session: Session, st: AssetStocktake) -> StocktakeView:
        doc = session.get(Document, st.document_id) if st.document_id else None
        counters = _counters(st)
        scans = session.execute(select(func.count(AssetCount.id)).where(AssetCount.stocktake_id == st.id)).scalar_one()
        return StocktakeView(st.id, st.title, st.location, st.department_id, _department_name(session, st.department_id),
                             st.counted_on, st.state, STATE_LABELS.get(st.state, st.state),
                             tuple(_names(session, counters)), tuple(counters), scans, st.document_id,
                             doc.serial or "" if doc else "", doc.state if doc else "")


def _reopened(session: Session, st: AssetStocktake) -> Document | None:
    """The report's document when it was sent back (or not approved): the count is open again —
    scans may continue and a corrected report be filed."""
    doc = session.get(Document, st.document_id) if st.state == "reported" and st.document_id else None
    return doc if doc is not None and doc.state in ("draft", "returned", "rejected") else None


def _counters(st: AssetStocktake) -> list[int]:
    try:
        return [int(i) for i in json.loads(st.counters_json or "[]")]
    except (TypeError, ValueError):
        return []


def _expected_cards(session: Session, st: AssetStocktake) -> list[AssetCard]:
    q = select(AssetCard).where(AssetCard.bureau_id == st.bureau_id, AssetCard.status.in_(ON_BOOKS_STATUSES))
    if st.location:
        q = q.where(AssetCard.location == st.location)
    if st.department_id is not None:
        q = q.where(AssetCard.department_id == st.department_id)
    return list(session.execute(q.order_by(AssetCard.card_no)).scalars())


def _scanned_ids(session: Session, stocktake_id: int) -> set[int]:
    return set(session.execute(select(AssetCount.card_id).where(
        AssetCount.stocktake_id == stocktake_id, AssetCount.card_id.is_not(None)).distinct()).scalars())


def _net_values(session: Session, card_ids: list[int]) -> dict[int, Decimal]:
    """Original value less accumulated depreciation (before the app + the monthly runs)."""
    if not card_ids:
        return {}
    cards = session.execute(select(AssetCard).where(AssetCard.id.in_(card_ids))).scalars().all()
    accumulated = accumulated_of(session, cards)
    return {c.id: c.original_value - accumulated[c.id] for c in cards}


def _positions(session: Session, staff_ids: list[int]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    if staff_ids:
        for staff_id, position in session.execute(select(StaffPosition.staff_id, StaffPosition.position)
                                                  .where(StaffPosition.staff_id.in_(staff_ids))):
            out.setdefault(staff_id, set()).add(position)
    return out


def _names(session: Session, staff_ids: Iterable[int]) -> list[str]:
    ids = list(staff_ids)
    names = dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all()) if ids else {}
    return [names.get(i, "") for i in ids]


def _counter_lines(session: Session, staff_ids: list[int]) -> list[str]:
    """"刘洋（资产管理员）" for each counter: which side of ASSET-06 they count for."""
    positions = _positions(session, staff_ids)
    out = []
    for staff_id, name in zip(staff_ids, _names(session, staff_ids)):
        held = positions.get(staff_id, set())
        side = "资产管理员" if held & MANAGERS else "财会人员" if held & ACCOUNTANTS else "使用人员"
        out.append(f"{name}（{side}）")
    return out


def _department_name(session: Session, department_id: int | None) -> str:
    dept = session.get(Department, department_id) if department_id else None
    return dept.name if dept else ""


def _card_rows(session: Session, cards: list[AssetCard]) -> list[Any]:
    """The cards as the card list shows them (services/assets.py CardRow), names looked up once."""
    from desktop.services.assets import CardRow

    if not cards:
        return []
    categories = dict(session.execute(select(AssetCategory.code, AssetCategory.name).where(
        AssetCategory.bureau_id == cards[0].bureau_id)).all())
    depts = dict(session.execute(select(Department.id, Department.name).where(
        Department.bureau_id == cards[0].bureau_id)).all())
    users = {c.user_id for c in cards if c.user_id}
    names = dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(users))).all()) if users else {}
    return [CardRow(id=c.id, card_no=c.card_no, name=c.name, category_code=c.category_code,
                    category_name=categories.get(c.category_code, ""), specification=c.specification,
                    quantity=c.quantity, unit=c.unit, original_value=c.original_value, acquired_on=c.acquired_on,
                    department_name=depts.get(c.department_id, ""), user_name=names.get(c.user_id, ""),
                    location=c.location, status=c.status, status_label=STATUS_LABELS.get(c.status, c.status))
            for c in cards]
