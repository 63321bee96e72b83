"""Official reception (公务接待): the approval before (F-09) and the reception list after (F-10).

Checks, each a problem with its rule ID: the sending unit's official letter (RECEP-01), meal
standards per type and per head (RECEP-05), accompanying diners (RECEP-06), no alcohol or
cigarettes on the bill (RECEP-07), the declaration (RECEP-12) and the reimbursement
attachments: invoice, letter and list (RECEP-10).

RECEP-07 reads each bill line's category (餐费/酒水/香烟/…, chosen from ``ITEM_CATEGORIES``),
never its wording: "酒店" is a hotel, "茅台" is alcohol. Lines of documents written before
categories existed have ``category == ""`` (uncategorised): they are decided by the handler's
declaration (RECEP-12, 「中、晚餐一律不安排酒水和香烟」 / 「除港澳台客人外用餐一律不得饮酒，
不得提供香烟」), which is required on every list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from desktop.domain.approval.model import Problem
from desktop.domain.money import format_amount
from desktop.domain.reception.standards import MEAL_TYPES, MEALS, ReceptionStandards

if TYPE_CHECKING:  # the gate itself is imported where it is used (see desktop/domain/input_gate)
    from desktop.domain.input_gate.reception import MealInput

__all__ = ["Meal", "BillItem", "Visitor", "diner_problems", "ReceptionPlan", "ReceptionList", "accompany_limit", "meal_problems",
           "ITEM_CATEGORIES", "ALCOHOL", "TOBACCO", "item_category_problems", "declaration_text",
           "reception_plan_from_payload", "reception_list_from_payload"]

# RECEP-07: the category of a bill line, chosen from this list ("" = uncategorised, old documents).
ALCOHOL, TOBACCO = "alcohol", "tobacco"
ITEM_CATEGORIES: Mapping[str, str] = {"food": "餐费", "soft_drink": "茶水饮料", ALCOHOL: "酒水", TOBACCO: "香烟",
                                      "venue": "场地服务费", "other": "其他"}
ZERO = Decimal("0.00")


def accompany_limit(guests: int) -> int:
    """RECEP-06: at most 3 for up to 10 guests; above 10 at most a third, rounded down (AMB-09)."""
    return 3 if guests <= 10 else guests // 3


@dataclass(frozen=True)
class Meal:
    on: date
    meal_type: str  # buffet / table / staff
    meal: str  # breakfast / lunch / dinner
    guests: int
    accompany: int
    amount: Decimal  # the whole meal
    venue: str = ""  # 用餐地点

    @property
    def diners(self) -> int:
        return self.guests + self.accompany

    @property
    def per_head(self) -> Decimal:
        return (self.amount / self.diners).quantize(Decimal("0.01")) if self.diners else ZERO

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.on.isoformat(), "meal_type": self.meal_type, "meal": self.meal, "guests": self.guests,
                "accompany": self.accompany, "amount": str(self.amount), "per_head": str(self.per_head),
                "venue": self.venue}

    def row(self) -> dict[str, Any]:
        """The printed row of the sheets' 用餐 table."""
        return {"date": f"{self.on:%m-%d}", "meal": MEALS.get(self.meal, self.meal),
                "type": MEAL_TYPES.get(self.meal_type, self.meal_type), "venue": self.venue or "—",
                "guests": self.guests, "accompany": self.accompany, "per_head": str(self.per_head),
                "amount": str(self.amount)}

    def text(self) -> str:
        return (f"{self.on:%m-%d} {MEALS.get(self.meal, self.meal)} {MEAL_TYPES.get(self.meal_type, self.meal_type)} "
                f"来宾{self.guests}人 陪餐{self.accompany}人 {format_amount(self.amount, symbol=True)}"
                f"（人均{format_amount(self.per_head, symbol=True)}）")


