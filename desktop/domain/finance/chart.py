"""The chart of accounts of 政府会计制度 (MoF 2017): financial accounting 1xxx–5xxx, budget accounting
6xxx–8xxx. National subjects are fixed; a bureau's sub-accounts extend a parent's code by two or
more digits (510101 under 5101) and take its side, category and normal balance.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from desktop.domain.approval.model import Problem

__all__ = ["ChartRow", "chart_from_csv", "side_of_code", "sub_account_problems", "SIDES", "SIDE_LABELS",
           "EconomicClass", "economic_classes_from_csv", "classes_from_csv"]

SIDES = ("financial", "budget")
SIDE_LABELS = {"financial": "财务会计", "budget": "预算会计"}
_CODE = re.compile(r"[0-9]{4}([0-9]{2,4})*")


@dataclass(frozen=True)
class ChartRow:
    code: str
    name: str
    side: str
    category: str
    normal_balance: str
    cash_kind: str = ""


@dataclass(frozen=True)
class EconomicClass:
    code: str
    name: str
    official_card: bool  # in the mandatory official-card catalogue (VOUCH-09)


def chart_from_csv(text: str) -> list[ChartRow]:
    rows = [ChartRow(r["code"].strip(), r["name"].strip(), r["side"].strip(), r["category"].strip(),
                     r["normal_balance"].strip(), (r.get("cash_kind") or "").strip())
            for r in csv.DictReader(io.StringIO(text))]
    return rows


def economic_classes_from_csv(text: str) -> list[EconomicClass]:
    return [EconomicClass(r["code"].strip(), r["name"].strip(), r["official_card"].strip().lower() == "true")
            for r in csv.DictReader(io.StringIO(text))]


def classes_from_csv(text: str) -> list[tuple[str, str]]:
    return [(r["code"].strip(), r["name"].strip()) for r in csv.DictReader(io.StringIO(text))]


def side_of_code(code: str) -> str:
    """Budget accounting subjects start with 6, 7 or 8; the rest are financial accounting."""
    return "budget" if code[:1] in ("6", "7", "8") else "financial"


def sub_account_problems(parent_code: str, code: str, name: str, existing_codes: set[str]) -> list[Problem]:
    """Why ``code`` cannot be added below ``parent_code`` — every reason at once."""
    problems: list[Problem] = []
    if not _CODE.fullmatch(code or ""):
        problems.append(Problem("VOUCH-14", "account.code", f"科目代码“{code}”须为数字：一级4位，每下一级加2位"))
    elif not code.startswith(parent_code) or len(code) != len(parent_code) + 2:
        problems.append(Problem("VOUCH-14", "account.code_parent",
                                f"明细科目代码须为上级科目代码 {parent_code} 后加两位数字，如 {parent_code}01"))
    if code in existing_codes:
        problems.append(Problem("VOUCH-14", "account.duplicate", f"科目代码 {code} 已存在"))
    if not name.strip():
        problems.append(Problem("VOUCH-14", "account.name", "科目名称不能为空"))
    elif len(name.strip()) > 100:
        problems.append(Problem("VOUCH-14", "account.name_long", "科目名称不能超过100个字"))
    return problems
