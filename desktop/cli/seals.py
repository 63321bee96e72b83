"""``desktop seal …``: the seal registry — lifecycle, custody, use, revocation (SEAL-*)."""

from __future__ import annotations

import argparse
from datetime import date

from desktop.cli.common import check_writable, record_id, iso_date, open_desk, out, passphrase, secret, sign_in, staff_id, write_output

__all__ = ["register"]


def cmd_seal_list(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    for v in desk.seals.seals(user, kind=args.kind, status=args.status):
        out(f"{v.id}\t{v.kind_label}\t{v.name}\t{v.status_label}\t{v.custodian or '-'}\t{v.storage_place}"
            f"\t{v.cert_serial[:16]}")
    return 0


def cmd_seal_request(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    seal_id = desk.seals.request_engraving(user, args.kind, args.name, args.reason, passphrase=passphrase(args))
    out(f"seal {seal_id} requested; engraving request document {desk.seals.seal(user, seal_id).engraving_document_id}")
    return 0


def cmd_seal_filing(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    desk.seals.record_filing(user, args.seal, args.filing_no, args.date, args.engraving_unit)
    out("filed")
    return 0


def cmd_seal_enable(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    custodian = secret(args.custodian_passphrase_env, "the custodian's signing passphrase")
    ca = secret(args.ca_passphrase_env, "the bureau root CA passphrase")
    desk.seals.enable(user, args.seal, custodian_id=staff_id(desk, args.custodian), custodian_passphrase=custodian,
                      ca_passphrase=ca, storage_place=args.storage or "", enabled_on=args.date)
    out("enabled")
    return 0


def cmd_seal_assign(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    seal_id = desk.seals.register_item(user, args.kind, args.name, custodian_id=staff_id(desk, args.custodian),
                                       storage_place=args.storage or "")
    out(f"item {seal_id} registered")
    return 0


def cmd_seal_handover(args: argparse.Namespace) -> int:
    if args.sheet:
        check_writable(args.sheet)
    desk = open_desk(args)
    user = sign_in(desk, args)
    old = secret(args.from_passphrase_env, "the present custodian's signing passphrase")
    new = secret(args.to_passphrase_env, "the new custodian's signing passphrase")
    to = staff_id(desk, args.to)
    if args.until:
        event = desk.seals.delegate(user, args.seal, to, start=args.start or date.today(), until=args.until,
                                    from_passphrase=old, to_passphrase=new, reason=args.reason)
    else:
        event = desk.seals.handover(user, args.seal, to, from_passphrase=old, to_passphrase=new, reason=args.reason)
    if args.sheet:
        write_output(args.sheet, desk.seals.sheet_pdf(user, args.seal, "handover"), announce=False)
    out(f"custody event {event}")
    return 0


def cmd_seal_take_out(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    row = desk.seals.take_out(user, args.seal, purpose=args.purpose, destination=args.destination or "",
                              out_on=date.today(), back_on=args.back,
                              approved_by=staff_id(desk, args.approved_by) if args.approved_by else None,
                              persons=[staff_id(desk, p) for p in args.person or []])
    out(f"take-out {row} recorded")
    return 0


def cmd_seal_apply(args: argparse.Namespace) -> int:
    if args.out:
        check_writable(args.out)
    desk = open_desk(args)
    user = sign_in(desk, args)
    pp = passphrase(args)
    if pp is None:
        pp = secret(None, "the seal's passphrase (your signing passphrase)")
    use = desk.seals.apply(user, args.document, pp)
    if args.out:
        write_output(args.out, desk.sheets.latest_pdf(user, args.document), announce=False)
        out(args.out)
    out(f"sealed with {use.seal_name}: {use.document_title} (sha256 {use.sealed_sha256[:16]}…)")
    return 0


def cmd_seal_lost(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    when = desk.seals.report_lost(user, args.seal, args.note)
    out(f"seal {args.seal} declared void; certificate revoked from {when:%Y-%m-%d %H:%M:%S} UTC "
        "(publish a new list: desktop seal crl)")
    return 0


def cmd_seal_crl(args: argparse.Namespace) -> int:
    check_writable(args.out)
    desk = open_desk(args)
    user = sign_in(desk, args)
    pem = desk.seals.crl(user, secret(args.ca_passphrase_env, "the bureau root CA passphrase"))
    write_output(args.out, pem, announce=False)
    out(args.out)
    return 0


def cmd_seal_register(args: argparse.Namespace) -> int:
    for path in (args.xlsx, args.pdf):
        if path:
            check_writable(path)
    desk = open_desk(args)
    user = sign_in(desk, args)
    if args.xlsx:
        write_output(args.xlsx, desk.seals.register_xlsx(user, args.which), announce=False)
        out(args.xlsx)
    if args.pdf:
        write_output(args.pdf, desk.seals.register_pdf(user, args.which), announce=False)
        out(args.pdf)
    if not args.xlsx and not args.pdf:
        rows = desk.seals.registry_rows(user) if args.which == "registry" else desk.seals.use_rows(user)
        for row in rows:
            out("\t".join(row))
    return 0


def register(sub, db: argparse.ArgumentParser, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    seal = sub.add_parser("seal", help="the seal registry: lifecycle, custody, use, revocation").add_subparsers(
        dest="seal_command", required=True)
    p = seal.add_parser("list", parents=[who], help="the seal registry (印章台账)")
    p.add_argument("--kind")
    p.add_argument("--status")
    p.set_defaults(func=cmd_seal_list)
    p = seal.add_parser("request-engraving", parents=[who], help="request a new seal (刻制申请, SEAL-09/10)")
    p.add_argument("--kind", required=True, help="administrative, party_group, finance, legal_rep, contract, section, name")
    p.add_argument("--name", required=True)
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_seal_request)
    p = seal.add_parser("record-filing", parents=[who], help="record the police filing (SEAL-10)")
    p.add_argument("seal", type=record_id)
    p.add_argument("--filing-no", required=True)
    p.add_argument("--date", required=True, type=iso_date, help="YYYY-MM-DD")
    p.add_argument("--engraving-unit", required=True)
    p.set_defaults(func=cmd_seal_filing)
    p = seal.add_parser("enable", parents=[who], help="enable a filed seal: certificate, key for the custodian, 启用通知")
    p.add_argument("seal", type=record_id)
    p.add_argument("--custodian", required=True, help="username")
    p.add_argument("--storage")
    p.add_argument("--date", type=iso_date)
    p.add_argument("--custodian-passphrase-env", metavar="NAME")
    p.add_argument("--ca-passphrase-env", metavar="NAME")
    p.set_defaults(func=cmd_seal_enable)
    p = seal.add_parser("assign", parents=[who], help="register a custody item (the cheque book) with its custodian")
    p.add_argument("--kind", default="cheque_book")
    p.add_argument("--name", required=True)
    p.add_argument("--custodian", required=True, help="username")
    p.add_argument("--storage")
    p.set_defaults(func=cmd_seal_assign)
    p = seal.add_parser("handover", parents=[who], help="hand over custody (交接); with --until a delegation")
    p.add_argument("seal", type=record_id)
    p.add_argument("--to", required=True, help="username")
    p.add_argument("--reason", required=True)
    p.add_argument("--start", type=iso_date)
    p.add_argument("--until", type=iso_date, help="last day of a delegation (YYYY-MM-DD)")
    p.add_argument("--from-passphrase-env", metavar="NAME")
    p.add_argument("--to-passphrase-env", metavar="NAME")
    p.add_argument("--sheet", metavar="FILE.pdf", help="write the handover sheet signed by both")
    p.set_defaults(func=cmd_seal_handover)
    p = seal.add_parser("take-out", parents=[who], help="record taking a seal out (SEAL-14: approval, ≥2 persons)")
    p.add_argument("seal", type=record_id)
    p.add_argument("--purpose", required=True)
    p.add_argument("--destination")
    p.add_argument("--back", type=iso_date)
    p.add_argument("--approved-by", help="username of the approving director")
    p.add_argument("--person", action="append", help="username of a responsible person (twice or more)")
    p.set_defaults(func=cmd_seal_take_out)
    p = seal.add_parser("apply", parents=[who], help="apply the seal to an approved seal use request")
    p.add_argument("document", type=record_id)
    p.add_argument("--out", metavar="FILE.pdf")
    p.set_defaults(func=cmd_seal_apply)
    p = seal.add_parser("report-lost", parents=[who], help="lost or stolen: void at once, certificate revoked")
    p.add_argument("seal", type=record_id)
    p.add_argument("--note", required=True)
    p.set_defaults(func=cmd_seal_lost)
    p = seal.add_parser("crl", parents=[who], help="publish the certificate revocation list signed by the root")
    p.add_argument("--out", required=True, metavar="CRL.pem")
    p.add_argument("--ca-passphrase-env", metavar="NAME")
    p.set_defaults(func=cmd_seal_crl)
    p = seal.add_parser("register", parents=[who], help="印章台账 (registry) or 用印登记簿 (uses): text, --xlsx, --pdf")
    p.add_argument("which", choices=["registry", "uses"], nargs="?", default="uses")
    p.add_argument("--xlsx", metavar="FILE.xlsx")
    p.add_argument("--pdf", metavar="FILE.pdf")
    p.set_defaults(func=cmd_seal_register)
