"""Transfer, repair and disposal of asset cards as pure rules (issue 13 items 3 and 7):
ASSET-08 (the receiving section applies, the office approves, both sections sign), ASSET-09/10
(repair: the user applies, the office verifies; damage paid by whoever caused it; computers sent
out need the office head, outside technicians on site are supervised by the bureau's own staff),
ASSET-02/03/04 with C-12/C-13 (disposal: appraisal, collective decision for a bulk disposal, the
区国资局 reference before the card is closed, storage media wiped, income remitted in full).

Every function returns all the problems at once; the service gathers the facts."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Sequence

from desktop.domain.approval.model import Problem
from desktop.domain.finance.vouchers import LineInput

__all__ = ["CardFacts", "DISPOSAL_WAYS", "INCOME_TO", "DEFAULT_AUTHORITY", "MOVABLE", "COMPUTER_CODE",
           "is_computer", "transfer_problems", "release_problems", "apply_problems", "repair_problems",
           "completion_problems", "disposal_problems", "disposal_category", "close_problems", "income_destination",
           "disposal_voucher_lines", "ZERO"]

ZERO = Decimal("0.00")
DISPOSAL_WAYS = {"scrap": "报废", "sale": "出售", "transfer_out": "无偿调出", "donation": "对外捐赠"}
# C-13: where residual or sale income goes, in full (no section keeps it).
INCOME_TO = {"treasury": "全额上缴财政", "finance": "全额上缴财务科"}
DEFAULT_AUTHORITY = "区国资局"
# A card in use or idle may be transferred, repaired or disposed of; one being repaired, disposed
# of or awaiting acceptance may not.
MOVABLE = ("active", "idle")
# GB/T 14885-2022 A020101 计算机; a bureau's own category may say so by its kind.
COMPUTER_CODE = "A020101"


@dataclass(frozen=True)
class CardFacts:
    """What the rules look at in one card. ``busy_with``: the serial (or id) of an open transfer,
    repair or disposal that already holds it, "" when none."""

    id: int
    card_no: str
    name: str
    status: str
    department_id: int | None
    user_id: int | None = None
    quantity: int = 1
    storage_media: bool = False
    computer: bool = False
    busy_with: str = ""
    status_label: str = ""

    @property
    def label(self) -> str:
        return f"{self.card_no} {self.name}"


def is_computer(category_code: str, category_kind: str = "") -> bool:
    """Computer equipment (ASSET-10): category A020101… or a category of kind "computer"."""
    return (category_code or "").startswith(COMPUTER_CODE) or category_kind == "computer"


def _card_state_problems(cards: Sequence[CardFacts], rule: str, prefix: str, verb: str,
                         allowed: Iterable[str] = MOVABLE) -> list[Problem]:
    allowed = tuple(allowed)
    problems = []
    for c in cards:
        if c.status not in allowed:
            problems.append(Problem(rule, f"{prefix}.status",
                                    f"{c.label}：当前状态为“{c.status_label or c.status}”，不能{verb}"))
        if c.busy_with:
            problems.append(Problem(rule, f"{prefix}.busy", f"{c.label}：已在办理中的单据 {c.busy_with} 中，不能再{verb}"))
    return problems


def _missing(missing: Sequence[object], rule: str, prefix: str) -> list[Problem]:
    return [Problem(rule, f"{prefix}.missing", f"找不到资产卡片（{m}）") for m in missing]


def transfer_problems(cards: Sequence[CardFacts], *, to_department_id: int | None, applicant_department_id: int | None,
                      to_user_department_id: int | None = None, to_user_given: bool = False,
                      missing: Sequence[object] = ()) -> list[Problem]:
    """ASSET-08: the receiving section applies for cards of ONE other section, on the books and in
    no other open transfer, repair or disposal; the new custodian belongs to the receiving section."""
    p = "asset_transfer"
    problems = _missing(missing, "ASSET-08", p)
    if not cards and not missing:
        problems.append(Problem("ASSET-08", f"{p}.cards", "请选择要转移的资产卡片"))
    if to_department_id is None:
        problems.append(Problem("ASSET-08", f"{p}.to_department", "请选择调入部门"))
    elif applicant_department_id != to_department_id:
        problems.append(Problem("ASSET-08", f"{p}.applicant", "固定资产转移由调入部门提出申请：申请人不属于调入部门"))
    giving = {c.department_id for c in cards}
    if len(giving) > 1:
        problems.append(Problem("ASSET-08", f"{p}.one_department", "一张转移单只能转移同一调出部门的资产（由该部门签字交出）"))
    for c in cards:
        if to_department_id is not None and c.department_id == to_department_id:
            problems.append(Problem("ASSET-08", f"{p}.same_department", f"{c.label}：已属调入部门，无须转移（部门内调整请用“调整使用人”）"))
    problems += _card_state_problems(cards, "ASSET-08", p, "转移")
    if to_user_given and to_department_id is not None and to_user_department_id != to_department_id:
        problems.append(Problem("ASSET-08", f"{p}.to_user", "新保管人须为调入部门的人员"))
    return problems


def release_problems(*, state: str, released: bool, applied: bool, may_sign: bool) -> list[Problem]:
    """ASSET-08 "signed by both departments": the giving section signs the cards out once."""
    p = "asset_transfer"
    problems = []
    if state not in ("submitted", "approved", "archived"):
        problems.append(Problem("ASSET-08", f"{p}.release_state", "转移单须已提交且未被退回或否决，调出部门才能签字交出"))
    if released:
        problems.append(Problem("ASSET-08", f"{p}.released", "调出部门已签字交出"))
    if applied:
        problems.append(Problem("ASSET-08", f"{p}.applied", "该转移已办理完毕"))
    if not may_sign:
        problems.append(Problem("ASSET-08", f"{p}.release_person",
                                "调出部门签字须由资产的现使用人、调出部门股室负责人或分管领导办理"))
    return problems


def apply_problems(cards: Sequence[CardFacts], *, state: str, released: bool, applied: bool,
                   from_department_id: int | None) -> list[Problem]:
    """ASSET-08: the asset manager changes the cards only once the office approved and the giving
    section released them; a card that changed meanwhile is named."""
    p = "asset_transfer"
    problems = []
    if state not in ("approved", "archived"):
        problems.append(Problem("ASSET-08", f"{p}.not_approved", "转移单尚未经办公室批准，不能变更卡片"))
    if not released:
        problems.append(Problem("ASSET-08", f"{p}.not_released", "调出部门尚未签字交出，不能变更卡片"))
    if applied:
        problems.append(Problem("ASSET-08", f"{p}.applied", "该转移已办理完毕"))
    for c in () if applied else cards:
        if c.department_id != from_department_id or c.status not in MOVABLE:
            problems.append(Problem("ASSET-08", f"{p}.changed", f"{c.label}：申请后部门或状态已变化（{c.status_label or c.status}），请重新申请"))
    return problems


def repair_problems(card: CardFacts | None, *, applicant_id: int, applicant_department_id: int | None,
                    fault: str, damage_by_known: bool = True) -> list[Problem]:
    """ASSET-09: the card's user or its section applies, describing the fault; the person who
    caused a damage, if named, must be one of the bureau's staff."""
    p = "asset_repair"
    problems = []
    if not fault.strip():
        problems.append(Problem("ASSET-09", f"{p}.fault", "请填写故障或损坏情况"))
    if not damage_by_known:
        problems.append(Problem("ASSET-09", f"{p}.damage_by", "造成损坏的人员须为本单位人员"))
    if card is None:
        return problems
    if card.user_id != applicant_id and (card.department_id is None or card.department_id != applicant_department_id):
        problems.append(Problem("ASSET-09", f"{p}.applicant", f"{card.label}：维修由资产的使用人或使用部门向办公室申请"))
    problems += _card_state_problems([card], "ASSET-09", p, "申请维修")
    return problems


