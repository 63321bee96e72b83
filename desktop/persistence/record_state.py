"""Business records covered by the audit trail (SEC-01, SEC-18).

A registry of audited record kinds, each an aggregate (a root table and the child tables that
belong to it) with a canonical state: its fields, long values and secrets as SHA-256. At the
commit of every write transaction the new state of each touched record goes into the chained
trail (an entry ``record.state``: entity = kind, entity id, ``after`` = the state, ``null`` when
the record was deleted). Before a record is first changed in a transaction, its state in the
database must equal the state last recorded for it, else the transaction is refused as tampered:
a legitimate action must not launder a record changed behind the application's back.

Later modules register their own kinds with :func:`register` (and, if their migration changes
an audited table, list the revision in ``BASELINE_BEFORE`` so existing databases get a baseline).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from itertools import chain as iter_chain
from typing import Any, Iterable, Protocol

from sqlalchemy import Table, event, func, inspect as sa_inspect, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.audit_chain import RECORD_STATE
from desktop.persistence import audit_log
from desktop.persistence.schema import (
    Advance,
    ApprovalAction,
    AssetAcceptance,
    AssetCard,
    AssetCategory,
    AssetCountDifference,
    AssetDepreciationRun,
    AssetDisposal,
    AssetFile,
    AssetMove,
    AssetStocktake,
    Attachment,
    BankReconciliation,
    BankStatement,
    BankStatementLine,
    BudgetLine,
    Claim,
    Invoice,
    LedgerAccount,
    Payment,
    Voucher,
    VoucherLine,
    AuditEntry,
    Bureau,
    BureauAuthority,
    CollectiveDecision,
    DecisionMatter,
    Document,
    HolidayDay,
    IssuedFile,
    Seal,
    SealCustody,
    SealStatusChange,
    SealUse,
    SigningIdentity,
    Staff,
    StaffDeparture,
    StaffPosition,
    SupplyBalance,
    SupplyCollector,
    SupplyCount,
    SupplyCountLine,
    SupplyIssue,
    SupplyIssueLine,
    SupplyItem,
    SupplyLoan,
    SupplyLoanSignature,
    SupplyLocation,
    SupplyPlan,
    SupplyPlanLine,
    SupplyPurchase,
    SupplyPurchaseLine,
    SupplyQuote,
    SupplyQuoteEnquirer,
    SupplyReceipt,
    SupplyReceiptLine,
    UserAccount,
)

__all__ = ["Child", "AuditedKind", "KINDS", "register", "Mismatch", "RecordTampered", "states", "recorded",
           "compare", "deep_check", "mismatched_ids", "tampered_in", "install", "baseline", "BASELINE_BEFORE", "LONG"]

# Text longer than this is recorded as its SHA-256 (the trail stays small; equality still shows).
LONG = 96
# Databases migrated from one of these revisions get a baseline of every audited record at start.
BASELINE_BEFORE = frozenset({"0001_foundation", "0002_signatures", "0003_seals",
                             "0004_audit_anchor", "0005_backups"})  # 0006 adds columns to seal_uses


@dataclass(frozen=True)
class Child:
    """Rows of ``model`` that belong to a record through the column ``fk``.

    ``heavy``: columns a quick check (document lists) leaves out, so a list need not read every
    PDF (SQLite stores a row's columns after a blob behind it); the full check compares them."""

    model: type
    fk: str
    heavy: tuple[str, ...] = ()

    @property
    def table(self) -> Table:
        return self.model.__table__


@dataclass(frozen=True)
class AuditedKind:
    name: str  # the trail's entity name
    model: type
    label: str  # Chinese, for messages
    children: tuple[Child, ...] = ()
    secret: frozenset[str] = field(default_factory=frozenset)  # always recorded as SHA-256

    @property
    def table(self) -> Table:
        return self.model.__table__


KINDS: dict[str, AuditedKind] = {}
_BY_MODEL: dict[type, tuple[AuditedKind, Child | None]] = {}


def register(kind: AuditedKind) -> None:
    KINDS[kind.name] = kind
    _BY_MODEL[kind.model] = (kind, None)
    for child in kind.children:
        _BY_MODEL[child.model] = (kind, child)


register(AuditedKind("document", Document, "单据", (
    Child(ApprovalAction, "document_id"),
    Child(IssuedFile, "document_id", heavy=("content", "created_at")),
)))
register(AuditedKind("user_account", UserAccount, "用户账户", secret=frozenset({"password_hash"})))
register(AuditedKind("staff", Staff, "人员", (Child(StaffPosition, "staff_id"),)))
register(AuditedKind("bureau", Bureau, "单位及规则预设"))
register(AuditedKind("bureau_authority", BureauAuthority, "签名根证书", secret=frozenset({"key_p12"})))
register(AuditedKind("seal", Seal, "印章", (
    Child(SealCustody, "seal_id"), Child(SealStatusChange, "seal_id"), Child(SealUse, "seal_id"),
), secret=frozenset({"key_p12"})))
register(AuditedKind("signing_identity", SigningIdentity, "个人签名证书", secret=frozenset({"key_p12"})))
register(AuditedKind("collective_decision", CollectiveDecision, "集体决策记录",
                     (Child(DecisionMatter, "decision_id"),)))  # its matters (议题), issue 12
# The finance core (issue 11). period_balances are derived from posted lines and checked against them
# by ``desktop books check``; they are not records of their own.
register(AuditedKind("ledger_account", LedgerAccount, "会计科目"))
register(AuditedKind("voucher", Voucher, "记账凭证", (Child(VoucherLine, "voucher_id"),)))
register(AuditedKind("budget_line", BudgetLine, "预算指标"))
register(AuditedKind("advance", Advance, "借款单"))
register(AuditedKind("claim", Claim, "报销单财务信息", (
    Child(Invoice, "document_id"),
)))
register(AuditedKind("payment", Payment, "付款记录"))
register(AuditedKind("attachment", Attachment, "附件"))
register(AuditedKind("bank_statement", BankStatement, "银行对账单", (Child(BankStatementLine, "statement_id"),)))
register(AuditedKind("bank_reconciliation", BankReconciliation, "银行存款余额调节表"))
register(AuditedKind("holiday_day", HolidayDay, "节假日安排"))  # the bureau's calendar corrections (VEH-07), issue 12
# Fixed assets (issue 13). Scans (asset_counts), history (asset_events) and depreciation lines are
# append-only and not audited row by row: the action that writes them is audited with their digest.
register(AuditedKind("asset_category", AssetCategory, "资产分类"))
register(AuditedKind("asset_card", AssetCard, "固定资产卡片", (Child(AssetAcceptance, "card_id"),)))
register(AuditedKind("asset_file", AssetFile, "资产照片及文件"))
register(AuditedKind("asset_move", AssetMove, "资产转移及维修"))
register(AuditedKind("asset_disposal", AssetDisposal, "资产处置"))
register(AuditedKind("staff_departure", StaffDeparture, "人员离岗资产交接"))
register(AuditedKind("asset_depreciation_run", AssetDepreciationRun, "固定资产折旧"))
register(AuditedKind("asset_stocktake", AssetStocktake, "资产清查盘点", (Child(AssetCountDifference, "stocktake_id"),)))
# Office-supply stock (issue 14). The stock book (supply_movements) is append-only and not audited
# row by row: every movement changes an audited balance in the same audited action.
register(AuditedKind("supply_item", SupplyItem, "办公用品目录"))
register(AuditedKind("supply_location", SupplyLocation, "办公用品存放地点"))
register(AuditedKind("supply_balance", SupplyBalance, "办公用品库存"))
register(AuditedKind("supply_plan", SupplyPlan, "办公用品使用计划单", (Child(SupplyPlanLine, "plan_id"),)))
register(AuditedKind("supply_purchase", SupplyPurchase, "办公用品采购", (
    Child(SupplyPurchaseLine, "purchase_id"), Child(SupplyQuote, "purchase_id"),
    Child(SupplyQuoteEnquirer, "purchase_id"))))
register(AuditedKind("supply_receipt", SupplyReceipt, "办公用品入库单", (Child(SupplyReceiptLine, "receipt_id"),)))
register(AuditedKind("supply_collector", SupplyCollector, "办公用品领用人"))
register(AuditedKind("supply_issue", SupplyIssue, "办公用品领用", (Child(SupplyIssueLine, "issue_id"),)))
register(AuditedKind("supply_loan", SupplyLoan, "办公用品借用", (Child(SupplyLoanSignature, "loan_id"),)))
register(AuditedKind("supply_count", SupplyCount, "办公用品盘点", (Child(SupplyCountLine, "count_id"),)))


# Canonical state ---------------------------------------------------------------------------------
def _digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _value(value: Any, secret: bool = False) -> Any:
    kind = type(value)
    if value is None or (kind is int and not secret):  # the common cases first: ids, counts, fen
        return value
    if kind is str and not secret and len(value) <= LONG:
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _digest(bytes(value))
    if isinstance(value, bool) or (isinstance(value, int) and not secret):
        return value
    if isinstance(value, datetime):
        text = value.isoformat()
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, Decimal):
        text = str(value)
    else:
        text = str(value)
    if secret or len(text) > LONG:
        return _digest(text.encode("utf-8"))
    return text


