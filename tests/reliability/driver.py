"""The child of the SIGKILL harness: on a prepared demonstration bureau it loops the user actions
(save a draft, create+submit with the signing passphrase, approve with signature, a module record
through ``ModuleService.new_document``, a seal use request → approvals → applying the seal, and a
backup) until it is killed, writing one journal line before and one after each action.

``kill_at`` (or ``$BUREAU_KILL_AT=audit:n|commit:n``) makes the child kill itself at a chosen
point: ``("audit", n)`` at the n-th audit entry written (inside a transaction, before it commits)
or ``("commit", n)`` just after the n-th commit (before the journal says the action is done).
Without it the parent kills at random times.

The parent (``harness.py``) re-runs an interrupted action the way a user would: only if it left
nothing behind (``is_done`` false), so a re-run must never make a duplicate.
"""

from __future__ import annotations

import json
import os
import signal
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from desktop.persistence import audit_log
from desktop.persistence.schema import ApprovalAction, Document, SealUse
from desktop.services.desk import Desk

__all__ = ["Step", "plan", "is_done", "run_step", "child", "PASS", "CREATING", "KILL_AT_ENV"]

PASS = "Demo#2026"
KILL_AT_ENV = "BUREAU_KILL_AT"  # "audit:N" or "commit:N", for a child started by hand
# Actions that create one document titled with the step's key.
CREATING = {"draft": "expense_claim", "create_submit": "expense_claim", "trip": "trip_approval",
            "seal_request": "seal_use"}


@dataclass(frozen=True)
class Step:
    action: str  # draft | create_submit | approve | trip | seal_request | seal_apply | backup
    key: str  # the title of the document the action makes or acts on
    who: str  # the demo user acting


def plan(prefix: str, i: int, *, backup: bool) -> list[Step]:
    k = f"{prefix}-{i:03d}"
    steps = [Step("draft", f"{k}-draft", "huanglei"),
             Step("create_submit", f"{k}-cs", "huanglei"),
             Step("approve", f"{k}-cs", "wufang"),
             Step("trip", f"{k}-trip", "gaoyuan"),
             Step("seal_request", f"{k}-seal", "hexue"),
             Step("approve", f"{k}-seal", "zhoumin"),
             Step("approve", f"{k}-seal", "wangjianguo"),
             Step("seal_apply", f"{k}-seal", "hexue")]
    if backup and i % 3 == 1:
        steps.append(Step("backup", f"{k}-backup", "admin"))
    return steps


def _doc_ids(desk: Desk, title: str) -> list[int]:
    with desk.sessions() as session:
        return list(session.execute(select(Document.id).where(Document.title == title)).scalars())


def _one_doc(desk: Desk, title: str) -> int:
    ids = _doc_ids(desk, title)
    if len(ids) != 1:
        raise LookupError(f"{len(ids)} documents titled {title}")
    return ids[0]


def is_done(desk: Desk, step: Step) -> bool:
    """Whether the action's effect is in the database (what a user sees before trying again)."""
    if step.action in CREATING:
        return bool(_doc_ids(desk, step.key))
    if step.action == "backup":
        return False  # a backup may always be made again
    doc_id = _one_doc(desk, step.key)
    with desk.sessions() as session:
        if step.action == "approve":
            staff = desk.act_as(step.who).staff_id
            return bool(session.execute(select(func.count()).select_from(ApprovalAction).where(
                ApprovalAction.document_id == doc_id, ApprovalAction.action == "approve",
                ApprovalAction.person_id == staff)).scalar())
        if step.action == "seal_apply":
            return bool(session.execute(select(func.count()).select_from(SealUse).where(
                SealUse.document_id == doc_id)).scalar())
    raise ValueError(step.action)


_PDF_CACHE: list[bytes] = []


def _use_pdf() -> bytes:
    if not _PDF_CACHE:
        from desktop.documents.pdf_content import render_text_document

        _PDF_CACHE.append(render_text_document("示范县医疗保障局", "关于报送医保基金运行情况的报告",
                                               ["县财政局：", "现将医保基金运行情况报告如下。", "特此报告。"],
                                               date.today()))
    return _PDF_CACHE[0]