def meal_problems(meals: Sequence[Meal], guests: int, standards: ReceptionStandards) -> list[Problem]:
    out: list[Problem] = []
    limit = accompany_limit(guests)
    for i, m in enumerate(meals):
        where = f"meals[{i}]"
        if m.meal_type not in MEAL_TYPES or m.meal not in MEALS:
            out.append(Problem("RECEP-05", f"{where}.type", f"第{i + 1}餐：用餐类型不明"))
            continue
        if m.diners <= 0:
            out.append(Problem("RECEP-05", f"{where}.diners", f"第{i + 1}餐：用餐人数为零"))
            continue
        lim = standards.limit(m.meal_type, m.meal)
        if lim is None:
            out.append(Problem("RECEP-05", f"{where}.standard", f"第{i + 1}餐：本单位未设{MEAL_TYPES[m.meal_type]}标准"))
        elif not lim.allows_total(m.amount, m.diners):
            # RECEP-05 on the exact amount: 449.99 for 3 at a "低于150" table passes, 75.01 for 3
            # at a 25 buffet breakfast does not, although both print as a rounded per head.
            cap = lim.amount * m.diners
            out.append(Problem("RECEP-05", f"{where}.over_standard",
                               f"第{i + 1}餐{m.diners}人合计{m.amount}元（人均约{m.per_head}元），超过标准（{lim.text()}，"
                               f"{m.diners}人{'应低于' if lim.exclusive else '不超过'}{cap}元）"))
        if m.accompany > limit:
            out.append(Problem("RECEP-06", f"{where}.accompany",
                               f"第{i + 1}餐陪餐{m.accompany}人，超过上限{limit}人（接待对象{guests}人）"))
        if m.guests > guests:
            out.append(Problem("RECEP-06", f"{where}.guests", f"第{i + 1}餐来宾人数超过接待对象人数"))
    return out


@dataclass(frozen=True)
class BillItem:
    name: str
    amount: Decimal
    category: str = ""  # a key of ITEM_CATEGORIES; "" on documents written before categories

    @property
    def category_label(self) -> str:
        return ITEM_CATEGORIES.get(self.category, "未分类")


def item_category_problems(items: Sequence[BillItem], *, alcohol_allowed: bool) -> list[Problem]:
    """RECEP-07 by category: cigarettes never; alcohol only where the bureau's HK/Macau/Taiwan
    exception applies to this reception. Uncategorised lines are left to the declaration."""
    out = []
    for i, item in enumerate(items):
        if item.category and item.category not in ITEM_CATEGORIES:
            out.append(Problem("RECEP-07", f"reception_list.items[{i}].category",
                               f"菜单明细第{i + 1}项“{item.name}”：类别须为{'、'.join(ITEM_CATEGORIES.values())}之一"))
        elif item.category == TOBACCO or (item.category == ALCOHOL and not alcohol_allowed):
            out.append(Problem("RECEP-07", "reception_list.alcohol_tobacco",
                               f"公务接待不得安排{'香烟' if item.category == TOBACCO else '酒水'}："
                               f"{item.name} {item.amount}元（{item.category_label}）"))
    return out


def declaration_text(alcohol_allowed: bool) -> str:
    """What the handler declares on the list (RECEP-07, RECEP-12)."""
    drinks = "除港澳台客人外未安排酒水，未提供香烟" if alcohol_allowed else "未安排酒水、香烟"
    return f"{drinks}，未提供高档菜肴，未赠送礼品，未组织旅游和娱乐活动"


def _meals(rows: Sequence[MealInput], default_guests: int, venue: str = "") -> tuple[Meal, ...]:
    return tuple(Meal(m.date, m.meal_type, m.meal, default_guests if m.guests is None else m.guests, m.accompany,
                      m.amount, m.venue or venue) for m in rows)


@dataclass(frozen=True)
class Visitor:
    name: str
    unit: str
    position: str

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "unit": self.unit, "position": self.position}


def diner_problems(meals: Sequence[Meal], names: Sequence[str], guests: int, code: str) -> list[Problem]:
    """RECEP-06 by name: the accompanying diners named are within the limit, and every meal's
    accompanying count is covered by the names (when names are given)."""
    if not names:
        return []
    out = []
    limit = accompany_limit(guests)
    if len(names) > limit:
        out.append(Problem("RECEP-06", f"{code}.accompany_names",
                           f"陪餐人员{len(names)}人（{'、'.join(names)}），超过上限{limit}人（接待对象{guests}人）"))
    for i, m in enumerate(meals):
        if m.accompany > len(names):
            out.append(Problem("RECEP-06", f"{code}.meals[{i}].accompany",
                               f"第{i + 1}餐陪餐{m.accompany}人，陪餐人员名单只有{len(names)}人"))
    return out


