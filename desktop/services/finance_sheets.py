"""What the finance sheets print, read from the finance tables (not from document payload): the
记账凭证 from its Voucher and VoucherLines, the 报销单 with its invoice list, budget line and
advance settlement, the 借款单 from its Advance. Called by ``SheetService._sheet_data`` for these
kinds; a claim with no Claim row yet prints what its document holds.

Every amount printed twice (figures and capitals) comes from one Decimal: the sheet's ``amount``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.finance.balances import settle_advance
from desktop.domain.money import format_amount
from desktop.persistence.schema import (
    Advance,
    BudgetLine,
    Claim,
    Department,
    Document,
    Invoice,
    LedgerAccount,
    Payment,
    Staff,
    Voucher,
    VoucherLine,
)

__all__ = ["FINANCE_KINDS", "finance_sheet", "voucher_rows", "cn_date", "trial_balance_pdf", "journal_pdf", "JOURNAL_TITLES",
           "gallery_weight"]

FINANCE_KINDS = frozenset({"voucher", "expense_claim", "advance"})
ZERO = Decimal("0.00")
PAYMENT_METHODS = {"official_card": "公务卡", "bank_transfer": "银行转账", "cash": "现金"}
ADVANCE_STATES = {"requested": "待付款", "issued": "已借出", "settled": "已结清"}


def cn_date(day: Any) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def _money(value: Decimal) -> str:
    return format_amount(value, symbol=True)


def _name(session: Session, staff_id: int | None) -> str:
    staff = session.get(Staff, staff_id) if staff_id else None
    return staff.name if staff else ""


def finance_sheet(session: Session, doc: Document, payload: dict[str, Any]) -> tuple[dict[str, Any], Decimal]:
    """The payload and amount a finance document's sheet prints (``payload`` is the document's own)."""
    if doc.kind == "voucher":
        return _voucher(session, doc, payload)
    if doc.kind == "expense_claim":
        return _claim(session, doc, payload)
    if doc.kind == "advance":
        return _advance(session, doc, payload)
    return payload, doc.amount


# 记账凭证 ----------------------------------------------------------------------------------------
def _classes() -> tuple[dict[str, str], dict[str, str]]:
    from desktop.services.books import shipped_economic_classes, shipped_functional_classes

    return {e.code: e.name for e in shipped_economic_classes()}, dict(shipped_functional_classes())


def voucher_rows(session: Session, voucher: Voucher) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The financial and the budget lines as the sheet's table rows, with the auxiliary dimensions
    as the account cell's note."""
    economic, functional = _classes()
    depts = {d.id: d.name for d in session.execute(select(Department).where(
        Department.bureau_id == voucher.bureau_id)).scalars()}
    out: dict[str, list[dict[str, Any]]] = {"financial": [], "budget": []}
    for line, code, name in session.execute(
            select(VoucherLine, LedgerAccount.code, LedgerAccount.name)
            .join(LedgerAccount, LedgerAccount.id == VoucherLine.account_id)
            .where(VoucherLine.voucher_id == voucher.id).order_by(VoucherLine.line_no)).all():
        aux = []
        if line.department_id:
            aux.append(f"部门 {depts.get(line.department_id, '')}")
        if line.project:
            aux.append(f"项目 {line.project}")
        if line.payee:
            aux.append(f"往来 {line.payee}")
        if line.functional_class:
            aux.append(f"功能 {line.functional_class} {functional.get(line.functional_class, '')}".rstrip())
        if line.economic_class:
            aux.append(f"经济 {line.economic_class} {economic.get(line.economic_class, '')}".rstrip())
        row: dict[str, Any] = {"summary": line.summary, "code": code, "account": name,
                               "debit": str(line.debit) if line.debit else "",
                               "credit": str(line.credit) if line.credit else ""}
        if aux:
            row["_notes"] = {"account": "\n".join(aux)}
        out[line.side if line.side in out else "financial"].append(row)
    return out["financial"], out["budget"]


