"""What the transfer, repair and disposal service shows (issue 13): a move or a disposal with its
cards and stage, and what waits for a person."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

__all__ = ["MoveCard", "MoveView", "DisposalCard", "DisposalView", "OpenMove", "OPEN_LABELS", "STAGE_LABELS",
           "card_ids_of", "yuan"]

OPEN_LABELS = {"release": "调出部门签字交出", "apply": "办理资产转移（变更卡片）", "complete": "登记维修结果",
               "external": "登记区国资局批复", "close": "办结处置（注销卡片）", "voucher": "生成处置凭证"}


@dataclass(frozen=True)
class MoveCard:
    id: int
    card_no: str
    name: str
    specification: str
    quantity: int
    original_value: Decimal
    department_name: str
    user_name: str
    location: str
    status: str
    status_label: str


@dataclass(frozen=True)
class MoveView:
    """A transfer or repair: its document, cards, and how far it went (``stage_label``)."""

    document_id: int
    serial: str
    kind: str  # transfer | repair
    state: str
    cards: tuple[MoveCard, ...]
    from_department_name: str
    to_department_name: str
    to_user_name: str
    to_location: str
    released_by_name: str
    released_at: Any
    applied_by_name: str
    applied_at: Any
    fault: str
    sent_out: bool
    computer: bool
    damage_by_name: str
    repairer: str
    supervisor_name: str
    cost: Decimal
    compensation: Decimal
    completed_at: Any
    note: str
    stage: str
    stage_label: str


@dataclass(frozen=True)
class DisposalCard:
    id: int
    card_no: str
    name: str
    quantity: int
    original_value: Decimal
    accumulated: Decimal
    net_value: Decimal
    storage_media: bool
    wiped: bool
    status_label: str


@dataclass(frozen=True)
class DisposalView:
    document_id: int
    serial: str
    state: str
    way: str
    way_label: str
    appraisal: str
    cards: tuple[DisposalCard, ...]
    items: int
    bulk: bool
    original_value: Decimal
    accumulated: Decimal
    net_value: Decimal
    external_required: bool
    external_authority: str
    external_ref: str
    external_date: date | None
    residual_income: Decimal
    income_to: str
    income_to_label: str
    closed_by_name: str
    closed_at: Any
    voucher_id: int | None
    voucher_no: str
    stage: str
    stage_label: str


@dataclass(frozen=True)
class OpenMove:
    """Something waiting for this person: ``action`` release | apply | complete | external | close |
    voucher."""

    document_id: int
    serial: str
    kind: str
    title: str
    action: str
    action_label: str
    cards: str


def card_ids_of(text: str) -> list[int]:
    rows = json.loads(text or "[]")
    return [int(r["card_id"]) if isinstance(r, dict) else int(r) for r in rows]


def yuan(value: Decimal) -> str:
    return f"¥{value:,.2f}"


STAGE_LABELS = {"draft": "草稿", "returned": "已退回", "rejected": "已否决", "approval": "审批中",
                "release": "待调出部门签字", "apply": "待资产管理员变更卡片", "complete": "待登记维修结果",
                "external": "待登记区国资局批复", "close": "待办结（注销卡片）", "voucher": "待生成处置凭证",
                "done": "已办结"}

