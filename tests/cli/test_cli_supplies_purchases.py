"""``desktop supplies`` purchasing commands on a copy of the demo bureau (issue 14 items 2, 3): a
section's plan saved from standard input and submitted (SUPPLY-03), consolidated by the office
(SUPPLY-03/04), refused to a section (SUPPLY-01), quotes, enquirers confirming each in their own
session, and the choice refused until approved with three quotes (SUPPLY-04/05), then ordered."""

from __future__ import annotations

import io
import json
import sys
from datetime import date

import pytest
from sqlalchemy import select

from desktop.cli import EXIT_REFUSED, main


def _next_half(today: date) -> tuple[int, int]:
    """A half-year whose plan is still due (SUPPLY-03: 30 June, 30 December)."""
    if today <= date(today.year, 6, 30):
        return today.year, 2
    if today <= date(today.year, 12, 30):
        return today.year + 1, 1
    return today.year + 1, 2


@pytest.fixture
def db(templates, monkeypatch):
    monkeypatch.setenv("BUREAU_DESK_PASSWORD", "Demo#2026")
    monkeypatch.delenv("BUREAU_DESK_PASSPHRASE", raising=False)
    url = templates.new_url("sqlite", demo=True)
    from desktop.persistence.schema import Bureau, SupplyItem
    from desktop.services.desk import Desk

    desk = Desk.open(url)
    try:
        with desk.sessions.begin() as s:
            bureau = s.execute(select(Bureau.id).order_by(Bureau.id).limit(1)).scalar_one()
            s.add(SupplyItem(bureau_id=bureau, code="TCLI01", name="CLI测试复印纸", specification="A4 70g", unit="包"))
    finally:
        desk.close()
    return url


def run(capsys, monkeypatch, db: str, *argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8"))
    code = main([*argv, "--db", db])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_plan_consolidate_quotes_and_order_from_the_command_line_supply_01_03_04_05(db, capsys, monkeypatch):
    year, half = _next_half(date.today())
    lines = json.dumps({"lines": [{"item_id": _item(db), "quantity": 10, "unit_price": "23.00",
                                   "purpose": "日常办公"}]})
    code, out, err = run(capsys, monkeypatch, db, "supplies", "plan-save", "--user", "huanglei", "--year", str(year),
                         "--half", str(half), "--file", "-", "--submit", stdin=lines)
    assert code == 0, err
    assert out.strip().endswith("submitted")
    code, out, err = run(capsys, monkeypatch, db, "supplies", "plans", "--user", "zhoumin", "--year", str(year),
                         "--half", str(half), "--missing")
    assert code == 0 and "待遇保障股" in out and "未提交：" in out and "结算股" in out.split("未提交：")[1]

    code, _, err = run(capsys, monkeypatch, db, "supplies", "consolidate", "--user", "huanglei", "--year", str(year),
                       "--half", str(half))
    assert code == EXIT_REFUSED and "SUPPLY-01" in err and "办公室统一采购" in err
    code, out, err = run(capsys, monkeypatch, db, "supplies", "consolidate", "--user", "liuyang", "--year",
                         str(year), "--half", str(half))
    assert code == 0, err
    pid, number, state, total = out.strip().split("\t")
    assert number.startswith("CG") and state == "审批中" and total == "¥230.00"

    for n, supplier in enumerate(("甲文具店", "乙办公用品公司", "丙商贸")):
        code, out, err = run(capsys, monkeypatch, db, "supplies", "quote-add", pid, "--user", "liuyang", "--supplier",
                             supplier, "--total", str(220 + n), "--date", date.today().isoformat())
        assert code == 0, err
    code, out, _ = run(capsys, monkeypatch, db, "supplies", "purchase", pid, "--user", "liuyang", "--json")
    view = json.loads(out)
    first_quote = str(view["quotes"][0]["id"])
    assert [q["supplier"] for q in view["quotes"]] == ["甲文具店", "乙办公用品公司", "丙商贸"]
    code, _, err = run(capsys, monkeypatch, db, "supplies", "enquirers", pid, "liuyang", "zhoumin", "--user", "liuyang")
    assert code == 0, err
    code, _, err = run(capsys, monkeypatch, db, "supplies", "choose", pid, "--quote", first_quote, "--reason",
                       "最低价", "--user", "liuyang")
    assert code == EXIT_REFUSED and "SUPPLY-04" in err and "SUPPLY-05" in err  # not approved, nobody confirmed
    for who in ("liuyang", "zhoumin"):
        code, _, err = run(capsys, monkeypatch, db, "supplies", "enquiry-confirm", pid, "--user", who)
        assert code == 0, err
    for who in ("zhoumin", "limh"):
        code, _, err = run(capsys, monkeypatch, db, "approvals", "approve", str(view["document_id"]), "--user", who)
        assert code == 0, err
    code, out, err = run(capsys, monkeypatch, db, "supplies", "choose", pid, "--quote", first_quote, "--reason",
                         "报价最低，质量符合要求", "--user", "liuyang")
    assert code == 0, err
    assert out.split("\t")[1:3] == ["已定购", "甲文具店"]
    code, out, _ = run(capsys, monkeypatch, db, "supplies", "orders", "--user", "liuyang")
    assert code == 0 and number in out


def _item(db: str) -> int:
    from sqlalchemy import create_engine

    from desktop.persistence.schema import SupplyItem

    engine = create_engine(db)
    try:
        with engine.connect() as conn:
            return conn.execute(select(SupplyItem.id).where(SupplyItem.code == "TCLI01")).scalar_one()
    finally:
        engine.dispose()