@dataclass(frozen=True)
class ReceptionPlan:
    """The reception approval (公务接待审批单), before the visit."""

    guest_unit: str
    letter_no: str  # the sending unit's official letter (公函)
    guests: int
    guest_names: str
    purpose: str
    start: date
    end: date
    meals: tuple[Meal, ...]
    lodging: str = "self"  # self / bureau (RECEP-08: bureau-paid needs the director)
    vehicles: str = ""
    phone_consent: str = ""  # RECEP-03: who consented by phone, when
    visitors: tuple[Visitor, ...] = ()  # 来宾名单: name, unit, position (F-09)
    accompany_names: tuple[str, ...] = ()  # 陪餐人员 by name (RECEP-06)
    venue: str = ""  # 用餐地点

    @property
    def estimate(self) -> Decimal:
        return sum((m.amount for m in self.meals), ZERO)

    def problems(self, standards: ReceptionStandards) -> list[Problem]:
        out: list[Problem] = []
        if not self.letter_no.strip():
            out.append(Problem("RECEP-01", "reception.letter", "无公函的公务活动和来访人员一律不予接待：请填写来函文号"))
        if not self.guest_unit.strip():
            out.append(Problem("RECEP-01", "reception.guest_unit", "请填写派出单位"))
        if self.guests < 1:
            out.append(Problem("RECEP-06", "reception.guests", "接待对象人数须至少1人"))
        if not self.purpose.strip():
            out.append(Problem("RECEP-02", "reception.purpose", "请填写公务活动内容"))
        if self.end < self.start:
            out.append(Problem("RECEP-02", "reception.dates", "结束日期早于开始日期"))
        if self.lodging not in ("self", "bureau"):
            out.append(Problem("RECEP-08", "reception.lodging", "住宿须为自理或本局安排"))
        if self.visitors and len(self.visitors) != self.guests:
            out.append(Problem("RECEP-06", "reception.visitors",
                               f"来宾名单{len(self.visitors)}人，与接待对象人数{self.guests}人不符"))
        out += meal_problems(self.meals, self.guests, standards)
        out += diner_problems(self.meals, self.accompany_names, self.guests, "reception")
        return out

    def to_payload(self) -> dict[str, Any]:
        return {"guest_unit": self.guest_unit, "letter_no": self.letter_no, "guests": self.guests,
                "guest_names": self.guest_names, "purpose": self.purpose, "start": self.start.isoformat(),
                "end": self.end.isoformat(), "meals": [m.to_dict() for m in self.meals], "lodging": self.lodging,
                "vehicles": self.vehicles, "phone_consent": self.phone_consent,
                "visitors": [v.to_dict() for v in self.visitors], "accompany_names": list(self.accompany_names),
                "venue": self.venue,
                # printed
                "visitor_rows": [{**v.to_dict(), "unit": v.unit or self.guest_unit} for v in self.visitors],
                "meal_rows": [m.row() for m in self.meals],
                "accompany_text": "、".join(self.accompany_names) or ("（未列名）" if any(m.accompany for m in self.meals)
                                                                      else "不安排陪餐"),
                "letter": self.letter_no, "guest_count": f"{self.guests}人",
                "accompany_limit": f"{accompany_limit(self.guests)}人（RECEP-06）",
                "lodging_label": "本局安排（须主要领导批准）" if self.lodging == "bureau" else "自理",
                "meal_plan": "\n".join(m.text() for m in self.meals) or "不安排用餐",
                "dates": f"{self.start.isoformat()} 至 {self.end.isoformat()}"}


