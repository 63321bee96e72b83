"""``desktop supplies plan-…|consolidate|adhoc|purchase…|quote-add|enquirers|enquiry-confirm|choose``:
half-year plans (SUPPLY-03), the office's consolidated purchase and ad-hoc purchases (SUPPLY-04),
quotes and the order (SUPPLY-05/06/07), through ``desk.supply_purchases`` as the GUI does.

Plans and purchases are named by the id a command printed; plan and ad-hoc lines come from a JSON
file (``{"lines": [{"item_id": 3, "quantity": 10, "unit_price": "23.00", "purpose": "…"}]}``; a line
may name its item by ``"code": "BG0001"`` instead); people by username.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import CliError, iso_date, out, passphrase, read_json, record_id
from desktop.cli.supplies import context as _context, dump as _dump, table as _table

__all__ = ["add_commands"]

STATES = ("draft", "approving", "approved", "ordered", "received", "cancelled")


def _money(value: Any) -> str:
    from decimal import Decimal

    return "" if value is None else f"{Decimal(value):,.2f}"


def _year(text: str) -> int:
    value = int(text) if text.isascii() and text.isdigit() and len(text) == 4 else 0
    if not 2000 <= value <= 2099:
        raise argparse.ArgumentTypeError(f"not a year (2000–2099): {text[:20]!r}")
    return value


def _half(text: str) -> int:
    if text not in ("1", "2"):
        raise argparse.ArgumentTypeError(f"half is 1 (Jan–Jun) or 2 (Jul–Dec): {text[:20]!r}")
    return int(text)


def _text(value: str | None, what: str, limit: int = 200) -> str:
    value = value or ""
    if len(value) > limit:
        raise CliError(f"{what}: at most {limit} characters")
    return value


def _lines(desk, user, path: str) -> tuple[list[Any], str]:  # noqa: ANN001
    """The lines (and note) of a plan or ad-hoc file; item codes turned into ids."""
    record = read_json(path, shape=None)
    if isinstance(record, list):
        record = {"lines": record}
    if not isinstance(record, dict):
        raise CliError("the file must hold {\"lines\": [...]} or a list of lines")
    lines = record.get("lines")
    if not isinstance(lines, list):
        raise CliError("the file must hold {\"lines\": [...]} or a list of lines")
    out_lines = []
    for n, line in enumerate(lines, 1):
        if isinstance(line, dict) and "code" in line and "item_id" not in line:
            code = line["code"]
            if not isinstance(code, str) or not code.strip() or len(code) > 20 or not code.isprintable():
                raise CliError(f"line {n}: not an item code")
            rows, _total = desk.supplies.items(user, text=code.strip(), active_only=False, limit=50)
            hit = [r.id for r in rows if r.code.upper() == code.strip().upper()]
            if not hit:
                raise CliError(f"第{n}行：没有办公用品编码“{code.strip()}”")
            line = {**{k: v for k, v in line.items() if k != "code"}, "item_id": hit[0]}
        out_lines.append(line)
    note = record.get("note", "")
    return out_lines, note if isinstance(note, str) else ""


def _person(desk, user, username: str) -> int:  # noqa: ANN001
    from desktop.cli.assets import _person as person

    return person(desk, user, username)


def _purchase_rows(rows) -> None:  # noqa: ANN001
    _table(["ID", "采购编号", "类型", "名称", "部门", "状态", "审批单号", "估算金额", "供应商", "定购金额"],
           [[r.id, r.purchase_no, "计划" if r.kind == "plan" else "临时", r.title, r.department_name, r.state_label,
             r.document_serial, _money(r.estimated_total), r.chosen_supplier, _money(r.chosen_total)] for r in rows],
           [True, False, False, False, False, False, False, True, False, True])


# Plans -------------------------------------------------------------------------------------------
def cmd_plan_save(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    lines, note = _lines(desk, user, args.file)
    plan = desk.supply_purchases.save_plan(user, args.year, args.half, lines, _text(args.note, "--note") or note)
    if args.submit:
        desk.supply_purchases.submit_plan(user, plan)
    out(f"{plan}\t{'submitted' if args.submit else 'draft'}")
    return 0


def cmd_plan_submit(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    desk.supply_purchases.submit_plan(user, args.id)
    out(f"submitted #{args.id}")
    return 0


def cmd_plan(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    view = desk.supply_purchases.plan(user, args.id)
    if args.json:
        _dump(view)
        return 0
    out(f"{view.half_text} {view.department_name} 办公用品使用计划 #{view.id}  {view.state_label}  "
        f"截止 {view.due_on}  合计 ¥{view.total:,.2f}" + (f"  已汇总入 {view.purchase_no}" if view.purchase_no else ""))
    _table(["明细ID", "编码", "名称", "规格", "数量", "估计单价", "金额", "用途"],
           [[x.id, x.code, x.name, x.specification, f"{x.quantity}{x.unit}", _money(x.unit_price), _money(x.amount),
             x.purpose] for x in view.lines],
           [True, False, False, False, True, True, True, False])
    return 0


def cmd_plans(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    rows = desk.supply_purchases.plans(user, args.year, args.half)
    missing = desk.supply_purchases.missing_plans(user, args.year, args.half) if args.missing else None
    if args.json:
        _dump({"plans": rows, **({"missing": missing} if missing is not None else {})})
        return 0
    _table(["ID", "股室", "状态", "截止日期", "项数", "估算金额", "提交人", "提交时间"],
           [[r.id, r.department_name, r.state_label, r.due_on, r.line_count, _money(r.total), r.submitted_by_name,
             r.submitted_at or ""] for r in rows],
           [True, False, False, False, True, True, False, False])
    if missing is not None:
        out("未提交：" + ("、".join(missing) if missing else "无"))
    return 0


def cmd_plan_match(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    desk.supply_purchases.match_plan_line(user, args.line_id, args.item)
    out(f"matched line #{args.line_id} to item #{args.item}")
    return 0


# Purchases -------------------------------------------------------------------------------------
def cmd_consolidate(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    pid = desk.supply_purchases.consolidate(user, args.year, args.half, submit=not args.draft,
                                            passphrase=None if args.draft else passphrase(args))
    view = desk.supply_purchases.purchase(user, pid)
    out(f"{pid}\t{view.purchase_no}\t{view.state_label}\t¥{view.estimated_total:,.2f}")
    return 0


def cmd_adhoc(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    lines, _note = _lines(desk, user, args.file)
    pid = desk.supply_purchases.request_adhoc(user, lines, _text(args.reason, "--reason"), submit=not args.draft,
                                              passphrase=None if args.draft else passphrase(args))
    view = desk.supply_purchases.purchase(user, pid)
    out(f"{pid}\t{view.purchase_no}\t{view.state_label}\t¥{view.estimated_total:,.2f}")
    for warning in view.warnings:
        out(f"注意：{warning}")
    return 0


def cmd_purchases(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    rows = desk.supply_purchases.purchases(user, year=args.year, state=args.state)
    if args.json:
        _dump(rows)
    else:
        _purchase_rows(rows)
    return 0


def cmd_orders(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    rows = desk.supply_purchases.orders_to_receive(user)
    if args.json:
        _dump(rows)
    else:
        _purchase_rows(rows)
    return 0


def cmd_purchase(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    v = desk.supply_purchases.purchase(user, args.id)
    if args.json:
        _dump(v)
        return 0
    out(f"{v.purchase_no} {v.title}  {v.kind_label}  {v.department_name}  {v.state_label}  "
        f"审批单 {v.document_serial or v.document_id or '—'}（{v.document_state_label or '—'}）  "
        f"估算 ¥{v.estimated_total:,.2f}")
    _table(["明细ID", "编码", "名称", "规格", "数量", "估计单价", "金额", "需用股室", "已入库"],
           [[x.id, x.code, x.name, x.specification, f"{x.quantity}{x.unit}", _money(x.unit_price), _money(x.amount),
             x.department_name, x.received] for x in v.lines],
           [True, False, False, False, True, True, True, False, True])
    if v.quotes:
        out("报价：")
        _table(["报价ID", "供应商", "协议供货", "报价金额", "报价日期", "选定", "备注"],
               [[q.id, q.supplier, "是" if q.agreement_supplier else "", _money(q.total), q.quoted_on,
                 "✓" if q.chosen else "", q.note] for q in v.quotes],
               [True, False, False, True, False, False, False])
    if v.enquirers:
        out("询价人员：" + "、".join(f"{n}（{'已确认' if at else '未确认'}）" for n, at in v.enquirers))
    if v.choice_reason:
        out(f"选择理由：{v.choice_reason}")
    if v.procurement_ref:
        out(f"政府采购办批准文号：{v.procurement_ref}")
    for warning in v.warnings:
        out(f"注意：{warning}")
    return 0


def cmd_quote_add(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    quote = desk.supply_purchases.add_quote(user, args.id, _text(args.supplier, "--supplier", 100), args.total,
                                            args.date, agreement_supplier=args.agreement,
                                            note=_text(args.note, "--note"))
    out(f"{quote}")
    return 0


def cmd_enquirers(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    if len(args.people) > 20:
        raise CliError("at most 20 enquirers")
    ids = [_person(desk, user, name) for name in args.people]
    desk.supply_purchases.name_enquirers(user, args.id, ids)
    out(f"enquirers of #{args.id}: {len(set(ids))}")
    return 0


def cmd_enquiry_confirm(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    desk.supply_purchases.confirm_enquiry(user, args.id)
    out(f"confirmed #{args.id}")
    return 0


def cmd_choose(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    desk.supply_purchases.choose(user, args.id, args.quote, _text(args.reason, "--reason"),
                                 procurement_ref=_text(args.procurement_ref, "--procurement-ref", 60))
    view = desk.supply_purchases.purchase(user, args.id)
    out(f"{view.purchase_no}\t{view.state_label}\t{view.chosen_supplier}\t¥{view.chosen_total:,.2f}")
    for warning in view.warnings:
        out(f"注意：{warning}")
    return 0


def cmd_purchase_cancel(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    desk.supply_purchases.cancel(user, args.id, _text(args.reason, "--reason"))
    out(f"cancelled #{args.id}")
    return 0


def add_commands(group, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    def leaf(name: str, func, help_text: str, *, json_flag: bool = False):  # noqa: ANN001, ANN202
        p = group.add_parser(name, parents=[who], help=help_text, description=help_text)
        p.set_defaults(func=func)
        if json_flag:
            p.add_argument("--json", action="store_true", help="as JSON (amounts as decimal strings)")
        return p

    def half_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("--year", type=_year, required=True)
        p.add_argument("--half", type=_half, required=True, help="1 = January–June, 2 = July–December")

    p = leaf("plan-save", cmd_plan_save, "save your section's half-year plan (办公用品使用计划单, SUPPLY-03)")
    half_args(p)
    p.add_argument("--file", required=True, help='JSON {"lines": [{"item_id"|"code"|"description", "quantity", '
                   '"unit_price", "purpose"}], "note"} (- for stdin)')
    p.add_argument("--note")
    p.add_argument("--submit", action="store_true", help="submit to the office at once (by the due date)")
    p = leaf("plan-submit", cmd_plan_submit, "submit a saved plan to the office by its due date (SUPPLY-03)")
    p.add_argument("id", type=record_id)
    p = leaf("plan", cmd_plan, "show a plan with its lines", json_flag=True)
    p.add_argument("id", type=record_id)
    p = leaf("plans", cmd_plans, "the half-year's plans you may see", json_flag=True)
    half_args(p)
    p.add_argument("--missing", action="store_true", help="also list the sections not yet submitted (office)")
    p = leaf("plan-match", cmd_plan_match, "name the catalogue item for a plan line describing a new item (office)")
    p.add_argument("line_id", type=record_id)
    p.add_argument("--item", type=record_id, required=True, help="the catalogue item's id")

    p = leaf("consolidate", cmd_consolidate, "consolidate the submitted plans into one purchase and submit it "
             "for approval (office; SUPPLY-03/04)")
    half_args(p)
    p.add_argument("--draft", action="store_true", help="leave the approval document a draft")
    p = leaf("adhoc", cmd_adhoc, "request an ad-hoc purchase for your section (SUPPLY-04)")
    p.add_argument("--file", required=True, help='JSON {"lines": [{"item_id"|"code", "quantity", "unit_price", '
                   '"note"}]} (- for stdin)')
    p.add_argument("--reason", required=True)
    p.add_argument("--draft", action="store_true", help="leave the approval document a draft")
    p = leaf("purchases", cmd_purchases, "purchases you may see, newest first", json_flag=True)
    p.add_argument("--year", type=_year)
    p.add_argument("--state", choices=STATES)
    leaf("orders", cmd_orders, "ordered purchases not fully received (the keeper's list)", json_flag=True)
    p = leaf("purchase", cmd_purchase, "a purchase with its lines, quotes, enquirers and warnings", json_flag=True)
    p.add_argument("id", type=record_id)
    p = leaf("quote-add", cmd_quote_add, "record a supplier's quote (office; SUPPLY-05/06)")
    p.add_argument("id", type=record_id)
    p.add_argument("--supplier", required=True)
    p.add_argument("--total", required=True, help="the quoted total in yuan")
    p.add_argument("--date", type=iso_date, required=True, help="the day of the quote")
    p.add_argument("--agreement", action="store_true", help="a government agreement supplier (协议供货单位)")
    p.add_argument("--note")
    p = leaf("enquirers", cmd_enquirers, "name who gathered the quotes, two people at least (office; SUPPLY-05)")
    p.add_argument("id", type=record_id)
    p.add_argument("people", nargs="+", help="usernames")
    p = leaf("enquiry-confirm", cmd_enquiry_confirm, "confirm, as a named enquirer, that you took part (SUPPLY-05)")
    p.add_argument("id", type=record_id)
    p = leaf("choose", cmd_choose, "choose the supplier and order (office; SUPPLY-04/05/07)")
    p.add_argument("id", type=record_id)
    p.add_argument("--quote", type=record_id, required=True, help="the chosen quote's id")
    p.add_argument("--reason", required=True, help="why this supplier (say why when not the cheapest)")
    p.add_argument("--procurement-ref", help="政府采购办 approval number, for catalogue items (SUPPLY-07)")
    p = leaf("purchase-cancel", cmd_purchase_cancel, "cancel a purchase not yet received (office)")
    p.add_argument("id", type=record_id)
    p.add_argument("--reason", required=True)
