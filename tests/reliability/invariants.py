"""What must hold after any kill, read straight from the database (what an auditor would check):

- SEC-01: the audit trail verifies (``desk.audit.verify().ok``), and every audited business
  step has its row: each ``document.create`` / ``submit`` / ``approve`` entry its document and
  approval action, each ``sheet.sign`` its stored signature file, each ``seal.apply`` its line in
  the seal use register — and the other way round.
- IC-15: serial numbers per kind and period are 1..n with no gap and no duplicate, and the counter
  stands at n (no number used up by a transaction that did not commit).
- SEC-16 (documents cannot be changed unnoticed): a document approved on an issued sheet carries one
  signature file per approval in that round; no half-done action is visible: a record made by
  create+submit is never a draft and always has its submission and certified sheet.
- Backups: every backup file with the final name opens and its manifest hashes match.
"""

from __future__ import annotations

import inspect
import json
from collections import Counter, defaultdict
from pathlib import Path

from sqlalchemy import select

from desktop.persistence.schema import ApprovalAction, AuditEntry, Document, IssuedFile, SealUse, SerialCounter
from desktop.services.desk import Desk

__all__ = ["problems"]

# Harness titles ending like this were made by create+submit (directly or through a service).
SUBMITTED_SUFFIXES = ("-cs", "-trip", "-seal")


def _audit_ok(desk: Desk) -> list[str]:
    verify = desk.audit.verify
    report = verify(deep=True) if "deep" in inspect.signature(verify).parameters else verify()
    if report.ok:
        return []
    return [f"SEC-01 audit verify failed at entry {report.broken_at}: {str(report.reason)[:200]}"]


def _serials(session) -> list[str]:  # noqa: ANN001
    out = []
    rows = session.execute(select(Document.bureau_id, Document.kind, Document.serial)
                           .where(Document.serial.is_not(None))).all()
    seen = Counter((b, s) for b, _k, s in rows)
    out += [f"IC-15 serial {s} used {n} times" for (_b, s), n in seen.items() if n > 1]
    values: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    for bureau, kind, serial in rows:
        head, _, number = serial.rpartition("-")
        values[(bureau, kind, head)].append(int(number))
    # The seal use register numbers (用印2026-0001) share the counters: one per bureau and year.
    from desktop.persistence.schema import Seal

    uses = session.execute(select(Seal.bureau_id, SealUse.register_no).join(Seal, Seal.id == SealUse.seal_id)
                           .where(SealUse.register_no != "")).all()
    out += [f"IC-15 seal use register number {n} used {k} times" for (_b, n), k in Counter(uses).items() if k > 1]
    for bureau, number in uses:
        year, _, value = number.removeprefix("用印").partition("-")
        values[(bureau, "seal_use_register", year)].append(int(value))
    # Asset card numbers (ZC2026-00001, issue 13) have their own counter per bureau and year.
    from desktop.persistence.schema import AssetCard

    cards = session.execute(select(AssetCard.bureau_id, AssetCard.card_no)).all()
    out += [f"IC-15 asset card number {n} used {k} times" for (_b, n), k in Counter(cards).items() if k > 1]
    for bureau, number in cards:
        year, _, value = number.removeprefix("ZC").partition("-")
        values[(bureau, "asset_card", year)].append(int(value))
    out += _supply_numbers(session, values)
    for c in session.execute(select(SerialCounter)).scalars():
        found = sorted(v for (b, k, head), vs in values.items() if b == c.bureau_id and k == c.kind
                       and (head == c.period or head.endswith("-" + c.period)) for v in vs)
        if found != list(range(1, c.last_value + 1)):
            missing = sorted(set(range(1, c.last_value + 1)) - set(found))
            out.append(f"IC-15 {c.kind} {c.period}: counter at {c.last_value}, numbers missing {missing[:5]}, "
                       f"found {len(found)}")
    return out


def _supply_numbers(session, values: dict) -> list[str]:  # noqa: ANN001
    """Office-supply numbers (issue 14) have their own counters: item codes BG0001 (period "all"),
    and per year 入库单 RK2026-0001, 领用 LY…, 借用 JY…, 盘点 PD…, purchases CG…. An item code
    typed by the keeper (not BG + digits) takes no number."""
    import re

    from desktop.persistence.schema import (SupplyCount, SupplyIssue, SupplyItem, SupplyLoan, SupplyPurchase,
                                            SupplyReceipt)

    out = []
    numbered = ((SupplyReceipt, SupplyReceipt.receipt_no, "supply_receipt", "RK"),
                (SupplyIssue, SupplyIssue.issue_no, "supply_issue", "LY"),
                (SupplyLoan, SupplyLoan.loan_no, "supply_loan", "JY"),
                (SupplyCount, SupplyCount.count_no, "supply_count_no", "PD"),
                (SupplyPurchase, SupplyPurchase.purchase_no, "supply_order", "CG"))
    for table, column, kind, prefix in numbered:
        rows = session.execute(select(table.bureau_id, column)).all()
        out += [f"IC-15 {kind} number {n} used {k} times" for (_b, n), k in Counter(rows).items() if k > 1]
        for bureau, number in rows:
            year, _, value = number.removeprefix(prefix).partition("-")
            if value.isdigit():
                values[(bureau, kind, year)].append(int(value))
    codes = session.execute(select(SupplyItem.bureau_id, SupplyItem.code)).all()
    for bureau, code in codes:
        if re.fullmatch(r"BG\d+", code):
            values[(bureau, "supply_item", "all")].append(int(code[2:]))
    return out


