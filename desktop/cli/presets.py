"""``desktop preset …``: the bureau's rule preset — chains, thresholds, standards tables."""

from __future__ import annotations

import argparse
import json

from desktop.cli.common import open_desk, out, read_json, sign_in

__all__ = ["register"]


def cmd_preset_show(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    out(json.dumps(desk.presets.preset(user).to_dict(), ensure_ascii=False, indent=1))
    return 0


def cmd_preset_apply(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    desk.presets.apply_shipped(user, args.code)
    out(f"preset {args.code} applied")
    return 0


def cmd_preset_param(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    desk.presets.set_parameter(user, args.name, args.value)
    out(f"{args.name} = {args.value}")
    return 0


def cmd_preset_chain(args: argparse.Namespace) -> int:
    chain = read_json(args.file)
    desk = open_desk(args)
    user = sign_in(desk, args)
    desk.presets.set_chain(user, args.kind, chain)
    out(f"chain {args.kind} updated")
    return 0


def cmd_preset_standards(args: argparse.Namespace) -> int:
    rows = None if args.file == "default" else read_json(args.file, shape=None)
    desk = open_desk(args)
    user = sign_in(desk, args)
    desk.presets.set_standards(user, args.table, rows)
    out(f"standards.{args.table} updated")
    return 0


def register(sub, db: argparse.ArgumentParser, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    pre = sub.add_parser("preset", help="the bureau's rule preset").add_subparsers(dest="preset_command", required=True)
    p = pre.add_parser("show", parents=[who])
    p.set_defaults(func=cmd_preset_show)
    p = pre.add_parser("apply", parents=[who])
    p.add_argument("code")
    p.set_defaults(func=cmd_preset_apply)
    p = pre.add_parser("set-parameter", parents=[who])
    p.add_argument("name")
    p.add_argument("value")
    p.set_defaults(func=cmd_preset_param)
    p = pre.add_parser("set-chain", parents=[who])
    p.add_argument("kind")
    p.add_argument("file", help="JSON file with the chain")
    p.set_defaults(func=cmd_preset_chain)
    p = pre.add_parser("set-standards", parents=[who], help="replace a standards table (travel, reception, meeting, vehicle)")
    p.add_argument("table", choices=["travel", "reception", "meeting", "vehicle"])
    p.add_argument("file", help="rows as JSON, or 'default' for the shipped table")
    p.set_defaults(func=cmd_preset_standards)
