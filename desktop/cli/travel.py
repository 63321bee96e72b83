"""``desktop travel …``: the standards-checked quote, trip approvals, claims and their payment.

Records come as JSON files (``-`` for stdin, so give the password in $BUREAU_DESK_PASSWORD or
--password-env); each create prints the new document's id.
"""

from __future__ import annotations

import argparse
import json

from desktop.cli.common import CliError, creating, out, paying, read_json, record_context, record_id

__all__ = ["register"]


def cmd_travel_quote(_args: argparse.Namespace) -> int:
    """One trip as JSON on stdin → the breakdown as JSON on stdout; malformed input: exit 2, one line."""
    from desktop.domain.travel.allowances import QuoteInputError
    from desktop.services.travel import quote

    trip = read_json("-", name="trip")
    try:
        result = quote(trip)
    except QuoteInputError as exc:
        raise CliError(str(exc)) from None
    out(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
    return 0



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
    p.set_defaults(func=cmd_travel_quote)
    trip = travel.add_parser("trip", help="trip approvals").add_subparsers(dest="trip_command", required=True)
    creating(trip, who, "create", cmd_trip_create, "a trip approval (出差审批单)")
    claim = travel.add_parser("claim", help="travel claims").add_subparsers(dest="claim_command", required=True)
    creating(claim, who, "create", cmd_claim_create, "a claim on an approved trip", ("trip", {"type": record_id}))
    p = claim.add_parser("preview", parents=[who], help="the breakdown and every problem, nothing stored")
    p.add_argument("trip", type=record_id)
    p.add_argument("file")
    p.set_defaults(func=cmd_claim_preview)
    paying(travel, who)
