"""The demonstration bureau: departments, people in every position, accounts and documents in
every state, all made through the same services a user would use (so the audit trail is real).

Demonstration passwords (README): every demo person ``Demo#2026``; administrator ``admin`` /
``Desk#2026``. For the demo only. The same serve as signing passphrases: each demo person's
personal signing key is encrypted with ``Demo#2026``, the bureau root CA's with ``Desk#2026``.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date

from desktop.services.base import refuse
from desktop.services.desk import Desk
from desktop.services.setup import initialise

__all__ = ["load_demo", "DEMO_PASSWORD", "DEMO_ADMIN", "DEMO_ADMIN_PASSWORD", "DEMO_PEOPLE"]

DEMO_PASSWORD = "Demo#2026"
DEMO_ADMIN = "admin"
DEMO_ADMIN_PASSWORD = "Desk#2026"

# (department, unit)
DEPARTMENTS = [
    ("局领导", "bureau"),
    ("办公室", "bureau"),
    ("规划财务股", "bureau"),
    ("待遇保障股", "bureau"),
    ("医药服务管理股", "bureau"),
    ("基金监管股", "bureau"),
    ("医保中心办公室", "centre"),
    ("稽核股", "centre"),
    ("结算股", "centre"),
]

# username, name, department, title, [(position, department it is held for or None)]
DEMO_PEOPLE = [
    ("wangjianguo", "王建国", "局领导", "局长", [("director", None)]),
    # The centre's sections too: a 分管领导 is a bureau leader (RULES.md role keys, SUPPLY-04 「分管局长」),
    # never the 医保中心主任, who holds center_director only (IC-14: who signs a step holds its position).
    ("limh", "李明华", "局领导", "副局长", [("leader_in_charge", "办公室"), ("leader_in_charge", "待遇保障股"),
                                       ("leader_in_charge", "医药服务管理股"), ("leader_in_charge", "医保中心办公室"),
                                       ("leader_in_charge", "稽核股"), ("leader_in_charge", "结算股")]),
    ("zhaozhg", "赵志刚", "局领导", "副局长", [("finance_leader", None), ("leader_in_charge", "规划财务股"),
                                         ("leader_in_charge", "基金监管股")]),
    ("sunli", "孙丽", "医保中心办公室", "医保中心主任", [("center_director", None)]),
    ("zhoumin", "周敏", "办公室", "办公室主任", [("office_head", None), ("section_head", "办公室")]),
    ("wufang", "吴芳", "规划财务股", "股长", [("finance_head", None), ("section_head", "规划财务股")]),
    ("zhenglj", "郑丽娟", "规划财务股", "会计", [("accountant", None)]),
    ("chenjing", "陈静", "规划财务股", "出纳", [("cashier", None)]),
    ("liuyang", "刘洋", "办公室", "资产管理员", [("asset_mgr", None), ("handler", None)]),
    ("hexue", "何雪", "办公室", "印章保管员", [("seal_custodian", None), ("handler", None)]),
    ("machao", "马超", "稽核股", "股长", [("auditor", None), ("section_head", "稽核股")]),
    ("yangfan", "杨帆", "待遇保障股", "股长", [("section_head", "待遇保障股"), ("handler", None)]),
    ("huanglei", "黄磊", "待遇保障股", "科员", [("handler", None)]),
    ("linxiao", "林晓", "医药服务管理股", "股长", [("section_head", "医药服务管理股"), ("handler", None)]),
    ("gaoyuan", "高远", "医药服务管理股", "科员", [("handler", None)]),
    ("xuna", "徐娜", "基金监管股", "股长", [("section_head", "基金监管股"), ("handler", None)]),
    ("zhulin", "朱琳", "基金监管股", "科员", [("handler", None)]),
    ("hujun", "胡军", "医保中心办公室", "主任科员", [("section_head", "医保中心办公室"), ("handler", None)]),
    ("guoting", "郭婷", "结算股", "科员", [("section_head", "结算股"), ("handler", None)]),
]


def load_demo(desk: Desk) -> list[str]:
    """Load the demonstration bureau into an empty database; returns a short summary.

    All of it is ONE transaction: every service call below runs in a savepoint of one outer
    transaction on one connection, committed at the end. Killed half-way, the database is left
    as empty as it was, so it can be loaded again (and a finished demo or a real bureau is
    refused as before). Chosen over a resumable load because nothing half-loaded is ever seen
    by anyone, and the services need no change to take part."""
    if desk.has_bureau():
        raise refuse("SEC-08", "demo.not_empty", "数据库中已有单位：演示数据只能载入空数据库")
    with tempfile.TemporaryDirectory(prefix="bureau-demo-anchor-") as scratch, desk.engine.connect() as connection:
        with connection.begin():
            loader = _loader(desk, scratch)
            # Each service's own ``sessions.begin()`` becomes a savepoint of this transaction.
            loader.sessions.configure(bind=connection, join_transaction_mode="create_savepoint")
            summary = _load(loader)
    # Committed: this PC's audit anchor starts from the demo's chain, as for a new database
    # (during the load only a scratch anchor heard of its savepoints, so a kill leaves no trace).
    reset_anchor = getattr(desk.audit, "reset_anchor", None)
    if reset_anchor is not None:
        reset_anchor()
    return summary


def _loader(desk: Desk, scratch: str) -> Desk:
    """A second façade over the same engine whose audit anchor lives in ``scratch``: the savepoint
    releases of the load are not commits, so this PC's real anchor must not hear of them."""
    from desktop.persistence.audit_anchor import ENV_VAR

    saved = os.environ.get(ENV_VAR)
    os.environ[ENV_VAR] = scratch
    try:
        return Desk(desk.engine)
    finally:
        if saved is None:
            os.environ.pop(ENV_VAR, None)
        else:
            os.environ[ENV_VAR] = saved


