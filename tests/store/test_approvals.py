"""The approval engine through the services, on SQLite and PostgreSQL (IC-01..03, VOUCH-05..08)."""

from datetime import date
from decimal import Decimal

import pytest

from desktop.services.base import Refused


def titles(docs):
    return {d.title for d in docs}


def test_pending_lists_follow_the_chain(desk, as_user):
    """The home page's list: each person sees what waits at a step they may act on."""
    assert titles(desk.approvals.pending_for(as_user("wufang"))) >= {"购买打印纸及硒鼓", "定点医药机构检查交通费"}
    director = titles(desk.approvals.pending_for(as_user("wangjianguo")))
    assert {"医保经办业务培训费", "赴北京参加基金监管研讨会"} <= director
    assert "购买打印纸及硒鼓" not in director
    assert desk.approvals.pending_for(as_user("huanglei")) == []
    assert desk.approvals.pending_for(as_user("admin")) == []


def test_claim_from_draft_to_archive_vouch06(desk, as_user):
    handler, head, director = as_user("huanglei"), as_user("wufang"), as_user("wangjianguo")
    doc = desk.approvals.create_draft(handler, "expense_claim", "会议室投影仪维修", purpose="待遇保障股会议室", amount="580.00")
    serial = desk.approvals.submit(handler, doc)
    assert serial.startswith(f"报-{date.today():%Y-%m}-")
    assert desk.approvals.approve(head, doc, "票据齐全") == "submitted"
    assert desk.approvals.approve(director, doc, "同意") == "approved"
    assert desk.approvals.archive(as_user("zhenglj"), doc) == "archived"
    view = desk.approvals.document(handler, doc)
    assert [(a.person, a.action) for a in view.history] == [
        ("黄磊", "submit"), ("吴芳", "approve"), ("王建国", "approve"), ("郑丽娟", "archive")]
    assert view.history[1].opinion == "票据齐全" and view.amount == Decimal("580.00")


def test_purpose_is_mandatory_vouch05(desk, as_user):
    with pytest.raises(Refused) as exc:
        desk.approvals.create_draft(as_user("huanglei"), "expense_claim", "办公用品", purpose=" ", amount="12.345")
    assert {(p.rule, p.code) for p in exc.value.problems} == {("VOUCH-05", "document.purpose"), ("VOUCH-01", "document.amount")}


def test_nobody_approves_own_submission_ic03(desk, as_user):
    head = as_user("wufang")
    doc = desk.approvals.create_draft(head, "expense_claim", "财务软件年费", purpose="财务核算", amount="900")
    desk.approvals.submit(head, doc)
    with pytest.raises(Refused) as exc:
        desk.approvals.approve(head, doc)
    assert "IC-03" in {p.rule for p in exc.value.problems}
    assert doc not in {d.id for d in desk.approvals.pending_for(head)}


def test_same_person_cannot_take_two_steps_ic02(desk, as_user):
    admin = as_user("admin")
    desk.org.assign_position(admin, as_user("wufang").staff_id, "director")
    head = as_user("wufang")
    doc = desk.approvals.create_draft(as_user("huanglei"), "expense_claim", "复印纸", purpose="日常办公", amount="300")
    desk.approvals.submit(as_user("huanglei"), doc)
    desk.approvals.approve(head, doc)
    with pytest.raises(Refused) as exc:
        desk.approvals.approve(head, doc)
    assert [p.rule for p in exc.value.problems] == ["IC-02"]
    assert desk.approvals.document(head, doc).state == "submitted"


def test_large_item_needs_collective_decision_vouch08(desk, as_user):
    director = as_user("wangjianguo")
    big = next(d for d in desk.approvals.pending_for(director) if d.title == "医保经办业务培训费")
    with pytest.raises(Refused) as exc:
        desk.approvals.approve(director, big.id)
    assert [p.rule for p in exc.value.problems] == ["VOUCH-08"]
    decision = desk.approvals.record_decision(as_user("zhoumin"), "局务会议", "局务纪要〔2026〕21号",
                                              date(2026, 11, 20), "培训经费")
    assert desk.approvals.approve(director, big.id, "经局务会议研究同意", decision_id=decision,
                                  passphrase="Demo#2026") == "approved"
    view = desk.approvals.document(director, big.id)
    assert view.decision.minute_no == "局务纪要〔2026〕21号"


