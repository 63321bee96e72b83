"""Buying office supplies through ``desk.supply_purchases`` on SQLite and PostgreSQL (issue 14
items 2, 3): half-year plans by their due date (SUPPLY-03), the office's consolidation into one
purchase and its approval document (SUPPLY-03/04, C-06), ad-hoc purchases, only the office buys
(SUPPLY-01), quotes by two people from three suppliers (SUPPLY-05), agreement suppliers
(SUPPLY-06), the government procurement catalogue and splitting (SUPPLY-07)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.persistence.schema import Document, SupplyItem
from desktop.services.audit_trail import AuditFilter
from desktop.services.base import Refused
from desktop.services.supply_purchases import SupplyPurchaseService

TODAY = date(2026, 12, 1)


def rules(exc: pytest.ExceptionInfo) -> set[str]:
    return {p.rule for p in exc.value.problems}


def codes(exc: pytest.ExceptionInfo) -> set[str]:
    return {p.code for p in exc.value.problems}


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    """The service's clock, set per test (the demo plays its year with its own)."""
    now = {"today": TODAY}
    monkeypatch.setattr(SupplyPurchaseService, "today", staticmethod(lambda: now["today"]))
    return now


def item(desk, name="A4复印纸", kind="consumable", catalogue=False, code=None) -> int:
    with desk.sessions.begin() as s:
        bureau = s.execute(select(Document.bureau_id).limit(1)).scalar_one()
        row = SupplyItem(bureau_id=bureau, code=code or f"T{abs(hash(name)) % 10**6:06d}", name=name,
                         category="纸张", specification="70g", unit="包", kind=kind, procurement_catalogue=catalogue)
        s.add(row)
        s.flush()
        return row.id


def approve(desk, as_user, purchase_id: int) -> None:
    """The P-000 chain for consumables below the collective threshold: office head, then the
    leader in charge (李明华 for 办公室 and 待遇保障股)."""
    doc = desk.supply_purchases.purchase(as_user("zhoumin"), purchase_id).document_id
    desk.approvals.approve(as_user("zhoumin"), doc, "同意")
    desk.approvals.approve(as_user("limh"), doc, "同意")


def quoted(desk, as_user, purchase_id: int, *, suppliers=("甲文具店", "乙办公用品公司", "丙商贸"),
           agreement=()) -> list[int]:
    office = as_user("liuyang")
    ids = [desk.supply_purchases.add_quote(office, purchase_id, s, Decimal("800") + n * 10, TODAY,
                                           agreement_supplier=s in agreement)
           for n, s in enumerate(suppliers)]
    desk.supply_purchases.name_enquirers(office, purchase_id, [office.staff_id, as_user("zhoumin").staff_id])
    desk.supply_purchases.confirm_enquiry(as_user("liuyang"), purchase_id)
    desk.supply_purchases.confirm_enquiry(as_user("zhoumin"), purchase_id)
    return ids


def plan_for(desk, as_user, who: str, item_id: int, quantity: int = 10, *, year=2027, half=1) -> int:
    user = as_user(who)
    plan = desk.supply_purchases.save_plan(user, year, half, [
        {"item_id": item_id, "quantity": quantity, "unit_price": "23.00", "purpose": "日常办公"}])
    desk.supply_purchases.submit_plan(user, plan)
    return plan


# Plans (SUPPLY-03) ------------------------------------------------------------------------------
def test_section_saves_and_submits_its_plan_then_it_is_read_only_supply_03(desk, as_user):
    paper = item(desk)
    huanglei = as_user("huanglei")
    plan_id = desk.supply_purchases.save_plan(huanglei, 2027, 1, [
        {"item_id": paper, "quantity": 20, "unit_price": "23.00", "purpose": "日常办公"},
        {"description": "碎纸机", "quantity": 1, "unit_price": "600", "purpose": "涉密文件"}])
    view = desk.supply_purchases.plan(huanglei, plan_id)
    assert (view.department_name, view.state_label, view.due_on, view.total) == (
        "待遇保障股", "草稿", date(2026, 12, 30), Decimal("1060.00"))
    assert [x.name for x in view.lines] == ["A4复印纸", "碎纸机"]
    desk.supply_purchases.submit_plan(huanglei, plan_id)
    with pytest.raises(Refused) as exc:
        desk.supply_purchases.save_plan(huanglei, 2027, 1, [{"item_id": paper, "quantity": 1}])
    assert codes(exc) == {"supply_plan.read_only"}
    assert desk.supply_purchases.plan(huanglei, plan_id).state_label == "已提交"
    entries = desk.audit.entries(desk.act_as("admin"), AuditFilter(entity="supply_plan", record=str(plan_id)))
    assert {"supply.plan_save", "supply.plan_submit"} <= {e.action for e in entries}


