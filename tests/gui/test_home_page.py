"""The home page lists what waits for the signed-in person; approve and return change the document."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.ui.main_window import MainWindow
from tests.gui.conftest import headers_of, texts_of
from tests.gui.sample_bureau import PASSWORD


def _window(qtbot, desk, username: str) -> MainWindow:  # noqa: ANN001
    window = MainWindow(desk, desk.accounts.authenticate(username, PASSWORD))
    qtbot.addWidget(window)
    window.show()
    return window


def _select(page, title: str) -> None:  # noqa: ANN001
    rows = texts_of(page.ui.pendingTable)
    page.ui.pendingTable.selectRow(next(i for i, r in enumerate(rows) if r[2] == title))


def test_director_sees_pending_approvals_with_chinese_headings(qtbot, desk):  # noqa: ANN001
    window = _window(qtbot, desk, "wangjianguo")
    table = window.home.ui.pendingTable
    assert headers_of(table) == ["编号", "类型", "事由", "金额（元）", "经办人", "部门", "当前环节", "提交时间"]
    rows = {r[2]: r for r in texts_of(table)}
    assert set(rows) == {"参加省医保局业务培训报销", "医保信息系统维护费", "赴省城参加基金监管会议", "医保待遇核定通知盖章"}
    claim = rows["参加省医保局业务培训报销"]
    assert claim[1] == "报销单" and claim[3] == "1,280.50" and claim[4] == "刘洋" and claim[5] == "待遇保障股"
    assert claim[6] == "局长审定" and claim[0].startswith("报-")
    assert rows["医保信息系统维护费"][3] == "45,600.00"
    status = " ".join(window.status_texts())
    assert "王建国" in status and "局长" in status and "金川区医疗保障局" in status
    assert "系统管理" not in [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]


def test_detail_pane_shows_chain_and_history(qtbot, desk):  # noqa: ANN001
    window = _window(qtbot, desk, "wangjianguo")
    _select(window.home, "参加省医保局业务培训报销")
    text = window.home.ui.detailBrowser.toPlainText()
    for expected in ("财务负责人审核", "局长审定", "当前", "李芳", "经审核，票据齐全", "审批记录"):
        assert expected in text


def test_approve_from_the_gui_moves_the_document_on(qtbot, desk, on_modal):  # noqa: ANN001
    window = _window(qtbot, desk, "wangjianguo")
    page = window.home
    _select(page, "参加省医保局业务培训报销")
    doc_id = page.selected().id

    def confirm(dialog) -> None:  # noqa: ANN001
        assert dialog.windowTitle() == "同意"
        dialog.ui.opinionEdit.setPlainText("同意报销")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    on_modal(confirm)
    page.ui.approveButton.click()
    doc = desk.approvals.document(desk.act_as("wangjianguo"), doc_id)
    assert doc.state == "approved"
    assert doc.history[-1].opinion == "同意报销" and doc.history[-1].person == "王建国"
    assert "参加省医保局业务培训报销" not in [r[2] for r in texts_of(page.ui.pendingTable)]


def test_return_takes_all_reasons_at_once(qtbot, desk, on_modal):  # noqa: ANN001
    window = _window(qtbot, desk, "wangjianguo")
    page = window.home
    _select(page, "赴省城参加基金监管会议")
    doc_id = page.selected().id
    seen = {}

    def fill(dialog) -> None:  # noqa: ANN001
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        seen["enabled_without_reasons"] = ok.isEnabled()
        for reason in ("缺少会议通知", "出差天数与会期不符"):
            dialog.ui.reasonEdit.setText(reason)
            dialog.ui.addReasonButton.click()
        dialog.ui.opinionEdit.setPlainText("请补充后重新提交")
        ok.click()

    on_modal(fill)
    page.ui.returnButton.click()
    assert seen["enabled_without_reasons"] is False
    doc = desk.approvals.document(desk.act_as("wangjianguo"), doc_id)
    assert doc.state == "returned"
    assert doc.last_reasons == ("缺少会议通知", "出差天数与会期不符")


def test_a_refused_approval_shows_every_problem_and_keeps_the_dialog(qtbot, desk, on_modal):  # noqa: ANN001
    window = _window(qtbot, desk, "wangjianguo")
    page = window.home
    _select(page, "医保信息系统维护费")  # 45,600: the director's step needs a collective decision
    doc_id = page.selected().id
    seen = {}

    def confirm(dialog) -> None:  # noqa: ANN001
        seen["decision_asked"] = dialog.ui.decisionGroup.isVisible()
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        box = dialog.findChild(QMessageBox, "refusalBox")
        seen["box"] = box.text() if box else ""
        seen["dialog_open"] = dialog.isVisible()
        box.close()
        dialog.reject()

    on_modal(confirm)
    page.ui.approveButton.click()
    assert seen["decision_asked"] is True
    assert "集体决策" in seen["box"] and "VOUCH-08" in seen["box"]
    assert seen["dialog_open"] is True
    assert desk.approvals.document(desk.act_as("wangjianguo"), doc_id).state == "submitted"


# Issue 12 item 12: besides what waits for me, my own documents in sections with counts -------------
def _tab_texts(page) -> list[str]:  # noqa: ANN001
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


def test_home_sections_in_progress_returned_and_approved_unpaid(qtbot, desk, english):  # noqa: ANN001
    """IC-14 (own documents): the handler sees their documents in progress, what was returned to them
    (with the reasons in the pane) and their approved claims not yet paid, each section counted."""
    svc = desk.approvals
    director = desk.act_as("wangjianguo")
    docs = {d.title: d.id for d in svc.documents(desk.act_as("liuyang"), mine=True)}
    svc.return_(director, docs["医保信息系统维护费"], ["缺少运维合同"], "请补充")
    svc.approve(director, docs["参加省医保局业务培训报销"], "同意")
    window = _window(qtbot, desk, "liuyang")
    page = window.home
    assert _tab_texts(page) == ["Waiting for me (0)", "My documents in progress (4)", "Returned to me (1)",
                                "Approved, not yet paid (1)"]
    in_progress = [r[2] for r in texts_of(page.tabs.sections["in_progress"].table)]
    assert set(in_progress) == {"赴省城参加基金监管会议", "医保待遇核定通知盖章", "办公楼空调维修费", "采购打印纸及硒鼓"}
    page.tabs.setCurrentIndex(2)
    returned = page.tabs.sections["returned"].table
    assert [r[2] for r in texts_of(returned)] == ["医保信息系统维护费"]
    returned.selectRow(0)
    assert "缺少运维合同" in page.ui.detailBrowser.toPlainText()
    assert not page.ui.approveButton.isEnabled()  # my own document: nothing to approve here
    page.tabs.setCurrentIndex(3)
    assert [r[2] for r in texts_of(page.tabs.sections["unpaid"].table)] == ["参加省医保局业务培训报销"]


def test_an_empty_section_says_so(qtbot, desk, english):  # noqa: ANN001
    window = _window(qtbot, desk, "zhangwei")
    page = window.home
    page.tabs.setCurrentIndex(2)
    section = page.tabs.sections["returned"]
    assert section.currentWidget() is section.empty and section.empty.isVisible()
    assert section.empty.text() == "Nothing has been returned to you."


def test_double_click_opens_the_document(qtbot, desk, on_modal):  # noqa: ANN001
    """The document opens in its own window from any section, with the details pane's content."""
    window = _window(qtbot, desk, "liuyang")
    page = window.home
    page.tabs.setCurrentIndex(1)
    table = page.tabs.sections["in_progress"].table
    row = next(i for i, r in enumerate(texts_of(table)) if r[2] == "医保待遇核定通知盖章")
    table.selectRow(row)
    seen = {}

    def look(dialog) -> None:  # noqa: ANN001
        seen["title"] = dialog.windowTitle()
        seen["text"] = dialog.browser.toPlainText()
        dialog.reject()

    on_modal(look)
    table.itemDoubleClicked.emit(table.item(row, 2))
    assert seen["title"].endswith("医保待遇核定通知盖章")
    assert "向参保单位发送通知" in seen["text"] and "同意用印" in seen["text"] and "张伟" in seen["text"]
