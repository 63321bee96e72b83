"""The office-supply sheets (issue 14 item 8) on the one sheet engine (:mod:`desktop.documents.render`,
CJK font embedded): 办公用品入库单 (SUPPLY-08), 发放登记册 (SUPPLY-09), 借用单/归还单 (SUPPLY-14),
采购计划 (SUPPLY-03), 询价比价表 (SUPPLY-05/06) and the 收发存汇总表 (SUPPLY-11). Printed, not signed
in the PDF: the signatures made in the app (a collector's receipt, the loan's condition checks, the
enquirers' confirmations) are shown as name and time. Layouts are data, as every sheet's; plain
values in (the dataclasses below), PDF bytes out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from desktop.documents.layout import SheetLayout, parse_layout

__all__ = ["LAYOUTS", "ReceiptSheet", "ReceiptSheetLine", "IssueRegister", "IssueRegisterLine", "LoanSheet",
           "LoanSignature", "PlanSheet", "PlanSheetLine", "QuotationSheet", "QuoteLine", "receipt_pdf",
           "issue_register_pdf", "loan_pdf", "plan_pdf", "quotation_pdf", "movement_report_pdf"]

ZERO = Decimal("0.00")


# Plain data ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReceiptSheetLine:
    code: str
    name: str
    specification: str
    unit: str
    quantity: int
    unit_price: Decimal
    amount: Decimal
    spec_ok: bool
    quality_ok: bool
    asset_card_no: str = ""
    note: str = ""


@dataclass(frozen=True)
class ReceiptSheet:
    bureau: str
    receipt_no: str
    kind_label: str  # 采购入库 / 期初建账
    purchase_no: str
    received_on: date
    supplier: str
    invoice_no: str
    location: str
    checker: str
    keeper: str
    maker: str
    lines: tuple[ReceiptSheetLine, ...]
    total: Decimal
    voucher_no: str = ""
    note: str = ""


@dataclass(frozen=True)
class IssueRegisterLine:
    issued_on: date
    issue_no: str
    department: str
    item: str  # name and specification
    unit: str
    quantity: int
    value: Decimal
    collector: str
    signed: str  # "黄磊 2026-06-12 09:30" or "未签收"
    note: str = ""  # 交旧领新 / the approval


@dataclass(frozen=True)
class IssueRegister:
    bureau: str
    first: date
    last: date
    department: str  # empty: every section
    maker: str
    lines: tuple[IssueRegisterLine, ...]


@dataclass(frozen=True)
class LoanSignature:
    stage: str  # lend | return
    role: str  # keeper | borrower
    name: str
    condition: str
    at: str


@dataclass(frozen=True)
class LoanSheet:
    bureau: str
    loan_no: str
    item: str
    quantity: int
    unit: str
    borrower: str
    department: str
    purpose: str
    requested_on: date
    due_on: date
    state_label: str
    consent: str  # the office head's decision: "同意 周敏 2026-06-02 10:15（note）" or "待审批"
    keeper: str
    signatures: tuple[LoanSignature, ...]
    lent_on: date | None = None
    returned_on: date | None = None
    damaged: bool = False
    compensation: Decimal = ZERO


@dataclass(frozen=True)
class PlanSheetLine:
    department: str
    code: str
    name: str
    specification: str
    unit: str
    quantity: int
    unit_price: Decimal
    note: str = ""

    @property
    def amount(self) -> Decimal:
        return (self.unit_price * self.quantity).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class PlanSheet:
    bureau: str
    purchase_no: str
    title: str
    period: str  # 2026年下半年 / 临时采购
    kind_label: str
    serial: str  # the approval document's serial
    document_state: str
    maker: str
    made_on: date
    lines: tuple[PlanSheetLine, ...]


@dataclass(frozen=True)
class QuoteLine:
    supplier: str
    agreement_supplier: bool
    quoted_on: date
    total: Decimal
    chosen: bool
    note: str = ""


@dataclass(frozen=True)
class QuotationSheet:
    bureau: str
    purchase_no: str
    title: str
    serial: str
    estimated_total: Decimal
    quotes: tuple[QuoteLine, ...]
    enquirers: tuple[tuple[str, str], ...]  # (name, confirmed at or "未确认")
    choice_reason: str
    procurement_ref: str
    maker: str
    made_on: date


# Layouts ---------------------------------------------------------------------------------------
_SIGN = {"attachments": False, "approval_title": "签　字", "printed": True}

LAYOUTS: dict[str, dict[str, Any]] = {
    "supply_receipt": {
        **_SIGN, "kind": "supply_receipt", "paper": "A4", "title": "办公用品入库单", "issuer": "制单",
        "rows": [[{"label": "入库类型", "value": "payload.kind_text"}, {"label": "采购单号", "value": "payload.purchase_no"},
                  {"label": "存放地点", "value": "payload.location"}],
                 [{"label": "供货单位", "value": "payload.supplier"}, {"label": "发票号码", "value": "payload.invoice_no"},
                  {"label": "记账凭证", "value": "payload.voucher_no"}],
                 [{"label": "备注", "value": "payload.note", "span": True}]],
        "tables": [{"label": "入库明细", "value": "payload.lines", "at": 2, "max_rows": 12, "totals": "合计",
                    "columns": [["编码", "code", 0.8], ["品名", "name", 1.1], ["规格型号", "specification", 2.0],
                                ["单位", "unit", 0.45], ["数量", "quantity", 0.5, "count"], ["单价", "price", 0.85],
                                ["金额", "amount", 1.0, "money"], ["规格", "spec_ok", 0.45],
                                ["质量", "quality_ok", 0.45], ["卡片/备注", "card", 1.0]]}],
        "amount": {"label": "合计金额"},
        "note": "注：由办公室指定人员核对种类、规格、数量与质量后填写本单，物品记入库存账（SUPPLY-08）；"
                "达到固定资产标准的，建立资产卡片，不记入库存（ASSET-13）。规格、质量：√ 相符，× 不符。",
    },
    "supply_issue_register": {
        **_SIGN, "kind": "supply_issue_register", "paper": "A4L", "title": "办公用品发放登记册", "issuer": "登记",
        "rows": [[{"label": "登记期间", "value": "payload.period_text"}, {"label": "领用部门", "value": "payload.department"},
                  {"label": "发放笔数", "value": "payload.count_text"}]],
        "tables": [{"label": "发放登记", "value": "payload.lines", "at": 1, "max_rows": 14, "totals": "合计",
                    "carry": True, "empty": "（本期无发放）",
                    "columns": [["日期", "date", 0.9], ["领用单号", "issue_no", 1.1], ["领用部门", "department", 1.2],
                                ["物品及规格", "item", 2.0], ["单位", "unit", 0.5], ["数量", "quantity", 0.6, "count"],
                                ["金额", "value", 1.0, "money"], ["领用人", "collector", 0.8],
                                ["签收", "signed", 1.55], ["备注", "note", 1.0]]}],
        "note": "注：各股室指定一名领用人，每次领用由领用人在本登记册签字（SUPPLY-09）；“签收”为领用人在本系统中"
                "以本人账户确认签收的姓名和时间。特殊办公用品交旧领新（SUPPLY-10）。",
    },
    "supply_loan": {
        **_SIGN, "kind": "supply_loan", "paper": "A4", "title": "办公用品借用单", "issuer": "保管人",
        "rows": [[{"label": "借用物品", "value": "payload.item"}, {"label": "数量", "value": "payload.quantity_text"}],
                 [{"label": "借用人", "value": "payload.borrower"}, {"label": "借用部门", "value": "payload.department"}],
                 [{"label": "申请日期", "value": "payload.requested_text"}, {"label": "应还日期", "value": "payload.due_text"},
                  {"label": "状态", "value": "payload.state_label"}],
                 [{"label": "借用用途", "value": "payload.purpose", "span": True}],
                 [{"label": "办公室负责人意见", "value": "payload.consent", "span": True}],
                 [{"label": "归还日期", "value": "payload.returned_text"}, {"label": "损坏遗失", "value": "payload.damage_text"},
                  {"label": "赔偿金额", "value": "payload.compensation_text"}]],
        "tables": [{"label": "借出验收（借用单）", "value": "payload.lend", "at": 5, "max_rows": 4,
                    "empty": "（尚未借出）",
                    "columns": [["签字", "role", 0.9], ["姓名", "name", 0.9], ["物品状况", "condition", 2.6],
                                ["签字时间", "at", 1.4]]},
                   {"label": "归还验收（归还单）", "value": "payload.back", "at": 5, "max_rows": 4,
                    "empty": "（尚未归还）",
                    "columns": [["签字", "role", 0.9], ["姓名", "name", 0.9], ["物品状况", "condition", 2.6],
                                ["签字时间", "at", 1.4]]}],
        "note": "注：借用部门申请，办公室负责人签字同意后借用；借出前保管人与借用人共同检查物品并在借用单上签字，"
                "归还时保管人检查物品并在归还单上签字（SUPPLY-14）；因保管不善丢失、损坏的照价赔偿（SUPPLY-12）。"
                "签字为各人在本系统中以本人账户确认的姓名和时间。",
    },
    "supply_plan": {
        **_SIGN, "kind": "supply_plan", "paper": "A4L", "title": "办公用品采购计划", "issuer": "编制",
        "rows": [[{"label": "计划期间", "value": "payload.period"}, {"label": "采购单号", "value": "payload.purchase_no"},
                  {"label": "审批单编号", "value": "payload.serial"}],
                 [{"label": "采购事项", "value": "payload.title"}, {"label": "审批状态", "value": "payload.state"}]],
        "tables": [{"label": "各股室需求", "value": "payload.lines", "at": 2, "max_rows": 12, "totals": "合计",
                    "carry": True, "empty": "（无采购项目）",
                    "columns": [["股室", "department", 1.3], ["编码", "code", 0.8], ["品名", "name", 1.5],
                                ["规格型号", "specification", 1.3], ["单位", "unit", 0.5],
                                ["数量", "quantity", 0.6, "count"], ["单价", "price", 0.85],
                                ["金额", "amount", 1.0, "money"], ["用途", "note", 1.6]]}],
        "amount": {"label": "计划金额"},
        "note": "注：各股室于6月30日前、12月30日前提交半年使用计划，办公室汇总为采购计划，经分管领导审核确认、"
                "主要领导同意，按规定提交集体研究决定后由办公室统一采购（SUPPLY-03，SUPPLY-01）；审批意见见同编号审批单。"
                "各股室“小计”行不重复计入合计。",
    },
    "supply_quotation": {
        **_SIGN, "kind": "supply_quotation", "paper": "A4", "title": "办公用品询价比价表", "issuer": "记录",
        "rows": [[{"label": "采购单号", "value": "payload.purchase_no"}, {"label": "审批单编号", "value": "payload.serial"}],
                 [{"label": "采购事项", "value": "payload.title"}, {"label": "预算金额", "value": "payload.estimate_text"}],
                 [{"label": "询价核对", "value": "payload.check_text", "span": True}],
                 [{"label": "选定供应商", "value": "payload.chosen_text", "span": True}],
                 [{"label": "选定理由", "value": "payload.reason", "span": True, "lines": 2}],
                 [{"label": "政府采购", "value": "payload.procurement_text", "span": True}]],
        "tables": [{"label": "供应商报价", "value": "payload.quotes", "at": 2, "max_rows": 10,
                    "empty": "（尚无报价）",
                    "columns": [["序号", "no", 0.5], ["供应商", "supplier", 2.8], ["协议供货", "agreement", 0.75],
                                ["报价日期", "date", 0.95], ["报价金额", "total", 1.0], ["选定", "chosen", 0.5],
                                ["备注", "note", 1.6]]},
                   {"label": "询价人", "value": "payload.enquirers", "at": 2, "max_rows": 6, "empty": "（未指定询价人）",
                    "columns": [["姓名", "name", 1.0], ["在本系统中确认询价", "confirmed", 2.0]]}],
        "note": "注：采购前由至少2人对3户以上经营者进行市场询价（SUPPLY-05）；政府采购有协议供货点的，原则上从协议"
                "供货点采购（SUPPLY-06）；属政府集中采购目录的，不得自行采购（SUPPLY-07）。",
    },
    "supply_movements": {
        **_SIGN, "kind": "supply_movements", "paper": "A4L", "title": "办公用品收发存汇总表", "issuer": "制表",
        "rows": [[{"label": "期间", "value": "payload.period_text"}, {"label": "存放地点", "value": "payload.location"},
                  {"label": "账实核对", "value": "payload.agree_text"}]],
        "tables": [{"label": "收发存", "value": "payload.rows", "at": 1, "max_rows": 14, "totals": "合计",
                    "carry": True, "empty": "（本期无库存和收发）",
                    "columns": [["物品（编码 名称 规格）", "item", 2.6], ["单位", "unit", 0.45],
                                ["期初数量", "oq", 0.7, "count"], ["期初金额", "ov", 1.05, "money"],
                                ["收入数量", "iq", 0.7, "count"], ["收入金额", "iv", 1.05, "money"],
                                ["发出数量", "xq", 0.7, "count"], ["发出金额", "xv", 1.05, "money"],
                                ["结存数量", "cq", 0.7, "count"], ["结存金额", "cv", 1.05, "money"]]}],
        "note": "注：本期收入含采购入库、退库和盘盈，本期发出含领用和盘亏；金额按移动加权平均成本；期初 + 收入 − 发出"
                " = 结存，与库存余额核对（SUPPLY-11）。每页末行“过次页”为至该页的累计，次页首行“承前页”与之相同。",
    },
}


@lru_cache(maxsize=None)
def _layout(kind: str) -> SheetLayout:
    return parse_layout(LAYOUTS[kind], f"supply_sheets:{kind}")


def _money(value: Decimal) -> str:
    from desktop.domain.money import format_amount

    return format_amount(value, symbol=True)


def _cn(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def _render(kind: str, bureau: str, *, serial: str, title: str, maker: str, on: date, payload: dict[str, Any],
            amount: Decimal = ZERO, department: str = "", steps: tuple[tuple[str, str, str], ...] = ()) -> bytes:
    from desktop.documents.render import SheetData, StepBox, render_sheet

    layout = _layout(kind)
    data = SheetData(bureau_name=bureau, kind=kind, kind_title=layout.title, serial=serial, title=title, purpose="",
                     amount=amount, days=0, category="", department=department, submitter=maker, submitted_on=on,
                     steps=tuple(StepBox(*s) for s in steps), payload=payload)
    return render_sheet(layout, data).pdf


def _tick(ok: bool) -> str:
    return "√" if ok else "×"


# Sheets ----------------------------------------------------------------------------------------
def receipt_pdf(sheet: ReceiptSheet) -> bytes:
    lines = [{"code": x.code, "name": x.name, "specification": x.specification, "unit": x.unit,
              "quantity": x.quantity, "price": _money(x.unit_price), "amount": str(x.amount),
              "spec_ok": _tick(x.spec_ok), "quality_ok": _tick(x.quality_ok), "card": x.asset_card_no or x.note}
             for x in sheet.lines]
    payload = {"kind_text": sheet.kind_label, "purchase_no": sheet.purchase_no or "—", "location": sheet.location,
               "supplier": sheet.supplier, "invoice_no": sheet.invoice_no, "voucher_no": sheet.voucher_no or "（未记账）",
               "note": sheet.note, "lines": lines}
    return _render("supply_receipt", sheet.bureau, serial=sheet.receipt_no, title=f"办公用品入库单 {sheet.receipt_no}",
                   maker=sheet.maker, on=sheet.received_on, payload=payload, amount=sheet.total,
                   steps=(("checker", "验收人", sheet.checker), ("keeper", "保管人", sheet.keeper)))


def issue_register_pdf(sheet: IssueRegister) -> bytes:
    lines = [{"date": f"{x.issued_on:%Y-%m-%d}", "issue_no": x.issue_no, "department": x.department, "item": x.item,
              "unit": x.unit, "quantity": x.quantity, "value": str(x.value), "collector": x.collector,
              "signed": x.signed, "note": x.note} for x in sheet.lines]
    span = f"{_cn(sheet.first)} 至 {_cn(sheet.last)}"
    payload = {"period_text": span, "department": sheet.department or "全部股室",
               "count_text": f"{len({x.issue_no for x in sheet.lines})} 笔 {len(sheet.lines)} 项", "lines": lines}
    return _render("supply_issue_register", sheet.bureau, serial="", title=f"办公用品发放登记册 {span}",
                   maker=sheet.maker, on=sheet.last, payload=payload, department=sheet.department)


def loan_pdf(sheet: LoanSheet) -> bytes:
    roles = {"keeper": "保管人", "borrower": "借用人"}

    def signed(stage: str) -> list[dict[str, str]]:
        return [{"role": roles.get(s.role, s.role), "name": s.name, "condition": s.condition, "at": s.at}
                for s in sorted(sheet.signatures, key=lambda s: (s.role != "keeper", s.at)) if s.stage == stage]

    returned = sheet.returned_on is not None
    payload = {"item": sheet.item, "quantity_text": f"{sheet.quantity}{sheet.unit}", "borrower": sheet.borrower,
               "department": sheet.department, "requested_text": _cn(sheet.requested_on), "due_text": _cn(sheet.due_on),
               "state_label": sheet.state_label, "purpose": sheet.purpose, "consent": sheet.consent,
               "returned_text": _cn(sheet.returned_on) if returned else "（未归还）",
               "damage_text": ("损坏或遗失" if sheet.damaged else "完好") if returned else "",
               "compensation_text": _money(sheet.compensation) if sheet.compensation else ("无" if returned else ""),
               "lend": signed("lend"), "back": signed("return")}
    return _render("supply_loan", sheet.bureau, serial=sheet.loan_no, title=f"办公用品借用单 {sheet.loan_no}",
                   maker=sheet.keeper, on=sheet.lent_on or sheet.requested_on, payload=payload,
                   department=sheet.department)


def plan_pdf(sheet: PlanSheet) -> bytes:
    rows: list[dict[str, Any]] = []
    by_dept: dict[str, list[PlanSheetLine]] = {}
    for x in sheet.lines:
        by_dept.setdefault(x.department or "（未分股室）", []).append(x)
    total = ZERO
    for dept, lines in by_dept.items():
        for x in lines:
            rows.append({"department": dept, "code": x.code, "name": x.name, "specification": x.specification,
                         "unit": x.unit, "quantity": x.quantity, "price": _money(x.unit_price),
                         "amount": str(x.amount), "note": x.note})
        subtotal = sum((x.amount for x in lines), ZERO)
        total += subtotal
        if len(by_dept) > 1:
            rows.append({"department": f"{dept} 小计", "amount": str(subtotal), "_subtotal": True})
    payload = {"period": sheet.period, "purchase_no": sheet.purchase_no, "serial": sheet.serial or "（未提交审批）",
               "title": sheet.title, "state": sheet.document_state, "lines": rows}
    return _render("supply_plan", sheet.bureau, serial=sheet.purchase_no, title=f"办公用品采购计划 {sheet.purchase_no}",
                   maker=sheet.maker, on=sheet.made_on, payload=payload, amount=total)


def quotation_pdf(sheet: QuotationSheet) -> bytes:
    quotes = [{"no": str(i), "supplier": q.supplier, "agreement": "是" if q.agreement_supplier else "否",
               "date": f"{q.quoted_on:%Y-%m-%d}", "total": _money(q.total), "chosen": "★" if q.chosen else "",
               "note": q.note} for i, q in enumerate(sheet.quotes, start=1)]
    enquirers = [{"name": n, "confirmed": at} for n, at in sheet.enquirers]
    confirmed = sum(1 for _, at in sheet.enquirers if at and at != "未确认")
    ok = len(sheet.quotes) >= 3 and confirmed >= 2
    check = (f"报价 {len(sheet.quotes)} 家，询价人 {len(sheet.enquirers)} 人（已确认 {confirmed} 人）："
             + ("符合至少2人向3户以上询价的要求" if ok else "不足至少2人向3户以上询价的要求"))
    chosen = next((q for q in sheet.quotes if q.chosen), None)
    chosen_text = (f"{chosen.supplier}　报价 {_money(chosen.total)}"
                   + ("（政府采购协议供货点）" if chosen.agreement_supplier else "")) if chosen else "（尚未选定）"
    if chosen and not chosen.agreement_supplier and any(q.agreement_supplier for q in sheet.quotes):
        chosen_text += "　注意：未选协议供货点"
    payload = {"purchase_no": sheet.purchase_no, "serial": sheet.serial or "（未提交审批）", "title": sheet.title,
               "estimate_text": _money(sheet.estimated_total), "check_text": check, "chosen_text": chosen_text,
               "reason": sheet.choice_reason, "procurement_text": sheet.procurement_ref or "—",
               "quotes": quotes, "enquirers": enquirers}
    return _render("supply_quotation", sheet.bureau, serial=sheet.purchase_no,
                   title=f"办公用品询价比价表 {sheet.purchase_no}", maker=sheet.maker, on=sheet.made_on,
                   payload=payload)


def movement_report_pdf(bureau: str, maker: str, report: Any) -> bytes:
    """收发存汇总表 of a ``MovementReport`` (services.supply_reports)."""
    rows = [{"item": " ".join(x for x in (r.code, r.name, r.specification) if x), "unit": r.unit,
             "oq": r.opening_quantity, "ov": str(r.opening_value), "iq": r.in_quantity, "iv": str(r.in_value),
             "xq": r.out_quantity, "xv": str(r.out_value), "cq": r.closing_quantity, "cv": str(r.closing_value)}
            for r in report.rows]
    span = f"{report.title}（{report.first:%Y-%m-%d} 至 {report.last:%Y-%m-%d}）"
    agree = "结存与库存余额相符" if report.agrees else "不符：" + "；".join(report.mismatches[:3])
    payload = {"period_text": span, "location": report.location_name or "全部存放地点", "agree_text": agree,
               "rows": rows}
    return _render("supply_movements", bureau, serial="", title=f"办公用品收发存汇总表 {report.title}", maker=maker,
                   on=report.last, payload=payload)
