"""First start: create the bureau (with its rule preset) and its first administrator."""

from __future__ import annotations

import json

from desktop.domain.approval.model import Problem
from desktop.domain.approval.presets import preset_from_dict
from desktop.domain.passwords import DEFAULT_POLICY
from desktop.persistence.schema import Bureau, Staff, StaffPosition, UserAccount
from desktop.services.accounts import hash_password
from desktop.services.base import Refused, refuse
from desktop.services.desk import Desk
from desktop.services.rule_presets import DEFAULT_PRESET, shipped_preset

__all__ = ["initialise"]


def initialise(desk: Desk, *, bureau_name: str, bureau_code: str, admin_username: str, admin_password: str,
               admin_name: str = "系统管理员", preset_code: str = DEFAULT_PRESET, ca_passphrase: str | None = None,
               allow_published: bool = False) -> int:
    """Create the bureau, its administrator and its signing root CA (key encrypted with
    ``ca_passphrase``, by default the administrator's password); refused if a bureau exists.

    The secrets come from the caller (the CLI reads them from the environment or a prompt, never
    from an argument); a password or passphrase published in the README is refused unless
    ``allow_published`` (the demonstration bureau only, SEC-05)."""
    from desktop.domain.input_gate.arguments import text_problems
    from desktop.domain.input_gate.organisation import username_problems
    if desk.has_bureau():
        raise refuse("SEC-08", "init.exists", "数据库中已有单位，不能重复初始化")
    if not str(bureau_name).strip() or not str(bureau_code).strip():
        raise refuse("SEC-08", "init.bureau", "请填写单位名称和代码")
    problems = text_problems({"name": (bureau_name, 100), "code": (bureau_code, 16)}, rule="SEC-08", prefix="bureau",
                             labels={"name": "单位名称", "code": "单位代码"}) + username_problems(admin_username)
    problems += DEFAULT_POLICY.problems(admin_password, username=admin_username, allow_published=allow_published)
    if ca_passphrase and ca_passphrase != admin_password:
        problems += [Problem(p.rule, p.code, f"根证书口令：{p.text}")
                     for p in DEFAULT_POLICY.problems(ca_passphrase, allow_published=allow_published)]
    if problems:
        raise Refused(problems)
    preset = preset_from_dict(shipped_preset(preset_code))
    with desk.sessions.begin() as session:
        bureau = Bureau(code=bureau_code.strip(), name=bureau_name.strip(), preset_code=preset.code,
                        preset_json=json.dumps(preset.to_dict(), ensure_ascii=False))
        session.add(bureau)
        session.flush()
        admin = Staff(bureau_id=bureau.id, name=admin_name, title="系统管理员")
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
        return bureau.id
