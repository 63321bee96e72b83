"""``desktop books …``: the accountant's day from a script — the chart, vouchers (make, show, list,
post, reverse, void), month close, the cashier's 日结, the books (trial balance, ledger, cash and
bank journals), a self-check of the kept balances, and imports from the old system.

Review of a voucher is an approval step like any other: ``desktop approvals approve DOCUMENT_ID``
(the document id ``books voucher make`` prints). Amounts print as decimal text; ``--json`` gives
them as strings. Heavy modules are imported inside each command (the trial balance is meant to
answer as a whole process within a second).
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from typing import Any, Sequence

from desktop.cli.common import (
    CliError,
    count,
    err,
    iso_date,
    open_desk,
    out,
    read_bytes,
    read_json,
    record_id,
    sign_in,
    write_output,
)

__all__ = ["register", "display_width", "table"]

def period_arg(text: str) -> str:
    """argparse type: 2026 (the year) or 2026-11 (a month) — the books' own reading of a period."""
    from desktop.domain.finance.periods import parse_period

    try:
        parse_period(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a period (YYYY or YYYY-MM, e.g. 2026 or 2026-11): {text[:40]!r}") from None
    return text


def month_arg(text: str) -> str:
    """argparse type: a month, 2026-11."""
    from desktop.domain.finance.periods import parse_period

    try:
        first, last = parse_period(text)
    except ValueError:
        first, last = "", "x"
    if first != last:
        raise argparse.ArgumentTypeError(f"not a month (YYYY-MM, e.g. 2026-11): {text[:40]!r}")
    return text


def amount_arg(text: str):  # noqa: ANN201
    """argparse type: an amount in yuan, two places at most, not negative."""
    from desktop.domain.money import MoneyError, parse_amount

    try:
        return parse_amount(text, field="amount")
    except MoneyError as exc:
        raise argparse.ArgumentTypeError(str(exc)[:120]) from None


# Text tables (CJK characters take two columns on a terminal) -----------------------------------
def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 0 if unicodedata.combining(c) else 1
               for c in text)


