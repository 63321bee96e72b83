"""``desktop books …`` as a script uses it (issue 11 items 7 and 7b): the trial balance as JSON with
decimal strings and as a table aligned for Chinese text, the ledger a page at a time, the journals
with their VOUCH-13 warnings, a voucher made, reviewed through ``desktop approvals approve`` and
posted, imports that write nothing when a row is bad, and ``books check`` (exit 1 on a
hand-edited balance row, SEC-01)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, text

from desktop.cli import EXIT_BROKEN, EXIT_REFUSED, main
from desktop.cli.books import display_width
from tests.store.books_bureau import PASSWORD, make_bureau

D = Decimal


@pytest.fixture
def db(templates, monkeypatch):
    """A bureau of its own (tests/store/books_bureau.py) with the demo's first voucher posted:
    记-2026-11-0001, 860.00 from 1011 (and 8001) to 5001 (and 7101)."""
    from desktop.services.desk import Desk

    monkeypatch.setenv("BUREAU_DESK_PASSWORD", PASSWORD)
    monkeypatch.delenv("BUREAU_DESK_PASSPHRASE", raising=False)
    url = templates.new_url("sqlite", demo=False)
    desk = Desk.open(url)
    try:
        make_bureau(desk, first_voucher=True)
    finally:
        desk.close()
    return url


def run(capsys, db: str, *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--db", db])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def count(db: str, table: str) -> int:
    engine = create_engine(db)
    try:
        with engine.connect() as conn:
            return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
    finally:
        engine.dispose()


def test_trial_balance_json_amounts_as_decimal_strings(db, capsys):
    code, out, _ = run(capsys, db, "books", "trial-balance", "--period", "2026", "--user", "zhenglj", "--json")
    assert code == 0
    data = json.loads(out)
    rows = {r["account"]: r for r in data["rows"]}
    assert {k: rows["1011"][k] for k in ("name", "opening_debit", "opening_credit", "debit", "credit", "closing_debit",
                                         "closing_credit")} == {
        "name": "零余额账户用款额度", "opening_debit": "86000.00", "opening_credit": "0.00", "debit": "0.00",
        "credit": "860.00", "closing_debit": "85140.00", "closing_credit": "0.00"}
    assert rows["3001"]["closing_credit"] == "86000.00" and rows["3001"]["closing_debit"] == "0.00"
    assert data["totals"]["debit"] == data["totals"]["credit"] == "1720.00"  # both sides' 860.00
    assert data["totals"]["sides"]["budget"]["closing_debit"] == "86000.00"
    assert data["balanced"] is True
    code, out, _ = run(capsys, db, "books", "trial-balance", "--period", "2026-10", "--user", "zhenglj", "--json")
    assert {r["account"]: r["debit"] for r in json.loads(out)["rows"]}["1011"] == "0.00"


def test_trial_balance_table_is_aligned_for_chinese_names(db, capsys):
    code, out, _ = run(capsys, db, "books", "trial-balance", "--period", "2026", "--user", "zhenglj")
    assert code == 0
    lines = out.splitlines()
    header, rule = lines[1], lines[2]
    assert header.startswith("科目编码") and set(rule) <= {"-", " "}
    # Rows whose last column (期末贷方) has a figure end exactly under the header's end.
    full = [l for l in lines[3:] if l.endswith("86,000.00") and ("3001" in l or "8101" in l or "合计" in l)]
    assert len(full) == 4  # 3001, 8101, and the two sides' totals
    assert {display_width(l) for l in full} == {display_width(header)}
    # The 借方 column lines up too: "85,140.00" of 1011 and 8001 at the same display column.
    starts = {display_width(l[:l.index("85,140.00")]) for l in lines if "85,140.00" in l}
    assert len(starts) == 1
    assert lines[-1] == "试算平衡"


def test_bad_period_is_a_usage_error(db, capsys):
    code, _, err = run(capsys, db, "books", "trial-balance", "--period", "2026-13", "--user", "zhenglj")
    assert code == EXIT_REFUSED and "YYYY or YYYY-MM" in err


def test_voucher_made_reviewed_with_approvals_approve_and_posted(db, capsys, tmp_path):
    """VOUCH-14 through the CLI: make (prints voucher id, number, document id), the chain's two
    reviewers approve the document, the maker posts; the cashier cannot review (IC-05)."""
    record = {"date": "2026-11-21", "summary": "购买办公用品", "attachments": 2, "lines": [
        {"account": "5101", "debit": "300.00", "department": "办公室", "economic_class": "30201"},
        {"account": "1011", "credit": "300.00"},
        {"account": "7101", "debit": "300.00", "economic_class": "30201", "functional_class": "2101501"},
        {"account": "8001", "credit": "300.00"}]}
    path = tmp_path / "voucher.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, db, "books", "voucher", "make", str(path), "--submit", "--user", "zhenglj")
    assert code == 0, err
    voucher_id, number, document_id, state = out.strip().split("\t")
    assert number == "记-2026-11-0002" and state == "待审核"
    code, _, err = run(capsys, db, "approvals", "approve", document_id, "--user", "chenjing")
    assert code == EXIT_REFUSED and "IC-05" in err
    code, _, err = run(capsys, db, "books", "voucher", "post", voucher_id, "--user", "zhenglj")
    assert code == EXIT_REFUSED and "尚未审核" in err
    for reviewer in ("wufang", "wangjianguo"):
        assert run(capsys, db, "approvals", "approve", document_id, "--user", reviewer)[0] == 0
    code, out, _ = run(capsys, db, "books", "voucher", "post", voucher_id, "--user", "zhenglj")
    assert (code, out.strip()) == (0, "posted 记-2026-11-0002")
    code, out, _ = run(capsys, db, "books", "voucher", "show", voucher_id, "--user", "zhenglj", "--json")
    shown = json.loads(out)
    assert shown["state"] == "posted" and shown["reviewers"] == ["吴芳", "王建国"]
    assert [l["department"] for l in shown["lines"]] == ["办公室", "", "", ""]
    code, out, _ = run(capsys, db, "books", "trial-balance", "--period", "2026-11", "--user", "zhenglj", "--json")
    rows = {r["account"]: r for r in json.loads(out)["rows"]}
    assert rows["5101"]["debit"] == "300.00" and rows["1011"]["credit"] == "1160.00"


def test_unbalanced_voucher_refused_by_the_cli(db, capsys, tmp_path):
    """VOUCH-14: exit 2, the reason on stderr, nothing written."""
    path = tmp_path / "v.json"
    path.write_text(json.dumps({"date": "2026-11-21", "summary": "x", "lines": [
        {"account": "5101", "debit": "300.00"}, {"account": "1011", "credit": "30.00"}]}), encoding="utf-8")
    before = count(db, "vouchers")
    code, _, err = run(capsys, db, "books", "voucher", "make", str(path), "--user", "zhenglj")
    assert code == EXIT_REFUSED and "VOUCH-14" in err and "财务会计借贷不平" in err
    assert count(db, "vouchers") == before


def test_ledger_pages_continue_the_running_balance(db, capsys):
    code, out, _ = run(capsys, db, "books", "ledger", "1011", "--period", "2026", "--user", "zhenglj", "--json",
                       "--limit", "1")
    page = json.loads(out)
    assert code == 0 and page["opening"] == "86000.00" and page["total_rows"] == 1
    assert [(r["voucher_no"], r["credit"], r["balance_side"], r["balance"]) for r in page["rows"]] == [
        ("记-2026-11-0001", "860.00", "借", "85140.00")]
    code, out, _ = run(capsys, db, "books", "ledger", "1011", "--period", "2026", "--user", "zhenglj")
    assert "期初余额" in out and "85,140.00" in out and "共 1 行" in out


def test_vouch13_journal_warns_of_a_day_without_day_close(db, capsys):
    code, out, err = run(capsys, db, "books", "journal", "bank", "--period", "2026-11", "--user", "zhenglj", "--json")
    assert code == 0
    [journal] = json.loads(out)["journals"]
    assert journal["account"] == "1011" and journal["closing"] == "85140.00"
    assert [r["summary"] for r in journal["rows"] if r["day_total"]] == ["本日合计"]
    assert [w["rule"] for w in journal["warnings"]] == ["VOUCH-13"]
    code, out, err = run(capsys, db, "books", "journal", "bank", "--period", "2026-11", "--user", "zhenglj")
    assert "本日合计" in out and "VOUCH-13" in err and "2026-11-20" in err
    assert run(capsys, db, "books", "day-close", "1011", "--date", "2026-11-20", "--user", "chenjing")[0] == 0
    _, out, _ = run(capsys, db, "books", "journal", "bank", "--period", "2026-11", "--user", "zhenglj", "--json")
    assert json.loads(out)["journals"][0]["warnings"] == []


def test_import_with_bad_rows_writes_nothing_and_lists_every_row(db, capsys, tmp_path):
    path = tmp_path / "old.csv"
    path.write_bytes(("voucher,date,account,summary,debit,credit\n"
                      "1,2026-10-09,5101,办公用品,100.00,\n"
                      "1,2026-10-09,1011,办公用品,,99.99\n"
                      "2,2026-10-40,1011,差旅费,1.001,\n"
                      "2,2026-10-10,1012,差旅费,,1.00\n").encode("gb18030"))
    before = {t: count(db, t) for t in ("vouchers", "documents")}
    code, out, err = run(capsys, db, "books", "import", "vouchers", str(path), "--user", "zhenglj", "--json")
    assert code == EXIT_REFUSED
    report = json.loads(out)
    assert report["encoding"] == "gb18030" and report["ok"] is False
    assert {(p["row"], p["column"]) for p in report["problems"]} >= {(2, "credit"), (4, "date"), (4, "debit"),
                                                                      (5, "account")}
    assert "第4行 date（日期）" in err and "nothing imported" in err
    assert {t: count(db, t) for t in before} == before


def test_import_vouchers_from_the_excel_template(db, capsys, tmp_path):
    from openpyxl import load_workbook

    template = tmp_path / "凭证模板.xlsx"
    assert main(["books", "import", "template", "vouchers", "--out", str(template)]) == 0
    capsys.readouterr()
    book = load_workbook(template)
    sheet = book.worksheets[0]
    for r, row in enumerate([("A1", "2026-10-20", "5101", "邮寄费", "18.00", None),
                             ("A1", "2026-10-20", "1011", "邮寄费", None, "18.00")], 2):
        for c, value in enumerate(row, 1):
            sheet.cell(row=r, column=c, value=value)
    book.save(template)
    code, out, err = run(capsys, db, "books", "import", "vouchers", str(template), "--user", "zhenglj")
    assert code == 0, err
    assert "imported 1 vouchers" in out and "记-2026-10-0001" in out
    _, out, _ = run(capsys, db, "books", "voucher", "list", "--period", "2026-10", "--state", "review",
                    "--user", "zhenglj", "--json")
    assert [(v["voucher_no"], v["origin"], v["maker"]) for v in json.loads(out)] == [
        ("记-2026-10-0001", "import", "郑丽娟")]


def test_sec01_books_check_exits_1_on_a_tampered_balance_row(db, capsys):
    code, out, _ = run(capsys, db, "books", "check", "--user", "zhenglj")
    assert code == 0 and out.startswith("ok:")
    engine = create_engine(db)
    with engine.begin() as conn:
        conn.execute(text("UPDATE period_balances SET credit = credit + 100 WHERE period = '2026-11' AND account_id = "
                          "(SELECT id FROM ledger_accounts WHERE code = '1011')"))
    engine.dispose()
    code, out, err = run(capsys, db, "books", "check", "--user", "zhenglj")
    assert code == EXIT_BROKEN
    assert "2026-11 1011" in out and "贷 861.00" in out and "贷 860.00" in out  # + 100 fen


def test_rpt03_close_check_and_reopen_by_the_finance_head_only(db, capsys):
    code, out, _ = run(capsys, db, "books", "close", "2026-11", "--check", "--user", "zhenglj")
    assert code == EXIT_BROKEN and "RPT-04" in out and "2026-10" in out
    assert run(capsys, db, "books", "close", "2026-01", "--user", "zhenglj")[0] == 0
    code, _, err = run(capsys, db, "books", "reopen", "2026-01", "--reason", "补记", "--user", "zhenglj")
    assert code == EXIT_REFUSED and "RPT-03" in err
    code, out, _ = run(capsys, db, "books", "reopen", "2026-01", "--reason", "补记", "--user", "wufang")
    assert (code, out.strip()) == (0, "reopened 2026-01")


def test_general_ledger_and_a_department_ledger_from_the_command_line(db, capsys):
    """RPT-03: `books general-ledger` gives the month's totals and balance; `books ledger --department`
    an unknown department is one line, exit 2."""
    code, out, _ = run(capsys, db, "books", "general-ledger", "1011", "--year", "2026", "--user", "zhenglj", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["opening"] == "86000.00" and data["months"] == [
        {"period": "2026-11", "debit": "0.00", "credit": "860.00", "balance_side": "借", "balance": "85140.00"}]
    code, out, _ = run(capsys, db, "books", "general-ledger", "1011", "--year", "2026", "--user", "zhenglj")
    assert code == 0 and "总账 1011" in out and "85,140.00" in out
    code, _, err = run(capsys, db, "books", "ledger", "5001", "--period", "2026", "--department", "没有这个股",
                       "--user", "zhenglj")
    assert code == EXIT_REFUSED and "没有部门" in err
