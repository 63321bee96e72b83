"""``desktop seal …``: the seal registry — lifecycle, custody, use, revocation (SEAL-*)."""

from __future__ import annotations

import argparse
from datetime import date

from desktop.cli.common import (CliError, check_writable, iso_date, open_desk, out, passphrase, record_id, secret, sign_in,
                                 staff_id, write_output)

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
    """SEAL-14: the take-out request, approved in the app by the (centre) director (``desktop approve``)."""
    desk = open_desk(args)
    user = sign_in(desk, args)
    doc = desk.seals.request_take_out(user, args.seal, purpose=args.purpose, destination=args.destination or "",
                                      out_on=args.out or date.today(), back_on=args.back,
                                      persons=[staff_id(desk, p) for p in args.person or []],
                                      passphrase=passphrase(args))
    out(f"take-out request document {doc} submitted for approval")
    return 0


def cmd_seal_take_out_record(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    row = desk.seals.take_out(user, args.document)
    out(f"take-out {row} recorded")
    return 0


def cmd_seal_apply(args: argparse.Namespace) -> int:
    for path in (args.out, args.sheet):
        if path:
            check_writable(path)
    desk = open_desk(args)
    user = sign_in(desk, args)
    pp = passphrase(args)
    if pp is None:
        pp = secret(None, "the seal's passphrase (your signing passphrase)")
    placement = None
    if args.page is not None or args.riding:
        placement = _placement(desk, user, args)
    use = desk.seals.apply(user, args.document, pp, witness_id=staff_id(desk, args.witness) if args.witness else None,
                           placement=placement)
    if args.out:
        write_output(args.out, desk.seals.sealed_document(user, use.id, how="apply")[1], announce=False)
        out(args.out)
    if args.sheet:
        write_output(args.sheet, desk.sheets.latest_pdf(user, args.document), announce=False)
        out(args.sheet)
    out(f"{use.register_no}: sealed with {use.seal_name}: {use.document_title} (use {use.id}, "
        f"sha256 {use.sealed_sha256})")
    return 0


def _placement(desk, user, args: argparse.Namespace):  # noqa: ANN001, ANN202
    """--page N [--at X,Y] [--riding]: the impression's centre in points on page N (1-based);
    without --at, the default place if it is on that page, else the lower right."""
    from desktop.documents.outgoing_seal import Placement

    facts = desk.seals.use_document_facts(user, args.document)
    page = (args.page or facts.default.page + 1) - 1
    if not 0 <= page < facts.pages:
        raise CliError(f"--page must be 1..{facts.pages}")
    if args.at:
        try:
            x, y = (float(v) for v in args.at.split(","))
        except ValueError as exc:
            raise CliError("--at takes X,Y in points from the page's lower-left corner") from exc
    elif page == facts.default.page:
        x, y = facts.default.x, facts.default.y
    else:
        w, h = facts.page_sizes[page]
        x, y = w - 75.0, 130.0
    return Placement(page, x, y, bool(args.riding))


def cmd_seal_export(args: argparse.Namespace) -> int:
    check_writable(args.out)
    desk = open_desk(args)
    user = sign_in(desk, args)
    _name, pdf = desk.seals.sealed_document(user, args.use, how="export")
    write_output(args.out, pdf, announce=False)
    out(args.out)
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
    p = seal.add_parser("take-out", parents=[who],
                        help="request taking a seal out (SEAL-14: ≥2 persons; the director approves in the app)")
    p.add_argument("seal", type=record_id)
    p.add_argument("--purpose", required=True)
    p.add_argument("--destination")
    p.add_argument("--out", type=iso_date, help="day it leaves (default: today)")
    p.add_argument("--back", type=iso_date)
    p.add_argument("--person", action="append", help="username of a responsible person (twice or more)")
    p.set_defaults(func=cmd_seal_take_out)
    p = seal.add_parser("take-out-record", parents=[who],
                        help="record the take-out of an approved take-out request (SEAL-14)")
    p.add_argument("document", type=record_id, help="the approved take-out request (document id)")
    p.set_defaults(func=cmd_seal_take_out_record)
    p = seal.add_parser("apply", parents=[who],
                        help="seal the document of an approved seal use request (SEAL-05/07/08)")
    p.add_argument("document", type=record_id, help="the seal use request (document id)")
    p.add_argument("--witness", help="username of the 监印人 (default: the one the request names, else the "
                                     "requester, else the office head; never the custodian)")
    p.add_argument("--page", type=record_id, help="page for the impression (1-based; default: the last)")
    p.add_argument("--at", metavar="X,Y", help="the impression's centre in points (default: over the sign-off date)")
    p.add_argument("--riding", action="store_true", help="also a 骑缝章 across the right edge of every page")
    p.add_argument("--out", metavar="FILE.pdf", help="write the sealed document")
    p.add_argument("--sheet", metavar="FILE.pdf", help="write the request sheet signed by the custodian")
    p.set_defaults(func=cmd_seal_apply)
    p = seal.add_parser("export", parents=[who], help="the sealed document of a 用印登记簿 entry")
    p.add_argument("use", type=record_id, help="the 用印登记簿 entry (use id)")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.set_defaults(func=cmd_seal_export)
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
