"""Schemas for the finance claim side: expense claims with invoice lines (报销单), budget lines
(预算指标) and advances (借款单). Limits on every text, count and amount; every problem at once."""

from decimal import Decimal
from typing import Any

from pydantic import Field

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.fields import day, flag, line, money, optional_id, text, year
from desktop.domain.input_gate.problems import GateModel, check, object_problems
from desktop.domain.input_gate.travel import account_no

__all__ = ["InvoiceInput", "AttachmentRef", "ClaimInput", "BudgetLineInput", "AdvanceInput", "read_claim",
           "read_budget_line", "read_advance", "CLAIM_LABELS", "MAX_INVOICES", "MAX_ATTACHMENTS", "read_voucher_lines",
           "VoucherLineRecord"]

MAX_INVOICES = 200
MAX_ATTACHMENTS = 50

CLAIM_LABELS = {"": "报销单", "title": "标题", "purpose": "用途", "economic_class": "经济分类",
                "functional_class": "功能分类", "budget_line": "预算指标", "budget_line_id": "预算指标",
                "amount": "报销金额", "procurement": "政府采购", "routine": "日常公务支出", "payee": "收款人",
                "bank": "开户行", "account": "账号", "advance": "借款单", "project": "项目",
                "invoices": "发票", "category": "费用类别", "code": "发票代码", "number": "发票号码", "date": "开票日期",
                "issuer": "开票单位", "file": "扫描件", "attachments": "附件", "kind": "附件类型",
                "year": "年度", "name": "名称", "department_id": "部门", "special": "专项资金", "approved": "批复金额",
                "active": "启用"}



class InvoiceInput(GateModel):
    category: line(32)
    code: line(20) = ""
    number: line(20)
    date: day()
    issuer: line(200)
    amount: money("100000000")
    file: line(200) = ""


class AttachmentRef(GateModel):
    kind: line(32)
    file: line(200)


class ClaimInput(GateModel):
    title: line(200) = ""
    purpose: text(500) = ""
    economic_class: line(10) = ""
    functional_class: line(10) = ""
    project: line(100) = ""
    budget_line: line(40) = ""
    budget_line_id: optional_id() = None
    amount: money("100000000", nullable=True) = None
    procurement: flag() = False
    routine: flag() = True
    payee: line(100) = ""
    bank: line(100) = ""
    account: account_no() = ""
    advance: optional_id() = None
    invoices: list[InvoiceInput] = Field(default_factory=list, max_length=MAX_INVOICES)
    attachments: list[AttachmentRef] = Field(default_factory=list, max_length=MAX_ATTACHMENTS)


class BudgetLineInput(GateModel):
    year: year()
    code: line(40)
    name: line(200)
    economic_class: line(10)
    functional_class: line(10) = ""
    project: line(100) = ""
    department_id: optional_id() = None
    special: flag() = False
    purpose: text(1000) = ""
    approved: money("10000000000") = Decimal("0.00")
    active: flag() = True


class AdvanceInput(GateModel):
    title: line(200) = ""
    purpose: text(500) = ""
    amount: money("100000000")
    budget_line: line(40) = ""
    economic_class: line(10) = ""


def read_claim(data: Any) -> tuple[ClaimInput | None, list[Problem]]:
    problems = object_problems(data, rule="VOUCH-04", prefix="claim", label="报销单")
    if problems:
        return None, problems
    return check(ClaimInput, data, rule="VOUCH-04", prefix="claim", labels=CLAIM_LABELS,
                 rules={"purpose": "VOUCH-05", "amount": "VOUCH-01", "invoices": "VOUCH-03"})


def read_budget_line(data: Any) -> tuple[BudgetLineInput | None, list[Problem]]:
    problems = object_problems(data, rule="VOUCH-21", prefix="budget", label="预算指标")
    if problems:
        return None, problems
    record, problems = check(BudgetLineInput, data, rule="VOUCH-21", prefix="budget", labels=CLAIM_LABELS)
    if record is not None:
        for name in ("code", "name", "economic_class"):
            if not getattr(record, name):
                problems.append(Problem("VOUCH-21", f"budget.{name}", f"{CLAIM_LABELS[name]}：必须填写"))
    return (record if not problems else None), problems


def read_advance(data: Any) -> tuple[AdvanceInput | None, list[Problem]]:
    problems = object_problems(data, rule="VOUCH-05", prefix="advance", label="借款单")
    if problems:
        return None, problems
    record, problems = check(AdvanceInput, data, rule="VOUCH-05", prefix="advance", labels=CLAIM_LABELS,
                             rules={"amount": "VOUCH-01"})
    if record is not None and not record.purpose:
        problems.append(Problem("VOUCH-05", "advance.purpose", "用途：必须填写"))
    if record is not None and record.amount <= 0:
        problems.append(Problem("VOUCH-01", "advance.amount", "借款金额须大于零"))
    return (record if not problems else None), problems





class VoucherLineRecord(GateModel):
    account: line(20)
    summary: line(200) = ""
    debit: money("100000000") = Decimal("0.00")
    credit: money("100000000") = Decimal("0.00")
    department_id: optional_id() = None
    project: line(100) = ""
    payee: line(100) = ""
    functional_class: line(10) = ""
    economic_class: line(10) = ""


class VoucherLinesInput(GateModel):
    lines: list[VoucherLineRecord] = Field(max_length=200)


def read_voucher_lines(data: Any) -> tuple[list[VoucherLineRecord] | None, list[Problem]]:
    """Lines the accountant gives in place of a claim's proposal (a JSON list)."""
    record, problems = check(VoucherLinesInput, {"lines": data}, rule="VOUCH-14", prefix="voucher",
                             labels={"": "凭证", "lines": "分录", "account": "科目", "summary": "摘要", "debit": "借方",
                                     "credit": "贷方", "department_id": "部门", "project": "项目", "payee": "往来单位",
                                     "functional_class": "功能分类", "economic_class": "经济分类"})
    return (list(record.lines) if record is not None else None), problems
