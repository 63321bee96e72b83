"""接待·用车·会议: reception approval (only with the visiting unit's official letter, RECEP-01)
with the meal standards and accompanying limit checked (RECEP-05/06), the reception list after
it (RECEP-07/09/10), vehicle requests with the lead-time and holiday checks (VEH-04/07) and the
office's dispatch (VEH-05), meetings with their category caps (MEET-03/04/05/09) and the claim
after them (MEET-11); payment by the cashier."""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QLabel, QTableWidget, QTableWidgetItem, QWidget

from desktop.domain.meetings.meeting import MODES
from desktop.domain.meetings.standards import CATEGORY_LABELS
from desktop.domain.reception.standards import MEAL_TYPES, MEALS
from desktop.domain.reception.visit import ITEM_CATEGORIES, accompany_limit
from desktop.domain.vehicles.request import PURPOSES
from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.amount_field import amount_columns
from desktop.ui.record_form import ListEditor, RecordForm, date_edit, fit_headers, spin
from desktop.ui.travel_page import TravelPage, _d, _names

__all__ = ["HospitalityPage", "ReceptionDialog", "ReceptionListDialog", "VehicleDialog", "DispatchDialog",
           "MeetingDialog", "MeetingClaimDialog", "MeetingPlanDialog"]

MEAL_COLUMNS = 5  # type, meal, guests, accompanying, amount


def _meal_table(owner: RecordForm, rows: int = 2) -> QTableWidget:
    t = QTableWidget(rows, MEAL_COLUMNS)
    t.setObjectName("mealsTable")
    t.setHorizontalHeaderLabels([owner.tr("Type"), owner.tr("Meal"), owner.tr("Guests"), owner.tr("Accompanying"),
                                 owner.tr("Amount")])
    for r in range(rows):
        for c, items in ((0, MEAL_TYPES), (1, {k: v for k, v in MEALS.items() if k != "any"})):
            box = QComboBox()
            for key, text in items.items():
                box.addItem(text, key)
            t.setCellWidget(r, c, box)
    t.setFixedHeight(30 + 30 * rows)
    amount_columns(t, [4])  # letters refused while typing (issue 12 item 9)
    fit_headers(t)
    return t


def _meals(t: QTableWidget, on: str) -> list[dict]:
    out = []
    for r in range(t.rowCount()):
        cells = [t.item(r, c).text().strip() if t.item(r, c) else "" for c in (2, 3, 4)]
        if not any(cells):  # a row with anything typed is a meal: the gate names what it lacks
            continue
        out.append({"date": on, "meal_type": t.cellWidget(r, 0).currentData(), "meal": t.cellWidget(r, 1).currentData(),
                    # As typed: the service's input gate refuses non-numbers with a message for the field.
                    "guests": cells[0] or "0", "accompany": cells[1] or "0", "amount": cells[2] or None})
    return out


def set_meal(t: QTableWidget, r: int, meal_type: str, meal: str, guests: int, accompany: int, amount: str) -> None:
    t.cellWidget(r, 0).setCurrentIndex(t.cellWidget(r, 0).findData(meal_type))
    t.cellWidget(r, 1).setCurrentIndex(t.cellWidget(r, 1).findData(meal))
    for c, v in ((2, guests), (3, accompany), (4, amount)):
        t.setItem(r, c, QTableWidgetItem(str(v)))


