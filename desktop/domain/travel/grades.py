"""The traveller's grade (职级) on the trip approval and the claim: which class of transport and
which lodging standard apply (TRAVEL-05, TRAVEL-18).

TRAVEL-18 ties class and lodging to the grade, but the seed table gives only the "其他人员"
column, so by default every grade is one tier: the TRAVEL-05 classes (high-speed trains second
class, all-soft-seat trains second-class soft seat, ships third class, planes economy) and the
region's lodging cap. In a county bureau every grade (县处级 and below) is the national
table's "其余人员" column too, so the seeds give no grade a higher class. The grade is recorded and
printed, and each leg's class is checked against the tier of the grade: a class above it must
give the allowed class's fare (the excess is paid by the traveller); a class that is neither
allowed nor known to be above is refused (never paid in full); the allowed fare is typed only
for an above class (refused on an allowed one, so a sheet never says "二等座超过规定等级").
Coaches, buses and other transport are paid by receipt and have no class (001 第八条).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Mapping, Sequence

from desktop.domain.approval.model import Problem
from desktop.domain.travel.allowances import ABOVE_CLASS_ORDER, ALLOWED_CLASS_ORDER, MODE_ALIASES

__all__ = ["GRADES", "DEFAULT_TIER", "ClassTier", "tier_of", "grade_text", "LegFacts", "class_problems",
           "MODE_LABELS", "allowed_classes", "above_classes", "class_choices", "ClassChoice", "CLASS_MODES"]

# The grades a county bureau's staff hold (the GUI offers them; other text is accepted and printed).
GRADES = ("县处级", "正科级", "副科级", "科员", "办事员", "其他人员")
DEFAULT_TIER = "其他人员"
MODE_LABELS: Mapping[str, str] = {"train": "火车", "plane": "飞机", "ship": "轮船", "coach": "长途汽车", "bus": "公交/大巴",
                                  "other": "其他", "taxi": "出租车"}
_ALLOWED_TEXT = {"train": "二等座（全列软席列车二等软座）", "plane": "经济舱", "ship": "三等舱"}


CLASS_MODES = ("train", "plane", "ship")  # the modes whose class decides the fare paid (TRAVEL-05)


@dataclass(frozen=True)
class ClassTier:
    """What one tier of grades may use (TRAVEL-05 for the default tier), each mode's classes in
    drop-down order."""

    name: str
    allowed: Mapping[str, tuple[str, ...]]
    above: Mapping[str, tuple[str, ...]]


DEFAULT_CLASS_TIER = ClassTier(DEFAULT_TIER, ALLOWED_CLASS_ORDER, ABOVE_CLASS_ORDER)


@dataclass(frozen=True)
class ClassChoice:
    """One entry of the ticket entry's class drop-down: the stored class name, whether it is above
    the grade's class (paid at the allowed fare), and the text shown."""

    name: str
    above: bool
    label: str


def _mode(mode: str) -> str:
    return MODE_ALIASES.get(mode, mode)


def tier_of(grade: str, tiers: Mapping[str, ClassTier] | None = None) -> ClassTier:
    """The tier of a grade: the bureau's table when it has one (TRAVEL-18), else the one tier."""
    return (tiers or {}).get(grade.strip(), DEFAULT_CLASS_TIER)


def grade_text(grade: str, tiers: Mapping[str, ClassTier] | None = None) -> str:
    """The printed grade: ``正科级（乘车、住宿按其他人员标准）``."""
    if not grade.strip():
        return "未填写"
    return f"{grade.strip()}（乘车、住宿按{tier_of(grade, tiers).name}标准）"


def allowed_classes(grade: str, mode: str, tiers: Mapping[str, ClassTier] | None = None) -> tuple[str, ...]:
    """TRAVEL-05/18: the classes the grade may use on ``mode`` (a stored mode code: train, plane,
    ship …), in drop-down order; empty for modes paid by receipt without a class (coach, bus)."""
    return tuple(tier_of(grade, tiers).allowed.get(_mode(mode), ()))


def above_classes(grade: str, mode: str, tiers: Mapping[str, ClassTier] | None = None) -> tuple[str, ...]:
    """The known classes above the grade's on ``mode``: paid at the allowed class's fare."""
    return tuple(tier_of(grade, tiers).above.get(_mode(mode), ()))


def class_choices(grade: str, mode: str, tiers: Mapping[str, ClassTier] | None = None) -> tuple[ClassChoice, ...]:
    """The class drop-down for a ticket: the allowed classes, then the above ones marked
    "超标准" (the traveller pays the difference to the allowed fare, 001 第七条)."""
    out = [ClassChoice(c, False, c) for c in allowed_classes(grade, mode, tiers)]
    out += [ClassChoice(c, True, f"{c}（超标准，按规定等级票价报销）") for c in above_classes(grade, mode, tiers)]
    return tuple(out)


@dataclass(frozen=True)
class LegFacts:
    mode: str
    travel_class: str
    amount: Decimal
    allowed_fare: Decimal | None


def class_problems(legs: Sequence[LegFacts], grade: str, tiers: Mapping[str, ClassTier] | None = None,
                   *, code: str = "claim.legs") -> list[Problem]:
    """TRAVEL-05/TRAVEL-18, every leg at once: a leg above the class the traveller's grade allows
    must give the allowed class's fare (the claim pays that and the traveller the rest); a train,
    plane or ship class that is neither allowed nor known to be above is refused; an allowed fare
    on a leg that is not above class is refused (it would print "超过规定等级" for an allowed seat)."""
    tier = tier_of(grade, tiers)
    who = grade.strip() or "出差人"
    out: list[Problem] = []
    for i, leg in enumerate(legs):
        mode = _mode(leg.mode)
        cls = leg.travel_class.strip()
        above = cls in tier.above.get(mode, ())
        if mode in CLASS_MODES and not above and cls not in tier.allowed.get(mode, ()):
            known = "、".join((*tier.allowed.get(mode, ()), *tier.above.get(mode, ())))
            label = MODE_LABELS.get(mode, mode)
            out.append(Problem("TRAVEL-05", f"{code}[{i}].class",
                               f"行程第{i + 1}项：{label}座位等级“{cls}”不是可报销的等级，请从{known}中选择"
                               if cls else f"行程第{i + 1}项：请选择{label}的座位等级（{known}）"))
        elif above and leg.allowed_fare is None:
            allowed = _ALLOWED_TEXT.get(mode, "、".join(tier.allowed.get(mode, ())))
            out.append(Problem("TRAVEL-05", f"{code}[{i}].class",
                               f"行程第{i + 1}项：{who}（{tier.name}标准）应乘坐{allowed}，{cls}超过规定等级，"
                               "须填写规定等级票价，超出部分由个人自理"))
        elif not above and leg.allowed_fare is not None:
            what = cls or MODE_LABELS.get(mode, mode)
            out.append(Problem("TRAVEL-05", f"{code}[{i}].allowed_fare",
                               f"行程第{i + 1}项：{what}不超过规定等级，按票价据实报销；"
                               "规定等级票价只在乘坐超过规定等级的座位时填写，请清空"))
    return out
