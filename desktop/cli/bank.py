"""``desktop bank …``: the month's bank statement, matching it to the books, and the 银行存款余额
调节表 (RPT-04).

The statement file is CSV (UTF-8 with or without BOM, or GB18030 as Excel on a Chinese Windows PC
saves it) or XLSX, with the header ``date,reference,summary,in,out,balance`` or the bank's own
交易日期,凭证号(流水号),摘要,收入(贷方发生额),支出(借方发生额),余额.
"""

from __future__ import annotations

import argparse
import json

from desktop.cli.common import check_writable, open_desk, out, read_bytes, sign_in, write_output

__all__ = ["register"]

STATEMENT_HELP = """The statement file: CSV (UTF-8, UTF-8 with BOM, or GB18030) or XLSX (first sheet).
Header (either spelling):
  date       交易日期 / 日期 / 记账日期            YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD, inside --period
  reference  凭证号 / 流水号 / 交易流水号          matched against voucher numbers and payment references
  summary    摘要 / 用途 / 附言
  in         收入 / 贷方发生额 / 贷方金额          money into the account
  out        支出 / 借方发生额 / 借方金额          money out of the account
  balance    余额 / 账户余额                       each row's balance must follow from the one before
Every bad row is listed (row, column, reason) and nothing is stored unless the whole file is good.
"""


def _money(value) -> str:  # noqa: ANN001
    from desktop.domain.money import format_amount

    return format_amount(value, symbol=True)


def _amount(text: str):  # noqa: ANN202
    from desktop.domain.money import MoneyError, parse_amount

    try:
        return parse_amount(text, allow_negative=True, field="--closing")
    except MoneyError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _pair(text: str) -> tuple[int, int]:
    left, _, right = text.partition(":")
    if not (left.isascii() and left.isdigit() and right.isascii() and right.isdigit()) or len(text) > 21:
        raise argparse.ArgumentTypeError(f"not STATEMENT_LINE:VOUCHER_LINE (two ids): {text[:40]!r}")
    return int(left), int(right)


def _line_id(text: str) -> int:
    from desktop.cli.common import record_id

    return record_id(text)


def cmd_import(args: argparse.Namespace) -> int:
    data = read_bytes(args.file, what="bank statement", limit=16 * 1024 * 1024)
    desk = open_desk(args)
    user = sign_in(desk, args)
    view = desk.bank.import_statement(user, args.account, args.period, args.file, data,
                                      closing_balance=args.closing)
    verb = "replaced" if view.replaced else "imported"
    out(f"{verb}: {view.account} {view.name} {view.period} — {len(view.lines)} lines, closing balance "
        f"{_money(view.closing_balance)}, sha256 {view.sha256}")
    return 0


def _print_matching(view) -> None:  # noqa: ANN001
    from desktop.domain.finance.reconciliation import GROUP_LABELS, GROUPS

    out(f"{view.account} {view.name} {view.period}: {len(view.pairs)} matched ({view.matched_now} now)")
    for p in view.pairs:
        b, k = p.bank, p.book
        side = "in " if b.incoming else "out"
        out(f"  [{b.key}] {b.day.isoformat()} {side} {_money(b.amount):>14} {b.reference or '-'}  ↔  "
            f"[{k.key}] {k.day.isoformat()} {k.voucher_no} {k.summary}  ({p.how})")
    rec = view.reconciliation
    for group in GROUPS:
        items = rec.group(group)
        out(f"{GROUP_LABELS[group]}: {len(items)} item(s), {_money(rec.total(group))}")
        for i in items:
            out(f"  [{i.key}] {i.day.isoformat()} {_money(i.amount):>14} {i.reference or '-'} {i.summary}")


