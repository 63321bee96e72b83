"""``desktop supplies loan-…`` and ``count-…``: loans of equipment (借用单/归还单, SUPPLY-14, SUPPLY-12)
and the half-yearly counts of a store (盘点, SUPPLY-11) from a script, through desk.supply_loans and
desk.supply_counts. Items are named by code (BG0001), stores by name, people by username, loans
and counts by the id the request printed."""

from __future__ import annotations

import argparse
import dataclasses
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Sequence

from desktop.cli.common import CliError, iso_date, out, passphrase, read_json, record_id
from desktop.cli.supplies import context as _context

__all__ = ["add_commands"]

LOAN_STATES = ("requested", "approved", "refused", "lent", "returned")
COUNT_KEYS = """The file: {"lines": [{"item": "BG0001", "counted": 38, "explanation": "受潮损坏2包",
"liable": "huanglei", "compensation": "50.00"}, …]} — or a list of such lines; "item" is the item's
code (or "item_id" its id); only the lines given change."""


# Argument types and lookups --------------------------------------------------------------------------
def _quantity(text: str) -> int:
    value = int(text) if text.isascii() and text.isdigit() and len(text) <= 3 else -1
    if not 1 <= value <= 20:
        raise argparse.ArgumentTypeError(f"not a quantity from 1 to 20: {text[:40]!r}")
    return value


def _text(value: str | None, what: str, limit: int = 200) -> str:
    text = (value or "").strip()
    if len(text) > limit:
        raise CliError(f"{what}: at most {limit} characters")
    return text


def _money(text: str) -> Decimal:
    from desktop.cli.books import amount_arg

    return amount_arg(text)


def _item_id(desk, user, code: str) -> int:  # noqa: ANN001
    given = (code or "").strip()
    if not given or len(given) > 40 or not given.isprintable():
        raise CliError(f"not an item code (e.g. BG0001): {code[:40]!r}")
    rows, _ = desk.supplies.items(user, text=given, active_only=False, limit=50)
    for row in rows:
        if row.code.upper() == given.upper():
            return row.id
    raise CliError(f"找不到办公用品 {given}")


def _location_id(desk, user, name: str | None) -> int | None:  # noqa: ANN001
    given = (name or "").strip()
    if not given:
        return None
    for row in desk.supplies.locations(user):
        if row.name == given or str(row.id) == given:
            return row.id
    raise CliError(f"没有存放地点“{given[:40]}”")


def _person(desk, user, username: str | None) -> int | None:  # noqa: ANN001
    from desktop.cli.assets import _person as person

    return person(desk, user, username)


# Output ---------------------------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _dump(value: Any) -> None:
    out(json.dumps(_plain(value), ensure_ascii=False, indent=1))


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]], right: Sequence[bool]) -> None:
    from desktop.cli.books import table

    for line in table(headers, [[("" if c is None else str(c)) for c in row] for row in rows], right, None):
        out(line)


# Loans ----------------------------------------------------------------------------------------------
def cmd_loan_request(args: argparse.Namespace) -> int:
    """借用申请 (SUPPLY-14); prints the loan id and number."""
    desk, user = _context(args)
    loan = desk.supply_loans.request(user, _item_id(desk, user, args.item), due_on=args.due,
                                     purpose=_text(args.purpose, "--purpose"), quantity=args.quantity,
                                     location_id=_location_id(desk, user, args.location),
                                     borrower_id=_person(desk, user, args.borrower))
    out(f"{loan}\t{desk.supply_loans.loan(user, loan).loan_no}")
    return 0