def _pk_name(table: Table) -> str:
    return list(table.primary_key.columns)[0].name


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def states(conn: Connection, kind: AuditedKind | str, ids: Iterable[int] | None = None, *,
           full: bool = True) -> dict[int, dict[str, Any]]:
    """The canonical state of each record of ``kind`` (all, or those in ``ids``) as it is now.

    Root columns by name; a child row's columns as ``table#id.column``."""
    kind = KINDS[kind] if isinstance(kind, str) else kind
    root = kind.table
    wanted = None if ids is None else sorted({int(i) for i in ids})
    out: dict[int, dict[str, Any]] = {}
    batches = [None] if wanted is None else list(_chunks(wanted))
    for batch in batches:
        if batch is not None and not batch:
            continue
        q = select(root)
        pk = _pk_name(root)  # "id", or a record keyed by its document (claims.document_id)
        if batch is not None:
            q = q.where(root.c[pk].in_(batch))
        for row in conn.execute(q).mappings():
            out[row[pk]] = {c: _value(v, c in kind.secret) for c, v in row.items() if c != pk}
        for child in kind.children:
            t = child.table
            skip = (child.fk,) if full else (child.fk, *child.heavy)
            cols = [c for c in t.c if c.name not in skip]
            q = select(t.c[child.fk], *cols).order_by(t.c.id)
            if batch is not None:
                q = q.where(t.c[child.fk].in_(batch))
            for row in conn.execute(q).mappings():
                owner = out.get(row[child.fk])
                if owner is None:
                    if batch is None:  # a child whose record is gone: shown under that id
                        owner = out.setdefault(row[child.fk], {})
                    else:
                        continue
                prefix = f"{t.name}#{row['id']}."
                for c, v in row.items():
                    if c in ("id", child.fk):
                        continue
                    owner[prefix + c] = _value(v, c in kind.secret)
    return out