DEMO_STANDARDS_SOURCE = "演示数据：示范县自定标准（数字取自通榆县标准，仅供演示，非任何单位的正式标准）"


def _demo_standards(desk: Desk, admin) -> None:  # noqa: ANN001
    """P-000 ships no local figures (TRAVEL-19: the bureau enters its own): the demonstration
    bureau enters its own tables, clearly marked as demonstration figures."""
    from desktop.services.module_records import default_standard_rows

    rows = default_standard_rows()
    for table in ("travel", "reception", "meeting"):
        desk.presets.set_standards(admin, table, rows[table], source=DEMO_STANDARDS_SOURCE)


def _load(desk: Desk) -> list[str]:
    if desk.has_bureau():  # checked again inside the transaction (two loads at once)
        raise refuse("SEC-08", "demo.not_empty", "数据库中已有单位：演示数据只能载入空数据库")
    initialise(desk, bureau_name="示范县医疗保障局", bureau_code="DEMO", admin_username=DEMO_ADMIN,
               admin_password=DEMO_ADMIN_PASSWORD, admin_name="系统管理员", preset_code="P-000",
               allow_published=True)  # the README's demo passwords: refused for any real bureau (SEC-05)
    admin = desk.act_as(DEMO_ADMIN)
    _demo_standards(desk, admin)
    depts = {name: desk.org.add_department(admin, name, unit) for name, unit in DEPARTMENTS}
    for username, name, dept, title, positions in DEMO_PEOPLE:
        staff_id = desk.org.add_staff(admin, name, depts[dept], title)
        for position, held_for in positions:
            desk.org.assign_position(admin, staff_id, position, depts[held_for] if held_for else None)
        desk.accounts.create_account(admin, staff_id, username, DEMO_PASSWORD, must_change=False,
                                     allow_published=True)
        desk.sheets.enrol(admin, staff_id, DEMO_PASSWORD, DEMO_ADMIN_PASSWORD, allow_published=True)
    docs = _documents(desk)
    from desktop.services.demo_assets import AssetYear
    from desktop.services.demo_finance import book_module_claims, load_finance_demo
    from desktop.services.demo_travel import load_travel_demo

    assets = AssetYear(desk)  # the fixed assets' year, played at each month end of the finance year
    # The books of 2026: claims, advances, vouchers, bank, month closes (and the assets' months).
    docs += load_finance_demo(assets.playing(desk))
    docs += assets.count
    docs += load_travel_demo(desk)  # travel, reception, vehicles, meetings
    docs += book_module_claims(desk)  # their payments booked on the real day
    from desktop.services.demo_supplies import load_supplies_demo

    supply_docs, supplies = load_supplies_demo(desk)  # the office supplies' half-year (issue 14)
    docs += supply_docs
    seals = _seals(desk, depts)
    cards = _card_count(desk)
    return [
        f"bureau 示范县医疗保障局 (preset P-000), {len(DEPARTMENTS)} departments, {len(DEMO_PEOPLE)} people with accounts",
        f"{docs} documents in every approval state, each submitted one with its certified and signed approval sheet",
        f"{seals} seals and custody items in the seal registry; the 行政公章 applied to an approved seal use request",
        f"{cards} fixed-asset cards with their history (acceptance, transfers, repairs, disposals, a stocktake), "
        "depreciated monthly January–November 2026",
        *([supplies] if supplies else []),
        f"sign in as any demo person (e.g. wangjianguo 局长) with {DEMO_PASSWORD}; administrator {DEMO_ADMIN} / {DEMO_ADMIN_PASSWORD}",
    ]


