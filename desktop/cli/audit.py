"""``desktop audit …``: verifying, reading and anchoring the audit trail (SEC-01, SEC-04, SEC-18)."""

from __future__ import annotations

import argparse
import json

from desktop.cli.common import count, CliError, check_writable, open_desk, out, passphrase, secret, sign_in, write_output

__all__ = ["register"]

CA_PASSPHRASE_ENV = "BUREAU_DESK_CA_PASSPHRASE"


def cmd_audit_verify(args: argparse.Namespace) -> int:
    checkpoint = None
    if args.checkpoint:
        from desktop.cli.common import read_json

        checkpoint = read_json(args.checkpoint)
    desk = open_desk(args)
    try:
        report = desk.audit.verify(deep=args.deep, checkpoint=checkpoint)
    finally:
        desk.close()
    for warning in report.warnings:
        out(f"warning: {warning}")
    if report.broken_at is not None:
        out(f"audit trail BROKEN at entry {report.broken_at}: {report.reason} ({report.checked} entries read)")
        for problem in report.problems[1:10]:
            out(f"  also {problem}")
    else:
        out(f"audit trail intact: {report.checked} entries"
            + (f", signed checkpoint at entry {report.latest_checkpoint.seq} by {report.latest_checkpoint.signer}"
               if report.latest_checkpoint else ""))
    if args.deep:
        if report.mismatches:
            out(f"records changed outside the application: {len(report.mismatches)} difference(s)")
            for m in report.mismatches:
                out(f"MISMATCH {m.line()}")
        else:
            out("every audited record matches its recorded state")
    return 0 if report.ok else 1


def cmd_audit_list(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    for row in desk.audit.recent(user, args.limit, include_states=args.states):
        out(f"{row.seq:>6} {row.at} {row.actor} {row.action} {row.entity}#{row.entity_id} {row.after_json}")
    return 0


def cmd_audit_checkpoint(args: argparse.Namespace) -> int:
    """The 稽核 or 财务负责人 signs the chain's current (seq, hash); the administrator with the root CA."""
    if args.out:
        check_writable(args.out)
    desk = open_desk(args)
    try:
        user = sign_in(desk, args)
        secret_text = passphrase(args)
        if secret_text is None:
            raise CliError("no signing passphrase: give it in $BUREAU_DESK_PASSPHRASE or --passphrase-env NAME "
                           "(the administrator: the root CA passphrase)")
        view = desk.audit.sign_checkpoint(user, secret_text, args.reason)
        out(f"checkpoint signed: entry {view.seq} {view.hash[:16]}… by {view.signer} ({view.reason}, {view.signed_at})")
        if args.out:
            write_output(args.out, json.dumps(view.to_json(), ensure_ascii=False, indent=1))
        return 0
    finally:
        desk.close()


def cmd_audit_reanchor(args: argparse.Namespace) -> int:
    """After the administrator has cleared up a finding (SEC-07): repair the head, record it, sign."""
    ca = secret(args.ca_passphrase_env, "根证书口令 root CA passphrase", default_env=CA_PASSPHRASE_ENV)
    desk = open_desk(args)
    try:
        view = desk.audit.reanchor(ca, args.reason, accept_records=args.accept_records)
        out(f"re-anchored: head at entry {view.seq}, root checkpoint signed ({view.signed_at}); "
            "recorded in the trail as audit.reanchor")
        return 0
    finally:
        desk.close()


def register(sub, db: argparse.ArgumentParser, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    audit = sub.add_parser("audit", help="the audit trail").add_subparsers(dest="audit_command", required=True)
    p = audit.add_parser("verify", parents=[db], help="check the chain against its signed checkpoints and this PC's "
                                                      "anchor; exit 1 names the first broken entry")
    p.add_argument("--deep", action="store_true",
                   help="also compare every audited record with its recorded state (one line per mismatch)")
    p.add_argument("--checkpoint", metavar="FILE.json", help="a checkpoint from a backup or export the chain must contain")
    p.set_defaults(func=cmd_audit_verify)
    p = audit.add_parser("list", parents=[who], help="the latest entries (administrator or audit post)")
    p.add_argument("--limit", type=count, default=50)
    p.add_argument("--states", action="store_true", help="include the recorded states of audited records")
    p.set_defaults(func=cmd_audit_list)
    p = audit.add_parser("checkpoint", parents=[who],
                         help="sign a checkpoint of the trail (稽核 / 财务负责人 with their signing passphrase, "
                              "administrator with the root CA passphrase)")
    p.add_argument("--reason", default="manual", choices=["daily", "sign-out", "backup", "manual"])
    p.add_argument("--out", metavar="FILE.json", help="also write the checkpoint (to check a copy offline)")
    p.set_defaults(func=cmd_audit_checkpoint)
    p = audit.add_parser("reanchor", parents=[db],
                         help="administrator, root CA passphrase: repair a missing head, accept what was cleared "
                              "up, sign a root checkpoint, restart this PC's anchor (recorded in the trail)")
    p.add_argument("--reason", required=True, help="why (the written request, SEC-07)")
    p.add_argument("--ca-passphrase-env", metavar="NAME",
                   help=f"environment variable holding the root CA passphrase (default ${CA_PASSPHRASE_ENV})")
    p.add_argument("--accept-records", action="store_true",
                   help="also record the current state of records that differ from their recorded state")
    p.set_defaults(func=cmd_audit_reanchor)