class ReceptionDialog(RecordForm):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(self.tr("New reception approval"), lambda d: desk.reception.check_plan(user, d),
                         lambda d, **kw: desk.reception.create(user, d, **kw), parent)
        self.guestUnitEdit = self.line(self.tr("Visiting unit:"), "guestUnitEdit")
        self.letterEdit = self.line(self.tr("Official letter no.:"), "letterEdit")
        self.guestsSpin = self.row(self.tr("Guests:"), spin(1, 1, 500), "guestsSpin")
        self.visitorsEditor = ListEditor("visitors", [("name", self.tr("Name")), ("unit", self.tr("Unit (if not the visiting unit)")),
                                                      ("position", self.tr("Job title"))], rows=3)
        self.form.addRow(self.tr("Visitors:"), self.visitorsEditor)
        self.purposeEdit = self.text(self.tr("Official business:"), "purposeEdit")
        self.dateEdit = self.row(self.tr("Date:"), date_edit(QDate.currentDate().addDays(2)), "dateEdit")
        self.lodgingCombo = self.combo(self.tr("Lodging:"), "lodgingCombo",
                                       {"self": self.tr("Paid by the guests"), "bureau": self.tr("Arranged by the bureau")})
        self.limitLabel = self.row(self.tr("Accompanying at most:"), QLabel(), "limitLabel")
        self.accompanyEdit = self.line(self.tr("Accompanying diners (names, 、):"), "accompanyEdit")
        self.venueEdit = self.line(self.tr("Venue of the meals:"), "venueEdit")
        self.mealsTable = _meal_table(self)
        self.form.addRow(self.tr("Working meals:"), self.mealsTable)
        self.guestsSpin.valueChanged.connect(self._limit)
        self._limit()

    def _limit(self) -> None:
        self.limitLabel.setText(f"{accompany_limit(self.guestsSpin.value())} [RECEP-06]")

    def data(self) -> dict:
        on = _d(self.dateEdit.date()).isoformat()
        return {"guest_unit": self.guestUnitEdit.text(), "letter_no": self.letterEdit.text(),
                "guests": self.guestsSpin.value(), "visitors": self.visitorsEditor.rows(),
                "purpose": self.purposeEdit.toPlainText(), "start": on, "end": on,
                "lodging": self.lodgingCombo.currentData(), "meals": _meals(self.mealsTable, on),
                "accompany_names": _names(self.accompanyEdit.text()), "venue": self.venueEdit.text().strip(),
                "title": f"接待{self.guestUnitEdit.text()}"}


class ReceptionListDialog(RecordForm):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(self.tr("Reception list"),
                         lambda d: desk.reception.check_list(user, self.receptionCombo.currentData(), d),
                         lambda d, **kw: desk.reception.create_list(user, self.receptionCombo.currentData(), d, **kw), parent)
        self.receptions = desk.reception.approved_receptions(user)
        self.receptionCombo = self.row(self.tr("Approved reception:"), QComboBox(), "receptionCombo")
        for r in self.receptions:
            self.receptionCombo.addItem(f"{r.serial} {r.title}", r.id)
        self.mealsTable = _meal_table(self)
        self.form.addRow(self.tr("Meals served:"), self.mealsTable)
        self.itemsTable = QTableWidget(3, 3)
        self.itemsTable.setObjectName("itemsTable")
        self.itemsTable.setHorizontalHeaderLabels([self.tr("Bill item"), self.tr("Amount"), self.tr("Category")])
        for r in range(self.itemsTable.rowCount()):  # RECEP-07: the category decides, not the wording
            box = QComboBox()
            for key, text in ITEM_CATEGORIES.items():
                box.addItem(text, key)
            self.itemsTable.setCellWidget(r, 2, box)
        self.itemsTable.setFixedHeight(120)
        amount_columns(self.itemsTable, [1])
        self.form.addRow(self.tr("Bill items:"), self.itemsTable)
        self.lodgingEdit = self.money(self.tr("Lodging:"), "lodgingEdit", "0")
        self.transportEdit = self.money(self.tr("Transport:"), "transportEdit", "0")
        self.accompanyEdit = self.line(self.tr("Accompanying diners (names, 、):"), "accompanyEdit")
        self.venueEdit = self.line(self.tr("Venue of the meals:"), "venueEdit")
        self.receptionCombo.currentIndexChanged.connect(self._approved)
        self._approved()
        self.invoicesSpin = self.row(self.tr("Invoices attached:"), spin(1, 0, 99), "invoicesSpin")
        self.letterCheck = self.check(self.tr("The official letter is attached"), "letterCheck", True)
        self.hkCheck = self.check(self.tr("Guests from Hong Kong, Macau or Taiwan"), "hkCheck", False)
        self.declarationCheck = self.check(self.tr("No alcohol, cigarettes, gifts, tours or entertainment"),
                                           "declarationCheck", True)

    def _on(self) -> str:
        r = next((x for x in self.receptions if x.id == self.receptionCombo.currentData()), None)
        return r.payload.get("start", "") if r else ""

    def _approved(self) -> None:
        """The diners and venue approved, to correct to those who actually dined."""
        r = next((x for x in self.receptions if x.id == self.receptionCombo.currentData()), None)
        self.accompanyEdit.setText("、".join(r.payload.get("accompany_names") or []) if r else "")
        self.venueEdit.setText(str(r.payload.get("venue", "") or "") if r else "")

    def data(self) -> dict:
        items = []
        for r in range(self.itemsTable.rowCount()):
            name = self.itemsTable.item(r, 0).text().strip() if self.itemsTable.item(r, 0) else ""
            amount = self.itemsTable.item(r, 1).text().strip() if self.itemsTable.item(r, 1) else ""
            if name or amount:  # an amount without its name is refused by the gate, never dropped
                items.append({"name": name, "amount": amount or "0",
                              "category": self.itemsTable.cellWidget(r, 2).currentData()})
        return {"meals": _meals(self.mealsTable, self._on()), "items": items, "lodging": self.lodgingEdit.text() or "0",
                "transport": self.transportEdit.text() or "0", "invoices": self.invoicesSpin.value(),
                "letter_attached": self.letterCheck.isChecked(), "declaration": self.declarationCheck.isChecked(),
                "hk_mo_tw_guests": self.hkCheck.isChecked(), "accompany_names": _names(self.accompanyEdit.text()),
                "venue": self.venueEdit.text().strip()}


