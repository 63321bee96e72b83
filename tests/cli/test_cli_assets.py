"""``desktop assets …`` on a copy of the demo bureau (issue 13: anything a user can do in the GUI can be
scripted): a card registered, refused for the wrong person (ASSET-05) and for bad fields (ASSET-01),
accepted by its user and the asset manager (ASSET-11), custody and departure (ASSET-07), a stocktake
scanned from standard input (ASSET-06), QR labels and the count sheet as PDFs, depreciation run twice
(idempotent) and reconciled, and opening cards imported from Excel (nothing written while a row is bad)."""

from __future__ import annotations

import io
import json
import sys
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from desktop.cli import EXIT_REFUSED, main


@pytest.fixture
def db(templates, monkeypatch):
    monkeypatch.setenv("BUREAU_DESK_PASSWORD", "Demo#2026")
    monkeypatch.delenv("BUREAU_DESK_PASSPHRASE", raising=False)
    return templates.new_url("sqlite", demo=True)


def run(capsys, db: str, *argv: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8"))
    code = main([*argv, "--db", db])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def cards(db: str) -> int:
    engine = create_engine(db)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT count(*) FROM asset_cards")).scalar()
    finally:
        engine.dispose()


def register(capsys, db: str, *extra: str) -> str:
    code, out, err = run(capsys, db, "assets", "register", "--user", "liuyang", "--name", "台式计算机",
                         "--category", "A02010105", "--value", "5200.00", "--acquired", date.today().isoformat(),
                         "--approval-ref", "医保办〔2026〕12号", "--department", "待遇保障股", "--holder", "huanglei",
                         "--location", "CLI-301室", *extra)
    assert code == 0, err
    return out.split("\t")[0]


def test_register_accept_and_custody_asset_01_05_07_11(db, capsys):
    code, _, err = run(capsys, db, "assets", "register", "--user", "zhenglj", "--name", "打印机", "--category",
                       "A02021003", "--value", "1800", "--acquired", date.today().isoformat(), "--approval-ref", "x")
    assert code == EXIT_REFUSED and "ASSET-05" in err and "资产管理员" in err  # the accountant keeps no cards
    before = cards(db)
    bad = {"name": "", "category_code": "A02010105", "original_value": "-3", "acquired_on": "2026-02-30"}
    path = _write(json.dumps(bad, ensure_ascii=False))
    code, _, err = run(capsys, db, "assets", "register", "--user", "liuyang", "--file", path)
    lines = [l for l in err.splitlines() if l.startswith("refused:")]
    assert code == EXIT_REFUSED and len(lines) >= 2  # every problem at once, in Chinese
    assert any("原值" in l for l in lines) and any("取得日期" in l for l in lines)
    assert cards(db) == before

    card_no = register(capsys, db)
    assert card_no.startswith(f"ZC{date.today().year}-")
    code, out, _ = run(capsys, db, "assets", "show", card_no, "--user", "liuyang", "--json")
    shown = json.loads(out)
    assert (shown["status"], shown["original_value"], shown["user_name"]) == ("pending", "5200.00", "黄磊")
    assert shown["history"][0]["kind"] == "register"

    assert run(capsys, db, "assets", "accept", card_no, "--user", "liuyang")[0] == 0
    code, out, _ = run(capsys, db, "assets", "awaiting", "--user", "huanglei", "--json")
    assert card_no in [r["card_no"] for r in json.loads(out)["acceptance"]]
    code, out, _ = run(capsys, db, "assets", "accept", card_no, "--user", "huanglei")
    assert code == 0 and out.strip() == f"{card_no}\t在用"

    code, out, _ = run(capsys, db, "assets", "list", "--user", "liuyang", "--location", "CLI-301室", "--json")
    listed = json.loads(out)
    assert listed["total"] == 1 and listed["rows"][0]["card_no"] == card_no
    code, out, _ = run(capsys, db, "assets", "list", "--user", "liuyang", "--text", card_no)
    assert code == 0 and card_no in out and "共 1 张" in out

    photo = _write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "front.png")
    code, out, err = run(capsys, db, "assets", "file", "add", card_no, photo, "--photo", "--user", "liuyang")
    assert code == 0, err
    file_id = out.split("#")[1].split()[0]
    copy = _write_bytes(b"", "copy.png")
    assert run(capsys, db, "assets", "file", "get", file_id, "--out", copy, "--user", "liuyang")[0] == 0
    assert open(copy, "rb").read() == b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    code, _, err = run(capsys, db, "assets", "edit", card_no, "--file", _write('{"original_value": "4800.00"}'),
                       "--reason", "发票更正", "--user", "liuyang")
    assert code == EXIT_REFUSED and err.startswith("refused:")  # the value is fixed once accepted (ASSET-01)
    code, out, err = run(capsys, db, "assets", "edit", card_no, "--file", _write('{"location": "CLI-302室"}'),
                         "--reason", "搬迁办公室", "--user", "liuyang")
    assert code == 0 and out.strip() == f"{card_no}\t修改存放地点：搬迁办公室", err
    assert run(capsys, db, "assets", "idle", card_no, "--user", "liuyang", "--note", "人员借调")[1].strip() \
        == f"{card_no}\t闲置"
    assert run(capsys, db, "assets", "idle", card_no, "--back", "--user", "liuyang")[1].strip() == f"{card_no}\t在用"

    code, out, _ = run(capsys, db, "assets", "holdings", "huanglei", "--user", "liuyang", "--json")
    assert card_no in [r["card_no"] for r in json.loads(out)]
    code, out, _ = run(capsys, db, "assets", "departure", "start", "huanglei", "--kind", "retire", "--date",
                       date.today().isoformat(), "--user", "liuyang")
    assert code == 0 and card_no in out
    code, _, err = run(capsys, db, "assets", "departure", "sign", "huanglei", "--user", "liuyang")
    assert code == EXIT_REFUSED and "ASSET-07" in err and card_no in err  # still holds the computer

    code, out, _ = run(capsys, db, "assets", "show", card_no, "--user", "liuyang")
    assert "验收合格" in out and "设为闲置" in out and "front.png" in out and "CLI-302室" in out


