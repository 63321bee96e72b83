"""差旅: trips from approval to payment. 出差审批 (travellers, destinations, dates, transport; the
approver follows days and who travels, TRAVEL-02), 差旅费报销 from an approved trip with the
breakdown computed line by line with the rule behind each figure before submitting
(TRAVEL-03..17), and 登记付款 for the cashier."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.app.translations import current_language
from desktop.domain.travel import grades
from desktop.domain.travel.claims import ITEM_LABELS
from desktop.domain.travel.grades import GRADES, MODE_LABELS
from desktop.domain.travel.trip import TRANSPORTS
from desktop.services.base import SignedIn
from desktop.services.desk import Desk
from desktop.ui.module_page import ModulePage
from desktop.ui.payment_dialog import PaymentDialog
from desktop.ui.amount_field import amount_columns
from desktop.ui.record_form import ListEditor, RecordForm, date_edit, fit_headers
from desktop.ui.signing import create_and_submit
from desktop.ui.tables import RIGHT, fill_table

__all__ = ["TravelPage", "TripDialog", "ClaimDialog", "PAYABLE"]

PAYABLE = ("travel_claim", "reception_list", "vehicle_request", "meeting_claim")


def _d(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def _names(text: str) -> list[str]:
    return [t.strip() for t in text.replace("，", "、").replace(",", "、").split("、") if t.strip()]


class TripDialog(RecordForm):
    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(self.tr("New trip approval"), None, lambda data, **kw: desk.travel.create_trip(user, data, **kw), parent)
        self.desk, self.user = desk, user
        self.short_days = int(desk.presets.preset(user).parameters.get("travel_short_days", 3))
        regions = list(desk.travel.standards(user).travel)
        self.titleEdit = self.line(self.tr("Title:"), "titleEdit")
        self.purposeEdit = self.text(self.tr("Official purpose:"), "purposeEdit")
        self.travellersEdit = self.line(self.tr("Travellers (、):"), "travellersEdit", user.name)
        self.destinationsEdit = self.line(self.tr("Destinations (、):"), "destinationsEdit")
        self.destinationsEdit.setPlaceholderText("、".join(regions[:6]) + " …")
        self.startEdit = self.row(self.tr("From:"), date_edit(QDate.currentDate().addDays(1)), "startEdit")
        self.endEdit = self.row(self.tr("To:"), date_edit(QDate.currentDate().addDays(2)), "endEdit")
        self.transportCombo = self.combo(self.tr("Transport:"), "transportCombo", dict(TRANSPORTS))
        self.ownVehicle = self.check(self.tr("By the unit's own vehicle (no city transport)"), "ownVehicleCheck")
        self.hosted = self.check(self.tr("Meeting or training with board provided by the host"), "hostedCheck")
        self.gradeCombo = self.row(self.tr("Grade:"), grade_combo(), "gradeCombo")
        self.zoneCombo = self.combo(self.tr("Within or outside the county:"), "zoneCombo",
                                    {"": self.tr("From the destinations"), "域内": "域内", "域外": "域外"})
        self.advanceEdit = self.money(self.tr("Advance (yuan):"), "advanceEdit", "0")
        self.fundsEdit = self.line(self.tr("Source of funds:"), "fundsEdit")
        self.fundsEdit.setPlaceholderText("部门预算公用经费")
        self.daysLabel = self.row(self.tr("Days and approver:"), QLabel(), "daysLabel")
        # TRAVEL-01: filed after departure it is a 补报, and the reason is part of the form.
        self.lateEdit = self.line(self.tr("Reason for filing after departure:"), "lateFilingEdit")
        self.lateEdit.setPlaceholderText(self.tr("Required when the trip has already started (补报)"))
        # Item 7 / TRAVEL-02: the director's own trip records the higher authority's approval instead.
        self.externalCheck = self.check(self.tr("The director travels: approved by a higher authority"),
                                        "externalApprovalCheck")
        self.externalAuthorityEdit = self.line(self.tr("Approving authority:"), "externalAuthorityEdit")
        self.externalReferenceEdit = self.line(self.tr("Approval reference:"), "externalReferenceEdit")
        self.externalDateEdit = self.row(self.tr("Approval date:"), date_edit(QDate.currentDate()), "externalDateEdit")
        self.externalCheck.toggled.connect(self._external)
        for w in (self.startEdit, self.endEdit):
            w.dateChanged.connect(self._days)
        self._days()
        self._external(False)

    def _external(self, on: bool) -> None:
        for w in (self.externalAuthorityEdit, self.externalReferenceEdit, self.externalDateEdit):
            w.setEnabled(on)

    def _days(self) -> None:
        days = self.startEdit.date().daysTo(self.endEdit.date()) + 1
        who = self.tr("leader in charge") if days <= self.short_days else self.tr("director")
        self.daysLabel.setText(self.tr("{days} days → {who} approves [TRAVEL-02]").format(days=days, who=who))
        late = _d(self.startEdit.date()) < date.today()
        self.lateEdit.setEnabled(late)

    def data(self) -> dict:
        return {"title": self.titleEdit.text().strip(), "purpose": self.purposeEdit.toPlainText().strip(),
                "travellers": _names(self.travellersEdit.text()), "destinations": _names(self.destinationsEdit.text()),
                "start": _d(self.startEdit.date()).isoformat(), "end": _d(self.endEdit.date()).isoformat(),
                "transport": self.transportCombo.currentData(), "own_vehicle": self.ownVehicle.isChecked(),
                "hosted": self.hosted.isChecked(), "grade": self.gradeCombo.currentText().strip(),
                "zone": self.zoneCombo.currentData(), "advance": self.advanceEdit.text().strip() or "0",
                "funds": self.fundsEdit.text().strip(),
                **({"late_filing_reason": self.lateEdit.text().strip()} if self.lateEdit.isEnabled() else {}),
                **({"external_authority": self.externalAuthorityEdit.text().strip(),
                    "external_reference": self.externalReferenceEdit.text().strip(),
                    "external_date": _d(self.externalDateEdit.date()).isoformat()}
                   if self.externalCheck.isChecked() else {})}


def grade_combo() -> QComboBox:
    """职级: the usual grades offered, any other text accepted (TRAVEL-18)."""
    w = QComboBox()
    w.setEditable(True)
    w.addItems(list(GRADES))
    w.setCurrentText("")
    return w


DAY_COLUMNS = 6  # date, region, lodged, invoice, hosted, own vehicle
# Ticket entry (issue 12 item 10): the means a ticket is bought for, in the traveller's words; stored by code.
TICKET_MODES = ("train", "plane", "ship", "coach")


def class_choices(grade: str, mode: str) -> list[tuple[str, bool, str]]:
    """The class drop-down of a ticket: (stored class, above the grade, Chinese label), the
    classes the traveller's grade allows first (TRAVEL-05/18: ``grades.class_choices``)."""
    return [(c.name, c.above, c.label) for c in grades.class_choices(grade, mode)]


