"""差旅 and 接待·用车·会议 pages: a trip from approval to payment through the dialogs (the claim's
breakdown shown line by line with rule IDs before submitting), the reception, vehicle and meeting
checks shown with their rules, and the spending return saved from the reports page."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QTableWidgetItem

from desktop.ui.main_window import MainWindow
from tests.gui.conftest import texts_of
from tests.gui.sample_bureau import PASSWORD


def _sign_then(on_modal):  # noqa: ANN001, ANN202
    def sign(dialog) -> None:  # noqa: ANN001
        dialog.passphraseEdit.setText(PASSWORD)
        dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    return sign


def _ok(dialog) -> None:  # noqa: ANN001
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_trip_to_claim_to_payment(qtbot, desk, on_modal):  # noqa: ANN001
    liu = desk.accounts.authenticate("liuyang", PASSWORD)
    window = MainWindow(desk, liu)
    qtbot.addWidget(window)
    page = window.open_module("travel")
    assert type(page).__name__ == "TravelPage" and not page.tripButton.isHidden() and page.payButton.isHidden()
    start = date.today() - timedelta(days=6)

    def trip(dialog) -> None:  # noqa: ANN001
        dialog.titleEdit.setText("赴北京参加培训")
        dialog.purposeEdit.setPlainText("参加国家医保局培训")
        dialog.destinationsEdit.setText("北京")
        dialog.startEdit.setDate(start)
        dialog.endEdit.setDate(start + timedelta(days=1))
        assert "2" in dialog.daysLabel.text() and "TRAVEL-02" in dialog.daysLabel.text()
        on_modal(_sign_then(on_modal))
        _ok(dialog)

    on_modal(trip)
    page.tripButton.click()
    trip_doc = next(d for d in page.documents if d.title == "赴北京参加培训")
    assert trip_doc.state == "submitted"
    desk.approvals.approve(desk.act_as("zhouqiang"), trip_doc.id, "同意", passphrase=PASSWORD)
    seen = {}

    def claim(dialog) -> None:  # noqa: ANN001
        assert dialog.daysTable.rowCount() == 2
        dialog.daysTable.setItem(0, 3, QTableWidgetItem("300.00"))
        dialog.ticketsTable.setItem(0, 0, QTableWidgetItem("train"))
        dialog.ticketsTable.setItem(0, 1, QTableWidgetItem("二等座"))
        dialog.ticketsTable.setItem(0, 2, QTableWidgetItem("553.00"))
        dialog.attachmentsSpin.setValue(3)
        dialog.checkButton.click()
        seen["rules"] = [r[4] for r in texts_of(dialog.breakdownTable)]
        seen["total"] = dialog.totalLabel.text()
        seen["problems"] = dialog.problemsLabel.text()
        on_modal(_sign_then(on_modal))
        _ok(dialog)

    on_modal(claim)
    page.claimButton.click()
    assert {"TRAVEL-05", "TRAVEL-06", "TRAVEL-07", "TRAVEL-08"} <= set(seen["rules"])
    assert "1213.00" in seen["total"] and "✓" in seen["problems"]
    claim_doc = next(d for d in desk.approvals.documents(liu, kinds=["travel_claim"]))
    assert claim_doc.amount == 1213 and claim_doc.state == "submitted"
    desk.approvals.approve(desk.act_as("lifang"), claim_doc.id, "同意", passphrase=PASSWORD)
    desk.approvals.approve(desk.act_as("wangjianguo"), claim_doc.id, "同意", passphrase=PASSWORD)

    cashier = MainWindow(desk, desk.accounts.authenticate("sunli", PASSWORD))
    qtbot.addWidget(cashier)
    cpage = cashier.open_module("travel")
    assert not cpage.payButton.isHidden() and cpage.tripButton.isHidden() is False
    row = next(i for i, r in enumerate(texts_of(cpage.ui.documentsTable)) if r[2] == claim_doc.title)
    cpage.ui.documentsTable.selectRow(row)
    assert cpage.payButton.isEnabled()
    on_modal(_ok)
    cpage.payButton.click()
    paid = desk.approvals.document(liu, claim_doc.id)
    assert paid.payload["payment"]["payer"] == "孙丽" and paid.payload["payment"]["method_label"] == "公务卡"
    assert not cpage.payButton.isEnabled()


def test_hospitality_checks_show_rules(qtbot, desk, on_modal):  # noqa: ANN001
    window = MainWindow(desk, desk.accounts.authenticate("liuyang", PASSWORD))
    qtbot.addWidget(window)
    page = window.open_module("hospitality")
    assert type(page).__name__ == "HospitalityPage"
    seen = {}

    def reception(dialog) -> None:  # noqa: ANN001
        dialog.guestUnitEdit.setText("市医疗保障局")
        dialog.guestsSpin.setValue(12)
        assert dialog.limitLabel.text().startswith("4")
        dialog.purposeEdit.setPlainText("调研")
        dialog.mealsTable.setItem(0, 2, QTableWidgetItem("12"))
        dialog.mealsTable.setItem(0, 3, QTableWidgetItem("5"))
        dialog.mealsTable.setItem(0, 4, QTableWidgetItem("1700"))
        seen["reception"] = {p.rule for p in dialog.run_check()}
        dialog.reject()

    on_modal(reception)
    page.receptionButton.click()
    assert seen["reception"] == {"RECEP-01", "RECEP-05", "RECEP-06"}

    def vehicle(dialog) -> None:  # noqa: ANN001
        dialog.longCheck.setChecked(True)
        dialog.departureEdit.setDate(date.today() + timedelta(days=1))
        seen["lead"] = dialog.leadLabel.text()
        dialog.purposeEdit.setText("督导")
        dialog.routeEdit.setText("局—市")
        dialog.destinationEdit.setText("白城市")
        seen["vehicle"] = {p.rule for p in dialog.run_check()}
        dialog.reject()

    on_modal(vehicle)
    page.vehicleButton.click()
    assert "VEH-04" in seen["lead"] and "VEH-04" in seen["vehicle"]

    def meeting(dialog) -> None:  # noqa: ANN001
        dialog.nameEdit.setText("培训会")
        dialog.contentEdit.setPlainText("培训")
        dialog.venueEdit.setText("会议室")
        dialog.delegatesSpin.setValue(40)
        dialog.staffSpin.setValue(2)
        seen["cap"] = dialog.capLabel.text()
        dialog.foodEdit.setText("13000")
        seen["meeting"] = {p.rule for p in dialog.run_check()}
        dialog.reject()

    on_modal(meeting)
    page.meetingButton.click()
    assert "12600" in seen["cap"] and seen["meeting"] == {"MEET-09"}


def test_reports_page_saves_the_spending_return(qtbot, desk, tmp_path, monkeypatch, on_modal):  # noqa: ANN001
    window = MainWindow(desk, desk.accounts.authenticate("lifang", PASSWORD))
    qtbot.addWidget(window)
    page = window.open_module("reports")
    target = tmp_path / "spending.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "*.xlsx"))
    assert page.export("spendingXlsx", "xlsx") == target
    from openpyxl import load_workbook

    assert load_workbook(target).sheetnames == ["按部门和月份", "公务接待费", "公务用车"]
    pdf = tmp_path / "s.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), "*.pdf"))
    assert page.export("spendingPdf", "pdf") == pdf and pdf.read_bytes()[:4] == b"%PDF"


def test_annual_meeting_plan_from_the_page(qtbot, desk, on_modal):  # noqa: ANN001
    window = MainWindow(desk, desk.accounts.authenticate("liuyang", PASSWORD))
    qtbot.addWidget(window)
    page = window.open_module("hospitality")
    seen = {}

    def plan(dialog) -> None:  # noqa: ANN001
        for c, v in enumerate(["全县医保业务培训会", "5", "业务培训", "3月", "局会议室", "40", "2", "5000"]):
            dialog.table.setItem(0, c, QTableWidgetItem(v))
        dialog.lateEdit.setText("系统上线补报" if date.today() > date(date.today().year, 10, 31) else "")
        on_modal(_sign_then(on_modal))
        _ok(dialog)
        seen["id"] = dialog.document_id

    on_modal(plan)
    page.planButton.click()
    doc = desk.approvals.document(desk.act_as("liuyang"), seen["id"])
    assert doc.kind == "meeting_plan" and doc.state == "submitted" and doc.amount == 5000
    assert doc.payload["meetings"][0]["category"] == 5
