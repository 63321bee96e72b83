"""Issue 12 item 3 through the services, on both backends: a trip filed after departure is a 补报
with its reason, marked in its title, payload and signed sheet (TRAVEL-01); a late claim goes
through the finance head's 逾期报销审批 step (TRAVEL-03); the director's own trip records the
outside approval and the office head closes it, audited (TRAVEL-02); the claim's classes follow
the grade, every leg at once (TRAVEL-05)."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.persistence.schema import AuditEntry
from desktop.services.base import Refused

PASS = "Demo#2026"
TODAY = date.today()


def _codes(exc) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(p.rule, p.code) for p in exc.value.problems]


def _sheet_text(desk, user, doc_id: int, tmp_path) -> str:  # noqa: ANN001
    path = tmp_path / f"{doc_id}.pdf"
    path.write_bytes(desk.sheets.latest_pdf(user, doc_id))
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True)
    return "".join(out.stdout.split())


def _trip(start: date, days: int = 2, **kw) -> dict:  # noqa: ANN003
    return {"purpose": "参加培训", "destinations": ["北京"], "start": start.isoformat(),
            "end": (start + timedelta(days=days - 1)).isoformat(), "transport": "train", **kw}


def test_trip_filed_after_departure_is_marked_late_filing_travel_01(desk, as_user, tmp_path):
    """「出差前应填写…审批单」: a trip filed after it started is a 补报; its reason is required, and the
    approver sees it in the title, the payload (``late_filing``) and the signed sheet."""
    gy = as_user("gaoyuan")
    start = TODAY - timedelta(days=5)
    with pytest.raises(Refused) as exc:
        desk.travel.create_trip(gy, _trip(start))
    assert _codes(exc) == [("TRAVEL-01", "trip.late_filing_reason")]
    trip = desk.travel.create_trip(gy, _trip(start, late_filing_reason="省局临时通知次日报到，返回后补办"),
                                   submit=True, passphrase=PASS)
    view = desk.approvals.document(as_user("limh"), trip)
    assert view.title.startswith("【补报】")
    assert view.payload["late_filing"] == {"reason": "省局临时通知次日报到，返回后补办", "filed_on": TODAY.isoformat(),
                                           "start": start.isoformat()}
    text = _sheet_text(desk, gy, trip, tmp_path)
    assert "补报" in text and "省局临时通知次日报到，返回后补办" in text
    # A trip filed before it starts is not a 补报 and takes no reason.
    ahead = desk.travel.create_trip(gy, _trip(TODAY + timedelta(days=3)))
    assert "late_filing" not in desk.approvals.document(gy, ahead).payload
    with pytest.raises(Refused) as exc:
        desk.travel.create_trip(gy, _trip(TODAY + timedelta(days=3), late_filing_reason="临时通知"))
    assert _codes(exc) == [("TRAVEL-01", "trip.late_filing_reason")]


def test_late_claim_is_approved_by_the_finance_head_as_late_travel_03(desk, as_user):
    hl = as_user("huanglei")
    start = TODAY - timedelta(days=40)
    trip = desk.travel.create_trip(hl, _trip(start, late_filing_reason="临时抽调外出审计，返回后补报"), submit=True)
    desk.approvals.approve(as_user("limh"), trip, "同意")
    claim = {"days": [{"date": (start + timedelta(days=i)).isoformat(), "region": "北京", "lodged": i == 0,
                       "lodging_invoice": "300.00" if i == 0 else None, "hosted": False, "own_vehicle": False}
                      for i in range(2)],
             "tickets": [{"mode": "train", "class": "二等座", "amount": "300.00"}], "attachments": 2}
    with pytest.raises(Refused) as exc:  # 「any text passes」 no more
        desk.travel.create_claim(hl, trip, {**claim, "late_explanation": "x"})
    assert _codes(exc) == [("TRAVEL-03", "claim.late")]
    doc = desk.travel.create_claim(hl, trip, {**claim, "late_explanation": "返回后配合年度审计，未能按期报账"}, submit=True)
    view = desk.approvals.document(hl, doc)
    assert [s.key for s in view.steps][0] == "finance_head_late" and "逾期报销" in view.steps[0].label
    assert "返回后配合年度审计" in view.payload["late_text"]
    assert not view.title.startswith("【补报】")  # the trip was a 补报; its claim is not
    desk.approvals.approve(as_user("wufang"), doc, "同意逾期报销")
    assert desk.approvals.document(hl, doc).step_index == 1


def test_directors_own_trip_records_the_outside_approval_travel_02(desk, as_user, tmp_path):
    """The director cannot approve their own trip (IC-03): it records who approved it outside the
    bureau, with the reference and date, and the office head's check closes the chain, audited."""
    wang = as_user("wangjianguo")
    start = TODAY + timedelta(days=4)
    with pytest.raises(Refused) as exc:
        desk.travel.create_trip(wang, _trip(start, days=5))
    assert _codes(exc) == [("TRAVEL-02", "trip.external_approval")]
    outside = {"external_authority": "县委办公室", "external_reference": "通委办字〔2026〕12号",
               "external_date": TODAY.isoformat()}
    trip = desk.travel.create_trip(wang, _trip(start, days=5, **outside), submit=True, passphrase=PASS)
    view = desk.approvals.document(wang, trip)
    assert view.category == "director" and [s.position for s in view.steps] == ["office_head"]
    assert view.payload["external_approval"] == {"authority": "县委办公室", "reference": "通委办字〔2026〕12号",
                                                 "date": TODAY.isoformat()}
    with pytest.raises(Refused):
        desk.approvals.approve(wang, trip, "同意")
    assert desk.approvals.approve(as_user("zhoumin"), trip, "已核对县委办批件", passphrase=PASS) == "approved"
    with desk.sessions() as s:
        entries = list(s.execute(select(AuditEntry).where(
            AuditEntry.entity == "document", AuditEntry.entity_id == str(trip)).order_by(AuditEntry.seq)).scalars())
    approvals = [e for e in entries if e.action == "document.approve"]
    assert len(approvals) == 1 and "周敏" in approvals[0].actor and '"approved"' in approvals[0].after_json
    recorded = [e for e in entries if e.action == "trip.external_approval"]
    assert len(recorded) == 1 and "通委办字〔2026〕12号" in recorded[0].after_json and "县委办公室" in recorded[0].after_json
    text = _sheet_text(desk, wang, trip, tmp_path)
    assert "县委办公室" in text and "通委办字〔2026〕12号" in text
    # Filed by someone else with the director among the travellers: the same outside approval.
    gy = as_user("gaoyuan")
    with pytest.raises(Refused) as exc:
        desk.travel.create_trip(gy, _trip(start, travellers="高远、王建国"))  # as typed in one box
    assert ("TRAVEL-02", "trip.external_approval") in _codes(exc)
    # A staff trip carries none.
    with pytest.raises(Refused) as exc:
        desk.travel.create_trip(gy, _trip(start, **outside))
    assert _codes(exc) == [("TRAVEL-02", "trip.external_approval")]