def test_return_gives_all_reasons_and_resubmission_restarts(desk, as_user):
    handler, head = as_user("gaoyuan"), as_user("wufang")
    doc = desk.approvals.create_draft(handler, "expense_claim", "药店检查油费", purpose="下乡检查", amount="150")
    serial = desk.approvals.submit(handler, doc)
    with pytest.raises(Refused, match="一次性告知"):
        desk.approvals.return_(head, doc, [])
    desk.approvals.return_(head, doc, ["缺少发票", "未附行程单"], "补齐后再报")
    view = desk.approvals.document(handler, doc)
    assert view.state == "returned" and view.last_reasons == ("缺少发票", "未附行程单")
    assert desk.approvals.submit(handler, doc) == serial  # the number is kept
    again = desk.approvals.document(handler, doc)
    assert again.state == "submitted" and again.step_index == 0
    assert desk.approvals.approve(head, doc) == "submitted"


def test_reject_needs_opinion_and_ends_the_item(desk, as_user):
    head = as_user("wufang")
    doc = next(d for d in desk.approvals.pending_for(head) if d.title == "购买打印纸及硒鼓")
    with pytest.raises(Refused, match="意见"):
        desk.approvals.reject(head, doc.id, "")
    assert desk.approvals.reject(head, doc.id, "超出预算") == "rejected"
    with pytest.raises(Refused):
        desk.approvals.approve(as_user("wangjianguo"), doc.id)


def test_admin_has_no_business_approvals_sec13(desk, as_user):
    admin = as_user("admin")
    with pytest.raises(Refused) as exc:
        desk.approvals.create_draft(admin, "expense_claim", "x", purpose="y", amount="1")
    assert exc.value.problems[0].rule == "SEC-13"


def test_chain_edited_by_administrator_applies_to_new_items_only(desk, as_user):
    """Administrators edit chains without code; items already under way keep theirs."""
    admin, handler = as_user("admin"), as_user("huanglei")
    under_way = desk.approvals.create_draft(handler, "supply_purchase", "打印纸", purpose="日常办公", amount="100")
    desk.approvals.submit(handler, under_way)
    chain = desk.presets.preset(admin).chain("supply_purchase").to_dict()
    steps_before = len(chain["steps"])
    chain["steps"] = chain["steps"][:1]  # the first step only
    desk.presets.set_chain(admin, "supply_purchase", chain)
    new = desk.approvals.create_draft(handler, "supply_purchase", "硒鼓", purpose="日常办公", amount="100")
    desk.approvals.submit(handler, new)
    assert steps_before > 1 and len(desk.approvals.document(handler, under_way).steps) == steps_before
    assert len(desk.approvals.document(handler, new).steps) == 1


def test_threshold_edit_changes_the_rule_vouch08(desk, as_user):
    admin, handler = as_user("admin"), as_user("huanglei")
    desk.presets.set_parameter(admin, "collective_threshold", "5000")
    doc = desk.approvals.create_draft(handler, "expense_claim", "资料印刷", purpose="政策宣传", amount="4500")
    desk.approvals.submit(handler, doc)
    desk.approvals.approve(as_user("wufang"), doc)
    assert desk.approvals.approve(as_user("wangjianguo"), doc) == "approved"
    with pytest.raises(Refused, match="不是数字"):
        desk.presets.set_parameter(admin, "collective_threshold", "lots")
    bad = desk.presets.preset(admin).chain("voucher").to_dict()
    bad["steps"][0]["position"] = "nobody"
    with pytest.raises(Refused, match="nobody"):
        desk.presets.set_chain(admin, "voucher", bad)


def test_only_admin_edits_presets_sec08(desk, as_user):
    with pytest.raises(Refused):
        desk.presets.set_parameter(as_user("wangjianguo"), "collective_threshold", "1")
