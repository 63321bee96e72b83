"""``desktop org …``: departments, people, positions, accounts."""

from __future__ import annotations

import argparse

from desktop.cli.common import record_id, open_desk, out, secret, sign_in

__all__ = ["register"]


def cmd_add_department(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    out(str(desk.org.add_department(user, args.name, args.unit)))
    return 0


def cmd_add_staff(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    out(str(desk.org.add_staff(user, args.name, args.department, args.title or "")))
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    desk.org.assign_position(user, args.staff, args.position, args.department)
    out("ok")
    return 0


def cmd_create_account(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    new_password = secret(args.new_password_env, "the new account's initial password")
    out(str(desk.accounts.create_account(user, args.staff, args.username, new_password)))
    return 0


def register(sub, db: argparse.ArgumentParser, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    org = sub.add_parser("org", help="departments, people, positions, accounts").add_subparsers(
        dest="org_command", required=True)
    p = org.add_parser("add-department", parents=[who])
    p.add_argument("name")
    p.add_argument("--unit", default="bureau", choices=["bureau", "centre"])
    p.set_defaults(func=cmd_add_department)
    p = org.add_parser("add-staff", parents=[who])
    p.add_argument("name")
    p.add_argument("--department", type=record_id)
    p.add_argument("--title")
    p.set_defaults(func=cmd_add_staff)
    p = org.add_parser("assign", parents=[who])
    p.add_argument("staff", type=record_id)
    p.add_argument("position")
    p.add_argument("--department", type=record_id)
    p.set_defaults(func=cmd_assign)
    p = org.add_parser("create-account", parents=[who])
    p.add_argument("staff", type=record_id)
    p.add_argument("username")
    p.add_argument("--new-password-env", metavar="NAME", help="the initial password from this variable (else asked)")
    p.set_defaults(func=cmd_create_account)