def completion_problems(*, state: str, completed: bool, sent_out: bool, cost: Decimal, repairer: str,
                        supervisor: str, damage_by: bool, compensation: Decimal) -> list[Problem]:
    """ASSET-09/10 at completion. ``supervisor``: "ok", "missing" or "outsider" (not the bureau's
    own active staff). A repair on site needs a supervisor (ASSET-10); a damage caused by a person
    is paid for by them (ASSET-09)."""
    p = "asset_repair"
    problems = []
    if state not in ("approved", "archived"):
        problems.append(Problem("ASSET-09", f"{p}.not_approved", "维修申请尚未经办公室核实批准，不能登记维修结果"))
    if completed:
        problems.append(Problem("ASSET-09", f"{p}.completed", "该维修已登记完成"))
    if not repairer.strip():
        problems.append(Problem("ASSET-09", f"{p}.repairer", "请填写维修单位或维修人员"))
    if cost < 0:
        problems.append(Problem("ASSET-09", f"{p}.cost", "维修费用不能为负数"))
    if not sent_out and supervisor == "missing":
        problems.append(Problem("ASSET-10", f"{p}.supervisor", "外来人员现场维修须由本单位相关技术人员或负责人全程监督：请登记监督人"))
    if supervisor == "outsider":
        problems.append(Problem("ASSET-10", f"{p}.supervisor_outsider", "监督人须为本单位在职人员"))
    if damage_by and compensation <= 0:
        problems.append(Problem("ASSET-09", f"{p}.compensation", "人为造成的损坏应由相关人员赔偿：请登记赔偿金额"))
    if not damage_by and compensation > 0:
        problems.append(Problem("ASSET-09", f"{p}.compensation_person", "登记赔偿须同时登记造成损坏的人员"))
    if compensation < 0:
        problems.append(Problem("ASSET-09", f"{p}.compensation_negative", "赔偿金额不能为负数"))
    return problems


