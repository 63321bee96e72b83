"""``desktop claims …`` on the demo bureau (SQLite file): a budget line, an expense claim with a
scanned invoice, the duplicate refused (VOUCH-03), payment by the cashier, the awaiting list, the
voucher proposal and the voucher made from it."""

from __future__ import annotations

import hashlib
import json
from datetime import date

from desktop.cli import main


def test_claim_to_voucher_from_the_command_line(templates, tmp_path, monkeypatch, capsys):
    url = templates.new_url("sqlite", demo=True)
    monkeypatch.setenv("BUREAU_DESK_PASSWORD", "Demo#2026")
    db = ["--db", url]
    year = date.today().year

    budget = tmp_path / "budget.json"
    budget.write_text(json.dumps({"year": year, "code": "CLI-30201", "name": "办公费", "economic_class": "30201",
                                  "approved": "5000.00"}), encoding="utf-8")
    assert main(["claims", "budget", "create", *db, "--user", "huanglei", str(budget)]) == 2  # IC-14: finance only
    assert "IC-14" in capsys.readouterr().err
    assert main(["claims", "budget", "create", *db, "--user", "wufang", str(budget)]) == 0
    line_id = int(capsys.readouterr().out.strip())

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    record = {"purpose": "日常办公用品", "economic_class": "30201", "budget_line": "CLI-30201", "amount": "860.00",
              "invoices": [{"category": "办公费", "code": "044001", "number": "9001", "date": date.today().isoformat(),
                            "issuer": "文具店", "amount": "860.00", "file": "scan.pdf"}]}
    claim = tmp_path / "claim.json"
    claim.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    argv = ["claims", "claim", "create", *db, "--user", "huanglei", "--submit", str(claim), "--file", f"scan.pdf={scan}"]
    assert main(argv) == 0
    doc = int(capsys.readouterr().out.strip())
    assert main(["claims", "claim", "create", *db, "--user", "gaoyuan", str(claim), "--file", f"scan.pdf={scan}"]) == 2
    assert "VOUCH-03" in capsys.readouterr().err  # the same invoice again, refused naming the first claim

    assert main(["approvals", "approve", str(doc), *db, "--user", "wufang"]) == 0
    assert main(["approvals", "approve", str(doc), *db, "--user", "wangjianguo"]) == 0
    capsys.readouterr()
    assert main(["claims", "pay", str(doc), *db, "--user", "chenjing", "--method", "cash"]) == 2
    assert "VOUCH-09" in capsys.readouterr().err  # 办公费 is in the official-card catalogue
    assert main(["claims", "pay", str(doc), *db, "--user", "chenjing", "--method", "official_card"]) == 0
    capsys.readouterr()

    assert main(["claims", "budget", "list", *db, "--user", "zhenglj", "--year", str(year), "--json"]) == 0
    row = next(r for r in json.loads(capsys.readouterr().out) if r["id"] == line_id)
    assert (row["spent"], row["remaining"]) == ("860.00", "4140.00")
    assert main(["claims", "claim", "show", str(doc), *db, "--user", "huanglei"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["state"] == "paid" and shown["total_upper"] == "捌佰陆拾元整"
    assert shown["invoices"][0]["sha256"] == hashlib.sha256(b"%PDF-1.4 scan").hexdigest()

    assert main(["claims", "awaiting", *db, "--user", "zhenglj"]) == 0
    assert any(l.split("\t")[0] == str(doc) for l in capsys.readouterr().out.splitlines())
    assert main(["claims", "proposal", str(doc), *db, "--user", "zhenglj"]) == 0
    proposal = json.loads(capsys.readouterr().out)
    assert [(l["account"][:4], l["debit"], l["credit"]) for l in proposal["lines"]] == [  # or their sub-accounts
        ("5001", "860.00", "0.00"), ("1011", "0.00", "860.00"), ("7101", "860.00", "0.00"), ("8001", "0.00", "860.00")]
    unbalanced = [dict(proposal["lines"][0], debit="861.00"), *proposal["lines"][1:]]
    lines = tmp_path / "lines.json"
    lines.write_text(json.dumps(unbalanced, ensure_ascii=False), encoding="utf-8")
    assert main(["claims", "make-voucher", str(doc), *db, "--user", "zhenglj", "--lines", str(lines)]) == 2
    assert "VOUCH-14" in capsys.readouterr().err  # edited lines are still checked
    assert main(["claims", "make-voucher", str(doc), *db, "--user", "chenjing"]) == 2
    assert "IC-05" in capsys.readouterr().err  # the cashier never makes a voucher
    assert main(["claims", "make-voucher", str(doc), *db, "--user", "zhenglj", "--submit"]) == 0
    assert int(capsys.readouterr().out.strip()) > 0