def test_plan_after_its_due_date_refused_naming_the_date_and_ad_hoc_supply_03(desk, as_user, clock):
    paper = item(desk)
    huanglei = as_user("huanglei")
    plan_id = desk.supply_purchases.save_plan(huanglei, 2027, 1, [{"item_id": paper, "quantity": 5}])
    clock["today"] = date(2026, 12, 31)  # the first half's plan was due 30 December of the year before
    with pytest.raises(Refused) as exc:
        desk.supply_purchases.submit_plan(huanglei, plan_id)
    assert codes(exc) == {"supply_plan.late"}
    text = exc.value.problems[0].text
    assert "2026年12月30日" in text and "临时采购" in text
    with pytest.raises(Refused) as exc:  # the second half's plan: due 30 June of the same year
        desk.supply_purchases.save_plan(huanglei, 2026, 2, [{"item_id": paper, "quantity": 5}])
    assert "2026年06月30日" in exc.value.problems[0].text


def test_plans_need_to_know_and_missing_sections_supply_03(desk, as_user):
    paper = item(desk)
    plan_for(desk, as_user, "huanglei", paper)
    plan_for(desk, as_user, "guoting", paper)
    office = [r.department_name for r in desk.supply_purchases.plans(as_user("liuyang"), 2027, 1)]
    assert sorted(office) == sorted(["待遇保障股", "结算股"])
    assert [r.department_name for r in desk.supply_purchases.plans(as_user("huanglei"), 2027, 1)] == ["待遇保障股"]
    missing = desk.supply_purchases.missing_plans(as_user("zhoumin"), 2027, 1)
    assert "办公室" in missing and "待遇保障股" not in missing and "结算股" not in missing
    assert "局领导" not in missing  # the bureau's leaders submit no plan of their own
    with pytest.raises(Refused) as exc:
        desk.supply_purchases.missing_plans(as_user("huanglei"), 2027, 1)
    assert rules(exc) == {"SUPPLY-01"}
    guoting_plan = desk.supply_purchases.plans(as_user("guoting"), 2027, 1)[0].id
    with pytest.raises(Refused):
        desk.supply_purchases.plan(as_user("huanglei"), guoting_plan)


def test_plan_lines_refused_all_at_once_supply_03(desk, as_user):
    with pytest.raises(Refused) as exc:
        desk.supply_purchases.save_plan(as_user("huanglei"), 2027, 1, [
            {"quantity": 0, "unit_price": "abc"}, {"item_id": 987654, "quantity": 1}])
    assert len(exc.value.problems) >= 2 and "SUPPLY-03" in rules(exc)


# Consolidation and approval (SUPPLY-03/04, C-06) --------------------------------------------------------
def test_office_consolidates_submitted_plans_into_one_approved_purchase_supply_03_c_06(desk, as_user):
    paper = item(desk)
    pens = item(desk, "中性笔")
    plan_for(desk, as_user, "huanglei", paper, 10)
    plan_for(desk, as_user, "guoting", pens, 30)
    with pytest.raises(Refused) as exc:
        desk.supply_purchases.consolidate(as_user("huanglei"), 2027, 1)
    assert rules(exc) == {"SUPPLY-01"}
    before = {p.purchase_no for p in desk.supply_purchases.purchases(as_user("liuyang"))}
    pid = desk.supply_purchases.consolidate(as_user("liuyang"), 2027, 1)
    view = desk.supply_purchases.purchase(as_user("liuyang"), pid)
    numbers = sorted(int(n.rpartition("-")[2]) for n in before if n.startswith(f"CG{TODAY.year}-"))
    assert view.purchase_no == f"CG{TODAY.year}-{len(numbers) + 1:03d}" and view.kind == "plan"  # IC-15: next, no gap
    assert view.title == "2027年上半年办公用品采购计划" and view.state_label == "审批中"
    assert view.estimated_total == Decimal("920.00")
    assert {(x.name, x.quantity, x.department_name) for x in view.lines} == {
        ("A4复印纸", 10, "待遇保障股"), ("中性笔", 30, "结算股")}
    with desk.sessions() as s:
        doc = s.get(Document, view.document_id)
        assert (doc.kind, doc.category, doc.amount, doc.state) == (
            "supply_purchase", "consumable", Decimal("920.00"), "submitted")
        assert f'"purchase_no": "{view.purchase_no}"' in doc.payload_json
    assert {r.state_label for r in desk.supply_purchases.plans(as_user("liuyang"), 2027, 1)} == {"已汇总"}
    with pytest.raises(Refused) as exc:  # nothing left to consolidate
        desk.supply_purchases.consolidate(as_user("liuyang"), 2027, 1)
    assert codes(exc) == {"supply_plan.none"}
    approve(desk, as_user, pid)
    assert desk.supply_purchases.purchase(as_user("liuyang"), pid).state_label == "已批准"


