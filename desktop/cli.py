"""The ``desktop`` command line. It calls the same services as the GUI, so anything a user
can do in the GUI can be scripted. Heavy modules are imported inside each command.

Exit status: 0 success, 1 a check failed or the rules refused the action, 2 bad usage/input.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import date
from typing import Callable

__all__ = ["main"]

PASSWORD_ENV = "BUREAU_DESK_PASSWORD"
PASSPHRASE_ENV = "BUREAU_DESK_PASSPHRASE"


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def _open(args: argparse.Namespace):  # noqa: ANN202
    from desktop.services.desk import Desk

    return Desk.open(args.db)


def _password(args: argparse.Namespace, prompt: str = "密码 Password: ") -> str:
    if getattr(args, "password_env", None):
        value = os.environ.get(args.password_env)
        if value is None:
            raise SystemExit(f"environment variable {args.password_env} is not set")
        return value
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        return line.rstrip("\n")
    return getpass.getpass(prompt)


def _passphrase(args: argparse.Namespace) -> str | None:
    """The signing passphrase for approval sheets: --passphrase-env NAME, else $BUREAU_DESK_PASSPHRASE."""
    if getattr(args, "passphrase_env", None):
        value = os.environ.get(args.passphrase_env)
        if value is None:
            raise SystemExit(f"environment variable {args.passphrase_env} is not set")
        return value
    return os.environ.get(PASSPHRASE_ENV)


def _sign_in(desk, args: argparse.Namespace):  # noqa: ANN001, ANN202
    return desk.accounts.authenticate(args.user, _password(args))


# Commands ------------------------------------------------------------------------------
def cmd_start(args: argparse.Namespace) -> int:
    from desktop.ui.main import run_gui

    return run_gui(db_url=args.db, demo_if_empty=args.demo_if_empty)


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.services.setup import initialise

    desk = _open(args)
    password = args.admin_password or os.environ.get("BUREAU_DESK_ADMIN_PASSWORD") or _password(args, "管理员密码 Administrator password: ")
    bureau_id = initialise(desk, bureau_name=args.bureau_name, bureau_code=args.bureau_code,
                           admin_username=args.admin_user, admin_password=password, admin_name=args.admin_name,
                           preset_code=args.preset, ca_passphrase=args.ca_passphrase)
    _out(f"initialised bureau {args.bureau_name} (id {bureau_id}, preset {args.preset}) in {desk.url}")
    _out(f"administrator: {args.admin_user}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services.demo import load_demo

    desk = _open(args)
    summary = load_demo(desk)
    _out(f"demonstration bureau loaded into {desk.url}")
    for line in summary:
        _out(f"  {line}")
    return 0


def cmd_selftest(args: argparse.Namespace) -> int:
    from desktop.services.selftest import run_selftest

    failed = 0
    for check in run_selftest(args.db):
        _out(f"{'ok  ' if check.ok else 'FAIL'} {check.name}: {check.detail}")
        failed += not check.ok
    return 1 if failed else 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    desk = _open(args)
    report = desk.audit.verify()
    if report.ok:
        _out(f"audit trail intact: {report.checked} entries")
        return 0
    _out(f"audit trail BROKEN at entry {report.broken_at}: {report.reason} ({report.checked} entries read)")
    return 1


def cmd_audit_list(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    for row in desk.audit.recent(user, args.limit):
        _out(f"{row.seq:>6} {row.at} {row.actor} {row.action} {row.entity}#{row.entity_id} {row.after_json}")
    return 0


def cmd_pending(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    for doc in desk.approvals.pending_for(user):
        step = doc.current_step
        _out(f"{doc.id}\t{doc.serial}\t{doc.kind_title}\t{doc.title}\t{doc.amount}\t{doc.submitter}\t{step.label if step else ''}")
    return 0


def cmd_documents(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    for doc in desk.approvals.documents(user, kinds=args.kind or None, states=args.state or None):
        _out(f"{doc.id}\t{doc.serial or '-'}\t{doc.kind_title}\t{doc.state_label}\t{doc.title}\t{doc.amount}\t{doc.submitter}")
    return 0


def cmd_create(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    doc_id = desk.approvals.create_draft(user, args.kind, args.title, purpose=args.purpose, amount=args.amount,
                                         days=args.days, category=args.category or "")
    if args.submit:
        serial = desk.approvals.submit(user, doc_id, passphrase=_passphrase(args))
        _out(f"{doc_id}\t{serial}")
    else:
        _out(str(doc_id))
    return 0


def _doc_action(name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        desk = _open(args)
        user = _sign_in(desk, args)
        svc = desk.approvals
        if name == "submit":
            result = svc.submit(user, args.id, passphrase=_passphrase(args))
        elif name == "approve":
            result = svc.approve(user, args.id, args.opinion or "同意", decision_id=args.decision,
                                 passphrase=_passphrase(args))
        elif name == "return":
            result = svc.return_(user, args.id, args.reason, args.opinion or "")
        elif name == "reject":
            result = svc.reject(user, args.id, args.opinion or "")
        else:
            result = svc.archive(user, args.id)
        _out(result)
        return 0

    return run


def cmd_document_pdf(args: argparse.Namespace) -> int:
    """Save a document's approval sheet: the latest stored (signed) version, or the unsigned draft sheet."""
    desk = _open(args)
    user = _sign_in(desk, args)
    if desk.sheets.versions(user, args.id):
        data = desk.sheets.latest_pdf(user, args.id)
    else:
        data = desk.sheets.preview(user, args.id)
    with open(args.out, "wb") as fh:
        fh.write(data)
    _out(args.out)
    return 0


