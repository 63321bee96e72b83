"""Demonstration records for travel, reception, vehicles and meetings, made through the module
services (so every check and the audit trail are real): trips from approval to payment with a
signed claim, a late claim with its explanation, receptions with letter and list, vehicle
requests (one on a holiday, one rented), a meeting with its claim, and the meeting plan.
"""

from __future__ import annotations

from datetime import date, timedelta

__all__ = ["load_travel_demo"]

PASS = "Demo#2026"


def _days(start: date, n: int, region_of, lodged_invoice):  # noqa: ANN001, ANN202
    out = []
    for i in range(n):
        on = start + timedelta(days=i)
        inv = lodged_invoice(i)
        out.append({"date": on.isoformat(), "region": region_of(i), "lodged": inv is not None,
                    "lodging_invoice": inv, "hosted": False, "own_vehicle": False})
    return out


def load_travel_demo(desk) -> int:  # noqa: ANN001
    """Returns how many documents were made. Dates are relative to today, so deadlines and lead
    times read the same whenever the demo is loaded."""
    u = {n: desk.act_as(n) for n in ("gaoyuan", "huanglei", "zhulin", "linxiao", "limh", "wangjianguo", "wufang",
                                     "zhoumin", "chenjing", "yangfan", "xuna", "liuyang")}
    a = desk.approvals
    today = date.today()
    count = 0

    def approve(who: str, doc: int, opinion: str = "同意") -> None:
        a.approve(u[who], doc, opinion, passphrase=PASS)

    # 1. Trip to Beijing, 4 days → the director (TRAVEL-02); claimed, approved and paid.
    start = today - timedelta(days=20)
    trip = desk.travel.create_trip(u["gaoyuan"], {
        "purpose": "参加国家医保局药品目录管理培训", "destinations": ["北京"], "start": start.isoformat(),
        "end": (start + timedelta(days=3)).isoformat(), "transport": "train", "travellers": ["高远"],
        "title": "赴北京参加药品目录管理培训", "grade": "科员", "advance": "2000.00",
        "funds": "部门预算公用经费（培训费）", "estimate": "2600.00",
        "late_filing_reason": "培训通知下达当日即须报到，出发前经分管领导电话同意，返回后补办审批单"},
        submit=True, passphrase=PASS)
    approve("wangjianguo", trip, "同意出差")
    claim = desk.travel.create_claim(u["gaoyuan"], trip, {
        "days": _days(start, 4, lambda i: "北京", lambda i: "380.00" if i < 3 else None),
        "legs": [{"date": start.isoformat(), "time": "07:45", "from": "白城", "to": "北京朝阳", "mode": "train",
                  "class": "二等座", "amount": "312.50", "receipts": 1},
                 {"date": (start + timedelta(days=3)).isoformat(), "time": "14:20", "from": "北京朝阳", "to": "白城",
                  "mode": "train", "class": "一等座", "amount": "498.00", "allowed_fare": "312.50", "receipts": 1}],
        "payee": "高远", "bank": "中国农业银行示范县支行", "account": "6228 4801 2345 6789 012",
        "attachments": 5}, submit=True, passphrase=PASS)
    approve("wufang", claim, "票据齐全，按标准核定")
    approve("wangjianguo", claim, "同意报销")
    desk.travel.record_payment(u["chenjing"], claim, "official_card", today, reference="公务卡还款 20261124-01")
    count += 2

    # 2. Two days in the province (≤3 days → leader in charge); claimed late with an explanation.
    start2 = today - timedelta(days=45)
    trip2 = desk.travel.create_trip(u["huanglei"], {
        "purpose": "赴省医保局对接异地就医直接结算", "destinations": ["吉林省内"], "start": start2.isoformat(),
        "end": (start2 + timedelta(days=1)).isoformat(), "transport": "coach", "travellers": ["黄磊"],
        "title": "赴省医保局对接异地就医结算", "grade": "科员", "funds": "医保经办业务经费",
        "late_filing_reason": "省局临时通知次日对接，出发前未及填报，返回后补报"}, submit=True, passphrase=PASS)
    approve("limh", trip2, "同意")
    desk.travel.create_claim(u["huanglei"], trip2, {
        "days": _days(start2, 2, lambda i: "吉林省内", lambda i: "260.00" if i == 0 else None),
        "legs": [{"date": start2.isoformat(), "time": "06:30", "from": "示范县客运站", "to": "长春客运站", "mode": "coach",
                  "amount": "86.00", "receipts": 1},
                 {"date": (start2 + timedelta(days=1)).isoformat(), "time": "15:10", "from": "长春客运站",
                  "to": "示范县客运站", "mode": "coach", "amount": "86.00", "receipts": 1}],
        "payee": "黄磊", "bank": "中国建设银行示范县支行", "account": "6217 0012 3400 5678 901",
        "attachments": 3, "late_explanation": "返回后连续承担年度基金审计配合工作，未能按期报账"},
        submit=True, passphrase=PASS)
    # 3. A trip waiting for the leader in charge.
    desk.travel.create_trip(u["zhulin"], {
        "purpose": "赴乡镇开展定点医药机构飞行检查", "destinations": ["乡镇"], "start": (today + timedelta(days=3)).isoformat(),
        "end": (today + timedelta(days=4)).isoformat(), "transport": "unit_car", "own_vehicle": True,
        "travellers": ["朱琳", "徐娜"], "title": "乡镇定点医药机构飞行检查", "grade": "科员",
        "funds": "基金监管专项经费", "single_room_reason": "二人异性，各住一间标准间"}, submit=True, passphrase=PASS)
    count += 3

    # Reception: approved with the letter, list after, paid.
    visit = today - timedelta(days=10)
    rec = desk.reception.create(u["linxiao"], {
        "title": "接待市医保局药品集采落地调研组", "guest_unit": "市医疗保障局", "letter_no": "市医保函〔2026〕31号",
        "guests": 4, "purpose": "调研药品集中带量采购落地情况", "start": visit.isoformat(),
        "end": visit.isoformat(), "lodging": "self", "venue": "局机关职工食堂",
        "visitors": [{"name": "张志伟", "position": "医药价格和招标采购科科长"}, {"name": "刘佳", "position": "副科长"},
                     {"name": "陈晨", "position": "科员"}, {"name": "周凯", "unit": "市医疗保障事务中心", "position": "科员"}],
        "accompany_names": ["林晓", "高远"],
        "meals": [{"date": visit.isoformat(), "meal_type": "buffet", "meal": "lunch", "guests": 4, "accompany": 2,
                   "amount": "420.00"}]}, submit=True, passphrase=PASS)
    approve("zhoumin", rec, "有公函，标准符合规定")
    approve("wangjianguo", rec, "同意")
    lst = desk.reception.create_list(u["linxiao"], rec, {
        "meals": [{"date": visit.isoformat(), "meal_type": "buffet", "meal": "lunch", "guests": 4, "accompany": 2,
                   "amount": "396.00"}],
        "items": [{"name": "自助午餐 6位", "amount": "396.00"}], "lodging": "0", "transport": "0", "invoices": 1,
        "letter_attached": True, "declaration": True}, submit=True, passphrase=PASS)
    approve("zhoumin", lst, "清单如实")
    approve("wufang", lst, "票据、公函、清单齐全")
    approve("wangjianguo", lst, "同意")
    desk.reception.record_payment(u["chenjing"], lst, "official_card", today)
    # A second reception waiting for the office (12 guests → at most 4 accompanying).
    desk.reception.create(u["yangfan"], {
        "title": "接待省医保局待遇保障检查组", "guest_unit": "省医疗保障局待遇保障处", "letter_no": "吉医保函〔2026〕105号",
        "guests": 12, "guest_names": "王立新等12人", "purpose": "待遇保障政策落实情况检查",
        "venue": "县政府机关食堂", "accompany_names": ["杨帆", "黄磊", "李明华", "周敏"],
        "start": (today + timedelta(days=5)).isoformat(), "end": (today + timedelta(days=5)).isoformat(),
        "meals": [{"date": (today + timedelta(days=5)).isoformat(), "meal_type": "table", "meal": "lunch", "guests": 12,
                   "accompany": 4, "amount": "2240.00"}]}, submit=True, passphrase=PASS)
    count += 3

    # Vehicles: local with 3 days' notice, approved and dispatched as a rental; holiday long-distance.
    dep = today + timedelta(days=3)
    v1 = desk.vehicles.create(u["gaoyuan"], {
        "purpose_key": "supervision", "purpose": "督导定点药店医保政策执行", "route": "局机关—和平镇—新华乡—局机关",
        "destination": "和平镇、新华乡", "long_distance": False, "passengers": 3, "people": "林晓、高远、朱琳",
        "departure": f"{dep.isoformat()}T08:30", "returns": f"{dep.isoformat()}T16:30", "mileage": 86,
        "title": "下乡督导定点药店"}, submit=True, passphrase=PASS)
    approve("linxiao", v1, "同意")
    approve("zhoumin", v1, "派车")
    desk.vehicles.dispatch(u["zhoumin"], v1, {
        "vehicle": "别克GL8商务车", "plate": "吉G·A1234", "driver": "孙师傅", "rental": True, "company": "县安达汽车租赁公司",
        "agreement_no": "ZC-2026-118", "cost": "450.00", "driver_licence": "220822198001011234",
        "vehicle_licence": "吉G·A1234 行驶证", "id_card": "220822198001011234", "invoice": True, "mileage": 92})
    desk.vehicles.record_payment(u["chenjing"], v1, "bank_transfer", today)
    sat = today + timedelta(days=(5 - today.weekday()) % 7 or 7)
    if (sat - today).days < 2:
        sat += timedelta(days=7)
    v2 = desk.vehicles.create(u["huanglei"], {
        "purpose_key": "emergency", "purpose": "节假日赴市医保局处理异地就医结算系统故障", "route": "局机关—白城市医保局—局机关",
        "destination": "白城市医疗保障局", "long_distance": True, "passengers": 2, "people": "杨帆、黄磊",
        "departure": f"{sat.isoformat()}T07:00", "returns": f"{sat.isoformat()}T18:00", "mileage": 240,
        "plate": "吉G·D0518", "driver": "王立军", "filed_county_office": True, "filed_bureau_office": True,
        "title": "节假日赴市医保局处理系统故障"}, submit=True, passphrase=PASS)
    approve("yangfan", v2, "同意")
    count += 2

    # Meetings: this year's plan (entered late with an explanation), a category-5 meeting with its claim.
    year = today.year
    plan = desk.meetings.create_plan(u["liuyang"], {
        "year": year, "late_explanation": "系统上线后补录已批准的年度会议计划",
        "meetings": [
            {"name": "全县医保待遇政策培训会", "category": 5, "reason": "新政策落地", "content": "待遇政策解读与业务培训",
             "when": f"{year}年11月", "place": "局三楼会议室", "leaders": "李明华", "delegates": 45, "staff": 3,
             "budget": "6000.00", "funding": "部门预算公用经费"},
            {"name": "医保基金监管工作会议", "category": 4, "reason": "年度部署", "content": "部署基金监管专项行动",
             "when": f"{year}年3月", "place": "县政府第二会议室", "leaders": "王建国", "delegates": 80, "staff": 4,
             "budget": "9000.00", "funding": "部门预算公用经费"}]}, submit=True, passphrase=PASS)
    approve("zhoumin", plan, "已汇总")
    approve("wangjianguo", plan, "经局务会研究同意")
    held = today - timedelta(days=6)
    m = desk.meetings.create(u["yangfan"], {
        "name": "全县医保待遇政策培训会", "category": 5, "content": "待遇政策解读与业务培训", "start": held.isoformat(),
        "days": 1, "travel_days": 0, "venue": "局三楼会议室", "delegates": 45, "staff": 3, "lodging": "0",
        "food": "2200.00", "other": "500.00", "briefing": False, "plan_id": plan, "funding": "部门预算公用经费"},
        submit=True, passphrase=PASS)
    approve("limh", m, "同意")
    approve("wangjianguo", m, "同意")
    mc = desk.meetings.create_claim(u["huanglei"], m, {
        "delegates": 43, "staff": 3, "lodging": "0", "food": "2136.00", "other": "480.00", "approval_doc": True,
        "notice": True, "sign_in_sheet": True, "bills": True}, submit=True, passphrase=PASS)
    approve("yangfan", mc, "同意")
    approve("wufang", mc, "签到表、明细单据齐全，未超定额")
    approve("wangjianguo", mc, "同意")
    desk.meetings.record_payment(u["chenjing"], mc, "bank_transfer", today)
    count += 3
    return count
