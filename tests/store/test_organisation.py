"""Organisation and separation of duties between positions (IC-04, IC-05, IC-06, SEC-13)."""

import pytest

from desktop.services.base import Refused


def test_demo_bureau_has_every_position_and_fifteen_people(desk):
    from desktop.domain.positions import POSITION_KEYS

    admin = desk.act_as("admin")
    staff = desk.org.staff(admin)
    assert len(staff) >= 15
    held = {a.position for s in staff for a in s.assignments}
    assert held == POSITION_KEYS
    assert {d.unit for d in desk.org.departments(admin)} == {"bureau", "centre"}


def test_accountant_cannot_also_be_cashier_ic04(desk):
    admin = desk.act_as("admin")
    accountant = desk.act_as("zhenglj")
    with pytest.raises(Refused) as exc:
        desk.org.assign_position(admin, accountant.staff_id, "cashier")
    assert [p.rule for p in exc.value.problems] == ["IC-04"]
    assert "cashier" not in desk.act_as("zhenglj").positions


def test_cashier_cannot_review_vouchers_ic05(desk):
    admin = desk.act_as("admin")
    with pytest.raises(Refused) as exc:
        desk.org.assign_position(admin, desk.act_as("chenjing").staff_id, "finance_head")
    assert [p.rule for p in exc.value.problems] == ["IC-05"]


def test_system_administrator_gets_no_business_position_sec13(desk):
    admin = desk.act_as("admin")
    with pytest.raises(Refused) as exc:
        desk.org.assign_position(admin, admin.staff_id, "handler")
    assert [p.rule for p in exc.value.problems] == ["SEC-13"]


def test_pairs_are_bureau_data_ic06(desk):
    """IC-06 is in P-001 only: switching the preset changes what is allowed."""
    admin = desk.act_as("admin")
    director = desk.act_as("wangjianguo")
    desk.presets.apply_shipped(admin, "P-001")
    with pytest.raises(Refused) as exc:
        desk.org.assign_position(admin, director.staff_id, "finance_leader")
    assert [p.rule for p in exc.value.problems] == ["IC-06"]
    desk.presets.apply_shipped(admin, "P-000")
    desk.org.assign_position(admin, director.staff_id, "finance_leader")
    assert "finance_leader" in desk.act_as("wangjianguo").positions


def test_scoped_positions_need_a_department(desk):
    admin = desk.act_as("admin")
    person = desk.org.add_staff(admin, "新股长", None)
    with pytest.raises(Refused, match="须指定所负责的部门"):
        desk.org.assign_position(admin, person, "section_head")


def test_only_administrators_change_the_organisation_sec03(desk):
    with pytest.raises(Refused) as exc:
        desk.org.add_department(desk.act_as("zhoumin"), "新股室")
    assert exc.value.problems[0].rule == "SEC-03"


def test_department_rename_and_deactivate(desk):
    admin = desk.act_as("admin")
    dept = desk.org.add_department(admin, "临时专班", "centre")
    desk.org.update_department(admin, dept, name="医保专班")
    assert "医保专班" in {d.name for d in desk.org.departments(admin)}
    desk.org.update_department(admin, dept, active=False)
    assert "医保专班" not in {d.name for d in desk.org.departments(admin)}
    with pytest.raises(Refused, match="已存在"):
        desk.org.add_department(admin, "办公室")