def recorded(conn: Connection, kind: AuditedKind | str, ids: Iterable[int] | None = None
             ) -> dict[int, dict[str, Any] | None]:
    """The state last recorded in the trail for each record (``None``: recorded as deleted)."""
    kind = KINDS[kind] if isinstance(kind, str) else kind
    out: dict[int, dict[str, Any] | None] = {}
    batches = [None] if ids is None else list(_chunks(sorted({int(i) for i in ids})))
    for batch in batches:
        newest = (select(func.max(AuditEntry.seq))
                  .where(AuditEntry.entity == kind.name, AuditEntry.action == RECORD_STATE))
        if batch is not None:
            newest = newest.where(AuditEntry.entity_id.in_([str(i) for i in batch]))
        q = (select(AuditEntry.entity_id, AuditEntry.after_json)
             .where(AuditEntry.seq.in_(newest.group_by(AuditEntry.entity_id).scalar_subquery())))
        for entity_id, after_json in conn.execute(q):
            try:
                out[int(entity_id)] = json.loads(after_json)
            except (TypeError, ValueError):
                out[int(entity_id)] = {"(unreadable)": str(after_json)[:40]}
    return out


# Comparing ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Mismatch:
    """(table, id, field, recorded → found); ``None`` on a side: no such field or record."""

    kind: str
    table: str
    record_id: int
    field: str
    recorded: Any
    found: Any

    def line(self) -> str:
        def show(v: Any) -> str:
            if v is None:
                return "(none)"
            text = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
            return text if len(text) <= 80 else text[:77] + "…"
        return f"{self.table} #{self.record_id} {self.field}: {show(self.recorded)} → {show(self.found)}"


_ABSENT = object()