def _card_count(desk: Desk) -> int:
    from sqlalchemy import func, select

    from desktop.persistence.schema import AssetCard

    with desk.sessions() as session:
        return session.execute(select(func.count()).select_from(AssetCard)).scalar() or 0


def _documents(desk: Desk) -> int:
    u = {username: desk.act_as(username) for username, *_ in DEMO_PEOPLE}
    a = desk.approvals
    count = 0

    def new(who: str, kind: str, title: str, purpose: str, amount: str = "0", days: int = 0, category: str = "",
            submit: bool = True, payload: dict | None = None) -> int:
        nonlocal count
        count += 1
        # Submitting issues the certified approval sheet (the handler's signature).
        return a.create_draft(u[who], kind, title, purpose=purpose, amount=amount, days=days, category=category,
                              payload=payload, submit=submit, passphrase=DEMO_PASSWORD if submit else None)

    def approve(who: str, doc: int, opinion: str, **kwargs) -> None:  # noqa: ANN003
        a.approve(u[who], doc, opinion, passphrase=DEMO_PASSWORD, **kwargs)

    # Collective decision recorded by the office for the large training expense (VOUCH-08).
    decision = a.record_decision(u["zhoumin"], "党组会议", "党组纪要〔2026〕12号", date(2026, 11, 10),
                                 "研究医保业务培训经费等事项")

    # Waiting for the finance head (吴芳).
    new("huanglei", "expense_claim", "购买打印纸及硒鼓", "待遇保障股日常办公耗材", "1280.00",
        payload={"payment": "公务卡", "attachments": 3})
    new("gaoyuan", "expense_claim", "定点医药机构检查交通费", "医药服务管理股下乡检查", "356.50")
    # Past the finance head, waiting for the director with a collective decision needed.
    big = new("yangfan", "expense_claim", "医保经办业务培训费", "全县医保经办人员业务培训", "4500.00")
    approve("wufang", big, "票据齐全，同意报销")
    # Small claim fully approved and archived.
    done = new("zhulin", "expense_claim", "基金监管宣传材料印刷费", "打击欺诈骗保宣传月", "860.00",
               payload={"payment": "银行转账", "attachments": 2})
    approve("wufang", done, "同意")
    approve("wangjianguo", done, "同意报销")
    a.archive(u["zhenglj"], done)
    # Approved, linked to the collective decision, not yet archived.
    meeting = new("xuna", "expense_claim", "基金监管专项检查专家评审费", "年度基金专项检查", "6800.00")
    approve("wufang", meeting, "同意")
    approve("wangjianguo", meeting, "经党组会议研究同意", decision_id=decision)
    # Returned with all reasons at once (一次性告知).
    returned = new("guoting", "expense_claim", "结算股差旅费", "赴市医保局对账", "1120.00")
    a.return_(u["wufang"], returned, ["缺少住宿费发票", "未附出差审批单", "用途填写不完整"], "请补齐后重新提交")
    # Rejected.
    rejected = new("hujun", "expense_claim", "购买茶叶", "中心接待用", "980.00")
    a.reject(u["wufang"], rejected, "不属于公务接待标准范围，不予报销")
    # A draft not yet submitted.
    new("linxiao", "expense_claim", "医药价格监测资料费", "药品价格监测", "210.00", submit=False)

    # Trips (TRAVEL-02): ≤3 days to the leader in charge, >3 days to the director.
    new("gaoyuan", "trip_approval", "赴长春参加医保药品目录培训", "参加省医保局培训", "0", days=3)
    new("zhulin", "trip_approval", "赴北京参加基金监管研讨会", "国家医保局基金监管研讨", "0", days=5)
    trip = new("huanglei", "trip_approval", "赴白城市医保局对接异地就医", "异地就医结算对接", "0", days=2,
               payload={"destination": "白城市", "transport": "公共交通（火车）", "companions": "杨帆"})
    approve("limh", trip, "同意出差")

    # Office supplies, seal use, reception, vehicles, meetings, assets: one each in progress.
    new("hujun", "supply_purchase", "采购A4打印纸50箱", "中心下半年办公用纸", "1150.00", category="consumable",
        payload={"items": "A4复印纸（70g，500张/包，5包/箱）50箱，单价23元", "supplier": "县政府采购协议供货点",
                 "method": "协议供货"})
    new("gaoyuan", "vehicle_request", "下乡督导定点药店", "医药服务管理督导", "0", days=1,
        payload={"destination": "和平镇、新华乡定点药店", "passengers": "3人", "departure": "2026年11月26日 8:30"})
    new("linxiao", "reception", "接待市医保局调研组", "市医保局来函调研药品集采落地", "560.00",
        payload={"guest_unit": "市医疗保障局", "guests": "4人", "letter": "市医保函〔2026〕31号", "hosts": "2人",
                 "meals": "工作餐一次", "lodging": "不安排"})
    new("yangfan", "meeting", "全县医保待遇政策培训会（五类）", "政策解读与业务培训", "2400.00", days=1,
        payload={"meeting_class": "五类会议", "venue": "局三楼会议室", "attendees": "60人"})
    # Applied for by the receiving section (ASSET-08), approved by the office.
    transfer = new("guoting", "asset_transfer", "台式电脑一台调拨至结算股", "结算股新增异地就医结算岗位", "0",
                   payload={"assets": [{"asset_no": "ZC-2023-0112", "name": "台式计算机", "model": "联想启天M437",
                                        "quantity": 1, "original_value": "5200.00"},
                                       {"asset_no": "ZC-2023-0113", "name": "液晶显示器", "model": "联想T24i 23.8英寸",
                                        "quantity": 1, "original_value": "1150.00"}],
                            "to_department": "结算股", "from_department": "办公室", "from_custodian": "刘洋",
                            "to_custodian": "郭婷", "transfer_date": "2026-11-25"})
    approve("zhoumin", transfer, "同意调拨，请资产管理员变更台账和卡片")
    new("guoting", "travel_claim", "赴市医保局对账差旅费", "赴市医保局对账", "1120.00", days=2,
        payload={"route": "示范县—白城市—示范县", "trip_serial": "差-2026-0003", "transport_cost": "￥186.00",
                 "lodging_cost": "￥700.00", "meal_allowance": "￥200.00", "local_transport": "￥34.00",
                 "attachments": 5})
    new("hexue", "seal_engraving", "示范县医疗保障局财务专用章", "原印章磨损，印文不清", "0",
        payload={"seal_type": "财务专用章", "spec": "圆形 直径38mm", "maker": "公安机关指定刻制单位"})
    # Applied for by the section using them; the asset manager verifies (ASSET-03; IC-03: not their own).
    new("huanglei", "asset_disposal", "报废台式电脑三台", "使用超过六年，主板损坏无维修价值", "13500.00",
        payload={"asset_no": "ZC-2018-0031/0032/0033", "model": "联想启天M415", "acquired": "2018年3月",
                 "years_used": "8年", "method": "报废（交回收企业）", "residual": "￥300.00", "attachments": 2})
    # Signed through its whole chain (certification at submission, two approvals).
    signed = new("gaoyuan", "reception", "接待省医保局基金监管检查组", "省医保局来函开展基金监管交叉检查", "760.00",
                 payload={"guest_unit": "省医疗保障局基金监管处", "guests": "3人", "letter": "省医保函〔2026〕88号",
                          "hosts": "2人", "meals": "工作餐一次", "lodging": "协议酒店"})
    approve("zhoumin", signed, "有公函，标准符合规定")
    approve("wangjianguo", signed, "同意")
    return count


