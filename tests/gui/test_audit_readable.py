"""Issue 12 item 15 (SEC-04, the audit trail read by the administrator and the 稽核): actions in
words, the selected entry's before/after as a table of changed fields, filters by person, record
(kind and id or serial) and dates."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.services.audit_trail import AuditFilter
from desktop.services.desk import Desk
from desktop.ui.admin.audit_page import AuditPage
from desktop.ui.admin.audit_words import action_words, changed_fields
from tests.gui.conftest import headers_of, texts_of
from tests.gui.sample_bureau import ADMIN_PASSWORD


def _page(qtbot, desk) -> AuditPage:  # noqa: ANN001
    page = AuditPage(desk, desk.accounts.authenticate("admin", ADMIN_PASSWORD))
    qtbot.addWidget(page)
    page.refresh()
    return page


def _select(page: AuditPage, action_text: str) -> int:
    rows = texts_of(page.ui.auditTable)
    r = next(i for i, row in enumerate(rows) if row[3] == action_text)
    page.ui.auditTable.selectRow(r)
    return r


def test_SEC04_actions_read_in_words_and_changes_as_fields(qtbot, desk):  # noqa: ANN001
    page = _page(qtbot, desk)
    rows = texts_of(page.ui.auditTable)
    actions = {row[3] for row in rows}
    assert {"提交审批", "审批同意", "新增人员", "任命岗位"} <= actions, actions
    assert not [a for a in actions if "." in a], actions  # no code such as document.submit is left
    assert "单据" in {row[4] for row in rows}
    _select(page, "审批同意")
    assert headers_of(page.changesTable) == ["字段", "修改前", "修改后"] or \
        headers_of(page.changesTable) == ["Changed field", "Before", "After"]  # the .qm compiled or not yet
    changes = {row[0]: (row[1], row[2]) for row in texts_of(page.changesTable)}
    assert "审批环节序号" in changes or "状态" in changes, changes
    assert "意见" in changes and changes["意见"][1]  # the opinion given, as text
    assert all(before != after for before, after in changes.values())


def test_SEC04_filters_by_person_record_and_dates(qtbot, desk):  # noqa: ANN001
    page = _page(qtbot, desk)
    everybody = len(texts_of(page.ui.auditTable))
    liu = next(page.personCombo.itemData(i) for i in range(page.personCombo.count())
               if "liuyang" in str(page.personCombo.itemData(i)))
    page.personCombo.setCurrentIndex(page.personCombo.findData(liu))
    page.filterButton.click()
    rows = texts_of(page.ui.auditTable)
    assert rows and len(rows) < everybody and {row[2] for row in rows} == {liu}

    admin = desk.act_as("admin")
    serial = next(d.serial for d in desk.approvals.documents(desk.act_as("liuyang")) if d.serial)
    page.personCombo.setCurrentIndex(0)
    page.kindCombo.setCurrentIndex(page.kindCombo.findData("document"))
    page.recordEdit.setText(serial)
    page.filterButton.click()
    rows = texts_of(page.ui.auditTable)
    assert rows and {row[4] for row in rows} == {"单据"} and len({row[5] for row in rows}) == 1
    assert "提交审批" in {row[3] for row in rows}
    assert len(desk.audit.entries(admin, AuditFilter(record=rows[0][5]))) >= len(rows)  # by id as well

    page.recordEdit.clear()
    page.kindCombo.setCurrentIndex(0)
    page.datesCheck.setChecked(True)
    page.fromDate.set_value(date.today() + timedelta(days=1))
    page.toDate.set_value(date.today() + timedelta(days=2))
    page.filterButton.click()
    assert texts_of(page.ui.auditTable) == []
    page.fromDate.set_value(date.today() - timedelta(days=1))
    page.toDate.set_value(date.today())
    page.filterButton.click()
    assert len(texts_of(page.ui.auditTable)) == len(desk.audit.entries(admin, AuditFilter())) >= everybody
    assert headers_of(page.changesTable)  # empty selection: headers still there, readable
    assert page.changesTable.horizontalHeader().sectionSize(0) >= 40


def test_SEC04_words_in_english_and_unknown_codes_kept():
    assert action_words("document.submit", "en") == "Submitted for approval"
    assert action_words("document.submit", "zh_CN") == "提交审批"
    assert action_words("something.new", "zh_CN") == "something.new"  # never hidden
    assert changed_fields('{"state":"submitted","opinion":""}', '{"state":"approved","opinion":"同意"}',
                          "zh_CN") == [("状态", "审批中", "已批准"), ("意见", "", "同意")]
    assert changed_fields("null", '{"name":"王建国","positions":["director"]}', "en") == \
        [("Name", "", "王建国"), ("Positions", "", "局长")]  # a position in the .qm's words (Chinese here)


def test_SEC04_demo_trail_reads_in_words(qtbot, templates):  # noqa: ANN001
    """The demonstration bureau's whole trail: every action code it uses has its words."""
    desk = Desk.open(templates.new_url("sqlite", demo=True))
    try:
        admin = desk.accounts.authenticate("admin", "Desk#2026")
        rows = desk.audit.entries(admin, AuditFilter(limit=100_000))
        unknown = sorted({r.action for r in rows if action_words(r.action, "zh_CN") == r.action})
        assert not unknown, f"add to resources/i18n/audit_terms.csv: {unknown}"
        wufang = [r for r in rows if r.actor.startswith("wufang")]
        assert wufang and desk.audit.entries(admin, AuditFilter(actor=wufang[0].actor, limit=100_000)) == wufang
    finally:
        desk.close()
