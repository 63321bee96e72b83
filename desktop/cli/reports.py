"""``desktop report …``: spending and meeting returns in Excel and print."""

from __future__ import annotations

import argparse
from datetime import date

from desktop.cli.common import check_writable, open_desk, sign_in, write_output

__all__ = ["register"]


def _start(args: argparse.Namespace):  # noqa: ANN202
    check_writable(args.out)
    if getattr(args, "pdf", None):
        check_writable(args.pdf)
    desk = open_desk(args)
    return desk, sign_in(desk, args)


def cmd_report_spending(args: argparse.Namespace) -> int:
    desk, user = _start(args)
    write_output(args.out, desk.spending.export_xlsx(user, args.year))
    if args.pdf:
        write_output(args.pdf, desk.spending.print_pdf(user, args.year))
    return 0


def cmd_report_meeting_plan(args: argparse.Namespace) -> int:
    desk, user = _start(args)
    write_output(args.out, desk.spending.meeting_plan_xlsx(user, desk.meetings, args.year))
    return 0


def cmd_report_meetings(args: argparse.Namespace) -> int:
    desk, user = _start(args)
    write_output(args.out, desk.spending.meeting_report_xlsx(user, desk.meetings, args.year))
    if args.pdf:
        write_output(args.pdf, desk.spending.meeting_report_pdf(user, desk.meetings, args.year))
    return 0


def _year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text[:20]!r}") from None
    if not 2000 <= value <= 2100:
        raise argparse.ArgumentTypeError(f"year out of range 2000..2100: {value}")
    return value


def register(sub, db: argparse.ArgumentParser, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    rep = sub.add_parser("report", help="spending and meeting reports").add_subparsers(dest="report_command", required=True)
    for name, func, help_text, pdf in (
            ("spending", cmd_report_spending, "travel/reception/vehicle/meeting spending by department and month", True),
            ("meeting-plan", cmd_report_meeting_plan, "the annual meeting plan in Excel", False),
            ("meetings", cmd_report_meetings, "the annual report of meetings held (MEET-15)", True)):
        p = rep.add_parser(name, parents=[who], help=help_text)
        p.add_argument("--year", type=_year, default=date.today().year)
        p.add_argument("--out", required=True, help="the .xlsx file")
        if pdf:
            p.add_argument("--pdf", help="also the printed sheet (PDF)")
        p.set_defaults(func=func)
