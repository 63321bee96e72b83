"""``desktop reception | vehicle | meeting …``: official receptions, vehicle requests and meetings.

Records come as JSON files (``-`` for stdin); each create prints the new document's id.
"""

from __future__ import annotations

import argparse

from desktop.cli.common import creating, out, paying, record_context, record_id, record_keys

__all__ = ["register", "RECEPTION_KEYS", "LIST_KEYS", "VEHICLE_KEYS", "DISPATCH_KEYS"]

RECEPTION_KEYS = """JSON keys of the reception approval (公务接待审批单, F-09):
  guest_unit, letter_no       sending unit and its official letter (公函, RECEP-01)
  visitors          [{"name": "张志伟", "unit": "" (default: guest_unit), "position": "科长"}, …]
  guests            number of guests (default: the number of visitors)
  accompany_names   陪餐人员 by name: ["林晓", "高远"] (at most the RECEP-06 limit)
  venue             用餐地点
  purpose, start, end (YYYY-MM-DD), lodging ("self"|"bureau"), vehicles, phone_consent, title
  meals             [{"date", "meal_type": "buffet|table|staff", "meal": "breakfast|lunch|dinner",
                      "guests", "accompany", "amount": "420.00", "venue"}]
"""
LIST_KEYS = """JSON keys of the reception list (公务接待清单, F-10):
  meals             as served (keys as in the approval's meals)
  items             the bill's items: [{"name": "自助午餐 6位", "amount": "396.00"}]
  accompany_names, venue      those who actually dined and where (default: the approval's)
  lodging, transport ("0.00"), invoices (count), letter_attached, declaration, hk_mo_tw_guests (true/false)
"""
VEHICLE_KEYS = """JSON keys of the vehicle request (公务用车申请, F-12):
  purpose_key       supervision | reception | inspection | law_enforcement | emergency | other_approved
  purpose, route, destination, long_distance (true/false), passengers (count), people
  departure         YYYY-MM-DDTHH:MM;   returns  返回时间 YYYY-MM-DDTHH:MM (after departure, VEH-02)
  mileage           预计里程 in km (whole number)
  plate, driver     车牌号 and 驾驶员 when already assigned (else recorded at dispatch)
  filed_county_office, filed_bureau_office (holiday use, VEH-07), urgent_reason, reception_id, title, days
"""
DISPATCH_KEYS = """JSON keys of the dispatch (office, VEH-05):
  vehicle, plate, driver, rental (true/false), company, agreement_no, cost ("450.00"),
  driver_licence, vehicle_licence, id_card, invoice (true/false), mileage (实际里程, km)
"""





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
    record_keys(rec, "create", RECEPTION_KEYS)
    record_keys(rec, "list", LIST_KEYS)
    paying(rec, who)

    veh = sub.add_parser("vehicle", help="vehicle requests").add_subparsers(dest="vehicle_command", required=True)
    creating(veh, who, "create", cmd_vehicle_create, "a vehicle request (公务用车申请)")
    p = veh.add_parser("dispatch", parents=[who], help="dispatch an approved request (office)")
    p.add_argument("id", type=record_id)
    p.add_argument("file")
    p.set_defaults(func=cmd_vehicle_dispatch)
    record_keys(veh, "create", VEHICLE_KEYS)
    record_keys(veh, "dispatch", DISPATCH_KEYS)
    paying(veh, who)

    meet = sub.add_parser("meeting", help="meetings").add_subparsers(dest="meeting_command", required=True)
    creating(meet, who, "create", cmd_meeting_create, "a meeting approval")
    creating(meet, who, "claim", cmd_meeting_claim, "the meeting-cost claim", ("meeting", {"type": record_id}))
    creating(meet, who, "plan", cmd_meeting_plan, "the annual meeting plan (年度会议计划)")
    paying(meet, who)