def test_stocktake_scanned_from_stdin_labels_and_count_sheet_asset_06(db, capsys, monkeypatch, tmp_path):
    first, second = register(capsys, db, "--opening"), register(capsys, db, "--opening")
    code, out, err = run(capsys, db, "assets", "count", "start", "CLI 301室盘点", "--location", "CLI-301室", "--date",
                         date.today().isoformat(), "--counter", "liuyang", "--counter", "zhenglj", "--counter",
                         "huanglei", "--user", "liuyang")
    assert code == 0, err
    stocktake, expected = out.split("\t")
    assert expected.startswith("2 ")
    tags = f"{first}\n\n{first}\nNOT-A-TAG-1\n"
    code, out, err = run(capsys, db, "assets", "count", "scan", stocktake, "--user", "liuyang", stdin=tags,
                         monkeypatch=monkeypatch)
    assert code == 0, err
    lines = out.splitlines()  # one line per scan as it is read: a second scan warns, an unknown tag is listed
    assert [l.split("\t")[0] for l in lines[:3]] == ["found", "duplicate", "unknown"]
    assert lines[0].startswith(f"found\t{first}\t") and lines[2].startswith("unknown\tNOT-A-TAG-1")
    assert lines[3] == "scanned: duplicate 1, found 1, unknown 1"
    code, out, _ = run(capsys, db, "assets", "count", "summary", stocktake, "--user", "liuyang", "--json")
    summary = json.loads(out)
    assert (summary["found"], summary["duplicates"], summary["unknown_tags"]) == (1, 1, ["NOT-A-TAG-1"])
    assert [r["card_no"] for r in summary["not_found"]] == [second]

    code, _, err = run(capsys, db, "assets", "count", "report", stocktake, "--file",
                       _write('{"differences": [{"kind": "shortage", "card": "%s"}]}' % second), "--user", "liuyang")
    assert code == EXIT_REFUSED and "ASSET-06" in err and "原因" in err  # cause and handling are required
    code, out, _ = run(capsys, db, "assets", "count", "proposed", stocktake, "--user", "liuyang")
    proposed = json.loads(out)["differences"]
    assert {d["kind"] for d in proposed} == {"shortage", "surplus"}

    labels, sheet = tmp_path / "labels.pdf", tmp_path / "sheet.pdf"
    assert run(capsys, db, "assets", "labels", "--out", str(labels), "--cards", first, second,
               "--user", "liuyang")[0] == 0
    assert run(capsys, db, "assets", "count-sheet", stocktake, "--out", str(sheet), "--user", "liuyang")[0] == 0
    assert labels.read_bytes().startswith(b"%PDF") and sheet.read_bytes().startswith(b"%PDF")


