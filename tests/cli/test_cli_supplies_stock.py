"""``desktop supplies`` catalogue, stock and receipts on a copy of the demo bureau (issue 14 items 1,
4): an item added by the keeper and refused for anyone else (SUPPLY-08) or for a bad kind
(SUPPLY-02), opening stock received from a JSON file into a second store, the stock and the stock
card as JSON, a receipt refused for an unchecked line (SUPPLY-08) with nothing written."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

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


def test_catalogue_opening_stock_and_stock_card_supply_02_08(db, capsys, tmp_path: Path):
    code, _, err = run(capsys, db, "supplies", "item-add", "--user", "huanglei", "--name", "复印纸", "--kind",
                       "consumable")
    assert code == EXIT_REFUSED and "SUPPLY-08" in err and "保管" in err
    code, _, err = run(capsys, db, "supplies", "item-add", "--user", "liuyang", "--name", "复印纸",
                       "--file", _write(tmp_path, {"kind": "durable"}))
    assert code == EXIT_REFUSED and "SUPPLY-02" in err
    code, out, err = run(capsys, db, "supplies", "item-add", "--user", "liuyang", "--name", "CLI测试复印纸", "--kind",
                         "consumable", "--category", "纸张", "--unit", "包", "--reorder-level", "10")
    assert code == 0, err
    item_code = out.split("\t")[0]
    assert item_code.startswith("BG")
    code, out, err = run(capsys, db, "supplies", "location-add", "CLI测试柜", "--user", "liuyang")
    assert code == 0, err
    receipt = {"kind": "opening", "received_on": date.today().isoformat(), "checker": "zhoumin",
               "location": "CLI测试柜", "lines": [{"item": item_code, "quantity": 12, "unit_price": "22.50"}]}
    code, out, err = run(capsys, db, "supplies", "receive", "--file", _write(tmp_path, receipt), "--user", "liuyang")
    assert code == 0, err
    assert f"RK{date.today().year}-" in out and "¥270.00" in out
    code, out, err = run(capsys, db, "supplies", "stock", "--text", "CLI测试复印纸", "--json", "--user", "huanglei")
    assert code == 0, err
    rows = json.loads(out)
    assert [(r["location_name"], r["quantity"], r["value"], r["average_cost"], r["below_reorder"]) for r in rows] == [
        ("CLI测试柜", 12, "270.00", "22.50", False)]
    code, out, err = run(capsys, db, "supplies", "card", item_code, "--json", "--user", "huanglei")
    card = json.loads(out)
    assert card["total"] == 1 and card["rows"][0]["kind_label"] == "入库" and card["rows"][0]["reference"].startswith("RK")


def test_unchecked_line_refused_nothing_written_supply_08(db, capsys, tmp_path: Path):
    code, out, err = run(capsys, db, "supplies", "item-add", "--user", "liuyang", "--name", "中性笔", "--kind",
                         "consumable", "--unit", "支")
    assert code == 0, err
    item_code = out.split("\t")[0]
    bad = {"kind": "opening", "received_on": date.today().isoformat(), "checker": "huanglei",
           "lines": [{"item": item_code, "quantity": 0, "unit_price": "-1"}]}
    code, _, err = run(capsys, db, "supplies", "receive", "--file", _write(tmp_path, bad), "--user", "liuyang")
    assert code == EXIT_REFUSED and "SUPPLY-08" in err
    code, out, _ = run(capsys, db, "supplies", "card", item_code, "--json", "--user", "liuyang")
    assert json.loads(out)["total"] == 0


def _write(folder: Path, record: dict) -> str:
    path = folder / f"r{len(list(folder.iterdir()))}.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return str(path)
