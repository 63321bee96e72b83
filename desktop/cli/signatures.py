"""``desktop gallery | verify | identity …``: signed sheets, their verification, signing identities."""

from __future__ import annotations

import argparse
import json
import os

from desktop.cli.common import check_writable, record_id, CliError, err, open_desk, out, output_folder, read_bytes, read_text, secret, sign_in, \
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
                paths += desk.stocktakes.gallery(folder)  # QR label sheet and a room's count sheet (issue 13)
                paths += desk.supply_reports.gallery(folder)  # printed supply sheets, 收发存 (issue 14)
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


# Verdict → exit code (README "Verifying a signed PDF"); a batch exits with the worst of its files.
_SEVERITY = (0, 3, 1, 2)  # complete < incomplete/superseded < broken < could not be read

VERIFY_EPILOG = """verdicts and exit codes:
  complete    0  every signature intact, trusted by the bureau root, not revoked, nothing forbidden
                 after it, and every declared signature field signed
  broken      1  a signature's content changed after signing, its certificate is not the bureau's
                 (or expired), revoked, or the file changed after the last signature / after a lock
  incomplete  3  the signatures present are good, but a declared field is empty
                 (listed with its step and position: 第3步 财务负责人审核（财务负责人）未签)
  superseded  3  with --db: the file is an earlier version of a stored sheet (e.g. cut back to an
                 earlier %%EOF) or the unsealed copy of a sealed document
  2: a file cannot be read or is not a PDF. Several files or a folder (its *.pdf): one line per file,
  exit code the worst of them (0 < 3 < 1 < 2). --root without --db checks without any database."""


def _pdf_files(names: list[str]) -> list[str]:
    """The files to check: each argument, a folder standing for its *.pdf files."""
    from pathlib import Path

    files: list[str] = []
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            found = sorted(str(p) for p in path.iterdir() if p.suffix.lower() == ".pdf" and p.is_file())
            if not found:
                raise CliError(f"{name}: no PDF files in this folder")
            files += found
        else:
            files.append(name)
    return files


def _checker(args: argparse.Namespace, roots: list[str], crl: bytes | None):  # noqa: ANN202
    """A function bytes → VerifyReport. With --root and no --db: the PDF layer alone (no database,
    no SQLAlchemy, no accounts: the fast path for a stack of files); else the bureau's services."""
    if roots and not args.db:
        from desktop.documents.verify import verify_pdf

        revoked = {}
        if crl:
            from desktop.documents.pki import PkiError, read_crl

            try:
                revoked = read_crl(crl, roots)
            except PkiError as exc:
                raise CliError(f"{args.crl}: [SEAL-15] {exc}") from None
        return (lambda data: verify_pdf(data, roots, revoked)), None
    from desktop.persistence.database import database_exists, resolve_url

    url = resolve_url(args.db)
    if not database_exists(url):  # never create one just to verify a file
        raise CliError(f"没有这个数据库 no database at {_shown(url)}: check the files against the bureau's root "
                       "certificate instead: --root bureau-root.pem (desktop identity root --out bureau-root.pem)")
    desk = open_desk(args)
    return (lambda data: desk.sheets.verify(data, extra_roots=roots, crl_pem=crl)), desk


