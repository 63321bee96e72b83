"""``desktop audit …``: verifying and reading the audit trail."""

from __future__ import annotations

import argparse

from desktop.cli.common import count, open_desk, out, sign_in

__all__ = ["register"]


def cmd_audit_verify(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    try:
        report = desk.audit.verify()
    finally:
        desk.close()
    if report.ok:
        out(f"audit trail intact: {report.checked} entries")
        return 0
    out(f"audit trail BROKEN at entry {report.broken_at}: {report.reason} ({report.checked} entries read)")
    return 1


def cmd_audit_list(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    for row in desk.audit.recent(user, args.limit):
        out(f"{row.seq:>6} {row.at} {row.actor} {row.action} {row.entity}#{row.entity_id} {row.after_json}")
    return 0


def register(sub, db: argparse.ArgumentParser, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    audit = sub.add_parser("audit", help="the audit trail").add_subparsers(dest="audit_command", required=True)
    p = audit.add_parser("verify", parents=[db], help="check the hash chain; exit 1 names the first broken entry")
    p.set_defaults(func=cmd_audit_verify)
    p = audit.add_parser("list", parents=[who], help="the latest entries (administrator or audit post)")
    p.add_argument("--limit", type=count, default=50)
    p.set_defaults(func=cmd_audit_list)
