"""Vehicle requests (公务用车申请, F-12) and the rental slip (租车单, F-11).

Checks: purpose from the allowed list (VEH-01), lead time 1 day in-county and 2 days long
distance (VEH-04: a late request with an urgent reason may be submitted, and then needs the first
approver's consent in the app, see ``needs_urgent_consent``), holiday use filed with the
authorities the bureau's preset names (VEH-07; 001: county 机关事务管理局 and 局办公室, 000: none),
and at dispatch the rental agreement and the driver's documents (VEH-05).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Iterable, Mapping, Sequence

from desktop.domain.approval.model import Problem

__all__ = ["PURPOSES", "VehicleRequest", "Dispatch", "lead_days_required", "is_holiday", "LeadTimes",
           "FILING_AUTHORITIES", "filings_from_parameters", "needs_urgent_consent",
           "vehicle_request_from_payload", "dispatch_from_payload"]

# VEH-07 (001) 「节假日用车需向县机关事物管理局和局办公室分别报备」: who a holiday use is filed with,
# by the preset parameter that requires it (1) or not (0). Seed 000 names no filing.
FILING_AUTHORITIES: Mapping[str, tuple[str, str]] = {
    "county_office": ("县机关事务管理局", "holiday_filing_county_office"),
    "bureau_office": ("局办公室", "holiday_filing_bureau_office"),
}
BOTH_FILINGS = ("county_office", "bureau_office")


def filings_from_parameters(parameters: Mapping[str, Any]) -> tuple[str, ...]:
    """The filings the bureau's preset requires; a preset without the parameters requires none."""
    return tuple(k for k, (_, param) in FILING_AUTHORITIES.items() if int(parameters.get(param, 0) or 0) == 1)

PURPOSES: Mapping[str, str] = {
    "supervision": "督导、指导等业务工作", "reception": "经批准的公务接待", "inspection": "调研、检查、督查",
    "law_enforcement": "执法执勤", "emergency": "处置应急、突发事件", "other_approved": "经局领导批准的其他公务",
}


@dataclass(frozen=True)
class LeadTimes:
    local_days: int = 1  # VEH-04 in-county
    long_days: int = 2  # VEH-04 long distance


def lead_days_required(long_distance: bool, lead: LeadTimes = LeadTimes()) -> int:
    return lead.long_days if long_distance else lead.local_days


def is_holiday(day: date, holidays: Iterable[date] = ()) -> bool:
    """Saturdays, Sundays and the bureau's listed public holidays (VEH-07)."""
    return day.weekday() >= 5 or day in set(holidays)


@dataclass(frozen=True)
class VehicleRequest:
    purpose_key: str
    purpose: str
    route: str
    destination: str
    long_distance: bool
    passengers: int
    people: str
    departure: datetime
    requested_on: date
    holiday: bool = False  # set by the service from the calendar, or by the requester
    filed_county_office: bool = False  # VEH-07: 县机关事务管理局
    filed_bureau_office: bool = False  # VEH-07: 局办公室
    urgent_reason: str = ""  # VEH-04 override
    reception_id: int | None = None  # RECEP-13
    platform_ref: str = ""  # VEH-03 (000): 公务用车平台 reference
    returns: datetime | None = None  # 返回时间
    mileage: int = 0  # 预计里程 km (0: not given)
    plate: str = ""  # 车牌号, when known at request (else at dispatch, VEH-05/06)
    driver: str = ""  # 驾驶员, likewise

    @property
    def lead_days(self) -> int:
        return (self.departure.date() - self.requested_on).days

    def problems(self, lead: LeadTimes = LeadTimes(), filings: Sequence[str] = BOTH_FILINGS) -> list[Problem]:
        out: list[Problem] = []
        if self.purpose_key not in PURPOSES:
            out.append(Problem("VEH-01", "vehicle.purpose", f"用车事由须为：{'、'.join(PURPOSES.values())}"))
        if not self.purpose.strip():
            out.append(Problem("VEH-01", "vehicle.purpose_text", "请填写用车事由"))
        if not self.route.strip() or not self.destination.strip():
            out.append(Problem("VEH-02", "vehicle.route", "请填写行车路线和目的地"))
        if self.passengers < 1:
            out.append(Problem("VEH-05", "vehicle.passengers", "乘车人数须至少1人"))
        need = lead_days_required(self.long_distance, lead)
        if self.lead_days < 0:
            out.append(Problem("VEH-04", "vehicle.past", "用车时间早于申请日期"))
        elif self.lead_days < need and not self.urgent_reason.strip():
            kind = "长途用车" if self.long_distance else "县内用车"
            out.append(Problem("VEH-04", "vehicle.lead_time",
                               f"{kind}须提前{need}天申请（本次提前{self.lead_days}天）；紧急情况请注明原因"))
        if self.returns is not None and self.returns <= self.departure:
            out.append(Problem("VEH-02", "vehicle.returns",
                               f"返回时间{self.returns:%Y-%m-%d %H:%M}须晚于出车时间{self.departure:%Y-%m-%d %H:%M}"))
        filed = {"county_office": self.filed_county_office, "bureau_office": self.filed_bureau_office}
        missing = [FILING_AUTHORITIES[k][0] for k in filings if k in filed and not filed[k]]
        if self.holiday and missing:
            out.append(Problem("VEH-07", "vehicle.holiday_filing", f"节假日用车须分别报备：未向{'、'.join(missing)}报备"))
        return out

    def to_payload(self) -> dict[str, Any]:
        return {"purpose_key": self.purpose_key, "purpose": self.purpose, "route": self.route,
                "destination": self.destination, "long_distance": self.long_distance, "passengers": self.passengers,
                "people": self.people, "departure": self.departure.isoformat(timespec="minutes"),
                "requested_on": self.requested_on.isoformat(), "holiday": self.holiday,
                "filed_county_office": self.filed_county_office, "filed_bureau_office": self.filed_bureau_office,
                "urgent_reason": self.urgent_reason, "reception_id": self.reception_id, "platform_ref": self.platform_ref,
                "returns": self.returns.isoformat(timespec="minutes") if self.returns else None,
                "mileage": self.mileage, "plate": self.plate, "driver": self.driver,
                # printed
                "returns_text": self.returns.strftime("%Y-%m-%d %H:%M") if self.returns else "—",
                "mileage_text": f"约{self.mileage}公里" if self.mileage else "—",
                "plate_text": self.plate or "派车时确定", "driver_text": self.driver or "派车时确定",
                "purpose_label": PURPOSES.get(self.purpose_key, self.purpose_key),
                "distance_label": "长途" if self.long_distance else "县内",
                "passenger_text": f"{self.passengers}人：{self.people}" if self.people else f"{self.passengers}人",
                "departure_text": self.departure.strftime("%Y-%m-%d %H:%M"),
                "lead_text": f"提前{self.lead_days}天申请" + (f"（紧急：{self.urgent_reason}）" if self.urgent_reason else ""),
                "holiday_text": ("否" if not self.holiday else "是" + "".join(
                    f"，已向{FILING_AUTHORITIES[k][0]}报备" for k, ok in (("county_office", self.filed_county_office),
                                                                       ("bureau_office", self.filed_bureau_office)) if ok))}


