"""Fixed-asset cards (固定资产卡片, F-21; issue 13 items 1, 2, 4): the bureau's categories
(GB/T 14885-2022, useful lives per 政府会计准则第3号), registering a card (ASSET-01/02/05/13/14,
AMB-13), editing it with history, its photos and documents, finding cards (need to know).
Acceptance, idle/reassign and custody on departure are in :mod:`desktop.services.asset_custody`
(the same service, ``desk.assets``).

Only the asset manager (资产管理员) registers and keeps cards (ASSET-05): the accountant keeps the
accounts (depreciation, vouchers) and cannot change a card.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, Mapping, Sequence

from sqlalchemy import func, or_, select, union
from sqlalchemy.orm import Session, aliased

from desktop.app.paths import resource_path
from desktop.domain.approval.model import Problem
from desktop.domain.assets.cards import (
    CategoryRow,
    approval_problems,
    categories_from_csv,
    edit_problems,
    life_months,
    luxury_problems,
    opening_problems,
    threshold_problems,
)
from desktop.domain.assets.files import MAX_FILE_BYTES, file_problems
from desktop.persistence.schema import (
    AssetAcceptance,
    AssetCard,
    AssetCategory,
    AssetDepreciationLine,
    AssetEvent,
    AssetFile,
    Department,
    Document,
    Staff,
)
from desktop.services.asset_custody import AssetCustodyMixin, sees_all
from desktop.services.asset_records import (
    EVENT_LABELS,
    ON_BOOKS_STATUSES,
    STATUS_LABELS,
    asset_parameter,
    card_in,
    next_card_no,
    problems_or_none,
    record_event,
    require_manager,
    staff_name,
)
from desktop.services.asset_views import AcceptanceView, CardRow, CardView, CategoryView, EventView, FileView
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse

__all__ = ["AssetService", "CategoryView", "CardView", "CardRow", "FileView", "EventView", "AcceptanceView",
           "register_from_supply_receipt", "MAX_FILE_BYTES", "shipped_categories"]

ORDERS = {"card_no": AssetCard.card_no, "name": AssetCard.name, "acquired_on": AssetCard.acquired_on,
          "original_value": AssetCard.original_value, "location": AssetCard.location,
          "category": AssetCard.category_code, "status": AssetCard.status}
CARD_NO_TEXT = re.compile(r"ZC[0-9]{4}(-[0-9]{0,5})?", re.ASCII)
_OPENING_WAYS = ("purchase", "transfer_in", "donation", "other")


@lru_cache(maxsize=1)
def shipped_categories() -> tuple[CategoryRow, ...]:
    """resources/assets/categories.csv: GB/T 14885-2022 codes a county bureau uses."""
    return tuple(categories_from_csv(resource_path("assets", "categories.csv").read_text(encoding="utf-8")))


def _ensure_categories(session: Session, user: SignedIn | str, bureau_id: int) -> None:
    """Copy the shipped categories into the bureau's own table on first use (then editable)."""
    have = session.execute(select(func.count()).select_from(AssetCategory)
                           .where(AssetCategory.bureau_id == bureau_id)).scalar()
    if have:
        return
    rows = shipped_categories()
    for r in rows:
        session.add(AssetCategory(bureau_id=bureau_id, code=r.code, name=r.name, kind=r.kind,
                                  useful_life_years=r.useful_life_years, depreciable=r.depreciable, active=True))
    session.flush()
    ServiceBase.audit(session, user, "asset.categories", "asset_category", "", after={"count": len(rows)})


def _category(session: Session, bureau_id: int, code: str) -> AssetCategory | None:
    return session.execute(select(AssetCategory).where(AssetCategory.bureau_id == bureau_id,
                                                       AssetCategory.code == code)).scalar_one_or_none()


def _thresholds(session: Session, bureau_id: int) -> dict[str, Decimal]:
    preset = ServiceBase.preset_of(session, bureau_id)
    return {k: asset_parameter(preset, k) for k in ("asset_threshold_general", "asset_threshold_special")}


