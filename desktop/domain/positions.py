"""Positions (岗位) a person can hold, keyed as in RULES.md "Role keys" and the glossary."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PositionInfo", "POSITIONS", "POSITION_KEYS", "position_label", "SYSTEM_ADMIN"]


@dataclass(frozen=True)
class PositionInfo:
    key: str
    label_zh: str
    label_en: str
    scoped: bool  # held for particular departments (section head, leader in charge)


POSITIONS: tuple[PositionInfo, ...] = (
    PositionInfo("director", "局长", "Director", False),
    PositionInfo("leader_in_charge", "分管副局长", "Deputy director in charge", True),
    PositionInfo("finance_leader", "分管财务副局长", "Deputy director for finance", False),
    PositionInfo("center_director", "医保中心主任", "Centre director", False),
    PositionInfo("office_head", "办公室主任", "Office head", False),
    PositionInfo("section_head", "股室负责人", "Section head", True),
    PositionInfo("finance_head", "财务负责人", "Finance head", False),
    PositionInfo("accountant", "会计", "Accountant", False),
    PositionInfo("cashier", "出纳", "Cashier", False),
    PositionInfo("asset_mgr", "资产管理员", "Asset manager", False),
    PositionInfo("seal_custodian", "印章保管员", "Seal custodian", False),
    PositionInfo("auditor", "稽核", "Audit post", False),
    PositionInfo("handler", "经办人", "Handler", False),
    PositionInfo("sysadmin", "系统管理员", "System administrator", False),
)

POSITION_KEYS = frozenset(p.key for p in POSITIONS)
SYSTEM_ADMIN = "sysadmin"
_BY_KEY = {p.key: p for p in POSITIONS}


def position_label(key: str, language: str = "zh") -> str:
    info = _BY_KEY.get(key)
    if info is None:
        return key
    return info.label_zh if language.startswith("zh") else info.label_en
