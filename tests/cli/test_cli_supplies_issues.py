"""``desktop supplies collectors|collector|issue|issue-sign|issues|issue-show|holdings|hand-back`` on a
copy of the demo bureau (issue 14 items 5 and 7): a section names its collector (SUPPLY-09), the keeper
issues and an issue above stock is refused naming what is available (SUPPLY-09), a special item only
in exchange for the old one (SUPPLY-10), the collector signs, and a held item is handed back (SUPPLY-13)."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.cli import EXIT_REFUSED, main


@pytest.fixture
def db(templates, monkeypatch):
    monkeypatch.setenv("BUREAU_DESK_PASSWORD", "Demo#2026")
    monkeypatch.delenv("BUREAU_DESK_PASSPHRASE", raising=False)
    return templates.new_url("sqlite", demo=True)


def run(capsys, db: str, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--db", db])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def stocked(db: str, name: str, quantity: int, amount: str, kind: str = "consumable", unit: str = "包") -> int:
    """An item with stock received (the receipt itself is another area's command)."""
    from desktop.persistence.schema import SupplyItem
    from desktop.services.desk import Desk
    from desktop.services.supply_records import default_location, post_movement

    desk = Desk.open(db)
    try:
        keeper = desk.act_as("liuyang")
        with desk.sessions.begin() as s:
            n = len(s.execute(select(SupplyItem.id)).all())
            item = SupplyItem(bureau_id=keeper.bureau_id, code=f"CL{n + 1:04d}", name=name, unit=unit, kind=kind)
            s.add(item)
            s.flush()
            post_movement(s, keeper, item=item, location_id=default_location(s, keeper.bureau_id).id,
                          kind="receipt", quantity=quantity, occurred_on=date.today(), value=Decimal(amount))
            return item.id
    finally:
        desk.close()


def test_collector_issue_sign_and_refusals_supply_09_supply_10(db, capsys):
    paper = stocked(db, "A4打印纸", 5, "125.00")
    chair = stocked(db, "办公椅", 2, "600.00", kind="special", unit="把")
    code, _, err = run(capsys, db, "supplies", "collector", "待遇保障股", "yangfan", "--user", "linxiao")
    assert code == EXIT_REFUSED and "SUPPLY-09" in err  # not that section's head
    code, out, err = run(capsys, db, "supplies", "collector", "待遇保障股", "yangfan", "--user", "yangfan")
    assert code == 0, err
    code, out, _ = run(capsys, db, "supplies", "collectors", "--user", "huanglei", "--json")
    assert {"department_name": "待遇保障股", "staff_name": "杨帆"}.items() <= \
        next(r for r in json.loads(out) if r["department_name"] == "待遇保障股").items()

    code, _, err = run(capsys, db, "supplies", "issue", "--department", "待遇保障股", "--line", f"{paper}=6",
                       "--user", "liuyang")
    assert code == EXIT_REFUSED and "SUPPLY-09" in err and "可领用 5包" in err
    code, _, err = run(capsys, db, "supplies", "issue", "--department", "待遇保障股", "--line", f"{chair}=1",
                       "--user", "liuyang")
    assert code == EXIT_REFUSED and "SUPPLY-10" in err and "交旧领新" in err

    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump({"lines": [{"item_id": chair, "quantity": 1, "old_returned": True, "old_note": "旧椅损坏"}],
                   "note": "换椅"}, f, ensure_ascii=False)
    try:
        code, out, err = run(capsys, db, "supplies", "issue", "--department", "待遇保障股", "--file", f.name,
                             "--line", f"{paper}=2", "--user", "liuyang")
    finally:
        os.unlink(f.name)
    assert code == 0, err
    issue_id, number, total, _ = out.strip().split("\t")
    assert number.startswith(f"LY{date.today().year}-") and total == "¥350.00"

    code, out, _ = run(capsys, db, "supplies", "issues", "--awaiting", "--user", "yangfan", "--json")
    assert number in [r["issue_no"] for r in json.loads(out)["issues"]]
    code, _, err = run(capsys, db, "supplies", "issue-sign", issue_id, "--user", "huanglei")
    assert code == EXIT_REFUSED and "SUPPLY-09" in err
    code, _, err = run(capsys, db, "supplies", "issue-sign", issue_id, "--user", "yangfan")
    assert code == 0, err
    code, out, _ = run(capsys, db, "supplies", "issue-show", issue_id, "--user", "huanglei")
    assert "签收" in out and "未签收" not in out and "交旧：旧椅损坏" in out


def test_holdings_and_hand_back_supply_13(db, capsys):
    chair = stocked(db, "办公椅", 1, "300.00", kind="special", unit="把")
    run(capsys, db, "supplies", "collector", "待遇保障股", "huanglei", "--user", "yangfan")  # if not yet named
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump([{"item_id": chair, "quantity": 1, "approval_ref": "示医保办〔2026〕3号", "holder": "yangfan"}], f,
                  ensure_ascii=False)
    try:
        code, out, err = run(capsys, db, "supplies", "issue", "--department", "待遇保障股", "--file", f.name,
                             "--user", "liuyang")
    finally:
        os.unlink(f.name)
    assert code == 0, err
    number = out.split("\t")[1]
    code, out, err = run(capsys, db, "supplies", "holdings", "yangfan", "--user", "liuyang", "--json")
    (held,) = [h for h in json.loads(out) if h["number"] == number]
    assert (held["kind"], held["item_name"], held["quantity"]) == ("issue", "办公椅", 1)
    code, _, err = run(capsys, db, "supplies", "holdings", "yangfan", "--user", "guoting")
    assert code == EXIT_REFUSED and "SEC-03" in err
    code, _, err = run(capsys, db, "supplies", "hand-back", str(held["ref_id"]), "--condition", "完好",
                       "--user", "liuyang")
    assert code == 0, err
    code, out, _ = run(capsys, db, "supplies", "holdings", "yangfan", "--user", "yangfan", "--json")
    assert number not in {h["number"] for h in json.loads(out)}
