"""Claims, budget lines, advances and payments as pure rules (errors as values, no I/O).

* Invoice lines and the claim itself: VOUCH-01/03 (an invoice claimed once), VOUCH-05 (purpose),
  VOUCH-15 (the declared amount equals the sum of the lines), VOUCH-04 (attachments by type),
  VOUCH-17 (a written contract for procurement and non-routine spending ≥ the threshold).
* Budget lines: what remains, overrun refused or flagged, special funds only for their class (VOUCH-21).
* Payment: official card catalogue (VOUCH-09), zero-balance account never to the unit's own accounts
  (VOUCH-10), cash limit and no cash for meetings (VOUCH-11, MEET-12).
* The voucher a paid claim or an issued advance drafts (政府会计制度, 平行记账).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterable, Sequence

from desktop.domain.approval.model import Problem
from desktop.domain.finance.balances import settle_advance
from desktop.domain.finance.vouchers import LineInput
from desktop.domain.money import to_chinese_upper

__all__ = ["InvoiceLine", "BudgetFacts", "PaidPart", "ClaimDims", "ZERO", "MAX_INVOICES", "ATTACHMENT_KINDS",
           "invoice_problems", "duplicate_invoice", "claim_problems", "contract_required", "budget_problems",
           "remaining", "payment_problems", "expense_account", "claim_voucher_lines", "advance_voucher_lines",
           "settlement_payments", "amount_in_words", "PAYMENT_METHODS", "EXPENSE_ADMIN", "EXPENSE_BUSINESS",
           "RECEIVABLE", "BUDGET_EXPENSE", "BUDGET_FUNDS", "MANAGEMENT_WORDS"]

ZERO = Decimal("0.00")
MAX_INVOICES = 200
PAYMENT_METHODS = {"official_card": "公务卡", "bank_transfer": "银行转账", "cash": "现金"}
# VOUCH-04: attachments by type (invoice scans come with their invoice lines).
ATTACHMENT_KINDS = {"invoice": "发票", "contract": "合同", "explanation": "情况说明", "acceptance": "验收单",
                    "list": "清单", "minutes": "会议纪要", "other": "其他"}

# 政府会计制度 subjects used by the claim's voucher.
EXPENSE_BUSINESS = "5001"  # 业务活动费用: the bureau's business sections
EXPENSE_ADMIN = "5101"  # 单位管理费用: management sections, and the default
RECEIVABLE = "1218"  # 其他应收款: an advance issued and not yet settled
BUDGET_EXPENSE = "7101"  # 行政支出
BUDGET_FUNDS = "8001"  # 资金结存
# A department whose name holds one of these is a management section (expense 5101).
MANAGEMENT_WORDS = ("办公室", "财务", "局领导", "人事", "综合", "党")


@dataclass(frozen=True)
class InvoiceLine:
    category: str
    invoice_code: str
    invoice_number: str
    issued_on: date
    issuer: str
    amount: Decimal


@dataclass(frozen=True)
class BudgetFacts:
    id: int
    code: str
    name: str
    year: int
    economic_class: str
    special: bool
    active: bool
    approved: Decimal
    spent: Decimal
    committed: Decimal
    purpose: str = ""


@dataclass(frozen=True)
class PaidPart:
    """One payment row as the voucher sees it."""

    purpose: str  # claim | advance | refund | top_up
    account_code: str
    amount: Decimal


@dataclass(frozen=True)
class ClaimDims:
    """The auxiliary dimensions carried on every line of a claim's voucher."""

    department_id: int | None = None
    project: str = ""
    payee: str = ""
    functional_class: str = ""
    economic_class: str = ""


def amount_in_words(amount: Decimal) -> str:
    """The capitals printed beside the figures: always made from them (VOUCH-01, VOUCH-CP1)."""
    return to_chinese_upper(amount)


def remaining(line: BudgetFacts) -> Decimal:
    return line.approved - line.spent - line.committed


# Invoices and the claim -----------------------------------------------------------------------
def invoice_problems(lines: Sequence[InvoiceLine]) -> list[Problem]:
    """Each line complete and positive; the same invoice twice on one claim refused (VOUCH-03)."""
    problems: list[Problem] = []
    if not lines:
        problems.append(Problem("VOUCH-04", "claim.invoices", "报销单至少要有一张发票（不得白条入账）"))
    if len(lines) > MAX_INVOICES:
        problems.append(Problem("VOUCH-04", "claim.invoices_many", f"一张报销单最多 {MAX_INVOICES} 张发票"))
    seen: dict[tuple[str, str], int] = {}
    for n, inv in enumerate(lines, 1):
        if not inv.invoice_number.strip():
            problems.append(Problem("VOUCH-03", f"invoice[{n}].number", f"第{n}张发票：请填写发票号码"))
        if not inv.issuer.strip():
            problems.append(Problem("VOUCH-03", f"invoice[{n}].issuer", f"第{n}张发票：请填写开票单位"))
        if not inv.category.strip():
            problems.append(Problem("VOUCH-04", f"invoice[{n}].category", f"第{n}张发票：请填写费用类别"))
        if inv.amount <= 0:
            problems.append(Problem("VOUCH-01", f"invoice[{n}].amount", f"第{n}张发票：金额须大于零"))
        key = (inv.invoice_code.strip(), inv.invoice_number.strip())
        if key[1] and key in seen:
            problems.append(Problem("VOUCH-03", f"invoice[{n}].duplicate",
                                    f"第{n}张发票与第{seen[key]}张是同一张发票（代码{key[0] or '无'} 号码{key[1]}）"))
        seen.setdefault(key, n)
    return problems


