"""``desktop calendar …``: the holiday calendar behind VEH-07 (shipped years + the bureau's corrections)."""

from __future__ import annotations

import argparse

from desktop.cli.common import iso_date, open_desk, out, read_text, sign_in

__all__ = ["register"]


def cmd_calendar_list(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    for r in desk.calendar.rows(user, args.year):
        out(f"{r.day.isoformat()}\t{r.kind}\t{r.kind_label}\t{r.name}\t{r.source}")
    return 0


def cmd_calendar_set(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    desk.calendar.set_day(user, args.date, args.kind, args.name or "")
    out(f"{args.date.isoformat()} set to {args.kind}")
    return 0


def cmd_calendar_import(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    text = read_text(args.file, what="calendar file")
    out(f"{desk.calendar.import_csv(user, text)} days imported")
    return 0


def _year(text: str) -> int:
    if not text.isascii() or not text.isdigit() or not 2000 <= int(text) <= 2100:
        raise argparse.ArgumentTypeError(f"not a year 2000…2100: {text!r}")
    return int(text)


def register(sub, db: argparse.ArgumentParser, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    cal = sub.add_parser("calendar", help="the holiday calendar (VEH-07): holidays and adjusted working days"
                         ).add_subparsers(dest="calendar_command", required=True)
    p = cal.add_parser("list", parents=[who], help="a year's holidays and adjusted working days, and who set them")
    p.add_argument("year", type=_year)
    p.set_defaults(func=cmd_calendar_list)
    p = cal.add_parser("set", parents=[who], help="administrator: declare a day holiday, workday (调休上班) or normal")
    p.add_argument("date", type=iso_date, help="YYYY-MM-DD")
    p.add_argument("kind", choices=["holiday", "workday", "normal"])
    p.add_argument("--name", help="e.g. 国庆节, 调休上班")
    p.set_defaults(func=cmd_calendar_set)
    p = cal.add_parser("import", parents=[who], help="administrator: import date,kind,name rows (a year's notice)")
    p.add_argument("file", help="CSV file (- for standard input)")
    p.set_defaults(func=cmd_calendar_import)
