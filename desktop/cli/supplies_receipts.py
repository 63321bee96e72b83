"""``desktop supplies receive|receipts|receipt|receipt-claim|receipt-voucher|receipts-awaiting``:
办公用品入库单 checked against the order by a named office checker (SUPPLY-08, SUPPLY-01), the
fixed-asset cards they open (ASSET-13), the claim and the voucher, through ``desk.supply_receipts``.

``receive --file receipt.json``: ``{"kind": "purchase"|"opening", "purchase_id", "location",
"received_on", "checker" (username), "supplier", "invoice_no", "note", "lines": [{"item" (code) |
"item_id", "purchase_line_id", "quantity", "unit_price", "spec_ok", "quality_ok", "user" (username)
| "user_id", "note"}]}``; options override the top-level fields.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import CliError, count, iso_date, out, read_json, record_id
from desktop.cli.supplies import context as _context, dump as _dump, table as _table

__all__ = ["add_commands"]

MAX_CLI_LINES = 200


def _person(desk, user, username: Any) -> int | None:  # noqa: ANN001
    from desktop.cli.assets import _person as person

    if username is None:
        return None
    if not isinstance(username, str):
        raise CliError("a person: their username")
    return person(desk, user, username)


def _receipt_fields(desk, user, args: argparse.Namespace) -> dict[str, Any]:  # noqa: ANN001
    from desktop.cli.supplies_stock import item_id_of, location_id_of

    fields = dict(read_json(args.file))
    for option, field in (("kind", "kind"), ("purchase", "purchase_id"), ("supplier", "supplier"),
                          ("invoice", "invoice_no"), ("note", "note")):
        value = getattr(args, option, None)
        if value is not None:
            fields[field] = value
    if args.date is not None:
        fields["received_on"] = args.date.isoformat()
    location = args.location if args.location is not None else fields.pop("location", None)
    if location is not None:
        if not isinstance(location, (str, int)) or isinstance(location, bool):
            raise CliError("location: a store's name")
        fields["location_id"] = location_id_of(desk, user, str(location))
    checker = args.checker if args.checker is not None else fields.pop("checker", None)
    if checker is not None:
        fields["checker_id"] = _person(desk, user, checker)
    lines = fields.get("lines")
    if isinstance(lines, list):
        if len(lines) > MAX_CLI_LINES:
            raise CliError(f"at most {MAX_CLI_LINES} lines")
        fixed = []
        for n, line in enumerate(lines, start=1):
            if not isinstance(line, dict):
                raise CliError(f"line {n}: a JSON object")
            line = dict(line)
            code = line.pop("item", None)
            if code is not None:
                if not isinstance(code, str):
                    raise CliError(f"line {n}: item is a code (BG0001)")
                line["item_id"] = item_id_of(desk, user, code)
            who = line.pop("user", None)
            if who is not None:
                line["user_id"] = _person(desk, user, who)
            fixed.append(line)
        fields["lines"] = fixed
    return fields


def cmd_receive(args: argparse.Namespace) -> int:
    """入库: prints the receipt's number, its total and any asset cards opened."""
    desk, user = _context(args)
    receipt_id = desk.supply_receipts.receive(user, _receipt_fields(desk, user, args))
    view = desk.supply_receipts.receipt(user, receipt_id)
    cards = [ln.asset_card_no for ln in view.lines if ln.asset_card_no]
    out(f"{view.id}\t{view.receipt_no}\t¥{view.total:,.2f}" + (f"\t固定资产卡片 {'、'.join(cards)}" if cards else ""))
    return 0


def _receipt_rows(rows) -> None:  # noqa: ANN001
    _table(["ID", "入库单号", "类型", "采购单", "日期", "存放地点", "验收人", "供应商", "金额", "入库存金额", "凭证", "报销单"],
           [[r.id, r.receipt_no, r.kind_label, r.purchase_no, r.received_on, r.location_name, r.checker_name,
             r.supplier, f"{r.total:,.2f}", f"{r.stock_total:,.2f}", r.voucher_no, r.claim_serial] for r in rows],
           [True] + [False] * 7 + [True, True, False, False])


