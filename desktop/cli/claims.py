"""``desktop claims …``: expense claims with invoices (报销单), budget lines (预算指标), advances
(借款单), the cashier's payments, and the voucher a paid claim drafts (awaiting / proposal /
make-voucher). Records come as JSON files (``-`` for stdin); each create prints the new id.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop.cli.common import (
    CliError,
    count,
    creating,
    iso_date,
    open_desk,
    out,
    passphrase,
    read_bytes,
    read_json,
    record_context,
    record_id,
    record_keys,
    sign_in,
)

__all__ = ["register"]

METHODS = ["official_card", "bank_transfer", "cash"]

CLAIM_KEYS = """JSON keys of the expense claim (报销单):
  title             title (default: the purpose)
  purpose           用途, required (VOUCH-05)
  economic_class    政府收支分类 经济分类, e.g. "30201" (picks the budget line when none is named)
  functional_class  功能分类, e.g. "2081101"; project  项目
  budget_line       the budget line's code for the year (预算指标)
  amount            the claim's amount "1280.00": must equal the invoices' sum (VOUCH-15)
  procurement       true for government procurement; routine  false for non-routine spending (VOUCH-17)
  payee, bank, account   收款人, 开户行, 账号
  advance           the advance (借款单) document id this claim settles
  invoices          [{"category": "办公费", "code": "3200231130", "number": "08412345", "date": "2026-11-20",
                      "issuer": "某某文具店", "amount": "1280.00", "file": "scan1.pdf"}]
  attachments       [{"kind": "contract|explanation|acceptance|list|minutes|other", "file": "contract.pdf"}]
  "file" names a file given with --file NAME=PATH (stored with its SHA-256).
"""

BUDGET_KEYS = """JSON keys of a budget line (预算指标):
  year, code, name, economic_class (required); approved "50000.00"; project, functional_class,
  department_id, special (专项资金, VOUCH-21), purpose, active
"""

ADVANCE_KEYS = """JSON keys of an advance (借款单):
  purpose (required), amount "2000.00", title, budget_line (code), economic_class
"""

LINES_KEYS = """JSON of the voucher lines (a list, overriding the proposal; still checked, VOUCH-14):
  [{"account": "5101", "summary": "报销办公费", "debit": "1280.50", "credit": "0", "department_id": 3,
    "project": "", "payee": "黄磊", "functional_class": "2081101", "economic_class": "30201"}, …]
"""


def _files(pairs: list[str] | None) -> dict[str, bytes]:
    """``--file NAME=PATH`` pairs: the bytes the record's ``file`` names refer to."""
    files: dict[str, bytes] = {}
    for pair in pairs or []:
        name, sep, path = pair.partition("=")
        if not sep or not name.strip() or not path:
            raise CliError(f"--file takes NAME=PATH, not {pair[:60]!r}")
        files[name.strip()] = read_bytes(path, what="attachment")
    return files


def _money(value: Any) -> str:
    return str(value)


def _json(data: Any) -> None:
    out(json.dumps(data, ensure_ascii=False, indent=1, default=str))


def _signed(args: argparse.Namespace):  # noqa: ANN202
    desk = open_desk(args)
    return desk, sign_in(desk, args)


def cmd_claim_create(args: argparse.Namespace) -> int:
    files = _files(args.file_pair)
    desk, user, pp, record = record_context(args)
    out(str(desk.claims.create_claim(user, record, files=files, submit=args.submit, passphrase=pp)))
    return 0


def cmd_claim_show(args: argparse.Namespace) -> int:
    desk, user = _signed(args)
    v = desk.claims.claim(user, args.id)
    _json({"document_id": v.document_id, "kind": v.kind, "serial": v.serial, "title": v.title, "purpose": v.purpose,
           "claimant": v.claimant, "department": v.department, "document_state": v.doc_state, "state": v.state,
           "total": _money(v.total), "total_upper": v.total_upper, "economic_class": v.economic_class,
           "over_budget": v.over_budget, "budget_line": None if v.budget_line is None else {
               "code": v.budget_line.code, "name": v.budget_line.name, "remaining": str(v.budget_line.remaining)},
           "advanced": str(v.advanced), "returned": str(v.returned), "paid_extra": str(v.paid_extra),
           "invoices": [{"line": i.line_no, "category": i.category, "code": i.invoice_code,
                         "number": i.invoice_number, "date": i.issued_on.isoformat(), "issuer": i.issuer,
                         "amount": str(i.amount), "sha256": i.sha256} for i in v.invoices],
           "attachments": [{"id": a.id, "kind": a.kind, "file": a.file_name, "sha256": a.sha256} for a in v.attachments],
           "payments": [{"id": p.id, "purpose": p.purpose, "method": p.method, "account": p.account_code,
                         "amount": str(p.amount), "paid_on": p.paid_on.isoformat(), "voucher_id": p.voucher_id}
                        for p in v.payments],
           "voucher_id": v.voucher_id})
    return 0


