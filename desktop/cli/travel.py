"""``desktop travel …``: the standards-checked quote, trip approvals, claims and their payment.

Records come as JSON files (``-`` for stdin, so give the password in $BUREAU_DESK_PASSWORD or
--password-env); each create prints the new document's id.
"""

from __future__ import annotations

import argparse
import json

from desktop.cli.common import CliError, creating, out, paying, read_json, record_context, record_id, record_keys

__all__ = ["register", "TRIP_KEYS", "CLAIM_KEYS"]

TRIP_KEYS = """JSON keys of the trip approval (出差审批单, F-01):
  purpose           official purpose (text, required)
  travellers        ["高远", …] or "高远、朱琳" (default: you)
  destinations      regions of the travel standards, in order: ["北京"]
  start, end        YYYY-MM-DD
  transport         train | plane | coach | ship | unit_car
  own_vehicle, hosted   true/false (unit car; meeting with board provided)
  grade             职级, e.g. "科员" (class and lodging follow it, TRAVEL-18)
  zone              "域内" | "域外" (default: from the destinations)
  advance           预借差旅费, decimal text "2000.00"
  funds             经费来源, e.g. "部门预算公用经费"
  single_room_reason, title, estimate
"""
CLAIM_KEYS = """JSON keys of the claim (差旅费报销单, F-02):
  days              one per calendar day: {"date", "region", "lodged", "lodging_invoice" ("380.00"|null),
                    "hosted", "own_vehicle"}
  legs              the itinerary, also its tickets: {"date": "2026-11-02", "time": "07:45", "from": "白城",
                    "to": "北京朝阳", "mode": "train|plane|ship|coach|bus|other|taxi", "class": "二等座",
                    "amount": "312.50", "allowed_fare": "312.50" (for a class above the grade's) | null,
                    "receipts": 1}   (or the older "tickets": {mode, class, amount, allowed_fare, date})
  grade             职级 (default: the trip's); a class above it needs allowed_fare (TRAVEL-05)
  advance           预借金额 "2000.00" (default: the trip's); the sheet prints 应退/应补 = advance − total
  payee, bank, account   收款人, 开户行, 账号 (digits, spaces, - or *)
  attachments       number of bills attached;  late_explanation  reason for a claim after the deadline
"""


def cmd_travel_quote(args: argparse.Namespace) -> int:
    """One trip as JSON on stdin → the breakdown as JSON on stdout; malformed input: exit 2, one line.
    With ``--preset`` the shipped preset's standards (P-000: figures not set are listed under
    "problems", exit 1, TRAVEL-19); without it the shipped Tongyu table."""
    from desktop.domain.travel.allowances import QuoteInputError
    from desktop.services.travel import quote_checked

    table = None
    if args.preset:
        from desktop.domain.approval.presets import preset_from_dict
        from desktop.services.module_records import standards_from_preset
        from desktop.services.rule_presets import shipped_preset

        table = standards_from_preset(preset_from_dict(shipped_preset(args.preset)).standards, args.preset).travel
    trip = read_json("-", name="trip")
    try:
        result, problems = quote_checked(trip, table)
    except QuoteInputError as exc:
        raise CliError(str(exc)) from None
    data = result.to_json()
    if args.preset:
        data["problems"] = [{"rule": p.rule, "code": p.code, "text": p.text} for p in problems]
    out(json.dumps(data, ensure_ascii=False, indent=1))
    return 1 if problems else 0



def cmd_trip_create(args: argparse.Namespace) -> int:
    desk, user, pp, record = record_context(args)
    out(str(desk.travel.create_trip(user, record, submit=args.submit, passphrase=pp)))
    return 0


def cmd_claim_create(args: argparse.Namespace) -> int:
    desk, user, pp, record = record_context(args)
    out(str(desk.travel.create_claim(user, args.trip, record, submit=args.submit, passphrase=pp)))
    return 0


def cmd_claim_preview(args: argparse.Namespace) -> int:
    """The breakdown and every problem, nothing stored: exit 1 if the check found problems."""
    desk, user, _pp, record = record_context(args)
    pv = desk.travel.preview_claim(user, args.trip, record)
    out(json.dumps({"quote": pv.quote.to_json() if pv.quote else None, "late": pv.late,
                    "deadline": pv.deadline.isoformat() if pv.deadline else None,
                    "problems": [{"rule": p.rule, "code": p.code, "text": p.text} for p in pv.problems]},
                   ensure_ascii=False, indent=1))
    return 1 if pv.problems else 0


def register(sub, db: argparse.ArgumentParser, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    travel = sub.add_parser("travel", help="travel forms and claims").add_subparsers(dest="travel_command", required=True)
    p = travel.add_parser("quote", help="the standards-checked breakdown of one trip (JSON on stdin → JSON on stdout)")
    p.add_argument("--preset", metavar="CODE", help="compute with a shipped preset's standards (P-000, P-001)")
    p.set_defaults(func=cmd_travel_quote)
    trip = travel.add_parser("trip", help="trip approvals").add_subparsers(dest="trip_command", required=True)
    creating(trip, who, "create", cmd_trip_create, "a trip approval (出差审批单)")
    record_keys(trip, "create", TRIP_KEYS)
    claim = travel.add_parser("claim", help="travel claims").add_subparsers(dest="claim_command", required=True)
    creating(claim, who, "create", cmd_claim_create, "a claim on an approved trip", ("trip", {"type": record_id}))
    record_keys(claim, "create", CLAIM_KEYS)
    p = claim.add_parser("preview", parents=[who], help="the breakdown and every problem, nothing stored",
                         epilog=CLAIM_KEYS, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("trip", type=record_id)
    p.add_argument("file")
    p.set_defaults(func=cmd_claim_preview)
    paying(travel, who)


