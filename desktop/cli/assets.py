"""``desktop assets …``: fixed assets from a script (issue 13: anything a user can do in the GUI) —
cards (register, import of opening cards, list, show, acceptance, files, idle, custody), departures,
transfer, repair and disposal, stocktakes (count sheets, scans from a scanner or a file, the
surplus/shortage report and the adjustment), QR label sheets, depreciation, reconciliation with the
books, and the asset reports.

Cards are named by their number (ZC2026-00001), people by username, departments by name; documents
(transfer, repair, disposal) and stocktakes by the id the request printed. Everything goes through
the services the GUI uses (desk.assets, desk.asset_moves, desk.stocktakes, desk.depreciation,
desk.asset_reports); heavy modules are imported inside each command.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Sequence

from desktop.cli.common import (
    CliError,
    check_writable,
    count,
    err,
    iso_date,
    open_desk,
    out,
    passphrase,
    read_bytes,
    read_json,
    read_text,
    record_id,
    sign_in,
    write_output,
)

__all__ = ["register", "card_no_arg"]

STATUSES = ("pending", "active", "idle", "repair", "disposing", "disposed", "rejected", "written_off")
REPORTS = ("ledger", "changes", "schedule", "counts")
MAX_CARDS = 1000  # card numbers on one command line / one label sheet request


# Argument types ----------------------------------------------------------------------------------
def card_no_arg(text: str) -> str:
    """argparse type: a card number (ZC2026-00001, or an opening card's old number): printable, ≤ 40."""
    value = text.strip()
    if not value or len(value) > 40 or not value.isprintable():
        raise argparse.ArgumentTypeError(f"not a card number (e.g. ZC2026-00001): {text[:40]!r}")
    return value


def _month(text: str) -> str:
    from desktop.cli.books import month_arg

    return month_arg(text)


def _amount(text: str) -> Decimal:
    from desktop.cli.books import amount_arg

    return amount_arg(text)


def _years(text: str) -> int:
    value = int(text) if text.isascii() and text.isdigit() and len(text) <= 3 else -1
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"not a useful life in years (0..100): {text[:40]!r}")
    return value


def _year(text: str) -> int:
    value = int(text) if text.isascii() and text.isdigit() and len(text) == 4 else -1
    if not 1900 <= value <= 2999:
        raise argparse.ArgumentTypeError(f"not a year (e.g. 2026): {text[:40]!r}")
    return value


# Output ---------------------------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    """A service view as JSON values: dataclasses and named tuples as objects, Decimal as text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return {k: _plain(v) for k, v in value._asdict().items()}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _dump(value: Any) -> None:
    out(json.dumps(_plain(value), ensure_ascii=False, indent=1))


def _yuan(value: Any) -> str:
    return f"¥{Decimal(value or 0):,.2f}"


def _money(value: Any) -> str:
    return f"{Decimal(value or 0):,.2f}"


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]], right: Sequence[bool],
           widths: Sequence[int] | None = None) -> None:
    from desktop.cli.books import table

    for line in table(headers, [[("" if c is None else str(c)) for c in row] for row in rows], right, widths):
        out(line)


def _card_rows(rows: Iterable[Any]) -> None:
    _table(["卡片编号", "名称", "类别", "规格", "数量", "原值", "取得日期", "部门", "使用人", "存放地点", "状态"],
           [[r.card_no, r.name, r.category_name, r.specification, f"{r.quantity}{r.unit or ''}",
             _money(r.original_value), r.acquired_on, r.department_name, r.user_name, r.location, r.status_label]
            for r in rows],
           [False, False, False, False, True, True, False, False, False, False, False],
           [0, 24, 14, 16, 0, 0, 0, 10, 0, 14, 0])


# Looking things up -------------------------------------------------------------------------------------
def _context(args: argparse.Namespace):  # noqa: ANN202
    desk = open_desk(args)
    return desk, sign_in(desk, args)


def _card_id(desk, user, card_no: str) -> int:  # noqa: ANN001
    """The id of the card numbered ``card_no`` in the person's bureau (refused if none)."""
    for for_transfer in (False, True):  # then other departments' cards, which a transfer request names (ASSET-08)
        rows, _total = desk.assets.find(user, text=card_no, limit=50, for_transfer=for_transfer)
        for row in rows:
            if row.card_no.upper() == card_no.upper():
                return row.id
    raise CliError(f"找不到资产卡片 {card_no}")


def _card_ids(desk, user, card_nos: Sequence[str]) -> list[int]:  # noqa: ANN001
    if len(card_nos) > MAX_CARDS:
        raise CliError(f"at most {MAX_CARDS} cards at once")
    missing = []
    ids = []
    for no in dict.fromkeys(card_nos):
        try:
            ids.append(_card_id(desk, user, no))
        except CliError:
            missing.append(no)
    if missing:  # every unknown number at once, like a refusal
        raise CliError("找不到资产卡片 " + "、".join(missing[:20]) + (f" 等{len(missing)}张" if len(missing) > 20 else ""))
    return ids


def _person(desk, user, username: str | None) -> int | None:  # noqa: ANN001
    """A person (staff id) by username, or by name when exactly one person has it."""
    if username is None:
        return None
    given = username.strip()
    if not given or len(given) > 60 or not given.isprintable():
        raise CliError(f"not a username: {username[:40]!r}")
    people = desk.org.staff(user, include_inactive=True)
    hits = [p for p in people if p.username == given] or [p for p in people if p.name == given]
    if len(hits) != 1:
        raise CliError(f"没有人员“{given}”" if not hits else f"有{len(hits)}人名为“{given}”：请用用户名")
    return hits[0].id


def _department(desk, user, name: str | None) -> int | None:  # noqa: ANN001
    """A department by name (as the GUI shows it) or id."""
    given = (name or "").strip()
    if not given:
        return None
    for view in desk.org.departments(user):
        if view.name == given or str(view.id) == given:
            return view.id
    raise CliError(f"没有部门“{given[:40]}”")


def _text(value: str | None, what: str, limit: int = 500) -> str:
    """A free-text option: one clear line if it is too long (the service checks the rest)."""
    value = value or ""
    if len(value) > limit:
        raise CliError(f"{what}: at most {limit} characters")
    return value


