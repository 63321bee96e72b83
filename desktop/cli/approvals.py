"""``desktop approvals …``: documents and their approval chains."""

from __future__ import annotations

import argparse
from typing import Callable

from desktop.cli.common import check_writable, count, record_id, iso_date, open_desk, out, output_folder, passphrase, sign_in, \
    write_output

__all__ = ["register"]


def cmd_pending(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    for doc in desk.approvals.pending_for(user):
        step = doc.current_step
        out(f"{doc.id}\t{doc.serial}\t{doc.kind_title}\t{doc.title}\t{doc.amount}\t{doc.submitter}\t{step.label if step else ''}")
    return 0


def cmd_documents(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    for doc in desk.approvals.documents(user, kinds=args.kind or None, states=args.state or None):
        out(f"{doc.id}\t{doc.serial or '-'}\t{doc.kind_title}\t{doc.state_label}\t{doc.title}\t{doc.amount}\t{doc.submitter}")
    return 0


def cmd_create(args: argparse.Namespace) -> int:
    """Create, and with --submit submit (and issue the signed sheet), as one transaction."""
    desk = open_desk(args)
    user = sign_in(desk, args)
    doc_id = desk.approvals.create_draft(user, args.kind, args.title, purpose=args.purpose, amount=args.amount,
                                         days=args.days, category=args.category or "", submit=args.submit,
                                         passphrase=passphrase(args) if args.submit else None)
    if args.submit:
        out(f"{doc_id}\t{desk.approvals.document(user, doc_id).serial}")
    else:
        out(str(doc_id))
    return 0


def _doc_action(name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        desk = open_desk(args)
        user = sign_in(desk, args)
        svc = desk.approvals
        if name == "submit":
            result = svc.submit(user, args.id, passphrase=passphrase(args))
        elif name == "approve":
            result = svc.approve(user, args.id, args.opinion or "同意", decision_id=args.decision,
                                 passphrase=passphrase(args))
        elif name == "return":
            result = svc.return_(user, args.id, args.reason, args.opinion or "")
        elif name == "reject":
            result = svc.reject(user, args.id, args.opinion or "")
        else:
            result = svc.archive(user, args.id)
        out(result)
        return 0

    return run


def cmd_document_pdf(args: argparse.Namespace) -> int:
    """Save a document's approval sheet: the latest stored (signed) version, or the unsigned draft sheet."""
    check_writable(args.out)
    desk = open_desk(args)
    user = sign_in(desk, args)
    if desk.sheets.versions(user, args.id):
        data = desk.sheets.latest_pdf(user, args.id)
    else:
        data = desk.sheets.preview(user, args.id)
    write_output(args.out, data, announce=False)
    out(args.out)
    return 0


def cmd_export_pdfs(args: argparse.Namespace) -> int:
    """Several documents' stored signed sheets into a folder, named serial + title: all or nothing —
    every document without a signed sheet, and every file already there (without --replace), is
    named at once and nothing is written."""
    from desktop.services.base import Problem, Refused

    desk = open_desk(args)
    user = sign_in(desk, args)
    sheets, problems = [], []
    for doc_id in dict.fromkeys(args.ids):
        try:
            sheets.append(desk.my_work.signed_sheet(user, doc_id))
        except Refused as refused:
            problems += refused.problems
    if problems:
        raise Refused(problems)
    folder = output_folder(args.out_dir)
    names: dict[str, int] = {}
    targets = []
    for sheet in sheets:
        n = names[sheet.file_name] = names.get(sheet.file_name, 0) + 1
        name = sheet.file_name if n == 1 else f"{sheet.file_name[:-4]} ({n}).pdf"
        targets.append((folder / name, sheet))
    existing = [t.name for t, _ in targets if t.exists()]
    if existing and not args.replace:
        raise Refused([Problem("IC-01", "export.exists", f"文件已存在（加 --replace 覆盖）：{name}") for name in existing])
    for target, sheet in targets:
        write_output(str(target), sheet.data, announce=False)
        out(f"{sheet.serial}\t{target}")
    return 0


def cmd_decision(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    user = sign_in(desk, args)
    did = desk.approvals.record_decision(user, args.meeting_type, args.minute_no, args.date, args.subject or "")
    out(str(did))
    return 0


def register(sub, db: argparse.ArgumentParser, who: argparse.ArgumentParser) -> None:  # noqa: ANN001
    appr = sub.add_parser("approvals", help="documents and their approval chains").add_subparsers(
        dest="approvals_command", required=True)
    p = appr.add_parser("pending", parents=[who], help="what waits for this person")
    p.set_defaults(func=cmd_pending)
    p = appr.add_parser("list", parents=[who], help="the documents this person may see")
    p.add_argument("--kind", action="append")
    p.add_argument("--state", action="append")
    p.set_defaults(func=cmd_documents)
    p = appr.add_parser("create", parents=[who], help="create a draft (and --submit it, in one transaction)")
    p.add_argument("--kind", required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--purpose", required=True)
    p.add_argument("--amount", default="0")
    p.add_argument("--days", type=count, default=0)
    p.add_argument("--category")
    p.add_argument("--submit", action="store_true")
    p.set_defaults(func=cmd_create)
    for name in ("submit", "approve", "return", "reject", "archive"):
        p = appr.add_parser(name, parents=[who])
        p.add_argument("id", type=record_id)
        if name in ("approve", "return", "reject"):
            p.add_argument("--opinion")
        if name == "approve":
            p.add_argument("--decision", type=record_id, help="id of the collective-decision record to link")
        if name == "return":
            p.add_argument("--reason", action="append", required=True, help="one per reason (all at once)")
        p.set_defaults(func=_doc_action(name))
    p = appr.add_parser("pdf", parents=[who], help="save the document's approval sheet (signed if issued)")
    p.add_argument("id", type=record_id)
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=cmd_document_pdf)
    p = appr.add_parser("export-pdfs", parents=[who],
                        help="save several documents' signed approval sheets into a folder (serial + title)")
    p.add_argument("ids", type=record_id, nargs="+", metavar="ID")
    p.add_argument("--out-dir", required=True, metavar="DIR")
    p.add_argument("--replace", action="store_true", help="overwrite files of the same name")
    p.set_defaults(func=cmd_export_pdfs)
    p = appr.add_parser("decision", parents=[who], help="record a collective decision (会议纪要)")
    p.add_argument("--meeting-type", required=True)
    p.add_argument("--minute-no", required=True)
    p.add_argument("--date", required=True, type=iso_date, help="YYYY-MM-DD")
    p.add_argument("--subject")
    p.set_defaults(func=cmd_decision)
