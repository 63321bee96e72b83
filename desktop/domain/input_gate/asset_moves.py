"""Schemas for what a person types when moving asset cards (issue 13): a transfer request by
card (ASSET-08; the F-22 sheet fields themselves are checked by :mod:`.assets`), a repair request
and its completion (ASSET-09/10), a disposal request, its external approval and its closing
(ASSET-02/03/04). Each reader returns the record or every problem at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import Field

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.assets import MAX_ASSET_LINES
from desktop.domain.input_gate.fields import ID_CEILING, count, day, flag, line, money, optional_id, text
from desktop.domain.input_gate.problems import GateModel, check

__all__ = ["TransferRequestInput", "RepairRequestInput", "RepairCompletionInput", "DisposalRequestInput",
           "ExternalApprovalInput", "DisposalCloseInput", "read_transfer_request", "read_repair_request",
           "read_repair_completion", "read_disposal_request", "read_external_approval", "read_disposal_close",
           "MAX_CARDS"]

MAX_CARDS = 500
LABELS = {"card_ids": "资产卡片", "to_department_id": "调入部门", "to_user_id": "新保管人", "to_location": "存放地点",
          "reason": "转移原因", "card_id": "资产卡片", "fault": "故障情况", "sent_out": "送外维修",
          "damage_by_id": "造成损坏的人员", "cost": "维修费用", "repairer": "维修单位", "supervisor_id": "现场监督人",
          "compensation": "赔偿金额", "note": "备注", "way": "处置方式", "appraisal": "技术鉴定意见",
          "authority": "批准机关", "reference": "批复文号", "on_date": "批复日期", "residual_income": "残值变价收入",
          "wiped_card_ids": "已做数据清除的卡片"}

CardId = count(1, ID_CEILING)


class TransferRequestInput(GateModel):
    card_ids: list[CardId] = Field(min_length=1, max_length=MAX_ASSET_LINES)  # the F-22 sheet's lines
    to_department_id: count(1, ID_CEILING)
    to_user_id: optional_id() = None
    to_location: line(60) = ""
    reason: line(200) = ""


class RepairRequestInput(GateModel):
    card_id: CardId
    fault: text(500)
    sent_out: flag() = False
    damage_by_id: optional_id() = None


class RepairCompletionInput(GateModel):
    cost: money()
    repairer: line(100)
    supervisor_id: optional_id() = None
    compensation: money() = Decimal("0.00")
    note: line(200) = ""


class DisposalRequestInput(GateModel):
    card_ids: list[CardId] = Field(min_length=1, max_length=MAX_CARDS)
    way: line(12) = "scrap"
    appraisal: text(500)


class ExternalApprovalInput(GateModel):
    authority: line(60)
    reference: line(60)
    on_date: day()


class DisposalCloseInput(GateModel):
    residual_income: money() = Decimal("0.00")
    wiped_card_ids: list[CardId] = Field(default_factory=list, max_length=MAX_CARDS)


def _read(model, data: Any, rule: str, prefix: str, today: date | None):  # noqa: ANN001, ANN202
    return check(model, data, rule=rule, prefix=prefix, labels=LABELS, context={"today": today} if today else None)


def read_transfer_request(data: Any, today: date | None = None) -> tuple[TransferRequestInput | None, list[Problem]]:
    return _read(TransferRequestInput, data, "ASSET-08", "asset_transfer", today)


def read_repair_request(data: Any, today: date | None = None) -> tuple[RepairRequestInput | None, list[Problem]]:
    return _read(RepairRequestInput, data, "ASSET-09", "asset_repair", today)


def read_repair_completion(data: Any, today: date | None = None) -> tuple[RepairCompletionInput | None, list[Problem]]:
    return _read(RepairCompletionInput, data, "ASSET-09", "asset_repair", today)


def read_disposal_request(data: Any, today: date | None = None) -> tuple[DisposalRequestInput | None, list[Problem]]:
    return _read(DisposalRequestInput, data, "ASSET-03", "asset_disposal", today)


def read_external_approval(data: Any, today: date | None = None) -> tuple[ExternalApprovalInput | None, list[Problem]]:
    got, problems = _read(ExternalApprovalInput, data, "ASSET-02", "asset_disposal", today)
    if got is not None:
        if not got.authority.strip():
            problems.append(Problem("ASSET-02", "asset_disposal.authority", "请填写批准机关"))
        if not got.reference.strip():
            problems.append(Problem("ASSET-02", "asset_disposal.reference", "请填写批复文号"))
    return (got if not problems else None), problems


def read_disposal_close(data: Any, today: date | None = None) -> tuple[DisposalCloseInput | None, list[Problem]]:
    return _read(DisposalCloseInput, data, "ASSET-04", "asset_disposal", today)
