"""``desktop reception | vehicle | meeting …``: official receptions, vehicle requests and meetings.

Records come as JSON files (``-`` for stdin); each create prints the new document's id.
"""

from __future__ import annotations

import argparse

from desktop.cli.common import creating, out, paying, record_context, record_id

__all__ = ["register"]



def cmd_reception_create(args: argparse.Namespace) -> int:
    desk, user, pp, record = record_context(args)
    out(str(desk.reception.create(user, record, submit=args.submit, passphrase=pp)))
    return 0


def cmd_reception_list(args: argparse.Namespace) -> int:
    desk, user, pp, record = record_context(args)
    out(str(desk.reception.create_list(user, args.reception, record, submit=args.submit, passphrase=pp)))
    return 0


def cmd_vehicle_create(args: argparse.Namespace) -> int:
    desk, user, pp, record = record_context(args)
    out(str(desk.vehicles.create(user, record, submit=args.submit, passphrase=pp)))
    return 0


def cmd_vehicle_dispatch(args: argparse.Namespace) -> int:
    desk, user, _pp, record = record_context(args)
    desk.vehicles.dispatch(user, args.id, record)
    out("dispatched")
    return 0


def cmd_meeting_create(args: argparse.Namespace) -> int:
    desk, user, pp, record = record_context(args)
    out(str(desk.meetings.create(user, record, submit=args.submit, passphrase=pp)))
    return 0


def cmd_meeting_claim(args: argparse.Namespace) -> int:
    desk, user, pp, record = record_context(args)
    out(str(desk.meetings.create_claim(user, args.meeting, record, submit=args.submit, passphrase=pp)))
    return 0


def cmd_meeting_plan(args: argparse.Namespace) -> int:
    desk, user, pp, record = record_context(args)
    out(str(desk.meetings.create_plan(user, record, submit=args.submit, passphrase=pp)))
    return 0


def register(sub, db: argparse.ArgumentParser, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    rec = sub.add_parser("reception", help="official receptions").add_subparsers(dest="reception_command", required=True)
    creating(rec, who, "create", cmd_reception_create, "a reception approval (公务接待审批单)")
    creating(rec, who, "list", cmd_reception_list, "the reception list after the visit (公务接待清单)",
             ("reception", {"type": record_id}))
    paying(rec, who)

    veh = sub.add_parser("vehicle", help="vehicle requests").add_subparsers(dest="vehicle_command", required=True)
    creating(veh, who, "create", cmd_vehicle_create, "a vehicle request (公务用车申请)")
    p = veh.add_parser("dispatch", parents=[who], help="dispatch an approved request (office)")
    p.add_argument("id", type=record_id)
    p.add_argument("file")
    p.set_defaults(func=cmd_vehicle_dispatch)
    paying(veh, who)

    meet = sub.add_parser("meeting", help="meetings").add_subparsers(dest="meeting_command", required=True)
    creating(meet, who, "create", cmd_meeting_create, "a meeting approval")
    creating(meet, who, "claim", cmd_meeting_claim, "the meeting-cost claim", ("meeting", {"type": record_id}))
    creating(meet, who, "plan", cmd_meeting_plan, "the annual meeting plan (年度会议计划)")
    paying(meet, who)
