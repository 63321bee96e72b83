"""``desktop supplies report | sheet``: the stock movement report (收发存, SUPPLY-11) on screen, as JSON,
Excel or PDF, and the printed supply sheets (入库单, 发放登记册, 借用单/归还单, 采购计划, 询价比价表)
through ``desk.supply_reports`` as the GUI does.

``report --month 2026-06 | --half 2026-1 | --year 2026``; exit 1 when the report's closing stock
does not meet the balances kept with the movements (账实不符). ``sheet receipt|loan|plan|quotation
ID --out FILE.pdf``; ``sheet issues --first YYYY-MM-DD --last YYYY-MM-DD [--department NAME]``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.common import CliError, check_writable, err, iso_date, out, record_id, write_output
from desktop.cli.supplies import context as _context

__all__ = ["add_commands", "half_arg"]

SHEETS = ("receipt", "issues", "loan", "plan", "quotation")


def half_arg(text: str) -> tuple[int, int]:
    """argparse type: a half-year, 2026-1 (January–June) or 2026-2."""
    year, sep, half = text.partition("-")
    if not (sep and len(year) == 4 and year.isascii() and year.isdigit() and half in ("1", "2")):
        raise argparse.ArgumentTypeError(f"not a half-year (YYYY-1 or YYYY-2, e.g. 2026-1): {text[:40]!r}")
    return int(year), int(half)


def _month(text: str) -> tuple[int, int]:
    from desktop.cli.books import month_arg

    value = month_arg(text)
    return int(value[:4]), int(value[5:7])


def _year(text: str) -> int:
    if not (len(text) == 4 and text.isascii() and text.isdigit() and 2000 <= int(text) <= 2999):
        raise argparse.ArgumentTypeError(f"not a year (e.g. 2026): {text[:40]!r}")
    return int(text)


def _period(args: argparse.Namespace) -> dict[str, Any]:
    if args.month:
        return {"year": args.month[0], "month": args.month[1]}
    if args.half:
        return {"year": args.half[0], "half": args.half[1]}
    return {"year": args.year}


def cmd_report(args: argparse.Namespace) -> int:
    """收发存 by month, half-year or year: a table, JSON, Excel (--xlsx) and/or print (--pdf)."""
    from desktop.cli.assets import _dump, _money, _table

    for target in (args.xlsx, args.pdf):
        if target:
            check_writable(target)
    kw = _period(args)
    if args.location is not None:
        kw["location_id"] = args.location
    desk, user = _context(args)
    reports = desk.supply_reports
    report = reports.movement_report(user, **kw)
    if args.pdf:
        write_output(args.pdf, reports.report_pdf(user, **kw))
    if args.xlsx:
        _export_xlsx(reports, user, args.xlsx, kw)
    if args.json:
        _dump(report)
    elif not (args.pdf or args.xlsx):
        t = report.totals
        _table(["编码", "名称", "规格", "单位", "期初数量", "期初金额", "收入数量", "收入金额", "发出数量", "发出金额",
                "结存数量", "结存金额"],
               [[r.code, r.name, r.specification, r.unit, r.opening_quantity, _money(r.opening_value), r.in_quantity,
                 _money(r.in_value), r.out_quantity, _money(r.out_value), r.closing_quantity, _money(r.closing_value)]
                for r in (*report.rows, t)],
               [False] * 4 + [True] * 8)
        out(f"{report.title} {report.location_name or '全部存放地点'}："
            + ("结存与库存余额相符" if report.agrees else "结存与库存余额不符"))
    for line in report.mismatches:
        err(f"warning: {line}")
    return 0 if report.agrees else 1


def _export_xlsx(reports, user, path: str, kw: dict[str, Any]) -> None:  # noqa: ANN001
    """The service writes a workbook to a path: into a scratch file first, then whole into place."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="desk-supplies-") as folder:
        scratch = Path(folder) / "report.xlsx"
        reports.export_xlsx(user, str(scratch), **kw)
        write_output(path, scratch.read_bytes())


def cmd_sheet(args: argparse.Namespace) -> int:
    """One printed sheet as PDF."""
    check_writable(args.out)
    if args.which == "issues":
        if not (args.first and args.last):
            raise CliError("issues: give --first YYYY-MM-DD and --last YYYY-MM-DD")
    elif args.id is None:
        raise CliError(f"{args.which}: give the record id")
    desk, user = _context(args)
    reports = desk.supply_reports
    if args.which == "issues":
        from desktop.cli.assets import _department

        department = _department(desk, user, args.department) if args.department else None
        pdf = reports.issue_register_pdf(user, first=args.first, last=args.last, department_id=department)
    else:
        pdf = {"receipt": reports.receipt_pdf, "loan": reports.loan_pdf, "plan": reports.plan_pdf,
               "quotation": reports.quotation_pdf}[args.which](user, args.id)
    write_output(args.out, pdf)
    return 0


def add_commands(group, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    p = group.add_parser("report", parents=[who], help="收发存 (stock movement report) by month, half-year or year",
                         description="收发存: opening, received (入库/退库/盘盈), issued (领用/盘亏), closing per item; "
                                     "exit 1 if the closing stock does not meet the balances")
    p.set_defaults(func=cmd_report)
    when = p.add_mutually_exclusive_group(required=True)
    when.add_argument("--month", type=_month, metavar="YYYY-MM")
    when.add_argument("--half", type=half_arg, metavar="YYYY-1|YYYY-2")
    when.add_argument("--year", type=_year, metavar="YYYY")
    p.add_argument("--location", type=record_id, metavar="ID", help="one store (default: all together)")
    p.add_argument("--xlsx", metavar="FILE.xlsx")
    p.add_argument("--pdf", metavar="FILE.pdf")
    p.add_argument("--json", action="store_true", help="as JSON (amounts as decimal strings)")

    p = group.add_parser("sheet", parents=[who], help="a printed sheet: 入库单, 发放登记册, 借用单, 采购计划, 询价比价表",
                         description="receipt ID | loan ID | plan PURCHASE_ID | quotation PURCHASE_ID | "
                                     "issues --first --last [--department]")
    p.set_defaults(func=cmd_sheet)
    p.add_argument("which", choices=SHEETS)
    p.add_argument("id", type=record_id, nargs="?", help="the receipt, loan or purchase id")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--first", type=iso_date, help="issues: first day YYYY-MM-DD")
    p.add_argument("--last", type=iso_date, help="issues: last day YYYY-MM-DD")
    p.add_argument("--department", help="issues: one section (name)")