def _voucher(session: Session, doc: Document, payload: dict[str, Any]) -> tuple[dict[str, Any], Decimal]:
    voucher = session.execute(select(Voucher).where(Voucher.document_id == doc.id)).scalar_one_or_none()
    if voucher is None:
        return {**payload, "financial_lines": [], "budget_lines": []}, doc.amount
    financial, budget = voucher_rows(session, voucher)
    # 出纳: whoever paid the money this voucher records (its payments, else the source document's).
    cashiers = session.execute(select(Payment.cashier_id).where(Payment.voucher_id == voucher.id)
                               .order_by(Payment.id)).scalars().all()
    if not cashiers and voucher.source_document_id:
        cashiers = session.execute(select(Payment.cashier_id).where(
            Payment.document_id == voucher.source_document_id).order_by(Payment.id)).scalars().all()
    cashier = "、".join(dict.fromkeys(_name(session, c) for c in cashiers if c))
    reversed_no = ""
    if voucher.reverses_id:
        original = session.get(Voucher, voucher.reverses_id)
        reversed_no = f"冲销 {original.voucher_no}" if original else ""
    source = session.get(Document, voucher.source_document_id) if voucher.source_document_id else None
    return {**payload,
            "voucher_date": cn_date(voucher.voucher_date),
            "voucher_word": f"记字第 {voucher.number} 号",
            "attachments": voucher.attachments,
            "financial_lines": financial, "budget_lines": budget,
            "maker": _name(session, voucher.maker_id),
            "poster": _name(session, voucher.posted_by),
            "cashier": cashier,
            "source": " ".join(x for x in (source.serial if source else "", reversed_no) if x) or "—",
            }, voucher.total


# 报销单 --------------------------------------------------------------------------------------------
def _budget_text(line: BudgetLine | None) -> str:
    if line is None:
        return "—"
    project = f"（{line.project}）" if line.project else ""
    special = "【专项】" if line.special else ""
    return f"{line.code} {line.name}{project}{special} 经济分类{line.economic_class}"


def _claim(session: Session, doc: Document, payload: dict[str, Any]) -> tuple[dict[str, Any], Decimal]:
    claim = session.get(Claim, doc.id)
    if claim is None:  # not yet entered through the claims service: what the document holds
        return {**payload, "invoice_rows": payload.get("invoice_rows", []), "budget_text": "—",
                "budget_approved": "—", "budget_remaining": "—", "advance_amount": "无借款",
                "advance_returned": "—", "advance_paid_extra": "—",
                "payee_text": payload.get("payee", "") or "—", "account_text": "—"}, doc.amount
    invoices = [{"category": i.category, "code": i.invoice_code, "number": i.invoice_number,
                 "date": i.issued_on.isoformat(), "issuer": i.issuer, "amount": str(i.amount)}
                for i in session.execute(select(Invoice).where(Invoice.document_id == doc.id)
                                         .order_by(Invoice.line_no)).scalars()]
    line = session.get(BudgetLine, claim.budget_line_id) if claim.budget_line_id else None
    out = {**payload, "invoice_rows": invoices, "budget_text": _budget_text(line), "budget_approved": "—",
           "budget_remaining": "—"}
    if line is not None:
        # What this claim already holds on the line (committed at approval, spent when paid) is not
        # taken twice: remaining after this claim = approved − spent − committed − the rest of it.
        held = claim.committed + (claim.total if claim.paid and claim.committed == ZERO else ZERO)
        remaining = line.approved - line.spent - line.committed - max(claim.total - held, ZERO)
        out["budget_approved"] = _money(line.approved)
        out["budget_remaining"] = _money(remaining) + ("（超出预算）" if remaining < 0 or claim.over_budget else "")
    advance = session.get(Advance, claim.advance_id) if claim.advance_id else None
    if advance is None:
        out.update(advance_amount="无借款", advance_returned="—", advance_paid_extra="—")
    else:
        if advance.state == "settled" and advance.settled_document_id == doc.id:
            returned, extra = advance.returned, advance.paid_extra
        else:
            returned, extra = settle_advance(advance.amount, claim.total)
        out.update(advance_amount=_money(advance.amount),
                   advance_returned=_money(returned), advance_paid_extra=_money(extra))
    out["payee_text"] = claim.payee or _name(session, claim.claimant_id) or "—"
    out["account_text"] = " ".join(x for x in (claim.payee_bank, claim.payee_account) if x) or "—"
    pay = out.get("payment")
    if isinstance(pay, dict):  # the claims service's record of the payment: its words, not its keys
        out["payment"] = str(pay.get("payment_text") or pay.get("method_label") or "")
    methods = session.execute(select(Payment.method).where(Payment.document_id == doc.id)
                              .order_by(Payment.id)).scalars().all()
    if methods and not out.get("payment"):
        out["payment"] = "、".join(dict.fromkeys(PAYMENT_METHODS.get(m, m) for m in methods))
    return out, claim.total