# Categories and cards ----------------------------------------------------------------------------------
def cmd_categories(args: argparse.Namespace) -> int:
    """The asset categories (GB/T 14885-2022) with useful lives; --set-life CODE YEARS changes one."""
    desk, user = _context(args)
    if args.set_life:
        code, years = args.set_life
        try:
            years = _years(years)
        except argparse.ArgumentTypeError as exc:
            raise CliError(str(exc)) from None
        desk.assets.set_category_life(user, code[:40], years)
        out(f"{code}: {years} 年")
        return 0
    views = desk.assets.categories(user)
    if args.json:
        _dump(views)
        return 0
    _table(["编码", "名称", "类", "折旧年限", "计提折旧", ""],
           [[c.code, c.name, KIND_LABELS.get(c.kind, c.kind), c.useful_life_years, "是" if c.depreciable else "否", "" if c.active else "停用"]
            for c in views], [False, False, False, True, False, False])
    return 0


_CARD_OPTIONS = (  # option dest → the service's field
    ("name", "name"), ("category", "category_code"), ("specification", "specification"), ("unit", "unit"),
    ("quantity", "quantity"), ("value", "original_value"), ("acquired", "acquired_on"),
    ("way", "acquisition_way"), ("funding", "funding_source"), ("supplier", "supplier"),
    ("contract", "contract_no"), ("approval_ref", "approval_ref"), ("source_document", "source_document_id"),
    ("location", "location"), ("note", "note"), ("depreciated_before", "depreciated_before"),
    ("months_before", "months_before"),
)


def _card_fields(desk, user, record: dict[str, Any], args: argparse.Namespace | None = None) -> dict[str, Any]:  # noqa: ANN001
    """The service's card fields from a JSON record and/or options; "department" (a name) and
    "holder" (a username) are looked up here."""
    fields = dict(record)
    if args is not None:
        for option, field in _CARD_OPTIONS:
            value = getattr(args, option, None)
            if value is not None:
                fields[field] = value.isoformat() if isinstance(value, date) else str(value) \
                    if isinstance(value, Decimal) else value
        for flag in ("bulk", "storage_media"):
            if getattr(args, flag, False):
                fields[flag] = True
        if args.department:
            fields["department"] = args.department
        if args.holder:
            fields["holder"] = args.holder
    department = fields.pop("department", None)
    if department is not None:
        if not isinstance(department, (str, int)) or isinstance(department, bool):
            raise CliError("department: a department's name")
        fields["department_id"] = _department(desk, user, str(department))
    holder = fields.pop("holder", None)
    if holder is not None:
        if not isinstance(holder, str):
            raise CliError("holder: a username")
        fields["user_id"] = _person(desk, user, holder)
    return fields


def cmd_register(args: argparse.Namespace) -> int:
    """建卡: a card from --file card.json and/or the options (options win); prints its number."""
    record = read_json(args.file) if args.file else {}
    desk, user = _context(args)
    fields = _card_fields(desk, user, record, args)
    card_id = desk.assets.register(user, fields, opening=args.opening)
    view = desk.assets.card(user, card_id)
    if args.json:
        _dump(view)
    else:
        out(f"{view.card_no}\t{view.name}\t{view.status_label}")
    return 0


MAX_IMPORT_BYTES = 10 * 1024 * 1024
MAX_IMPORT_ROWS = 5000
_IMPORT_EXTRA = {"department": "使用部门", "holder": "使用人"}


def _import_rows(data: bytes, name: str) -> tuple[list[tuple[int, dict[str, Any]]], list[str]]:
    """The sheet's rows as card records (row number, record) and every header problem. Row 1 holds
    the headers: the card's Chinese labels (资产名称, 资产分类 …, 使用部门, 使用人) or the field
    names; blank rows are skipped."""
    import io
    import zipfile

    from openpyxl import load_workbook

    from desktop.domain.input_gate.asset_cards import CARD_FIELDS, CARD_LABELS, OPENING_FIELDS

    names = {**{f: f for f in (*CARD_FIELDS, *OPENING_FIELDS)}, **{CARD_LABELS[f]: f for f in CARD_LABELS if f},
             **{v: k for k, v in _IMPORT_EXTRA.items()}, **{k: k for k in _IMPORT_EXTRA}}
    names.pop("资产卡片", None)
    names["使用部门"], names["使用人"] = "department", "holder"  # names, not ids, in a sheet
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise CliError(f"{name}: not an Excel workbook (.xlsx): {str(exc)[:80]}") from None
    sheet = book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = next(rows, None) or ()
    columns: dict[int, str] = {}
    problems = []
    for i, cell in enumerate(header):
        label = str(cell).strip() if cell is not None else ""
        if not label:
            continue
        if label not in names:
            problems.append(f"第1行 第{i + 1}列：不认识的列名“{label[:30]}”")
        else:
            columns[i] = names[label]
    for required in ("name", "category_code", "original_value", "acquired_on"):
        if required not in columns.values():
            problems.append(f"第1行：缺少“{CARD_LABELS[required]}”列")
    out_rows = []
    for n, values in enumerate(rows, start=2):
        if n - 1 > MAX_IMPORT_ROWS:
            problems.append(f"多于 {MAX_IMPORT_ROWS} 行：请分批导入")
            break
        if not any(v not in (None, "") for v in values):
            continue
        record: dict[str, Any] = {}
        for i, field in columns.items():
            value = values[i] if i < len(values) else None
            if value is None or value == "":
                continue
            if isinstance(value, datetime):
                value = value.date().isoformat()
            elif isinstance(value, date):
                value = value.isoformat()
            elif isinstance(value, float):
                value = format(Decimal(repr(value)), "f")
            elif isinstance(value, str):
                value = value.strip()
            record[field] = value
        out_rows.append((n, record))
    return out_rows, problems