class VehicleDialog(RecordForm):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(self.tr("New vehicle request"), lambda d: desk.vehicles.check(user, d),
                         lambda d, **kw: desk.vehicles.create(user, d, **kw), parent)
        self.lead = desk.vehicles.standards(user).lead
        self.purposeCombo = self.combo(self.tr("Purpose category:"), "purposeCombo", dict(PURPOSES))
        self.purposeEdit = self.line(self.tr("Purpose:"), "purposeEdit")
        self.routeEdit = self.line(self.tr("Route:"), "routeEdit")
        self.destinationEdit = self.line(self.tr("Destination:"), "destinationEdit")
        self.longCheck = self.check(self.tr("Long distance"), "longCheck")
        self.passengersSpin = self.row(self.tr("Passengers:"), spin(1, 1, 60), "passengersSpin")
        self.peopleEdit = self.line(self.tr("People:"), "peopleEdit")
        self.departureEdit = self.when(self.tr("Departure:"), "departureEdit",
                                       QDateTime(QDate.currentDate().addDays(2), QTime(8, 30)))
        self.returnEdit = self.when(self.tr("Return:"), "returnEdit",
                                    QDateTime(QDate.currentDate().addDays(2), QTime(17, 0)))
        self.mileageSpin = self.row(self.tr("Estimated mileage (km):"), spin(0, 0, 5000), "mileageSpin")
        self.plateEdit = self.line(self.tr("Plate (if assigned):"), "plateEdit")
        self.driverEdit = self.line(self.tr("Driver (if assigned):"), "driverEdit")
        self.leadLabel = self.row(self.tr("Notice:"), QLabel(), "leadLabel")
        self.countyCheck = self.check(self.tr("Holiday use filed with the county office"), "countyCheck")
        self.bureauCheck = self.check(self.tr("Holiday use filed with the bureau office"), "bureauCheck")
        self.urgentEdit = self.line(self.tr("Urgent reason (late request):"), "urgentEdit")
        self.departureEdit.dateTimeChanged.connect(self._lead)
        self.departureEdit.dateTimeChanged.connect(self._return_after)
        self.longCheck.toggled.connect(self._lead)
        self._lead()

    def _return_after(self) -> None:
        """Keep the return after the departure (the same working day by default)."""
        if self.returnEdit.dateTime() <= self.departureEdit.dateTime():
            self.returnEdit.setDateTime(self.departureEdit.dateTime().addSecs(8 * 3600))

    def _lead(self) -> None:
        days = QDate.currentDate().daysTo(self.departureEdit.date())
        need = self.lead.long_days if self.longCheck.isChecked() else self.lead.local_days
        self.leadLabel.setText(self.tr("{days} days ahead, {need} required [VEH-04]").format(days=days, need=need))

    def data(self) -> dict:
        dt = self.departureEdit.dateTime()
        return {"purpose_key": self.purposeCombo.currentData(), "purpose": self.purposeEdit.text(),
                "route": self.routeEdit.text(), "destination": self.destinationEdit.text(),
                "long_distance": self.longCheck.isChecked(), "passengers": self.passengersSpin.value(),
                "people": self.peopleEdit.text(), "departure": dt.toString("yyyy-MM-ddTHH:mm"),
                "returns": self.returnEdit.dateTime().toString("yyyy-MM-ddTHH:mm"), "mileage": self.mileageSpin.value(),
                "plate": self.plateEdit.text().strip(), "driver": self.driverEdit.text().strip(),
                "filed_county_office": self.countyCheck.isChecked(), "filed_bureau_office": self.bureauCheck.isChecked(),
                "urgent_reason": self.urgentEdit.text()}