def _source_ok(session: Session, bureau_id: int, document_id: int | None) -> bool | None:
    if document_id is None:
        return None
    doc = session.get(Document, document_id)
    return bool(doc is not None and doc.bureau_id == bureau_id and doc.state in ("approved", "archived"))


def _placement_problems(session: Session, bureau_id: int, department_id: int | None,
                        user_id: int | None) -> tuple[int | None, list[Problem]]:
    """The card's department (the user's when not given) and whether the user belongs to it."""
    out: list[Problem] = []
    person = session.get(Staff, user_id) if user_id else None
    if user_id and (person is None or person.bureau_id != bureau_id or not person.active):
        out.append(Problem("ASSET-12", "asset.user", f"找不到使用人（{user_id}）或其已不在岗"))
        person = None
    if department_id is None and person is not None:
        department_id = person.department_id
    dept = session.get(Department, department_id) if department_id else None
    if department_id and (dept is None or dept.bureau_id != bureau_id):
        out.append(Problem("ASSET-12", "asset.department", f"找不到使用部门（{department_id}）"))
    elif department_id is None:
        out.append(Problem("ASSET-12", "asset.department", "使用部门：必须填写（谁使用、谁负责）"))
    elif person is not None and person.department_id != department_id:
        out.append(Problem("ASSET-12", "asset.user_department",
                           f"使用人{person.name}不属于{dept.name if dept else '该部门'}：跨部门使用须办理转移手续（ASSET-08）"))
    return department_id, out


def _card_rules(session: Session, bureau_id: int, got: Any, *, opening: bool,
                category: AssetCategory | None) -> list[Problem]:
    problems: list[Problem] = []
    if category is None or not category.active:
        problems.append(Problem("ASSET-01", "asset.category", f"资产分类 {got.category_code} 不存在或已停用"))
    else:
        problems += threshold_problems(category.kind, got.original_value, got.quantity, got.bulk,
                                       _thresholds(session, bureau_id))
        problems += luxury_problems(category.kind, got.name, got.specification)
        if opening:
            problems += opening_problems(got.original_value, got.depreciated_before, got.months_before,
                                         life_months(category.useful_life_years), category.depreciable)
    if not opening:
        problems += approval_problems(got.acquisition_way, got.approval_ref,
                                      _source_ok(session, bureau_id, got.source_document_id))
    elif got.source_document_id is not None and _source_ok(session, bureau_id, got.source_document_id) is False:
        problems += approval_problems("other", "", False)
    return problems


def _depreciation_to_date(value: Decimal, life: int, acquired_on: date, today: date) -> tuple[Decimal, int]:
    """An opening card entered without its accumulated depreciation: what straight-line monthly
    runs would have taken from its acquisition month to the month before it is registered. Without
    this the first run in the app would charge all those months to one month's expenses."""
    from desktop.domain.assets.depreciation import CardFacts, full_schedule, month_of

    this_month = month_of(today)
    taken = [amount for period, amount in full_schedule(CardFacts(value, life, acquired_on)) if period < this_month]
    return sum(taken, Decimal("0.00")), len(taken)


def _new_card(session: Session, user: SignedIn, data: Mapping[str, Any], *, opening: bool,
              today: date, staff_id: int | None, summary: str) -> AssetCard:
    """Check and add one card (both register paths); raises Refused listing every problem."""
    from desktop.domain.input_gate.asset_cards import read_card

    got, problems = read_card(data, opening=opening, today=today)
    if got is None:
        raise Refused(problems)
    _ensure_categories(session, user, user.bureau_id)
    category = _category(session, user.bureau_id, got.category_code)
    problems += _card_rules(session, user.bureau_id, got, opening=opening, category=category)
    department_id, placed = _placement_problems(session, user.bureau_id, got.department_id, got.user_id)
    problems += placed
    if opening and got.acquisition_way not in _OPENING_WAYS:
        problems.append(Problem("ASSET-01", "asset.way", "期初资产的取得方式为购置、调入、接受捐赠或其他"))
    problems_or_none(problems)
    assert category is not None
    values = got.model_dump()
    before, months = (got.depreciated_before, got.months_before) if opening else (Decimal("0.00"), 0)
    if opening and category.depreciable and not before and not months:
        before, months = _depreciation_to_date(got.original_value, life_months(category.useful_life_years),
                                               got.acquired_on, today)
    card = AssetCard(bureau_id=user.bureau_id, card_no=next_card_no(session, user.bureau_id, today.year),
                     **{k: v for k, v in values.items() if k not in ("department_id", "depreciated_before",
                                                                     "months_before")},
                     department_id=department_id, status="active" if opening else "pending",
                     depreciable=category.depreciable, useful_life_months=life_months(category.useful_life_years),
                     depreciated_before=before, months_before=months)
    session.add(card)
    session.flush()
    record_event(session, card, "register", f"{summary}：{card.name}，原值 ¥{card.original_value:,.2f}",
                 staff_id=staff_id, document_id=card.source_document_id)
    ServiceBase.audit(session, user, "asset.register", "asset_card", card.id,
                      after={"card_no": card.card_no, "name": card.name, "status": card.status,
                             "original_value": str(card.original_value), "opening": opening})
    return card