def cmd_receipts(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    rows, total = desk.supply_receipts.receipts(user, first=args.first, last=args.last, purchase_id=args.purchase,
                                                offset=args.offset, limit=args.limit)
    if args.json:
        _dump({"total": total, "offset": args.offset, "rows": rows})
        return 0
    _receipt_rows(rows)
    out(f"共 {total} 张")
    return 0


def cmd_awaiting(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    rows = desk.supply_receipts.awaiting_vouchers(user)
    if args.json:
        _dump(rows)
        return 0
    _receipt_rows(rows)
    return 0


def cmd_receipt(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    v = desk.supply_receipts.receipt(user, args.receipt)
    if args.json:
        _dump(v)
        return 0
    out(f"办公用品入库单 {v.receipt_no}  {v.kind_label}  {v.received_on}  存放：{v.location_name}")
    for label, value in (("采购单", v.purchase_no), ("供应商", v.supplier), ("发票号", v.invoice_no),
                         ("验收人", v.checker_name), ("经办人", v.recorded_by_name), ("凭证", v.voucher_no),
                         ("报销单", v.claim_serial), ("备注", v.note)):
        if value:
            out(f"  {label}：{value}")
    _table(["编码", "品名", "规格", "数量", "单价", "金额", "规格相符", "质量合格", "固定资产卡片"],
           [[ln.code, ln.name, ln.specification, f"{ln.quantity}{ln.unit}", f"{ln.unit_price:,.2f}",
             f"{ln.amount:,.2f}", "是" if ln.spec_ok else "否", "是" if ln.quality_ok else "否", ln.asset_card_no]
            for ln in v.lines], [False, False, False, True, True, True, False, False, False])
    out(f"合计 ¥{v.total:,.2f}（入库存 ¥{v.stock_total:,.2f}）")
    return 0


def cmd_claim(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    desk.supply_receipts.link_claim(user, args.receipt, args.claim)
    out(f"{desk.supply_receipts.receipt(user, args.receipt).receipt_no}\t报销单 {args.claim}")
    return 0


def cmd_voucher(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    desk.supply_receipts.draft_voucher(user, args.receipt, voucher_date=args.date)
    out(f"{args.receipt}\t凭证 {desk.supply_receipts.receipt(user, args.receipt).voucher_no}")
    return 0


def add_commands(group, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    def leaf(name: str, func, help_text: str, *, json_flag: bool = False):  # noqa: ANN001, ANN202
        p = group.add_parser(name, parents=[who], help=help_text, description=help_text)
        p.set_defaults(func=func)
        if json_flag:
            p.add_argument("--json", action="store_true", help="as JSON (amounts as decimal strings)")
        return p

    p = leaf("receive", cmd_receive, "record a 入库单 checked against the order (office staff)")
    p.add_argument("--file", required=True, help="the receipt as JSON (- for stdin), see desktop supplies receive -h")
    p.add_argument("--kind", choices=["purchase", "opening"])
    p.add_argument("--purchase", type=record_id, help="the ordered purchase's id")
    p.add_argument("--location", help="store name or id (default 办公室库房)")
    p.add_argument("--date", type=iso_date, help="入库日期 YYYY-MM-DD")
    p.add_argument("--checker", help="验收人 (an office person's username)")
    p.add_argument("--supplier")
    p.add_argument("--invoice", help="发票号")
    p.add_argument("--note")

    p = leaf("receipts", cmd_receipts, "入库单 list", json_flag=True)
    p.add_argument("--first", type=iso_date)
    p.add_argument("--last", type=iso_date)
    p.add_argument("--purchase", type=record_id)
    p.add_argument("--offset", type=count, default=0)
    p.add_argument("--limit", type=count, default=200)
    leaf("receipts-awaiting", cmd_awaiting, "purchase receipts without a voucher yet", json_flag=True)

    p = leaf("receipt", cmd_receipt, "one 入库单 with its lines", json_flag=True)
    p.add_argument("receipt", type=record_id, metavar="RECEIPT_ID")

    p = leaf("receipt-claim", cmd_claim, "link a receipt to its expense claim (office staff or accountant)")
    p.add_argument("receipt", type=record_id, metavar="RECEIPT_ID")
    p.add_argument("--claim", type=record_id, required=True, help="the expense claim document's id")

    p = leaf("receipt-voucher", cmd_voucher, "draft the receipt's voucher: Dr 1302 / Cr 2302 (accountant)")
    p.add_argument("receipt", type=record_id, metavar="RECEIPT_ID")
    p.add_argument("--date", type=iso_date, help="voucher date (default: the receipt's date)")
