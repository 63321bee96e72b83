"""``desktop supplies report | sheet`` on a copy of the demo bureau (issue 14 item 8): the 收发存 as a
table, JSON, Excel and PDF (SUPPLY-11: exit 0 when the closing stock meets the balances), refused for a
section's clerk, and a receipt's 入库单 (SUPPLY-08) and the 发放登记册 (SUPPLY-09) as PDFs."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook

from desktop.cli import EXIT_REFUSED, main
from desktop.persistence.schema import SupplyIssue, SupplyIssueLine, SupplyItem, SupplyReceipt, SupplyReceiptLine
from desktop.services.desk import Desk
from desktop.services.supply_records import default_location, post_movement


@pytest.fixture
def db(templates, monkeypatch):
    """A demo copy with an item received in May and partly issued in June (the issue signed for)."""
    monkeypatch.setenv("BUREAU_DESK_PASSWORD", "Demo#2026")
    monkeypatch.delenv("BUREAU_DESK_PASSPHRASE", raising=False)
    url = templates.new_url("sqlite", demo=True)
    desk = Desk.open(url)
    try:
        keeper, huang = desk.act_as("liuyang"), desk.act_as("huanglei")
        with desk.sessions.begin() as s:
            store = default_location(s, keeper.bureau_id)
            item = SupplyItem(bureau_id=keeper.bureau_id, code="CLI01", name="CLI签字笔", specification="0.5mm 黑",
                              unit="盒")
            s.add(item)
            s.flush()
            receipt = SupplyReceipt(bureau_id=keeper.bureau_id, receipt_no="RK2026-0951", kind="opening",
                                    location_id=store.id, received_on=date(2026, 5, 6), checker_id=keeper.staff_id,
                                    total=D("360.00"), created_by=keeper.staff_id)
            s.add(receipt)
            s.flush()
            s.add(SupplyReceiptLine(receipt_id=receipt.id, item_id=item.id, quantity=20, unit_price=D("18.00"),
                                    amount=D("360.00")))
            issue = SupplyIssue(bureau_id=keeper.bureau_id, issue_no="LY2026-0951", department_id=huang.department_id,
                                collector_id=huang.staff_id, location_id=store.id, issued_on=date(2026, 6, 9),
                                issued_by=keeper.staff_id, total_value=D("54.00"), signed_at=datetime(2026, 6, 9, 2))
            s.add(issue)
            s.flush()
            s.add(SupplyIssueLine(issue_id=issue.id, item_id=item.id, quantity=3, value=D("54.00")))
            post_movement(s, keeper, item=item, location_id=store.id, kind="receipt", quantity=20,
                          occurred_on=date(2026, 5, 6), value=D("360.00"), receipt_id=receipt.id)
            post_movement(s, keeper, item=item, location_id=store.id, kind="issue", quantity=-3,
                          occurred_on=date(2026, 6, 9), issue_id=issue.id)
            ids = {"receipt": receipt.id}
    finally:
        desk.close()
    return url, ids


def run(capsys, url: str, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--db", url])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_SUPPLY11_report_as_table_json_excel_and_pdf(db, capsys, tmp_path):
    url, _ = db
    code, out, err = run(capsys, url, "supplies", "report", "--month", "2026-06", "--user", "liuyang")
    assert code == 0, err
    line = next(x for x in out.splitlines() if "CLI01" in x)
    assert "CLI签字笔" in line and "360.00" in line and "54.00" in line and "306.00" in line
    assert "结存与库存余额相符" in out
    code, out, err = run(capsys, url, "supplies", "report", "--half", "2026-1", "--user", "wufang", "--json")
    assert code == 0, err
    row = next(r for r in json.loads(out)["rows"] if r["code"] == "CLI01")
    assert (row["opening_quantity"], row["in_quantity"], row["out_quantity"], row["closing_quantity"]) == (0, 20, 3, 17)
    assert row["closing_value"] == "306.00"
    xlsx, pdf = tmp_path / "m.xlsx", tmp_path / "m.pdf"
    code, _, err = run(capsys, url, "supplies", "report", "--year", "2026", "--user", "zhoumin", "--xlsx", str(xlsx),
                       "--pdf", str(pdf))
    assert code == 0, err
    values = list(load_workbook(xlsx).worksheets[0].iter_rows(values_only=True))
    assert next(v for v in values if v[0] == "CLI01")[10:] == (17, 306.0)
    assert pdf.read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, url, "supplies", "report", "--month", "2026-06", "--user", "huanglei")
    assert code == EXIT_REFUSED and "SEC-03" in err
    code, _, err = run(capsys, url, "supplies", "report", "--half", "2026-3", "--user", "liuyang")
    assert code == EXIT_REFUSED


def test_SUPPLY08_SUPPLY09_sheets_as_pdf(db, capsys, tmp_path):
    url, ids = db
    out_pdf = tmp_path / "rk.pdf"
    code, _, err = run(capsys, url, "supplies", "sheet", "receipt", str(ids["receipt"]), "--out", str(out_pdf),
                       "--user", "liuyang")
    assert code == 0, err
    assert out_pdf.read_bytes().startswith(b"%PDF")
    register = tmp_path / "ly.pdf"
    code, _, err = run(capsys, url, "supplies", "sheet", "issues", "--first", "2026-06-01", "--last", "2026-06-30",
                       "--department", "待遇保障股", "--out", str(register), "--user", "huanglei")
    assert code == 0, err
    assert register.read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, url, "supplies", "sheet", "receipt", "--out", str(tmp_path / "x.pdf"), "--user",
                       "liuyang")
    assert code == EXIT_REFUSED and "record id" in err
    code, _, err = run(capsys, url, "supplies", "sheet", "issues", "--first", "2026-06-01", "--last", "2026-06-30",
                       "--department", "结算股", "--out", str(tmp_path / "y.pdf"), "--user", "huanglei")
    assert code == EXIT_REFUSED and "SEC-03" in err and not (tmp_path / "y.pdf").exists()
