"""First start: create the bureau (with its rule preset), its first departments, its first
administrator and its root CA — for ``desktop init`` and the set-up wizard alike (SEC-08)."""

from __future__ import annotations

import json
from typing import Sequence

from desktop.domain.approval.model import Problem
from desktop.domain.approval.presets import preset_from_dict
from desktop.domain.passwords import DEFAULT_POLICY
from desktop.persistence.schema import Bureau, Staff, StaffPosition, UserAccount
from desktop.services.accounts import hash_password
from desktop.services.base import Refused, refuse
from desktop.services.desk import Desk
from desktop.services.rule_presets import DEFAULT_PRESET, shipped_preset, shipped_presets

__all__ = ["initialise", "bureau_problems", "admin_problems", "ca_problems", "preset_problems",
           "DEFAULT_DEPARTMENTS"]

# A county 医疗保障局's usual offices (局机关) and the 医保中心's sections, as the demonstration
# bureau has them; the wizard offers them as an editable list.
DEFAULT_DEPARTMENTS: tuple[tuple[str, str], ...] = (
    ("局领导", "bureau"), ("办公室", "bureau"), ("规划财务股", "bureau"), ("待遇保障股", "bureau"),
    ("医药服务管理股", "bureau"), ("基金监管股", "bureau"),
    ("医保中心办公室", "centre"), ("稽核股", "centre"), ("结算股", "centre"),
)


def bureau_problems(name: str, code: str) -> list[Problem]:
    """The bureau's name (≤100) and code (≤16): every problem at once."""
    from desktop.domain.input_gate.arguments import text_problems
    problems = []
    if not str(name).strip():
        problems.append(Problem("SEC-08", "init.bureau", "请填写单位名称"))
    if not str(code).strip():
        problems.append(Problem("SEC-08", "init.bureau", "请填写单位代码"))
    return problems + text_problems({"name": (name, 100), "code": (code, 16)}, rule="SEC-08", prefix="bureau",
                                    labels={"name": "单位名称", "code": "单位代码"})


def preset_problems(code: str) -> list[Problem]:
    if code in shipped_presets():
        return []
    return [Problem("SEC-08", "preset.unknown", f"没有规则预设 {code}（可用：{', '.join(shipped_presets())}）")]


def admin_problems(username: str, password: str, name: str = "系统管理员", *,
                   allow_published: bool = False) -> list[Problem]:
    """The first administrator: user name, display name and password policy (SEC-01, SEC-05)."""
    from desktop.domain.input_gate.organisation import staff_problems, username_problems
    problems = username_problems(username) + staff_problems(name, None)
    if not str(name).strip():
        problems.append(Problem("SEC-01", "staff.name", "请填写管理员姓名"))
    return problems + DEFAULT_POLICY.problems(password, username=str(username).strip(),
                                              allow_published=allow_published)


def ca_problems(passphrase: str | None, admin_password: str, *, allow_published: bool = False) -> list[Problem]:
    """The root CA's passphrase, unless it is the administrator's password (checked with it)."""
    if not passphrase or passphrase == admin_password:
        return []
    return [Problem(p.rule, p.code, f"根证书口令：{p.text}")
            for p in DEFAULT_POLICY.problems(passphrase, allow_published=allow_published)]


def initialise(desk: Desk, *, bureau_name: str, bureau_code: str, admin_username: str, admin_password: str,
               admin_name: str = "系统管理员", preset_code: str = DEFAULT_PRESET, ca_passphrase: str | None = None,
               allow_published: bool = False, departments: Sequence[tuple[str, str]] = ()) -> int:
    """Create the bureau, its administrator and its signing root CA (key encrypted with
    ``ca_passphrase``, by default the administrator's password); refused if a bureau exists.

    The secrets come from the caller (the CLI reads them from the environment or a prompt, never
    from an argument); a password or passphrase published in the README is refused unless
    ``allow_published`` (the demonstration bureau only, SEC-05). ``departments`` (name, unit) are
    created in the same transaction: a refusal or a failure leaves the database empty."""
    if desk.has_bureau():
        raise refuse("SEC-08", "init.exists", "数据库中已有单位，不能重复初始化")
    departments = list(departments)
    problems = (bureau_problems(bureau_name, bureau_code) + preset_problems(preset_code)
                + desk.org.new_departments_problems(departments)
                + admin_problems(admin_username, admin_password, admin_name, allow_published=allow_published)
                + ca_problems(ca_passphrase, admin_password, allow_published=allow_published))
    if problems:
        raise Refused(problems)
    preset = preset_from_dict(shipped_preset(preset_code))
    with desk.sessions.begin() as session:
        bureau = Bureau(code=bureau_code.strip(), name=bureau_name.strip(), preset_code=preset.code,
                        preset_json=json.dumps(preset.to_dict(), ensure_ascii=False))
        session.add(bureau)
        session.flush()
        admin = Staff(bureau_id=bureau.id, name=admin_name.strip(), title="系统管理员")
        admin.positions.append(StaffPosition(position="sysadmin"))
        session.add(admin)
        session.flush()
        account = UserAccount(staff_id=admin.id, username=admin_username.strip(),
                              password_hash=hash_password(admin_password))
        session.add(account)
        session.flush()
        from desktop.persistence import audit_log
        from desktop.services.sheets import create_bureau_authority

        authority = create_bureau_authority(session, bureau, ca_passphrase or admin_password)

        audit_log.append(session, actor="system", action="bureau.create", entity="bureau", entity_id=bureau.id,
                         after={"name": bureau.name, "code": bureau.code, "preset": preset.code})
        audit_log.append(session, actor="system", action="account.create", entity="account", entity_id=account.id,
                         after={"username": account.username, "position": "sysadmin"})
        audit_log.append(session, actor="system", action="authority.create", entity="bureau_authority",
                         entity_id=bureau.id, after={"subject": authority.subject, "serial": authority.serial})
        desk.org.create_departments_in(session, bureau.id, departments, actor="system")
        return bureau.id