def disposal_problems(cards: Sequence[CardFacts], *, way: str, appraisal: str,
                      missing: Sequence[object] = ()) -> list[Problem]:
    """ASSET-03: a disposal lists the cards (in use or idle, in nothing else open), the way and the
    technical appraisal (技术鉴定意见)."""
    p = "asset_disposal"
    problems = _missing(missing, "ASSET-03", p)
    if not cards and not missing:
        problems.append(Problem("ASSET-03", f"{p}.cards", "请选择要处置的资产卡片"))
    if way not in DISPOSAL_WAYS:
        problems.append(Problem("ASSET-03", f"{p}.way", f"处置方式须为以下之一：{'、'.join(DISPOSAL_WAYS.values())}"))
    if not appraisal.strip():
        problems.append(Problem("ASSET-03", f"{p}.appraisal", "请填写技术鉴定意见"))
    problems += _card_state_problems(cards, "ASSET-03", p, "申请处置")
    return problems


def disposal_category(items: int, bulk_count: Decimal | int) -> str:
    """ASSET-03 / C-12: "bulk" (the chain's director step then needs a collective decision) when
    the number of items (sum of the cards' quantities) reaches the preset's ``bulk_disposal_count``."""
    return "bulk" if Decimal(items) >= Decimal(bulk_count) else ""


def close_problems(*, state: str, closed: bool, external_required: bool, external_ref: str,
                   unwiped: Sequence[CardFacts], stray_wiped: Sequence[object] = ()) -> list[Problem]:
    """Closing the cards of a disposal: only after the chain approved it (ASSET-03), with the
    external approval reference where the preset requires it (ASSET-02, P-000: 区国资局批复), and
    every storage medium flagged for secure wiping (ASSET-04)."""
    p = "asset_disposal"
    problems = []
    if state not in ("approved", "archived"):
        problems.append(Problem("ASSET-03", f"{p}.not_approved", "处置申请尚未审批通过，不能注销卡片"))
    if closed:
        problems.append(Problem("ASSET-03", f"{p}.closed", "该处置已办结"))
    if external_required and not external_ref.strip():
        problems.append(Problem("ASSET-02", f"{p}.external_ref", "本单位规定资产处置须报区国资局批准：请先登记批复文号"))
    if unwiped:
        problems.append(Problem("ASSET-04", f"{p}.unwiped", "含存储介质的资产须先做数据安全清除（保密介质）："
                                + "、".join(c.label for c in unwiped)))
    for s in stray_wiped:
        problems.append(Problem("ASSET-04", f"{p}.wiped_stray", f"数据清除所列卡片（{s}）不在本处置单中"))
    return problems


def income_destination(to_treasury: Decimal | int | bool) -> str:
    """C-13: P-000 remits residual income to the treasury (财政), P-001 to the finance section."""
    return "treasury" if Decimal(int(to_treasury)) == 1 else "finance"


def disposal_voucher_lines(summary: str, *, original: Decimal, accumulated: Decimal, residual_income: Decimal,
                           income_to: str) -> list[LineInput]:
    """The disposal's entries (national codes; the service posts to their leaves): Dr 1602
    accumulated depreciation and Dr 5301 the net value against Cr 1601 the original value; the
    income Dr 1002 against Cr 2103 应缴财政款 (treasury) or 2307 其他应付款 (finance section)."""
    net = original - accumulated
    lines = []
    if accumulated > 0:
        lines.append(LineInput("1602", f"{summary} 转销累计折旧"[:200], debit=accumulated))
    if net > 0:
        lines.append(LineInput("5301", f"{summary} 账面价值"[:200], debit=net))
    if original > 0:
        lines.append(LineInput("1601", f"{summary} 转销原值"[:200], credit=original))
    if residual_income > 0:
        lines.append(LineInput("1002", f"{summary} 残值变价收入"[:200], debit=residual_income))
        lines.append(LineInput("2103" if income_to == "treasury" else "2307",
                               f"{summary} 残值收入{INCOME_TO[income_to]}"[:200], credit=residual_income))
    return lines