def test_special_item_makes_the_document_special_supply_04(desk, as_user):
    chair = item(desk, "办公椅", kind="special")
    plan_for(desk, as_user, "huanglei", chair, 2)
    pid = desk.supply_purchases.consolidate(as_user("liuyang"), 2027, 1)
    with desk.sessions() as s:
        doc = s.get(Document, desk.supply_purchases.purchase(as_user("liuyang"), pid).document_id)
        assert doc.category == "special"


def test_described_new_item_must_be_matched_before_consolidation_supply_03(desk, as_user):
    huanglei = as_user("huanglei")
    plan = desk.supply_purchases.save_plan(huanglei, 2027, 1, [{"description": "碎纸机", "quantity": 1}])
    desk.supply_purchases.submit_plan(huanglei, plan)
    with pytest.raises(Refused) as exc:
        desk.supply_purchases.consolidate(as_user("liuyang"), 2027, 1)
    assert codes(exc) == {"supply_plan.new_item"} and "碎纸机" in exc.value.problems[0].text
    shredder = item(desk, "碎纸机", kind="special")
    line_id = desk.supply_purchases.plan(as_user("liuyang"), plan).lines[0].id
    with pytest.raises(Refused) as exc:
        desk.supply_purchases.match_plan_line(huanglei, line_id, shredder)
    assert rules(exc) == {"SUPPLY-01"}
    desk.supply_purchases.match_plan_line(as_user("liuyang"), line_id, shredder)
    pid = desk.supply_purchases.consolidate(as_user("liuyang"), 2027, 1)
    assert [x.name for x in desk.supply_purchases.purchase(as_user("liuyang"), pid).lines] == ["碎纸机"]


def test_rejected_document_cancels_the_purchase_and_frees_its_plans_supply_04(desk, as_user):
    paper = item(desk)
    plan_for(desk, as_user, "huanglei", paper)
    pid = desk.supply_purchases.consolidate(as_user("liuyang"), 2027, 1)
    doc = desk.supply_purchases.purchase(as_user("liuyang"), pid).document_id
    desk.approvals.reject(as_user("zhoumin"), doc, "数量过大")
    assert desk.supply_purchases.purchase(as_user("liuyang"), pid).state_label == "已取消"
    again = desk.supply_purchases.consolidate(as_user("liuyang"), 2027, 1)
    assert again != pid


def test_ad_hoc_request_by_a_section_and_need_to_know_supply_04_supply_01(desk, as_user):
    paper = item(desk)
    huanglei = as_user("huanglei")
    pid = desk.supply_purchases.request_adhoc(huanglei, [{"item_id": paper, "quantity": 5, "unit_price": "23"}],
                                              "迎检材料打印")
    view = desk.supply_purchases.purchase(huanglei, pid)
    assert (view.kind, view.department_name, view.state_label) == ("adhoc", "待遇保障股", "审批中")
    assert [r.id for r in desk.supply_purchases.purchases(huanglei)] == [pid]
    assert pid in [r.id for r in desk.supply_purchases.purchases(as_user("zhoumin"))]
    with pytest.raises(Refused) as exc:
        desk.supply_purchases.purchase(as_user("guoting"), pid)
    assert rules(exc) == {"SUPPLY-01"}
    with pytest.raises(Refused) as exc:
        desk.supply_purchases.add_quote(huanglei, pid, "甲", "100", TODAY)
    assert rules(exc) == {"SUPPLY-01"}
    with pytest.raises(Refused) as exc:
        desk.supply_purchases.request_adhoc(desk.act_as("admin"), [{"item_id": paper, "quantity": 1,
                                                                     "unit_price": "1"}], "x")
    assert rules(exc) == {"SEC-13"}


