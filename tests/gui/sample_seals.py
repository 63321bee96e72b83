"""Seals for the sample bureau (tests/gui/sample_bureau.py), made through the services as the office
would: each requested (刘洋), approved (陈静 办公室主任, 王建国 局长), filed with the police and enabled
by the office head; one seal left filed (not enabled); the cheque book with the cashier; and one
seal use request approved and waiting for the seal."""

from __future__ import annotations

from datetime import date

from desktop.documents.pdf_content import render_text_document
from desktop.services.desk import Desk
from tests.gui.sample_bureau import ADMIN_PASSWORD, PASSWORD

BUREAU = "金川区医疗保障局"
# kind, name, custodian (None: left filed), storage place, department
SEALS = (
    ("administrative", f"{BUREAU}行政公章", "chenjing", "办公室保险柜", "办公室"),
    ("finance", f"{BUREAU}财务专用章", "zhaomin", "财务室保险柜（会计）", "财务股"),
    ("legal_rep", "法人名章（王建国）", "sunli", "财务室保险柜（出纳）", "财务股"),
    ("section", f"{BUREAU}待遇保障股业务专用章", "zhangwei", "待遇保障股文件柜", "待遇保障股"),
    ("contract", f"{BUREAU}合同专用章", None, "", "办公室"),
)
USE_TITLE = "关于商请协助开展医保政策宣传的函"


def use_pdf(title: str = USE_TITLE) -> bytes:
    return render_text_document(BUREAU, title, ["区卫生健康局：", "为做好医保政策宣传，特商请协助。"], date(2026, 11, 20))


def add_seals(desk: Desk) -> dict[str, int]:
    u = {name: desk.act_as(name) for name in ("liuyang", "chenjing", "wangjianguo", "zhangwei", "zhaomin", "sunli")}
    depts = {d.name: d.id for d in desk.org.departments(u["chenjing"])}
    s = desk.seals
    ids: dict[str, int] = {}
    for n, (kind, name, keeper, place, dept) in enumerate(SEALS, 1):
        seal_id = s.request_engraving(u["liuyang"], kind, name, "机构印章启用（系统登记）", department_id=depts[dept],
                                      passphrase=PASSWORD)
        doc = s.seal(u["chenjing"], seal_id).engraving_document_id
        desk.approvals.approve(u["chenjing"], doc, "同意刻制", passphrase=PASSWORD)
        desk.approvals.approve(u["wangjianguo"], doc, "同意", passphrase=PASSWORD)
        s.record_filing(u["chenjing"], seal_id, f"公刻备〔2026〕{40 + n}号", date(2026, 3, 2), "金川区公安分局指定刻章社")
        if keeper is not None:
            s.enable(u["chenjing"], seal_id, custodian_id=u[keeper].staff_id, custodian_passphrase=PASSWORD,
                     ca_passphrase=ADMIN_PASSWORD, storage_place=place, enabled_on=date(2026, 3, 10))
        ids[kind] = seal_id
    ids["cheque_book"] = s.register_item(u["chenjing"], "cheque_book", "零余额账户支票簿",
                                         custodian_id=u["sunli"].staff_id, storage_place="财务室保险柜（出纳）",
                                         department_id=depts["财务股"])
    doc = s.request_use(u["liuyang"], ids["administrative"], USE_TITLE, recipient="区卫生健康局", copies=2,
                        purpose="政策宣传", document_pdf=use_pdf(), filename="函.pdf", passphrase=PASSWORD)
    desk.approvals.approve(u["zhangwei"], doc, "同意用印", passphrase=PASSWORD)
    desk.approvals.approve(u["wangjianguo"], doc, "同意签发", passphrase=PASSWORD)
    return ids