def _rows_match_audit(session) -> list[str]:  # noqa: ANN001
    out = []
    audited: dict[str, Counter] = defaultdict(Counter)
    sealed_docs: Counter = Counter()
    for action, entity_id, after in session.execute(select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.after_json)
                                                    .where(AuditEntry.action.in_(["document.create", "document.submit",
                                                                                  "document.approve", "sheet.sign",
                                                                                  "sheet.issue", "seal.apply"]))):
        if action == "seal.apply":
            doc = (json.loads(after or "null") or {}).get("document")
            if doc is not None:
                sealed_docs[int(doc)] += 1
        else:
            audited[action][int(entity_id)] += 1
    docs = set(session.execute(select(Document.id)).scalars())
    if set(audited["document.create"]) != docs or any(n != 1 for n in audited["document.create"].values()):
        out.append("SEC-01 documents and their document.create entries differ: "
                   f"{sorted(set(audited['document.create']) ^ docs)[:5]}")
    actions: dict[str, Counter] = defaultdict(Counter)
    for doc_id, action in session.execute(select(ApprovalAction.document_id, ApprovalAction.action)):
        actions[action][doc_id] += 1
    for name in ("submit", "approve"):
        if audited[f"document.{name}"] != actions[name]:
            diff = {d for d in set(audited[f"document.{name}"]) | set(actions[name])
                    if audited[f"document.{name}"][d] != actions[name][d]}
            out.append(f"SEC-01 audit says {name} without its approval action (or back) on documents {sorted(diff)[:5]}")
    files: dict[str, Counter] = defaultdict(Counter)
    per_round: dict[tuple[int, int], Counter] = defaultdict(Counter)
    for doc_id, rnd, purpose in session.execute(select(IssuedFile.document_id, IssuedFile.round, IssuedFile.purpose)):
        kind = purpose if purpose in ("issue", "seal") else "sign"
        files[kind][doc_id] += 1
        per_round[(doc_id, rnd)][kind] += 1
    if audited["sheet.sign"] != files["sign"] or audited["sheet.issue"] != files["issue"]:
        out.append("SEC-16 audit entries sheet.issue/sheet.sign and stored sheet files differ")
    approvals_per_round = Counter(session.execute(select(ApprovalAction.document_id, ApprovalAction.round)
                                                  .where(ApprovalAction.action == "approve")).all())
    for (doc_id, rnd), kinds in per_round.items():
        if kinds["issue"] and kinds["sign"] != approvals_per_round[(doc_id, rnd)]:
            out.append(f"SEC-16 document {doc_id} round {rnd}: {approvals_per_round[(doc_id, rnd)]} approvals, "
                       f"{kinds['sign']} signatures on its sheet")
    uses = Counter(session.execute(select(SealUse.document_id).where(SealUse.document_id.is_not(None))).scalars())
    if uses != sealed_docs or any(files["seal"][d] != n for d, n in uses.items()):
        out.append("SEC-01 seal.apply entries, the seal use register and sealed sheets differ")
    return out


def _half_done(session, prefixes: tuple[str, ...]) -> list[str]:  # noqa: ANN001
    out = []
    if not prefixes:
        return out
    rows = session.execute(select(Document.id, Document.title, Document.state)).all()
    mine = [(i, t, s) for i, t, s in rows if t.startswith(prefixes)]
    for title, n in Counter(t for _i, t, _s in mine).items():
        if n > 1:
            out.append(f"duplicate: {n} documents titled {title}")
    submitted = {d for d, in session.execute(select(ApprovalAction.document_id).where(ApprovalAction.action == "submit"))}
    issued = {d for d, in session.execute(select(IssuedFile.document_id).where(IssuedFile.purpose == "issue"))}
    for doc_id, title, state in mine:
        if title.endswith(SUBMITTED_SUFFIXES) and (state == "draft" or doc_id not in submitted or doc_id not in issued):
            out.append(f"half-done create+submit: {title} is {state}, submitted={doc_id in submitted}, "
                       f"sheet={doc_id in issued}")
    return out


def _backups(folder: Path | None) -> list[str]:
    if folder is None or not folder.exists():
        return []
    from desktop.persistence.backup_archive import SUFFIX, ArchiveError, open_archive

    out = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        stat = path.stat()
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        if key in _OPENED:  # a finished backup file is never written again: check it once
            continue
        try:
            open_archive(path).close()
            _OPENED.add(key)
        except ArchiveError as exc:
            out.append(f"backup {path.name} does not open: {exc}")
    return out


_OPENED: set[tuple[str, int, int]] = set()


def problems(url: str, prefixes: tuple[str, ...] = (), backup_dir: Path | None = None) -> list[str]:
    """Everything wrong with the database at ``url`` (empty when all holds). Opening it must work."""
    desk = Desk.open(url)
    try:
        out = _audit_ok(desk)
        with desk.sessions() as session:
            out += _serials(session)
            out += _rows_match_audit(session)
            out += _half_done(session, prefixes)
        out += _backups(backup_dir)
        return out
    finally:
        desk.close()