# Quotes and the order (SUPPLY-05/06/07) -------------------------------------------------------------
def test_choose_refused_all_at_once_before_approval_quotes_and_enquirers_supply_04_05(desk, as_user):
    paper = item(desk)
    pid = desk.supply_purchases.request_adhoc(as_user("huanglei"), [{"item_id": paper, "quantity": 5,
                                                                      "unit_price": "23"}], "急需")
    office = as_user("liuyang")
    q1 = desk.supply_purchases.add_quote(office, pid, "甲文具店", "110", TODAY)
    desk.supply_purchases.add_quote(office, pid, " 甲文具店 ", "105", TODAY)  # the same supplier again
    desk.supply_purchases.name_enquirers(office, pid, [office.staff_id, as_user("zhoumin").staff_id])
    desk.supply_purchases.confirm_enquiry(office, pid)
    with pytest.raises(Refused) as exc:
        desk.supply_purchases.choose(office, pid, q1, "")
    assert codes(exc) == {"supply_purchase.not_approved", "supply_purchase.quotes", "supply_purchase.enquirers",
                          "supply_purchase.reason"}
    assert rules(exc) == {"SUPPLY-04", "SUPPLY-05"}


def test_enquirers_are_two_different_people_each_confirming_in_own_session_supply_05(desk, as_user):
    paper = item(desk)
    pid = desk.supply_purchases.request_adhoc(as_user("huanglei"), [{"item_id": paper, "quantity": 5,
                                                                      "unit_price": "23"}], "急需")
    office = as_user("liuyang")
    with pytest.raises(Refused) as exc:
        desk.supply_purchases.name_enquirers(office, pid, [office.staff_id, office.staff_id])
    assert codes(exc) == {"supply_quote.enquirers"}
    desk.supply_purchases.name_enquirers(office, pid, [office.staff_id, as_user("zhoumin").staff_id])
    with pytest.raises(Refused) as exc:
        desk.supply_purchases.confirm_enquiry(as_user("guoting"), pid)
    assert rules(exc) == {"SUPPLY-01"}
    desk.supply_purchases.confirm_enquiry(as_user("zhoumin"), pid)
    with pytest.raises(Refused) as exc:
        desk.supply_purchases.confirm_enquiry(as_user("zhoumin"), pid)
    assert codes(exc) == {"supply_quote.confirmed"}
    names = desk.supply_purchases.purchase(office, pid).enquirers
    assert [(n, at is not None) for n, at in names] == [("刘洋", False), ("周敏", True)]


def test_order_with_three_quotes_two_enquirers_and_reason_then_to_receive_supply_05(desk, as_user):
    paper = item(desk)
    pid = desk.supply_purchases.request_adhoc(as_user("huanglei"), [{"item_id": paper, "quantity": 5,
                                                                      "unit_price": "23"}], "急需")
    approve(desk, as_user, pid)
    q = quoted(desk, as_user, pid)
    office = as_user("liuyang")
    desk.supply_purchases.choose(office, pid, q[0], "报价最低，质量符合要求")
    view = desk.supply_purchases.purchase(office, pid)
    assert (view.state_label, view.chosen_supplier, view.chosen_total, view.choice_reason) == (
        "已定购", "甲文具店", Decimal("800.00"), "报价最低，质量符合要求")
    assert [r.id for r in desk.supply_purchases.orders_to_receive(office)] == [pid]
    with pytest.raises(Refused) as exc:  # ordered: the quotes are closed
        desk.supply_purchases.add_quote(office, pid, "丁", "1", TODAY)
    assert codes(exc) == {"supply_purchase.closed"}
    entries = desk.audit.entries(desk.act_as("admin"), AuditFilter(entity="supply_purchase", record=str(pid)))
    assert {"supply.adhoc", "supply.quote_add", "supply.enquirers", "supply.enquiry_confirm",
            "supply.order"} <= {e.action for e in entries}


def test_not_agreement_supplier_chosen_is_a_warning_supply_06(desk, as_user):
    paper = item(desk)
    pid = desk.supply_purchases.request_adhoc(as_user("huanglei"), [{"item_id": paper, "quantity": 5,
                                                                      "unit_price": "23"}], "急需")
    approve(desk, as_user, pid)
    q = quoted(desk, as_user, pid, agreement=("丙商贸",))
    desk.supply_purchases.choose(as_user("liuyang"), pid, q[0], "报价最低；协议供货点缺货")
    warnings = desk.supply_purchases.purchase(as_user("liuyang"), pid).warnings
    assert any("SUPPLY-06" in w and "丙商贸" in w for w in warnings)