def _fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` display columns (with … when cut)."""
    if display_width(text) <= width:
        return text
    out_, used = "", 0
    for c in text:
        w = display_width(c)
        if used + w > width - 1:
            break
        out_ += c
        used += w
    return out_ + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[bool],
          max_widths: Sequence[int] | None = None) -> list[str]:
    """Lines of a plain table; ``right`` per column (amounts), widths by display columns."""
    cells = [[_fit(c, max_widths[i]) if max_widths and max_widths[i] else c for i, c in enumerate(row)]
             for row in [list(headers), *rows]]
    widths = [max(display_width(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        parts = []
        for i, c in enumerate(row):
            pad = " " * (widths[i] - display_width(c))
            parts.append(pad + c if right[i] else c + pad)
        lines.append("  ".join(parts).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths).rstrip())
    return lines


def _money(value: Any, *, blank_zero: bool = True) -> str:
    if blank_zero and not value:
        return ""
    return f"{value:,.2f}"


def _dump(data: Any) -> None:
    out(json.dumps(data, ensure_ascii=False, indent=1))


def _problems_json(problems: Sequence[Any]) -> list[dict[str, str]]:
    return [{"rule": p.rule, "code": p.code, "text": p.text} for p in problems]


def _context(args: argparse.Namespace):  # noqa: ANN202
    desk = open_desk(args)
    return desk, sign_in(desk, args)


# The books -------------------------------------------------------------------------------------
def cmd_trial_balance(args: argparse.Namespace) -> int:
    """科目余额表: opening, the period's debit and credit, closing, per account; both sides' totals."""
    desk, user = _context(args)
    tb = desk.books.trial_balance(user, args.period, include_unposted=args.include_unposted)
    if args.json:
        _dump(tb.to_json())
    else:
        period = tb.first if tb.first == tb.last else f"{tb.first} 至 {tb.last}"
        out(f"科目余额表 {period}{'（含未记账凭证）' if tb.include_unposted else ''}")
        headers = ["科目编码", "科目名称", "期初借方", "期初贷方", "本期借方", "本期贷方", "期末借方", "期末贷方"]
        keys = ("opening_debit", "opening_credit", "debit", "credit", "closing_debit", "closing_credit")
        rows = [[r.account, "  " * (r.level - 1) + r.name, *(_money(getattr(r, k)) for k in keys)] for r in tb.rows]
        for side, label in (("financial", "财务会计合计"), ("budget", "预算会计合计")):
            rows.append(["", label, *(_money(tb.totals[side][k], blank_zero=False) for k in keys)])
        for line in table(headers, rows, [False, False, *([True] * 6)], [0, 30, 0, 0, 0, 0, 0, 0]):
            out(line)
        out("试算平衡" if tb.balanced else "试算不平衡")
    if not tb.balanced:
        err("warning: the trial balance does not balance (run desktop books check)")
    return 0


def cmd_ledger(args: argparse.Namespace) -> int:
    """明细账 of an account (with its sub-accounts), a page at a time with the running balance."""
    desk, user = _context(args)
    page = desk.books.ledger(user, args.account, args.period, offset=args.offset, limit=args.limit,
                             include_unposted=args.include_unposted, department_id=_department(desk, user, args),
                             project=args.project or "", economic_class=args.economic_class or "",
                             payee=args.payee or "")
    if args.json:
        _dump({"account": page.account, "name": page.name, "period": page.first if page.first == page.last
               else f"{page.first}..{page.last}", "opening_side": page.opening_side, "opening": str(page.opening),
               "offset": page.offset, "limit": args.limit, "total_rows": page.total_rows,
               "rows": [{"voucher_id": r.voucher_id, "voucher_no": r.voucher_no, "date": r.voucher_date.isoformat(),
                         "account": r.account, "summary": r.summary, "debit": str(r.debit), "credit": str(r.credit),
                         "balance_side": r.balance_side, "balance": str(r.balance),
                         "source_document_id": r.source_document_id} for r in page.rows]})
        return 0
    out(f"明细账 {page.account} {page.name}  {page.first if page.first == page.last else page.first + ' 至 ' + page.last}")
    rows = []
    if page.offset == 0:
        rows.append(["", "", "期初余额", "", "", page.opening_side, _money(page.opening, blank_zero=False)])
    for r in page.rows:
        rows.append([r.voucher_date.isoformat(), r.voucher_no, r.summary, _money(r.debit), _money(r.credit),
                     r.balance_side, _money(r.balance, blank_zero=False)])
    for line in table(["日期", "凭证号", "摘要", "借方", "贷方", "方向", "余额"], rows,
                      [False, False, False, True, True, False, True], [0, 0, 40, 0, 0, 0, 0]):
        out(line)
    shown_to = page.offset + len(page.rows)
    more = f"；下一页 --offset {shown_to}" if shown_to < page.total_rows else ""
    out(f"第 {page.offset + 1 if page.rows else page.offset}–{shown_to} 行，共 {page.total_rows} 行{more}")
    return 0


def _department(desk, user, args: argparse.Namespace) -> int | None:  # noqa: ANN001
    """--department by name (as the GUI shows it) or id."""
    given = (args.department or "").strip()
    if not given:
        return None
    for view in desk.org.departments(user):
        if view.name == given or str(view.id) == given:
            return view.id
    raise CliError(f"没有部门“{given}”")


def cmd_general_ledger(args: argparse.Namespace) -> int:
    """总账: the opening and each month's debit, credit and balance of an account for a year."""
    desk, user = _context(args)
    ledger = desk.books.general_ledger(user, args.account, args.year)
    if args.json:
        _dump(ledger.to_json())
        return 0
    out(f"总账 {ledger.account} {ledger.name}  {ledger.year}年")
    rows = [["", "年初余额", "", "", ledger.opening_side, _money(ledger.opening, blank_zero=False)]]
    for m in ledger.months:
        rows.append([m.period, "本月合计", _money(m.debit), _money(m.credit), m.balance_side,
                     _money(m.balance, blank_zero=False)])
    for line in table(["月份", "摘要", "借方", "贷方", "方向", "余额"], rows,
                      [False, False, True, True, False, True], [0, 0, 0, 0, 0, 0]):
        out(line)
    return 0


def cmd_journal(args: argparse.Namespace) -> int:
    """现金日记账 / 银行存款日记账 with each day's total and balance; days without 日结 warned (VOUCH-13)."""
    desk, user = _context(args)
    journals = desk.books.journal(user, args.kind, args.period)
    if args.json:
        _dump({"kind": args.kind, "period": args.period, "journals": [
            {"account": j.account, "name": j.name, "period": j.period, "opening": str(j.opening),
             "closing": str(j.closing), "warnings": _problems_json(j.warnings),
             "rows": [{"date": r.day.isoformat(), "voucher_no": r.voucher_no, "summary": r.summary,
                       "debit": str(r.debit), "credit": str(r.credit), "balance": str(r.balance),
                       "day_total": r.is_day_total, "voucher_id": r.voucher_id} for r in j.rows]}
            for j in journals]})
        return 0
    title = "现金日记账" if args.kind == "cash" else "银行存款日记账"
    if not journals:
        out(f"{title} {args.period}：没有收付")
    for j in journals:
        out(f"{title} {j.account} {j.name}  {j.period}")
        rows = [["", "", "期初余额", "", "", _money(j.opening, blank_zero=False)]]
        for r in j.rows:
            rows.append([r.day.isoformat() if not r.is_day_total else "", r.voucher_no, r.summary, _money(r.debit),
                         _money(r.credit), _money(r.balance, blank_zero=False)])
        rows.append(["", "", "期末余额", "", "", _money(j.closing, blank_zero=False)])
        for line in table(["日期", "凭证号", "摘要", "收入（借方）", "支出（贷方）", "余额"], rows,
                          [False, False, False, True, True, True], [0, 0, 40, 0, 0, 0]):
            out(line)
        out("")
        for w in j.warnings:
            err(f"warning: {w}")
    return 0


# The chart ----------------------------------------------------------------------------------
def cmd_accounts(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    accounts = desk.books.accounts(user)
    if args.json:
        _dump([{"code": a.code, "name": a.name, "side": a.side, "category": a.category,
                "normal_balance": a.normal_balance, "cash_kind": a.cash_kind, "level": a.level,
                "national": a.national, "postable": a.postable, "active": a.active, "parent": a.parent_code}
               for a in accounts])
        return 0
    side = {"financial": "财务", "budget": "预算"}
    rows = [[a.code, "  " * (a.level - 1) + a.name, side.get(a.side, a.side),
             "借" if a.normal_balance == "debit" else "贷", "是" if a.postable else "", "" if a.active else "停用"]
            for a in accounts]
    for line in table(["编码", "名称", "会计", "方向", "末级", ""], rows, [False] * 6):
        out(line)
    return 0


def cmd_account_add(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    desk.books.add_sub_account(user, args.parent, args.code, args.name)
    out(f"added {args.code.strip()} {args.name.strip()} under {args.parent.strip()}")
    return 0


# Vouchers ------------------------------------------------------------------------------------
def _voucher_line(view: Any) -> str:
    return f"{view.id}\t{view.voucher_no}\t{view.document_id}\t{view.state_label}"


def cmd_voucher_make(args: argparse.Namespace) -> int:
    """A voucher from a JSON record; prints: voucher id, number, document id (for review), state."""
    from desktop.cli.common import passphrase
    record = read_json(args.file)
    desk, user = _context(args)
    voucher_date, lines, summary, attachments = desk.book_imports.voucher_from_record(user, record)
    vid = desk.books.make_voucher(user, voucher_date, lines, summary=summary, attachments=attachments,
                                  submit=args.submit, passphrase=passphrase(args) if args.submit else None)
    view = desk.books.voucher(user, vid)
    if args.json:
        _dump(_voucher_json(view))
    else:
        out(_voucher_line(view))
    return 0


def _voucher_json(v: Any) -> dict[str, Any]:
    return {"id": v.id, "voucher_no": v.voucher_no, "document_id": v.document_id, "period": v.period,
            "date": v.voucher_date.isoformat(), "summary": v.summary, "attachments": v.attachments, "origin": v.origin,
            "state": v.state, "review_state": v.review_state, "state_label": v.state_label, "maker": v.maker,
            "reviewers": list(v.reviewers), "poster": v.poster, "total": str(v.total),
            "source_document_id": v.source_document_id, "reverses_id": v.reverses_id,
            "reversed_by_id": v.reversed_by_id,
            "lines": [{"line": l.line_no, "account": l.account, "account_name": l.account_name, "side": l.side,
                       "summary": l.summary, "debit": str(l.debit), "credit": str(l.credit),
                       "department": l.department, "project": l.project, "payee": l.payee,
                       "functional_class": l.functional_class, "economic_class": l.economic_class}
                      for l in v.lines]}


def cmd_voucher_show(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    v = desk.books.voucher(user, args.id)
    if args.json:
        _dump(_voucher_json(v))
        return 0
    out(f"记账凭证 {v.voucher_no}  {v.voucher_date.isoformat()}  附件 {v.attachments} 张  {v.state_label}")
    out(f"摘要：{v.summary}")
    rows = [[l.summary, f"{l.account} {l.account_name}", _money(l.debit), _money(l.credit),
             " ".join(x for x in (l.department, l.project, l.payee, l.economic_class) if x)] for l in v.lines]
    for side, label in (("financial", "财务会计合计"), ("budget", "预算会计合计")):
        d = sum((l.debit for l in v.lines if l.side == side), start=type(v.total)("0.00"))
        c = sum((l.credit for l in v.lines if l.side == side), start=type(v.total)("0.00"))
        if d or c:
            rows.append([label, "", _money(d, blank_zero=False), _money(c, blank_zero=False), ""])
    for line in table(["摘要", "科目", "借方", "贷方", "辅助"], rows, [False, False, True, True, False],
                      [30, 30, 0, 0, 30]):
        out(line)
    out(f"制单 {v.maker}  审核 {'、'.join(v.reviewers) or '-'}  记账 {v.poster or '-'}  凭证 #{v.id}  单据 #{v.document_id}")
    if v.reverses_id:
        out(f"冲销凭证 #{v.reverses_id}")
    if v.reversed_by_id:
        out(f"已被凭证 #{v.reversed_by_id} 冲销")
    return 0


def cmd_voucher_list(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    views = desk.books.vouchers(user, period=args.period, state=args.state, text=args.text or "",
                                limit=args.limit, offset=args.offset)
    if args.json:
        _dump([{k: v for k, v in _voucher_json(view).items() if k != "lines"} for view in views])
        return 0
    rows = [[str(v.id), v.voucher_no, v.voucher_date.isoformat(), v.summary, _money(v.total, blank_zero=False),
             v.state_label, v.maker, str(v.document_id)] for v in views]
    for line in table(["#", "凭证号", "日期", "摘要", "金额", "状态", "制单", "单据"], rows,
                      [True, False, False, False, True, False, False, True], [0, 0, 0, 36, 0, 0, 0, 0]):
        out(line)
    return 0


def cmd_voucher_post(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    for number in desk.books.post(user, args.ids):
        out(f"posted {number}")
    return 0


def cmd_voucher_reverse(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    vid = desk.books.reverse(user, args.id, args.date, args.reason)
    if args.submit:  # a second transaction: the reversal stays as a draft if the submission is refused
        from desktop.cli.common import passphrase

        desk.approvals.submit(user, desk.books.voucher(user, vid).document_id, passphrase=passphrase(args))
    out(_voucher_line(desk.books.voucher(user, vid)))
    return 0


def cmd_voucher_void(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    desk.books.void_voucher(user, args.id, args.reason)
    out(f"void {desk.books.voucher(user, args.id).voucher_no}")
    return 0


# Periods and days ---------------------------------------------------------------------------
def cmd_close(args: argparse.Namespace) -> int:
    """结账; with --check only list what stands in the way (exit 1 if anything)."""
    desk, user = _context(args)
    if args.check:
        problems = desk.books.close_checks(user, args.period)
        for p in problems:
            out(str(p))
        if not problems:
            out(f"{args.period} can be closed")
        return 1 if problems else 0
    desk.books.close_period(user, args.period)
    out(f"closed {args.period}")
    return 0


def cmd_reopen(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    desk.books.reopen_period(user, args.period, args.reason)
    out(f"reopened {args.period}")
    return 0


def cmd_day_close(args: argparse.Namespace) -> int:
    """日结 (VOUCH-13): the day's closing balance of a cash or bank account (--counted: the cash counted)."""
    desk, user = _context(args)
    balance = desk.books.close_day(user, args.account, args.date, args.counted)
    out(f"{args.account} {args.date.isoformat()} 余额 {balance:,.2f}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """The kept monthly balances recomputed from the posted lines; exit 1 with every difference."""
    from desktop.services.book_check import check_books

    desk, user = _context(args)
    result = check_books(desk.books, user)
    if args.json:
        _dump(result.to_json())
    else:
        for d in result.differences:
            out(f"differs: {d}")
        for u in result.unbalanced:
            out(f"unbalanced: {u}")
        if result.ok:
            out(f"ok: {result.balances_checked} monthly balances agree with {result.vouchers_checked} posted vouchers")
        else:
            err(f"books check: {len(result.differences)} balances differ, {len(result.unbalanced)} unbalanced")
    return 0 if result.ok else 1


# Imports ---------------------------------------------------------------------------------------
def _report(args: argparse.Namespace, report: Any) -> int:
    if args.json:
        _dump(report.to_json())
    if not report.ok:
        for p in report.problems:
            err(f"refused: {p} [{p.rule}]")
        if report.more_problems:
            err(f"refused: 另有{report.more_problems}处问题未列出")
        err(f"nothing imported: {len(report.problems) + report.more_problems} problem(s) in {report.file_name}")
        return 2
    return 0


def _import_file(args: argparse.Namespace) -> tuple[bytes, str]:
    from pathlib import Path

    from desktop.domain.input_gate.books import MAX_IMPORT_BYTES

    data = read_bytes(args.file, what="CSV or XLSX file", limit=MAX_IMPORT_BYTES)
    return data, ("stdin.csv" if args.file == "-" else Path(args.file).name)


def cmd_import_openings(args: argparse.Namespace) -> int:
    data, name = _import_file(args)
    desk, user = _context(args)
    imports = desk.book_imports
    report = imports.check_openings(user, data, name, args.period)
    if report.ok and not args.dry_run:
        report = imports.import_openings(user, data, name, args.period)
    code = _report(args, report)
    if code == 0 and not args.json:
        totals = report.totals
        verb = "checked (nothing written)" if args.dry_run else "imported"
        out(f"{verb}: {report.lines} opening balances from {report.start_period} ({report.encoding}); "
            f"财务会计 借 {totals['financial'][0]:,.2f} 贷 {totals['financial'][1]:,.2f}；"
            f"预算会计 借 {totals['budget'][0]:,.2f} 贷 {totals['budget'][1]:,.2f}")
    return code


def cmd_import_vouchers(args: argparse.Namespace) -> int:
    data, name = _import_file(args)
    desk, user = _context(args)
    imports = desk.book_imports
    report = imports.check_vouchers(user, data, name)
    if report.ok and not args.dry_run:
        report = imports.import_vouchers(user, data, name)
    code = _report(args, report)
    if code == 0 and not args.json:
        if args.dry_run:
            out(f"checked (nothing written): {report.vouchers} vouchers, {report.lines} lines ({report.encoding})")
        else:
            out(f"imported {len(report.written)} vouchers ({report.lines} lines), awaiting review: "
                + (f"{report.written[0]} … {report.written[-1]}" if report.written else "none"))
    return code


def cmd_import_template(args: argparse.Namespace) -> int:
    from desktop.cli.common import check_writable
    from desktop.services.book_imports import template_xlsx

    check_writable(args.out)
    write_output(args.out, template_xlsx(args.kind))
    return 0


# Parser ------------------------------------------------------------------------------------------
def register(sub, db: argparse.ArgumentParser, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    books = sub.add_parser("books", help="the books: vouchers, trial balance, ledgers, journals, close, imports"
                           ).add_subparsers(dest="books_command", required=True)

    def leaf(group, name: str, func, help_text: str, *, json_flag: bool = False):  # noqa: ANN001, ANN202
        p = group.add_parser(name, parents=[who], help=help_text, description=help_text)
        p.set_defaults(func=func)
        if json_flag:
            p.add_argument("--json", action="store_true", help="amounts as decimal strings in JSON")
        return p

    p = leaf(books, "trial-balance", cmd_trial_balance, "科目余额表: opening, period debit/credit, closing", json_flag=True)
    p.add_argument("--period", required=True, type=period_arg, help="2026 (the year) or 2026-11 (a month)")
    p.add_argument("--include-unposted", action="store_true", help="also vouchers not yet posted")
    p = leaf(books, "ledger", cmd_ledger, "明细账 of an account with its running balance, a page at a time",
             json_flag=True)
    p.add_argument("account", help="account code, e.g. 1011 (a parent includes its sub-accounts)")
    p.add_argument("--period", required=True, type=period_arg, help="2026 or 2026-11")
    p.add_argument("--offset", type=count, default=0, help="rows to skip (the next page)")
    p.add_argument("--limit", type=count, default=200, help="rows per page (default 200)")
    p.add_argument("--include-unposted", action="store_true")
    p.add_argument("--department", help="subsidiary ledger of a department (name or id)")
    p.add_argument("--project", help="… of a project")
    p.add_argument("--economic-class", help="… of an economic class, e.g. 30211")
    p.add_argument("--payee", help="… of a payee (往来单位)")
    p = leaf(books, "general-ledger", cmd_general_ledger, "总账: each month's debit, credit and balance of an account",
             json_flag=True)
    p.add_argument("account", help="account code, e.g. 1002")
    p.add_argument("--year", required=True, type=int, help="e.g. 2026")
    p = leaf(books, "journal", cmd_journal, "现金日记账 or 银行存款日记账 with daily totals (VOUCH-13)", json_flag=True)
    p.add_argument("kind", choices=["cash", "bank"])
    p.add_argument("--period", required=True, type=period_arg, help="2026 or 2026-11")

    leaf(books, "accounts", cmd_accounts, "the chart of accounts (科目表)", json_flag=True)
    account = books.add_parser("account", help="the bureau's sub-accounts").add_subparsers(
        dest="account_command", required=True)
    p = leaf(account, "add", cmd_account_add, "add a sub-account below PARENT (code = parent + 2 digits)")
    p.add_argument("parent")
    p.add_argument("code")
    p.add_argument("name")

    from desktop.cli.common import record_keys

    voucher = books.add_parser("voucher", help="记账凭证").add_subparsers(dest="voucher_command", required=True)
    p = leaf(voucher, "make", cmd_voucher_make, "make a voucher from a JSON record (prints id, number, document id)",
             json_flag=True)
    p.add_argument("file", help="the voucher as JSON (- for stdin)")
    p.add_argument("--submit", action="store_true", help="send for review at once (with a passphrase: the signed sheet)")
    record_keys(voucher, "make", _VOUCHER_KEYS)
    p = leaf(voucher, "show", cmd_voucher_show, "a voucher with its lines", json_flag=True)
    p.add_argument("id", type=record_id, help="voucher id")
    p = leaf(voucher, "list", cmd_voucher_list, "vouchers, newest first", json_flag=True)
    p.add_argument("--period", type=period_arg, help="2026 or 2026-11")
    p.add_argument("--state", choices=["draft", "review", "approved", "posted", "void"])
    p.add_argument("--text", help="in the summary or number")
    p.add_argument("--offset", type=count, default=0)
    p.add_argument("--limit", type=count, default=500)
    p = leaf(voucher, "post", cmd_voucher_post, "记账: reviewed vouchers into the books (one transaction)")
    p.add_argument("ids", type=record_id, nargs="+", metavar="ID")
    p = leaf(voucher, "reverse", cmd_voucher_reverse, "红字冲销 of a posted voucher (a new voucher, to be reviewed)")
    p.add_argument("id", type=record_id)
    p.add_argument("--date", required=True, type=iso_date, help="the reversal's date YYYY-MM-DD")
    p.add_argument("--reason", required=True)
    p.add_argument("--submit", action="store_true", help="send the reversal for review at once")
    p = leaf(voucher, "void", cmd_voucher_void, "作废 a voucher never posted (it keeps its number)")
    p.add_argument("id", type=record_id)
    p.add_argument("--reason", required=True)

    p = leaf(books, "close", cmd_close, "结账 a month after the checks (RPT-03)")
    p.add_argument("period", type=month_arg, help="YYYY-MM")
    p.add_argument("--check", action="store_true", help="only list what stands in the way (exit 1 if anything)")
    p = leaf(books, "reopen", cmd_reopen, "反结账 (finance head; audited)")
    p.add_argument("period", type=month_arg, help="YYYY-MM")
    p.add_argument("--reason", required=True)
    p = leaf(books, "day-close", cmd_day_close, "日结: the day's closing balance of a cash or bank account (VOUCH-13)")
    p.add_argument("account", help="account code, e.g. 1001")
    p.add_argument("--date", required=True, type=iso_date, help="YYYY-MM-DD")
    p.add_argument("--counted", type=amount_arg, help="cash counted (must agree with the books, VOUCH-12)")
    leaf(books, "check", cmd_check, "recompute the kept monthly balances from the posted lines (exit 1 if they differ)",
         json_flag=True)

    imp = books.add_parser("import", help="opening balances and vouchers from another system").add_subparsers(
        dest="import_command", required=True)
    p = leaf(imp, "openings", cmd_import_openings, "期初余额 from CSV (UTF-8/GB18030) or XLSX: account,debit,credit",
             json_flag=True)
    p.add_argument("file", help="CSV or XLSX (- for stdin)")
    p.add_argument("--period", required=True, type=period_arg, help="the first month on the books: 2026 (= 2026-01) or 2026-07")
    p.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    p = leaf(imp, "vouchers", cmd_import_vouchers,
             "vouchers from CSV or XLSX: voucher,date,account,summary,debit,credit[,department,project,economic_class]",
             json_flag=True)
    p.add_argument("file", help="CSV or XLSX (- for stdin)")
    p.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    p = imp.add_parser("template", help="write the Excel template (.xlsx) for an import")
    p.add_argument("kind", choices=["openings", "vouchers"])
    p.add_argument("--out", required=True, metavar="FILE.xlsx")
    p.set_defaults(func=cmd_import_template)

    from desktop.cli.books_print import register_print

    register_print(books, who)  # books print trial-balance|journal: the PDF sheets (desktop/cli/books_print.py)


_VOUCHER_KEYS = """JSON keys of the voucher (记账凭证):
  date              YYYY-MM-DD (its month gives the number 记-YYYY-MM-NNNN, gapless)
  summary           摘要 (default for the lines; default: the first line's)
  attachments       附件张数 0..999
  lines             [{"account": "5001", "summary": "购办公用品", "debit": "860.00", "credit": "0",
                      "department": "办公室" (or "department_id": 3), "project": "", "payee": "",
                      "functional_class": "2101506", "economic_class": "30201"}, …]
                    financial (1xxx-5xxx) and budget (6xxx-8xxx) lines each balance (平行记账)
Review: desktop approvals approve DOCUMENT_ID (printed by make), then desktop books voucher post ID.
"""
