"""The sheets carry the real forms' fields (issue 9, item 4), on both backends: what the services
store from each record and what the printed sheet shows, read back with poppler's pdftotext —
the claim's legs, grade, advance and 应退/应补 (F-02), the trip's grade, 域内/域外, advance and
funds (F-01), visitors and diners by name (F-09/F-10), plate, driver, return and mileage (F-12),
and the asset transfer's original value, model and receiving section (F-22)."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.services.base import Refused

PASS = "Demo#2026"


def _text(desk, user, doc_id: int, tmp_path) -> str:  # noqa: ANN001
    path = tmp_path / f"{doc_id}.pdf"
    path.write_bytes(desk.sheets.latest_pdf(user, doc_id))
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout


def _flat(text: str) -> str:
    return "".join(text.split())


def _leg(on: date, **kw) -> dict:  # noqa: ANN003
    return {"date": on.isoformat(), "time": "08:10", "from": "白城", "to": "北京朝阳", "mode": "train",
            "class": "二等座", "amount": "553.00", "receipts": 1, **kw}


def test_claim_prints_legs_grade_advance_and_refund_due_travel_04_travel_05(desk, as_user, tmp_path):
    gy = as_user("gaoyuan")
    start = date.today() - timedelta(days=10)
    trip = desk.travel.create_trip(gy, {"purpose": "参加培训", "destinations": ["北京"], "start": start.isoformat(),
                                        "end": (start + timedelta(days=1)).isoformat(), "transport": "train",
                                        "grade": "科员", "advance": "1500.00", "funds": "部门预算公用经费（培训费）",
                                        "late_filing_reason": "临时通知参加培训，出发后补报"},
                                   submit=True, passphrase=PASS)
    trip_text = _flat(_text(desk, gy, trip, tmp_path))
    assert "科员" in trip_text and "域外" in trip_text and "¥1,500.00" in trip_text and "部门预算公用经费" in trip_text
    desk.approvals.approve(as_user("limh"), trip, "同意", passphrase=PASS)
    days = [{"date": (start + timedelta(days=i)).isoformat(), "region": "北京", "lodged": i == 0,
             "lodging_invoice": "300.00" if i == 0 else None, "hosted": False, "own_vehicle": False} for i in range(2)]
    claim = {"days": days, "attachments": 3, "payee": "高远", "bank": "中国农业银行示范县支行",
             "account": "6228 4801 2345 6789 012"}
    with pytest.raises(Refused) as exc:  # 一等座 above the grade's class, without the allowed fare
        desk.travel.create_claim(gy, trip, {**claim, "legs": [_leg(start, **{"class": "一等座", "amount": "880.00"})]})
    assert [p.rule for p in exc.value.problems] == ["TRAVEL-05"] and "科员" in exc.value.problems[0].text
    doc = desk.travel.create_claim(gy, trip, {**claim, "legs": [_leg(start)]}, submit=True, passphrase=PASS)
    view = desk.approvals.document(gy, doc)
    assert view.amount == Decimal("1213.00")  # 553 + 300 + 2×100 + 2×80
    assert view.payload["settlement"] == {"kind": "refund", "amount": "287.00"}  # 1500 − 1213
    assert view.payload["legs"][0]["from"] == "白城" and view.payload["grade"] == "科员"
    text = _flat(_text(desk, gy, doc, tmp_path))
    for printed in ("白城→北京朝阳", "08:10", "二等座", "¥553.00", "科员", "¥1,500.00", "应退¥287.00",
                    "6228480123456789012", "中国农业银行示范县支行", "领款人", "会计审核", "出纳付款"):
        assert printed in text, printed
    assert "应补" not in text.replace("应退/应补", "")


def test_reception_prints_visitors_and_diners_by_name_recep_06(desk, as_user, tmp_path):
    lx = as_user("linxiao")
    on = (date.today() + timedelta(days=3)).isoformat()
    record = {"guest_unit": "市医疗保障局", "letter_no": "市医保函〔2026〕31号", "purpose": "调研集采落地",
              "start": on, "venue": "局机关职工食堂",
              "visitors": [{"name": "张志伟", "position": "医药价格和招标采购科科长"}, {"name": "刘佳", "position": "副科长"},
                           {"name": "周凯", "unit": "市医疗保障事务中心", "position": "科员"}],
              "accompany_names": ["林晓", "高远", "朱琳", "黄磊"],
              "meals": [{"date": on, "meal_type": "buffet", "meal": "lunch", "accompany": 2, "amount": "300.00"}]}
    with pytest.raises(Refused) as exc:
        desk.reception.create(lx, record)
    assert [p.rule for p in exc.value.problems] == ["RECEP-06"] and "陪餐人员4人" in exc.value.problems[0].text
    doc = desk.reception.create(lx, {**record, "accompany_names": ["林晓", "高远"]}, submit=True, passphrase=PASS)
    assert desk.approvals.document(lx, doc).payload["guests"] == 3  # counted from the list of visitors
    text = _flat(_text(desk, lx, doc, tmp_path))
    for printed in ("张志伟", "医药价格和招标采购科科长", "市医疗保障事务中心", "林晓、高远", "局机关职工食堂", "¥300.00"):
        assert printed in text, printed


def test_vehicle_request_prints_plate_driver_return_and_mileage_veh_02(desk, as_user, tmp_path):
    gy = as_user("gaoyuan")
    dep = date.today() + timedelta(days=3)
    record = {"purpose_key": "supervision", "purpose": "督导定点药店", "route": "局机关—和平镇—局机关",
              "destination": "和平镇", "passengers": 2, "people": "林晓、高远", "departure": f"{dep.isoformat()}T08:30",
              "returns": f"{dep.isoformat()}T07:00", "mileage": 86, "plate": "吉G·A1234", "driver": "孙师傅",
              "filed_county_office": True, "filed_bureau_office": True}  # in case the day is a weekend (VEH-07)
    with pytest.raises(Refused) as exc:
        desk.vehicles.create(gy, record)
    assert [p.rule for p in exc.value.problems] == ["VEH-02"]
    doc = desk.vehicles.create(gy, {**record, "returns": f"{dep.isoformat()}T16:30"}, submit=True, passphrase=PASS)
    text = _flat(_text(desk, gy, doc, tmp_path))
    for printed in ("吉G·A1234", "孙师傅", f"{dep.isoformat()}16:30", "约86公里", "和平镇"):
        assert printed in text, printed


def test_asset_transfer_prints_value_model_and_receiving_section_asset_08(desk, as_user, tmp_path):
    gt = as_user("guoting")  # 结算股, the receiving section (ASSET-08)
    payload = {"assets": [{"asset_no": "ZC-2023-0112", "name": "台式计算机", "model": "联想启天M437", "quantity": 1,
                           "original_value": "5200.00"},
                          {"asset_no": "ZC-2023-0113", "name": "液晶显示器", "model": "联想T24i", "quantity": 2,
                           "original_value": "2300.00"}],
               "to_department": "结算股", "from_department": "办公室", "from_custodian": "刘洋", "to_custodian": "郭婷"}
    with pytest.raises(Refused) as exc:  # the free-form record of before: no assets, no receiving section
        desk.approvals.create_draft(gt, "asset_transfer", "电脑调拨", purpose="新增岗位", submit=True, passphrase=PASS)
    assert {p.rule for p in exc.value.problems} == {"ASSET-08"}
    with pytest.raises(Refused) as exc:  # applied for by another section
        desk.approvals.create_draft(as_user("gaoyuan"), "asset_transfer", "电脑调拨", purpose="新增岗位",
                                    payload=payload, submit=True, passphrase=PASS)
    assert [p.code for p in exc.value.problems] == ["asset_transfer.applicant"]
    doc = desk.approvals.create_draft(gt, "asset_transfer", "电脑调拨至结算股", purpose="新增岗位", payload=payload,
                                      submit=True, passphrase=PASS)
    text = _flat(_text(desk, gt, doc, tmp_path))
    for printed in ("ZC-2023-0112", "联想启天M437", "¥5,200.00", "¥7,500.00", "合计（共2项）", "结算股", "调入部门签收",
                    "刘洋", "郭婷"):
        assert printed in text, printed