class DispatchDialog(RecordForm):
    def __init__(self, desk: Desk, user: SignedIn, request_id: int, parent: QWidget | None = None):
        # The record is the request; a P-001 rental also files its 租车单 (VEH-05), which dispatch returns.
        super().__init__(self.tr("Dispatch"), None, lambda d: (desk.vehicles.dispatch(user, request_id, d), request_id)[1],
                         parent)
        self.vehicleEdit = self.line(self.tr("Vehicle:"), "vehicleEdit")
        self.plateEdit = self.line(self.tr("Plate:"), "plateEdit")
        self.driverEdit = self.line(self.tr("Driver:"), "driverEdit")
        self.rentalCheck = self.check(self.tr("Rented vehicle (rental slip and agreement)"), "rentalCheck")
        self.companyEdit = self.line(self.tr("Rental company:"), "companyEdit")
        self.agreementEdit = self.line(self.tr("Agreement no.:"), "agreementEdit")
        self.costEdit = self.money(self.tr("Cost:"), "costEdit", "0")
        self.licenceEdit = self.line(self.tr("Driving licence:"), "licenceEdit")
        self.vehicleLicenceEdit = self.line(self.tr("Vehicle licence:"), "vehicleLicenceEdit")
        self.idEdit = self.line(self.tr("ID card:"), "idEdit")
        self.mileageSpin = self.row(self.tr("Mileage driven (km):"), spin(0, 0, 5000), "mileageSpin")

    def data(self) -> dict:
        return {"vehicle": self.vehicleEdit.text(), "plate": self.plateEdit.text(), "driver": self.driverEdit.text(),
                "rental": self.rentalCheck.isChecked(), "company": self.companyEdit.text(),
                "agreement_no": self.agreementEdit.text(), "cost": self.costEdit.text() or "0",
                "driver_licence": self.licenceEdit.text(), "vehicle_licence": self.vehicleLicenceEdit.text(),
                "id_card": self.idEdit.text(), "invoice": True, "mileage": self.mileageSpin.value()}


class MeetingDialog(RecordForm):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(self.tr("New meeting"), lambda d: desk.meetings.check(user, d),
                         lambda d, **kw: desk.meetings.create(user, d, **kw), parent)
        self.standards = desk.meetings.standards(user).meeting
        self.nameEdit = self.line(self.tr("Name:"), "nameEdit")
        self.categoryCombo = self.combo(self.tr("Category:"), "categoryCombo", {str(k): v for k, v in CATEGORY_LABELS.items()})
        self.categoryCombo.setCurrentIndex(4)
        self.contentEdit = self.text(self.tr("Content:"), "contentEdit")
        self.startEdit = self.row(self.tr("Date:"), date_edit(QDate.currentDate().addDays(7)), "startEdit")
        self.daysSpin = self.row(self.tr("Days:"), spin(1, 1, 30), "daysSpin")
        self.travelSpin = self.row(self.tr("Arrival and departure days:"), spin(0, 0, 5), "travelSpin")
        self.venueEdit = self.line(self.tr("Venue:"), "venueEdit")
        self.delegatesSpin = self.row(self.tr("Delegates:"), spin(20, 0, 2000), "delegatesSpin")
        self.staffSpin = self.row(self.tr("Staff:"), spin(1, 0, 500), "staffSpin")
        self.lodgingEdit = self.money(self.tr("Lodging budget:"), "lodgingEdit", "0")
        self.foodEdit = self.money(self.tr("Food budget:"), "foodEdit", "0")
        self.otherEdit = self.money(self.tr("Other budget:"), "otherEdit", "0")
        self.briefingCheck = self.check(self.tr("Briefing meeting"), "briefingCheck")
        self.modeCombo = self.combo(self.tr("Mode:"), "modeCombo", dict(MODES))
        self.plans = [p for p in desk.approvals.documents(user, kinds=["meeting_plan"], states=["approved", "archived"])]
        self.planCombo = self.row(self.tr("Annual plan:"), QComboBox(), "planCombo")
        self.planCombo.addItem(self.tr("(not in the annual plan)"), None)
        for p in self.plans:
            self.planCombo.addItem(f"{p.serial} {p.title}", p.id)
        if self.plans:
            self.planCombo.setCurrentIndex(1)
        # MEET-02: categories 2–3 are approved by 县委/县政府; the bureau records that approval's number.
        self.approvalRefEdit = self.line(self.tr("Higher approval no. (categories 2–3):"), "approvalRefEdit")
        self.capLabel = self.row(self.tr("Cap:"), QLabel(), "capLabel")
        for w in (self.delegatesSpin, self.staffSpin, self.daysSpin, self.travelSpin):
            w.valueChanged.connect(self._cap)
        self.categoryCombo.currentIndexChanged.connect(self._cap)
        self._cap()

    def _cap(self) -> None:
        std = self.standards.of(int(self.categoryCombo.currentData()))
        if std is None:  # the bureau has not entered this category's figures (P-000 ships none)
            self.capLabel.setText(self.tr("not set: enter it in Rules → Standards [MEET-09]"))
            return
        if std.total is None:
            self.capLabel.setText(self.tr("set separately [MEET-09]"))
            return
        pd = (self.delegatesSpin.value() + self.staffSpin.value()) * (self.daysSpin.value() + self.travelSpin.value())
        self.capLabel.setText(self.tr("{rate} yuan per person-day × {pd} person-days = {cap} yuan [MEET-09]").format(
            rate=std.total, pd=pd, cap=std.total * pd))

    def data(self) -> dict:
        return {"name": self.nameEdit.text(), "category": int(self.categoryCombo.currentData()),
                "content": self.contentEdit.toPlainText(), "start": _d(self.startEdit.date()).isoformat(),
                "days": self.daysSpin.value(), "travel_days": self.travelSpin.value(), "venue": self.venueEdit.text(),
                "delegates": self.delegatesSpin.value(), "staff": self.staffSpin.value(),
                "lodging": self.lodgingEdit.text() or "0", "food": self.foodEdit.text() or "0",
                "other": self.otherEdit.text() or "0", "briefing": self.briefingCheck.isChecked(),
                "mode": self.modeCombo.currentData(), "plan_id": self.planCombo.currentData(),
                "in_plan": self.planCombo.currentData() is not None, "approval_ref": self.approvalRefEdit.text()}