def duplicate_invoice(n: int, code: str, number: str, first_serial: str, claimant: str) -> Problem:
    """VOUCH-01/03: the invoice is already on another claim; name that claim and its claimant."""
    return Problem("VOUCH-03", f"invoice[{n}].claimed",
                   f"第{n}张发票（代码{code or '无'} 号码{number}）已在报销单 {first_serial}（{claimant}）中报销，不得重复报销")


def contract_required(*, procurement: bool, routine: bool, total: Decimal, threshold: Decimal) -> bool:
    """VOUCH-17: all government procurement, and non-routine spending ≥ the threshold (inclusive)."""
    return procurement or (not routine and total >= threshold)


def claim_problems(*, purpose: str, invoices: Sequence[InvoiceLine], declared: Decimal | None,
                   attachment_kinds: Iterable[str], procurement: bool, routine: bool,
                   contract_threshold: Decimal) -> list[Problem]:
    """Every reason the claim cannot be stored or submitted (VOUCH-05/15/04/17), all at once."""
    problems: list[Problem] = []
    if not purpose.strip():
        problems.append(Problem("VOUCH-05", "claim.purpose", "请写明用途（经办人签字并注明用途）"))
    problems += invoice_problems(invoices)
    total = sum((i.amount for i in invoices), ZERO)
    if declared is not None and declared != total:
        problems.append(Problem("VOUCH-15", "claim.total",
                                f"报销金额 ¥{declared:,.2f}（{amount_in_words(declared)}）与发票合计 ¥{total:,.2f}"
                                f"（{amount_in_words(total)}）不一致"))
    kinds = set(attachment_kinds)
    unknown = sorted(kinds - set(ATTACHMENT_KINDS))
    if unknown:
        problems.append(Problem("VOUCH-04", "claim.attachment_kind",
                                f"附件类型 {'、'.join(unknown)} 不认识；可用：{'、'.join(ATTACHMENT_KINDS)}"))
    if contract_required(procurement=procurement, routine=routine, total=total, threshold=contract_threshold) \
            and "contract" not in kinds:
        why = "政府采购" if procurement else f"非日常公务支出 {total:,.2f} 元达到 {contract_threshold:,.2f} 元"
        problems.append(Problem("VOUCH-17", "claim.contract", f"{why}，须附书面合同"))
    return problems


# Budget lines ------------------------------------------------------------------------------------
def budget_problems(line: BudgetFacts | None, *, amount: Decimal, economic_class: str, year: int,
                    overrun: str) -> tuple[list[Problem], bool]:
    """(problems, over_budget): the claim against its budget line. ``overrun`` is the bureau's
    setting: ``refuse`` refuses an amount above what remains, ``flag`` lets it through flagged."""
    if line is None:
        return [], False
    problems: list[Problem] = []
    if not line.active:
        problems.append(Problem("VOUCH-21", "budget.inactive", f"预算指标 {line.code} {line.name} 已停用"))
    if line.year != year:
        problems.append(Problem("VOUCH-21", "budget.year", f"预算指标 {line.code} 是 {line.year} 年度的，不能用于 {year} 年的支出"))
    if line.special and economic_class != line.economic_class:
        problems.append(Problem("VOUCH-21", "budget.special",
                                f"专项资金 {line.code} {line.name} 只能用于经济分类 {line.economic_class}"
                                f"{'（' + line.purpose + '）' if line.purpose else ''}，不能用于 {economic_class or '未填经济分类'}"))
    left = remaining(line)
    over = amount > left
    if over and overrun != "flag":
        problems.append(Problem("VOUCH-21", "budget.overrun",
                                f"超出预算指标：{line.code} {line.name} 剩余 ¥{left:,.2f}，本次报销 ¥{amount:,.2f}"))
    return problems, over


