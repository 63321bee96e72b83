"""Issue 12 items 2 and 7 through the services, on SQLite and PostgreSQL: a collective decision is
linked only where the step needs one for the document (VOUCH-08), its matters serve one document
each (IC-08), and the chains that need the organisation (the office's leader in charge, the
subordinate unit's head) or a reference (MEET-02) work end to end.

A bureau of its own (not the demo): three departments, one person per post."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.services.base import Refused

PASSWORD = "Chains#2026desk"
# username, name, department, [(position, department it is held for)]
PEOPLE = (
    ("director", "王局长", "办公室", [("director", None)]),
    ("officehead", "周主任", "办公室", [("office_head", None)]),
    ("financehead", "吴财务", "待遇保障股", [("finance_head", None)]),
    ("leaderoffice", "赵副局长", None, [("leader_in_charge", "办公室")]),
    ("leadersection", "李副局长", None, [("leader_in_charge", "待遇保障股")]),
    ("centrehead", "孙主任", "医保中心办公室", [("center_director", None)]),
    ("clerk", "高经办", "待遇保障股", [("handler", None)]),
    ("centreclerk", "胡经办", "医保中心办公室", [("handler", None)]),
)


def make_bureau(desk, preset: str) -> dict[str, object]:  # noqa: ANN001
    from desktop.services.setup import initialise

    initialise(desk, bureau_name="测试县医疗保障局", bureau_code="CHN", admin_username="admin",
               admin_password=PASSWORD, preset_code=preset,
               departments=[("办公室", "bureau"), ("待遇保障股", "bureau"), ("医保中心办公室", "centre")])
    admin = desk.act_as("admin")
    depts = {d.name: d.id for d in desk.org.departments(admin)}
    for username, name, dept, positions in PEOPLE:
        staff_id = desk.org.add_staff(admin, name, depts[dept] if dept else None, "")
        for position, held_for in positions:
            desk.org.assign_position(admin, staff_id, position, depts[held_for] if held_for else None)
        desk.accounts.create_account(admin, staff_id, username, PASSWORD, must_change=False)
    return {name: desk.act_as(name) for name, *_ in PEOPLE}


def claim(desk, u, amount: str) -> int:  # noqa: ANN001
    """An expense claim past the finance head, waiting for the director (P-000)."""
    doc = desk.approvals.create_draft(u["clerk"], "expense_claim", f"培训费{amount}", purpose="业务培训",
                                      amount=amount, submit=True)
    desk.approvals.approve(u["financehead"], doc, "票据齐全")
    return doc


def test_no_decision_asked_or_attached_below_the_line_vouch08(empty_desk):
    """VOUCH-08 (the defect): the director approving a 2,346 元 claim under the 3,000 元 line was asked for a
    会议纪要 and one was attached. Now the view says none is needed and a decision offered is not linked."""
    desk = empty_desk
    u = make_bureau(desk, "P-000")
    small = claim(desk, u, "2346.00")
    view = desk.approvals.document(u["director"], small)
    assert view.current_step.collective is not None and view.decision_required is False
    minute = desk.approvals.record_decision(u["officehead"], "党组会议", "党组纪要〔2026〕1号", date(2026, 11, 10),
                                            "培训经费", [{"subject": "培训经费", "amount": "5000"}])
    assert desk.approvals.approve(u["director"], small, "同意", decision_id=minute) == "approved"
    assert desk.approvals.document(u["director"], small).decision is None
    # The matter stays free for the document that needs it.
    big = claim(desk, u, "4500.00")
    assert desk.approvals.document(u["director"], big).decision_required is True
    assert [d.id for d in desk.approvals.decisions(u["director"], for_document=big)] == [minute]
    assert desk.approvals.approve(u["director"], big, "经党组会议研究同意", decision_id=minute) == "approved"
    linked = desk.approvals.document(u["director"], big).decision
    assert linked.minute_no == "党组纪要〔2026〕1号"
    assert [(m.subject, m.amount, m.document_id) for m in linked.matters] == [("培训经费", Decimal("5000.00"), big)]


def test_one_matter_is_not_reused_for_another_document_ic08(empty_desk):
    """IC-08: a minute's matter serves one document; a second document cannot be approved on it, and a
    matter deciding less than the document's amount does not cover it."""
    desk = empty_desk
    u = make_bureau(desk, "P-000")
    first, second = claim(desk, u, "4500.00"), claim(desk, u, "3800.00")
    minute = desk.approvals.record_decision(u["director"], "局务会议", "局务纪要〔2026〕2号", date(2026, 11, 12),
                                            matters=[{"subject": "培训经费", "amount": "4500"}])
    desk.approvals.approve(u["director"], first, "同意", decision_id=minute)
    with pytest.raises(Refused) as exc:
        desk.approvals.approve(u["director"], second, "同意", decision_id=minute)
    assert [(p.rule, p.code) for p in exc.value.problems] == [("IC-08", "decision.matter_used")]
    assert desk.approvals.decisions(u["director"], for_document=second) == []
    short = desk.approvals.record_decision(u["director"], "局务会议", "局务纪要〔2026〕3号", date(2026, 11, 13),
                                           matters=[{"subject": "培训经费", "amount": "3000"}])
    with pytest.raises(Refused) as exc:
        desk.approvals.approve(u["director"], second, "同意", decision_id=short)
    assert [(p.rule, p.code) for p in exc.value.problems] == [("VOUCH-08", "decision.matter_amount")]
    # A minute recorded for the document (from the approve dialog) serves it; no other document may claim it.
    own = desk.approvals.record_decision(u["director"], "局务会议", "局务纪要〔2026〕4号", date(2026, 11, 14),
                                         matters=[{"subject": "培训经费", "amount": "3800", "document_id": second}])
    with pytest.raises(Refused, match="一个议题只能用于一张单据"):
        desk.approvals.record_decision(u["director"], "局务会议", "局务纪要〔2026〕5号", date(2026, 11, 15),
                                       matters=[{"subject": "再议", "document_id": second}])
    assert desk.approvals.approve(u["director"], second, "同意", decision_id=own) == "approved"
    with pytest.raises(Refused) as exc:
        desk.approvals.record_decision(u["director"], "局务会议", "局务纪要〔2026〕6号", date(2026, 11, 16),
                                       matters=[{"subject": "", "amount": "abc"}])
    assert {p.code for p in exc.value.problems} == {"decision.matter_subject", "decision.matter_amount"}


