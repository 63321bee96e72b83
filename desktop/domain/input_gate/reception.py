"""Schemas for reception input: the reception approval (公务接待审批单) with its planned meals and
the reception list (公务接待清单) with the meals served and the bill's items."""

from datetime import date
from decimal import Decimal
from typing import Any, Sequence

from pydantic import Field

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.fields import count, day, flag, line, money, names, optional_id, text
from desktop.domain.input_gate.problems import GateModel, check

__all__ = ["MealInput", "BillItemInput", "VisitorInput", "ReceptionInput", "ReceptionListInput", "read_reception",
           "read_reception_list", "MAX_VISIT_DAYS", "MAX_GUESTS", "RECEPTION_LABELS"]

MAX_VISIT_DAYS = 31
MAX_GUESTS = 500
MEAL_CEILING = Decimal("1000000")  # one meal, whole table

RECEPTION_LABELS = {"": "接待信息", "guest_unit": "派出单位", "letter_no": "来函文号", "guests": "接待对象人数",
                    "guest_names": "来宾姓名职务", "purpose": "公务活动内容", "start": "开始日期", "end": "结束日期",
                    "meals": "用餐", "lodging": "住宿", "vehicles": "用车", "phone_consent": "电话同意",
                    "title": "标题", "date": "日期", "meal_type": "用餐类型", "meal": "餐次", "accompany": "陪餐人数",
                    "amount": "金额", "items": "菜单明细", "name": "名称", "transport": "交通费",
                    "invoices": "票据张数", "letter_attached": "附派出单位公函", "declaration": "声明",
                    "hk_mo_tw_guests": "港澳台来宾", "reception_id": "接待审批单", "meals.guests": "来宾人数",
                    "visitors": "来宾名单", "unit": "单位", "position": "职务", "accompany_names": "陪餐人员",
                    "venue": "用餐地点", "category": "类别"}


class MealInput(GateModel):
    date: day()
    meal_type: line(20) = "buffet"
    meal: line(20) = "lunch"
    guests: count(0, MAX_GUESTS) = None  # None: the reception's number of guests
    accompany: count(0, MAX_GUESTS) = 0
    amount: money(MEAL_CEILING) = Decimal("0.00")
    venue: line(60) = ""  # 用餐地点; empty: the reception's venue


class VisitorInput(GateModel):
    """One visitor of the 来宾名单 (F-09: guests' names and titles)."""

    name: line(30)
    unit: line(100) = ""  # empty: the sending unit
    position: line(50) = ""


class BillItemInput(GateModel):
    name: line(100)
    amount: money(MEAL_CEILING) = Decimal("0.00")
    category: line(20) = ""  # RECEP-07: a key of ITEM_CATEGORIES; "" on lists written before categories


class ReceptionInput(GateModel):
    guest_unit: line(100) = ""
    letter_no: line(100) = ""
    guests: count(0, MAX_GUESTS) = 0
    guest_names: text(1000) = ""
    purpose: text(1000) = ""
    start: day()
    end: day(optional=True) = None  # None: the same day
    meals: list[MealInput] = Field(default_factory=list, max_length=200)
    lodging: line(20) = "self"
    vehicles: text(500) = ""
    phone_consent: line(200) = ""
    title: line(200) = ""
    visitors: list[VisitorInput] = Field(default_factory=list, max_length=MAX_GUESTS)
    accompany_names: names(50, 30) = ()  # 陪餐人员 by name
    venue: line(60) = ""  # 用餐地点 (a meal may name its own)


class ReceptionListInput(GateModel):
    reception_id: optional_id() = None
    meals: list[MealInput] = Field(default_factory=list, max_length=200)
    items: list[BillItemInput] = Field(default_factory=list, max_length=200)
    lodging: money() = Decimal("0.00")
    transport: money() = Decimal("0.00")
    invoices: count(0, 500) = 0
    letter_attached: flag() = False
    declaration: flag() = False
    hk_mo_tw_guests: flag() = False
    accompany_names: names(50, 30) = ()  # 陪餐人员 by name; empty: the approval's
    venue: line(60) = ""  # empty: the approval's


def meal_date_problems(meals: Sequence[MealInput], start: date, end: date, code: str) -> list[Problem]:
    """RECEP-05: a meal is served on a day of the visit (a 1999 meal on a 2026 visit is a typo)."""
    return [Problem("RECEP-05", f"{code}.meals[{i}].date",
                    f"用餐第{i + 1}行 日期：{m.date.isoformat()} 不在接待日期 {start.isoformat()} 至 {end.isoformat()} 内")
            for i, m in enumerate(meals) if not start <= m.date <= end]


def read_reception(data: Any, today: date | None = None) -> tuple[ReceptionInput | None, list[Problem]]:
    rec, problems = check(ReceptionInput, data, rule="RECEP-02", prefix="reception", labels=RECEPTION_LABELS,
                          context={"today": today} if today else None, rules={"meals": "RECEP-05"})
    if rec is not None:
        end = rec.end or rec.start
        if (end - rec.start).days + 1 > MAX_VISIT_DAYS:
            problems.append(Problem("RECEP-02", "reception.dates",
                                    f"接待天数{(end - rec.start).days + 1}天超过上限{MAX_VISIT_DAYS}天"))
        if end >= rec.start:
            problems += meal_date_problems(rec.meals, rec.start, end, "reception")
    return rec, problems


def read_reception_list(data: Any, visit: tuple[date, date] | None = None,
                        today: date | None = None) -> tuple[ReceptionListInput | None, list[Problem]]:
    """The list's fields; with the approved ``visit`` (start, end) each meal must fall in it."""
    lst, problems = check(ReceptionListInput, data, rule="RECEP-09", prefix="reception_list",
                          labels=RECEPTION_LABELS, context={"today": today} if today else None,
                          rules={"meals": "RECEP-05", "items": "RECEP-07"})
    if lst is not None:
        problems += [Problem("RECEP-07", f"reception_list.items[{i}].name", f"菜单明细第{i + 1}行：请填写名称")
                     for i, item in enumerate(lst.items) if not item.name]
    if lst is not None and visit is not None:
        problems += meal_date_problems(lst.meals, visit[0], visit[1], "reception_list")
    return lst, problems