def test_claim_classes_follow_the_grade_every_leg_at_once_travel_05(desk, as_user):
    gy = as_user("gaoyuan")
    start = TODAY - timedelta(days=10)
    trip = desk.travel.create_trip(gy, _trip(start, grade="科员", late_filing_reason="临时通知参加培训，返回后补报"),
                                   submit=True)
    desk.approvals.approve(as_user("limh"), trip, "同意")
    days = [{"date": (start + timedelta(days=i)).isoformat(), "region": "北京", "lodged": i == 0,
             "lodging_invoice": "300.00" if i == 0 else None, "hosted": False, "own_vehicle": False} for i in range(2)]
    leg = {"date": start.isoformat(), "from": "白城", "to": "北京", "receipts": 1}
    legs = [{**leg, "mode": "plane", "class": "商务舱", "amount": "5000.00"},
            {**leg, "mode": "train", "class": "二等座", "amount": "553.00", "allowed_fare": "500.00"},
            {**leg, "mode": "plane", "class": "豪华舱", "amount": "5000.00"}]
    with pytest.raises(Refused) as exc:
        desk.travel.create_claim(gy, trip, {"days": days, "legs": legs, "attachments": 3})
    assert _codes(exc) == [("TRAVEL-05", "claim.legs[0].class"), ("TRAVEL-05", "claim.legs[1].allowed_fare"),
                           ("TRAVEL-05", "claim.legs[2].class")]
    ok = [{**legs[0], "allowed_fare": "1180.00"}, {**legs[1], "allowed_fare": None}]
    doc = desk.travel.create_claim(gy, trip, {"days": days, "legs": ok, "attachments": 3})
    breakdown = " ".join(desk.approvals.document(gy, doc).payload["breakdown"])
    assert "商务舱超过规定等级" in breakdown and "二等座超过规定等级" not in breakdown