def cmd_claim_list(args: argparse.Namespace) -> int:
    desk, user = _signed(args)
    for c in desk.claims.claims(user, states=[args.state] if args.state else None):
        out(f"{c.document_id}\t{c.serial or '-'}\t{c.kind}\t{c.state}\t¥{c.total:,.2f}\t{c.claimant}\t{c.title}"
            + ("\t超预算" if c.over_budget else ""))
    return 0


def cmd_claim_attach(args: argparse.Namespace) -> int:
    from pathlib import Path

    content = read_bytes(args.path, what="attachment")
    desk, user = _signed(args)
    out(str(desk.claims.add_attachment(user, args.id, args.kind, Path(args.path).name, content)))
    return 0


def cmd_budget_create(args: argparse.Namespace) -> int:
    desk, user, _pp, record = record_context(args)
    out(str(desk.claims.create_budget_line(user, record)))
    return 0


def cmd_budget_update(args: argparse.Namespace) -> int:
    desk, user, _pp, record = record_context(args)
    desk.claims.update_budget_line(user, args.id, record)
    out(f"updated: budget line {args.id}")
    return 0


def cmd_budget_list(args: argparse.Namespace) -> int:
    desk, user = _signed(args)
    rows = desk.claims.budget_lines(user, args.year)
    if args.json:
        _json([{"id": r.id, "year": r.year, "code": r.code, "name": r.name, "economic_class": r.economic_class,
                "special": r.special, "approved": str(r.approved), "spent": str(r.spent),
                "committed": str(r.committed), "remaining": str(r.remaining)} for r in rows])
        return 0
    for r in rows:
        out(f"{r.id}\t{r.year}\t{r.code}\t{r.name}\t{r.economic_class}\t批复¥{r.approved:,.2f}\t已支出¥{r.spent:,.2f}"
            f"\t已占用¥{r.committed:,.2f}\t剩余¥{r.remaining:,.2f}" + ("\t专项" if r.special else ""))
    return 0


def cmd_advance_request(args: argparse.Namespace) -> int:
    desk, user, pp, record = record_context(args)
    out(str(desk.claims.request_advance(user, record, submit=args.submit, passphrase=pp)))
    return 0


def cmd_advance_issue(args: argparse.Namespace) -> int:
    desk, user = _signed(args)
    out(str(desk.claims.issue_advance(user, args.id, method=args.method, account_code=args.account,
                                      paid_on=args.date, reference=args.reference or "")))
    return 0


def cmd_advance_list(args: argparse.Namespace) -> int:
    desk, user = _signed(args)
    for a in desk.claims.advances(user):
        out(f"{a.document_id}\t{a.serial or '-'}\t{a.state}\t¥{a.amount:,.2f}\t{a.borrower}\t{a.title}"
            + (f"\t应退¥{a.returned:,.2f}\t应补¥{a.paid_extra:,.2f}" if a.state == "settled" else ""))
    return 0


def cmd_pay(args: argparse.Namespace) -> int:
    desk, user = _signed(args)
    ids = desk.claims.pay(user, args.id, method=args.method, account_code=args.account, paid_on=args.date,
                          reference=args.reference or "", to_own_account=args.to_own_account)
    out(" ".join(str(i) for i in ids) if ids else "settled: nothing to pay or receive")
    return 0


def cmd_awaiting(args: argparse.Namespace) -> int:
    desk, user = _signed(args)
    for i in desk.claims.awaiting_voucher(user)[: args.limit]:
        out(f"{i.document_id}\t{i.serial or '-'}\t{i.kind}\t¥{i.amount:,.2f}\t{i.person}\t"
            f"{i.paid_on.isoformat() if i.paid_on else '-'}\t{i.title}")
    return 0


def _lines_json(lines) -> list[dict[str, Any]]:  # noqa: ANN001
    return [{"account": l.account, "summary": l.summary, "debit": str(l.debit), "credit": str(l.credit),
             "department_id": l.department_id, "project": l.project, "payee": l.payee,
             "functional_class": l.functional_class, "economic_class": l.economic_class} for l in lines]


def cmd_proposal(args: argparse.Namespace) -> int:
    desk, user = _signed(args)
    p = desk.claims.voucher_proposal(user, args.id)
    _json({"document_id": p.document_id, "origin": p.origin, "date": p.voucher_date.isoformat(),
           "summary": p.summary, "attachments": p.attachments, "lines": _lines_json(p.lines)})
    return 0


