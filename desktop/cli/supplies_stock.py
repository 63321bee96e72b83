"""``desktop supplies items|item-add|item-edit|item-active|locations|location-add|stock|low-stock|card``:
the office-supply catalogue (SUPPLY-02, kept by the keeper SUPPLY-08), the stores, stock on hand
per item and store, and an item's stock card (明细账), through ``desk.supplies`` as the GUI does.

Items are named by code (BG0001) or id; stores by name or id.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import CliError, count, iso_date, out, read_json
from desktop.cli.supplies import context as _context, dump as _dump, table as _table

__all__ = ["add_commands", "item_id_of", "location_id_of"]


def _text(value: str | None, what: str, limit: int = 100) -> str:
    value = value or ""
    if len(value) > limit:
        raise CliError(f"{what}: at most {limit} characters")
    return value


def item_id_of(desk, user, given: str) -> int:  # noqa: ANN001
    """An item by its code (BG0001) or id."""
    code = (given or "").strip()
    if not code or len(code) > 20 or not code.isprintable():
        raise CliError(f"not an item code or id: {given[:40]!r}")
    rows, _total = desk.supplies.items(user, text=code, active_only=False, limit=50)
    hit = [r.id for r in rows if r.code.upper() == code.upper()]
    if hit:
        return hit[0]
    if code.isascii() and code.isdigit() and len(code) < 10:
        return int(code)  # the service says if there is no such item
    raise CliError(f"没有办公用品 {code}")


def location_id_of(desk, user, given: str | None) -> int | None:  # noqa: ANN001
    """A store by name or id (None: the default store)."""
    name = (given or "").strip()
    if not name:
        return None
    for row in desk.supplies.locations(user):
        if row.name == name or str(row.id) == name:
            return row.id
    raise CliError(f"没有存放地点“{name[:40]}”")


def _money(value: Any) -> str:
    return f"{value:,.2f}"


def cmd_items(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    rows, total = desk.supplies.items(user, text=_text(args.text, "--text"), kind=args.kind,
                                      active_only=not args.all, offset=args.offset, limit=args.limit)
    if args.json:
        _dump({"total": total, "offset": args.offset, "rows": rows})
        return 0
    _table(["编码", "品名", "类别", "规格", "单位", "种类", "最低库存", "库存", "金额", "政府采购", "固定资产分类", ""],
           [[r.code, r.name, r.category, r.specification, r.unit, r.kind_label, r.reorder_level, r.on_hand,
             _money(r.value), "是" if r.procurement_catalogue else "", r.asset_category_code,
             ("可借用 " if r.lendable else "") + ("" if r.active else "停用")] for r in rows],
           [False] * 6 + [True, True, True, False, False, False])
    out(f"共 {total} 种")
    return 0


_ITEM_OPTIONS = (("code", "code"), ("name", "name"), ("category", "category"), ("specification", "specification"),
                 ("unit", "unit"), ("kind", "kind"), ("reorder_level", "reorder_level"),
                 ("asset_category", "asset_category_code"))


def _item_fields(args: argparse.Namespace) -> dict[str, Any]:
    fields = dict(read_json(args.file)) if args.file else {}
    for option, field in _ITEM_OPTIONS:
        value = getattr(args, option, None)
        if value is not None:
            fields[field] = value
    for flag, field in (("procurement_catalogue", "procurement_catalogue"), ("lendable", "lendable")):
        value = getattr(args, flag, None)
        if value is not None:
            fields[field] = value
    return fields


def cmd_item_add(args: argparse.Namespace) -> int:
    """新增办公用品 from --file and/or options (options win); prints its code."""
    fields = _item_fields(args)
    desk, user = _context(args)
    view = desk.supplies.item(user, desk.supplies.add_item(user, fields))
    out(f"{view.code}\t{view.name}\t{view.kind_label}")
    return 0


def cmd_item_edit(args: argparse.Namespace) -> int:
    changes = _item_fields(args)
    if not changes:
        raise CliError("nothing to change: give --file or options")
    desk, user = _context(args)
    item = item_id_of(desk, user, args.item)
    desk.supplies.edit_item(user, item, changes)
    view = desk.supplies.item(user, item)
    out(f"{view.code}\t{view.name}\t{view.specification}\t{view.unit}\t{view.kind_label}")
    return 0


def cmd_item_active(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    item = item_id_of(desk, user, args.item)
    desk.supplies.set_item_active(user, item, not args.stop)
    out(f"{args.item}\t{'停用' if args.stop else '启用'}")
    return 0


def cmd_locations(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    rows = desk.supplies.locations(user)
    if args.json:
        _dump(rows)
        return 0
    for r in rows:
        out(f"{r.id}\t{r.name}{'' if r.active else '（停用）'}")
    return 0


def cmd_location_add(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    location = desk.supplies.add_location(user, _text(args.name, "name", 200))
    out(f"{location}\t{args.name.strip()}")
    return 0


def _stock_rows(rows) -> None:  # noqa: ANN001
    _table(["编码", "品名", "规格", "存放地点", "库存", "借出", "可领用", "金额", "平均单价", "最低库存", ""],
           [[r.code, r.name, r.specification, r.location_name, f"{r.quantity}{r.unit}", r.on_loan, r.available,
             _money(r.value), _money(r.average_cost), r.reorder_level, "低于最低库存" if r.below_reorder else ""]
            for r in rows], [False] * 4 + [True] * 6 + [False])


def cmd_stock(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    rows = desk.supplies.stock(user, location_id=location_id_of(desk, user, args.location),
                               text=_text(args.text, "--text"), kind=args.kind, below_reorder=args.low)
    if args.json:
        _dump(rows)
        return 0
    _stock_rows(rows)
    return 0


def cmd_low_stock(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    rows = desk.supplies.low_stock(user)
    if args.json:
        _dump(rows)
        return 0
    _stock_rows(rows)
    return 0


def cmd_card(args: argparse.Namespace) -> int:
    """The item's stock card (明细账): movements with the balance after each and their reference."""
    desk, user = _context(args)
    item = item_id_of(desk, user, args.item)
    rows, total = desk.supplies.movements(user, item, location_id=location_id_of(desk, user, args.location),
                                          first=args.first, last=args.last, offset=args.offset, limit=args.limit)
    if args.json:
        _dump({"total": total, "offset": args.offset, "rows": rows})
        return 0
    _table(["日期", "摘要", "单号", "数量", "金额", "结存数量", "结存金额", "部门", "经办人"],
           [[r.occurred_on, r.kind_label, r.reference, r.quantity, _money(r.value), r.balance_quantity,
             _money(r.balance_value), r.department_name, r.staff_name] for r in rows],
           [False, False, False, True, True, True, True, False, False])
    out(f"共 {total} 笔")
    return 0