def cmd_import(args: argparse.Namespace) -> int:
    """Opening cards (期初卡片, assets already in use) from Excel: every problem with its row and
    column; nothing is written unless every row is good."""
    from desktop.domain.input_gate.asset_cards import CARD_LABELS, read_card

    data = read_bytes(args.xlsx, what="XLSX file", limit=MAX_IMPORT_BYTES)
    file_name = Path(args.xlsx).name
    rows, problems = _import_rows(data, file_name)
    desk, user = _context(args)
    departments = {d.name: d.id for d in desk.org.departments(user)}
    people = desk.org.staff(user, include_inactive=True)
    categories = {c.code for c in desk.assets.categories(user) if c.active}
    columns = {field: label for field, label in CARD_LABELS.items()}
    records = []
    for n, record in rows:
        dept = record.pop("department", None)
        if dept is not None:
            if str(dept) in departments:
                record["department_id"] = departments[str(dept)]
            else:
                problems.append(f"第{n}行 使用部门：没有部门“{str(dept)[:30]}”")
        holder = record.pop("holder", None)
        if holder is not None:
            hits = [p for p in people if p.username == str(holder)] or [p for p in people if p.name == str(holder)]
            if len(hits) == 1:
                record["user_id"] = hits[0].id
            else:
                problems.append(f"第{n}行 使用人：{'没有' if not hits else '多人名为'}“{str(holder)[:30]}”")
        got, gate = read_card(record, opening=True, today=date.today())
        problems += [f"第{n}行 {p.text}" for p in gate]
        if got is not None and got.category_code not in categories:
            problems.append(f"第{n}行 {columns['category_code']}：没有分类 {got.category_code}")
        records.append((n, record))
    if not records and not problems:
        problems.append(f"{file_name}：没有卡片行")
    if problems:
        for line in problems[:200]:
            err(f"refused: {line}")
        if len(problems) > 200:
            err(f"refused: 另有{len(problems) - 200}处问题未列出")
        err(f"nothing imported: {len(problems)} problem(s) in {file_name}")
        return 2
    if args.dry_run:
        out(f"checked (nothing written): {len(records)} opening cards in {file_name}")
        return 0
    bulk = getattr(desk.assets, "import_opening", None)
    if bulk is not None:  # one transaction for the whole sheet (the cards service)
        card_ids = bulk(user, [r for _, r in records])
    else:
        card_ids = [desk.assets.register(user, r, opening=True) for _, r in records]
    numbers = [desk.assets.card(user, card_ids[0]).card_no, desk.assets.card(user, card_ids[-1]).card_no]
    out(f"imported {len(card_ids)} opening cards: {numbers[0]} … {numbers[1]}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    rows, total = desk.assets.find(user, text=_text(args.text, "--text", 100), status=args.status,
                                   category=args.category, department_id=_department(desk, user, args.department),
                                   location=args.location, user_id=_person(desk, user, args.holder),
                                   offset=args.offset, limit=args.limit)
    if args.json:
        _dump({"total": total, "offset": args.offset, "rows": rows})
        return 0
    _card_rows(rows)
    shown_to = args.offset + len(rows)
    more = f"；下一页 --offset {shown_to}" if shown_to < total else ""
    out(f"第 {args.offset + 1 if rows else args.offset}–{shown_to} 张，共 {total} 张{more}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    """A card with its values, acceptances, files and history."""
    desk, user = _context(args)
    v = desk.assets.card(user, _card_id(desk, user, args.card))
    if args.json:
        _dump(v)
        return 0
    out(f"固定资产卡片 {v.card_no}  {v.name}  {v.status_label}")
    pairs = [("类别", f"{v.category_code} {v.category_name}"), ("规格型号", v.specification),
             ("数量", f"{v.quantity}{v.unit or ''}"), ("原值", _yuan(v.original_value)),
             ("累计折旧", _yuan(v.accumulated)), ("净值", _yuan(v.net_value)), ("取得日期", v.acquired_on),
             ("取得方式", _way(v.acquisition_way)), ("资金来源", v.funding_source), ("供应商", v.supplier),
             ("合同号", v.contract_no), ("批复文号", v.approval_ref), ("使用部门", v.department_name),
             ("使用人", v.user_name), ("存放地点", v.location), ("备注", v.note)]
    for label, value in pairs:
        if value not in (None, ""):
            out(f"  {label}：{value}")
    for a in v.acceptances or ():
        role = "使用人" if a.role == "user" else "资产管理员"
        at = a.at.strftime("%Y-%m-%d %H:%M") if hasattr(a.at, "strftime") else a.at
        out(f"  验收：{role} {a.staff_name} {'合格' if a.result == 'accepted' else '不合格'} {at} {a.note}".rstrip())
    for f in v.files or ():
        out(f"  文件 #{f.id} {f.kind} {f.file_name} ({f.size} bytes)")
    if v.history:
        out("变动记录：")
        _table(["时间", "事项", "摘要", "经办人", "单据"],
               [[h.at.strftime("%Y-%m-%d %H:%M") if hasattr(h.at, "strftime") else h.at, h.kind_label, h.summary,
                 h.staff_name, h.document_serial] for h in v.history],
               [False] * 5, [0, 0, 50, 0, 0])
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    """修改卡片: the fields in --file changes.json (value, category and date only while pending), with a reason."""
    record = read_json(args.file)
    desk, user = _context(args)
    changes = _card_fields(desk, user, record)
    card_id = _card_id(desk, user, args.card)
    desk.assets.edit(user, card_id, changes, _text(args.reason, "--reason"))
    out(f"{args.card}\t{desk.assets.card(user, card_id).history[-1].summary}")
    return 0


def cmd_file_get(args: argparse.Namespace) -> int:
    """A card's photo or document (its id from assets show) written to --out."""
    check_writable(args.out)
    desk, user = _context(args)
    _name, content = desk.assets.file(user, args.id)
    write_output(args.out, content)
    return 0


def _way(code: str) -> str:
    from desktop.services.asset_records import WAY_LABELS

    return WAY_LABELS.get(code, code)


KIND_LABELS = {"general": "通用设备", "special": "专用设备", "furniture": "家具用具", "building": "房屋构筑物",
               "heritage": "文物陈列品", "library": "图书档案"}


def cmd_accept(args: argparse.Namespace) -> int:
    """验收 by the card's user or the asset manager (ASSET-11); --reject: 验收不合格."""
    desk, user = _context(args)
    card_id = _card_id(desk, user, args.card)
    desk.assets.accept(user, card_id, result="rejected" if args.reject else "accepted",
                       note=_text(args.note, "--note"))
    out(f"{args.card}\t{desk.assets.card(user, card_id).status_label}")
    return 0


def cmd_file_add(args: argparse.Namespace) -> int:
    """A photo (--photo) or document on the card."""
    content = read_bytes(args.path, what="file", limit=20 * 1024 * 1024)
    desk, user = _context(args)
    file_id = desk.assets.add_file(user, _card_id(desk, user, args.card), "photo" if args.photo else "document",
                                   Path(args.path).name, content)
    out(f"file #{file_id} {Path(args.path).name} ({len(content)} bytes) on {args.card}")
    return 0


def cmd_idle(args: argparse.Namespace) -> int:
    """闲置 (ASSET-12); --back: in use again."""
    desk, user = _context(args)
    card_id = _card_id(desk, user, args.card)
    desk.assets.set_idle(user, card_id, not args.back, _text(args.note, "--note"))
    out(f"{args.card}\t{desk.assets.card(user, card_id).status_label}")
    return 0


def cmd_reassign(args: argparse.Namespace) -> int:
    """Another user or location within the department (other departments: assets transfer)."""
    desk, user = _context(args)
    if args.holder is None and args.location is None:
        raise CliError("give --holder USERNAME and/or --location PLACE")
    card_id = _card_id(desk, user, args.card)
    desk.assets.reassign(user, card_id, user_id=_person(desk, user, args.holder), location=args.location,
                         reason=_text(args.reason, "--reason"))
    v = desk.assets.card(user, card_id)
    out(f"{v.card_no}\t{v.user_name}\t{v.location}")
    return 0


def cmd_holdings(args: argparse.Namespace) -> int:
    """Everything a person holds (ASSET-07)."""
    desk, user = _context(args)
    rows = desk.assets.holdings(user, _person(desk, user, args.person))
    if args.json:
        _dump(rows)
        return 0
    _card_rows(rows)
    out(f"{args.person} 持有 {len(rows)} 张卡片")
    return 0


def cmd_awaiting(args: argparse.Namespace) -> int:
    """Cards waiting for this person's acceptance, and the moves waiting for them."""
    desk, user = _context(args)
    rows = desk.assets.awaiting_acceptance(user)
    moves = desk.asset_moves.open_moves(user)
    if args.json:
        _dump({"acceptance": rows, "moves": moves})
        return 0
    out(f"待验收 {len(rows)} 张")
    if rows:
        _card_rows(rows)
    out(f"待办单据 {len(moves)} 件")
    for m in moves:
        out(f"  {m.document_id}\t{m.serial}\t{m.action_label}\t{m.title}\t{m.cards}")
    return 0


def cmd_departure_start(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    departure_id = desk.assets.start_departure(user, _person(desk, user, args.person), args.kind, args.date,
                                               _text(args.note, "--note"))
    rows = desk.assets.holdings(user, _person(desk, user, args.person))
    out(f"departure #{departure_id}: {args.person} holds {len(rows)} card(s)")
    for r in rows:
        out(f"  {r.card_no}\t{r.name}\t{r.location}")
    return 0


def cmd_departure_sign(args: argparse.Namespace) -> int:
    """The asset manager signs the leaver's papers — refused while anything is unreturned (ASSET-07)."""
    desk, user = _context(args)
    desk.assets.sign_departure(user, _person(desk, user, args.person))
    out(f"signed: {args.person} has handed everything over")
    return 0


def cmd_departures(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    views = desk.assets.departures(user)
    if args.json:
        _dump(views)
        return 0
    _table(["人员", "部门", "类别", "离岗日期", "持有", "签署", "说明"],
           [[v.staff_name, v.department_name, {"leave": "调离", "retire": "退休"}.get(v.kind, v.kind), v.leaving_on,
             v.held, v.signed_by or "未签", v.note] for v in views],
           [False, False, False, False, True, False, False], [0, 0, 0, 0, 0, 0, 30])
    return 0


# Transfer, repair, disposal ------------------------------------------------------------------------------
def _submit_kw(args: argparse.Namespace) -> dict[str, Any]:
    return {"submit": args.submit, "passphrase": passphrase(args) if args.submit else None}


def cmd_transfer_request(args: argparse.Namespace) -> int:
    """转移 requested by the receiving department (ASSET-08); prints the document id."""
    desk, user = _context(args)
    ids = _card_ids(desk, user, args.cards)
    doc = desk.asset_moves.request_transfer(user, ids, _department(desk, user, args.to),
                                            to_user_id=_person(desk, user, args.to_holder),
                                            to_location=_text(args.to_location, "--to-location", 100),
                                            reason=_text(args.reason, "--reason"), **_submit_kw(args))
    out(f"{doc}\t{'submitted' if args.submit else 'draft'}")
    return 0


def cmd_transfer_release(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    desk.asset_moves.release(user, args.id)
    out(f"released #{args.id}")
    return 0


def cmd_transfer_apply(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    desk.asset_moves.apply_transfer(user, args.id)
    out(f"applied #{args.id}")
    return 0


def cmd_move_show(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    view = desk.asset_moves.move(user, args.id)
    _dump(view)
    return 0


def cmd_repair_request(args: argparse.Namespace) -> int:
    """维修 requested by the user (ASSET-09; --sent-out: ASSET-10); prints the document id."""
    desk, user = _context(args)
    doc = desk.asset_moves.request_repair(user, _card_id(desk, user, args.card), _text(args.fault, "--fault"),
                                          sent_out=args.sent_out, damage_by_id=_person(desk, user, args.damage_by),
                                          **_submit_kw(args))
    out(f"{doc}\t{'submitted' if args.submit else 'draft'}")
    return 0


def cmd_repair_complete(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    desk.asset_moves.complete_repair(user, args.id, cost=args.cost, repairer=_text(args.repairer, "--repairer", 100),
                                     supervisor_id=_person(desk, user, args.supervisor),
                                     compensation=args.compensation or Decimal("0"), note=_text(args.note, "--note"))
    out(f"repaired #{args.id}: {_yuan(args.cost)}")
    return 0


def cmd_dispose_request(args: argparse.Namespace) -> int:
    """报废/处置 with the appraisal (ASSET-03); prints the document id."""
    desk, user = _context(args)
    ids = _card_ids(desk, user, args.cards)
    appraisal = read_text(args.appraisal_file, what="appraisal") if args.appraisal_file else args.appraisal
    doc = desk.asset_moves.request_disposal(user, ids, way=args.way, appraisal=_text(appraisal, "appraisal", 5000),
                                            **_submit_kw(args))
    out(f"{doc}\t{'submitted' if args.submit else 'draft'}")
    return 0


def cmd_dispose_external(args: argparse.Namespace) -> int:
    """The external approval (区国资局批复, ASSET-02/03) recorded before the cards close."""
    desk, user = _context(args)
    desk.asset_moves.record_external_approval(user, args.id, _text(args.authority, "--authority", 100),
                                              _text(args.reference, "--reference", 100), args.date)
    out(f"recorded {args.reference} for #{args.id}")
    return 0


def cmd_dispose_close(args: argparse.Namespace) -> int:
    """处置完毕: the cards close; residual income owed per the preset (ASSET-04); wiped media."""
    desk, user = _context(args)
    wiped = tuple(_card_ids(desk, user, args.wiped)) if args.wiped else ()
    desk.asset_moves.close_disposal(user, args.id, residual_income=args.residual or Decimal("0"),
                                    wiped_card_ids=wiped)
    out(f"closed #{args.id}" + (f", 残值收入 {_yuan(args.residual)}" if args.residual else ""))
    return 0


def cmd_dispose_voucher(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    voucher_id = desk.asset_moves.draft_disposal_voucher(user, args.id)
    _voucher_out(desk, user, voucher_id)
    return 0


def cmd_dispose_show(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    _dump(desk.asset_moves.disposal(user, args.id))
    return 0


def _voucher_out(desk, user, voucher_id: int | None) -> None:  # noqa: ANN001
    if voucher_id is None:
        out("no voucher")
        return
    v = desk.books.voucher(user, voucher_id)
    out(f"voucher {v.id}\t{v.voucher_no}\t{v.document_id}\t{v.state_label}\t{_yuan(v.total)}")


# Stocktakes -------------------------------------------------------------------------------------------
def cmd_count_start(args: argparse.Namespace) -> int:
    """A stocktake (清查盘点) of a location or department; prints its id."""
    desk, user = _context(args)
    counters = tuple(_person(desk, user, c) for c in args.counter or ())
    sid = desk.stocktakes.start(user, _text(args.title, "title", 100), location=_text(args.location, "--location", 100),
                                department_id=_department(desk, user, args.department), counted_on=args.date,
                                counter_ids=counters)
    expected = desk.stocktakes.expected(user, sid)
    out(f"{sid}\t{len(expected)} cards expected")
    return 0


def _tags(args: argparse.Namespace) -> Iterable[str]:
    """Tags one per line: from --tags FILE, else standard input as it comes (a scanner types a line per scan)."""
    if args.tags:
        yield from read_text(args.tags, what="tags file").splitlines()
        return
    if sys.stdin is None:
        raise CliError("no standard input: give --tags FILE")
    try:
        yield from sys.stdin
    except UnicodeDecodeError:
        raise CliError("standard input: not UTF-8 text") from None


def cmd_count_scan(args: argparse.Namespace) -> int:
    """Scans: each tag's result as it is read (found / duplicate / unknown / elsewhere)."""
    desk, user = _context(args)
    desk.stocktakes.stocktake(user, args.id)  # a missing stocktake is refused before any tag is read
    tally: dict[str, int] = {}
    for raw in _tags(args):
        tag = raw.strip()
        if not tag:
            continue
        if len(tag) > 200 or not tag.isprintable():
            out(f"unknown\t{tag[:40]!r}\tnot a tag (control characters, or longer than 200)")
            tally["unknown"] = tally.get("unknown", 0) + 1
            continue
        result = desk.stocktakes.scan(user, args.id, tag)
        tally[result.kind] = tally.get(result.kind, 0) + 1
        line = "\t".join(x for x in (result.kind, result.card_no or tag, result.name or "", result.message or "") if x)
        out(line)  # one line per scan, its kind first (found / duplicate / unknown / elsewhere)
        if sys.stdout is not None:
            sys.stdout.flush()
    out("scanned: " + ", ".join(f"{k} {n}" for k, n in sorted(tally.items())) if tally else "scanned: nothing")
    return 0


def cmd_count_summary(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    s = desk.stocktakes.summary(user, args.id)
    if args.json:
        _dump(s)
        return 0
    out(f"盘点 #{args.id}: 应盘 {s.expected}，已盘到 {s.found}，扫描 {s.scans} 次，重复扫描 {s.duplicates}，"
        f"未知标签 {len(s.unknown_tags)}，未盘到 {len(s.not_found)}，不在账面位置 {len(s.elsewhere)}")
    if s.not_found:
        out("未盘到：")
        _card_rows(s.not_found)
    if s.elsewhere:
        out("账面不在此处：")
        _card_rows(s.elsewhere)
    for tag in s.unknown_tags:
        out(f"未知标签：{tag}")
    return 0


DIFF_KEYS = """JSON of the surplus/shortage report (盘盈盘亏报告):
  {"differences": [{"kind": "shortage", "card": "ZC2026-00012", "description": "台式电脑",
                    "value": "4200.00", "cause": "损坏后丢弃", "handling": "核销，责任人赔偿"},
                   {"kind": "surplus", "description": "文件柜（无卡片）", "value": "800.00",
                    "cause": "未入账", "handling": "盘盈入账"}]}
  "card" is a card number (or give "card_id"); an empty list reports that books and count agree.
"""


def cmd_count_report(args: argparse.Namespace) -> int:
    """盘盈/盘亏 report with causes and proposed handling (ASSET-06); prints the document id."""
    record = read_json(args.file)
    desk, user = _context(args)
    differences = record.get("differences")
    if not isinstance(differences, list) or not all(isinstance(d, dict) for d in differences):
        raise CliError(f"{args.file}: \"differences\" must be a list of objects")
    rows = []
    for d in differences:
        row = dict(d)
        card = row.pop("card", None)
        if card is not None:
            try:
                row["card_id"] = _card_id(desk, user, card_no_arg(card if isinstance(card, str) else ""))
            except argparse.ArgumentTypeError as exc:
                raise CliError(f"differences: {exc}") from None
        rows.append(row)
    doc = desk.stocktakes.report(user, args.id, rows, **_submit_kw(args))
    out(f"{doc}\t{'submitted' if args.submit else 'draft'}")
    return 0


def cmd_count_adjust(args: argparse.Namespace) -> int:
    """The approved report applied to the cards."""
    desk, user = _context(args)
    desk.stocktakes.adjust(user, args.id)
    out(f"adjusted #{args.id}")
    return 0


def cmd_count_list(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    views = desk.stocktakes.stocktakes(user)
    if args.json:
        _dump(views)
        return 0
    _table(["#", "名称", "地点", "部门", "盘点日", "状态", "扫描", "报告单"],
           [[v.id, v.title, v.location, v.department_name, v.counted_on, v.state_label, v.scans,
             f"{v.document_id} {v.document_serial}" if v.document_id else ""] for v in views],
           [True, False, False, False, False, False, True, False], [0, 24, 14, 10, 0, 0, 0, 0])
    return 0


def cmd_count_proposed(args: argparse.Namespace) -> int:
    """The report's lines to start from (a shortage per card not found, a surplus per unknown tag),
    as the JSON ``count report --file`` reads: fill in cause and handling."""
    desk, user = _context(args)
    _dump({"differences": desk.stocktakes.proposed(user, args.id)})
    return 0


def cmd_labels(args: argparse.Namespace) -> int:
    """QR label sheet (asset number + name) for common label stock."""
    check_writable(args.out)
    desk, user = _context(args)
    if args.cards:
        ids = _card_ids(desk, user, args.cards)
    else:
        rows, total = desk.assets.find(user, location=args.location, limit=5000)
        if total > len(rows):
            raise CliError(f"{total} cards at {args.location!r}: at most 5000 labels at once")
        ids = [r.id for r in rows if r.status not in ("disposed", "rejected", "written_off")]
        if not ids:
            raise CliError(f"no cards at {args.location[:40]!r}")
    write_output(args.out, desk.stocktakes.label_pdf(user, ids, layout=args.layout))
    return 0


def cmd_count_sheet(args: argparse.Namespace) -> int:
    check_writable(args.out)
    desk, user = _context(args)
    write_output(args.out, desk.stocktakes.count_sheet_pdf(user, args.id))
    return 0


# Depreciation and reports ------------------------------------------------------------------------------
def cmd_depreciate(args: argparse.Namespace) -> int:
    """The month's straight-line depreciation (idempotent); --preview: what it would be."""
    desk, user = _context(args)
    if args.preview:
        p = desk.depreciation.preview(user, args.period)
        if args.json:
            _dump(p)
            return 0
        _table(["卡片编号", "名称", "部门", "费用科目", "原值", "期初累计折旧", "本月折旧", "期末净值"],
               [[r.card_no, r.name, r.department_name, r.expense_account, _money(r.original_value),
                 _money(r.accumulated_before), _money(r.amount), _money(r.net_after)] for r in p.rows],
               [False, False, False, False, True, True, True, True], [0, 24, 10, 0, 0, 0, 0, 0])
        state = "已计提" if p.already else "未计提"
        out(f"{p.period} 折旧合计 {_yuan(p.total)}（{len(p.rows)} 张，{state}）")
        return 0
    run = desk.depreciation.run(user, args.period, draft_voucher=not args.no_voucher)
    if args.json:
        _dump(run)
        return 0
    verb = "already run" if run.already else "depreciated"
    voucher = f", voucher {run.voucher_no}" if run.voucher_no else ""
    out(f"{verb} {run.period}: {_yuan(run.total)} on {run.cards} cards{voucher}")
    if run.note:
        out(run.note)
    return 0


def cmd_reconcile(args: argparse.Namespace) -> int:
    """Cards against the ledger (1601, 1602) to the fen: exit 1 if they differ (ASSET-06)."""
    desk, user = _context(args)
    r = desk.depreciation.reconcile(user, args.period)
    if args.json:
        _dump(r)
    else:
        _table(["", "卡片", "总账", "差额"],
               [["固定资产原值", _money(r.original_cards), _money(r.original_ledger),
                 _money(Decimal(r.original_cards) - Decimal(r.original_ledger))],
                ["累计折旧", _money(r.accumulated_cards), _money(r.accumulated_ledger),
                 _money(Decimal(r.accumulated_cards) - Decimal(r.accumulated_ledger))]],
               [False, True, True, True])
        for line in r.differences:
            out(f"  {line}")
        out(f"{r.period} 账卡相符（{r.cards} 张卡片）" if r.agree else f"{r.period} 账卡不符")
    if not r.agree:
        err(f"warning: the cards and the ledger differ for {args.period}")
    return 0 if r.agree else 1


def cmd_vouchers_awaiting(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    rows = desk.depreciation.awaiting_vouchers(user)
    if args.json:
        _dump(rows)
        return 0
    _table(["卡片编号", "名称", "取得方式", "原值", "取得日期", "部门", "供应商"],
           [[r.card_no, r.name, r.way_label, _money(r.original_value), r.acquired_on, r.department_name, r.supplier]
            for r in rows], [False, False, False, True, False, False, False], [0, 24, 0, 0, 0, 10, 20])
    return 0


def cmd_acquisition_voucher(args: argparse.Namespace) -> int:
    desk, user = _context(args)
    voucher_id = desk.depreciation.draft_acquisition_voucher(user, _card_ids(desk, user, args.cards))
    _voucher_out(desk, user, voucher_id)
    return 0


def _report_kw(args: argparse.Namespace) -> dict[str, Any]:
    which = args.which
    if which == "ledger":
        return {"as_of": args.as_of or date.today()}
    if which == "changes":
        if not (args.first and args.last):
            raise CliError("changes: give --first YYYY-MM and --last YYYY-MM")
        return {"first_period": args.first, "last_period": args.last}
    if which == "schedule":
        return {"year": args.year or date.today().year}
    return {"by": args.by}


def cmd_report(args: argparse.Namespace) -> int:
    """资产台账, 资产增减变动表, 折旧明细表, 分类/部门统计 as Excel (--xlsx) or a printable sheet (--pdf)."""
    if not (args.xlsx or args.pdf):
        raise CliError("give --xlsx FILE and/or --pdf FILE")
    for target in (args.xlsx, args.pdf):
        if target:
            check_writable(target)
    kw = _report_kw(args)
    desk, user = _context(args)
    reports = desk.asset_reports
    if args.pdf:
        pdf = reports.sheet_pdf(user, args.which, **kw)
    if args.xlsx:
        _export_xlsx(reports, user, args.which, args.xlsx, kw)
    if args.pdf:
        write_output(args.pdf, pdf)
    return 0


def _export_xlsx(reports, user, which: str, path: str, kw: dict[str, Any]) -> None:  # noqa: ANN001
    """The service writes a workbook to a path: into a scratch file first, then whole into place."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="desk-assets-") as folder:
        scratch = Path(folder) / "report.xlsx"
        reports.export_xlsx(user, which, str(scratch), **kw)
        write_output(path, scratch.read_bytes())


# Parser ----------------------------------------------------------------------------------------------
def register(sub, db: argparse.ArgumentParser, who: argparse.ArgumentParser) -> None:  # noqa: ANN001, ARG001
    assets = sub.add_parser("assets", help="fixed assets: cards, acceptance, transfer, repair, disposal, stocktake, "
                            "depreciation, reports").add_subparsers(dest="assets_command", required=True)

    def leaf(group, name: str, func, help_text: str, *, json_flag: bool = False):  # noqa: ANN001, ANN202
        p = group.add_parser(name, parents=[who], help=help_text, description=help_text)
        p.set_defaults(func=func)
        if json_flag:
            p.add_argument("--json", action="store_true", help="as JSON (amounts as decimal strings)")
        return p

    def group(name: str, help_text: str):  # noqa: ANN202
        return assets.add_parser(name, help=help_text).add_subparsers(dest=f"assets_{name}_command", required=True)

    def submit_flag(p: argparse.ArgumentParser) -> None:
        p.add_argument("--submit", action="store_true",
                       help="submit for approval at once (with a passphrase: the signed sheet); "
                            "else a draft for desktop approvals submit ID")

    p = leaf(assets, "categories", cmd_categories, "asset categories (GB/T 14885-2022) with useful lives",
             json_flag=True)
    p.add_argument("--set-life", nargs=2, metavar=("CODE", "YEARS"), help="change a category's useful life")

    p = leaf(assets, "register", cmd_register, "register a card (建卡) from --file and/or options; prints its number",
             json_flag=True)
    p.add_argument("--file", help="the card as JSON (- for stdin); keys as the options' field names")
    p.add_argument("--opening", action="store_true", help="an asset already in use (期初: active, no acceptance)")
    p.add_argument("--name")
    p.add_argument("--category", help="category code (GB/T 14885), see assets categories")
    p.add_argument("--specification")
    p.add_argument("--unit")
    p.add_argument("--quantity", type=count)
    p.add_argument("--value", type=_amount, help="原值 in yuan")
    p.add_argument("--acquired", type=iso_date, help="取得日期 YYYY-MM-DD")
    p.add_argument("--way", choices=["purchase", "transfer_in", "donation", "surplus", "other"])
    p.add_argument("--funding", help="资金来源")
    p.add_argument("--supplier")
    p.add_argument("--contract", help="合同号")
    p.add_argument("--approval-ref", help="购置批复文号 (ASSET-02)")
    p.add_argument("--source-document", type=record_id, help="the purchase or receipt document id")
    p.add_argument("--department", help="使用部门 (name)")
    p.add_argument("--holder", help="使用人 (username)")
    p.add_argument("--location", help="存放地点")
    p.add_argument("--bulk", action="store_true", help="a batch of durable items on one card (ASSET-01)")
    p.add_argument("--storage-media", action="store_true", help="holds data (wiped before disposal)")
    p.add_argument("--note")
    p.add_argument("--depreciated-before", type=_amount, help="opening card: depreciation before the books")
    p.add_argument("--months-before", type=count, help="opening card: months depreciated before the books")

    p = leaf(assets, "import", cmd_import, "opening cards from Excel (row 1: 资产名称, 资产分类, 原值, 取得日期, "
             "期初累计折旧, 已提折旧月数, 使用部门, 使用人 …): every problem with row and column, nothing written "
             "unless all good")
    p.add_argument("--xlsx", required=True, metavar="FILE.xlsx")
    p.add_argument("--dry-run", action="store_true", help="check every row, write nothing")

    p = leaf(assets, "list", cmd_list, "cards, filtered, a page at a time", json_flag=True)
    p.add_argument("--text", help="in the number, name, specification")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--category", help="category code")
    p.add_argument("--department", help="department name")
    p.add_argument("--location")
    p.add_argument("--holder", help="使用人 (username)")
    p.add_argument("--offset", type=count, default=0)
    p.add_argument("--limit", type=count, default=200)

    p = leaf(assets, "show", cmd_show, "a card with values, acceptances, files and history", json_flag=True)
    p.add_argument("card", type=card_no_arg, metavar="CARD_NO")

    p = leaf(assets, "accept", cmd_accept, "验收 a new card (its user and the asset manager, ASSET-11)")
    p.add_argument("card", type=card_no_arg, metavar="CARD_NO")
    p.add_argument("--reject", action="store_true", help="验收不合格")
    p.add_argument("--note")

    p = leaf(assets, "edit", cmd_edit, "修改卡片 with a reason (original value, category, date: only before acceptance)")
    p.add_argument("card", type=card_no_arg, metavar="CARD_NO")
    p.add_argument("--file", required=True, help='the changed fields as JSON (- for stdin), e.g. {"location": "302室"}')
    p.add_argument("--reason", required=True)

    files = group("file", "photos and documents on a card")
    p = leaf(files, "add", cmd_file_add, "add a photo (--photo) or document to a card")
    p.add_argument("card", type=card_no_arg, metavar="CARD_NO")
    p.add_argument("path")
    p.add_argument("--photo", action="store_true")
    p = leaf(files, "get", cmd_file_get, "write a card's photo or document (id from assets show) to a file")
    p.add_argument("id", type=record_id, help="file id")
    p.add_argument("--out", required=True)

    p = leaf(assets, "idle", cmd_idle, "mark a card idle (闲置, ASSET-12); --back: in use again")
    p.add_argument("card", type=card_no_arg, metavar="CARD_NO")
    p.add_argument("--back", action="store_true")
    p.add_argument("--note")

    p = leaf(assets, "reassign", cmd_reassign, "another user or location in the same department")
    p.add_argument("card", type=card_no_arg, metavar="CARD_NO")
    p.add_argument("--holder", help="the new user (username)")
    p.add_argument("--location")
    p.add_argument("--reason", required=True)

    p = leaf(assets, "holdings", cmd_holdings, "everything a person holds (ASSET-07)", json_flag=True)
    p.add_argument("person", metavar="USERNAME")
    leaf(assets, "awaiting", cmd_awaiting, "what waits for you: acceptances, releases, applies, closes",
         json_flag=True)

    departure = group("departure", "a person leaving or retiring hands over what they hold (ASSET-07)")
    p = leaf(departure, "start", cmd_departure_start, "start a departure; prints what the person holds")
    p.add_argument("person", metavar="USERNAME")
    p.add_argument("--kind", required=True, choices=["leave", "retire"], help="调离 (leave) or 退休 (retire)")
    p.add_argument("--date", required=True, type=iso_date, help="leaving on YYYY-MM-DD")
    p.add_argument("--note")
    p = leaf(departure, "sign", cmd_departure_sign, "the asset manager signs (refused while items are unreturned)")
    p.add_argument("person", metavar="USERNAME")
    leaf(departure, "list", cmd_departures, "departures", json_flag=True)

    transfer = group("transfer", "transfer between departments (ASSET-08)")
    p = leaf(transfer, "request", cmd_transfer_request, "the receiving department requests cards; prints the document id")
    p.add_argument("cards", nargs="+", type=card_no_arg, metavar="CARD_NO")
    p.add_argument("--to", required=True, help="the receiving department (name)")
    p.add_argument("--to-holder", help="the new user (username)")
    p.add_argument("--to-location")
    p.add_argument("--reason")
    submit_flag(p)
    p = leaf(transfer, "release", cmd_transfer_release, "the giving department signs the cards over")
    p.add_argument("id", type=record_id, help="document id")
    p = leaf(transfer, "apply", cmd_transfer_apply, "the asset manager applies the approved transfer to the cards")
    p.add_argument("id", type=record_id, help="document id")
    p = leaf(transfer, "show", cmd_move_show, "a transfer or repair (JSON)")
    p.add_argument("id", type=record_id, help="document id")

    repair = group("repair", "repairs (ASSET-09, ASSET-10)")
    p = leaf(repair, "request", cmd_repair_request, "the user requests a repair; prints the document id")
    p.add_argument("card", type=card_no_arg, metavar="CARD_NO")
    p.add_argument("--fault", required=True)
    p.add_argument("--sent-out", action="store_true", help="sent out for repair (ASSET-10)")
    p.add_argument("--damage-by", metavar="USERNAME", help="who caused the damage (pays, ASSET-09)")
    submit_flag(p)
    p = leaf(repair, "complete", cmd_repair_complete, "record the repair's cost and who did it")
    p.add_argument("id", type=record_id, help="document id")
    p.add_argument("--cost", required=True, type=_amount)
    p.add_argument("--repairer", required=True)
    p.add_argument("--supervisor", metavar="USERNAME", help="who supervised on site (ASSET-10)")
    p.add_argument("--compensation", type=_amount, help="paid by who caused the damage")
    p.add_argument("--note")

    dispose = group("dispose", "disposal (报废/处置, ASSET-03/04)")
    p = leaf(dispose, "request", cmd_dispose_request, "request disposal with the appraisal; prints the document id")
    p.add_argument("cards", nargs="+", type=card_no_arg, metavar="CARD_NO")
    p.add_argument("--way", default="scrap", choices=["scrap", "sale", "transfer_out", "donation", "other"])
    text = p.add_mutually_exclusive_group(required=True)
    text.add_argument("--appraisal", help="技术鉴定意见")
    text.add_argument("--appraisal-file", metavar="FILE", help="… from a UTF-8 text file")
    submit_flag(p)
    p = leaf(dispose, "external", cmd_dispose_external, "record the external approval (区国资局批复)")
    p.add_argument("id", type=record_id, help="document id")
    p.add_argument("--authority", required=True, help="e.g. 区国资局")
    p.add_argument("--reference", required=True, help="批复文号")
    p.add_argument("--date", required=True, type=iso_date)
    p = leaf(dispose, "close", cmd_dispose_close, "close the cards of an approved disposal")
    p.add_argument("id", type=record_id, help="document id")
    p.add_argument("--residual", type=_amount, help="残值/变价收入 in yuan")
    p.add_argument("--wiped", nargs="+", type=card_no_arg, metavar="CARD_NO", help="cards whose media were wiped")
    p = leaf(dispose, "voucher", cmd_dispose_voucher, "draft the disposal's voucher")
    p.add_argument("id", type=record_id, help="document id")
    p = leaf(dispose, "show", cmd_dispose_show, "a disposal (JSON)")
    p.add_argument("id", type=record_id, help="document id")

    count_ = group("count", "stocktakes (清查盘点, ASSET-06)")
    p = leaf(count_, "start", cmd_count_start, "start a stocktake; prints its id")
    p.add_argument("title")
    p.add_argument("--date", required=True, type=iso_date, help="counted on YYYY-MM-DD")
    p.add_argument("--location", help="a whole room at once")
    p.add_argument("--department", help="department name")
    p.add_argument("--counter", action="append", metavar="USERNAME", help="who counts (repeatable)")
    p = leaf(count_, "scan", cmd_count_scan, "scanned tags, one per line from stdin (or --tags FILE)")
    p.add_argument("id", type=record_id, help="stocktake id")
    p.add_argument("--tags", metavar="FILE", help="a file of tags, one per line")
    p = leaf(count_, "summary", cmd_count_summary, "found, duplicates, unknown tags, not found", json_flag=True)
    p.add_argument("id", type=record_id, help="stocktake id")
    p = leaf(count_, "report", cmd_count_report, "盘盈/盘亏 report for approval; prints the document id")
    p.add_argument("id", type=record_id, help="stocktake id")
    p.add_argument("--file", required=True, help="the differences as JSON (- for stdin)")
    submit_flag(p)
    p.epilog, p.formatter_class = DIFF_KEYS, argparse.RawDescriptionHelpFormatter
    p = leaf(count_, "adjust", cmd_count_adjust, "apply the approved report to the cards")
    p.add_argument("id", type=record_id, help="stocktake id")
    leaf(count_, "list", cmd_count_list, "stocktakes", json_flag=True)
    p = leaf(count_, "proposed", cmd_count_proposed, "the report's lines to start from, as JSON for --file")
    p.add_argument("id", type=record_id, help="stocktake id")

    p = leaf(assets, "labels", cmd_labels, "QR label sheet PDF (asset number + name)")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--cards", nargs="+", type=card_no_arg, metavar="CARD_NO")
    which.add_argument("--location", help="every card at this location")
    p.add_argument("--layout", default="A4-3x8", help="label stock (default A4-3x8)")
    p = leaf(assets, "count-sheet", cmd_count_sheet, "a stocktake's count sheet PDF")
    p.add_argument("id", type=record_id, help="stocktake id")
    p.add_argument("--out", required=True, metavar="FILE.pdf")

    p = leaf(assets, "depreciate", cmd_depreciate, "the month's depreciation and its voucher (idempotent)",
             json_flag=True)
    p.add_argument("period", type=_month, help="YYYY-MM")
    p.add_argument("--preview", action="store_true", help="show, change nothing")
    p.add_argument("--no-voucher", action="store_true", help="do not draft the voucher")
    p = leaf(assets, "reconcile", cmd_reconcile, "cards against the ledger (exit 1 if they differ)", json_flag=True)
    p.add_argument("period", type=_month, help="YYYY-MM")
    vouchers = group("vouchers", "acquisition vouchers for accepted cards")
    leaf(vouchers, "awaiting", cmd_vouchers_awaiting, "accepted cards with no voucher", json_flag=True)
    p = leaf(vouchers, "draft", cmd_acquisition_voucher, "draft the acquisition voucher of cards")
    p.add_argument("cards", nargs="+", type=card_no_arg, metavar="CARD_NO")

    p = leaf(assets, "report", cmd_report, "资产台账 | 增减变动表 | 折旧明细表 | 分类/部门统计 as Excel or PDF")
    p.add_argument("which", choices=REPORTS)
    p.add_argument("--xlsx", metavar="FILE.xlsx")
    p.add_argument("--pdf", metavar="FILE.pdf")
    p.add_argument("--as-of", type=iso_date, help="ledger: as of YYYY-MM-DD (default today)")
    p.add_argument("--first", type=_month, help="changes: first month YYYY-MM")
    p.add_argument("--last", type=_month, help="changes: last month YYYY-MM")
    p.add_argument("--year", type=_year, help="schedule: the year (default this year)")
    p.add_argument("--by", choices=["category", "department"], default="category", help="counts: grouped by")
