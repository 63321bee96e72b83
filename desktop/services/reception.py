"""Official reception: the approval before (only with the visiting unit's official letter,
RECEP-01), the meal standards and accompanying limits checked (RECEP-05/06), and the reception
list after (RECEP-09), which is also the reimbursement claim (RECEP-07, RECEP-10).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Mapping

from sqlalchemy.orm import Session

from desktop.domain.approval.model import Problem
from desktop.domain.money import format_amount
from desktop.domain.reception.visit import reception_list_from_payload, reception_plan_from_payload
from desktop.persistence.schema import Document
from desktop.services.base import Refused, SignedIn
from desktop.services.module_records import ModuleService

__all__ = ["ReceptionService"]


class ReceptionService(ModuleService):
    def __init__(self, sessions, approvals):  # noqa: ANN001
        super().__init__(sessions, approvals)
        approvals.submit_checks["reception"] = self._check_plan_in
        approvals.submit_checks["reception_list"] = self._check_list_in

    def check_plan(self, user: SignedIn, data: Mapping[str, Any]) -> list[Problem]:
        plan, problems = reception_plan_from_payload(data, date.today())
        if plan is None:
            return problems
        std = self.standards(user).reception_on(plan.start)
        return problems + _name_missing(plan.problems(std), plan.meals, std)

    def create(self, user: SignedIn, data: Mapping[str, Any], *, submit: bool = False,
               passphrase: str | None = None) -> int:
        """The reception approval (公务接待审批单): guest_unit, letter_no, guests, guest_names,
        purpose, start, end, meals [{date, meal_type, meal, guests, accompany, amount}], lodging."""
        plan, problems = reception_plan_from_payload(data, date.today())
        if plan is not None:
            std = self.standards(user).reception_on(plan.start)  # the standards in force on the visit's date
            problems = problems + _name_missing(plan.problems(std), plan.meals, std)
        if problems:
            raise Refused(problems)
        title = str(data.get("title") or f"接待{plan.guest_unit}")  # the gate checked it is text
        return self.new_document(user, "reception", title, purpose=plan.purpose, amount=str(plan.estimate),
                                 days=(plan.end - plan.start).days + 1, payload=plan.to_payload(), submit=submit,
                                 passphrase=passphrase)

    def _check_plan_in(self, session: Session, user: SignedIn, doc: Document) -> list[Problem]:
        data = self.payload(doc)
        if "start" not in data:  # a free-form record from the generic page: the letter is still required
            return [] if str(data.get("letter_no") or data.get("letter") or "").strip() else [
                Problem("RECEP-01", "reception.letter", "无公函的公务活动和来访人员一律不予接待")]
        plan, problems = reception_plan_from_payload(data, date.today())
        if plan is None:
            return problems
        std = self.standards_in(session, doc.bureau_id).reception_on(plan.start)
        return problems + _name_missing(plan.problems(std), plan.meals, std)

    def check_list(self, user: SignedIn, reception_id: int, data: Mapping[str, Any]) -> list[Problem]:
        with self.reading() as session:
            return self._list_problems(
                session, user, {**data, "reception_id": reception_id} if isinstance(data, Mapping) else data)[1]

    def _list_std(self, session: Session, user: SignedIn, data: Mapping[str, Any], approval_data: Mapping[str, Any],
                  lst: Any, pin: bool) -> Any:
        """The meal standards for the list: those in force on the visit's date (TRAVEL-19), or, for a
        list submitted before, the ones it stored then (a later change never changes it)."""
        from desktop.domain.reception.standards import ReceptionStandardsError, reception_standards_from_rows

        used = data.get("standards_used")
        if pin and isinstance(used, Mapping) and isinstance(used.get("rows"), list):
            try:
                return reception_standards_from_rows(used["rows"], alcohol_exception=bool(used.get("alcohol_exception")),
                                                     source=str(used.get("source", "")))
            except ReceptionStandardsError:
                pass
        on = date.fromisoformat(approval_data["start"]) if approval_data.get("start") else \
            (lst.meals[0].on if lst.meals else date.today())
        return self.standards_in(session, user.bureau_id).reception_on(on)

    def _list_problems(self, session: Session, user: SignedIn, data: Mapping[str, Any],  # noqa: ANN202
                       pin: bool = False):
        from desktop.domain.input_gate.problems import object_problems
        bad = object_problems(data, rule="RECEP-09", prefix="reception_list", label="接待清单")
        if bad:
            return None, bad, None, {}
        approval = self.linked(session, user, data.get("reception_id"), "reception")
        approval_data = self.payload(approval) if approval else {}
        guests_value = approval_data.get("guests", 0)
        # A free-form reception from the generic page may hold text such as "4人": no figure to check against.
        guests = guests_value if isinstance(guests_value, int) and not isinstance(guests_value, bool) else \
            int(guests_value) if isinstance(guests_value, str) and guests_value.isascii() and guests_value.isdigit() else 0
        visit = None
        if approval_data.get("start"):  # meals on the days of the approved visit (RECEP-05)
            start = date.fromisoformat(approval_data["start"])
            visit = (start, date.fromisoformat(approval_data.get("end") or approval_data["start"]))
        # The diners and the venue approved, unless the list names those who actually dined (RECEP-06).
        data = {**data, "accompany_names": data.get("accompany_names") or approval_data.get("accompany_names") or [],
                "venue": data.get("venue") or approval_data.get("venue") or ""}
        lst, problems = reception_list_from_payload(data, guests, visit, date.today())
        if lst is not None:
            std = self._list_std(session, user, data, approval_data, lst, pin)  # in force on the visit's date
            problems = problems + _name_missing(lst.problems(std, guests=guests,
                                                            reception_state=approval.state if approval else None),
                                                lst.meals, std)
        return lst, problems, approval, approval_data

    def create_list(self, user: SignedIn, reception_id: int, data: Mapping[str, Any], *, submit: bool = False,
                    passphrase: str | None = None) -> int:
        """The reception list (公务接待清单) after the visit, linked to the approved reception;
        also the claim: invoices, the letter and the list itself (RECEP-10)."""
        with self.reading() as session:
            lst, problems, approval, adata = self._list_problems(
                session, user, {**data, "reception_id": reception_id} if isinstance(data, Mapping) else data)
            serial = approval.serial if approval else ""
            title = approval.title if approval else ""
            std = self._list_std(session, user, {}, adata, lst, False) if lst is not None else None
        if problems:
            raise Refused(problems)
        payload = {**lst.to_payload(), "reception_serial": serial or "", "guest_unit": adata.get("guest_unit", ""),
                   "letter": adata.get("letter_no", ""), "guest_count": adata.get("guest_count", ""),
                   "dates": adata.get("dates", ""), "total_text": format_amount(lst.total, symbol=True),
                   "visitor_rows": adata.get("visitor_rows", []), "guest_names": adata.get("guest_names", ""),
                   # the standards checked, kept with the list (TRAVEL-19)
                   "standards_used": {"rows": std.to_rows(), "alcohol_exception": std.alcohol_exception,
                                      "source": std.source}}
        return self.new_document(user, "reception_list", f"{title}接待清单", purpose=adata.get("purpose", title),
                                 amount=str(lst.total), payload=payload, submit=submit, passphrase=passphrase)

    def _check_list_in(self, session: Session, user: SignedIn, doc: Document) -> list[Problem]:
        lst, problems, _a, _d = self._list_problems(session, user, self.payload(doc),
                                                    pin=self.submitted_before(session, doc))
        return problems

    def approved_receptions(self, user: SignedIn) -> list:
        """Approved receptions without a reception list yet."""
        recs = self.approvals.documents(user, kinds=["reception"], states=["approved", "archived"])
        lists = self.approvals.documents(user, kinds=["reception_list"])
        listed = {x.payload.get("reception_id") for x in lists if x.state != "rejected"}
        return [r for r in recs if r.id not in listed]


def _name_missing(problems: list[Problem], meals: Any, standards: Any) -> list[Problem]:
    """RECEP-05: a meal whose standard the bureau has not entered (P-000 ships none) names the
    figure and where to enter it, among the other problems."""
    from desktop.domain.reception.standards import missing_meal_standard

    out = []
    for p in problems:
        if p.code.startswith("meals[") and p.code.endswith("].standard"):
            i = int(p.code[len("meals["):p.code.index("]")])
            if 0 <= i < len(meals):
                p = Problem(p.rule, p.code, f"第{i + 1}餐：" + missing_meal_standard(meals[i].meal_type, meals[i].meal,
                                                                                  standards))
        out.append(p)
    return out
