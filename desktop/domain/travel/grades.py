"""The traveller's grade (职级) on the trip approval and the claim: which class of transport and
which lodging standard apply (TRAVEL-05, TRAVEL-18).

TRAVEL-18 ties class and lodging to the grade, but the seed table gives only the "其他人员"
column, so by default every grade is one tier: the TRAVEL-05 classes (high-speed trains second
class, all-soft-seat trains second-class soft seat, ships third class, planes economy) and the
region's lodging cap. The grade is recorded and printed, and each leg's class is checked
against the tier of the grade; a class above it must give the allowed class's fare (the excess
is paid by the traveller).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Mapping, Sequence

from desktop.domain.approval.model import Problem
from desktop.domain.travel.allowances import ABOVE_CLASSES, ALLOWED_CLASSES, MODE_ALIASES

__all__ = ["GRADES", "DEFAULT_TIER", "ClassTier", "tier_of", "grade_text", "LegFacts", "class_problems",
           "MODE_LABELS"]

# The grades a county bureau's staff hold (the GUI offers them; other text is accepted and printed).
GRADES = ("县处级", "正科级", "副科级", "科员", "办事员", "其他人员")
DEFAULT_TIER = "其他人员"
MODE_LABELS: Mapping[str, str] = {"train": "火车", "plane": "飞机", "ship": "轮船", "coach": "长途汽车", "bus": "公交/大巴",
                                  "other": "其他", "taxi": "出租车"}
_ALLOWED_TEXT = {"train": "二等座（全列软席列车二等软座）", "plane": "经济舱", "ship": "三等舱"}


@dataclass(frozen=True)
class ClassTier:
    """What one tier of grades may use (TRAVEL-05 for the default tier)."""

    name: str
    allowed: Mapping[str, frozenset[str]]
    above: Mapping[str, frozenset[str]]


DEFAULT_CLASS_TIER = ClassTier(DEFAULT_TIER, ALLOWED_CLASSES, ABOVE_CLASSES)


def tier_of(grade: str, tiers: Mapping[str, ClassTier] | None = None) -> ClassTier:
    """The tier of a grade: the bureau's table when it has one (TRAVEL-18), else the one tier."""
    return (tiers or {}).get(grade.strip(), DEFAULT_CLASS_TIER)


def grade_text(grade: str, tiers: Mapping[str, ClassTier] | None = None) -> str:
    """The printed grade: ``正科级（乘车、住宿按其他人员标准）``."""
    if not grade.strip():
        return "未填写"
    return f"{grade.strip()}（乘车、住宿按{tier_of(grade, tiers).name}标准）"


@dataclass(frozen=True)
class LegFacts:
    mode: str
    travel_class: str
    amount: Decimal
    allowed_fare: Decimal | None


def class_problems(legs: Sequence[LegFacts], grade: str, tiers: Mapping[str, ClassTier] | None = None,
                   *, code: str = "claim.legs") -> list[Problem]:
    """TRAVEL-05/TRAVEL-18: a leg above the class the traveller's grade allows must give the
    allowed class's fare (the claim pays that and the traveller the rest). Every leg at once."""
    tier = tier_of(grade, tiers)
    who = grade.strip() or "出差人"
    out: list[Problem] = []
    for i, leg in enumerate(legs):
        mode = MODE_ALIASES.get(leg.mode, leg.mode)
        cls = leg.travel_class.strip()
        if mode in tier.above and cls in tier.above[mode] and leg.allowed_fare is None:
            allowed = _ALLOWED_TEXT.get(mode, "、".join(sorted(tier.allowed.get(mode, ()))))
            out.append(Problem("TRAVEL-05", f"{code}[{i}].class",
                               f"行程第{i + 1}项：{who}（{tier.name}标准）应乘坐{allowed}，{cls}超过规定等级，"
                               "须填写规定等级票价，超出部分由个人自理"))
    return out
