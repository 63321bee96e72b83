"""Official reception (RECEP-*): the checks and printed rows of desktop/domain/reception/visit.py
that mutation testing (docs/mutation.md) found unchecked; each test names the rule it checks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.domain.reception.standards import reception_rows_from_csv, reception_standards_from_rows
from desktop.domain.reception.visit import (
    ALCOHOL,
    TOBACCO,
    BillItem,
    Meal,
    ReceptionList,
    ReceptionPlan,
    Visitor,
    accompany_limit,
    diner_problems,
    meal_problems,
    reception_list_from_payload,
    reception_plan_from_payload,
)

D = Decimal
DAY = date(2026, 5, 12)


def std(alcohol_exception: bool = False):  # noqa: ANN201
    rows = reception_rows_from_csv(open("resources/standards/reception_meeting_standards.csv", encoding="utf-8").read())
    return reception_standards_from_rows(rows, alcohol_exception=alcohol_exception)


def codes(problems):  # noqa: ANN001, ANN201
    return sorted(p.code for p in problems)


def meal(guests=2, accompany=1, amount="90.00", meal_type="table", name="lunch"):  # noqa: ANN001, ANN201
    return Meal(DAY, meal_type, name, guests, accompany, D(amount))


def plan(**kw):  # noqa: ANN003, ANN201
    base = dict(guest_unit="省医保局", letter_no="吉医保函〔2026〕5号", guests=2, guest_names="张三、李四",
                purpose="调研异地就医结算", start=DAY, end=DAY, meals=(meal(),))
    base.update(kw)
    return ReceptionPlan(**base)


def listing(**kw):  # noqa: ANN003, ANN201
    base = dict(reception_id=7, meals=(meal(),), items=(), lodging=D("0.00"), transport=D("0.00"), invoices=1,
                letter_attached=True, declaration=True)
    base.update(kw)
    return ReceptionList(**base)


# RECEP-06 -------------------------------------------------------------------------------------
@pytest.mark.parametrize("guests, limit", [(1, 3), (10, 3), (11, 3), (12, 4), (30, 10), (31, 10)])
def test_accompany_limit_at_its_edges_recep06(guests, limit):
    assert accompany_limit(guests) == limit


def test_one_guest_reception_is_accepted_recep06():
    """RECEP-06: 接待对象 1 人 is the smallest reception, not refused as none."""
    assert plan(guests=1, meals=(meal(guests=1, accompany=1),)).problems(std()) == []
    assert codes(plan(guests=0, meals=()).problems(std())) == ["reception.guests"]


def test_accompanying_diners_over_the_limit_and_more_guests_than_received_recep06():
    out = meal_problems([meal(guests=3, accompany=4)], 2, std())
    assert codes(out) == ["meals[0].accompany", "meals[0].guests"]
    assert "陪餐4人，超过上限3人（接待对象2人）" in out[0].text
    assert meal_problems([meal(guests=2, accompany=3)], 2, std()) == []


def test_named_diners_cover_each_meal_and_stay_within_the_limit_recep06():
    assert diner_problems([meal(accompany=2)], (), 2, "reception") == []
    assert diner_problems([meal(accompany=2)], ("王五", "赵六"), 2, "reception") == []
    out = diner_problems([meal(accompany=3)], ("王五", "赵六"), 2, "reception")
    assert [(p.rule, p.code) for p in out] == [("RECEP-06", "reception.meals[0].accompany")]
    assert out[0].text == "第1餐陪餐3人，陪餐人员名单只有2人"
    four = ("甲", "乙", "丙", "丁")
    out = diner_problems([meal(accompany=1)], four, 2, "reception_list")
    assert codes(out) == ["reception_list.accompany_names"]
    assert out[0].text == "陪餐人员4人（甲、乙、丙、丁），超过上限3人（接待对象2人）"


def test_visitor_list_must_match_the_guest_count_recep06():
    two = (Visitor("张三", "省医保局", "处长"), Visitor("李四", "", "科员"))
    assert plan(visitors=two).problems(std()) == []
    out = plan(visitors=two[:1]).problems(std())
    assert codes(out) == ["reception.visitors"] and "来宾名单1人，与接待对象人数2人不符" in out[0].text


# RECEP-05 -------------------------------------------------------------------------------------
def test_zero_diner_meal_is_refused_not_divided_recep05():
    m = meal(guests=0, accompany=0)
    assert m.per_head == D("0.00")
    out = meal_problems([m], 2, std())
    assert [(p.rule, p.code, p.text) for p in out] == [("RECEP-05", "meals[0].diners", "第1餐：用餐人数为零")]


def test_unknown_meal_type_and_missing_standard_recep05():
    out = meal_problems([meal(meal_type="banquet"), meal(name="supper")], 2, std())
    assert codes(out) == ["meals[0].type", "meals[1].type"]
    assert out[1].text == "第2餐：用餐类型不明"
    none = reception_standards_from_rows([])
    out = meal_problems([meal()], 2, none)
    assert codes(out) == ["meals[0].standard"] and "本单位未设" in out[0].text


def test_table_meal_standard_is_strictly_below_150_per_head_recep05():
    """RECEP-05: 工作桌餐 "低于150元/人" — 149.99 a head passes, 150.00 does not."""
    assert meal_problems([meal(guests=2, accompany=0, amount="299.98")], 2, std()) == []
    out = meal_problems([meal(guests=2, accompany=0, amount="300.00")], 2, std())
    assert codes(out) == ["meals[0].over_standard"]
    assert out[0].rule == "RECEP-05" and "超过标准" in out[0].text


def test_meal_figures_and_printed_row_recep05():
    m = Meal(DAY, "buffet", "dinner", 2, 1, D("150.00"), "局食堂")
    assert m.diners == 3 and m.per_head == D("50.00")
    assert m.to_dict() == {"date": "2026-05-12", "meal_type": "buffet", "meal": "dinner", "guests": 2,
                           "accompany": 1, "amount": "150.00", "per_head": "50.00", "venue": "局食堂"}
    row = m.row()
    assert row["date"] == "05-12" and row["venue"] == "局食堂" and row["per_head"] == "50.00"
    assert row["guests"] == 2 and row["accompany"] == 1 and row["amount"] == "150.00"
    assert row["meal"] != "dinner" and row["type"] != "buffet"  # printed in Chinese
    assert Meal(DAY, "staff", "lunch", 1, 0, D("20.00")).row()["venue"] == "—"
    assert m.text().startswith("05-12 ") and "来宾2人 陪餐1人 ¥150.00（人均¥50.00）" in m.text()


# RECEP-01/02/08: the plan ---------------------------------------------------------------------
def test_plan_needs_letter_unit_purpose_dates_and_lodging_recep01_recep02_recep08():
    bad = plan(letter_no=" ", guest_unit="", purpose="  ", start=date(2026, 5, 13), end=DAY, lodging="hotel")
    out = bad.problems(std())
    assert codes(out) == ["reception.dates", "reception.guest_unit", "reception.letter", "reception.lodging",
                          "reception.purpose"]
    assert {p.rule for p in out} == {"RECEP-01", "RECEP-02", "RECEP-08"}
    assert plan(lodging="bureau").problems(std()) == []


def test_plan_estimate_and_printed_payload_f09():
    meals = (meal(amount="90.00"), Meal(DAY, "buffet", "dinner", 2, 0, D("100.00"), ""))
    p = plan(meals=meals, visitors=(Visitor("张三", "", "处长"), Visitor("李四", "市局", "科员")),
             accompany_names=("王五",), lodging="bureau", vehicles="公务用车1辆", phone_consent="电话同意",
             venue="局食堂")
    assert p.estimate == D("190.00")
    pay = p.to_payload()
    assert pay["visitor_rows"][0] == {"name": "张三", "unit": "省医保局", "position": "处长"}
    assert pay["visitor_rows"][1]["unit"] == "市局"
    assert pay["visitors"][0] == {"name": "张三", "unit": "", "position": "处长"}
    assert pay["accompany_text"] == "王五" and pay["accompany_names"] == ["王五"]
    assert pay["guest_count"] == "2人" and pay["accompany_limit"] == "3人（RECEP-06）"
    assert pay["lodging_label"] == "本局安排（须主要领导批准）" and pay["lodging"] == "bureau"
    assert pay["dates"] == "2026-05-12 至 2026-05-12" and pay["start"] == "2026-05-12"
    assert pay["meal_plan"].count("\n") == 1 and pay["meal_rows"][1]["amount"] == "100.00"
    assert pay["letter"] == pay["letter_no"] == "吉医保函〔2026〕5号"
    assert pay["meals"][0]["amount"] == "90.00" and pay["venue"] == "局食堂"
    assert pay["vehicles"] == "公务用车1辆" and pay["phone_consent"] == "电话同意"
    assert (pay["guests"], pay["guest_unit"], pay["purpose"]) == (2, "省医保局", "调研异地就医结算")
    plain = plan(meals=()).to_payload()
    assert plain["meal_plan"] == "不安排用餐" and plain["accompany_text"] == "不安排陪餐"
    assert plain["lodging_label"] == "自理"
    assert plan(meals=(meal(accompany=1),)).to_payload()["accompany_text"] == "（未列名）"


# RECEP-07/09/10/12: the list after the visit ---------------------------------------------------
def test_list_needs_an_approved_reception_recep09_recep02():
    assert codes(listing().problems(std(), guests=2, reception_state=None)) == ["reception_list.no_approval"]
    assert codes(listing().problems(std(), guests=2, reception_state="submitted")) == ["reception_list.not_approved"]
    assert listing().problems(std(), guests=2, reception_state="approved") == []
    assert listing().problems(std(), guests=2, reception_state="archived") == []


def test_zero_amount_reception_list_is_refused_recep09():
    empty = listing(meals=(), invoices=1)
    assert empty.total == D("0.00")
    assert codes(empty.problems(std(), guests=2, reception_state="approved")) == ["reception_list.empty"]
    lodging_only = listing(meals=(), lodging=D("0.01"))
    assert lodging_only.problems(std(), guests=2, reception_state="approved") == []
    assert listing(lodging=D("200.00"), transport=D("30.00")).total == D("320.00")


def test_attachments_and_declaration_recep10_recep12():
    out = listing(invoices=0, letter_attached=False, declaration=False).problems(
        std(), guests=2, reception_state="approved")
    assert codes(out) == ["reception_list.attachments", "reception_list.declaration"]
    assert out[1].text.endswith("缺财务票据、派出单位公函")
    assert out[0].rule == "RECEP-12"
    only_letter = listing(letter_attached=False).problems(std(), guests=2, reception_state="approved")
    assert only_letter[0].text.endswith("缺派出单位公函")


def test_bill_items_must_add_up_to_the_meals_vouch15():
    ok = listing(items=(BillItem("菜品", D("80.00")), BillItem("主食", D("10.00"))))
    assert ok.problems(std(), guests=2, reception_state="approved") == []
    off = listing(items=(BillItem("菜品", D("80.00")),))
    out = off.problems(std(), guests=2, reception_state="approved")
    assert codes(out) == ["reception_list.items_total"] and out[0].text == "菜单明细合计80.00元与用餐金额90.00元不符"


def bill():  # noqa: ANN201
    return (BillItem("菜品", D("50.00"), "food"), BillItem("茅台", D("30.00"), ALCOHOL),
            BillItem("中华", D("10.00"), TOBACCO))


def test_alcohol_and_cigarettes_refused_recep07():
    items = bill()
    out = listing(items=items).problems(std(), guests=2, reception_state="approved")
    assert [p.rule for p in out] == ["RECEP-07", "RECEP-07"]


def test_hong_kong_macau_taiwan_alcohol_exception_recep07():
    """RECEP-07: alcohol is allowed for guests from Hong Kong, Macau and Taiwan only where the bureau's
    profile switches the exception on; cigarettes never."""
    items = bill()
    hk = listing(items=items, hk_mo_tw_guests=True)
    allowed = hk.problems(std(alcohol_exception=True), guests=2, reception_state="approved")
    assert [p.rule for p in allowed] == ["RECEP-07"] and "中华" in allowed[0].text
    assert len(hk.problems(std(), guests=2, reception_state="approved")) == 2  # exception off
    mainland = listing(items=items)
    assert len(mainland.problems(std(alcohol_exception=True), guests=2, reception_state="approved")) == 2


def test_list_printed_payload_f10():
    lst = listing(items=(BillItem("菜品", D("90.00")),), lodging=D("200.00"), transport=D("1234.50"), invoices=2,
                  accompany_names=("王五", "赵六"), venue="局食堂", hk_mo_tw_guests=True)
    pay = lst.to_payload()
    assert pay["attachments"] == 3 and pay["invoices"] == 2 and pay["letter_attached"] is True
    assert [(i["name"], i["amount"]) for i in pay["items"]] == [("菜品", "90.00")]
    assert pay["item_lines"].startswith("菜品") and "¥90.00" in pay["item_lines"]
    assert pay["lodging_cost"] == "¥200.00" and pay["transport_cost"] == "¥1,234.50"
    assert pay["lodging"] == "200.00" and pay["transport"] == "1234.50"
    assert pay["accompany_text"] == "王五、赵六" and pay["venue"] == "局食堂" and pay["hk_mo_tw_guests"] is True
    assert "香烟" in pay["declaration_text"] and pay["reception_id"] == 7
    assert pay["meal_lines"] == lst.meals[0].text() and pay["meal_rows"] == [lst.meals[0].row()]
    bare = listing(meals=(Meal(DAY, "staff", "lunch", 2, 0, D("40.00")),), declaration=False).to_payload()
    assert bare["item_lines"] == "—" and bare["accompany_text"] == "无陪餐" and bare["declaration_text"] == "未声明"
    assert listing().to_payload()["accompany_text"] == "（未列名）"


# The payload readers ---------------------------------------------------------------------------
def test_plan_from_payload_counts_visitors_and_keeps_meals_recep06():
    data = {"guest_unit": "省医保局", "letter_no": "吉医保函〔2026〕5号", "purpose": "调研", "start": "2026-05-12",
            "end": "2026-05-13", "visitors": [{"name": "张三", "unit": "", "position": "处长"},
                                             {"name": "李四", "unit": "市局", "position": "科员"}],
            "meals": [{"date": "2026-05-12", "meal_type": "table", "meal": "lunch", "accompany": 1,
                       "amount": "90.00"}],
            "accompany_names": ["王五"], "venue": "局食堂", "lodging": "self"}
    p, problems = reception_plan_from_payload(data, today=date(2026, 5, 1))
    assert problems == [] and p is not None
    assert p.guests == 2 and p.guest_names == "张三、李四等2人"
    assert p.meals[0].guests == 2 and p.meals[0].venue == "局食堂" and p.meals[0].amount == D("90.00")
    assert p.visitors[1] == Visitor("李四", "市局", "科员") and p.accompany_names == ("王五",)
    assert (p.start, p.end) == (date(2026, 5, 12), date(2026, 5, 13))
    assert p.problems(std()) == []
    missing, problems = reception_plan_from_payload({"guests": "many"}, today=date(2026, 5, 1))
    assert missing is None and problems


def test_list_from_payload_reads_items_and_meals_recep07():
    data = {"reception_id": 7, "meals": [{"date": "2026-05-12", "meal_type": "table", "meal": "lunch",
                                          "accompany": 1, "amount": "90.00"}],
            "items": [{"name": "菜品", "amount": "90.00"}], "lodging": "0.00", "transport": "0.00", "invoices": 1,
            "letter_attached": True, "declaration": True, "accompany_names": ["王五"], "venue": "局食堂"}
    lst, problems = reception_list_from_payload(data, 2, (DAY, DAY), today=date(2026, 5, 20))
    assert problems == [] and lst is not None
    assert lst.reception_id == 7 and lst.meals[0].guests == 2
    assert [(i.name, i.amount) for i in lst.items] == [("菜品", D("90.00"))]
    assert lst.accompany_names == ("王五",) and lst.venue == "局食堂" and lst.invoices == 1
    assert lst.problems(std(), guests=2, reception_state="approved") == []
    bad, problems = reception_list_from_payload({"invoices": "x"}, 2)
    assert bad is None and problems


def test_stored_plan_and_list_read_back_unchanged_recep02():
    """What a reception stores (to_payload) reads back as the same plan and list: nothing the
    approver saw is lost or changed between the sheet and the record."""
    p = plan(meals=(Meal(DAY, "table", "lunch", 2, 1, D("90.00"), "局食堂"),),
             visitors=(Visitor("张三", "省医保局", "处长"), Visitor("李四", "市局", "科员")),
             accompany_names=("王五",), lodging="bureau", vehicles="公务用车1辆", phone_consent="电话同意",
             venue="局食堂", end=date(2026, 5, 13))
    again, problems = reception_plan_from_payload(p.to_payload(), today=date(2026, 5, 1))
    assert problems == [] and again == p
    lst = listing(meals=(Meal(DAY, "table", "lunch", 2, 1, D("90.00"), "局食堂"),),
                  items=(BillItem("菜品", D("90.00"), "food"),), lodging=D("200.00"), transport=D("30.00"),
                  invoices=2, accompany_names=("王五",), venue="局食堂", hk_mo_tw_guests=True)
    back, problems = reception_list_from_payload(lst.to_payload(), 2, (DAY, DAY), today=date(2026, 5, 20))
    assert problems == [] and back == lst
    assert listing(declaration=False).to_payload()["declaration"] is False


def test_every_plan_refusal_names_its_rule_and_says_why_recep01_recep02_recep06_recep08():
    """Each refusal a user reads on the reception approval: rule ID, code and words."""
    bad = plan(letter_no="", guest_unit=" ", guests=0, purpose="", start=date(2026, 5, 13), end=DAY,
               lodging="hotel", meals=(), visitors=(Visitor("张三", "", ""),))
    assert [(p.rule, p.code, p.text) for p in bad.problems(std())] == [
        ("RECEP-01", "reception.letter", "无公函的公务活动和来访人员一律不予接待：请填写来函文号"),
        ("RECEP-01", "reception.guest_unit", "请填写派出单位"),
        ("RECEP-06", "reception.guests", "接待对象人数须至少1人"),
        ("RECEP-02", "reception.purpose", "请填写公务活动内容"),
        ("RECEP-02", "reception.dates", "结束日期早于开始日期"),
        ("RECEP-08", "reception.lodging", "住宿须为自理或本局安排"),
        ("RECEP-06", "reception.visitors", "来宾名单1人，与接待对象人数0人不符"),
    ]
    named = plan(accompany_names=("甲", "乙", "丙", "丁"), meals=(meal(accompany=1),)).problems(std())
    assert [(p.rule, p.code) for p in named] == [("RECEP-06", "reception.accompany_names")]


def test_bill_line_categories_recep07():
    """RECEP-07 by category: a line of an unknown category is refused naming its number and name; the
    refusal says whether it is alcohol (酒水) or cigarettes (香烟)."""
    from desktop.domain.reception.visit import item_category_problems

    items = (BillItem("菜品", D("50.00"), "food"), BillItem("茅台", D("30.00"), ALCOHOL),
             BillItem("中华", D("10.00"), TOBACCO), BillItem("礼品", D("5.00"), "gift_box"))
    out = item_category_problems(items, alcohol_allowed=False)
    assert [(p.rule, p.code) for p in out] == [("RECEP-07", "reception_list.alcohol_tobacco"),
                                               ("RECEP-07", "reception_list.alcohol_tobacco"),
                                               ("RECEP-07", "reception_list.items[3].category")]
    assert "酒水" in out[0].text and "香烟" not in out[0].text and "茅台" in out[0].text
    assert "香烟" in out[1].text and "中华" in out[1].text
    assert "第4项“礼品”" in out[2].text and "酒水、香烟" in out[2].text
    assert [p.text for p in item_category_problems(items, alcohol_allowed=True)] == [out[1].text, out[2].text]


def test_the_declaration_words_follow_the_alcohol_exception_recep07_recep12():
    from desktop.domain.reception.visit import declaration_text

    assert declaration_text(False).startswith("未安排酒水、香烟")
    assert declaration_text(True).startswith("除港澳台客人外未安排酒水")
    hk = listing(hk_mo_tw_guests=True).to_payload()["declaration_text"]
    assert hk == declaration_text(True) and listing().to_payload()["declaration_text"] == declaration_text(False)


def test_unknown_meal_names_print_as_stored_and_meal_guests_given_recep05():
    odd = Meal(DAY, "banquet", "supper", 2, 0, D("10.00"))
    assert odd.row()["meal"] == "supper" and odd.row()["type"] == "banquet"
    assert odd.text().startswith("05-12 supper banquet ")
    data = {"guest_unit": "省医保局", "letter_no": "函", "purpose": "调研", "start": "2026-05-12", "guests": 5,
            "meals": [{"date": "2026-05-12", "meal_type": "table", "meal": "lunch", "guests": 3, "accompany": 1,
                       "amount": "90.00"}]}
    p, problems = reception_plan_from_payload(data, today=date(2026, 5, 1))
    assert problems == [] and p.meals[0].guests == 3 and p.guests == 5


def test_printed_lists_are_joined_one_per_line_f09_f10():
    m1, m2 = meal(amount="90.00"), Meal(DAY, "buffet", "dinner", 2, 0, D("100.00"))
    pay = plan(meals=(m1, m2), accompany_names=("王五", "赵六")).to_payload()
    assert pay["meal_plan"] == m1.text() + "\n" + m2.text() and pay["accompany_text"] == "王五、赵六"
    lst = listing(meals=(m1, m2), items=(BillItem("菜品", D("150.00"), "food"), BillItem("主食", D("40.00"), "food")))
    pay = lst.to_payload()
    assert pay["meal_lines"] == m1.text() + "\n" + m2.text()
    first, second = pay["item_lines"].split("；")
    assert first.startswith("菜品") and first.endswith("¥150.00") and second.startswith("主食")


def test_every_meal_and_list_refusal_names_its_rule_and_meal_recep05_recep06_recep09():
    """Each refusal names its rule and the meal by its number (第2餐), every meal checked."""
    meals = [meal(meal_type="banquet"), meal(guests=3, accompany=4, amount="1400.00")]
    out = meal_problems(meals, 2, std())
    assert [(p.rule, p.code) for p in out] == [("RECEP-05", "meals[0].type"), ("RECEP-05", "meals[1].over_standard"),
                                               ("RECEP-06", "meals[1].accompany"), ("RECEP-06", "meals[1].guests")]
    assert all(p.text.startswith("第2餐") for p in out[1:]) and out[3].text == "第2餐来宾人数超过接待对象人数"
    assert "低于" in out[1].text
    staff = meal_problems([meal(), Meal(DAY, "staff", "lunch", 2, 0, D("101.00"))], 2, std())
    assert [p.code for p in staff] == ["meals[1].over_standard"] and "不超过" in staff[0].text
    none = meal_problems([meal(), meal()], 2, reception_standards_from_rows([]))
    assert [(p.rule, p.code) for p in none] == [("RECEP-05", "meals[0].standard"), ("RECEP-05", "meals[1].standard")]
    assert none[1].text.startswith("第2餐")
    lst = listing(meals=(), accompany_names=("甲", "乙", "丙", "丁"), items=(BillItem("菜品", D("5.00"), "food"),),
                  declaration=False)
    got = lst.problems(std(), guests=2, reception_state="draft") + lst.problems(std(), guests=2, reception_state=None)
    assert [(p.rule, p.code) for p in got][:2] == [("RECEP-02", "reception_list.not_approved"),
                                                   ("RECEP-06", "reception_list.accompany_names")]
    texts = {p.code: p.text for p in got}
    assert texts["reception_list.not_approved"] == "公务接待审批单尚未批准"
    assert texts["reception_list.no_approval"] == "接待清单须关联公务接待审批单"
    assert texts["reception_list.items_total"] == "菜单明细合计5.00元与用餐金额0.00元不符"
    assert texts["reception_list.empty"] == "接待清单金额为零"
    assert {p.rule for p in got if p.code == "reception_list.items_total"} == {"VOUCH-15"}
    assert {p.rule for p in got if p.code == "reception_list.empty"} == {"RECEP-09"}
    assert {p.rule for p in got if p.code == "reception_list.no_approval"} == {"RECEP-09"}
    hk = listing(hk_mo_tw_guests=True, declaration=False).problems(std(alcohol_exception=True), guests=2,
                                                                   reception_state="approved")
    assert [p.rule for p in hk] == ["RECEP-12"] and "除港澳台客人外" in hk[0].text