def cmd_make_voucher(args: argparse.Namespace) -> int:
    lines = None
    if args.lines:
        from desktop.domain.finance.vouchers import LineInput
        from desktop.domain.input_gate.claims import read_voucher_lines
        from desktop.services.base import Refused

        records, problems = read_voucher_lines(read_json(args.lines, shape=list))
        if records is None:
            raise Refused(problems)
        lines = [LineInput(r.account, r.summary, r.debit, r.credit, r.department_id, r.project, r.payee,
                           r.functional_class, r.economic_class) for r in records]
    desk, user = _signed(args)
    out(str(desk.claims.make_voucher_from(user, args.id, lines, submit=args.submit,
                                          passphrase=passphrase(args) if args.submit else None)))
    return 0


def register(sub, db: argparse.ArgumentParser, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    area = sub.add_parser("claims", help="expense claims, budget lines, advances, payments and their vouchers")
    claims = area.add_subparsers(dest="claims_command", required=True)

    claim = claims.add_parser("claim", help="expense claims with invoice lines (报销单)").add_subparsers(
        dest="claim_command", required=True)
    creating(claim, who, "create", cmd_claim_create, "an expense claim with its invoices")
    claim.choices["create"].add_argument("--file", dest="file_pair", action="append", metavar="NAME=PATH",
                                         help="a scan or attachment the record's \"file\" names (repeatable)")
    record_keys(claim, "create", CLAIM_KEYS)
    p = claim.add_parser("show", parents=[who], help="one claim with invoices, budget line, advance, payments (JSON)")
    p.add_argument("id", type=record_id)
    p.set_defaults(func=cmd_claim_show)
    p = claim.add_parser("list", parents=[who], help="claims you may read")
    p.add_argument("--state", choices=["open", "paid", "booked"])
    p.set_defaults(func=cmd_claim_list)
    p = claim.add_parser("attach", parents=[who], help="attach a file by type (VOUCH-04), e.g. an explanation")
    p.add_argument("id", type=record_id)
    p.add_argument("path")
    p.add_argument("--kind", required=True,
                   choices=["invoice", "contract", "explanation", "acceptance", "list", "minutes", "other"])
    p.set_defaults(func=cmd_claim_attach)

    budget = claims.add_parser("budget", help="budget lines (预算指标)").add_subparsers(dest="budget_command",
                                                                                    required=True)
    p = budget.add_parser("create", parents=[who], help="a budget line for a year (finance head or accountant)")
    p.add_argument("file", help="the record as JSON (- for stdin)")
    p.set_defaults(func=cmd_budget_create)
    record_keys(budget, "create", BUDGET_KEYS)
    p = budget.add_parser("update", parents=[who], help="change a budget line (the keys given)")
    p.add_argument("id", type=record_id)
    p.add_argument("file", help="the keys to change as JSON (- for stdin)")
    p.set_defaults(func=cmd_budget_update)
    record_keys(budget, "update", BUDGET_KEYS)
    p = budget.add_parser("list", parents=[who], help="budget lines: approved, spent, committed, remaining")
    p.add_argument("--year", type=count)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_budget_list)

    advance = claims.add_parser("advance", help="advances (借款单)").add_subparsers(dest="advance_command",
                                                                                required=True)
    creating(advance, who, "request", cmd_advance_request, "an advance (借款单)")
    record_keys(advance, "request", ADVANCE_KEYS)
    p = advance.add_parser("issue", parents=[who], help="the cashier pays out an approved advance")
    p.add_argument("id", type=record_id)
    _payment_args(p)
    p.set_defaults(func=cmd_advance_issue)
    p = advance.add_parser("list", parents=[who], help="advances with their settlement")
    p.set_defaults(func=cmd_advance_list)

    p = claims.add_parser("pay", parents=[who], help="the cashier pays an approved expense claim (settles its advance)")
    p.add_argument("id", type=record_id)
    _payment_args(p)
    p.add_argument("--to-own-account", action="store_true", help="the payee is one of the unit's own accounts")
    p.set_defaults(func=cmd_pay)

    p = claims.add_parser("awaiting", parents=[who], help="paid claims and issued advances awaiting a voucher")
    p.add_argument("--limit", type=count, default=1000)
    p.set_defaults(func=cmd_awaiting)
    p = claims.add_parser("proposal", parents=[who], help="the voucher a paid claim or advance drafts (JSON)")
    p.add_argument("id", type=record_id)
    p.set_defaults(func=cmd_proposal)
    p = claims.add_parser("make-voucher", parents=[who], help="make the voucher from a paid claim or advance",
                          epilog=LINES_KEYS, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("id", type=record_id)
    p.add_argument("--lines", metavar="FILE", help="lines as JSON in place of the proposal (- for stdin)")
    p.add_argument("--submit", action="store_true", help="send for review at once")
    p.set_defaults(func=cmd_make_voucher)


def _payment_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--method", required=True, choices=METHODS)
    p.add_argument("--account", help="account paid from: 1011 (default), 1002, or 1001 for cash")
    p.add_argument("--date", type=iso_date, help="YYYY-MM-DD (default today)")
    p.add_argument("--reference", help="bank or card reference")