def test_catalogue_item_flagged_and_needs_procurement_ref_supply_07(desk, as_user):
    pc = item(desk, "台式计算机", kind="special", catalogue=True)
    pid = desk.supply_purchases.request_adhoc(as_user("liuyang"), [{"item_id": pc, "quantity": 1,
                                                                     "unit_price": "2800"}], "旧机报废更换")
    view = desk.supply_purchases.purchase(as_user("liuyang"), pid)
    assert any("政府采购目录内，不得自行采购" in w for w in view.warnings)
    doc = view.document_id
    desk.approvals.approve(as_user("zhoumin"), doc, "同意")
    desk.approvals.approve(as_user("limh"), doc, "同意")
    desk.approvals.approve(as_user("wangjianguo"), doc, "同意")
    q = quoted(desk, as_user, pid)
    with pytest.raises(Refused) as exc:
        desk.supply_purchases.choose(as_user("liuyang"), pid, q[0], "报价最低")
    assert codes(exc) == {"supply_purchase.procurement"} and "不得自行采购" in exc.value.problems[0].text
    desk.supply_purchases.choose(as_user("liuyang"), pid, q[0], "报价最低", procurement_ref="示政采〔2026〕31号")
    assert desk.supply_purchases.purchase(as_user("liuyang"), pid).procurement_ref == "示政采〔2026〕31号"


def test_ad_hoc_purchases_of_one_item_reaching_the_threshold_warn_splitting_supply_07(desk, as_user):
    toner = item(desk, "硒鼓")
    ids = [desk.supply_purchases.request_adhoc(as_user(who), [{"item_id": toner, "quantity": 4,
                                                               "unit_price": "400"}], "打印机耗材")
           for who in ("huanglei", "guoting")]
    first = desk.supply_purchases.purchase(as_user("liuyang"), ids[0])
    splitting = [w for w in first.warnings if "化整为零" in w]
    assert len(splitting) == 1 and all(
        desk.supply_purchases.purchase(as_user("liuyang"), i).purchase_no in splitting[0] for i in ids)
    other = item(desk, "订书机")  # below the threshold together: no warning
    small = [desk.supply_purchases.request_adhoc(as_user("huanglei"), [{"item_id": other, "quantity": 1,
                                                                        "unit_price": "30"}], "x")
             for _ in range(2)]
    assert not [w for w in desk.supply_purchases.purchase(as_user("liuyang"), small[0]).warnings if "化整为零" in w]


def test_cancel_refused_in_approval_then_allowed_once_approved_supply_04(desk, as_user):
    paper = item(desk)
    pid = desk.supply_purchases.request_adhoc(as_user("huanglei"), [{"item_id": paper, "quantity": 5,
                                                                      "unit_price": "23"}], "急需")
    with pytest.raises(Refused) as exc:
        desk.supply_purchases.cancel(as_user("liuyang"), pid, "")
    assert codes(exc) == {"supply_purchase.in_approval", "supply_purchase.cancel_reason"}
    approve(desk, as_user, pid)
    desk.supply_purchases.cancel(as_user("liuyang"), pid, "需求已由库存满足")
    assert desk.supply_purchases.purchase(as_user("liuyang"), pid).state_label == "已取消"
    assert desk.supply_purchases.purchases(as_user("liuyang"), state="cancelled")[0].id == pid


def test_consolidated_plan_sheet_is_signed_and_prints_the_items_supply_03(desk, as_user, tmp_path):
    """The office's plan goes out as the signed 办公用品采购申请单 with its items and number."""
    import subprocess

    paper = item(desk)
    plan_for(desk, as_user, "huanglei", paper, 10)
    liu = as_user("liuyang")
    pid = desk.supply_purchases.consolidate(liu, 2027, 1, passphrase="Demo#2026")
    view = desk.supply_purchases.purchase(liu, pid)
    path = tmp_path / "plan.pdf"
    path.write_bytes(desk.sheets.latest_pdf(liu, view.document_id))
    text = "".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True,
                                  text=True).stdout.split())
    for printed in ("2027年上半年办公用品采购计划", "A4复印纸", "询价采购", "待遇保障股", "¥230.00"):
        assert printed in text, printed
