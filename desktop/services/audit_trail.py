"""Reading and verifying the audit trail (SEC-01, SEC-04)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.persistence import audit_log
from desktop.persistence.schema import AuditEntry
from desktop.services.base import ServiceBase, SignedIn, refuse

__all__ = ["AuditService", "AuditReport", "AuditRow"]


@dataclass(frozen=True)
class AuditReport:
    checked: int
    broken_at: int | None
    reason: str

    @property
    def ok(self) -> bool:
        return self.broken_at is None


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    before_json: str
    after_json: str


class AuditService(ServiceBase):
    def verify(self) -> AuditReport:
        """Check the whole chain. Needs no sign-in: it reads only, and must work on a damaged database."""
        with self.reading() as session:
            checked, broken = audit_log.verify(session)
        if broken is None:
            return AuditReport(checked, None, "")
        return AuditReport(checked, broken[0], broken[1])

    def recent(self, user: SignedIn, limit: int = 200, *, entity: str | None = None) -> list[AuditRow]:
        if not (user.is_admin or "auditor" in user.positions):
            raise refuse("SEC-04", "perm.audit", "查看操作日志须为系统管理员或稽核岗位")
        with self.reading() as session:
            q = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
            if entity:
                q = q.where(AuditEntry.entity == entity)
            return [AuditRow(e.seq, e.at, e.actor, e.action, e.entity, e.entity_id, e.before_json, e.after_json)
                    for e in session.execute(q).scalars()]
