"""Vehicle requests (公务用车): purpose, route and people; lead time enforced at submission
(VEH-04); holiday use filed twice (VEH-07); dispatch with the rental agreement and driver
documents recorded by the office (VEH-05).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.approval.model import Problem
from desktop.domain.vehicles.request import dispatch_from_payload, is_holiday, vehicle_request_from_payload
from desktop.persistence.schema import Document
from desktop.services.base import Refused, SignedIn, refuse
from desktop.services.module_records import ModuleService

__all__ = ["VehicleService"]


class VehicleService(ModuleService):
    def __init__(self, sessions, approvals):  # noqa: ANN001
        super().__init__(sessions, approvals)
        approvals.submit_checks["vehicle_request"] = self._check_in

    def check(self, user: SignedIn, data: Mapping[str, Any], *, today: date | None = None) -> list[Problem]:
        req, problems = self._request(data, today or date.today())
        return problems + req.problems(self.standards(user).lead) if req else problems

    @staticmethod
    def _request(data: Mapping[str, Any], today: date):  # noqa: ANN205
        if not isinstance(data, Mapping):
            return vehicle_request_from_payload(data, today)  # the gate's "须为 JSON 对象"
        req, problems = vehicle_request_from_payload({**data, "requested_on": today.isoformat()}, today)
        if req is not None and is_holiday(req.departure.date(), ()) and not req.holiday:
            req = type(req)(**{**req.__dict__, "holiday": True})
        return req, problems

    def create(self, user: SignedIn, data: Mapping[str, Any], *, submit: bool = False,
               passphrase: str | None = None) -> int:
        """A vehicle request: purpose_key, purpose, route, destination, long_distance, passengers,
        people, departure (ISO date-time), filed_county_office, filed_bureau_office, urgent_reason."""
        today = date.today()
        req, problems = self._request(data, today)
        if req is not None:
            problems = problems + req.problems(self.standards(user).lead)
            if req.reception_id is not None:
                with self.reading() as session:
                    if self.linked(session, user, req.reception_id, "reception") is None:
                        problems.append(Problem("RECEP-13", "vehicle.reception", "关联的公务接待审批单不存在"))
        if problems:
            raise Refused(problems)
        title = str(data.get("title") or f"{req.destination}{req.purpose[:16]}用车")  # gate: text, ≤ 200
        return self.new_document(user, "vehicle_request", title, purpose=req.purpose, amount="0",
                                 days=max(1, int(data.get("days", 1) or 1)),  # gate: a whole number 0…366
                                 category="long" if req.long_distance else "",
                                 payload=req.to_payload(), submit=submit, passphrase=passphrase)

    def _check_in(self, session: Session, user: SignedIn, doc: Document) -> list[Problem]:
        data = self.payload(doc)
        if "departure" not in data or "T" not in str(data["departure"]):
            return []  # a free-form request from the generic page
        req, problems = self._request(data, date.today())  # the lead time counts to the day of submission
        return problems + req.problems(self.standards_in(session, doc.bureau_id).lead) if req else problems

    def dispatch(self, user: SignedIn, request_id: int, data: Mapping[str, Any]) -> None:
        """The office dispatches an approved request: vehicle, plate, driver, and for a rental the
        agreement, cost and driver's documents (VEH-05). The cost becomes the request's amount."""
        if "office_head" not in user.positions:
            raise refuse("VEH-05", "perm.dispatch", "派车由办公室负责")
        d, problems = dispatch_from_payload(data)
        if d is not None:
            problems = problems + d.problems()
        if problems:
            raise Refused(problems)
        with self.transaction() as session:
            doc = session.execute(select(Document).where(Document.id == request_id).with_for_update()).scalar_one_or_none()
            if doc is None or doc.bureau_id != user.bureau_id or doc.kind != "vehicle_request":
                raise refuse("IC-14", "document.missing", "找不到该用车申请")
            if doc.state not in ("approved", "archived"):
                raise refuse("VEH-05", "dispatch.state", "用车申请审批通过后才能派车")
            if self.payload(doc).get("dispatch"):
                raise refuse("VEH-05", "dispatch.duplicate", "该申请已派车")
            text = f"{d.vehicle} {d.plate} 驾驶员{d.driver}" + (
                f"；租车：{d.company} 协议{d.agreement_no} {d.cost}元；驾驶证{d.driver_licence} 行驶证{d.vehicle_licence} 身份证{d.id_card}"
                if d.rental else "")
            before_amount = str(doc.amount)
            doc.amount = d.cost
            self.update_payload(session, user, doc, {"dispatch": d.to_dict(), "dispatch_text": text}, "vehicle.dispatch")
            self.audit(session, user, "vehicle.cost", "document", doc.id, before={"amount": before_amount},
                       after={"amount": str(d.cost)})

    def holiday_uses(self, user: SignedIn, year: int) -> list:
        """Holiday use with its two filings (VEH-07), for the office's report."""
        docs = self.approvals.documents(user, kinds=["vehicle_request"])
        return [d for d in docs if d.payload.get("holiday") and str(d.payload.get("departure", "")).startswith(str(year))]