def _shown(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _check_one(check, path: str):  # noqa: ANN001, ANN202
    """(report, None) or (None, one line saying why the file could not be checked)."""
    from desktop.documents.verify import NotAPdf

    try:
        data = read_bytes(path, what="PDF", limit=512 * 1024 * 1024)
        return check(data), None
    except CliError as exc:
        return None, f"error: {exc}"
    except NotAPdf as exc:
        return None, f"refused: [SEC-01] {exc}"
    except Exception as exc:  # noqa: BLE001 - a service refusal (Refused) is one line too
        problems = getattr(exc, "problems", None)
        if problems is None:
            raise
        return None, "; ".join(f"refused: {p}" for p in problems)


def _after_it(s) -> str:  # noqa: ANN001
    rule = {"none": "NO changes allowed (locks the document)", "form_filling": "form filling and signing only",
            "annotations": "form filling, annotations and signing only"}.get(s.allows_after, "no restriction of its own")
    followed = "nothing" if s.covers_whole_file else "permitted" if s.changes_permitted else "NOT PERMITTED"
    return f"after it: {rule}; what follows it: {followed}"


_VERDICT_LINE = {
    "complete": "COMPLETE: all signatures intact and trusted, every declared signature field signed",
    "incomplete": "INCOMPLETE: the signatures present are intact and trusted, but not every field is signed",
    "superseded": "SUPERSEDED: an earlier version of a stored document",
    "broken": "BROKEN: see the problems above",
}


def _explain(path: str, report) -> None:  # noqa: ANN001
    out(f"{path}: {len(report.signatures)} signature(s), {len(report.fields)} declared field(s)")
    for i, s in enumerate(report.signatures, 1):
        when = s.signed_at.strftime("%Y-%m-%d %H:%M:%S UTC") if s.signed_at else "?"
        kind = "seal" if s.is_seal else "certification" if s.certification else "approval"
        what = f" {s.label}" if s.label else ""
        out(f"  #{i} {s.field}{what} [{kind}] {s.signer} ({s.signed_as or '-'}) at {when}")
        if s.reason:
            out(f"     reason: {s.reason}; certificate title: {s.position or '-'}")
        if s.revoked_at:
            out(f"     certificate revoked from {s.revoked_at:%Y-%m-%d %H:%M:%S} UTC"
                f" ({'signed after: NOT valid' if s.revoked else 'signed before: still valid'})")
        out(f"     intact: {'yes' if s.intact else 'NO'}; trusted by this bureau's root: {'yes' if s.trusted else 'NO'}; "
            f"revoked: {'YES' if s.revoked else 'no'}")
        out(f"     {_after_it(s)}")
        for problem in s.problems:
            out(f"     ! {problem}")
    for f in report.empty_fields:
        out(f"  ! {f.description}未签")
    if report.superseded:
        out(f"  ! {report.superseded}")
    out(f"  changed after the last signature: {'YES' if report.changed_after_last else 'no'}")
    for problem in report.problems:
        out(f"  ! {problem}")
    out(_VERDICT_LINE[report.verdict])


def _one_line(path: str, report) -> str:  # noqa: ANN001
    if report.verdict == "broken":
        why = [p for s in report.signatures for p in s.problems] + list(report.problems)
    elif report.verdict == "superseded":
        why = [report.superseded]
    else:
        why = [f"{f.description}未签" for f in report.empty_fields]
    detail = f"；{'；'.join(dict.fromkeys(why))}" if why else ""
    return f"{path}: {report.verdict} ({len(report.signatures)} signature(s)){detail}"


def cmd_verify(args: argparse.Namespace) -> int:
    """Explain every signature of each PDF: complete 0, broken 1, incomplete or superseded 3 (the worst of a batch)."""
    files = _pdf_files(args.files)
    roots = _roots(args.root or [])
    crl = read_bytes(args.crl, what="CRL", limit=16 * 1024 * 1024) if args.crl else None
    check, desk = _checker(args, roots, crl)
    single = len(files) == 1 and len(args.files) == 1 and files[0] == args.files[0]
    worst, as_json = 0, []
    try:
        for path in files:
            report, failure = _check_one(check, path)
            if failure is not None:
                if single:
                    err(failure)
                    return 2
                code = 2
                if args.json:
                    as_json.append({"file": path, "verdict": None, "error": failure})
                else:
                    out(f"{path}: {failure}")
            else:
                code = report.exit_code
                if args.json:
                    as_json.append({"file": path, **report.to_dict()})
                elif single:
                    _explain(path, report)
                else:
                    out(_one_line(path, report))
            worst = max(worst, code, key=_SEVERITY.index)
    finally:
        if desk is not None:
            desk.close()
    if args.json:
        out(json.dumps(as_json[0] if single else as_json, ensure_ascii=False, indent=1))
    return worst


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

    p = sub.add_parser("verify", parents=[db], help="check every signature of PDFs: complete 0, broken 1, incomplete 3",
                       description="Check every signature of each PDF and every declared signature field.",
                       epilog=VERIFY_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("files", nargs="+", metavar="FILE.pdf", help="PDF files, or folders (their *.pdf files)")
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