def cmd_decision(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    did = desk.approvals.record_decision(user, args.meeting_type, args.minute_no, date.fromisoformat(args.date),
                                         args.subject or "")
    _out(str(did))
    return 0


def cmd_travel_quote(_args: argparse.Namespace) -> int:
    """One trip as JSON on stdin → the breakdown as JSON on stdout; malformed input: exit 2, one line."""
    from desktop.domain.travel.allowances import QuoteInputError
    from desktop.services.travel import quote

    try:
        trip = json.loads(sys.stdin.read())
    except json.JSONDecodeError as exc:
        _err(f"trip: not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})")
        return 2
    try:
        result = quote(trip)
    except QuoteInputError as exc:
        _err(f"error: {exc}")
        return 2
    _out(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
    return 0


def cmd_preset_show(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    _out(json.dumps(desk.presets.preset(user).to_dict(), ensure_ascii=False, indent=1))
    return 0


def cmd_preset_apply(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    desk.presets.apply_shipped(user, args.code)
    _out(f"preset {args.code} applied")
    return 0


def cmd_preset_param(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    desk.presets.set_parameter(user, args.name, args.value)
    _out(f"{args.name} = {args.value}")
    return 0


def cmd_preset_chain(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    with open(args.file, encoding="utf-8") as fh:
        chain = json.load(fh)
    desk.presets.set_chain(user, args.kind, chain)
    _out(f"chain {args.kind} updated")
    return 0


def cmd_add_department(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    _out(str(desk.org.add_department(user, args.name, args.unit)))
    return 0


def cmd_add_staff(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    _out(str(desk.org.add_staff(user, args.name, args.department, args.title or "")))
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    desk.org.assign_position(user, args.staff, args.position, args.department)
    _out("ok")
    return 0


def cmd_create_account(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    new_password = os.environ.get(args.new_password_env) if args.new_password_env else None
    if not new_password:
        raise SystemExit("give the new account's password in an environment variable: --new-password-env NAME")
    _out(str(desk.accounts.create_account(user, args.staff, args.username, new_password)))
    return 0


def _secret(env_name: str | None, label: str) -> str:
    if env_name:
        value = os.environ.get(env_name)
        if value is None:
            raise SystemExit(f"environment variable {env_name} is not set")
        return value
    if not sys.stdin.isatty():
        raise SystemExit(f"give the {label} in an environment variable (see --help)")
    return getpass.getpass(f"{label}: ")


def cmd_identity_enrol(args: argparse.Namespace) -> int:
    """Issue a person's signing certificate from the bureau root (key encrypted with their passphrase)."""
    desk = _open(args)
    admin = _sign_in(desk, args)
    passphrase = _secret(args.new_passphrase_env, "the person's signing passphrase")
    ca = _secret(args.ca_passphrase_env, "the bureau root CA passphrase")
    view = desk.sheets.enrol(admin, args.staff, passphrase, ca)
    _out(f"{view.subject}\tserial {view.serial}\tvalid {view.valid_from:%Y-%m-%d}..{view.valid_to:%Y-%m-%d}")
    return 0


def cmd_identity_revoke(args: argparse.Namespace) -> int:
    desk = _open(args)
    admin = _sign_in(desk, args)
    _out(f"{desk.sheets.revoke(admin, args.staff, args.reason or '')} certificate(s) revoked")
    return 0


def cmd_identity_root(args: argparse.Namespace) -> int:
    """Export the bureau's root certificate (PEM) so recipients can trust its signatures."""
    desk = _open(args)
    roots = desk.sheets.root_pem()
    if not roots:
        _err("error: this database has no bureau root certificate (run desktop init)")
        return 2
    text = "".join(roots)
    if args.out:
        with open(args.out, "w", encoding="ascii") as fh:
            fh.write(text)
        _out(args.out)
    else:
        sys.stdout.write(text)
    return 0


def cmd_gallery(args: argparse.Namespace) -> int:
    """Every sheet kind from the demonstration bureau's records, signed through its chain."""
    import tempfile
    from pathlib import Path

    from desktop.services.demo import DEMO_ADMIN_PASSWORD, DEMO_PASSWORD, load_demo
    from desktop.services.desk import Desk

    with tempfile.TemporaryDirectory(prefix="bureau-desk-gallery-") as tmp:
        url = args.db or os.environ.get("BUREAU_DESK_DB")  # else a temporary demonstration database
        desk = Desk.open(url) if url else Desk.open(f"sqlite:///{Path(tmp) / 'demo.sqlite3'}")
        try:
            if not desk.has_bureau():
                load_demo(desk)
            paths = desk.sheets.gallery(Path(args.out), lambda username: DEMO_ADMIN_PASSWORD if username == "admin"
                                        else DEMO_PASSWORD)
        finally:
            desk.close()
    for path in paths:
        _out(str(path))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """Explain every signature of a PDF; 0 only if all are intact and trusted and nothing follows."""
    from pathlib import Path

    from desktop.services.desk import Desk

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        _err(f"error: cannot read {args.file}: {exc.strerror}")
        return 2
    roots = [Path(p).read_text(encoding="ascii") for p in args.root or []]
    crl = None
    if args.crl:
        try:
            crl = Path(args.crl).read_bytes()
        except OSError as exc:
            _err(f"error: cannot read {args.crl}: {exc.strerror}")
            return 2
    use_db = not roots or bool(args.db)
    desk = Desk.open(args.db) if use_db else None
    try:
        if desk is not None:
            report = desk.sheets.verify(data, extra_roots=roots, crl_pem=crl)
        else:
            from desktop.services.sheets import verify_file

            report = verify_file(data, roots, crl)
    finally:
        if desk is not None:
            desk.close()
    if args.json:
        _out(json.dumps({"file": args.file, **report.to_dict()}, ensure_ascii=False, indent=1))
        return 0 if report.ok else 1
    _out(f"{args.file}: {len(report.signatures)} signature(s)")
    for i, s in enumerate(report.signatures, 1):
        when = s.signed_at.strftime("%Y-%m-%d %H:%M:%S UTC") if s.signed_at else "?"
        kind = "seal, locks the document" if s.is_seal else "certification" if s.certification else "approval"
        _out(f"  #{i} {s.field} [{kind}] {s.signer} ({s.position or '-'}) at {when}")
        if s.revoked_at:
            _out(f"     certificate revoked from {s.revoked_at:%Y-%m-%d %H:%M:%S} UTC"
                 f" ({'signed after: NOT valid' if s.revoked else 'signed before: still valid'})")
        _out(f"     intact: {'yes' if s.intact else 'NO'}; trusted by this bureau's root: {'yes' if s.trusted else 'NO'}; "
             f"revoked: {'YES' if s.revoked else 'no'}; later changes permitted: {'yes' if s.changes_permitted else 'NO'}")
        for problem in s.problems:
            _out(f"     ! {problem}")
    _out(f"  changed after the last signature: {'YES' if report.changed_after_last else 'no'}")
    for problem in report.problems:
        _out(f"  ! {problem}")
    _out("OK: all signatures intact and trusted" if report.ok else "NOT OK")
    return 0 if report.ok else 1


# Seals -------------------------------------------------------------------------------------
def _staff_id(desk, username: str) -> int:  # noqa: ANN001
    return desk.act_as(username).staff_id


def cmd_seal_list(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    for v in desk.seals.seals(user, kind=args.kind, status=args.status):
        _out(f"{v.id}\t{v.kind_label}\t{v.name}\t{v.status_label}\t{v.custodian or '-'}\t{v.storage_place}"
             f"\t{v.cert_serial[:16]}")
    return 0


def cmd_seal_request(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    seal_id = desk.seals.request_engraving(user, args.kind, args.name, args.reason, passphrase=_passphrase(args))
    _out(f"seal {seal_id} requested; engraving request document {desk.seals.seal(user, seal_id).engraving_document_id}")
    return 0


def cmd_seal_filing(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    desk.seals.record_filing(user, args.seal, args.filing_no, date.fromisoformat(args.date), args.engraving_unit)
    _out("filed")
    return 0


def cmd_seal_enable(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    custodian = _secret(args.custodian_passphrase_env, "the custodian's signing passphrase")
    ca = _secret(args.ca_passphrase_env, "the bureau root CA passphrase")
    desk.seals.enable(user, args.seal, custodian_id=_staff_id(desk, args.custodian), custodian_passphrase=custodian,
                      ca_passphrase=ca, storage_place=args.storage or "",
                      enabled_on=date.fromisoformat(args.date) if args.date else None)
    _out("enabled")
    return 0


def cmd_seal_assign(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    seal_id = desk.seals.register_item(user, args.kind, args.name, custodian_id=_staff_id(desk, args.custodian),
                                       storage_place=args.storage or "")
    _out(f"item {seal_id} registered")
    return 0


def cmd_seal_handover(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    old = _secret(args.from_passphrase_env, "the present custodian's signing passphrase")
    new = _secret(args.to_passphrase_env, "the new custodian's signing passphrase")
    to = _staff_id(desk, args.to)
    if args.until:
        event = desk.seals.delegate(user, args.seal, to, start=date.fromisoformat(args.start) if args.start else date.today(),
                                    until=date.fromisoformat(args.until), from_passphrase=old, to_passphrase=new,
                                    reason=args.reason)
    else:
        event = desk.seals.handover(user, args.seal, to, from_passphrase=old, to_passphrase=new, reason=args.reason)
    if args.sheet:
        with open(args.sheet, "wb") as fh:
            fh.write(desk.seals.sheet_pdf(user, args.seal, "handover"))
    _out(f"custody event {event}")
    return 0


def cmd_seal_take_out(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    row = desk.seals.take_out(user, args.seal, purpose=args.purpose, destination=args.destination or "",
                              out_on=date.today(), back_on=date.fromisoformat(args.back) if args.back else None,
                              approved_by=_staff_id(desk, args.approved_by) if args.approved_by else None,
                              persons=[_staff_id(desk, p) for p in args.person or []])
    _out(f"take-out {row} recorded")
    return 0


def cmd_seal_apply(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    passphrase = _passphrase(args)
    if passphrase is None:
        passphrase = _secret(None, "the seal's passphrase (your signing passphrase)")
    use = desk.seals.apply(user, args.document, passphrase)
    if args.out:
        with open(args.out, "wb") as fh:
            fh.write(desk.sheets.latest_pdf(user, args.document))
        _out(args.out)
    _out(f"sealed with {use.seal_name}: {use.document_title} (sha256 {use.sealed_sha256[:16]}…)")
    return 0


def cmd_seal_lost(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    when = desk.seals.report_lost(user, args.seal, args.note)
    _out(f"seal {args.seal} declared void; certificate revoked from {when:%Y-%m-%d %H:%M:%S} UTC "
         "(publish a new list: desktop seal crl)")
    return 0


def cmd_seal_crl(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    pem = desk.seals.crl(user, _secret(args.ca_passphrase_env, "the bureau root CA passphrase"))
    with open(args.out, "w", encoding="ascii") as fh:
        fh.write(pem)
    _out(args.out)
    return 0


def cmd_seal_register(args: argparse.Namespace) -> int:
    desk = _open(args)
    user = _sign_in(desk, args)
    if args.xlsx:
        with open(args.xlsx, "wb") as fh:
            fh.write(desk.seals.register_xlsx(user, args.which))
        _out(args.xlsx)
    if args.pdf:
        with open(args.pdf, "wb") as fh:
            fh.write(desk.seals.register_pdf(user, args.which))
        _out(args.pdf)
    if not args.xlsx and not args.pdf:
        rows = desk.seals.registry_rows(user) if args.which == "registry" else desk.seals.use_rows(user)
        for row in rows:
            _out("\t".join(row))
    return 0


def _seal_parsers(sub, db, who) -> None:  # noqa: ANN001
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
    p.add_argument("seal", type=int)
    p.add_argument("--filing-no", required=True)
    p.add_argument("--date", required=True, help="YYYY-MM-DD")
    p.add_argument("--engraving-unit", required=True)
    p.set_defaults(func=cmd_seal_filing)
    p = seal.add_parser("enable", parents=[who], help="enable a filed seal: certificate, key for the custodian, 启用通知")
    p.add_argument("seal", type=int)
    p.add_argument("--custodian", required=True, help="username")
    p.add_argument("--storage")
    p.add_argument("--date")
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
    p.add_argument("seal", type=int)
    p.add_argument("--to", required=True, help="username")
    p.add_argument("--reason", required=True)
    p.add_argument("--start")
    p.add_argument("--until", help="last day of a delegation (YYYY-MM-DD)")
    p.add_argument("--from-passphrase-env", metavar="NAME")
    p.add_argument("--to-passphrase-env", metavar="NAME")
    p.add_argument("--sheet", metavar="FILE.pdf", help="write the handover sheet signed by both")
    p.set_defaults(func=cmd_seal_handover)
    p = seal.add_parser("take-out", parents=[who], help="record taking a seal out (SEAL-14: approval, ≥2 persons)")
    p.add_argument("seal", type=int)
    p.add_argument("--purpose", required=True)
    p.add_argument("--destination")
    p.add_argument("--back")
    p.add_argument("--approved-by", help="username of the approving director")
    p.add_argument("--person", action="append", help="username of a responsible person (twice or more)")
    p.set_defaults(func=cmd_seal_take_out)
    p = seal.add_parser("apply", parents=[who], help="apply the seal to an approved seal use request")
    p.add_argument("document", type=int)
    p.add_argument("--out", metavar="FILE.pdf")
    p.set_defaults(func=cmd_seal_apply)
    p = seal.add_parser("report-lost", parents=[who], help="lost or stolen: void at once, certificate revoked")
    p.add_argument("seal", type=int)
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


# Parser --------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", metavar="URL", help="SQLAlchemy URL (default: $BUREAU_DESK_DB or the SQLite file in the data folder)")
    who = argparse.ArgumentParser(add_help=False, parents=[db])
    who.add_argument("--user", required=True, help="username to act as")
    who.add_argument("--password-env", metavar="NAME", help=f"read the password from this variable (default ${PASSWORD_ENV}, else prompt or stdin)")
    who.add_argument("--passphrase-env", metavar="NAME",
                     help=f"signing passphrase for approval sheets from this variable (default ${PASSPHRASE_ENV})")

    parser = argparse.ArgumentParser(prog="desktop", description="Bureau Desk 机关办公财务系统")
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("start", parents=[db], help="open the application (the default)")
    p.add_argument("--demo-if-empty", action="store_true", help="load the demonstration bureau into an empty database")
    p.set_defaults(func=cmd_start)

    p = sub.add_parser("init", parents=[db], help="migrate, create the bureau and its first administrator")
    p.add_argument("--bureau-name", required=True)
    p.add_argument("--bureau-code", required=True)
    p.add_argument("--preset", default="P-000", help="rule preset: P-000 (Jinchuan, default) or P-001 (Tongyu)")
    p.add_argument("--admin-user", default="admin")
    p.add_argument("--admin-name", default="系统管理员")
    p.add_argument("--admin-password", help="(or $BUREAU_DESK_ADMIN_PASSWORD, or asked)")
    p.add_argument("--password-env", metavar="NAME", help="read the administrator password from this variable")
    p.add_argument("--ca-passphrase", help="passphrase of the bureau's signing root CA (default: the administrator password)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", parents=[db], help="load a realistic demonstration bureau into an empty database")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("selftest", parents=[db], help="check database, migrations, fonts, PDF and Excel writing")
    p.set_defaults(func=cmd_selftest)

    p = sub.add_parser("gallery", parents=[db], help="render every sheet kind, signed through its chain, into a folder")
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(func=cmd_gallery)

    p = sub.add_parser("verify", parents=[db], help="check every signature of a PDF (exit 0 only if all are good)")
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--json", action="store_true", help="machine-readable report")
    p.add_argument("--root", action="append", metavar="CERT.pem", help="trust this root (instead of the database's)")
    p.add_argument("--crl", metavar="CRL.pem", help="a revocation list signed by the bureau root (desktop seal crl)")
    p.set_defaults(func=cmd_verify)

    _seal_parsers(sub, db, who)

    audit = sub.add_parser("audit", help="the audit trail").add_subparsers(dest="audit_command", required=True)
    p = audit.add_parser("verify", parents=[db], help="check the hash chain; non-zero exit names the first broken entry")
    p.set_defaults(func=cmd_audit_verify)
    p = audit.add_parser("list", parents=[who], help="the latest entries (administrator or audit post)")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_audit_list)

    appr = sub.add_parser("approvals", help="documents and their approval chains").add_subparsers(dest="approvals_command", required=True)
    p = appr.add_parser("pending", parents=[who], help="what waits for this person")
    p.set_defaults(func=cmd_pending)
    p = appr.add_parser("list", parents=[who], help="documents of the bureau")
    p.add_argument("--kind", action="append")
    p.add_argument("--state", action="append")
    p.set_defaults(func=cmd_documents)
    p = appr.add_parser("create", parents=[who], help="create a draft (and --submit it)")
    p.add_argument("--kind", required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--purpose", required=True)
    p.add_argument("--amount", default="0")
    p.add_argument("--days", type=int, default=0)
    p.add_argument("--category")
    p.add_argument("--submit", action="store_true")
    p.set_defaults(func=cmd_create)
    for name in ("submit", "approve", "return", "reject", "archive"):
        p = appr.add_parser(name, parents=[who])
        p.add_argument("id", type=int)
        if name in ("approve", "return", "reject"):
            p.add_argument("--opinion")
        if name == "approve":
            p.add_argument("--decision", type=int, help="id of the collective-decision record to link")
        if name == "return":
            p.add_argument("--reason", action="append", required=True, help="one per reason (all at once)")
        p.set_defaults(func=_doc_action(name))
    p = appr.add_parser("pdf", parents=[who], help="save the document's approval sheet (signed if issued)")
    p.add_argument("id", type=int)
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=cmd_document_pdf)
    p = appr.add_parser("decision", parents=[who], help="record a collective decision (会议纪要)")
    p.add_argument("--meeting-type", required=True)
    p.add_argument("--minute-no", required=True)
    p.add_argument("--date", required=True, help="YYYY-MM-DD")
    p.add_argument("--subject")
    p.set_defaults(func=cmd_decision)

    ident = sub.add_parser("identity", help="signing identities (the bureau's offline PKI)").add_subparsers(
        dest="identity_command", required=True)
    p = ident.add_parser("enrol", parents=[who], help="issue a person's signing certificate (administrator)")
    p.add_argument("staff", type=int)
    p.add_argument("--new-passphrase-env", metavar="NAME", help="the person's signing passphrase")
    p.add_argument("--ca-passphrase-env", metavar="NAME", help="the bureau root CA's passphrase")
    p.set_defaults(func=cmd_identity_enrol)
    p = ident.add_parser("revoke", parents=[who], help="revoke a person's certificates (administrator)")
    p.add_argument("staff", type=int)
    p.add_argument("--reason")
    p.set_defaults(func=cmd_identity_revoke)
    p = ident.add_parser("root", parents=[db], help="export the bureau root certificate (PEM)")
    p.add_argument("--out", metavar="FILE")
    p.set_defaults(func=cmd_identity_root)

    travel = sub.add_parser("travel", help="travel forms and claims").add_subparsers(dest="travel_command", required=True)
    p = travel.add_parser("quote", help="the standards-checked breakdown of one trip (JSON on stdin → JSON on stdout)")
    p.set_defaults(func=cmd_travel_quote)

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

    org = sub.add_parser("org", help="departments, people, positions, accounts").add_subparsers(dest="org_command", required=True)
    p = org.add_parser("add-department", parents=[who])
    p.add_argument("name")
    p.add_argument("--unit", default="bureau", choices=["bureau", "centre"])
    p.set_defaults(func=cmd_add_department)
    p = org.add_parser("add-staff", parents=[who])
    p.add_argument("name")
    p.add_argument("--department", type=int)
    p.add_argument("--title")
    p.set_defaults(func=cmd_add_staff)
    p = org.add_parser("assign", parents=[who])
    p.add_argument("staff", type=int)
    p.add_argument("position")
    p.add_argument("--department", type=int)
    p.set_defaults(func=cmd_assign)
    p = org.add_parser("create-account", parents=[who])
    p.add_argument("staff", type=int)
    p.add_argument("username")
    p.add_argument("--new-password-env", metavar="NAME")
    p.set_defaults(func=cmd_create_account)
    from desktop.cli_modules import register

    register(sub, travel, who, pre)  # trip, claim, pay; reception, vehicle, meeting, report; preset set-standards
    return parser


def _version() -> str:
    from desktop import APP_NAME, __version__

    return f"{APP_NAME} {__version__}"


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["start", *(argv or [])])
    from desktop.services.base import Refused

    try:
        return args.func(args)
    except Refused as exc:
        for problem in exc.problems:
            _err(f"refused: {problem}")
        return 1
    except Exception as exc:  # noqa: BLE001 - one clear line, never a traceback, for known failures
        from desktop.persistence.database import DatabaseError

        if isinstance(exc, DatabaseError):
            _err(f"error: {exc}")
            return 2
        raise
