"""系统管理: only administrators see it; refusals from the services (incompatible positions) are shown."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.main_window import MainWindow
from tests.gui.conftest import texts_of
from tests.gui.sample_bureau import ADMIN_PASSWORD, PASSWORD


def _nav(window: MainWindow) -> list[str]:
    return [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]


def _admin(qtbot, desk) -> MainWindow:  # noqa: ANN001
    window = MainWindow(desk, desk.accounts.authenticate("admin", ADMIN_PASSWORD))
    qtbot.addWidget(window)
    window.show()
    return window


def test_administration_is_hidden_for_other_users(qtbot, desk):  # noqa: ANN001
    clerk = MainWindow(desk, desk.accounts.authenticate("liuyang", PASSWORD))
    qtbot.addWidget(clerk)
    assert "系统管理" not in _nav(clerk)
    assert "admin" not in clerk.module_keys()
    admin = _admin(qtbot, desk)
    assert _nav(admin) == ["首页（待办）", "我的单据", "印章管理", "报销与凭证", "固定资产", "办公用品", "差旅",
                           "接待·用车·会议", "报表", "系统管理"]


def test_incompatible_position_is_refused_and_shown(qtbot, desk):  # noqa: ANN001
    window = _admin(qtbot, desk)
    people = window.open_module("admin").open_tab("people")
    people.select_person("赵敏")  # the accountant
    people.ui.positionCombo.setCurrentIndex(people.ui.positionCombo.findData("cashier"))
    people.ui.assignButton.click()
    box = people.findChild(QMessageBox, "refusalBox")
    assert box is not None and box.isVisible()
    assert "岗位不相容" in box.text() and "会计" in box.text() and "出纳" in box.text()
    box.close()
    row = next(r for r in texts_of(people.ui.peopleTable) if r[0] == "赵敏")
    assert row[3] == "会计"


def test_admin_assigns_a_scoped_position_and_adds_a_department(qtbot, desk):  # noqa: ANN001
    window = _admin(qtbot, desk)
    admin_page = window.open_module("admin")
    departments = admin_page.open_tab("departments")
    departments.ui.nameEdit.setText("基金监管股")
    departments.ui.addButton.click()
    assert "基金监管股" in [r[0] for r in texts_of(departments.ui.departmentsTable)]
    people = admin_page.open_tab("people")
    people.select_person("刘洋")
    people.ui.positionCombo.setCurrentIndex(people.ui.positionCombo.findData("section_head"))
    people.ui.positionDepartmentCombo.setCurrentIndex(people.ui.positionDepartmentCombo.findText("基金监管股"))
    people.ui.assignButton.click()
    assert QApplication.activeModalWidget() is None
    row = next(r for r in texts_of(people.ui.peopleTable) if r[0] == "刘洋")
    assert "股室负责人（基金监管股）" in row[3]


def test_accounts_page_unlocks_a_locked_account(qtbot, desk):  # noqa: ANN001
    for _ in range(desk.accounts.policy.max_failures):
        try:
            desk.accounts.authenticate("liuyang", "wrong#Pass1")
        except Exception:  # noqa: BLE001 - refused, as intended
            pass
    window = _admin(qtbot, desk)
    accounts = window.open_module("admin").open_tab("accounts")
    row = next(i for i, r in enumerate(texts_of(accounts.ui.accountsTable)) if r[0] == "liuyang")
    assert texts_of(accounts.ui.accountsTable)[row][3] != ""  # locked until …
    accounts.ui.accountsTable.selectRow(row)
    accounts.ui.unlockButton.click()
    assert desk.accounts.authenticate("liuyang", PASSWORD).name == "刘洋"


def test_rule_preset_editor_saves_a_chain(qtbot, desk):  # noqa: ANN001
    window = _admin(qtbot, desk)
    presets = window.open_module("admin").open_tab("presets")
    assert presets.ui.currentLabel.text().startswith("当前规则预设：P-000")
    presets.select_kind("asset_transfer")
    before = presets.chain.steps()
    presets.ui.stepsTable.selectRow(len(before) - 1)
    presets.ui.addStepButton.click()
    presets.ui.upButton.click()
    presets.ui.saveChainButton.click()
    assert QApplication.activeModalWidget() is None
    chain = desk.presets.preset(desk.act_as("admin")).chains["asset_transfer"]
    assert [s.position for s in chain.steps] == ["director"] + [s["position"] for s in before]


def test_rule_preset_parameters_show_their_meaning_and_rule(qtbot, desk):  # noqa: ANN001
    from tests.gui.conftest import headers_of

    window = _admin(qtbot, desk)
    presets = window.open_module("admin").open_tab("presets")
    table = presets.ui.parametersTable
    assert headers_of(table) == ["参数", "值", "含义（规则）"]
    rows = {r[0]: r for r in texts_of(table)}
    assert "collective_threshold" in rows  # the raw name stays visible: conditions write $collective_threshold
    assert rows["collective_threshold"][2] == "集体决策金额标准（元，达到即需集体决策） [VOUCH-08]"
    assert "TRAVEL-02" in rows["travel_short_days"][2] and "出差分级审批天数" in rows["travel_short_days"][2]
    # The value column still saves.
    row = list(rows).index("collective_threshold")
    table.item(row, 1).setText("60000")
    presets.ui.saveParametersButton.click()
    assert QApplication.activeModalWidget() is None
    assert str(desk.presets.preset(desk.act_as("admin")).parameters["collective_threshold"]) == "60000"
