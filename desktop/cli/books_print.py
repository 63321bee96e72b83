"""``desktop books print …``: the printed books on the sheet engine — 科目余额表 and the cash and
bank journals (现金日记账 / 银行存款日记账, page totals carried forward) as PDF files.

The books area (desktop/cli/books.py) calls :func:`register_print` with its sub-commands.
"""

from __future__ import annotations

import argparse

from desktop.cli.common import check_writable, open_desk, sign_in, write_output

__all__ = ["register_print"]


def _period(text: str) -> str:
    from desktop.domain.finance.periods import parse_period

    try:
        parse_period(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text.strip()


def cmd_print_trial_balance(args: argparse.Namespace) -> int:
    from desktop.services.finance_sheets import trial_balance_pdf

    check_writable(args.out)
    desk = open_desk(args)
    user = sign_in(desk, args)
    write_output(args.out, trial_balance_pdf(desk.books, user, args.period, include_unposted=args.include_unposted))
    return 0


def cmd_print_journal(args: argparse.Namespace) -> int:
    from desktop.services.finance_sheets import journal_pdf

    check_writable(args.out)
    desk = open_desk(args)
    user = sign_in(desk, args)
    write_output(args.out, journal_pdf(desk.books, user, args.kind, args.period))
    return 0


def register_print(books: argparse._SubParsersAction, who: argparse.ArgumentParser) -> None:  # noqa: SLF001
    """The ``print`` group inside the ``books`` command's sub-commands."""
    group = books.add_parser("print", help="print the trial balance or a journal as PDF").add_subparsers(
        dest="print_command", required=True)
    p = group.add_parser("trial-balance", parents=[who], help="科目余额表 of a month or a year (RPT-03)")
    p.add_argument("--period", type=_period, required=True, help="YYYY or YYYY-MM")
    p.add_argument("--include-unposted", action="store_true", help="also the vouchers not yet posted")
    p.add_argument("--out", required=True, help="the PDF file")
    p.set_defaults(func=cmd_print_trial_balance)
    p = group.add_parser("journal", parents=[who],
                         help="现金日记账 (cash) or 银行存款日记账 (bank), pages carried forward (VOUCH-13)")
    p.add_argument("kind", choices=("cash", "bank"))
    p.add_argument("--period", type=_period, required=True, help="YYYY or YYYY-MM")
    p.add_argument("--out", required=True, help="the PDF file")
    p.set_defaults(func=cmd_print_journal)