class ClaimDialog(RecordForm):
    """A claim on an approved trip: one row per calendar day, the tickets, then 计算 shows every
    line of the breakdown with its rule, and the problems, before anything is stored."""

    def __init__(self, desk: Desk, user: SignedIn, parent: QWidget | None = None):
        super().__init__(self.tr("New travel claim"), self._preview_problems,
                         lambda data, **kw: desk.travel.create_claim(user, self.tripCombo.currentData(), data, **kw), parent)
        self.desk, self.user = desk, user
        self.setMinimumWidth(860)
        self.checkButton.setText(self.tr("Compute the breakdown"))
        self.trips = desk.travel.approved_trips(user)
        self.tripCombo = self.row(self.tr("Approved trip:"), QComboBox(), "tripCombo")
        for t in self.trips:
            self.tripCombo.addItem(f"{t.serial} {t.title} ({t.payload.get('dates', '')})", t.id)
        self.daysTable = QTableWidget(0, DAY_COLUMNS)
        self.daysTable.setObjectName("daysTable")
        self.daysTable.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Region"), self.tr("Lodged"),
                                                  self.tr("Lodging invoice"), self.tr("Hosted"), self.tr("Own vehicle")])
        fit_headers(self.daysTable)
        amount_columns(self.daysTable, [3])
        self.form.addRow(self.tr("Days:"), self.daysTable)
        self.gradeCombo = self.row(self.tr("Grade:"), grade_combo(), "gradeCombo")
        self.legsEditor = ListEditor("legs", [
            ("date", self.tr("Date")), ("time", self.tr("Time")), ("from", self.tr("From")), ("to", self.tr("To")),
            ("mode", self.tr("Means")), ("class", self.tr("Class")), ("amount", self.tr("Fare")),
            ("allowed_fare", self.tr("Allowed-class fare")), ("receipts", self.tr("Receipts"))],
            rows=0, choices={"mode": self._mode_names()}, amounts=("amount", "allowed_fare"))
        self.legsEditor.on_row = self._leg_added
        self.form.addRow(self.tr("Legs:"), self.legsEditor)
        self.gradeCombo.currentTextChanged.connect(lambda _t: self._refill_classes())
        self.advanceEdit = self.money(self.tr("Advance taken (yuan):"), "advanceEdit")
        self.payeeEdit = self.line(self.tr("Payee:"), "payeeEdit", user.name)
        self.bankEdit = self.line(self.tr("Bank:"), "bankEdit")
        self.accountEdit = self.line(self.tr("Account no.:"), "accountEdit")
        self.attachmentsSpin = self.row(self.tr("Attachments:"), QSpinBox(), "attachmentsSpin")
        self.attachmentsSpin.setRange(0, 99)
        self.lateEdit = self.line(self.tr("Reason for a late claim:"), "lateEdit")
        self.breakdownTable = QTableWidget(0, 6)
        self.breakdownTable.setObjectName("breakdownTable")
        self.breakdownTable.setHorizontalHeaderLabels(self._breakdown_headers())  # before 计算 too, never "1 2 3"
        fit_headers(self.breakdownTable)
        self.extra.addWidget(QLabel(self.tr("Breakdown (each figure with its rule):")))
        self.extra.addWidget(self.breakdownTable)
        self.totalLabel = QLabel()
        self.totalLabel.setObjectName("totalLabel")
        self.extra.addWidget(self.totalLabel)
        self.settlementLabel = QLabel()
        self.settlementLabel.setObjectName("settlementLabel")
        self.extra.addWidget(self.settlementLabel)
        self.tripCombo.currentIndexChanged.connect(self._fill_days)
        self._fill_days()

    def _mode_names(self) -> dict[str, str]:
        """火车/飞机/轮船/长途汽车 (the domain's names); in English the interface's own."""
        if current_language() != "en":
            return {m: MODE_LABELS[m] for m in TICKET_MODES}
        return {"train": self.tr("Train"), "plane": self.tr("Plane"), "ship": self.tr("Ship"), "coach": self.tr("Coach")}

    def _breakdown_headers(self) -> list[str]:
        return [self.tr("Item"), self.tr("Date"), self.tr("Paid"), self.tr("Personal"), self.tr("Rule"), self.tr("Basis")]

    # Ticket rows: the class drop-down follows the row's means and the traveller's grade ----------------------
    def _leg_added(self, r: int) -> None:
        table = self.legsEditor.table
        mode_box = table.cellWidget(r, self.legsEditor.keys.index("mode"))
        class_box = QComboBox()
        class_box.setObjectName("classCombo")
        table.setCellWidget(r, self.legsEditor.keys.index("class"), class_box)
        mode_box.currentIndexChanged.connect(lambda _i, box=mode_box: self._refill_classes(box))
        self._fill_class(class_box, str(mode_box.currentData()))

    def _fill_class(self, box: QComboBox, mode: str) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        choices = class_choices(self.gradeCombo.currentText().strip(), mode)
        if not choices:  # a coach ticket: paid by the receipt whatever the seat (TRAVEL-05)
            box.addItem(self.tr("— (by the receipt)"), "")
        english = current_language() == "en"
        for cls, above, label in choices:
            text = self.tr("{cls} (above the grade: paid at the allowed-class fare)").format(cls=cls) if above else cls
            box.addItem(text if english else label, cls)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)

    def _refill_classes(self, mode_box: QComboBox | None = None) -> None:
        """The class drop-downs of every row (the grade changed), or of the row of ``mode_box``."""
        table, keys = self.legsEditor.table, self.legsEditor.keys
        for r in range(table.rowCount()):
            box = table.cellWidget(r, keys.index("mode"))
            if mode_box is None or box is mode_box:
                self._fill_class(table.cellWidget(r, keys.index("class")), str(box.currentData()))
        self.legsEditor.table.resizeColumnsToContents()

    def _fill_days(self) -> None:
        trip = next((t for t in self.trips if t.id == self.tripCombo.currentData()), None)
        self.daysTable.setRowCount(0)
        if trip is None or not trip.payload.get("start"):
            return
        start, end = date.fromisoformat(trip.payload["start"]), date.fromisoformat(trip.payload["end"])
        self.gradeCombo.setCurrentText(str(trip.payload.get("grade", "")))
        self.advanceEdit.setText(str(trip.payload.get("advance", "") or ""))
        self.legsEditor.table.setRowCount(0)  # the way out and back, to be completed from the tickets
        mode = trip.payload.get("transport", "train")
        for on in (start, end):
            r = self.legsEditor.add_row({"date": on.isoformat(), "mode": mode if mode in TICKET_MODES else "train",
                                         "receipts": "1"})
            # Remember the row as prefilled: left as it is, it is no ticket; anything changed makes it one.
            self.legsEditor.table.item(r, 0).setData(Qt.ItemDataRole.UserRole, self.legsEditor.row_values(r)[0])
        dests = trip.payload.get("destinations") or [""]
        n = (end - start).days + 1
        self.daysTable.setRowCount(n)
        for i in range(n):
            day = start + timedelta(days=i)
            cells = [day.isoformat(), dests[min(i, len(dests) - 1)], None, "", None, None]
            for c, value in enumerate(cells):
                item = QTableWidgetItem("" if value is None else value)
                if c in (2, 4, 5):
                    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                    on = (c == 2 and i < n - 1) or (c == 4 and trip.payload.get("hosted")) or (
                        c == 5 and trip.payload.get("own_vehicle"))
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                if c == 0:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.daysTable.setItem(i, c, item)

    def _cell(self, table: QTableWidget, r: int, c: int) -> str:
        item = table.item(r, c)
        return item.text().strip() if item else ""

    def _checked(self, r: int, c: int) -> bool:
        item = self.daysTable.item(r, c)
        return bool(item and item.checkState() == Qt.CheckState.Checked)

    def data(self) -> dict:
        days = []
        for r in range(self.daysTable.rowCount()):
            invoice = self._cell(self.daysTable, r, 3)
            days.append({"date": self._cell(self.daysTable, r, 0), "region": self._cell(self.daysTable, r, 1),
                         "lodged": self._checked(r, 2), "lodging_invoice": invoice or None,
                         "hosted": self._checked(r, 4), "own_vehicle": self._checked(r, 5)})
        legs = []
        self._leg_rows = []  # the table row of each leg given: messages name the row the clerk sees
        table = self.legsEditor.table
        for r in range(table.rowCount()):
            leg, typed = self.legsEditor.row_values(r)
            prefilled = table.item(r, 0).data(Qt.ItemDataRole.UserRole) if table.item(r, 0) else None
            if not typed or leg == prefilled:
                continue  # an empty row, or a prefilled day left as it was
            # As typed, however incomplete: the input gate names the row and every field it lacks.
            legs.append({**leg, "allowed_fare": leg["allowed_fare"] or None, "receipts": leg["receipts"] or "0",
                         "amount": leg["amount"] or None, "date": leg["date"] or None})
            self._leg_rows.append(r)
        return {"days": days, "legs": legs, "attachments": self.attachmentsSpin.value(),
                "late_explanation": self.lateEdit.text().strip(), "grade": self.gradeCombo.currentText().strip(),
                "advance": self.advanceEdit.text().strip() or None, "payee": self.payeeEdit.text().strip(),
                "bank": self.bankEdit.text().strip(), "account": self.accountEdit.text().strip()}

    def _on_screen(self, problems: list) -> list:
        """Problems of leg i renamed to the table row they are in (a prefilled row left empty is no leg)."""
        out = []
        for p in problems:
            m = re.match(r"claim\.legs\[(\d+)\]", p.code)
            rows = getattr(self, "_leg_rows", [])
            if m and int(m.group(1)) < len(rows):
                i, r = int(m.group(1)), rows[int(m.group(1))]
                p = type(p)(p.rule, p.code, p.text.replace(f"行程第{i + 1}", f"行程第{r + 1}", 1))
            out.append(p)
        return out

    def _preview_problems(self, data: dict) -> list:
        pv = self.desk.travel.preview_claim(self.user, self.tripCombo.currentData(), data)
        lines = pv.quote.lines if pv.quote else ()
        fill_table(self.breakdownTable, self._breakdown_headers(),
                   [(ITEM_LABELS.get(ln.item, ln.item), ln.on.isoformat() if ln.on else "", ln.paid, ln.personal,
                     ln.rule, ln.note) for ln in lines], align=("", "", RIGHT, RIGHT), stretch=5)
        if pv.quote:
            q = pv.quote
            self.totalLabel.setText(self.tr("Intercity {i} + lodging {l} + meals {m} + city transport {c} = {t} yuan; "
                                            "paid by the traveller {p}").format(
                i=q.intercity, l=q.lodging, m=q.meals, c=q.city_transport, t=q.total,
                p=q.lodging_personal + q.intercity_personal))
            self.settlementLabel.setText(self.tr("Advance {a} → {s}").format(a=pv.advance, s=pv.settlement.text()))
        return self._on_screen(pv.problems)

    def confirm(self) -> None:
        self.run_check()
        super().confirm()