# 借款单 --------------------------------------------------------------------------------------------
def _advance(session: Session, doc: Document, payload: dict[str, Any]) -> tuple[dict[str, Any], Decimal]:
    advance = session.execute(select(Advance).where(Advance.document_id == doc.id)).scalar_one_or_none()
    if advance is None:
        return {**payload, "borrower": _name(session, doc.submitter_id), "budget_text": "—", "state_text": "—",
                "issued_text": "—"}, doc.amount
    line = session.get(BudgetLine, advance.budget_line_id) if advance.budget_line_id else None
    settled = ""
    if advance.state == "settled":
        settled = (f"已报销{_money(advance.claimed)}，退回{_money(advance.returned)}，补付{_money(advance.paid_extra)}"
                   + (f"（{cn_date(advance.settled_on)}）" if advance.settled_on else ""))
    return {**payload, "borrower": _name(session, advance.borrower_id), "budget_text": _budget_text(line),
            "state_text": ADVANCE_STATES.get(advance.state, advance.state) + (f"：{settled}" if settled else ""),
            "issued_text": cn_date(advance.issued_on) or "未付款",
            "advance_purpose": advance.purpose or doc.purpose}, advance.amount


# Printed books: 科目余额表 and 现金/银行存款日记账 ---------------------------------------------------
JOURNAL_TITLES = {"cash": "现金日记账", "bank": "银行存款日记账"}


def _report_data(books: Any, user: Any, kind: str, kind_title: str, title: str, payload: dict[str, Any]) -> Any:
    from datetime import date

    from desktop.documents.render import SheetData
    from desktop.persistence.schema import Bureau

    with books.reading() as session:
        bureau = session.get(Bureau, user.bureau_id).name
    return SheetData(bureau_name=bureau, kind=kind, kind_title=kind_title, serial="", title=title, purpose="",
                     amount=ZERO, days=0, category="", department="", submitter=user.name,
                     submitted_on=date.today(), steps=(), payload=payload)


def _period_text(first: str, last: str) -> str:
    if first == last:
        return f"{first[:4]}年{int(first[5:])}月"
    if first[5:] == "01" and last[5:] == "12" and first[:4] == last[:4]:
        return f"{first[:4]}年度（1—12月）"
    return f"{first} 至 {last}"


def _blank(value: Decimal) -> str:
    return str(value) if value else ""


