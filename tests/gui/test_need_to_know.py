"""Need-to-know in the GUI (SEC-03, SEC-13): a 经办人's module list and the report counts show only
the documents they may read; the system administrator's lists are empty."""

from __future__ import annotations

from desktop.ui.main_window import MainWindow
from tests.gui.conftest import texts_of
from tests.gui.sample_bureau import ADMIN_PASSWORD, PASSWORD

OFFICE_CLAIM = "办公室购买文件柜"  # 陈静, 办公室
HEAD_CLAIM = "待遇保障股购买档案盒"  # 张伟, head of 待遇保障股 (刘洋's section)


def _others_claims(desk) -> None:  # noqa: ANN001
    desk.approvals.create_draft(desk.act_as("chenjing"), "expense_claim", OFFICE_CLAIM, purpose="办公", amount="800",
                                submit=True)
    desk.approvals.create_draft(desk.act_as("zhangwei"), "expense_claim", HEAD_CLAIM, purpose="档案", amount="120",
                                submit=True)


def _titles(page) -> set[str]:  # noqa: ANN001
    return {r[2] for r in texts_of(page.ui.documentsTable)}


def test_a_handlers_module_list_shows_only_permitted_documents_sec_03(qtbot, desk):  # noqa: ANN001
    _others_claims(desk)
    window = MainWindow(desk, desk.accounts.authenticate("liuyang", PASSWORD))
    qtbot.addWidget(window)
    page = window.open_module("expenses")
    titles = _titles(page)
    assert "参加省医保局业务培训报销" in titles  # 刘洋's own
    assert OFFICE_CLAIM not in titles and HEAD_CLAIM not in titles
    assert {d.submitter for d in page.documents} == {"刘洋"}
    assert f" {len(page.documents)} " in page.ui.countLabel.text()
    reports = window.open_module("reports")
    counted = sum(int(n) for n in texts_of(reports.ui.countsTable)[-1][1:-1])
    assert counted == len(desk.approvals.documents(desk.act_as("liuyang"), limit=100_000))


def test_a_section_head_sees_the_section_in_the_list_sec_03(qtbot, desk):  # noqa: ANN001
    _others_claims(desk)
    window = MainWindow(desk, desk.accounts.authenticate("zhangwei", PASSWORD))
    qtbot.addWidget(window)
    titles = _titles(window.open_module("expenses"))
    assert {"参加省医保局业务培训报销", HEAD_CLAIM} <= titles and OFFICE_CLAIM not in titles


def test_the_administrators_business_lists_are_empty_sec_13(qtbot, desk):  # noqa: ANN001
    window = MainWindow(desk, desk.accounts.authenticate("admin", ADMIN_PASSWORD))
    qtbot.addWidget(window)
    assert texts_of(window.open_module("expenses").ui.documentsTable) == []
    assert texts_of(window.open_module("mine").ui.documentsTable) == []