class TravelPage(ModulePage):
    def __init__(self, desk: Desk, user: SignedIn, title: str, kinds, *, language: str = "zh",  # noqa: ANN001
                 parent: QWidget | None = None):
        super().__init__(desk, user, title, kinds, language=language, parent=parent)
        self.ui.newButton.setVisible(False)
        self.tripButton = self._button(self.tr("New trip…"), "tripButton", self.new_trip)
        self.claimButton = self._button(self.tr("New claim…"), "claimButton", self.new_claim)
        self.payButton = self._button(self.tr("Record payment…"), "payButton", self.record_payment)
        for b in (self.tripButton, self.claimButton):
            b.setVisible(not user.is_admin)
        self.payButton.setVisible("cashier" in user.positions)

    def _button(self, text: str, name: str, slot) -> QPushButton:  # noqa: ANN001
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(slot)
        self.ui.headerLayout.insertWidget(self.ui.headerLayout.indexOf(self.ui.submitButton), b)
        return b

    def _run(self, dialog: RecordForm | QDialog, submit: bool) -> None:
        dialog.setObjectName(type(dialog).__name__)
        if submit:  # created and submitted in one service call: nothing half-done is ever stored
            dialog.submit_with = partial(create_and_submit, self, self.desk, self.user)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()
        dialog.deleteLater()

    def new_trip(self) -> None:
        self._run(TripDialog(self.desk, self.user, self), submit=True)

    def new_claim(self) -> None:
        self._run(ClaimDialog(self.desk, self.user, self), submit=True)

    def _show_selected(self) -> None:
        super()._show_selected()
        doc = self.selected()
        if hasattr(self, "payButton"):
            self.payButton.setEnabled(doc is not None and doc.kind in PAYABLE and doc.state in ("approved", "archived")
                                      and not doc.payload.get("payment"))

    def record_payment(self) -> None:
        doc = self.selected()
        if doc is not None:
            self._run(PaymentDialog(self.desk, self.user, doc.id, self), submit=False)
