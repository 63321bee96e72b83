"""``desktop travel|reception|vehicle|meeting|report …``: the travel, reception, vehicle and
meeting services for scripts. Records come as JSON files (``-`` for stdin, so give the password
in ``$BUREAU_DESK_PASSWORD`` or ``--password-env``); each prints the new document's id.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

__all__ = ["register"]


def _json(path: str) -> Any:
    text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SystemExit(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None


def _ctx(args: argparse.Namespace):  # noqa: ANN202
    from desktop.cli import _open, _passphrase, _sign_in

    desk = _open(args)
    return desk, _sign_in(desk, args), _passphrase(args) if getattr(args, "submit", False) else None


def _done(doc_id: int) -> int:
    from desktop.cli import _out

    _out(str(doc_id))
    return 0


def cmd_trip_create(args: argparse.Namespace) -> int:
    desk, user, pp = _ctx(args)
    return _done(desk.travel.create_trip(user, _json(args.file), submit=args.submit, passphrase=pp))


def cmd_claim_create(args: argparse.Namespace) -> int:
    desk, user, pp = _ctx(args)
    return _done(desk.travel.create_claim(user, args.trip, _json(args.file), submit=args.submit, passphrase=pp))


def cmd_claim_preview(args: argparse.Namespace) -> int:
    from desktop.cli import _out

    desk, user, _pp = _ctx(args)
    pv = desk.travel.preview_claim(user, args.trip, _json(args.file))
    _out(json.dumps({"quote": pv.quote.to_json() if pv.quote else None, "late": pv.late,
                     "deadline": pv.deadline.isoformat() if pv.deadline else None,
                     "problems": [{"rule": p.rule, "code": p.code, "text": p.text} for p in pv.problems]},
                    ensure_ascii=False, indent=1))
    return 1 if pv.problems else 0


def cmd_pay(args: argparse.Namespace) -> int:
    from desktop.cli import _out

    desk, user, _pp = _ctx(args)
    p = desk.travel.record_payment(user, args.id, args.method, date.fromisoformat(args.date) if args.date else date.today(),
                                   reference=args.reference or "")
    _out(f"paid: {p.method} {p.paid_on.isoformat()} {p.payer}")
    return 0


def cmd_reception_create(args: argparse.Namespace) -> int:
    desk, user, pp = _ctx(args)
    return _done(desk.reception.create(user, _json(args.file), submit=args.submit, passphrase=pp))


def cmd_reception_list(args: argparse.Namespace) -> int:
    desk, user, pp = _ctx(args)
    return _done(desk.reception.create_list(user, args.reception, _json(args.file), submit=args.submit, passphrase=pp))


def cmd_vehicle_create(args: argparse.Namespace) -> int:
    desk, user, pp = _ctx(args)
    return _done(desk.vehicles.create(user, _json(args.file), submit=args.submit, passphrase=pp))


def cmd_vehicle_dispatch(args: argparse.Namespace) -> int:
    from desktop.cli import _out

    desk, user, _pp = _ctx(args)
    desk.vehicles.dispatch(user, args.id, _json(args.file))
    _out("dispatched")
    return 0


def cmd_meeting_create(args: argparse.Namespace) -> int:
    desk, user, pp = _ctx(args)
    return _done(desk.meetings.create(user, _json(args.file), submit=args.submit, passphrase=pp))


def cmd_meeting_claim(args: argparse.Namespace) -> int:
    desk, user, pp = _ctx(args)
    return _done(desk.meetings.create_claim(user, args.meeting, _json(args.file), submit=args.submit, passphrase=pp))


def cmd_meeting_plan(args: argparse.Namespace) -> int:
    desk, user, pp = _ctx(args)
    return _done(desk.meetings.create_plan(user, _json(args.file), submit=args.submit, passphrase=pp))


def _write(path: str | None, data: bytes) -> None:
    from desktop.cli import _out

    if path:
        Path(path).write_bytes(data)
        _out(f"written {path} ({len(data)} bytes)")


def cmd_report_spending(args: argparse.Namespace) -> int:
    desk, user, _pp = _ctx(args)
    _write(args.out, desk.spending.export_xlsx(user, args.year))
    if args.pdf:
        _write(args.pdf, desk.spending.print_pdf(user, args.year))
    return 0


def cmd_report_meeting_plan(args: argparse.Namespace) -> int:
    desk, user, _pp = _ctx(args)
    _write(args.out, desk.spending.meeting_plan_xlsx(user, desk.meetings, args.year))
    return 0


def cmd_report_meetings(args: argparse.Namespace) -> int:
    desk, user, _pp = _ctx(args)
    _write(args.out, desk.spending.meeting_report_xlsx(user, desk.meetings, args.year))
    if args.pdf:
        _write(args.pdf, desk.spending.meeting_report_pdf(user, desk.meetings, args.year))
    return 0


def cmd_preset_standards(args: argparse.Namespace) -> int:
    from desktop.cli import _out

    desk, user, _pp = _ctx(args)
    desk.presets.set_standards(user, args.table, None if args.file == "default" else _json(args.file))
    _out(f"standards.{args.table} updated")
    return 0


def register(sub, travel, who: argparse.ArgumentParser, pre=None) -> None:  # noqa: ANN001
    """Add the subcommands to ``sub`` (the top level) and ``travel`` (its travel parser)."""
    def creating(group, name: str, func, help_text: str, *extra: tuple[str, dict]) -> None:  # noqa: ANN001
        p = group.add_parser(name, parents=[who], help=help_text)
        for arg, kw in extra:
            p.add_argument(arg, **kw)
        p.add_argument("file", help="the record as JSON (- for stdin)")
        p.add_argument("--submit", action="store_true", help="submit at once (with a passphrase: the signed sheet)")
        p.set_defaults(func=func)

    def paying(group) -> None:  # noqa: ANN001
        p = group.add_parser("pay", parents=[who], help="record payment of an approved claim (cashier)")
        p.add_argument("id", type=int)
        p.add_argument("--method", required=True, choices=["official_card", "bank_transfer", "cash"])
        p.add_argument("--date", help="YYYY-MM-DD (default today)")
        p.add_argument("--reference", help="bank or card reference")
        p.set_defaults(func=cmd_pay)

    trip = travel.add_parser("trip", help="trip approvals").add_subparsers(dest="trip_command", required=True)
    creating(trip, "create", cmd_trip_create, "a trip approval (出差审批单)")
    claim = travel.add_parser("claim", help="travel claims").add_subparsers(dest="claim_command", required=True)
    creating(claim, "create", cmd_claim_create, "a claim on an approved trip", ("trip", {"type": int}))
    p = claim.add_parser("preview", parents=[who], help="the breakdown and every problem, nothing stored")
    p.add_argument("trip", type=int)
    p.add_argument("file")
    p.set_defaults(func=cmd_claim_preview)
    paying(travel)

    rec = sub.add_parser("reception", help="official receptions").add_subparsers(dest="reception_command", required=True)
    creating(rec, "create", cmd_reception_create, "a reception approval (公务接待审批单)")
    creating(rec, "list", cmd_reception_list, "the reception list after the visit (公务接待清单)", ("reception", {"type": int}))
    paying(rec)

    veh = sub.add_parser("vehicle", help="vehicle requests").add_subparsers(dest="vehicle_command", required=True)
    creating(veh, "create", cmd_vehicle_create, "a vehicle request (公务用车申请)")
    p = veh.add_parser("dispatch", parents=[who], help="dispatch an approved request (office)")
    p.add_argument("id", type=int)
    p.add_argument("file")
    p.set_defaults(func=cmd_vehicle_dispatch)
    paying(veh)

    meet = sub.add_parser("meeting", help="meetings").add_subparsers(dest="meeting_command", required=True)
    creating(meet, "create", cmd_meeting_create, "a meeting approval")
    creating(meet, "claim", cmd_meeting_claim, "the meeting-cost claim", ("meeting", {"type": int}))
    creating(meet, "plan", cmd_meeting_plan, "the annual meeting plan (年度会议计划)")
    paying(meet)

    rep = sub.add_parser("report", help="spending and meeting reports").add_subparsers(dest="report_command", required=True)
    for name, func, help_text, pdf in (
            ("spending", cmd_report_spending, "travel/reception/vehicle/meeting spending by department and month", True),
            ("meeting-plan", cmd_report_meeting_plan, "the annual meeting plan in Excel", False),
            ("meetings", cmd_report_meetings, "the annual report of meetings held (MEET-15)", True)):
        p = rep.add_parser(name, parents=[who], help=help_text)
        p.add_argument("--year", type=int, default=date.today().year)
        p.add_argument("--out", required=True, help="the .xlsx file")
        if pdf:
            p.add_argument("--pdf", help="also the printed sheet (PDF)")
        p.set_defaults(func=func)

    if pre is not None:
        p = pre.add_parser("set-standards", parents=[who], help="replace a standards table (travel, reception, meeting, vehicle)")
        p.add_argument("table", choices=["travel", "reception", "meeting", "vehicle"])
        p.add_argument("file", help="rows as JSON, or 'default' for the shipped table")
        p.set_defaults(func=cmd_preset_standards)
