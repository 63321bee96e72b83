"""The rules a fixed-asset card obeys, as functions returning problems (never raising).

Standard library only: the services pass plain values (the category's kind, the preset's
thresholds, the acceptances so far) and turn the problems into a refusal.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable, Sequence

from desktop.domain.approval.model import Problem
from desktop.domain.money import CENT

__all__ = ["CategoryRow", "categories_from_csv", "KINDS", "THRESHOLD_KIND", "LUXURY_WOODS", "unit_value",
           "threshold_problems", "approval_problems", "luxury_problems", "opening_problems", "acceptance_state",
           "AcceptanceMark", "acceptance_problems", "held_message", "life_months", "EDITABLE_WHILE_PENDING",
           "edit_problems"]

# general / special equipment (ASSET-CP1 thresholds), furniture and tools (the general threshold),
# buildings, heritage (文物和陈列品) and library (图书和档案): no value threshold.
KINDS = ("general", "special", "furniture", "building", "heritage", "library")
THRESHOLD_KIND = {"general": "asset_threshold_general", "furniture": "asset_threshold_general",
                  "special": "asset_threshold_special"}
THRESHOLD_LABEL = {"asset_threshold_general": "一般设备", "asset_threshold_special": "专用设备"}

# ASSET-14: 「不得配置豪华家具或使用名贵木材」 — the woods of GB/T 18107 红木 and the other precious
# woods a purchase request may name.
LUXURY_WOODS = ("红木", "紫檀", "黄花梨", "花梨", "酸枝", "乌木", "鸡翅木", "檀香木", "沉香木", "金丝楠", "楠木",
                "黑檀", "条纹乌木", "豪华")

# Fields that fix the card's value and depreciation: changed only before acceptance.
EDITABLE_WHILE_PENDING = frozenset({"original_value", "category_code", "acquired_on", "quantity"})


@dataclass(frozen=True)
class CategoryRow:
    code: str
    name: str
    kind: str
    useful_life_years: int
    depreciable: bool


def categories_from_csv(text: str) -> list[CategoryRow]:
    """The shipped categories (resources/assets/categories.csv); a malformed row raises ValueError
    (a shipping error, caught by the tests)."""
    rows = []
    for n, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        kind = row["kind"].strip()
        if kind not in KINDS:
            raise ValueError(f"categories.csv 第{n}行：未知类别 {kind}")
        years = int(row["useful_life_years"])
        depreciable = row["depreciable"].strip() == "1"
        if depreciable != (years > 0):
            raise ValueError(f"categories.csv 第{n}行：计提折旧的类别须有使用年限，不计提的为 0")
        rows.append(CategoryRow(row["code"].strip(), row["name"].strip(), kind, years, depreciable))
    return rows


def life_months(years: int) -> int:
    return max(0, years) * 12


def unit_value(original_value: Decimal, quantity: int) -> Decimal:
    """The value of one item of the card (a bulk card holds several)."""
    return (original_value / max(quantity, 1)).quantize(CENT, rounding=ROUND_HALF_UP)


def threshold_problems(kind: str, original_value: Decimal, quantity: int, bulk: bool,
                       thresholds: dict[str, Decimal]) -> list[Problem]:
    """ASSET-01 / AMB-13: a card below the value threshold only as a batch of durable items of one
    kind (``bulk``, 「耐用时间在一年以上的大批同类物资」), which needs more than one item."""
    key = THRESHOLD_KIND.get(kind)
    if key is None:
        return []
    limit = thresholds[key]
    each = unit_value(original_value, quantity)
    if each >= limit:
        return []
    where = f"（{THRESHOLD_LABEL[key]}单价 {limit:,.2f} 元，见 系统管理 → 规则预设 {key}）"
    if not bulk:
        return [Problem("ASSET-01", "asset.below_threshold",
                        f"单价 {each:,.2f} 元低于固定资产价值标准{where}：不作为固定资产登记，"
                        "耐用一年以上的大批同类物资可作为“批量低值资产”整批登记")]
    if quantity < 2:
        return [Problem("ASSET-01", "asset.bulk_single",
                        f"单价低于固定资产价值标准{where}：批量低值资产须为同类物资多件（数量至少 2）")]
    return []


def approval_problems(way: str, approval_ref: str, source_document_ok: bool | None) -> list[Problem]:
    """ASSET-02: a purchase needs the prior approval — a reference, or an approved document of
    the bureau (``source_document_ok``: None when no document was named, False when it is not
    an approved document of the bureau)."""
    out = []
    if source_document_ok is False:
        out.append(Problem("ASSET-02", "asset.source_document",
                           "所附审批单不是本单位已批准的单据：购置须事先经审批"))
    if way == "purchase" and not approval_ref.strip() and source_document_ok is not True:
        out.append(Problem("ASSET-02", "asset.no_approval",
                           "购置资产须事先经审批：请填写审批文号或选择已批准的购置审批单"))
    return out


def luxury_problems(kind: str, name: str, specification: str) -> list[Problem]:
    """ASSET-14: no luxury furniture or precious woods (named in the name or specification)."""
    if kind != "furniture":
        return []
    found = [w for w in LUXURY_WOODS if w in name or w in specification]
    if not found:
        return []
    return [Problem("ASSET-14", "asset.luxury",
                    f"不得配置豪华家具或使用名贵木材（{'、'.join(found)}）")]


def opening_problems(original_value: Decimal, depreciated_before: Decimal, months_before: int,
                     life: int, depreciable: bool) -> list[Problem]:
    """A card for an asset already in use when the bureau starts: what was depreciated before
    fits the value and the life."""
    out = []
    if depreciated_before > original_value:
        out.append(Problem("ASSET-01", "asset.opening_value", "期初累计折旧不能大于原值"))
    if not depreciable and depreciated_before:
        out.append(Problem("ASSET-01", "asset.opening_exempt", "该类别不计提折旧：期初累计折旧应为 0"))
    if depreciable and months_before > life:
        out.append(Problem("ASSET-01", "asset.opening_months", f"已提折旧月数 {months_before} 超过使用年限 {life} 个月"))
    return out


@dataclass(frozen=True)
class AcceptanceMark:
    role: str  # user | manager
    staff_id: int
    result: str  # accepted | rejected


def acceptance_problems(role: str, staff_id: int, marks: Sequence[AcceptanceMark]) -> list[Problem]:
    """ASSET-11: the user and the asset manager accept, two different people, each once."""
    if any(m.role == role for m in marks):
        who = "使用人" if role == "user" else "资产管理员"
        return [Problem("ASSET-11", "asset.accepted_twice", f"{who}已验收过该资产")]
    if any(m.staff_id == staff_id for m in marks):
        return [Problem("ASSET-11", "asset.same_person", "使用人验收与资产管理员验收须由两人分别办理")]
    return []


def acceptance_state(marks: Iterable[AcceptanceMark]) -> str:
    """pending until both accepted; rejected as soon as one rejects."""
    marks = list(marks)
    if any(m.result == "rejected" for m in marks):
        return "rejected"
    if {m.role for m in marks if m.result == "accepted"} >= {"user", "manager"}:
        return "active"
    return "pending"


def edit_problems(status: str, changed: Iterable[str], reason: str) -> list[Problem]:
    out = []
    if not reason.strip():
        out.append(Problem("ASSET-01", "asset.edit_reason", "修改资产卡片须说明理由"))
    locked = sorted(set(changed) & EDITABLE_WHILE_PENDING)
    if locked and status != "pending":
        out.append(Problem("ASSET-01", "asset.edit_locked",
                           "原值、数量、分类和取得日期只能在验收前修改；验收后须按规定办理调整手续"))
    return out


def held_message(cards: Sequence[tuple[str, str]], limit: int = 20) -> str:
    """ASSET-07: 「尚有 N 件资产未交回：ZC2026-00012 台式计算机、…」."""
    shown = "、".join(f"{no} {name}" for no, name in cards[:limit])
    more = " 等" if len(cards) > limit else ""
    return f"尚有 {len(cards)} 件资产未交回：{shown}{more}"
