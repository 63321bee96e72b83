"""BUREAU_DESK_LANG=en: headings, document states, actions and positions read in English, though
the services hand them over as codes (states, actions) or with Chinese labels."""

from __future__ import annotations

from desktop.domain.positions import POSITIONS
from desktop.ui.main_window import MainWindow
from desktop.ui.messages import POSITION_TEXTS, position_text, state_text
from tests.gui.conftest import headers_of, texts_of
from tests.gui.sample_bureau import PASSWORD


def test_home_page_and_states_read_in_english(qtbot, desk, english):  # noqa: ANN001
    window = MainWindow(desk, desk.accounts.authenticate("wangjianguo", PASSWORD), language="en")
    qtbot.addWidget(window)
    window.show()
    assert headers_of(window.home.ui.pendingTable) == ["Serial", "Kind", "Title", "Amount (yuan)", "Submitter",
                                                       "Department", "Current step", "Submitted"]
    assert window.ui.navList.item(0).text() == "Home (to do)"
    assert "Positions: Director" in window.status_texts()
    window.home.ui.pendingTable.selectRow(0)
    detail = window.home.ui.detailBrowser.toPlainText()
    assert "In approval" in detail and "Approval chain" in detail and "Submit" in detail
    assert "审批中" not in detail and "提交" not in detail.replace("经办人提交", "")
    mine = window.open_module("expenses")
    states = {r[2]: r[4] for r in texts_of(mine.ui.documentsTable)}
    assert states["医保信息系统维护费"] == "In approval"
    assert state_text("archived") == "Archived"


def test_state_and_position_words_in_chinese(qtbot):  # noqa: ANN001
    assert [state_text(s) for s in ("draft", "submitted", "returned", "rejected", "approved", "archived")] == \
        ["草稿", "审批中", "已退回", "不予批准", "已批准", "已归档"]
    # One translatable text per position; its source is the domain's English label, its Chinese the domain's.
    assert set(POSITION_TEXTS) == {p.key for p in POSITIONS}
    for p in POSITIONS:
        assert POSITION_TEXTS[p.key] == p.label_en
        assert position_text(p.key) == p.label_zh
