"""``desktop supplies loan-… / count-…`` on a copy of the demo bureau (issue 14 items 6 and 7): a
camera lent and returned with both signatures (SUPPLY-14), a refusal for an item not lendable,
a count entered from a JSON file, refused while a difference is unexplained (SUPPLY-11), then
reported, approved and adjusted."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import EXIT_REFUSED, main

TODAY = date.today()


@pytest.fixture
def db(templates, monkeypatch):
    monkeypatch.setenv("BUREAU_DESK_PASSWORD", "Demo#2026")
    monkeypatch.delenv("BUREAU_DESK_PASSPHRASE", raising=False)
    return templates.new_url("sqlite", demo=True)


@pytest.fixture
def stock(db) -> dict[str, str]:
    """A lendable camera, and paper and toner, in a store of their own (receipts are another area's)."""
    from desktop.persistence.schema import SupplyItem, SupplyLocation
    from desktop.services.desk import Desk
    from desktop.services.supply_records import default_location, post_movement

    desk = Desk.open(db)
    try:
        keeper = desk.act_as("liuyang")
        codes = {}
        with desk.sessions.begin() as s:
            n = len(s.execute(select(SupplyItem.id).where(SupplyItem.bureau_id == keeper.bureau_id)).all())
            spare = SupplyLocation(bureau_id=keeper.bureau_id, name="CLI备品库")
            s.add(spare)
            s.flush()
            for i, (name, qty, amount, lendable, where) in enumerate((
                    ("数码照相机", 1, "6000.00", True, default_location(s, keeper.bureau_id).id),
                    ("A4复印纸", 20, "500.00", False, spare.id), ("硒鼓", 4, "1200.00", False, spare.id)), 1):
                item = SupplyItem(bureau_id=keeper.bureau_id, code=f"CL{n + i:04d}", name=name, lendable=lendable)
                s.add(item)
                s.flush()
                post_movement(s, keeper, item=item, location_id=where, kind="receipt", quantity=qty,
                              occurred_on=TODAY, value=Decimal(amount))
                codes[name] = item.code
        return codes
    finally:
        desk.close()


def run(capsys, db: str, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--db", db])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_supply14_loan_from_request_to_return_by_cli(db, capsys, stock):
    """SUPPLY-14: request, the office head's consent, both signatures out and back; SUPPLY-12 the
    compensation for damage recorded by the keeper."""
    code, _, err = run(capsys, db, "supplies", "loan-request", stock["A4复印纸"], "--due",
                       (TODAY + timedelta(days=3)).isoformat(), "--purpose", "拍照", "--user", "huanglei")
    assert code == EXIT_REFUSED and "SUPPLY-14" in err and "不是可借用的设备" in err
    code, out, err = run(capsys, db, "supplies", "loan-request", stock["数码照相机"], "--due",
                         (TODAY + timedelta(days=3)).isoformat(), "--purpose", "下乡宣传拍照", "--user", "huanglei")
    assert code == 0, err
    loan, number = out.strip().split("\t")
    assert number.startswith(f"JY{TODAY.year}-")
    code, _, err = run(capsys, db, "supplies", "loan-decide", loan, "approve", "--user", "huanglei")
    assert code == EXIT_REFUSED and "办公室负责人" in err
    assert run(capsys, db, "supplies", "loan-decide", loan, "approve", "--user", "zhoumin")[0] == 0
    code, out, _ = run(capsys, db, "supplies", "loans", "--awaiting", "--json", "--user", "liuyang")
    assert int(loan) in [r["id"] for r in json.loads(out)]
    assert run(capsys, db, "supplies", "loan-sign-out", loan, "--condition", "完好", "--user", "liuyang")[1].strip() \
        == f"{loan}\tapproved"
    assert run(capsys, db, "supplies", "loan-sign-out", loan, "--condition", "完好", "--user", "huanglei")[1].strip() \
        == f"{loan}\tlent"
    code, _, err = run(capsys, db, "supplies", "loan-sign-return", loan, "--condition", "归还", "--user", "huanglei")
    assert code == EXIT_REFUSED and "先由保管人" in err
    assert run(capsys, db, "supplies", "loan-sign-return", loan, "--condition", "屏幕划伤", "--damaged",
               "--compensation", "200.00", "--user", "liuyang")[0] == 0
    assert run(capsys, db, "supplies", "loan-sign-return", loan, "--condition", "属实", "--user",
               "huanglei")[1].strip() == f"{loan}\treturned"
    code, out, _ = run(capsys, db, "supplies", "loan", loan, "--json", "--user", "huanglei")
    view = json.loads(out)
    assert (view["state"], view["damaged"], view["compensation"], len(view["signatures"])) == (
        "returned", True, "200.00", 4)
    code, out, _ = run(capsys, db, "supplies", "loans", "--user", "guoting")
    assert code == 0 and number not in out  # not theirs


def test_supply11_count_from_file_to_adjustment_by_cli(db, capsys, stock, tmp_path: Path):
    """SUPPLY-11: a count entered from a file, refused while a difference is unexplained, then
    reported (submitted for approval), approved, and the stock adjusted."""
    code, out, err = run(capsys, db, "supplies", "count-start", "--location", "CLI备品库", "--user", "liuyang")
    assert code == 0, err
    count_id, number, items = out.strip().split("\t")
    assert number.startswith(f"PD{TODAY.year}-") and items == "2 items"
    counts = tmp_path / "counts.json"
    counts.write_text(json.dumps({"lines": [{"item": stock["A4复印纸"], "counted": 18},
                                            {"item": stock["硒鼓"], "counted": 4}]}), encoding="utf-8")
    code, out, err = run(capsys, db, "supplies", "count-enter", count_id, "--file", str(counts), "--user", "liuyang")
    assert code == 0 and "2/2 counted\t1 differences" in out, err
    code, _, err = run(capsys, db, "supplies", "count-report", count_id, "--user", "liuyang")
    assert code == EXIT_REFUSED and "SUPPLY-11" in err and "差异须查明原因" in err
    code, _, err = run(capsys, db, "supplies", "count-enter", count_id, "--item", stock["A4复印纸"], "--counted", "18",
                       "--explanation", "受潮损坏2包", "--user", "liuyang")
    assert code == 0, err
    code, out, err = run(capsys, db, "supplies", "count-report", count_id, "--user", "liuyang")
    assert code == 0, err
    doc = out.split("\t")[0]
    code, _, err = run(capsys, db, "supplies", "count-adjust", count_id, "--user", "liuyang")
    assert code == EXIT_REFUSED and "尚未批准" in err
    for who in ("zhoumin", "wufang", "wangjianguo"):
        code, _, err = run(capsys, db, "approvals", "approve", doc, "--user", who)
        assert code == 0 or "已批准" in err or "不是当前" in err, err
    code, out, err = run(capsys, db, "supplies", "count-adjust", count_id, "--user", "liuyang")
    assert code == 0 and "1 movements" in out, err
    code, out, _ = run(capsys, db, "supplies", "count", count_id, "--json", "--user", "wufang")
    view = json.loads(out)
    assert view["state"] == "adjusted"
    assert (view["lines"][0]["difference"], view["lines"][0]["value"]) == (-2, "-50.00")
    code, out, _ = run(capsys, db, "supplies", "counts", "--user", "zhoumin")
    assert code == 0 and number in out and "已调整" in out