# (kind, name, custodian, storage place, department) — SEAL-01: the bureau's seals with the office's
# seal custodian, finance seal with the accountant and the legal-representative seal with the cashier
# (SEAL-16 default), a section's seal with its head.
DEMO_SEALS = [
    ("administrative", "示范县医疗保障局行政公章", "hexue", "办公室保险柜", "办公室"),
    ("finance", "示范县医疗保障局财务专用章", "zhenglj", "财务室保险柜（会计）", "规划财务股"),
    ("legal_rep", "法人名章（王建国）", "chenjing", "财务室保险柜（出纳）", "规划财务股"),
    ("party_group", "中共示范县医疗保障局党组印章", "hexue", "办公室保险柜", "办公室"),
    ("section", "示范县医疗保障局待遇保障股业务专用章", "yangfan", "待遇保障股文件柜", "待遇保障股"),
]


def _seals(desk: Desk, depts: dict[str, int]) -> int:
    """The seal registry: each seal requested, approved, filed with the police and enabled; the
    cheque book with the cashier; one seal use request approved and sealed with the 行政公章."""
    from desktop.documents.pdf_content import render_text_document

    u = {username: desk.act_as(username) for username, *_ in DEMO_PEOPLE}
    s = desk.seals
    ids: dict[str, int] = {}
    for n, (kind, name, keeper, place, dept) in enumerate(DEMO_SEALS, 1):
        seal_id = s.request_engraving(u["hexue"], kind, name, "机构印章启用（系统登记）", department_id=depts[dept],
                                     passphrase=DEMO_PASSWORD)
        doc = s.seal(u["hexue"], seal_id).engraving_document_id
        desk.approvals.approve(u["zhoumin"], doc, "同意刻制", passphrase=DEMO_PASSWORD)
        desk.approvals.approve(u["wangjianguo"], doc, "同意", passphrase=DEMO_PASSWORD)
        s.record_filing(u["zhoumin"], seal_id, f"公刻备〔2026〕{30 + n}号", date(2026, 3, 2), "示范县公安局指定刻章社")
        s.enable(u["zhoumin"], seal_id, custodian_id=u[keeper].staff_id, custodian_passphrase=DEMO_PASSWORD,
                 ca_passphrase=DEMO_ADMIN_PASSWORD, storage_place=place, enabled_on=date(2026, 3, 10))
        ids[kind] = seal_id
    s.register_item(u["zhoumin"], "cheque_book", "零余额账户支票簿", custodian_id=u["chenjing"].staff_id,
                    storage_place="财务室保险柜（出纳）", department_id=depts["规划财务股"])
    report = render_text_document("示范县医疗保障局", "关于报送2026年医保基金运行情况的报告", [
        "县财政局：",
        "根据年度工作安排，现将我局2026年1月至10月医保基金运行情况报告如下：基金收入平稳，支出结构合理，"
        "累计结余可支付月数保持在合理区间。",
        "下一步，我局将继续加强基金监管，确保基金安全平稳运行。",
        "特此报告。"], date(2026, 11, 20))
    doc = s.request_use(u["hexue"], ids["administrative"], "关于报送2026年医保基金运行情况的报告",
                        recipient="报送县财政局（一式三份）", copies=3, purpose="报送年度基金运行情况",
                        document_pdf=report, filename="关于报送2026年医保基金运行情况的报告.pdf",
                        document_no="示医保〔2026〕45号", passphrase=DEMO_PASSWORD)
    desk.approvals.approve(u["zhoumin"], doc, "同意用印", passphrase=DEMO_PASSWORD)
    desk.approvals.approve(u["wangjianguo"], doc, "同意签发", passphrase=DEMO_PASSWORD)
    # Sealed on the report itself (over its date), the office head watching (监印人, SEAL-08).
    s.apply(u["hexue"], doc, DEMO_PASSWORD, witness_id=u["zhoumin"].staff_id)
    # A take-out approved by the director in the app, then recorded by the office (SEAL-14).
    out = s.request_take_out(u["zhoumin"], ids["administrative"], purpose="赴县政务服务中心办理单位信息变更登记",
                             destination="县政务服务中心", out_on=date(2026, 4, 8), back_on=date(2026, 4, 8),
                             persons=[u["hexue"].staff_id, u["zhoumin"].staff_id], passphrase=DEMO_PASSWORD)
    desk.approvals.approve(u["wangjianguo"], out, "同意带出，当日带回", passphrase=DEMO_PASSWORD)
    s.take_out(u["zhoumin"], out)
    return len(DEMO_SEALS) + 1