def cmd_loan_decide(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    desk.supply_loans.decide(user, args.id, args.decision == "approve", _text(args.note, "--note"))
    out(f"{args.id}\t{desk.supply_loans.loan(user, args.id).state}")
    return 0


def cmd_loan_sign_out(args: argparse.Namespace) -> int:
    """The keeper's or the borrower's signature at lending, with the condition checked."""
    desk, user = _context(args)
    state = desk.supply_loans.sign_out(user, args.id, _text(args.condition, "--condition"))
    out(f"{args.id}\t{state}")
    return 0


def cmd_loan_sign_return(args: argparse.Namespace) -> int:
    """The keeper's check at return (damage, loss, compensation — SUPPLY-12), then the borrower's."""
    desk, user = _context(args)
    state = desk.supply_loans.sign_return(user, args.id, _text(args.condition, "--condition"), damaged=args.damaged,
                                          lost=args.lost, compensation=args.compensation or Decimal("0"))
    out(f"{args.id}\t{state}")
    return 0


def cmd_loans(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    loans = desk.supply_loans
    if args.overdue:
        rows = loans.overdue(user)
    elif args.awaiting:
        rows = loans.awaiting_me(user)
    else:
        rows = loans.loans(user, state=args.state, borrower_id=_person(desk, user, args.borrower))
    if args.json:
        _dump(rows)
        return 0
    _table(["#", "借用单号", "物品", "数量", "借用人", "部门", "归还日期", "状态"],
           [[r.id, r.loan_no, r.item_name, r.quantity, r.borrower_name, r.department_name, r.due_on,
             r.state_label + ("（逾期）" if r.overdue else "")] for r in rows],
           [True, False, False, True, False, False, False, False])
    return 0


def cmd_loan(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    view = desk.supply_loans.loan(user, args.id)
    if args.json:
        _dump(view)
        return 0
    out(f"{view.loan_no}  {view.item_code} {view.item_name} {view.specification} × {view.quantity}{view.unit}"
        f"  {view.state_label}{'（逾期）' if view.overdue else ''}")
    out(f"借用人 {view.borrower_name}（{view.department_name}）  事由 {view.purpose}  归还日期 {view.due_on}")
    if view.approved_by_name:
        out(f"审批 {view.approved_by_name} {view.approval_note}")
    for s in view.signatures:
        out(f"{s.stage_label} {s.role_label} {s.staff_name}：{s.condition}")
    if view.damaged or view.lost or view.compensation:
        out(f"{'丢失' if view.lost else '损坏' if view.damaged else ''} 赔偿 ¥{view.compensation:,.2f}")
    if view.waiting_for:
        out("待签字：" + "、".join(view.waiting_for))
    return 0


# Counts ---------------------------------------------------------------------------------------------
def cmd_count_start(args: argparse.Namespace) -> int:
    """A half-yearly count of one store (SUPPLY-11); prints its id and number."""
    desk, user = _context(args)
    where = _location_id(desk, user, args.location)
    if where is None:
        raise CliError("--location: the store's name")
    cid = desk.supply_counts.start(user, where, args.date or date.today())
    view = desk.supply_counts.count_view(user, cid)
    out(f"{cid}\t{view.count_no}\t{len(view.lines)} items")
    return 0


def cmd_count_enter(args: argparse.Namespace) -> int:
    """Counted quantities (and explanations) from a JSON file, or one item from the options."""
    desk, user = _context(args)
    if args.file:
        record = read_json(args.file, shape=None)
        lines = record.get("lines") if isinstance(record, dict) else record
        if not isinstance(lines, list) or not all(isinstance(x, dict) for x in lines):
            raise CliError(f"{args.file}: \"lines\" must be a list of objects")
    elif args.item:
        if args.counted is None:
            raise CliError("--counted: the quantity found")
        lines = [{"item": args.item, "counted": args.counted, "explanation": args.explanation or "",
                  "liable": args.liable, "compensation": str(args.compensation or "0")}]
    else:
        raise CliError("give --file FILE or --item CODE --counted N")
    rows = []
    for line in lines:
        row = {k: v for k, v in line.items() if k not in ("item", "counted", "liable")}
        if "item" in line:
            row["item_id"] = _item_id(desk, user, line["item"] if isinstance(line["item"], str) else "")
        if "counted" in line:
            row["counted_quantity"] = line["counted"]
        if line.get("liable") is not None:
            row["liable_staff_id"] = _person(desk, user, line["liable"] if isinstance(line["liable"], str) else "")
        rows.append(row)
    desk.supply_counts.enter(user, args.id, rows)
    view = desk.supply_counts.count_view(user, args.id)
    out(f"{args.id}\t{view.items_counted}/{len(view.lines)} counted\t{view.differences} differences")
    return 0


def cmd_count_report(args: argparse.Namespace) -> int:
    """The differences for approval; prints the document id (or "no differences")."""
    desk, user = _context(args)
    doc = desk.supply_counts.report(user, args.id, submit=args.submit or not args.draft,
                                    passphrase=passphrase(args) if not args.draft else None)
    out(f"{doc}\t{'draft' if args.draft else 'submitted'}" if doc else f"{args.id}\tno differences: closed")
    return 0


def cmd_count_adjust(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    made = desk.supply_counts.adjust(user, args.id)
    out(f"adjusted #{args.id}\t{len(made)} movements")
    return 0


def cmd_counts(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    rows = desk.supply_counts.counts(user)
    if args.json:
        _dump(rows)
        return 0
    _table(["#", "盘点单号", "存放地点", "盘点日期", "已盘/品种", "状态", "报告单"],
           [[r.id, r.count_no, r.location_name, r.counted_on, f"{r.counted}/{r.line_count}", r.state_label,
             f"{r.document_id} {r.document_serial}" if r.document_id else ""] for r in rows],
           [True, False, False, False, True, False, False])
    return 0


def cmd_count(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    view = desk.supply_counts.count_view(user, args.id)
    if args.json:
        _dump(view)
        return 0
    out(f"{view.count_no}  {view.title}  {view.counted_on}  {view.state_label}")
    _table(["编码", "名称", "规格", "单位", "账存", "实存", "差异", "金额", "原因", "责任人", "赔偿"],
           [[x.code, x.name, x.specification, x.unit, x.book_quantity, x.counted_quantity, x.difference,
             f"{x.value:,.2f}" if x.difference else "", x.explanation, x.liable_name,
             f"{x.compensation:,.2f}" if x.compensation else ""] for x in view.lines],
           [False, False, False, False, True, True, True, True, False, False, True])
    return 0


def add_commands(group, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    def leaf(name: str, func, help_text: str, *, json_flag: bool = False):  # noqa: ANN001, ANN202
        p = group.add_parser(name, parents=[who], help=help_text, description=help_text)
        p.set_defaults(func=func)
        if json_flag:
            p.add_argument("--json", action="store_true", help="as JSON (amounts as decimal strings)")
        return p

    p = leaf("loan-request", cmd_loan_request, "ask to borrow lendable equipment (SUPPLY-14); prints the loan id")
    p.add_argument("item", help="item code (BG0001)")
    p.add_argument("--due", required=True, type=iso_date, help="to be returned by YYYY-MM-DD")
    p.add_argument("--purpose", required=True, help="借用事由")
    p.add_argument("--quantity", type=_quantity, default=1)
    p.add_argument("--location", help="store name (default the office store)")
    p.add_argument("--borrower", help="username (the office records a loan for someone else)")
    p = leaf("loan-decide", cmd_loan_decide, "the office head approves or refuses a loan")
    p.add_argument("id", type=record_id, help="loan id")
    p.add_argument("decision", choices=["approve", "refuse"])
    p.add_argument("--note", help="opinion (required when refusing)")
    p = leaf("loan-sign-out", cmd_loan_sign_out, "sign the lending as keeper or borrower, with the condition checked")
    p.add_argument("id", type=record_id, help="loan id")
    p.add_argument("--condition", required=True, help="the condition checked")
    p = leaf("loan-sign-return", cmd_loan_sign_return, "sign the return: the keeper first (damage, loss, "
             "compensation), then the borrower")
    p.add_argument("id", type=record_id, help="loan id")
    p.add_argument("--condition", required=True, help="the condition found")
    p.add_argument("--damaged", action="store_true")
    p.add_argument("--lost", action="store_true")
    p.add_argument("--compensation", type=_money, help="照价赔偿 in yuan (SUPPLY-12)")
    p = leaf("loans", cmd_loans, "loans (the office sees all, others their own)", json_flag=True)
    p.add_argument("--state", choices=LOAN_STATES)
    p.add_argument("--borrower", help="username")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--overdue", action="store_true", help="lent and past the due day")
    which.add_argument("--awaiting", action="store_true", help="waiting for my decision or signature")
    p = leaf("loan", cmd_loan, "one loan with its signatures", json_flag=True)
    p.add_argument("id", type=record_id, help="loan id")

    p = leaf("count-start", cmd_count_start, "start the half-yearly count of a store (SUPPLY-11); prints its id")
    p.add_argument("--location", required=True, help="store name")
    p.add_argument("--date", type=iso_date, help="counted on YYYY-MM-DD (default today)")
    p = leaf("count-enter", cmd_count_enter, "enter counted quantities and explanations")
    p.add_argument("id", type=record_id, help="count id")
    p.add_argument("--file", help="the counts as JSON (- for stdin)")
    p.add_argument("--item", help="one item's code")
    p.add_argument("--counted", type=_count_arg, help="the quantity found")
    p.add_argument("--explanation", help="the difference's cause")
    p.add_argument("--liable", help="username of the person liable")
    p.add_argument("--compensation", type=_money, help="in yuan")
    p.epilog, p.formatter_class = COUNT_KEYS, argparse.RawDescriptionHelpFormatter
    p = leaf("count-report", cmd_count_report, "file the differences for approval; prints the document id")
    p.add_argument("id", type=record_id, help="count id")
    p.add_argument("--submit", action="store_true", help="submit at once (the default; with a passphrase: signed)")
    p.add_argument("--draft", action="store_true", help="leave the document a draft")
    p = leaf("count-adjust", cmd_count_adjust, "adjust the stock by the approved differences")
    p.add_argument("id", type=record_id, help="count id")
    leaf("counts", cmd_counts, "counts of the stores", json_flag=True)
    p = leaf("count", cmd_count, "one count with its lines", json_flag=True)
    p.add_argument("id", type=record_id, help="count id")


def _count_arg(text: str) -> int:
    value = int(text) if text.isascii() and text.isdigit() and len(text) <= 7 else -1
    if not 0 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError(f"not a quantity from 0 to 1000000: {text[:40]!r}")
    return value
