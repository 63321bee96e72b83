"""``desktop supplies collectors|collector|issue|issue-sign|issues|issue-show|holdings|hand-back``:
each section's collector (SUPPLY-09), issues signed for by the collector (SUPPLY-09), 交旧领新
(SUPPLY-10), what a person holds and handing it back (SUPPLY-13), through ``desk.supply_issues``
as the GUI does.

Departments are named as the GUI shows them (or by id), people by username; issues by the id
``issue`` printed; a held item by the line id ``holdings`` shows. Issue lines come from
``--line ITEM=QUANTITY`` (item id or code, consumables) or a JSON file
(``{"lines": [{"item_id"|"code", "quantity", "holder", "old_returned", "old_note", "approval_ref",
"approval_document_id"}], "note": "…"}``; ``holder`` a username).
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import CliError, count, iso_date, out, read_json, record_id
from desktop.cli.supplies import context as _context, dump as _dump, table as _table

__all__ = ["add_commands"]

MAX_CLI_LINES = 200


def _person(desk, user, username: str | None) -> int | None:  # noqa: ANN001
    from desktop.cli.assets import _person as person

    return person(desk, user, username)


def _department(desk, user, name: str | None) -> int | None:  # noqa: ANN001
    from desktop.cli.assets import _department as department

    return department(desk, user, name)


def _text(value: str | None, what: str, limit: int = 200) -> str:
    value = value or ""
    if len(value) > limit:
        raise CliError(f"{what}: at most {limit} characters")
    return value


def _line_arg(text: str) -> tuple[str, str]:
    """argparse type: ITEM=QUANTITY (item id or code)."""
    item, sep, quantity = text.partition("=")
    if not sep or not item.strip() or len(text) > 60 or not text.isprintable():
        raise argparse.ArgumentTypeError(f"not ITEM=QUANTITY (e.g. BG0001=5): {text[:40]!r}")
    return item.strip(), quantity.strip()


def _item_id(desk, user, given: Any, n: int) -> Any:  # noqa: ANN001
    """An item id, or the id of the item with this code (the service checks ids)."""
    if isinstance(given, int) and not isinstance(given, bool):
        return given
    if not isinstance(given, str) or not given.strip() or len(given) > 20 or not given.isprintable():
        raise CliError(f"line {n}: not an item id or code")
    code = given.strip()
    if code.isascii() and code.isdigit():
        return int(code)
    rows, _total = desk.supplies.items(user, text=code, active_only=False, limit=50)
    hit = [r.id for r in rows if r.code.upper() == code.upper()]
    if not hit:
        raise CliError(f"第{n}行：没有办公用品编码“{code}”")
    return hit[0]


def _quantity(text: str) -> Any:
    """Whole digits become a number; anything else is passed on for the gate to refuse in Chinese."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 9 else text


def _lines(desk, user, args: argparse.Namespace) -> tuple[list[dict], str]:  # noqa: ANN001
    lines: list[dict] = []
    note = ""
    if args.file:
        record = read_json(args.file, shape=None)
        if isinstance(record, list):
            record = {"lines": record}
        if not isinstance(record, dict) or not isinstance(record.get("lines"), list):
            raise CliError("the file must hold {\"lines\": [...]} or a list of lines")
        if len(record["lines"]) > MAX_CLI_LINES:
            raise CliError(f"at most {MAX_CLI_LINES} lines in one issue")
        for n, line in enumerate(record["lines"], 1):
            if not isinstance(line, dict):
                raise CliError(f"line {n}: must be an object")
            line = dict(line)
            if "code" in line and "item_id" not in line:
                line["item_id"] = _item_id(desk, user, line.pop("code"), n)
            if "holder" in line and "holder_id" not in line:
                holder = line.pop("holder")
                if not isinstance(holder, str):
                    raise CliError(f"line {n}: holder is a username")
                line["holder_id"] = _person(desk, user, holder)
            lines.append(line)
        note = record.get("note", "") if isinstance(record.get("note", ""), str) else ""
    for n, (item, quantity) in enumerate(args.line or [], len(lines) + 1):
        lines.append({"item_id": _item_id(desk, user, item, n), "quantity": _quantity(quantity)})
    if not lines:
        raise CliError("name the lines: --line ITEM=QUANTITY or --file")
    return lines, note


def _issue_rows(rows) -> None:  # noqa: ANN001
    _table(["ID", "领用单号", "领用部门", "领用人", "领用日期", "项数", "金额", "签收"],
           [[r.id, r.issue_no, r.department_name, r.collector_name, r.issued_on, r.line_count,
             f"{r.total_value:,.2f}", f"{r.signed_at:%Y-%m-%d %H:%M}" if r.signed_at else "未签收"] for r in rows],
           [True, False, False, False, False, True, True, False])


