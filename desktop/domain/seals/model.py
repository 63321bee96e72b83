"""Seal kinds and the lifecycle state machine (SEAL-09..SEAL-12, SEAL-15)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop.domain.approval.model import Problem

__all__ = ["SealKind", "KindInfo", "KINDS", "kind_info", "SealStatus", "STATUS_LABELS", "TRANSITIONS",
           "check_transition", "BANK_RESERVED", "USABLE", "HELD", "impression_text"]


class SealKind(str, enum.Enum):
    PARTY_GROUP = "party_group"  # 党组印章 party-group seal
    ADMINISTRATIVE = "administrative"  # 行政公章 administrative seal
    FINANCE = "finance"  # 财务专用章 finance seal
    LEGAL_REP = "legal_rep"  # 法人名章 legal-representative seal
    CONTRACT = "contract"  # 合同专用章 contract seal
    SECTION = "section"  # 股室业务印鉴 a section's seal
    NAME = "name"  # 名章 a person's name seal
    CHEQUE_BOOK = "cheque_book"  # 支票 a custody item, not a signing seal (SEAL-16)


@dataclass(frozen=True)
class KindInfo:
    kind: SealKind
    label: str  # Chinese
    english: str  # the glossary's name
    shape: str  # "round" | "square" | "none"
    signing: bool  # a signing key (a seal) or only a custody item


KINDS: tuple[KindInfo, ...] = (
    KindInfo(SealKind.PARTY_GROUP, "党组印章", "party-group seal", "round", True),
    KindInfo(SealKind.ADMINISTRATIVE, "行政公章", "administrative seal", "round", True),
    KindInfo(SealKind.FINANCE, "财务专用章", "finance seal", "round", True),
    KindInfo(SealKind.LEGAL_REP, "法人名章", "legal-representative seal", "square", True),
    KindInfo(SealKind.CONTRACT, "合同专用章", "contract seal", "round", True),
    KindInfo(SealKind.SECTION, "业务印鉴", "section seal", "round", True),
    KindInfo(SealKind.NAME, "名章", "name seal", "square", True),
    KindInfo(SealKind.CHEQUE_BOOK, "支票", "cheque book", "none", False),
)
_BY_KIND = {k.kind.value: k for k in KINDS}

# The seals registered with the bank (银行预留印鉴), kept by different people (SEAL-17).
BANK_RESERVED = frozenset({SealKind.FINANCE.value, SealKind.LEGAL_REP.value})


def kind_info(kind: str) -> KindInfo:
    return _BY_KIND[kind]


class SealStatus(str, enum.Enum):
    REQUESTED = "requested"  # engraving requested (刻制申请)
    APPROVED = "approved"  # engraving approved by the chain (SEAL-09, SEAL-10)
    FILED = "filed"  # police filing recorded (公安备案, SEAL-10)
    ENABLED = "enabled"  # 启用 (SEAL-09, SEAL-11)
    SUSPENDED = "suspended"  # 停用
    REPLACED = "replaced"  # 更换
    SEALED_UP = "sealed_up"  # returned and sealed up (封存, SEAL-12)
    CANCELLED = "cancelled"  # 注销 (SEAL-12)
    VOID = "void"  # lost or stolen, declared void (挂失/声明作废, SEAL-15)


STATUS_LABELS = {
    "requested": "刻制申请中", "approved": "已批准刻制", "filed": "已公安备案", "enabled": "启用",
    "suspended": "停用", "replaced": "已更换", "sealed_up": "已封存", "cancelled": "已注销", "void": "已作废（挂失）",
}

# (from, to) → the rule that governs it.
TRANSITIONS: dict[tuple[str, str], str] = {
    ("requested", "approved"): "SEAL-09",
    ("approved", "filed"): "SEAL-10",
    ("filed", "enabled"): "SEAL-11",
    ("enabled", "suspended"): "SEAL-12",
    ("suspended", "enabled"): "SEAL-12",
    ("enabled", "replaced"): "SEAL-12",
    ("suspended", "replaced"): "SEAL-12",
    ("enabled", "sealed_up"): "SEAL-12",
    ("suspended", "sealed_up"): "SEAL-12",
    ("replaced", "sealed_up"): "SEAL-12",
    ("sealed_up", "cancelled"): "SEAL-12",
    **{(s, "void"): "SEAL-15" for s in ("approved", "filed", "enabled", "suspended", "replaced", "sealed_up")},
}

# Statuses in which a seal is somebody's custody (counted by the separation rules).
USABLE = frozenset({"enabled"})
HELD = frozenset({"filed", "enabled", "suspended"})


def check_transition(current: str, target: str) -> list[Problem]:
    if (current, target) in TRANSITIONS:
        return []
    rule = "SEAL-15" if current == "void" else "SEAL-12" if current in ("cancelled", "sealed_up") else "SEAL-09"
    return [Problem(rule, "seal.transition",
                    f"印章状态为“{STATUS_LABELS.get(current, current)}”，不能改为“{STATUS_LABELS.get(target, target)}”")]


def impression_text(kind: str, bureau_name: str, seal_name: str) -> tuple[str, str, str]:
    """(shape, text along the arc, text below the star) of a seal's impression. Square seals
    (法人名章, 名章) show a person's name: the part in brackets of the seal's name if any."""
    info = kind_info(kind)
    if info.shape == "square":
        person = seal_name.split("（", 1)[1].rstrip("）") if "（" in seal_name else seal_name
        return "square", "", person
    if kind == SealKind.PARTY_GROUP.value:
        return "round", f"中共{bureau_name}党组", ""
    if kind == SealKind.ADMINISTRATIVE.value:
        return "round", bureau_name, ""
    below = seal_name[len(bureau_name):] if seal_name.startswith(bureau_name) else seal_name
    return "round", bureau_name, below or info.label