def run_step(desk: Desk, step: Step, backup_dir: Path | None = None) -> None:
    user = desk.act_as(step.who)
    a = desk.approvals
    if step.action == "draft":
        a.create_draft(user, "expense_claim", step.key, purpose="硬杀测试草稿", amount="45.00")
    elif step.action == "create_submit":
        a.create_draft(user, "expense_claim", step.key, purpose="硬杀测试报销", amount="120.00", submit=True,
                       passphrase=PASS)
    elif step.action == "approve":
        a.approve(user, _one_doc(desk, step.key), "同意", passphrase=PASS)
    elif step.action == "trip":
        start = date.today() + timedelta(days=5)
        desk.travel.create_trip(user, {
            "title": step.key, "purpose": "赴乡镇开展定点医药机构检查", "destinations": ["乡镇"],
            "start": start.isoformat(), "end": (start + timedelta(days=1)).isoformat(), "transport": "unit_car",
            "own_vehicle": True, "travellers": [user.name]}, submit=True, passphrase=PASS)
    elif step.action == "seal_request":
        seal = next(s for s in desk.seals.seals(user, status="enabled") if s.kind == "administrative")
        desk.seals.request_use(user, seal.id, step.key, recipient="县财政局", copies=2, purpose="报送",
                               document_pdf=_use_pdf(), filename="report.pdf", passphrase=PASS)
    elif step.action == "seal_apply":
        desk.seals.apply(user, _one_doc(desk, step.key), PASS)
    elif step.action == "backup":
        desk.backups.backup(user, to=backup_dir)
    else:
        raise ValueError(step.action)


def _arm(kill_at: tuple[str, int] | None) -> None:
    """Make this process SIGKILL itself at the chosen point."""
    if kill_at is None:
        return
    what, n = kill_at
    count = [0]

    def tick() -> None:
        count[0] += 1
        if count[0] >= n:
            os.kill(os.getpid(), signal.SIGKILL)

    if what == "audit":
        original = audit_log.append

        def append(session, **kwargs):  # noqa: ANN001, ANN003, ANN202
            entry = original(session, **kwargs)
            tick()  # the entry is flushed, the transaction still open
            return entry

        audit_log.append = append
    elif what == "commit":
        event.listen(Session, "after_commit", lambda _session: tick())
    else:
        raise ValueError(what)


class Journal:
    """One JSON line per event, written with one ``write`` so a kill never leaves half a line."""

    def __init__(self, path: Path):
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def write(self, **fields: object) -> None:
        os.write(self.fd, (json.dumps(fields, ensure_ascii=False) + "\n").encode("utf-8"))


def read_journal(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def interrupted(path: Path) -> Step | None:
    """The action the last child started and did not finish, if any."""
    lines = read_journal(path)
    if lines and "start" in lines[-1]:
        return Step(**lines[-1]["start"])
    return None


def child(url: str, journal_path: Path, prefix: str, *, kill_at: tuple[str, int] | None = None,
          backup_dir: Path | None = None) -> None:
    """Loop the actions forever (the parent kills this process)."""
    if kill_at is None and os.environ.get(KILL_AT_ENV):  # e.g. BUREAU_KILL_AT=audit:5
        what, _, n = os.environ[KILL_AT_ENV].partition(":")
        kill_at = (what, int(n or 1))
    journal = Journal(journal_path)
    desk = Desk.open(url)
    backup = backup_dir is not None and hasattr(desk, "backups")
    journal.write(ready=prefix)
    _arm(kill_at)
    # Resume where the last child stopped (the parent re-ran its interrupted action), so the kills
    # spread over the whole plan, not only its first steps.
    finished = {tuple(line["done"].values()) for line in read_journal(journal_path) if "done" in line}
    i = 0
    while True:
        for step in plan(prefix, i, backup=backup):
            if tuple(asdict(step).values()) in finished or (step.action != "backup" and is_done(desk, step)):
                continue
            journal.write(start=asdict(step))
            run_step(desk, step, backup_dir)
            journal.write(done=asdict(step))
        i += 1


if __name__ == "__main__":  # python -m tests.reliability.driver URL JOURNAL PREFIX [BACKUP_DIR]
    import sys

    child(sys.argv[1], Path(sys.argv[2]), sys.argv[3], backup_dir=Path(sys.argv[4]) if len(sys.argv) > 4 else None)
