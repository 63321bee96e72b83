"""What every service shares: the signed-in person, refusals, transactions with audit."""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterator, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.approval.model import Actor, Problem
from desktop.domain.approval.presets import Preset, preset_from_dict
from desktop.domain.positions import SYSTEM_ADMIN
from desktop.persistence import audit_log, record_state
from desktop.persistence.schema import Bureau, Staff, StaffPosition, UserAccount

__all__ = ["Refused", "SignedIn", "ServiceBase", "refuse", "trail_refusal"]


class Refused(Exception):
    """An action refused by the rules or by bad input; nothing was changed.

    ``problems`` lists every reason at once (一次性告知), each with its rule ID.
    """

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


def refuse(rule: str, code: str, text: str) -> Refused:
    return Refused([Problem(rule, code, text)])


@dataclass(frozen=True)
class SignedIn:
    """The person a service acts for. Obtained only from ``AccountService.authenticate``
    (or, for scripts and tests, ``Desk.act_as``)."""

    account_id: int
    staff_id: int
    username: str
    name: str
    bureau_id: int
    department_id: int | None
    actor: Actor
    must_change_password: bool = False
    positions: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_admin(self) -> bool:
        return self.actor.is_system_admin

    @property
    def audit_name(self) -> str:
        return f"{self.username}({self.name})"


class ServiceBase:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: everything in it, audit entries included, commits or none does.

        A damaged audit head or a record changed behind the application (its state no longer the
        one the trail recorded) refuses the whole transaction (SEC-01, SEC-18)."""
        try:
            with self._sessions.begin() as session:
                yield session
        except (audit_log.AuditTrailDamaged, record_state.RecordTampered) as exc:
            raise trail_refusal(exc) from None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @staticmethod
    def audit(session: Session, user: SignedIn | str, action: str, entity: str, entity_id: Any = "",
              before: Any = None, after: Any = None) -> None:
        actor = user if isinstance(user, str) else user.audit_name
        audit_log.append(session, actor=actor, action=action, entity=entity, entity_id=entity_id,
                         before=before, after=after)

    @staticmethod
    def require_admin(user: SignedIn) -> None:
        if not user.is_admin:
            raise refuse("SEC-03", "perm.admin", "此操作仅限系统管理员")

    @staticmethod
    def preset_of(session: Session, bureau_id: int) -> Preset:
        bureau = session.get(Bureau, bureau_id)
        if bureau is None:
            raise refuse("IC-14", "bureau.missing", "找不到本单位的记录")
        return preset_from_dict(json.loads(bureau.preset_json))


def trail_refusal(exc: Exception) -> Refused:
    """The refusal a write gets when the trail's head is damaged or a record was tampered with."""
    if isinstance(exc, record_state.RecordTampered):
        names = "、".join(exc.labels()[:3])
        return refuse("SEC-18", "record.tampered",
                      f"{names} 的数据库记录与审计日志记录的状态不符，疑被绕过本系统直接改动，已拒绝本操作；"
                      "请稽核或系统管理员运行 desktop audit verify --deep 核查")
    return refuse("SEC-01", "audit.head",
                  "审计日志链头缺失或与日志不符，已拒绝写入；请系统管理员运行 desktop audit verify 核查"
                  "（查明后可用 desktop audit reanchor 重新锚定）")


def actor_for(session: Session, staff_id: int) -> Actor:
    staff = session.get(Staff, staff_id)
    rows = session.execute(select(StaffPosition).where(StaffPosition.staff_id == staff_id)).scalars().all()
    assignments = frozenset((r.position, r.department_id) for r in rows)
    return Actor(person_id=staff_id, name=staff.name if staff else "", assignments=assignments,
                 is_system_admin=any(r.position == SYSTEM_ADMIN for r in rows))


def signed_in(session: Session, account: UserAccount) -> SignedIn:
    staff = session.get(Staff, account.staff_id)
    actor = actor_for(session, staff.id)
    return SignedIn(account_id=account.id, staff_id=staff.id, username=account.username, name=staff.name,
                    bureau_id=staff.bureau_id, department_id=staff.department_id, actor=actor,
                    must_change_password=account.must_change_password,
                    positions=tuple(sorted(actor.positions)))
