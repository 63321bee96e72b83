"""``desktop travel|reception|vehicle|meeting|report …`` on the demo bureau (SQLite file)."""

from __future__ import annotations

import json
from datetime import date, timedelta

from desktop.cli import main


def test_trip_claim_payment_and_reports_from_the_command_line(templates, tmp_path, monkeypatch, capsys):
    demo_url = templates.new_url("sqlite", demo=True)  # the services are tested on both backends; here the commands
    monkeypatch.setenv("BUREAU_DESK_PASSWORD", "Demo#2026")
    db = ["--db", demo_url]
    start = date.today() - timedelta(days=5)
    trip = tmp_path / "trip.json"
    trip.write_text(json.dumps({"purpose": "培训", "destinations": ["北京"], "start": start.isoformat(),
                                "end": (start + timedelta(days=1)).isoformat(), "transport": "train",
                                    # TRAVEL-01: filed after departure, a 补报 with its reason
                                    "late_filing_reason": "临时通知参加培训，返回后补报"}), encoding="utf-8")
    assert main(["travel", "trip", "create", *db, "--user", "gaoyuan", "--submit", str(trip)]) == 0
    trip_id = int(capsys.readouterr().out.strip())
    claim = tmp_path / "claim.json"
    claim.write_text(json.dumps({"days": [
        {"date": start.isoformat(), "region": "北京", "lodged": True, "lodging_invoice": "300.00", "hosted": False, "own_vehicle": False},
        {"date": (start + timedelta(days=1)).isoformat(), "region": "北京", "lodged": False, "lodging_invoice": None,
         "hosted": False, "own_vehicle": False}], "tickets": [], "attachments": 1}), encoding="utf-8")
    assert main(["travel", "claim", "create", *db, "--user", "gaoyuan", str(trip_id), str(claim)]) == 2
    assert "TRAVEL-01" in capsys.readouterr().err  # the trip is not approved yet
    assert main(["approvals", "approve", str(trip_id), *db, "--user", "limh"]) == 0
    capsys.readouterr()
    assert main(["travel", "claim", "preview", *db, "--user", "gaoyuan", str(trip_id), str(claim)]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["quote"]["total"] == "660.00" and preview["problems"] == []
    assert main(["travel", "claim", "create", *db, "--user", "gaoyuan", "--submit", str(trip_id), str(claim)]) == 0
    claim_id = int(capsys.readouterr().out.strip())
    assert main(["travel", "pay", *db, "--user", "chenjing", str(claim_id), "--method", "official_card"]) == 2
    assert "VOUCH-04" in capsys.readouterr().err
    out = tmp_path / "spending.xlsx"
    assert main(["report", "spending", *db, "--user", "wufang", "--out", str(out), "--pdf", str(tmp_path / "s.pdf")]) == 0
    assert out.read_bytes()[:2] == b"PK" and (tmp_path / "s.pdf").read_bytes()[:4] == b"%PDF"
    assert main(["report", "meetings", *db, "--user", "wufang", "--out", str(tmp_path / "m.xlsx")]) == 0
    assert main(["report", "meeting-plan", *db, "--user", "wufang", "--out", str(tmp_path / "p.xlsx")]) == 0