@dataclass(frozen=True)
class ReceptionList:
    """The reception list (公务接待清单), after the visit: also the reimbursement claim."""

    reception_id: int
    meals: tuple[Meal, ...]
    items: tuple[BillItem, ...]  # the bill's line items (RECEP-07 is checked on them)
    lodging: Decimal
    transport: Decimal
    invoices: int  # attached invoices (RECEP-10)
    letter_attached: bool  # the official letter attached (RECEP-10)
    declaration: bool  # no alcohol, cigarettes, gifts, tours or entertainment (RECEP-07, RECEP-12)
    hk_mo_tw_guests: bool = False
    accompany_names: tuple[str, ...] = ()  # 陪餐人员 by name
    venue: str = ""

    @property
    def total(self) -> Decimal:
        return sum((m.amount for m in self.meals), ZERO) + self.lodging + self.transport

    def alcohol_allowed(self, standards: ReceptionStandards) -> bool:
        """RECEP-07 (001): 「公务接待除港澳台客人外用餐一律不得饮酒」 where the bureau's preset has the exception."""
        return self.hk_mo_tw_guests and standards.alcohol_exception

    def problems(self, standards: ReceptionStandards, *, guests: int, reception_state: str | None) -> list[Problem]:
        out: list[Problem] = []
        if reception_state is None:
            out.append(Problem("RECEP-09", "reception_list.no_approval", "接待清单须关联公务接待审批单"))
        elif reception_state not in ("approved", "archived"):
            out.append(Problem("RECEP-02", "reception_list.not_approved", "公务接待审批单尚未批准"))
        out += meal_problems(self.meals, guests, standards)
        out += diner_problems(self.meals, self.accompany_names, guests, "reception_list")
        out += item_category_problems(self.items, alcohol_allowed=self.alcohol_allowed(standards))
        items_total = sum((i.amount for i in self.items), ZERO)
        meals_total = sum((m.amount for m in self.meals), ZERO)
        if self.items and items_total != meals_total:
            out.append(Problem("VOUCH-15", "reception_list.items_total",
                               f"菜单明细合计{items_total}元与用餐金额{meals_total}元不符"))
        if not self.declaration:
            out.append(Problem("RECEP-12", "reception_list.declaration",
                               f"经办人须声明：{declaration_text(self.alcohol_allowed(standards))}"))
        missing = []
        if self.invoices < 1:
            missing.append("财务票据")
        if not self.letter_attached:
            missing.append("派出单位公函")
        if missing:
            out.append(Problem("RECEP-10", "reception_list.attachments",
                               f"接待费报销须附财务票据、派出单位公函和接待清单：缺{'、'.join(missing)}"))
        if self.total <= 0:
            out.append(Problem("RECEP-09", "reception_list.empty", "接待清单金额为零"))
        return out

    def to_payload(self) -> dict[str, Any]:
        return {"reception_id": self.reception_id, "meals": [m.to_dict() for m in self.meals],
                "items": [{"name": i.name, "amount": str(i.amount), "category": i.category} for i in self.items],
                "lodging": str(self.lodging), "transport": str(self.transport), "invoices": self.invoices,
                "letter_attached": self.letter_attached, "declaration": self.declaration,
                "hk_mo_tw_guests": self.hk_mo_tw_guests, "attachments": self.invoices + int(self.letter_attached),
                "accompany_names": list(self.accompany_names), "venue": self.venue,
                # printed
                "meal_rows": [m.row() for m in self.meals],
                "accompany_text": "、".join(self.accompany_names) or ("（未列名）" if any(m.accompany for m in self.meals)
                                                                      else "无陪餐"),
                "meal_lines": "\n".join(m.text() for m in self.meals),
                "item_lines": "；".join(f"{i.name}（{i.category_label}） {format_amount(i.amount, symbol=True)}"
                                       for i in self.items) or "—",
                "lodging_cost": format_amount(self.lodging, symbol=True),
                "transport_cost": format_amount(self.transport, symbol=True),
                "declaration_text": declaration_text(self.hk_mo_tw_guests) if self.declaration else "未声明"}


def reception_plan_from_payload(data: Mapping[str, Any], today: date | None = None,
                                ) -> tuple[ReceptionPlan | None, list[Problem]]:
    """The reception approval from JSON-shaped data through the input gate
    (``desktop.domain.input_gate.reception``): every malformed field a problem, meals on the days
    of the visit. The plan comes back with the gate's date problems so all are shown at once."""
    from desktop.domain.input_gate.reception import read_reception
    rec, problems = read_reception(data, today)
    if rec is None:
        return None, problems
    guests = rec.guests or len(rec.visitors)  # a list of visitors counts them
    names = rec.guest_names or "、".join(v.name for v in rec.visitors[:8]) + (f"等{guests}人" if rec.visitors else "")
    plan = ReceptionPlan(rec.guest_unit, rec.letter_no, guests, names, rec.purpose, rec.start,
                         rec.end or rec.start, _meals(rec.meals, guests, rec.venue), rec.lodging, rec.vehicles,
                         rec.phone_consent, tuple(Visitor(v.name, v.unit, v.position) for v in rec.visitors),
                         tuple(rec.accompany_names), rec.venue)
    return plan, problems


def reception_list_from_payload(data: Mapping[str, Any], guests: int, visit: tuple[date, date] | None = None,
                                today: date | None = None) -> tuple[ReceptionList | None, list[Problem]]:
    """The reception list through the input gate; with the approved ``visit`` (start, end) every
    meal must fall on a day of it (RECEP-05)."""
    from desktop.domain.input_gate.reception import read_reception_list
    got, problems = read_reception_list(data, visit, today)
    if got is None:
        return None, problems
    lst = ReceptionList(got.reception_id or 0, _meals(got.meals, guests, got.venue),
                        tuple(BillItem(i.name, i.amount, i.category) for i in got.items), got.lodging, got.transport,
                        got.invoices, got.letter_attached, got.declaration, got.hk_mo_tw_guests,
                        tuple(got.accompany_names), got.venue)
    return lst, problems