# Payment -----------------------------------------------------------------------------------------
def payment_problems(*, method: str, account_code: str, cash_kind: str, amount: Decimal, cash_limit: Decimal,
                     cash_allowed: bool, official_card_class: bool, explanation_approved: bool,
                     to_own_account: bool, economic_class: str = "") -> list[Problem]:
    """Every reason the cashier cannot pay this way (VOUCH-09/10/11, MEET-12)."""
    problems: list[Problem] = []
    if method not in PAYMENT_METHODS:
        problems.append(Problem("VOUCH-04", "payment.method", f"付款方式须为：{'、'.join(PAYMENT_METHODS.values())}"))
        return problems
    if not cash_kind:
        problems.append(Problem("VOUCH-10", "payment.account", f"科目 {account_code} 不是库存现金、银行存款或零余额账户"))
    if method == "cash":
        if not cash_allowed:
            problems.append(Problem("MEET-12", "payment.cash_meeting", "会议费须以银行转账或公务卡结算，禁止现金结算"))
        if amount > cash_limit:
            problems.append(Problem("VOUCH-11", "payment.cash_limit",
                                    f"现金支付 ¥{amount:,.2f} 超过本单位现金结算限额 ¥{cash_limit:,.2f}，请转账或用公务卡"))
        if cash_kind and cash_kind != "cash":
            problems.append(Problem("VOUCH-11", "payment.cash_account", f"现金付款须从库存现金（1001）支付，不是 {account_code}"))
    elif cash_kind == "cash":
        problems.append(Problem("VOUCH-10", "payment.account_method", "公务卡或转账付款不能记在库存现金科目"))
    if official_card_class and method != "official_card" and not explanation_approved:
        problems.append(Problem("VOUCH-09", "payment.official_card",
                                f"经济分类 {economic_class} 属公务卡强制结算目录，须用公务卡结算；"
                                "否则须附经办人的书面说明，并经财务负责人审核签字"))
    if to_own_account and cash_kind == "zero_balance":
        problems.append(Problem("VOUCH-10", "payment.zero_balance_own", "严禁从零余额账户向本单位其他账户转账"))
    return problems


# Vouchers ----------------------------------------------------------------------------------------
def expense_account(department_name: str) -> str:
    """5001 业务活动费用 for a business section; 5101 单位管理费用 for a management section or none."""
    name = (department_name or "").strip()
    if not name or any(word in name for word in MANAGEMENT_WORDS):
        return EXPENSE_ADMIN
    return EXPENSE_BUSINESS


def settlement_payments(advanced: Decimal, claimed: Decimal) -> list[tuple[str, Decimal]]:
    """The payment rows an advance's settlement records: ``refund`` (应退, back from the borrower)
    or ``top_up`` (应补, paid out); none when the claim equals the advance."""
    s = settle_advance(advanced, claimed)
    if s.returned:
        return [("refund", s.returned)]
    if s.paid_extra:
        return [("top_up", s.paid_extra)]
    return []


def claim_voucher_lines(*, summary: str, total: Decimal, expense: str, advanced: Decimal,
                        payments: Sequence[PaidPart], dims: ClaimDims) -> list[LineInput]:
    """A paid claim's voucher (平行记账):

    financial  Dr expense (5001/5101) total; Cr 1218 the advance settled; Cr the paid-from account
               for what was paid (claim / top_up); Dr the receiving account for a refund (应退);
    budget     Dr 7101 行政支出 / Cr 8001 资金结存 for the amount actually spent (= total).
    """
    def line(account: str, debit: Decimal = ZERO, credit: Decimal = ZERO, text: str = summary) -> LineInput:
        return LineInput(account, text[:200], debit, credit, dims.department_id, dims.project, dims.payee,
                         dims.functional_class, dims.economic_class)

    lines = [line(expense, debit=total)]
    if advanced:
        lines.append(line(RECEIVABLE, credit=advanced, text=f"{summary}（冲借款）"))
    for p in payments:
        if p.purpose in ("claim", "top_up") and p.amount:
            lines.append(line(p.account_code, credit=p.amount, text=summary if p.purpose == "claim" else f"{summary}（补付）"))
        elif p.purpose == "refund" and p.amount:
            lines.append(line(p.account_code, debit=p.amount, text=f"{summary}（退回借款）"))
    if total:
        lines.append(line(BUDGET_EXPENSE, debit=total))
        lines.append(line(BUDGET_FUNDS, credit=total))
    return lines


def advance_voucher_lines(*, summary: str, amount: Decimal, account_code: str, dims: ClaimDims) -> list[LineInput]:
    """An advance issued: Dr 1218 其他应收款 / Cr the paid-from account; no budget entry (its
    settlement records the spending)."""
    return [LineInput(RECEIVABLE, summary[:200], amount, ZERO, dims.department_id, dims.project, dims.payee,
                      dims.functional_class, dims.economic_class),
            LineInput(account_code, summary[:200], ZERO, amount, dims.department_id, dims.project, dims.payee,
                      dims.functional_class, dims.economic_class)]
