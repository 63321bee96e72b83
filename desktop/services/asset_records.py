"""What the fixed-asset services share (issue 13): who manages assets, the preset's asset
parameters with their documented defaults, finding a card in the signed-in person's bureau, card
numbers, and the card's history.

Every service that changes a card writes one :func:`record_event` per card in the same transaction
as its audit entry, so the card's history and the audit trail never disagree.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any, Mapping, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.approval.model import Problem
from desktop.domain.approval.presets import Preset
from desktop.persistence.numbering import next_value
from desktop.persistence.schema import AssetCard, AssetDepreciationLine, AssetEvent, Staff, StaffPosition, utcnow
from desktop.services.base import Refused, SignedIn, refuse

__all__ = ["MANAGERS", "ACCOUNTANTS", "HELD_STATUSES", "ON_BOOKS_STATUSES", "STATUS_LABELS", "WAY_LABELS",
           "EVENT_LABELS", "PARAMETER_DEFAULTS", "is_manager", "require_manager", "asset_parameter", "card_in",
           "card_by_no", "next_card_no", "record_event", "holds_position", "accumulated_of"]

# The asset manager (资产管理员) keeps the cards and custody (ASSET-05, ASSET-13); the accountant and
# the finance head keep the asset accounts (depreciation, vouchers). IC-04: never the same person —
# the preset's incompatible pairs already refuse giving one person both positions.
MANAGERS = frozenset({"asset_mgr"})
ACCOUNTANTS = frozenset({"accountant", "finance_head"})

# A card in one of these is still in someone's keeping (ASSET-07 departures, custody lists).
HELD_STATUSES = ("pending", "active", "idle", "repair", "disposing")
# A card in one of these is on the books (ledger, depreciation, stocktake lists).
ON_BOOKS_STATUSES = ("active", "idle", "repair", "disposing")

STATUS_LABELS: Mapping[str, str] = {
    "pending": "待验收", "active": "在用", "idle": "闲置", "repair": "维修中", "disposing": "处置中",
    "disposed": "已处置", "rejected": "验收不合格", "written_off": "盘亏核销",
}
WAY_LABELS: Mapping[str, str] = {"purchase": "购置", "transfer_in": "调入", "donation": "接受捐赠",
                                 "surplus": "盘盈", "other": "其他"}
EVENT_LABELS: Mapping[str, str] = {
    "register": "登记建卡", "accept": "验收", "reject": "验收不合格", "edit": "修改卡片", "file": "添加照片或文件",
    "status": "状态变更", "transfer": "转移", "repair": "维修", "repair_done": "维修完成", "disposing": "申请处置",
    "disposed": "处置完毕", "stocktake": "清查盘点", "surplus": "盘盈入账", "written_off": "盘亏核销",
    "handover": "离岗交接", "voucher": "生成凭证",
}

# The preset's asset parameters and their defaults for a bureau whose stored preset predates them
# (RULES.md ASSET-CP1 / AMB-13: 1 000 元 general, 1 500 元 special equipment; C-13: P-000 treasury).
PARAMETER_DEFAULTS: Mapping[str, Decimal] = {
    "asset_threshold_general": Decimal("1000"),
    "asset_threshold_special": Decimal("1500"),
    "asset_income_to_treasury": Decimal("1"),
    "asset_disposal_external_ref": Decimal("1"),
    "bulk_disposal_count": Decimal("10"),
}


def asset_parameter(preset: Preset, key: str) -> Decimal:
    value = preset.parameters.get(key)
    return Decimal(value) if value is not None else PARAMETER_DEFAULTS[key]


def holds_position(session: Session, staff_id: int, positions: frozenset[str]) -> bool:
    """Positions held now (not at sign-in): a post taken away since cannot act (IC-14)."""
    rows = session.execute(select(StaffPosition.position).where(StaffPosition.staff_id == staff_id)).scalars()
    return any(p in positions for p in rows)


def is_manager(session: Session, user: SignedIn) -> bool:
    return holds_position(session, user.staff_id, MANAGERS)


def require_manager(session: Session, user: SignedIn, what: str) -> None:
    if user.is_admin:
        raise refuse("SEC-13", "sod.admin", "系统管理员不得办理业务")
    if not is_manager(session, user):
        raise refuse("ASSET-05", "asset.not_manager", f"{what}须由资产管理员办理")


def card_in(session: Session, user: SignedIn, card_id: Any, *, lock: bool = False) -> AssetCard:
    """The card, if it belongs to the person's bureau (else refused as not found)."""
    card = session.get(AssetCard, card_id, with_for_update=lock) if isinstance(card_id, int) else None
    if card is None or card.bureau_id != user.bureau_id:
        raise refuse("ASSET-01", "asset.missing", f"找不到资产卡片（{card_id}）")
    return card


def card_by_no(session: Session, bureau_id: int, card_no: str) -> AssetCard | None:
    return session.execute(select(AssetCard).where(AssetCard.bureau_id == bureau_id,
                                                   AssetCard.card_no == card_no.strip())).scalar_one_or_none()


def next_card_no(session: Session, bureau_id: int, year: int) -> str:
    """ZC2026-00001: gapless per year of registration, never reused (a disposed card keeps its number)."""
    return f"ZC{year}-{next_value(session, bureau_id, 'asset_card', str(year)):05d}"


def record_event(session: Session, card: AssetCard, kind: str, summary: str, *, staff_id: int | None,
                 document_id: int | None = None, details: Mapping[str, Any] | None = None) -> None:
    """One line of the card's history (and the card's ``updated_at``)."""
    card.updated_at = utcnow()
    session.add(AssetEvent(bureau_id=card.bureau_id, card_id=card.id, kind=kind, summary=summary[:200],
                           details_json=json.dumps(dict(details or {}), ensure_ascii=False, default=str),
                           document_id=document_id, staff_id=staff_id))


def accumulated_of(session: Session, cards: Sequence[AssetCard]) -> dict[int, Decimal]:
    """Each card's accumulated depreciation: what was taken before the app plus its monthly runs'
    lines, never more than its original value (the one place this sum is made per card)."""
    ids = [c.id for c in cards]
    lines = dict(session.execute(select(AssetDepreciationLine.card_id, func.sum(AssetDepreciationLine.amount))
                                 .where(AssetDepreciationLine.card_id.in_(ids))
                                 .group_by(AssetDepreciationLine.card_id)).all()) if ids else {}
    return {c.id: min(c.original_value, (c.depreciated_before or Decimal("0.00")) + Decimal(lines.get(c.id) or 0))
            .quantize(Decimal("0.01")) for c in cards}


def staff_name(session: Session, staff_id: int | None) -> str:
    person = session.get(Staff, staff_id) if staff_id else None
    return person.name if person else ""


def problems_or_none(problems: list[Problem]) -> None:
    if problems:
        raise Refused(problems)
