"""Need-to-know at scale (SEC-03): how long the filtered lists take when the bureau holds many
documents, filtered by the database (as the services do) against loading every document and
filtering in Python with the same pure rule (``desktop.domain.access.may_read``).

    .venv/bin/python bench/need_to_know.py [--db URL] [--documents 20000]

Without ``--db`` a temporary demonstration bureau is made. The extra documents are inserted
directly (no audit entries: use a scratch database), spread over the demo's people, sections,
kinds and states.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select  # noqa: E402

from desktop.domain.access import may_read  # noqa: E402
from desktop.persistence.readable import read_facts  # noqa: E402
from desktop.persistence.schema import Document, Staff  # noqa: E402
from desktop.services.desk import Desk  # noqa: E402

KINDS = ("expense_claim", "travel_claim", "trip_approval", "reception", "vehicle_request", "supply_purchase")
STATES = ("draft", "approved", "archived", "rejected", "returned")


def timed(label: str, fn, repeat: int = 3):  # noqa: ANN001, ANN201
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    size = len(result) if hasattr(result, "__len__") else result
    print(f"{label:<58} {best * 1000:9.1f} ms   ({size})")
    return result


def bulk_documents(desk: Desk, n: int) -> None:
    rng = random.Random(8)
    with desk.sessions() as session:
        bureau_id, = session.execute(select(Staff.bureau_id).limit(1)).one()
        people = session.execute(select(Staff.id, Staff.department_id)).all()
    rows = []
    for i in range(n):
        staff_id, dept = rng.choice(people)
        rows.append(dict(bureau_id=bureau_id, kind=rng.choice(KINDS), serial=f"BENCH-{i:07d}", title=f"批量单据{i}",
                         purpose="基准测试", amount="100.00", days=0, category="", department_id=dept,
                         submitter_id=staff_id, state=rng.choice(STATES), steps_json="[]", round=1,
                         payload_json="{}", version=1))
    with desk.engine.begin() as conn:
        for start in range(0, n, 5000):
            conn.execute(insert(Document), rows[start:start + 5000])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db")
    parser.add_argument("--documents", type=int, default=20000)
    args = parser.parse_args()
    url = args.db
    if url is None:
        from desktop.services.demo import load_demo

        url = f"sqlite:///{Path(tempfile.mkdtemp(prefix='need-to-know-')) / 'bench.sqlite3'}"
        desk = Desk.open(url)
        load_demo(desk)
    else:
        desk = Desk.open(url)
    bulk_documents(desk, args.documents)
    with desk.sessions() as session:
        total = session.execute(select(func.count()).select_from(Document)).scalar()
    print(f"{total} documents in the bureau")
    a = desk.approvals
    gao, yang, machao, wufang = (desk.act_as(u) for u in ("gaoyuan", "yangfan", "machao", "wufang"))
    timed("handler gaoyuan: documents(limit=500), SQL-filtered", lambda: a.documents(gao))
    timed("section head yangfan: documents(limit=500), SQL-filtered", lambda: a.documents(yang))
    timed("audit post machao: documents(limit=500) (everything)", lambda: a.documents(machao))
    timed("finance head wufang: pending_for", lambda: a.pending_for(wufang))
    timed("handler gaoyuan: counts (reports page)", lambda: a.counts(gao))

    def python_filter():  # noqa: ANN202 - the way it is not done: load all, keep what may be read
        with desk.sessions() as session:
            docs = session.execute(select(Document).where(Document.bureau_id == gao.bureau_id)).scalars().all()
            return [d for d in docs if may_read(gao.actor, read_facts(session, d), gao.department_id)]

    timed("handler gaoyuan: load every document, filter in Python", python_filter, repeat=1)
    desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