def test_depreciation_run_twice_changes_nothing_and_reconciles(db, capsys):
    register(capsys, db, "--opening")
    period = date.today().strftime("%Y-%m")
    code, out, err = run(capsys, db, "assets", "depreciate", period, "--preview", "--user", "zhenglj", "--json")
    assert code == 0, err
    preview = json.loads(out)
    assert any(r["name"] == "台式计算机" and r["amount"] == "72.22" for r in preview["rows"])  # 5200 / 72 months
    code, out, err = run(capsys, db, "assets", "depreciate", period, "--user", "zhenglj", "--json")
    assert code == 0, err
    first = json.loads(out)
    code, out, _ = run(capsys, db, "assets", "depreciate", period, "--user", "zhenglj", "--json")
    again = json.loads(out)
    assert again["already"] is True and (again["total"], again["cards"]) == (first["total"], first["cards"])
    code, out, err = run(capsys, db, "assets", "reconcile", period, "--user", "zhenglj")
    assert code in (0, 1) and ("账卡相符" in out or "账卡不符" in out)
    code, _, err = run(capsys, db, "assets", "depreciate", period, "--user", "huanglei")
    assert code == EXIT_REFUSED and err.startswith("refused:")


def test_reports_as_excel_and_pdf_and_repair_and_disposal_requests_asset_03_09(db, capsys, tmp_path):
    card_no = register(capsys, db, "--opening")
    xlsx, pdf = tmp_path / "ledger.xlsx", tmp_path / "ledger.pdf"
    code, _, err = run(capsys, db, "assets", "report", "ledger", "--xlsx", str(xlsx), "--pdf", str(pdf),
                       "--user", "zhenglj")
    assert code == 0, err
    assert xlsx.read_bytes()[:2] == b"PK" and pdf.read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, db, "assets", "report", "changes", "--xlsx", str(tmp_path / "c.xlsx"),
                       "--user", "zhenglj")
    assert code == EXIT_REFUSED and "--first" in err and not (tmp_path / "c.xlsx").exists()

    code, out, err = run(capsys, db, "assets", "repair", "request", card_no, "--fault", "无法开机", "--user", "huanglei")
    assert code == 0, err
    code, out, _ = run(capsys, db, "assets", "transfer", "show", out.split("\t")[0], "--user", "huanglei")
    assert json.loads(out)["fault"] == "无法开机"
    code, _, err = run(capsys, db, "assets", "dispose", "request", card_no, "--appraisal", "", "--user", "liuyang")
    assert code == EXIT_REFUSED and ("ASSET-03" in err or "鉴定" in err)  # the appraisal is required


def test_opening_cards_from_excel_nothing_written_while_a_row_is_bad_asset_01(db, capsys, tmp_path):
    from openpyxl import Workbook

    def sheet(rows: list[list]) -> str:
        book = Workbook()
        ws = book.active
        ws.append(["资产名称", "资产分类", "原值", "取得日期", "期初累计折旧", "已提折旧月数", "使用部门", "使用人", "存放地点"])
        for r in rows:
            ws.append(r)
        path = tmp_path / f"cards{len(rows)}.xlsx"
        book.save(path)
        return str(path)

    good = ["会议桌", "A05010202", "3600.00", "2019-05-10", "1200.00", "60", "办公室", "zhoumin", "CLI-会议室"]
    before = cards(db)
    bad = sheet([good, ["投影仪", "NO-SUCH", "abc", "2020-13-01", "", "", "没有这个股", "", ""]])
    code, _, err = run(capsys, db, "assets", "import", "--xlsx", bad, "--user", "liuyang")
    assert code == EXIT_REFUSED and "nothing imported" in err
    assert "第3行" in err and "原值" in err and "使用部门" in err
    assert cards(db) == before
    ok = sheet([good, ["投影仪", "A02020200", "4800", date(2021, 3, 1), "2000", "40", "办公室", "周敏", "CLI-会议室"]])
    code, out, err = run(capsys, db, "assets", "import", "--xlsx", ok, "--user", "liuyang")
    assert code == 0, err
    assert out.startswith("imported 2 opening cards") and cards(db) == before + 2


