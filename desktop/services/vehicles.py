"""Vehicle requests (公务用车): purpose, route and people; lead time enforced at submission
(VEH-04; a late, urgent request needs the first approver's consent in the app); holiday use by
the bureau's holiday calendar, filed with the authorities its preset names (VEH-07); dispatch
with the rental agreement and driver documents recorded by the office (VEH-05).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.approval.model import Problem
from desktop.domain.vehicles.calendar import HolidayCalendar
from desktop.domain.vehicles.request import (
    dispatch_from_payload,
    filings_from_parameters,
    needs_urgent_consent,
    vehicle_request_from_payload,
)
from desktop.persistence.schema import Document, utcnow
from desktop.services.base import Refused, SignedIn, actor_for, refuse
from desktop.services.calendar import holiday_calendar_in
from desktop.services.module_records import ModuleService

__all__ = ["VehicleService"]


class VehicleService(ModuleService):
    def __init__(self, sessions, approvals):  # noqa: ANN001
        super().__init__(sessions, approvals)
        approvals.submit_checks["vehicle_request"] = self._check_in
        approvals.act_checks["vehicle_request"] = self._act_check

    def check(self, user: SignedIn, data: Mapping[str, Any], *, today: date | None = None) -> list[Problem]:
        with self.reading() as session:
            calendar, filings = self._rules_in(session, user.bureau_id)
        req, problems = self._request(data, today or date.today(), calendar)
        return problems + req.problems(self.standards(user).lead, filings) if req else problems

    def _rules_in(self, session: Session, bureau_id: int) -> tuple[HolidayCalendar, tuple[str, ...]]:
        """The bureau's holiday calendar and the VEH-07 filings its preset requires."""
        return holiday_calendar_in(session, bureau_id), filings_from_parameters(self.preset_of(session, bureau_id).parameters)

    @staticmethod
    def _request(data: Mapping[str, Any], today: date, calendar: HolidayCalendar | None = None):  # noqa: ANN205
        if not isinstance(data, Mapping):
            return vehicle_request_from_payload(data, today)  # the gate's "须为 JSON 对象"
        req, problems = vehicle_request_from_payload({**data, "requested_on": today.isoformat()}, today)
        if req is not None and calendar is not None and not req.holiday:
            first = req.departure.date()
            last = max(first, req.returns.date()) if req.returns else first
            days = [first + timedelta(days=i) for i in range(min((last - first).days, 366) + 1)]
            if any(calendar.is_rest_day(d) for d in days):  # VEH-07: a weekday public holiday counts
                req = type(req)(**{**req.__dict__, "holiday": True})
        return req, problems

    def create(self, user: SignedIn, data: Mapping[str, Any], *, submit: bool = False,
               passphrase: str | None = None) -> int:
        """A vehicle request: purpose_key, purpose, route, destination, long_distance, passengers,
        people, departure (ISO date-time), filed_county_office, filed_bureau_office, urgent_reason."""
        today = date.today()
        with self.reading() as session:
            calendar, filings = self._rules_in(session, user.bureau_id)
        req, problems = self._request(data, today, calendar)
        lead = self.standards(user).lead
        if req is not None:
            problems = problems + req.problems(lead, filings)
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
                                 payload={**req.to_payload(), "urgent": needs_urgent_consent(req, lead)},
                                 submit=submit, passphrase=passphrase)

    def _check_in(self, session: Session, user: SignedIn, doc: Document) -> list[Problem]:
        data = self.payload(doc)
        if "departure" not in data or "T" not in str(data["departure"]):
            return []  # a free-form request from the generic page
        calendar, filings = self._rules_in(session, doc.bureau_id)
        req, problems = self._request(data, date.today(), calendar)  # the lead time counts to the day of submission
        if req is None:
            return problems
        lead = self.standards_in(session, doc.bureau_id).lead
        if needs_urgent_consent(req, lead) and (not data.get("urgent") or data.get("urgent_consent")):  # a new round
            self.update_payload(session, user, doc, {"urgent": True, "urgent_consent": None}, "vehicle.urgent")
        return problems + req.problems(lead, filings)

    # VEH-04: the urgent request's consent, by the first approver acting in the app ---------------
    def consent_urgent(self, user: SignedIn, request_id: int) -> None:
        """The first step's approver accepts the urgency (同意紧急用车), recorded with their identity
        and audited; their approval of that step is refused until they have."""
        from desktop.domain.approval.engine import Action, State, check_action
        from desktop.services.approvals import _steps_from_json

        with self.transaction() as session:
            doc = self._urgent_doc(session, user, request_id)
            steps = _steps_from_json(doc.steps_json)
            problems = check_action(action=Action.APPROVE, state=State(doc.state), step_index=doc.step_index,
                                    steps=steps, facts=self.approvals._facts(doc),
                                    history=self.approvals._history(session, doc),
                                    actor=actor_for(session, user.staff_id),
                                    params=self.preset_of(session, doc.bureau_id).parameters, opinion="同意")
            problems = [p for p in problems if p.rule != "VOUCH-08"]  # a decision record is the approval's matter
            if doc.step_index != 0:
                problems.append(Problem("VEH-04", "vehicle.urgent_step", "紧急用车须由第一步审批人在审批时同意"))
            if problems:
                raise Refused(problems)
            consent = {"by": user.staff_id, "name": user.name, "at": utcnow().isoformat(timespec="seconds")}
            data = self.payload(doc)
            self.update_payload(session, user, doc, {
                "urgent_consent": consent,
                "lead_text": f"{data.get('lead_text', '')}；{user.name}同意紧急用车"}, "vehicle.urgent_consent")

    def _urgent_doc(self, session: Session, user: SignedIn, request_id: int) -> Document:
        doc = session.execute(select(Document).where(Document.id == request_id).with_for_update()).scalar_one_or_none()
        if doc is None or doc.bureau_id != user.bureau_id or doc.kind != "vehicle_request":
            raise refuse("IC-14", "document.missing", "找不到该用车申请")
        if not self.payload(doc).get("urgent"):
            raise refuse("VEH-04", "vehicle.not_urgent", "该用车申请已按规定提前申请，无需同意紧急用车")
        return doc

    def _act_check(self, session: Session, user: SignedIn, doc: Document, action: str) -> list[Problem]:
        data = self.payload(doc)
        if action != "approve" or not data.get("urgent") or doc.step_index != 0:
            return []
        consent = data.get("urgent_consent") or {}
        if consent.get("by") != user.staff_id:
            return [Problem("VEH-04", "vehicle.urgent_consent",
                            f"未按规定提前申请的紧急用车（{str(data.get('urgent_reason', ''))[:40]}）须由审批人本人同意：请在“接待·用车”中选中该申请，先点“同意紧急用车”")]
        return []

    def dispatch(self, user: SignedIn, request_id: int, data: Mapping[str, Any], *,
                 passphrase: str | None = None) -> int | None:
        """The office dispatches an approved request: vehicle, plate, driver, and for a rental the
        agreement, cost and driver's documents (VEH-05). The cost becomes the request's amount.

        Where the bureau's preset has a 租车单 chain (P-001: 「经分管领导、主要领导签字后报财务科」,
        VEH-03/VEH-05), a rental also files the 租车单 into it, in the same transaction; the cashier
        pays the rental only after that slip is approved. Returns the slip's id (None otherwise)."""
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
            rental_id = self._file_rental_slip(session, user, doc, d, passphrase) if d.rental else None
            self.update_payload(session, user, doc, {"dispatch": d.to_dict(), "dispatch_text": text,
                                                     **({"rental_document_id": rental_id} if rental_id else {})},
                                "vehicle.dispatch")
            self.audit(session, user, "vehicle.cost", "document", doc.id, before={"amount": before_amount},
                       after={"amount": str(d.cost)})
            return rental_id

    def _file_rental_slip(self, session: Session, user: SignedIn, request: Document, d: Any,
                          passphrase: str | None) -> int | None:
        """The 租车单 for a rental, when the bureau's preset (stored, or shipped for its code) has the chain."""
        import json

        from desktop.persistence.schema import Bureau
        from desktop.services.rule_presets import shipped_presets

        bureau = session.get(Bureau, user.bureau_id)
        stored = json.loads(bureau.preset_json).get("chains") or {}
        shipped = (shipped_presets().get(bureau.preset_code) or {}).get("chains") or {}
        if "vehicle_rental" not in stored and "vehicle_rental" not in shipped:
            return None
        self.ensure_chain_in(session, user, "vehicle_rental")
        info = self.payload(request)
        slip = self.approvals.create_in(
            session, user, "vehicle_rental", f"租车单：{request.title}"[:200], purpose=request.purpose or "租车",
            amount=d.cost, department_id=request.department_id,
            payload={"request_id": request.id, "request_serial": request.serial or "", "company": d.company,
                     "agreement_no": d.agreement_no, "vehicle_text": f"{d.vehicle} {d.plate}", "driver": d.driver,
                     "documents_text": f"驾驶证{d.driver_licence}；行驶证{d.vehicle_licence}；身份证{d.id_card}",
                     "invoice_text": "已附租车发票" if d.invoice else "未附发票",
                     "route_text": f"{info.get('route', '')} {info.get('departure_text', '')}".strip()})
        self.approvals.submit_in(session, user, slip, passphrase=passphrase)
        return slip

    def holiday_uses(self, user: SignedIn, year: int) -> list:
        """Holiday use with its two filings (VEH-07), for the office's report."""
        docs = self.approvals.documents(user, kinds=["vehicle_request"])
        return [d for d in docs if d.payload.get("holiday") and str(d.payload.get("departure", "")).startswith(str(year))]