class MeetingClaimDialog(RecordForm):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(self.tr("Meeting-cost claim"), None,
                         lambda d, **kw: desk.meetings.create_claim(user, self.meetingCombo.currentData(), d, **kw), parent)
        claimed = {c.payload.get("meeting_id") for c in desk.approvals.documents(user, kinds=["meeting_claim"])
                   if c.state != "rejected"}
        self.meetingCombo = self.row(self.tr("Approved meeting:"), QComboBox(), "meetingCombo")
        for m in desk.approvals.documents(user, kinds=["meeting"], states=["approved", "archived"]):
            if m.id not in claimed:
                self.meetingCombo.addItem(f"{m.serial} {m.title}", m.id)
        self.delegatesSpin = self.row(self.tr("Delegates signed in:"), spin(0, 0, 2000), "delegatesSpin")
        self.staffSpin = self.row(self.tr("Staff signed in:"), spin(0, 0, 500), "staffSpin")
        self.lodgingEdit = self.money(self.tr("Lodging:"), "lodgingEdit", "0")
        self.foodEdit = self.money(self.tr("Food:"), "foodEdit", "0")
        self.otherEdit = self.money(self.tr("Other:"), "otherEdit", "0")
        self.approvalCheck = self.check(self.tr("Approval document attached"), "approvalCheck", True)
        self.noticeCheck = self.check(self.tr("Meeting notice attached"), "noticeCheck", True)
        self.signInCheck = self.check(self.tr("Sign-in sheet attached"), "signInCheck", True)
        self.billsCheck = self.check(self.tr("Itemised bills attached"), "billsCheck", True)

    def data(self) -> dict:
        return {"delegates": self.delegatesSpin.value(), "staff": self.staffSpin.value(),
                "lodging": self.lodgingEdit.text() or "0", "food": self.foodEdit.text() or "0",
                "other": self.otherEdit.text() or "0", "approval_doc": self.approvalCheck.isChecked(),
                "notice": self.noticeCheck.isChecked(), "sign_in_sheet": self.signInCheck.isChecked(),
                "bills": self.billsCheck.isChecked()}