def test_a_decision_without_matters_serves_its_first_document_only_ic08(empty_desk):
    """IC-08: a minute recorded with only a subject (as before matters existed) serves one document."""
    desk = empty_desk
    u = make_bureau(desk, "P-000")
    first, second = claim(desk, u, "4500.00"), claim(desk, u, "3800.00")
    minute = desk.approvals.record_decision(u["officehead"], "党组会议", "党组纪要〔2026〕7号", date(2026, 11, 10),
                                            "研究培训经费等事项")
    desk.approvals.approve(u["director"], first, "同意", decision_id=minute)
    with pytest.raises(Refused) as exc:
        desk.approvals.approve(u["director"], second, "同意", decision_id=minute)
    assert [p.code for p in exc.value.problems] == ["decision.matter_used"]


def test_p001_special_item_goes_to_the_offices_leader_in_charge_supply04(empty_desk):
    """SUPPLY-04 (P-001): section's leader in charge → the office's leader in charge → director."""
    desk = empty_desk
    u = make_bureau(desk, "P-001")
    doc = desk.approvals.create_draft(u["clerk"], "supply_purchase", "采购打印机", purpose="待遇保障股", amount="2600",
                                      category="special", submit=True)
    assert [s.key for s in desk.approvals.document(u["clerk"], doc).steps] == ["section_leader", "office_leader",
                                                                               "director"]
    with pytest.raises(Refused) as exc:  # the section's leader is not the office's
        desk.approvals.approve(u["leaderoffice"], doc, "同意")
    assert [p.rule for p in exc.value.problems] == ["IC-14"]
    desk.approvals.approve(u["leadersection"], doc, "同意")
    assert [d.id for d in desk.approvals.pending_for(u["leaderoffice"])] == [doc]
    assert desk.approvals.pending_for(u["leadersection"]) == []
    desk.approvals.approve(u["leaderoffice"], doc, "同意")
    assert desk.approvals.approve(u["director"], doc, "同意") == "approved"


def test_subordinate_unit_staff_trip_goes_to_their_own_head_travel02(empty_desk):
    """TRAVEL-02: 「各单位职工出差报经本单位主要领导批准」: a 医保中心 clerk's trip approval waits for the centre director."""
    desk = empty_desk
    u = make_bureau(desk, "P-001")
    doc = desk.approvals.create_draft(u["centreclerk"], "trip_approval", "赴市医保局", purpose="对账", days=5,
                                      submit=True)
    assert [s.position for s in desk.approvals.document(u["centreclerk"], doc).steps] == ["center_director"]
    assert [d.id for d in desk.approvals.pending_for(u["centrehead"])] == [doc]
    assert desk.approvals.approve(u["centrehead"], doc, "同意") == "approved"


def test_p001_meeting_category_3_needs_the_external_reference_meet02(empty_desk):
    """MEET-02 (P-001): categories 2–3 are approved by 县委/县政府; without the 上级批准文号 recorded on the
    meeting the submission is refused; category 4 needs a decision record at the director's step."""
    desk = empty_desk
    u = make_bureau(desk, "P-001")
    with pytest.raises(Refused) as exc:
        desk.approvals.create_draft(u["clerk"], "meeting", "全县医保工作会议", purpose="部署", amount="9000",
                                    category="3", submit=True)
    assert [(p.rule, p.code) for p in exc.value.problems] == [("MEET-02", "reference.missing")]
    ok = desk.approvals.create_draft(u["clerk"], "meeting", "全县医保工作会议", purpose="部署", amount="9000",
                                     category="3", payload={"approval_ref": "县政办函〔2026〕12号"}, submit=True)
    assert desk.approvals.document(u["clerk"], ok).state == "submitted"
    four = desk.approvals.create_draft(u["clerk"], "meeting", "业务培训会", purpose="培训", amount="900",
                                       category="4", submit=True)
    desk.approvals.approve(u["leadersection"], four, "同意")
    assert desk.approvals.document(u["director"], four).decision_required is True
    with pytest.raises(Refused) as exc:
        desk.approvals.approve(u["director"], four, "同意")
    assert [p.code for p in exc.value.problems] == ["decision.missing"]