def compare(kind: AuditedKind, record_id: int, was: Any, now: dict[str, Any] | None) -> list[Mismatch]:
    """Differences between the last recorded state (``_ABSENT``: never recorded; ``None``:
    recorded as deleted) and the state now (``None``: no such record)."""
    table = kind.table.name
    if was is _ABSENT:
        if now is None:
            return []
        return [Mismatch(kind.name, table, record_id, "(record)", "(never recorded)", "present")]
    if was is None:
        if now is None:
            return []
        return [Mismatch(kind.name, table, record_id, "(record)", "(deleted)", "present")]
    if now is None:
        return [Mismatch(kind.name, table, record_id, "(record)", "present", "(missing)")]
    out = []
    # A child row that is gone (or new) as a whole: one line, not one per field.
    rows_was = {k.split(".", 1)[0] for k in was if "#" in k}
    rows_now = {k.split(".", 1)[0] for k in now if "#" in k}
    for row in sorted(rows_was - rows_now):
        out.append(Mismatch(kind.name, table, record_id, row, "present", "(missing)"))
    for row in sorted(rows_now - rows_was):
        out.append(Mismatch(kind.name, table, record_id, row, "(never recorded)", "present"))
    whole = (rows_was ^ rows_now)
    for key in sorted(set(was) | set(now)):
        if "#" in key and key.split(".", 1)[0] in whole:
            continue
        a, b = was.get(key, _ABSENT), now.get(key, _ABSENT)
        if a != b:
            out.append(Mismatch(kind.name, table, record_id, key, "(absent)" if a is _ABSENT else a,
                                "(absent)" if b is _ABSENT else b))
    return out


def deep_check(conn: Connection, kinds: Iterable[str] | None = None) -> list[Mismatch]:
    """Every audited record now against its last recorded state, every kind."""
    out: list[Mismatch] = []
    for name in kinds or KINDS:
        kind = KINDS[name]
        now = states(conn, kind)
        was = recorded(conn, kind)
        for rid in sorted(set(now) | set(was)):
            out += compare(kind, rid, was.get(rid, _ABSENT), now.get(rid))
    return out


def mismatched_ids(conn: Connection, kind: str, ids: Iterable[int], *, full: bool = False) -> set[int]:
    """Which of these records no longer match their recorded state (lists: quick, ``full=False``)."""
    ids = list(ids)
    if not ids:
        return set()
    k = KINDS[kind]
    now = states(conn, k, ids, full=full)
    was = recorded(conn, k, ids)
    if not full:  # the columns a quick check leaves out are not compared either
        heavy = {(c.table.name, col) for c in k.children for col in c.heavy}
        for rid, state in was.items():
            if state:
                was[rid] = {key: v for key, v in state.items()
                            if not ("#" in key and "." in key
                                    and (key.split("#", 1)[0], key.rsplit(".", 1)[1]) in heavy)}
    return {rid for rid in ids if compare(k, rid, was.get(rid, _ABSENT), now.get(rid))}


class RecordTampered(RuntimeError):
    """A record about to be changed no longer matches its recorded state."""

    def __init__(self, mismatches: list[Mismatch]):
        self.mismatches = mismatches
        super().__init__("; ".join(m.line() for m in mismatches[:5]))

    def labels(self) -> list[str]:
        seen: dict[tuple[str, int], str] = {}
        for m in self.mismatches:
            seen.setdefault((m.kind, m.record_id), f"{KINDS[m.kind].label} #{m.record_id}（{m.field}）")
        return list(seen.values())


# The commit hook -------------------------------------------------------------------------------------
_TOUCHED = "record_state.touched"


def _fk_key(model: type, column: str) -> str:
    return sa_inspect(model).get_property_by_column(model.__table__.c[column]).key


def _roots_of(obj: Any) -> list[tuple[str, int | None]]:
    found = _BY_MODEL.get(type(obj))
    if found is None:
        return []
    kind, child = found
    if child is None:
        return [(kind.name, getattr(obj, _fk_key(kind.model, _pk_name(kind.table))))]
    key = _fk_key(child.model, child.fk)
    values = {getattr(obj, key, None)}
    history = sa_inspect(obj).attrs[key].history
    values.update(history.deleted or ())
    return [(kind.name, v) for v in values]


def _check_unchanged(session: Session, keys: list[tuple[str, int]]) -> None:
    conn = session.connection()
    problems = _mismatches(conn, keys)
    if problems:
        # On PostgreSQL another PC may have committed between our two reads: decide under the head
        # lock, which every writer of a record state holds until it commits.
        audit_log.locked_head(session)
        problems = _mismatches(conn, keys)
        if problems:
            raise RecordTampered(problems)


def _mismatches(conn: Connection, keys: list[tuple[str, int]]) -> list[Mismatch]:
    out: list[Mismatch] = []
    by_kind: dict[str, list[int]] = {}
    for name, rid in keys:
        by_kind.setdefault(name, []).append(rid)
    for name, ids in by_kind.items():
        kind = KINDS[name]
        now = states(conn, kind, ids)
        was = recorded(conn, kind, ids)
        for rid in ids:
            if rid not in now and rid not in was:
                continue  # created in this transaction
            out += compare(kind, rid, was.get(rid, _ABSENT), now.get(rid))
    return out


