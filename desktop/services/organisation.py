"""The organisation: departments (局机关 offices, 医保中心 sections), staff and their positions.

Assigning a position checks the bureau's incompatible pairs (IC-04, IC-05, IC-06, SEC-13).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.domain.approval.model import Problem
from desktop.domain.duties import conflicts_for
from desktop.domain.positions import POSITIONS, POSITION_KEYS, position_label
from desktop.persistence.schema import Bureau, Department, Staff, StaffPosition, UserAccount
from desktop.services.base import Refused, ServiceBase, SignedIn, refuse

__all__ = ["OrganisationService", "DepartmentView", "StaffView", "Assignment"]

UNITS = {"bureau": "局机关", "centre": "医保中心"}


@dataclass(frozen=True)
class DepartmentView:
    id: int
    name: str
    unit: str
    active: bool


@dataclass(frozen=True)
class Assignment:
    position: str
    department_id: int | None
    department_name: str

    @property
    def label(self) -> str:
        base = position_label(self.position)
        return f"{base}（{self.department_name}）" if self.department_name else base


@dataclass(frozen=True)
class StaffView:
    id: int
    name: str
    department_id: int | None
    department_name: str
    title: str
    active: bool
    username: str | None
    assignments: tuple[Assignment, ...]

    @property
    def positions_text(self) -> str:
        return "、".join(a.label for a in self.assignments)


class OrganisationService(ServiceBase):
    def bureau_name(self, user: SignedIn) -> str:
        with self.reading() as session:
            return session.get(Bureau, user.bureau_id).name

    # Departments -----------------------------------------------------------------------
    def departments(self, user: SignedIn, *, include_inactive: bool = False) -> list[DepartmentView]:
        with self.reading() as session:
            q = select(Department).where(Department.bureau_id == user.bureau_id)
            if not include_inactive:
                q = q.where(Department.active.is_(True))
            return [DepartmentView(d.id, d.name, d.unit, d.active) for d in session.execute(q.order_by(Department.unit, Department.id)).scalars()]

    def add_department(self, admin: SignedIn, name: str, unit: str = "bureau") -> int:
        from desktop.domain.input_gate.organisation import department_problems
        self.require_admin(admin)
        problems = department_problems(name)
        if problems:
            raise Refused(problems)
        name = name.strip()
        if not name:
            raise refuse("SEC-01", "department.name", "请填写部门名称")
        if not isinstance(unit, str) or unit not in UNITS:
            raise refuse("SEC-01", "department.unit", "部门所属单位须为 局机关 或 医保中心")
        with self.transaction() as session:
            if session.execute(select(Department).where(Department.bureau_id == admin.bureau_id, Department.name == name)).first():
                raise refuse("SEC-01", "department.exists", f"部门“{name}”已存在")
            dept = Department(bureau_id=admin.bureau_id, name=name, unit=unit)
            session.add(dept)
            session.flush()
            self.audit(session, admin, "department.create", "department", dept.id, after={"name": name, "unit": unit})
            return dept.id

    @staticmethod
    def new_departments_problems(rows: list[tuple[str, str]]) -> list[Problem]:
        """Every problem of a first list of (name, unit) departments, all at once (set-up wizard, ``desktop init``)."""
        from desktop.domain.input_gate.organisation import department_problems
        problems: list[Problem] = []
        seen: set[str] = set()
        for number, (name, unit) in enumerate(rows, start=1):
            found = department_problems(name)
            problems += [Problem(p.rule, p.code, f"第{number}个部门：{p.text}") for p in found]
            if not found and not name.strip():
                problems.append(Problem("SEC-01", "department.name", f"第{number}个部门：请填写部门名称"))
            if not isinstance(unit, str) or unit not in UNITS:
                problems.append(Problem("SEC-01", "department.unit", f"第{number}个部门：所属单位须为 局机关 或 医保中心"))
            if not found and name.strip() in seen:
                problems.append(Problem("SEC-01", "department.exists", f"部门“{name.strip()}”重复"))
            if not found:
                seen.add(name.strip())
        return problems

    def create_departments_in(self, session, bureau_id: int, rows: list[tuple[str, str]],  # noqa: ANN001
                              actor: str) -> list[int]:
        """The first departments, in the caller's (initialising) transaction; ``rows`` already
        checked by :meth:`new_departments_problems`."""
        ids = []
        for name, unit in rows:
            dept = Department(bureau_id=bureau_id, name=name.strip(), unit=unit)
            session.add(dept)
            session.flush()
            self.audit(session, actor, "department.create", "department", dept.id,
                       after={"name": dept.name, "unit": unit})
            ids.append(dept.id)
        return ids

    def update_department(self, admin: SignedIn, department_id: int, *, name: str | None = None,
                          active: bool | None = None) -> None:
        from desktop.domain.input_gate.organisation import department_problems
        self.require_admin(admin)
        with self.transaction() as session:
            dept = session.get(Department, department_id)
            if dept is None or dept.bureau_id != admin.bureau_id:
                raise refuse("SEC-01", "department.missing", "找不到该部门")
            before = {"name": dept.name, "active": dept.active}
            if name is not None:
                problems = department_problems(name)
                if problems:
                    raise Refused(problems)
                if not name.strip():
                    raise refuse("SEC-01", "department.name", "请填写部门名称")
                dept.name = name.strip()
            if active is not None:
                dept.active = active
            self.audit(session, admin, "department.update", "department", dept.id, before=before,
                       after={"name": dept.name, "active": dept.active})

    # Staff ------------------------------------------------------------------------------
    def staff(self, user: SignedIn, *, include_inactive: bool = False) -> list[StaffView]:
        with self.reading() as session:
            depts = {d.id: d.name for d in session.execute(select(Department).where(Department.bureau_id == user.bureau_id)).scalars()}
            accounts = {a.staff_id: a.username for a in session.execute(select(UserAccount)).scalars()}
            q = select(Staff).where(Staff.bureau_id == user.bureau_id)
            if not include_inactive:
                q = q.where(Staff.active.is_(True))
            out = []
            for s in session.execute(q.order_by(Staff.department_id, Staff.id)).scalars():
                assigns = tuple(Assignment(p.position, p.department_id, depts.get(p.department_id, ""))
                                for p in sorted(s.positions, key=lambda p: (p.position, p.department_id or 0)))
                out.append(StaffView(s.id, s.name, s.department_id, depts.get(s.department_id, ""), s.title,
                                     s.active, accounts.get(s.id), assigns))
            return out

    def add_staff(self, admin: SignedIn, name: str, department_id: int | None, title: str = "") -> int:
        from desktop.domain.input_gate.organisation import staff_problems
        self.require_admin(admin)
        problems = staff_problems(name, title)
        if problems:
            raise Refused(problems)
        name = name.strip()
        if not name:
            raise refuse("SEC-01", "staff.name", "请填写姓名")
        with self.transaction() as session:
            self._department(session, admin, department_id)
            person = Staff(bureau_id=admin.bureau_id, name=name, department_id=department_id, title=title.strip())
            session.add(person)
            session.flush()
            self.audit(session, admin, "staff.create", "staff", person.id,
                       after={"name": name, "department_id": department_id, "title": title})
            return person.id

    def update_staff(self, admin: SignedIn, staff_id: int, *, name: str | None = None, department_id: int | None = None,
                     title: str | None = None, active: bool | None = None) -> None:
        from desktop.domain.input_gate.organisation import staff_problems
        self.require_admin(admin)
        problems = staff_problems("" if name is None else name, title)
        if problems:
            raise Refused(problems)
        with self.transaction() as session:
            person = self._staff(session, admin, staff_id)
            before = {"name": person.name, "department_id": person.department_id, "title": person.title, "active": person.active}
            if name is not None and name.strip():
                person.name = name.strip()
            if department_id is not None:
                self._department(session, admin, department_id)
                person.department_id = department_id
            if title is not None:
                person.title = title.strip()
            if active is not None:
                person.active = active
            self.audit(session, admin, "staff.update", "staff", person.id, before=before,
                       after={"name": person.name, "department_id": person.department_id, "title": person.title,
                              "active": person.active})

    def assign_position(self, admin: SignedIn, staff_id: int, position: str, department_id: int | None = None) -> None:
        """Give a person a position; refused if it clashes with one they hold (IC-04 and the preset's pairs)."""
        self.require_admin(admin)
        if not isinstance(position, str) or position not in POSITION_KEYS:
            raise refuse("SEC-03", "position.unknown", f"未知岗位：{position}")
        scoped = next(p.scoped for p in POSITIONS if p.key == position)
        if scoped and department_id is None:
            raise refuse("SEC-03", "position.department", f"{position_label(position)} 须指定所负责的部门")
        if not scoped:
            department_id = None
        with self.transaction() as session:
            person = self._staff(session, admin, staff_id)
            self._department(session, admin, department_id)
            held = {p.position for p in person.positions}
            if any(p.position == position and p.department_id == department_id for p in person.positions):
                raise refuse("SEC-03", "position.exists", f"{person.name} 已担任该岗位")
            problems = conflicts_for(held | {position}, self.preset_of(session, admin.bureau_id).incompatible)
            if problems:
                raise Refused(problems)
            person.positions.append(StaffPosition(position=position, department_id=department_id))
            session.flush()
            self.audit(session, admin, "position.assign", "staff", person.id,
                       before={"positions": sorted(held)},
                       after={"position": position, "department_id": department_id})

    def remove_position(self, admin: SignedIn, staff_id: int, position: str, department_id: int | None = None) -> None:
        self.require_admin(admin)
        with self.transaction() as session:
            person = self._staff(session, admin, staff_id)
            match = [p for p in person.positions if p.position == position and p.department_id == department_id]
            if not match:
                raise refuse("SEC-03", "position.missing", f"{person.name} 未担任该岗位")
            if position == "sysadmin" and staff_id == admin.staff_id:
                raise refuse("SEC-03", "position.self_admin", "不能取消自己的系统管理员岗位")
            person.positions.remove(match[0])
            self.audit(session, admin, "position.remove", "staff", person.id,
                       before={"position": position, "department_id": department_id})

    @staticmethod
    def _staff(session, admin: SignedIn, staff_id: int) -> Staff:  # noqa: ANN001
        if not _is_id(staff_id):
            raise refuse("SEC-01", "staff.missing", "找不到该人员")
        person = session.get(Staff, staff_id)
        if person is None or person.bureau_id != admin.bureau_id:
            raise refuse("SEC-01", "staff.missing", "找不到该人员")
        return person

    @staticmethod
    def _department(session, admin: SignedIn, department_id: int | None) -> None:  # noqa: ANN001
        if department_id is None:
            return
        if not _is_id(department_id):
            raise refuse("SEC-01", "department.missing", "找不到该部门")
        dept = session.get(Department, department_id)
        if dept is None or dept.bureau_id != admin.bureau_id:
            raise refuse("SEC-01", "department.missing", "找不到该部门")


def _is_id(value: object) -> bool:
    """A row id as the input gate accepts it: a positive integer of a database's size."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**31
