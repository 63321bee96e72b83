"""Names in the organisation: departments, staff, their titles, and account usernames."""

import re
from typing import Any

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.arguments import text_problems
from desktop.domain.input_gate.problems import quote

__all__ = ["department_problems", "staff_problems", "username_problems", "USERNAME"]

ORG_LABELS = {"name": "名称", "title": "职务", "username": "用户名"}
USERNAME = re.compile(r"[a-z][a-z0-9_.-]{1,31}", re.ASCII)


def department_problems(name: Any) -> list[Problem]:
    return text_problems({"name": (name, 50)}, rule="SEC-01", prefix="department", labels={"name": "部门名称"})


def staff_problems(name: Any, title: Any = "") -> list[Problem]:
    fields = {"name": (name, 30)}
    if title is not None:
        fields["title"] = (title, 50)
    return text_problems(fields, rule="SEC-01", prefix="staff", labels={"name": "姓名", "title": "职务"})


def username_problems(username: Any) -> list[Problem]:
    """SEC-01: a username is 2–32 lower-case ASCII letters, digits, ``_ . -``, starting with a letter."""
    if isinstance(username, str) and USERNAME.fullmatch(username.strip()):
        return []
    return [Problem("SEC-01", "account.username",
                    f"用户名须为2至32位小写英文字母、数字或 _ . -，以字母开头（收到：{quote(username)}）")]