def _flag(text: str) -> bool:
    if text not in ("yes", "no"):
        raise argparse.ArgumentTypeError("yes or no")
    return text == "yes"


def add_commands(group, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    def leaf(name: str, func, help_text: str, *, json_flag: bool = False):  # noqa: ANN001, ANN202
        p = group.add_parser(name, parents=[who], help=help_text, description=help_text)
        p.set_defaults(func=func)
        if json_flag:
            p.add_argument("--json", action="store_true", help="as JSON (amounts as decimal strings)")
        return p

    def item_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--file", help="the item as JSON (- for stdin): code, name, category, specification, unit, "
                       "kind, reorder_level, procurement_catalogue, asset_category_code, lendable")
        p.add_argument("--code", help="编码 (default: the next BG0001)")
        p.add_argument("--name", help="品名")
        p.add_argument("--category", help="类别 (文具, 纸张, 碳粉, 电脑 …)")
        p.add_argument("--specification", help="规格型号")
        p.add_argument("--unit", help="计量单位")
        p.add_argument("--kind", choices=["consumable", "special"], help="一般 (consumable) or 特殊 (special) 办公用品")
        p.add_argument("--reorder-level", type=count, help="最低库存")
        p.add_argument("--asset-category", help="固定资产分类 code (GB/T 14885) for units that become fixed assets")
        p.add_argument("--procurement-catalogue", type=_flag, metavar="yes|no",
                       help="on the government procurement catalogue (not for self-purchase)")
        p.add_argument("--lendable", type=_flag, metavar="yes|no", help="lent out (cameras …)")

    p = leaf("items", cmd_items, "the office-supply catalogue with stock on hand", json_flag=True)
    p.add_argument("--text", help="in the code, name, specification, category")
    p.add_argument("--kind", choices=["consumable", "special"])
    p.add_argument("--all", action="store_true", help="stopped items too")
    p.add_argument("--offset", type=count, default=0)
    p.add_argument("--limit", type=count, default=500)

    item_options(leaf("item-add", cmd_item_add, "add a catalogue item (keeper); prints its code"))
    p = leaf("item-edit", cmd_item_edit, "change a catalogue item's fields (keeper)")
    p.add_argument("item", metavar="ITEM", help="code (BG0001) or id")
    item_options(p)
    p = leaf("item-active", cmd_item_active, "stop or resume a catalogue item (keeper)")
    p.add_argument("item", metavar="ITEM", help="code (BG0001) or id")
    p.add_argument("--stop", action="store_true", help="stop (default: resume)")

    leaf("locations", cmd_locations, "the stores (存放地点)", json_flag=True)
    p = leaf("location-add", cmd_location_add, "add a store (keeper)")
    p.add_argument("name", metavar="NAME")

    p = leaf("stock", cmd_stock, "stock on hand per item and store, with value and average cost", json_flag=True)
    p.add_argument("--location", help="store name or id")
    p.add_argument("--text", help="in the code, name, specification")
    p.add_argument("--kind", choices=["consumable", "special"])
    p.add_argument("--low", action="store_true", help="only at or below the reorder level")
    leaf("low-stock", cmd_low_stock, "items at or below their reorder level", json_flag=True)

    p = leaf("card", cmd_card, "an item's stock card (明细账)", json_flag=True)
    p.add_argument("item", metavar="ITEM", help="code (BG0001) or id")
    p.add_argument("--location", help="store name or id")
    p.add_argument("--first", type=iso_date, help="from YYYY-MM-DD")
    p.add_argument("--last", type=iso_date, help="to YYYY-MM-DD")
    p.add_argument("--offset", type=count, default=0)
    p.add_argument("--limit", type=count, default=500)
