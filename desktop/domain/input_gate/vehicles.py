"""Schemas for vehicle input: the request (公务用车申请) and the office's dispatch record."""

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import PlainValidator, ValidationInfo

from desktop.domain.approval.model import Problem
from desktop.domain.input_gate.fields import _moment_check, count, day, flag, line, moment, money, optional_id, text
from desktop.domain.input_gate.problems import GateModel, check

MAX_MILEAGE_KM = 5000  # one request: a round trip across the country is far below

__all__ = ["VehicleInput", "DispatchInput", "read_vehicle_request", "read_dispatch", "VEHICLE_LABELS"]

VEHICLE_LABELS = {"": "用车信息", "purpose_key": "用车事由类别", "purpose": "用车事由", "route": "行车路线",
                  "destination": "目的地", "long_distance": "长途", "passengers": "乘车人数", "people": "乘车人员",
                  "departure": "出发时间", "requested_on": "申请日期", "holiday": "节假日",
                  "filed_county_office": "已向县机关事务管理局报备", "filed_bureau_office": "已向局办公室报备",
                  "urgent_reason": "紧急原因", "reception_id": "公务接待审批单", "platform_ref": "用车平台编号",
                  "title": "标题", "days": "用车天数", "vehicle": "车辆", "plate": "车牌号", "driver": "驾驶员",
                  "rental": "租车", "company": "租车公司", "agreement_no": "租车协议编号", "cost": "费用",
                  "driver_licence": "驾驶证", "vehicle_licence": "行驶证", "id_card": "身份证", "invoice": "发票",
                  "returns": "返回时间", "mileage": "预计里程（公里）"}


def _optional_moment(value: Any, info: ValidationInfo) -> datetime | None:
    return None if value is None or value == "" else _moment_check(value, info)


def optional_moment() -> Any:
    """An ISO date-time or null/"" (not given)."""
    return Annotated[datetime | None, PlainValidator(_optional_moment)]


class VehicleInput(GateModel):
    purpose_key: line(30) = ""
    purpose: text(500) = ""
    route: line(300) = ""
    destination: line(200) = ""
    long_distance: flag() = False
    passengers: count(0, 60) = 0
    people: line(500) = ""
    departure: moment()
    requested_on: day(optional=True) = None
    holiday: flag() = False
    filed_county_office: flag() = False
    filed_bureau_office: flag() = False
    urgent_reason: text(500) = ""
    reception_id: optional_id() = None
    platform_ref: line(100) = ""
    title: line(200) = ""
    days: count(0, 366) = 1
    returns: optional_moment() = None  # 返回时间
    mileage: count(0, MAX_MILEAGE_KM) = 0  # 预计里程, km (0: not given)
    plate: line(20) = ""  # 车牌号 when the office has assigned the car; else at dispatch
    driver: line(30) = ""  # 驾驶员, likewise


class DispatchInput(GateModel):
    vehicle: line(100) = ""
    plate: line(20) = ""
    driver: line(50) = ""
    rental: flag() = False
    company: line(100) = ""
    agreement_no: line(100) = ""
    cost: money("1000000") = Decimal("0.00")
    driver_licence: line(100) = ""
    vehicle_licence: line(100) = ""
    id_card: line(30) = ""
    invoice: flag() = False
    mileage: count(0, MAX_MILEAGE_KM) = 0  # 实际里程 after the trip, km (0: not yet known)


def read_vehicle_request(data: Any, today: date | None = None) -> tuple[VehicleInput | None, list[Problem]]:
    return check(VehicleInput, data, rule="VEH-01", prefix="vehicle", labels=VEHICLE_LABELS,
                 context={"today": today} if today else None, rules={"departure": "VEH-04"})


def read_dispatch(data: Any) -> tuple[DispatchInput | None, list[Problem]]:
    return check(DispatchInput, data, rule="VEH-05", prefix="dispatch", labels=VEHICLE_LABELS)
