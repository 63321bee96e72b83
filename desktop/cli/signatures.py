"""``desktop gallery | verify | identity …``: signed sheets, their verification, signing identities."""

from __future__ import annotations

import argparse
import json
import os

from desktop.cli.common import check_writable, record_id, CliError, open_desk, out, output_folder, read_bytes, read_text, secret, sign_in, \
    write_output

__all__ = ["register"]


def cmd_gallery(args: argparse.Namespace) -> int:
    """Every sheet kind from the demonstration bureau's records, signed through its chain."""
    import tempfile
    from pathlib import Path

    from desktop.services.demo import DEMO_ADMIN_PASSWORD, DEMO_PASSWORD, load_demo
    from desktop.services.desk import Desk

    folder = output_folder(args.out)
    with tempfile.TemporaryDirectory(prefix="bureau-desk-gallery-") as tmp:
        if args.db or os.environ.get("BUREAU_DESK_DB"):
            desk = open_desk(args)
        else:  # a temporary demonstration database
            desk = Desk.open(f"sqlite:///{Path(tmp) / 'demo.sqlite3'}")
        try:
            if not desk.has_bureau():
                load_demo(desk)
            try:
                paths = desk.sheets.gallery(folder, lambda username: DEMO_ADMIN_PASSWORD if username == "admin"
                                            else DEMO_PASSWORD)
            except OSError as exc:
                raise CliError(f"{args.out}: cannot write ({exc.strerror or exc})") from None
        finally:
            desk.close()
    for path in paths:
        out(str(path))
    return 0