def trial_balance_pdf(books: Any, user: Any, period: str, *, include_unposted: bool = False) -> bytes:
    """科目余额表 of a month or year on the sheet engine (forms/sheets/trial_balance.json), printable:
    the figures of ``BooksService.trial_balance`` (same permission, RPT-03)."""
    from desktop.documents.layout import load_layouts
    from desktop.documents.render import render_sheet

    tb = books.trial_balance(user, period, include_unposted=include_unposted)
    rows: dict[str, list[dict[str, Any]]] = {"financial": [], "budget": []}
    for r in tb.rows:
        row: dict[str, Any] = {"account": r.account, "name": "　" * (r.level - 1) + r.name,
                               **{k: _blank(getattr(r, k)) for k in ("opening_debit", "opening_credit", "debit",
                                                                     "credit", "closing_debit", "closing_credit")}}
        if r.level > 1:
            row["_subtotal"] = True  # in its level-1 subject's figures already: not summed again
        rows.setdefault(r.side, []).append(row)
    payload = {"period_text": _period_text(tb.first, tb.last),
               "scope_text": "含未记账凭证" if tb.include_unposted else "已记账凭证",
               "balanced_text": "平衡" if tb.balanced else "不平衡，请检查",
               "financial_rows": rows["financial"], "budget_rows": rows["budget"]}
    layout = load_layouts()["trial_balance"]
    data = _report_data(books, user, "trial_balance", layout.title, f"科目余额表 {period}", payload)
    return render_sheet(layout, data).pdf


def journal_pdf(books: Any, user: Any, kind: str, period: str) -> bytes:
    """现金日记账 or 银行存款日记账 of a month or year (forms/sheets/journal.json), one sheet per
    account in one printable PDF; a page that does not end the book carries its totals forward
    (过次页/承前页); each business day's 本日合计 and balance (VOUCH-13)."""
    from desktop.documents.layout import load_layouts
    from desktop.documents.sheet_bundle import render_bundle

    journals = books.journal(user, kind, period)  # refuses a bad kind or period, checks permission
    from desktop.domain.finance.periods import parse_period

    first, last = parse_period(period)
    layout = load_layouts()["journal"]
    title = JOURNAL_TITLES[kind]
    sheets = []
    for j in journals:
        rows: list[dict[str, Any]] = [{"day": "", "voucher": "", "summary": "期初余额", "balance": str(j.opening),
                                       "_subtotal": True}]
        for r in j.rows:
            row: dict[str, Any] = {"day": r.day.strftime("%m-%d"), "voucher": r.voucher_no, "summary": r.summary,
                                   "debit": _blank(r.debit), "credit": _blank(r.credit), "balance": str(r.balance)}
            if r.is_day_total:
                row["_subtotal"] = True
            rows.append(row)
        warnings = "；".join(w.text for w in j.warnings)
        payload = {"account_text": f"{j.account} {j.name}", "period_text": _period_text(first, last),
                   "opening_text": _money(j.opening), "closing_text": _money(j.closing),
                   "day_close_text": warnings or "每个有收付的营业日均已日结", "journal_rows": rows}
        sheets.append(_report_data(books, user, "journal", title, f"{title} {j.account} {period}", payload))
    if not sheets:
        sheets.append(_report_data(books, user, "journal", title, f"{title} {period}", {
            "account_text": "—", "period_text": _period_text(first, last), "opening_text": "—",
            "closing_text": "—", "day_close_text": "—", "journal_rows": []}))
    return render_bundle(layout, sheets)


def gallery_weight(session: Session, doc: Document) -> int:
    """How much of the finance tables a document's sheet shows (the gallery picks the fullest):
    a claim's invoices (and a settled advance), a voucher's lines, an advance row."""
    from sqlalchemy import func

    if doc.kind == "voucher":
        voucher = session.execute(select(Voucher.id).where(Voucher.document_id == doc.id)).scalar()
        return 0 if voucher is None else session.execute(select(func.count()).select_from(VoucherLine).where(
            VoucherLine.voucher_id == voucher)).scalar() or 0
    if doc.kind in ("expense_claim",):
        claim = session.get(Claim, doc.id)
        if claim is None:
            return 0
        invoices = session.execute(select(func.count()).select_from(Invoice).where(
            Invoice.document_id == doc.id)).scalar() or 0
        return 1 + invoices + (3 if claim.advance_id else 0) + (1 if claim.budget_line_id else 0)
    if doc.kind == "advance":
        return 1 if session.execute(select(Advance.id).where(Advance.document_id == doc.id)).scalar() else 0
    return 0