def needs_urgent_consent(req: VehicleRequest, lead: LeadTimes = LeadTimes()) -> bool:
    """VEH-04 「县内用车提前1天提出申请，长途用车一般应提前2天」: a request later than that goes on
    only as urgent, and the urgency is the first approver's to accept (not the requester's)."""
    return 0 <= req.lead_days < lead_days_required(req.long_distance, lead) and bool(req.urgent_reason.strip())


@dataclass(frozen=True)
class Dispatch:
    """What the office records when it dispatches (VEH-05): own vehicle or rental."""

    vehicle: str
    plate: str
    driver: str
    rental: bool
    company: str = ""
    agreement_no: str = ""
    cost: Decimal = Decimal("0.00")
    driver_licence: str = ""
    vehicle_licence: str = ""
    id_card: str = ""
    invoice: bool = False
    mileage: int = 0  # 实际里程 km

    def problems(self) -> list[Problem]:
        out: list[Problem] = []
        if not self.plate.strip() or not self.driver.strip():
            out.append(Problem("VEH-06", "dispatch.driver", "请填写车牌号和驾驶员（仅限专职司机或租车协议的司机）"))
        if self.rental:
            missing = [n for n, v in (("租车公司", self.company), ("租车协议编号", self.agreement_no),
                                      ("驾驶证", self.driver_licence), ("行驶证", self.vehicle_licence),
                                      ("身份证", self.id_card)) if not v.strip()]
            if missing:
                out.append(Problem("VEH-05", "dispatch.documents", f"租车须登记租车协议及司机证件：缺{'、'.join(missing)}"))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {"vehicle": self.vehicle, "plate": self.plate, "driver": self.driver, "rental": self.rental,
                "company": self.company, "agreement_no": self.agreement_no, "cost": str(self.cost),
                "driver_licence": self.driver_licence, "vehicle_licence": self.vehicle_licence, "id_card": self.id_card,
                "invoice": self.invoice, "mileage": self.mileage}


def vehicle_request_from_payload(data: Mapping[str, Any], today: date) -> tuple[VehicleRequest | None, list[Problem]]:
    """The request through the input gate (``desktop.domain.input_gate.vehicles``); the
    departure must lie in the sane window around ``today``."""
    from desktop.domain.input_gate.vehicles import read_vehicle_request
    v, problems = read_vehicle_request(data, today)
    if v is None:
        return None, problems
    return VehicleRequest(v.purpose_key, v.purpose, v.route, v.destination, v.long_distance, v.passengers, v.people,
                          v.departure, v.requested_on or today, v.holiday, v.filed_county_office,
                          v.filed_bureau_office, v.urgent_reason, v.reception_id, v.platform_ref, v.returns, v.mileage,
                          v.plate, v.driver), problems


def dispatch_from_payload(data: Mapping[str, Any]) -> tuple[Dispatch | None, list[Problem]]:
    from desktop.domain.input_gate.vehicles import read_dispatch
    d, problems = read_dispatch(data)
    if d is None:
        return None, problems
    return Dispatch(d.vehicle, d.plate, d.driver, d.rental, d.company, d.agreement_no, d.cost, d.driver_licence,
                    d.vehicle_licence, d.id_card, d.invoice, d.mileage), problems