_COUNTER = [0]


def _write(content: str) -> str:
    return _write_bytes(content.encode("utf-8"), "record.json")


def _write_bytes(data: bytes, name: str) -> str:
    import tempfile
    from pathlib import Path

    _COUNTER[0] += 1
    folder = Path(tempfile.mkdtemp(prefix="cli-assets-"))
    path = folder / f"{_COUNTER[0]}-{name}"
    path.write_bytes(data)
    return str(path)


def test_transfer_and_disposal_end_to_end_asset_02_03_04_08(db, capsys):
    pc = register(capsys, db, "--opening", "--storage-media")
    # The receiving department applies (ASSET-08): here the office, through its asset manager (a 结算股 clerk
    # cannot look up another department's card by number: find() shows only their own).
    code, out, err = run(capsys, db, "assets", "transfer", "request", pc, "--to", "办公室", "--to-holder", "zhoumin",
                         "--to-location", "主任办公室", "--reason", "办公室新增电脑", "--submit", "--user", "liuyang")
    assert code == 0, err
    doc = out.split("\t")[0]
    code, _, err = run(capsys, db, "assets", "transfer", "apply", doc, "--user", "liuyang")
    assert code == EXIT_REFUSED and "ASSET-08" in err and len(err.strip().splitlines()) == 2  # not approved, not released
    assert run(capsys, db, "approvals", "approve", doc, "--user", "zhoumin", "--opinion", "同意调拨")[0] == 0
    code, out, _ = run(capsys, db, "assets", "awaiting", "--user", "huanglei")
    assert doc in [l.split("\t")[0].strip() for l in out.splitlines()]
    assert run(capsys, db, "assets", "transfer", "release", doc, "--user", "huanglei")[0] == 0
    assert run(capsys, db, "assets", "transfer", "apply", doc, "--user", "liuyang")[0] == 0
    code, out, _ = run(capsys, db, "assets", "show", pc, "--user", "liuyang", "--json")
    moved = json.loads(out)
    assert (moved["department_name"], moved["user_name"], moved["location"]) == ("办公室", "周敏", "主任办公室")

    code, out, err = run(capsys, db, "assets", "dispose", "request", pc, "--appraisal", "主板损坏无维修价值", "--submit",
                         "--user", "liuyang")
    assert code == 0, err
    doc = out.split("\t")[0]
    code, _, err = run(capsys, db, "assets", "dispose", "close", doc, "--user", "liuyang")
    rules = {l.split("]")[0] for l in err.splitlines()}
    assert code == EXIT_REFUSED and rules == {"refused: [ASSET-03", "refused: [ASSET-02", "refused: [ASSET-04"}
    assert run(capsys, db, "approvals", "approve", doc, "--user", "zhoumin")[0] == 0
    assert run(capsys, db, "approvals", "approve", doc, "--user", "wangjianguo")[0] == 0
    assert run(capsys, db, "assets", "dispose", "external", doc, "--authority", "区国资局", "--reference",
               "区国资批〔2026〕18号", "--date", date.today().isoformat(), "--user", "liuyang")[0] == 0
    code, out, err = run(capsys, db, "assets", "dispose", "close", doc, "--residual", "300.00", "--wiped", pc,
                         "--user", "liuyang")
    assert code == 0, err
    code, out, _ = run(capsys, db, "assets", "dispose", "show", doc, "--user", "liuyang")
    shown = json.loads(out)
    assert (shown["external_ref"], shown["residual_income"], shown["income_to_label"]) == (
        "区国资批〔2026〕18号", "300.00", "全额上缴财政")
    code, out, err = run(capsys, db, "assets", "dispose", "voucher", doc, "--user", "zhenglj")
    assert code == 0 and out.startswith("voucher ") and "记-" in out, err
    assert json.loads(run(capsys, db, "assets", "show", pc, "--user", "liuyang", "--json")[1])["status"] == "disposed"