def tampered_in(session: Session, kind: str, record_id: int) -> list[Mismatch]:
    """Inside a transaction: how the record differs from its recorded state (empty if it matches,
    or if this transaction created or already changed it)."""
    if (kind, record_id) in session.info.get(_TOUCHED, ()):
        return []
    return _mismatches(session.connection(), [(kind, record_id)])


def _before_flush(session: Session, _context, _instances) -> None:  # noqa: ANN001
    touched: set[tuple[str, int]] = session.info.setdefault(_TOUCHED, set())
    first: list[tuple[str, int]] = []
    for obj in iter_chain(session.dirty, session.deleted, session.new):
        for name, rid in _roots_of(obj):
            if rid is None or (name, rid) in touched:
                continue
            touched.add((name, rid))
            first.append((name, rid))
    if first:
        _check_unchanged(session, first)


def _after_flush(session: Session, _context) -> None:  # noqa: ANN001
    touched: set[tuple[str, int]] = session.info.setdefault(_TOUCHED, set())
    for obj in session.new:  # new records now have their ids
        for name, rid in _roots_of(obj):
            if rid is not None:
                touched.add((name, rid))


def record_touched(session: Session, keys: Iterable[tuple[str, int]], actor: str) -> int:
    """Append a ``record.state`` entry for each record whose state differs from the recorded one."""
    by_kind: dict[str, list[int]] = {}
    for name, rid in sorted(keys):
        by_kind.setdefault(name, []).append(rid)
    if not by_kind:
        return 0
    if audit_log.LAST_APPENDED not in session.info:
        audit_log.locked_head(session)  # refused if the head is missing or damaged
    conn = session.connection()
    items = []
    for name, ids in by_kind.items():
        kind = KINDS[name]
        now = states(conn, kind, ids)
        was = recorded(conn, kind, ids)
        for rid in ids:
            state = now.get(rid)
            if was.get(rid, _ABSENT) == state or (state is None and rid not in was):
                continue
            items.append({"actor": actor, "action": RECORD_STATE, "entity": name, "entity_id": rid, "after": state})
    return audit_log.append_many(session, items)


def _record_at_commit(session: Session) -> None:
    session.flush()  # the transaction's last changes may not be flushed yet: the hooks see them now
    if not session.info.get(_TOUCHED):
        return
    keys = set(session.info.get(_TOUCHED, ()))
    last = session.info.get(audit_log.LAST_APPENDED)
    record_touched(session, keys, last[2] if last else "system")


def _clear(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint ends; the transaction goes on
    for key in (_TOUCHED, audit_log.LAST_APPENDED, audit_log.FIRST_APPENDED):
        session.info.pop(key, None)


class AnchorNotes(Protocol):
    def pending(self, first: int, last: int, digest: str) -> None: ...
    def note(self, seq: int, digest: str) -> None: ...


def install(sessions: sessionmaker, anchor: AnchorNotes | None = None) -> None:
    """Hook the record-state recording into every session of ``sessions``, and tell ``anchor``
    (this PC's trust anchor) the entries each commit appends: before the commit and after it."""

    def before_commit(session: Session) -> None:
        if session.in_nested_transaction():
            return
        _record_at_commit(session)
        last = session.info.get(audit_log.LAST_APPENDED)
        if last is not None and anchor is not None:
            session.flush()
            anchor.pending(session.info.get(audit_log.FIRST_APPENDED, last[0]), last[0], last[1])

    def after_commit(session: Session) -> None:
        if session.in_nested_transaction():
            return
        last = session.info.get(audit_log.LAST_APPENDED)
        _clear(session)
        if last is not None and anchor is not None:
            anchor.note(last[0], last[1])

    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "before_commit", before_commit)
    event.listen(sessions, "after_commit", after_commit)
    event.listen(sessions, "after_rollback", _clear)


def baseline(session: Session, actor: str = "system") -> int:
    """Record the state of every audited record that differs from its last recorded state
    (all of them on a database that predates record states). Returns the entries written."""
    conn = session.connection()
    written = 0
    for name, kind in KINDS.items():
        ids = set(states(conn, kind, full=False)) | set(recorded(conn, kind))
        written += record_touched(session, [(name, i) for i in ids], actor)
    return written
