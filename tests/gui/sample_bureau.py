"""A small bureau for the GUI tests (and the start-up benchmark when the demo loader is absent).

Everything goes through the services, as a user would: departments, people, positions,
accounts (password ``Demo#2026``, also every person's signing passphrase: each has a signing
certificate) and a few documents part-way through their chains. The first ones were submitted
without a passphrase (no approval sheet issued, so approving them needs none); SIGNED_TITLE was
submitted with it, so its certified sheet is signed at every step.
"""

from __future__ import annotations

from desktop.services.desk import Desk
from desktop.services.setup import initialise

ADMIN_PASSWORD = "Desk#2026"
PASSWORD = "Demo#2026"
SIGNED_TITLE = "办公楼空调维修费"  # submitted with the handler's passphrase; waits for the finance head

# username, name, department, title, positions [(position, department or None)]
PEOPLE = (
    ("wangjianguo", "王建国", "办公室", "局长", [("director", None)]),
    ("chenjing", "陈静", "办公室", "办公室主任", [("office_head", None)]),
    ("lifang", "李芳", "财务股", "财务负责人", [("finance_head", None)]),
    ("zhaomin", "赵敏", "财务股", "会计", [("accountant", None)]),
    ("sunli", "孙丽", "财务股", "出纳", [("cashier", None)]),
    ("zhouqiang", "周强", "办公室", "副局长", [("leader_in_charge", "待遇保障股"), ("leader_in_charge", "办公室")]),
    ("zhangwei", "张伟", "待遇保障股", "股长", [("section_head", "待遇保障股")]),
    ("liuyang", "刘洋", "待遇保障股", "科员", [("handler", None)]),
)
DEPARTMENTS = (("办公室", "bureau"), ("财务股", "bureau"), ("待遇保障股", "bureau"))


def build_sample(desk: Desk) -> None:
    initialise(desk, bureau_name="金川区医疗保障局", bureau_code="JC-YB", admin_username="admin",
               admin_password=ADMIN_PASSWORD, allow_published=True)  # the README demo passwords (SEC-05)
    admin = desk.act_as("admin")
    depts = {name: desk.org.add_department(admin, name, unit) for name, unit in DEPARTMENTS}
    for username, name, dept, title, positions in PEOPLE:
        staff_id = desk.org.add_staff(admin, name, depts[dept], title)
        for position, scope in positions:
            desk.org.assign_position(admin, staff_id, position, depts[scope] if scope else None)
        desk.accounts.create_account(admin, staff_id, username, PASSWORD, must_change=False, allow_published=True)
        desk.sheets.enrol(admin, staff_id, PASSWORD, ADMIN_PASSWORD,  # the CA passphrase: the admin password
                          allow_published=True)
    svc = desk.approvals
    liu = desk.act_as("liuyang")
    docs = [
        svc.create_draft(liu, "expense_claim", "参加省医保局业务培训报销", purpose="培训费、资料费", amount="1280.50"),
        svc.create_draft(liu, "expense_claim", "医保信息系统维护费", purpose="年度运维服务", amount="45600"),
        svc.create_draft(liu, "trip_approval", "赴省城参加基金监管会议", purpose="基金监管专题会议", days=5),
        svc.create_draft(liu, "seal_use", "医保待遇核定通知盖章", purpose="向参保单位发送通知"),
    ]
    for doc_id in docs:
        svc.submit(liu, doc_id)
    li = desk.act_as("lifang")
    svc.approve(li, docs[0], "经审核，票据齐全")
    svc.approve(li, docs[1], "同意，提交局长审定")
    svc.approve(desk.act_as("zhangwei"), docs[3], "同意用印")
    signed = svc.create_draft(liu, "expense_claim", SIGNED_TITLE, purpose="空调压缩机更换", amount="2300")
    svc.submit(liu, signed, passphrase=PASSWORD)  # issues the certified approval sheet
    svc.create_draft(liu, "supply_purchase", "采购打印纸及硒鼓", purpose="日常办公", amount="860")