class HospitalityPage(TravelPage):
    def __init__(self, desk: Desk, user: SignedIn, title: str, kinds, *, language: str = "zh",  # noqa: ANN001
                 parent: QWidget | None = None):
        super().__init__(desk, user, title, kinds, language=language, parent=parent)
        self.tripButton.setVisible(False)
        self.claimButton.setVisible(False)
        business = not user.is_admin
        self.receptionButton = self._button(self.tr("Reception…"), "receptionButton",
                                            lambda: self._run(ReceptionDialog(desk, user, self), True))
        self.listButton = self._button(self.tr("Reception list…"), "listButton",
                                       lambda: self._run(ReceptionListDialog(desk, user, self), True))
        self.vehicleButton = self._button(self.tr("Vehicle…"), "vehicleButton",
                                          lambda: self._run(VehicleDialog(desk, user, self), True))
        self.dispatchButton = self._button(self.tr("Dispatch…"), "dispatchButton", self.dispatch)
        self.meetingButton = self._button(self.tr("Meeting…"), "meetingButton",
                                          lambda: self._run(MeetingDialog(desk, user, self), True))
        self.meetingClaimButton = self._button(self.tr("Meeting claim…"), "meetingClaimButton",
                                               lambda: self._run(MeetingClaimDialog(desk, user, self), True))
        self.planButton = self._button(self.tr("Annual plan…"), "planButton",
                                       lambda: self._run(MeetingPlanDialog(desk, user, self), True))
        for b in (self.receptionButton, self.listButton, self.vehicleButton, self.meetingButton, self.meetingClaimButton,
                  self.planButton):
            b.setVisible(business)
        self.dispatchButton.setVisible("office_head" in user.positions)
        # VEH-04: the first approver accepts a late request's urgency, in person (issue 12).
        self.urgentButton = self._button(self.tr("Agree to urgent use"), "urgentButton", self.consent_urgent)
        self.urgentButton.setEnabled(False)

    def _show_selected(self) -> None:
        super()._show_selected()
        doc = self.selected()
        if hasattr(self, "dispatchButton"):
            self.dispatchButton.setEnabled(doc is not None and doc.kind == "vehicle_request"
                                           and doc.state in ("approved", "archived") and not doc.payload.get("dispatch"))
        if hasattr(self, "urgentButton"):
            self.urgentButton.setEnabled(doc is not None and doc.kind == "vehicle_request" and doc.step_index == 0
                                         and bool(doc.payload.get("urgent")) and not doc.payload.get("urgent_consent"))

    def consent_urgent(self) -> None:
        from desktop.ui.messages import attempt

        doc = self.selected()
        if doc is not None and attempt(self, self.desk.vehicles.consent_urgent, self.user, doc.id)[0]:
            self.refresh()

    def dispatch(self) -> None:
        doc = self.selected()
        if doc is not None:
            self._run(DispatchDialog(self.desk, self.user, doc.id, self), False)


PLAN_COLUMNS = 8  # name, category, content, when, place, delegates, staff, budget


class MeetingPlanDialog(RecordForm):
    """年度会议计划 (F-13): next year's meetings, by the end of October (MEET-02)."""

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(self.tr("Annual meeting plan"), None, lambda d, **kw: desk.meetings.create_plan(user, d, **kw), parent)
        self.setMinimumWidth(900)
        self.yearSpin = self.row(self.tr("Year:"), spin(QDate.currentDate().year() + 1, 2000, 2100), "yearSpin")
        self.table = QTableWidget(5, PLAN_COLUMNS)
        self.table.setObjectName("planTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Category (1-5)"), self.tr("Content"),
                                              self.tr("When"), self.tr("Place"), self.tr("Delegates"), self.tr("Staff"),
                                              self.tr("Budget")])
        self.form.addRow(self.tr("Meetings:"), self.table)
        self.lateEdit = self.line(self.tr("Reason if after 31 October:"), "lateEdit")

    def data(self) -> dict:
        rows = []
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c).text().strip() if self.table.item(r, c) else "" for c in range(PLAN_COLUMNS)]
            if not cells[0]:
                continue
            rows.append({"name": cells[0], "category": int(cells[1] or 0) if cells[1].isdigit() else 0,
                         "content": cells[2], "when": cells[3], "place": cells[4],
                         "delegates": int(cells[5]) if cells[5].isdigit() else 0,
                         "staff": int(cells[6]) if cells[6].isdigit() else 0, "budget": cells[7] or "0"})
        return {"year": self.yearSpin.value(), "meetings": rows, "late_explanation": self.lateEdit.text()}