# Collectors -----------------------------------------------------------------------------------------
def cmd_collectors(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    rows = desk.supply_issues.collectors(user)
    if args.json:
        _dump(rows)
        return 0
    _table(["部门", "领用人"], [[r.department_name, r.staff_name or "（未指定）"] for r in rows], [False, False])
    return 0


def cmd_collector(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    department = _department(desk, user, args.department)
    if department is None:
        raise CliError("name the department")
    desk.supply_issues.name_collector(user, department, _person(desk, user, args.person))
    out(f"collector of {args.department.strip()}: {args.person.strip()}")
    return 0


# Issues ---------------------------------------------------------------------------------------------
def cmd_issue(args: argparse.Namespace) -> int:
    from datetime import date

    desk, user = _context(args)
    department = _department(desk, user, args.department)
    if department is None:
        raise CliError("name the department")
    lines, note = _lines(desk, user, args)
    made = desk.supply_issues.issue(user, {"department_id": department, "location_id": args.location,
                                           "issued_on": (args.date or date.today()).isoformat(),
                                           "note": _text(args.note, "--note") or note, "lines": lines})
    view = desk.supply_issues.issue_view(user, made)
    out(f"{made}\t{view.issue_no}\t¥{view.total_value:,.2f}\tto be signed by {view.collector_name}")
    return 0


def cmd_issue_sign(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    desk.supply_issues.sign(user, args.id)
    out(f"signed #{args.id}")
    return 0


def cmd_issues(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    if args.awaiting:
        rows = desk.supply_issues.awaiting_signature(user)
        total = len(rows)
    else:
        rows, total = desk.supply_issues.issues(user, department_id=_department(desk, user, args.department),
                                                first=args.first, last=args.last, unsigned_only=args.unsigned,
                                                offset=args.offset, limit=args.limit)
    if args.json:
        _dump({"issues": rows, "total": total})
        return 0
    _issue_rows(rows)
    out(f"{len(rows)} of {total}")
    return 0


def cmd_issue_show(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    view = desk.supply_issues.issue_view(user, args.id)
    if args.json:
        _dump(view)
        return 0
    signed = f"{view.signed_at:%Y-%m-%d %H:%M} 签收" if view.signed_at else "未签收"
    out(f"领用单 {view.issue_no}  {view.department_name}  领用人 {view.collector_name}  {view.issued_on}  "
        f"{view.location_name}  发放 {view.issued_by_name}  合计 ¥{view.total_value:,.2f}  {signed}")
    if view.note:
        out(f"备注：{view.note}")
    _table(["明细ID", "编码", "名称", "规格", "数量", "金额", "使用人", "交旧领新/审批", "交回"],
           [[x.id, x.code, x.name, x.specification, f"{x.quantity}{x.unit}", f"{x.value:,.2f}", x.holder_name,
             ("交旧：" + x.old_note) if x.old_returned else (x.approval_ref or x.approval_serial),
             x.handed_back_on or ""] for x in view.lines],
           [True, False, False, False, True, True, False, False, False])
    return 0


# Holdings -------------------------------------------------------------------------------------------
def cmd_holdings(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    rows = desk.supply_issues.holdings(user, _person(desk, user, args.person))
    if args.json:
        _dump(rows)
        return 0
    _table(["类别", "明细/借用ID", "单号", "名称", "规格", "数量", "自"],
           [["领用" if r.kind == "issue" else "借用", r.ref_id, r.number, r.item_name, r.specification,
             f"{r.quantity}{r.unit}", r.since] for r in rows],
           [False, True, False, False, False, True, False])
    return 0


def cmd_hand_back(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    desk.supply_issues.hand_back(user, args.line_id, condition=_text(args.condition, "--condition"))
    out(f"handed back line #{args.line_id}")
    return 0


def add_commands(group, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    def leaf(name: str, func, help_text: str, *, json_flag: bool = False):  # noqa: ANN001, ANN202
        p = group.add_parser(name, parents=[who], help=help_text, description=help_text)
        p.set_defaults(func=func)
        if json_flag:
            p.add_argument("--json", action="store_true", help="as JSON (amounts as decimal strings)")
        return p

    leaf("collectors", cmd_collectors, "each section's named collector of supplies (SUPPLY-09)", json_flag=True)
    p = leaf("collector", cmd_collector, "name a section's collector (its head or the office head; SUPPLY-09)")
    p.add_argument("department", help="the department's name or id")
    p.add_argument("person", help="username of a member of that department")

    p = leaf("issue", cmd_issue, "issue supplies to a section out of stock (the keeper; SUPPLY-09/10)")
    p.add_argument("--department", required=True, help="the receiving department's name or id")
    p.add_argument("--line", type=_line_arg, action="append", metavar="ITEM=QUANTITY",
                   help="an item (id or code) and quantity; repeat for more lines")
    p.add_argument("--file", help='JSON {"lines": [{"item_id"|"code", "quantity", "holder", "old_returned", '
                   '"old_note", "approval_ref", "approval_document_id"}], "note"} (- for stdin)')
    p.add_argument("--location", type=record_id, help="the store's id (default 办公室库房)")
    p.add_argument("--date", type=iso_date, help="day of the issue (default today)")
    p.add_argument("--note")
    p = leaf("issue-sign", cmd_issue_sign, "sign for an issue as the section's collector (SUPPLY-09)")
    p.add_argument("id", type=record_id)
    p = leaf("issues", cmd_issues, "issues you may see, newest first (领用登记)", json_flag=True)
    p.add_argument("--department", help="one department's name or id")
    p.add_argument("--from", dest="first", type=iso_date)
    p.add_argument("--to", dest="last", type=iso_date)
    p.add_argument("--unsigned", action="store_true", help="only those not yet signed for")
    p.add_argument("--awaiting", action="store_true", help="only those you must sign for as collector")
    p.add_argument("--offset", type=count, default=0)
    p.add_argument("--limit", type=count, default=200)
    p = leaf("issue-show", cmd_issue_show, "an issue with its lines", json_flag=True)
    p.add_argument("id", type=record_id)
    p = leaf("holdings", cmd_holdings, "supplies a person holds: special items issued and loans (SUPPLY-13)",
             json_flag=True)
    p.add_argument("person", help="username")
    p = leaf("hand-back", cmd_hand_back, "take back a held special item into stock (the keeper; SUPPLY-13)")
    p.add_argument("line_id", type=record_id, help="the issue line id (from holdings)")
    p.add_argument("--condition", help="its condition when handed back")
