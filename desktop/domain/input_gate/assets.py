"""Schema for the fixed-asset transfer (固定资产转移单, F-22, ASSET-08): the assets moved (number,
name, model, quantity, original value), from and to which section and custodian. The receiving
section applies and the office approves (ASSET-08)."""

from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import Field

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.fields import count, day, line, money
from desktop.domain.input_gate.problems import GateModel, check, object_problems

__all__ = ["AssetLineInput", "AssetTransferInput", "read_asset_transfer", "ASSET_LABELS", "MAX_ASSET_LINES"]

MAX_ASSET_LINES = 50
ASSET_LABELS = {"": "资产转移", "assets": "转移资产", "asset_no": "资产编号", "name": "资产名称", "model": "规格型号",
                "quantity": "数量", "original_value": "原值", "to_department": "调入部门", "from_department": "调出部门",
                "from_custodian": "原保管人", "to_custodian": "新保管人", "transfer_date": "转移日期"}


class AssetLineInput(GateModel):
    asset_no: line(40)
    name: line(60)
    model: line(60) = ""
    quantity: count(1, 10_000) = 1
    original_value: money()  # of the whole line (all units)


class AssetTransferInput(GateModel):
    assets: list[AssetLineInput] = Field(min_length=1, max_length=MAX_ASSET_LINES)
    to_department: line(50)
    from_department: line(50) = ""
    from_custodian: line(30) = ""
    to_custodian: line(30) = ""
    transfer_date: day(optional=True) = None


def read_asset_transfer(data: Any, applicant_department: str = "",
                        today: date | None = None) -> tuple[AssetTransferInput | None, list[Problem]]:
    """The transfer's fields, or every problem: malformed fields, no asset, and (ASSET-08) an
    application not made by the receiving section or a transfer to the section it leaves."""
    bad = object_problems(data, rule="ASSET-08", prefix="asset_transfer", label="资产转移")
    if bad:
        return None, bad
    got, problems = check(AssetTransferInput, data, rule="ASSET-08", prefix="asset_transfer", labels=ASSET_LABELS,
                          context={"today": today} if today else None, rules={"assets": "ASSET-08"})
    if got is not None:
        if not got.to_department:
            problems.append(Problem("ASSET-08", "asset_transfer.to_department", "请填写调入部门"))
        elif applicant_department and got.to_department != applicant_department:
            problems.append(Problem("ASSET-08", "asset_transfer.applicant",
                                    f"固定资产转移由调入部门提出申请：调入部门为{got.to_department}，"
                                    f"申请人属{applicant_department}"))
        for i, a in enumerate(got.assets):
            if a.original_value <= Decimal("0"):
                problems.append(Problem("ASSET-08", f"asset_transfer.assets[{i}].original_value",
                                        f"转移资产第{i + 1}行 原值：须大于零（按资产卡片填写）"))
    return (got if not problems else None), problems