def cmd_match(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    for line in args.unpair or ():
        desk.bank.unmatch(user, args.account, args.period, line)
    for line, voucher_line in args.pair or ():
        desk.bank.match(user, args.account, args.period, line, voucher_line)
    if args.no_auto:
        view = desk.bank.matching(user, args.account, args.period)
    else:
        view = desk.bank.auto_match(user, args.account, args.period, window_days=args.days)
    _print_matching(view)
    return 0


def cmd_reconcile(args: argparse.Namespace) -> int:
    if args.xlsx:
        check_writable(args.xlsx)
    desk = open_desk(args)
    user = sign_in(desk, args)
    if args.show:
        shown = desk.bank.reconciliation(user, args.account, args.period)
        rec, saved = shown.reconciliation, shown.saved
    else:
        rec, saved = desk.bank.reconcile(user, args.account, args.period, notes=args.note or ""), True
    if args.json:
        out(json.dumps({**rec.to_json(), "saved": saved}, ensure_ascii=False, indent=1))
    else:
        out(f"银行存款余额调节表 {rec.account} {rec.name} {rec.period}{'' if saved else '（未保存）'}")
        out(f"  企业账面余额 {_money(rec.book_balance):>16}    银行对账单余额 {_money(rec.bank_balance):>16}")
        out(f"  加 银行已收企业未收 {_money(rec.total('bank_received')):>12}    加 企业已收银行未收 "
            f"{_money(rec.total('book_received')):>12}")
        out(f"  减 银行已付企业未付 {_money(rec.total('bank_paid')):>12}    减 企业已付银行未付 "
            f"{_money(rec.total('book_paid')):>12}")
        out(f"  调节后余额 {_money(rec.adjusted_book):>20}    调节后余额 {_money(rec.adjusted_bank):>20}")
        for i in rec.items:
            out(f"  {i.day.isoformat()} {i.reference or '-'} {i.summary} {_money(i.amount)}  [{i.group}]")
    if args.xlsx:
        write_output(args.xlsx, desk.bank.reconciliation_xlsx(user, args.account, args.period))
    return 0


def _window(text: str) -> int:
    value = int(text) if text.isascii() and text.isdigit() and len(text) <= 2 else -1
    if not 0 <= value <= 31:
        raise argparse.ArgumentTypeError(f"not a number of days from 0 to 31: {text[:20]!r}")
    return value


def register(sub, db: argparse.ArgumentParser, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    bank = sub.add_parser("bank", help="bank statements and the bank reconciliation statement (RPT-04)") \
        .add_subparsers(dest="bank_command", required=True)
    p = bank.add_parser("import", parents=[who], help="import a month's bank statement (CSV or XLSX)",
                        epilog=STATEMENT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("account", help="the bank or zero-balance account, e.g. 1002 or 100201, 1011")
    p.add_argument("file", help="the statement file (.csv or .xlsx; - for stdin)")
    p.add_argument("--period", required=True, help="the month, YYYY-MM")
    p.add_argument("--closing", type=_amount, help="the closing balance, when the file has no balance column")
    p.set_defaults(func=cmd_import)
    p = bank.add_parser("match", parents=[who], help="match statement lines to posted book lines; print the matches and the unmatched")
    p.add_argument("account")
    p.add_argument("--period", required=True, help="the month, YYYY-MM")
    p.add_argument("--days", type=_window, default=5, help="date tolerance for a match without equal reference (default 5)")
    p.add_argument("--pair", type=_pair, action="append", metavar="LINE:VOUCHER_LINE",
                   help="match by hand: statement line id and voucher line id (as printed in [ ])")
    p.add_argument("--unpair", type=_line_id, action="append", metavar="LINE", help="undo the match of a statement line")
    p.add_argument("--no-auto", action="store_true", help="only show (and the --pair/--unpair changes), no automatic matching")
    p.set_defaults(func=cmd_match)
    p = bank.add_parser("reconcile", parents=[who], help="make and keep the 银行存款余额调节表 (refused unless it agrees)")
    p.add_argument("account")
    p.add_argument("--period", required=True, help="the month, YYYY-MM")
    p.add_argument("--json", action="store_true", help="print the statement as JSON")
    p.add_argument("--xlsx", metavar="OUT", help="also write the statement as .xlsx")
    p.add_argument("--note", help="explanation of the outstanding items (kept with the statement)")
    p.add_argument("--show", action="store_true", help="show the kept statement (or the current figures) without saving")
    p.set_defaults(func=cmd_reconcile)