def _roots(paths: list[str]) -> list[str]:
    """Root certificates given with --root: each must be a PEM certificate."""
    from cryptography import x509

    roots = []
    for path in paths:
        text = read_text(path, what="PEM certificate", limit=1024 * 1024)
        try:
            if "-----BEGIN CERTIFICATE-----" not in text:
                raise ValueError
            x509.load_pem_x509_certificates(text.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            raise CliError(f"{path}: not a PEM certificate (-----BEGIN CERTIFICATE-----)") from None
        roots.append(text)
    return roots


def cmd_verify(args: argparse.Namespace) -> int:
    """Explain every signature of a PDF; 0 only if all are intact and trusted and nothing follows."""
    data = read_bytes(args.file, what="PDF", limit=512 * 1024 * 1024)
    roots = _roots(args.root or [])
    crl = read_bytes(args.crl, what="CRL", limit=16 * 1024 * 1024) if args.crl else None
    use_db = not roots or bool(args.db)
    desk = open_desk(args) if use_db else None
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
        out(json.dumps({"file": args.file, **report.to_dict()}, ensure_ascii=False, indent=1))
        return 0 if report.ok else 1
    out(f"{args.file}: {len(report.signatures)} signature(s)")
    for i, s in enumerate(report.signatures, 1):
        when = s.signed_at.strftime("%Y-%m-%d %H:%M:%S UTC") if s.signed_at else "?"
        kind = "seal, locks the document" if s.is_seal else "certification" if s.certification else "approval"
        out(f"  #{i} {s.field} [{kind}] {s.signer} ({s.position or '-'}) at {when}")
        if s.revoked_at:
            out(f"     certificate revoked from {s.revoked_at:%Y-%m-%d %H:%M:%S} UTC"
                f" ({'signed after: NOT valid' if s.revoked else 'signed before: still valid'})")
        out(f"     intact: {'yes' if s.intact else 'NO'}; trusted by this bureau's root: {'yes' if s.trusted else 'NO'}; "
            f"revoked: {'YES' if s.revoked else 'no'}; later changes permitted: {'yes' if s.changes_permitted else 'NO'}")
        for problem in s.problems:
            out(f"     ! {problem}")
    out(f"  changed after the last signature: {'YES' if report.changed_after_last else 'no'}")
    for problem in report.problems:
        out(f"  ! {problem}")
    out("OK: all signatures intact and trusted" if report.ok else "NOT OK")
    return 0 if report.ok else 1


def cmd_identity_enrol(args: argparse.Namespace) -> int:
    """Issue a person's signing certificate from the bureau root (key encrypted with their passphrase)."""
    desk = open_desk(args)
    admin = sign_in(desk, args)
    new = secret(args.new_passphrase_env, "the person's signing passphrase")
    ca = secret(args.ca_passphrase_env, "the bureau root CA passphrase")
    view = desk.sheets.enrol(admin, args.staff, new, ca)
    out(f"{view.subject}\tserial {view.serial}\tvalid {view.valid_from:%Y-%m-%d}..{view.valid_to:%Y-%m-%d}")
    return 0


def cmd_identity_revoke(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    admin = sign_in(desk, args)
    out(f"{desk.sheets.revoke(admin, args.staff, args.reason or '')} certificate(s) revoked")
    return 0


def cmd_identity_change_passphrase(args: argparse.Namespace) -> int:
    """Change one's signing passphrase: every key it protects (identities, seals kept, delegated
    copies) is re-encrypted in one transaction (SEC-06)."""
    desk = open_desk(args)
    user = sign_in(desk, args)
    old = secret(args.old_passphrase_env, "当前签名口令 current signing passphrase")
    new = secret(args.new_passphrase_env, "新签名口令 new signing passphrase")
    result = desk.sheets.change_passphrase(user, old, new)
    out(f"re-encrypted: {', '.join(result.reencrypted) or '-'}")
    if result.not_opened:
        out(f"not opened with the old passphrase (unchanged): {', '.join(result.not_opened)}")
    return 0


def cmd_identity_root(args: argparse.Namespace) -> int:
    """Export the bureau's root certificate (PEM) so recipients can trust its signatures."""
    if args.out:
        check_writable(args.out)
    desk = open_desk(args)
    try:
        roots = desk.sheets.root_pem()
    finally:
        desk.close()
    if not roots:
        raise CliError("this database has no bureau root certificate (run desktop init)")
    text = "".join(roots)
    if args.out:
        write_output(args.out, text, announce=False)
        out(args.out)
    else:
        out(text.rstrip("\n"))
    return 0


def register(sub, db: argparse.ArgumentParser, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    p = sub.add_parser("gallery", parents=[db], help="render every sheet kind, signed through its chain, into a folder")
    p.add_argument("--out", required=True, metavar="DIR")
    p.set_defaults(func=cmd_gallery)

    p = sub.add_parser("verify", parents=[db], help="check every signature of a PDF (exit 0 only if all are good)")
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--json", action="store_true", help="machine-readable report")
    p.add_argument("--root", action="append", metavar="CERT.pem", help="trust this root (instead of the database's)")
    p.add_argument("--crl", metavar="CRL.pem", help="a revocation list signed by the bureau root (desktop seal crl)")
    p.set_defaults(func=cmd_verify)

    ident = sub.add_parser("identity", help="signing identities (the bureau's offline PKI)").add_subparsers(
        dest="identity_command", required=True)
    p = ident.add_parser("enrol", parents=[who], help="issue a person's signing certificate (administrator)")
    p.add_argument("staff", type=record_id)
    p.add_argument("--new-passphrase-env", metavar="NAME", help="the person's signing passphrase")
    p.add_argument("--ca-passphrase-env", metavar="NAME", help="the bureau root CA's passphrase")
    p.set_defaults(func=cmd_identity_enrol)
    p = ident.add_parser("revoke", parents=[who], help="revoke a person's certificates (administrator)")
    p.add_argument("staff", type=record_id)
    p.add_argument("--reason")
    p.set_defaults(func=cmd_identity_revoke)
    p = ident.add_parser("change-passphrase", parents=[who],
                         help="change your signing passphrase; every key it protects is re-encrypted")
    p.add_argument("--old-passphrase-env", metavar="NAME", help="the current passphrase from this variable (else asked)")
    p.add_argument("--new-passphrase-env", metavar="NAME", help="the new passphrase from this variable (else asked)")
    p.set_defaults(func=cmd_identity_change_passphrase)
    p = ident.add_parser("root", parents=[db], help="export the bureau root certificate (PEM)")
    p.add_argument("--out", metavar="FILE")
    p.set_defaults(func=cmd_identity_root)