def register_from_supply_receipt(session: Session, user: SignedIn, fields: Mapping[str, Any]) -> int:
    """ASSET-13 (issue 14's hook): a receipt from office-supply stock that qualifies as a fixed
    asset opens its card, pending acceptance by its user and the asset manager, inside the
    receipt's own transaction. ``fields`` as for :meth:`AssetService.register` (the receipt's
    approval in ``approval_ref`` or ``source_document_id``)."""
    card = _new_card(session, user, fields, opening=False, today=date.today(), staff_id=user.staff_id,
                     summary="领用办公用品转入固定资产")
    return card.id


class AssetService(AssetCustodyMixin, ServiceBase):
    """``desk.assets``: cards, categories, files; acceptance and custody (mixin)."""

    today = staticmethod(date.today)  # the demo loader plays a year back with its own clock

    # Categories ------------------------------------------------------------------------------
    def categories(self, user: SignedIn) -> list[CategoryView]:
        with self.transaction() as session:
            _ensure_categories(session, user, user.bureau_id)
            rows = session.execute(select(AssetCategory).where(AssetCategory.bureau_id == user.bureau_id)
                                   .order_by(AssetCategory.code)).scalars().all()
            return [CategoryView(r.code, r.name, r.kind, r.useful_life_years, r.depreciable, r.active) for r in rows]

    def set_category_life(self, user: SignedIn, code: str, years: int) -> None:
        """The category's default useful life for cards registered from now on (cards already
        registered keep theirs: their depreciation is fixed at acceptance)."""
        with self.transaction() as session:
            require_manager(session, user, "修改资产分类的使用年限")
            _ensure_categories(session, user, user.bureau_id)
            category = _category(session, user.bureau_id, str(code).strip())
            if category is None:
                raise refuse("ASSET-01", "asset.category", f"资产分类 {code} 不存在")
            if isinstance(years, bool) or not isinstance(years, int) or not 0 <= years <= 100:
                raise refuse("ASSET-01", "asset.life", "使用年限须为 0 到 100 的整数")
            if category.depreciable and years == 0:
                raise refuse("ASSET-01", "asset.life", f"{category.name}计提折旧：使用年限至少 1 年")
            if not category.depreciable and years:
                raise refuse("ASSET-01", "asset.life", f"{category.name}不计提折旧：使用年限为 0")
            before = category.useful_life_years
            category.useful_life_years = years
            self.audit(session, user, "asset.category_life", "asset_category", category.id,
                       before={"code": category.code, "useful_life_years": before},
                       after={"code": category.code, "useful_life_years": years})

    # Registering and editing ------------------------------------------------------------------
    def register(self, user: SignedIn, fields: Mapping[str, Any], *, opening: bool = False) -> int:
        """A new card: pending acceptance (ASSET-11), or with ``opening`` an asset already in use
        when the bureau starts (active, with what was depreciated before)."""
        with self.transaction() as session:
            require_manager(session, user, "登记固定资产卡片")
            card = _new_card(session, user, fields, opening=opening, today=self.today(), staff_id=user.staff_id,
                             summary="期初建卡" if opening else "登记建卡")
            return card.id

    def import_opening(self, user: SignedIn, records: Sequence[Mapping[str, Any]]) -> list[int]:
        """Opening cards from a sheet, all in one transaction: every record's problems are listed
        (prefixed with its place in the sheet) and nothing is written unless every record is good."""
        if not 1 <= len(records) <= 10_000:
            raise refuse("ASSET-01", "asset.import_size", "一次导入 1 至 10000 张期初卡片")
        with self.transaction() as session:
            require_manager(session, user, "导入期初资产卡片")
            ids: list[int] = []
            problems: list[Problem] = []
            for n, fields in enumerate(records, start=1):
                try:
                    with session.begin_nested():
                        ids.append(_new_card(session, user, fields, opening=True, today=self.today(),
                                             staff_id=user.staff_id, summary="期初建卡（导入）").id)
                except Refused as exc:
                    problems += [Problem(p.rule, p.code, f"第{n}张：{p.text}") for p in exc.problems]
            if problems:
                raise Refused(problems)
            return ids

    def edit(self, user: SignedIn, card_id: int, changes: Mapping[str, Any], reason: str) -> None:
        from desktop.domain.input_gate.asset_cards import CARD_FIELDS, read_card

        if not isinstance(changes, Mapping):
            raise refuse("ASSET-01", "asset.changes", "修改内容须为字段和新值")
        unknown = sorted(set(changes) - set(CARD_FIELDS))
        with self.transaction() as session:
            require_manager(session, user, "修改固定资产卡片")
            card = card_in(session, user, card_id, lock=True)
            if unknown:
                raise refuse("ASSET-01", "asset.field", f"不能修改的字段：{'、'.join(unknown)}")
            if card.status in ("disposed", "written_off", "rejected"):
                raise refuse("ASSET-01", "asset.closed", f"资产{card.card_no}已{STATUS_LABELS[card.status]}，卡片不再修改")
            current = {f: getattr(card, f) for f in CARD_FIELDS}
            current = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in current.items()}
            merged = {**current, **changes}
            got, problems = read_card(merged, opening=True, today=self.today())
            if got is None:
                raise Refused(problems)
            new = got.model_dump()
            old = {f: getattr(card, f) for f in CARD_FIELDS}
            changed = {f: (old[f], new[f]) for f in CARD_FIELDS if new[f] != old[f]}
            problems = edit_problems(card.status, changed, reason if isinstance(reason, str) else "")
            if not changed:
                problems.append(Problem("ASSET-01", "asset.unchanged", "卡片没有变化"))
            category = _category(session, user.bureau_id, got.category_code)
            if category is None or not category.active:
                problems.append(Problem("ASSET-01", "asset.category", f"资产分类 {got.category_code} 不存在或已停用"))
            elif changed.keys() & {"original_value", "quantity", "bulk", "category_code", "name", "specification"}:
                problems += threshold_problems(category.kind, got.original_value, got.quantity, got.bulk,
                                               _thresholds(session, user.bureau_id))
                problems += luxury_problems(category.kind, got.name, got.specification)
            if "approval_ref" in changed or "source_document_id" in changed:
                if _source_ok(session, user.bureau_id, got.source_document_id) is False:
                    problems += approval_problems("other", "", False)
            if changed.keys() & {"department_id", "user_id"}:
                department_id, placed = _placement_problems(session, user.bureau_id, got.department_id, got.user_id)
                problems += placed
                if department_id != card.department_id:
                    problems.append(Problem("ASSET-08", "asset.other_department",
                                            "改变使用部门须办理资产转移手续（调入部门申请，办公室批准）"))
            problems_or_none(problems)
            for f, (_, value) in changed.items():
                setattr(card, f, value)
            if "category_code" in changed and category is not None:
                card.depreciable = category.depreciable
                card.useful_life_months = life_months(category.useful_life_years)
            shown = {CARD_LABEL_WORDS.get(f, f): [str(a), str(b)] for f, (a, b) in changed.items()}
            record_event(session, card, "edit", f"修改{'、'.join(shown)}：{reason.strip()}"[:200],
                         staff_id=user.staff_id, details={"changes": shown, "reason": reason.strip()})
            self.audit(session, user, "asset.edit", "asset_card", card.id,
                       before={f: str(a) for f, (a, _) in changed.items()},
                       after={**{f: str(b) for f, (_, b) in changed.items()}, "reason": reason.strip()})

    # Reading ----------------------------------------------------------------------------------
    def card(self, user: SignedIn, card_id: int) -> CardView:
        with self.reading() as session:
            card = card_in(session, user, card_id)
            if not self._may_see(session, user, card):
                raise refuse("SEC-03", "asset.read", "无权查看该资产卡片：仅本部门、使用人及资产、财务、办公室等岗位可查看")
            category = _category(session, user.bureau_id, card.category_code)
            dept = session.get(Department, card.department_id) if card.department_id else None
            booked = session.execute(select(func.coalesce(func.sum(AssetDepreciationLine.amount), 0))
                                     .where(AssetDepreciationLine.card_id == card.id)).scalar()
            accumulated = (card.depreciated_before + Decimal(booked)).quantize(Decimal("0.01"))
            marks = session.execute(select(AssetAcceptance).where(AssetAcceptance.card_id == card.id)
                                    .order_by(AssetAcceptance.id)).scalars().all()
            files = session.execute(select(AssetFile.id, AssetFile.kind, AssetFile.file_name, AssetFile.size)
                                    .where(AssetFile.card_id == card.id).order_by(AssetFile.id)).all()
            events = session.execute(select(AssetEvent, Staff.name, Document.serial)
                                     .outerjoin(Staff, Staff.id == AssetEvent.staff_id)
                                     .outerjoin(Document, Document.id == AssetEvent.document_id)
                                     .where(AssetEvent.card_id == card.id)
                                     .order_by(AssetEvent.at, AssetEvent.id)).all()
            return CardView(
                id=card.id, card_no=card.card_no, name=card.name, category_code=card.category_code,
                category_name=category.name if category else "", specification=card.specification, unit=card.unit,
                quantity=card.quantity, original_value=card.original_value, acquired_on=card.acquired_on,
                acquisition_way=card.acquisition_way, funding_source=card.funding_source, supplier=card.supplier,
                contract_no=card.contract_no, approval_ref=card.approval_ref,
                source_document_id=card.source_document_id, department_id=card.department_id,
                department_name=dept.name if dept else "", user_id=card.user_id,
                user_name=staff_name(session, card.user_id), location=card.location, status=card.status,
                status_label=STATUS_LABELS.get(card.status, card.status), bulk=card.bulk,
                storage_media=card.storage_media, depreciable=card.depreciable,
                useful_life_months=card.useful_life_months, depreciated_before=card.depreciated_before,
                months_before=card.months_before, removed_period=card.removed_period, voucher_id=card.voucher_id,
                note=card.note, accumulated=accumulated, net_value=card.original_value - accumulated,
                acceptances=tuple(AcceptanceView(m.role, staff_name(session, m.staff_id), m.result, m.note, m.at)
                                  for m in marks),
                files=tuple(FileView(f.id, f.kind, f.file_name, f.size) for f in files),
                history=tuple(EventView(e.at, e.kind, EVENT_LABELS.get(e.kind, e.kind), e.summary, name or "",
                                        serial or "") for e, name, serial in events))

    def find(self, user: SignedIn, *, text: str = "", status: str | None = None, category: str | None = None,
             department_id: int | None = None, location: str | None = None, user_id: int | None = None,
             offset: int = 0, limit: int = 200, order: str = "card_no",
             for_transfer: bool = False) -> tuple[list[CardRow], int]:
        """A page of the cards the person may see, and how many there are in all. ``text`` matches
        the start of the card number, or the name, specification or location anywhere.

        ``for_transfer``: the cards on the books of the other departments, which anyone may ask to
        have transferred to their own (ASSET-08: 「由转入部门提出申请」) — the receiving section's
        clerk must be able to find them, whatever else they may read."""
        if order.lstrip("-") not in ORDERS:
            raise refuse("ASSET-01", "asset.order", f"未知的排序：{order}")
        with self.reading() as session:
            needle = (text or "").strip()
            where = [*self._visible(session, user)] if not for_transfer else [
                AssetCard.status.in_(ON_BOOKS_STATUSES),
                *([AssetCard.department_id != user.department_id] if user.department_id else [])]
            if for_transfer and user.is_admin:
                where = [AssetCard.id == -1]
            number = needle.upper()
            if CARD_NO_TEXT.fullmatch(number):  # a card number (typed or scanned): the index's range
                year, _, digits = number.partition("-")
                where += [AssetCard.card_no.between(f"{year}-{digits:0<5}", f"{year}-{digits:9<5}"),
                          AssetCard.card_no.startswith(f"{year}-{digits}", autoescape=True)]
                needle = ""
            if needle:
                like = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                where.append(or_(AssetCard.card_no.like(f"{like.upper()}%", escape="\\"),
                                 AssetCard.name.like(f"%{like}%", escape="\\"),
                                 AssetCard.specification.like(f"%{like}%", escape="\\"),
                                 AssetCard.location.like(f"%{like}%", escape="\\")))
            if status:
                where.append(AssetCard.status.in_(status) if isinstance(status, (list, tuple, set, frozenset))
                             else AssetCard.status == status)
            if category:
                where.append(AssetCard.category_code == category)
            if department_id:
                where.append(AssetCard.department_id == department_id)
            if location:
                where.append(AssetCard.location == location)
            if user_id:
                where.append(AssetCard.user_id == user_id)
            column = ORDERS[order.lstrip("-")]
            descending = order.startswith("-")
            offset, limit = max(0, offset), max(0, min(limit, 5000))
            if needle:
                return self._find_text(session, user.bureau_id, where, column, descending, offset, limit)
            total = session.execute(select(func.count()).select_from(AssetCard)
                                    .where(AssetCard.bureau_id == user.bureau_id, *where)).scalar() or 0
            rows = session.execute(self._row_query().where(AssetCard.bureau_id == user.bureau_id, *where)
                                   .order_by(column.desc() if descending else column, AssetCard.id)
                                   .offset(offset).limit(limit)).all()
            return [self._row(r) for r in rows], total

    def _find_text(self, session: Session, bureau_id: int, where: list[Any], column: Any, descending: bool,
                   offset: int, limit: int) -> tuple[list[CardRow], int]:
        """A text search reads every card of the bureau anyway: one plain scan (``bureau_id + 0``
        keeps SQLite off a (bureau_id, …) index, three times slower to walk row by row) for the
        ids and sort keys of every match, then the page's rows by id (bench/asset_cards_find.py)."""
        keys = session.execute(select(AssetCard.id, column).where(AssetCard.bureau_id + 0 == bureau_id,
                                                                   *where)).all()
        keys.sort(key=lambda k: k[0], reverse=False)
        keys.sort(key=lambda k: (k[1] is None, k[1]), reverse=descending)
        wanted = [k[0] for k in keys[offset:offset + limit]]
        if not wanted:
            return [], len(keys)
        place = {card_id: n for n, card_id in enumerate(wanted)}
        rows = session.execute(self._row_query().where(AssetCard.id.in_(wanted))).all()
        return sorted((self._row(r) for r in rows), key=lambda r: place[r.id]), len(keys)

    def locations(self, user: SignedIn) -> list[str]:
        with self.reading() as session:
            rows = session.execute(select(AssetCard.location).where(AssetCard.bureau_id == user.bureau_id,
                                                                    AssetCard.location != "",
                                                                    *self._visible(session, user))
                                   .distinct().order_by(AssetCard.location)).scalars().all()
            return list(rows)

    # Files -----------------------------------------------------------------------------------
    def add_file(self, user: SignedIn, card_id: int, kind: str, file_name: str, content: bytes) -> int:
        """A photo (JPEG, PNG, WebP) or document (PDF or a picture) of the card, ≤ 10 MB, checked by
        its first bytes, not its name; stored with its SHA-256 (ASSET-13: the office keeps the files)."""
        problems = file_problems(kind, file_name, content)
        with self.transaction() as session:
            require_manager(session, user, "添加资产照片或文件")
            card = card_in(session, user, card_id, lock=True)
            problems_or_none(problems)
            digest = hashlib.sha256(content).hexdigest()
            row = AssetFile(bureau_id=user.bureau_id, card_id=card.id, kind=kind, file_name=file_name.strip()[:200],
                            sha256=digest, size=len(content), content=bytes(content), added_by=user.staff_id)
            session.add(row)
            session.flush()
            record_event(session, card, "file", f"添加{'照片' if kind == 'photo' else '文件'}：{row.file_name}",
                         staff_id=user.staff_id, details={"sha256": digest, "size": len(content)})
            self.audit(session, user, "asset.file", "asset_file", row.id,
                       after={"card_no": card.card_no, "file_name": row.file_name, "sha256": digest})
            return row.id

    def file(self, user: SignedIn, file_id: int) -> tuple[str, bytes]:
        with self.reading() as session:
            row = session.get(AssetFile, file_id) if isinstance(file_id, int) else None
            if row is None or row.bureau_id != user.bureau_id:
                raise refuse("ASSET-01", "asset.file_missing", "找不到该文件")
            if not self._may_see(session, user, session.get(AssetCard, row.card_id)):
                raise refuse("SEC-03", "asset.read", "无权查看该资产的文件")
            return row.file_name, bytes(row.content)

    # Shared pieces ----------------------------------------------------------------------------
    @staticmethod
    def _row_query():  # noqa: ANN205
        person = aliased(Staff)
        return (select(AssetCard.id, AssetCard.card_no, AssetCard.name, AssetCard.category_code,
                       AssetCategory.name, AssetCard.specification, AssetCard.quantity, AssetCard.unit,
                       AssetCard.original_value, AssetCard.acquired_on, Department.name, person.name,
                       AssetCard.location, AssetCard.status)
                .outerjoin(AssetCategory, (AssetCategory.bureau_id == AssetCard.bureau_id)
                           & (AssetCategory.code == AssetCard.category_code))
                .outerjoin(Department, Department.id == AssetCard.department_id)
                .outerjoin(person, person.id == AssetCard.user_id))

    @staticmethod
    def _row(r: Any) -> CardRow:
        return CardRow(id=r[0], card_no=r[1], name=r[2], category_code=r[3], category_name=r[4] or "",
                       specification=r[5], quantity=r[6], unit=r[7], original_value=r[8], acquired_on=r[9],
                       department_name=r[10] or "", user_name=r[11] or "", location=r[12], status=r[13],
                       status_label=STATUS_LABELS.get(r[13], r[13]))

    @staticmethod
    def _visible(session: Session, user: SignedIn) -> list[Any]:
        """Need to know: asset, finance and office posts, the director and the audit post see every
        card; anyone else their department's cards and the ones they use."""
        if sees_all(session, user):
            return []
        if user.is_admin:
            return [AssetCard.id == -1]
        # Two index lookups joined, not an OR that makes the database read every card.
        mine = select(AssetCard.id).where(AssetCard.user_id == user.staff_id)
        if user.department_id:
            mine = union(select(AssetCard.id).where(AssetCard.bureau_id == user.bureau_id,
                                                    AssetCard.department_id == user.department_id), mine)
        return [AssetCard.id.in_(mine)]

    @staticmethod
    def _may_see(session: Session, user: SignedIn, card: AssetCard | None) -> bool:
        if card is None or card.bureau_id != user.bureau_id or user.is_admin:
            return False
        return sees_all(session, user) or card.user_id == user.staff_id or (
            user.department_id is not None and card.department_id == user.department_id)


CARD_LABEL_WORDS = {
    "name": "名称", "category_code": "分类", "specification": "规格型号", "unit": "单位", "quantity": "数量",
    "original_value": "原值", "acquired_on": "取得日期", "acquisition_way": "取得方式", "funding_source": "经费来源",
    "supplier": "供应商", "contract_no": "合同编号", "approval_ref": "审批文号", "source_document_id": "审批单",
    "department_id": "使用部门", "user_id": "使用人", "location": "存放地点", "bulk": "批量低值资产",
    "storage_media": "含存储介质", "note": "备注",
}
