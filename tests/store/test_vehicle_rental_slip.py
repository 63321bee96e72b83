"""The 租车单 (P-001, VEH-03/VEH-05): 「租车单、租车协议……经分管领导、主要领导签字后报财务科」. A rental
dispatched for an approved request files the slip into the leader in charge → director chain; the cashier
cannot pay the rental before the slip is approved. P-000 has no such slip."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.services.base import Refused
from test_decision_matters import PASSWORD, make_bureau

RENTAL = {"vehicle": "别克GL8", "plate": "吉G12345", "driver": "孙师傅", "rental": True, "company": "安达租车",
          "agreement_no": "ZC-2026-07", "cost": "450.00", "driver_licence": "220801", "vehicle_licence": "吉G12345",
          "id_card": "2208011980", "invoice": True}


def _approved_request(desk, u) -> int:  # noqa: ANN001
    day = date.today() + timedelta(days=3)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    data = {"purpose_key": "supervision", "purpose": "督导定点医院", "route": "局—乡", "destination": "新华镇",
            "long_distance": False, "passengers": 3, "departure": f"{day.isoformat()}T08:00"}
    doc = desk.vehicles.create(u["clerk"], data, submit=True)
    who = {"section_head": "sectionhead", "leader_in_charge": "leadersection", "office_head": "officehead"}
    for step in desk.approvals.document(u["clerk"], doc).steps:
        desk.approvals.approve(u[who[step.position]], doc, "同意")
    assert desk.approvals.document(u["clerk"], doc).state == "approved"
    return doc


def _bureau(desk, preset: str) -> dict:  # noqa: ANN001
    """The decision-matters bureau with a section head of 待遇保障股 and a cashier."""
    u = make_bureau(desk, preset)
    admin = desk.act_as("admin")
    depts = {d.name: d.id for d in desk.org.departments(admin)}
    for username, name, dept, position, held_for in (("sectionhead", "陈股长", "待遇保障股", "section_head", "待遇保障股"),
                                                     ("cashier", "钱出纳", "办公室", "cashier", None)):
        staff = desk.org.add_staff(admin, name, depts[dept], "")
        desk.org.assign_position(admin, staff, position, depts[held_for] if held_for else None)
        desk.accounts.create_account(admin, staff, username, PASSWORD, must_change=False)
        u[username] = desk.act_as(username)
    return u


def test_p001_rental_files_the_slip_and_payment_waits_for_leader_and_director_veh05(empty_desk):
    desk = empty_desk
    u = _bureau(desk, "P-001")
    cashier = u["cashier"]
    request = _approved_request(desk, u)
    slip = desk.vehicles.dispatch(u["officehead"], request, RENTAL)
    assert slip is not None
    view = desk.approvals.document(u["officehead"], slip)
    assert view.kind == "vehicle_rental" and view.state == "submitted" and view.amount == 450
    assert [s.position for s in view.steps] == ["leader_in_charge", "director"]
    assert desk.approvals.document(u["clerk"], request).payload["rental_document_id"] == slip
    with pytest.raises(Refused) as exc:
        desk.vehicles.record_payment(cashier, request, "bank_transfer", date.today())
    assert [(p.rule, p.code) for p in exc.value.problems] == [("VEH-05", "payment.rental_slip")]
    desk.approvals.approve(u["leadersection"], slip, "同意")
    assert desk.approvals.approve(u["director"], slip, "同意") == "approved"
    assert desk.vehicles.record_payment(cashier, request, "bank_transfer", date.today()).method == "bank_transfer"


def test_p000_rental_has_no_slip_veh05(empty_desk):
    desk = empty_desk
    u = _bureau(desk, "P-000")
    request = _approved_request(desk, u)
    assert desk.vehicles.dispatch(u["officehead"], request, RENTAL) is None
    assert "rental_document_id" not in desk.approvals.document(u["clerk"], request).payload
