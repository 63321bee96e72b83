"""固定资产 screens (issue 13 items 1-4, 7): the module opens on the card register; a card registered
through the dialog (ASSET-01, the prior approval ASSET-02) waits for two acceptances — its user and
the asset manager, each signed in — before it is in use (ASSET-11); search and filters over the
register a page at a time; Enter opens a card with its history; a departure refused while a card is
still held, listing it (ASSET-07); buttons only for what the person may do (ASSET-05)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop.ui.main_window import MainWindow
from tests.gui.conftest import texts_of
from tests.gui.sample_bureau import PASSWORD

D = Decimal
MANAGER = "wulei"  # 吴磊, 办公室, 资产管理员 — added to the sample bureau here


@pytest.fixture
def assets(desk):  # noqa: ANN001, ANN201 - the sample bureau with an asset manager
    admin = desk.act_as("admin")
    office = next(d.id for d in desk.org.departments(admin) if d.name == "办公室")
    staff_id = desk.org.add_staff(admin, "吴磊", office, "资产管理员")
    desk.org.assign_position(admin, staff_id, "asset_mgr", None)
    desk.accounts.create_account(admin, staff_id, MANAGER, PASSWORD, must_change=False, allow_published=True)
    return desk


def _dept(desk, name: str) -> int:  # noqa: ANN001
    return next(d.id for d in desk.org.departments(desk.act_as("admin")) if d.name == name)


def _person(desk, name: str) -> int:  # noqa: ANN001
    return next(p.id for p in desk.org.staff(desk.act_as("admin")) if p.name == name)


def _card(desk, name: str, *, value: str = "5200", location: str = "301室", user: str = "刘洋",  # noqa: ANN001
          dept: str = "待遇保障股", category: str = "A02010105", opening: bool = True) -> int:
    fields = {"name": name, "category_code": category, "specification": "联想启天M437", "unit": "台", "quantity": 1,
              "original_value": D(value), "acquired_on": date(2025, 3, 1), "acquisition_way": "purchase",
              "funding_source": "财政拨款", "approval_ref": "金医保〔2025〕3号", "department_id": _dept(desk, dept),
              "user_id": _person(desk, user), "location": location}
    return desk.assets.register(desk.act_as(MANAGER), fields, opening=opening)


def _window(qtbot, desk, username: str) -> MainWindow:  # noqa: ANN001
    window = MainWindow(desk, desk.accounts.authenticate(username, PASSWORD))
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    return window


def _ok(dialog) -> None:  # noqa: ANN001
    dialog.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def _refusal(qtbot) -> QMessageBox:  # noqa: ANN001
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "refusalBox" and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def _column(table, header: str) -> list[str]:  # noqa: ANN001
    c = next(c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == header)
    return [table.item(r, c).text() for r in range(table.rowCount())]


def test_asset05_the_register_for_everyone_its_keeping_for_the_asset_manager_only(qtbot, assets):  # noqa: ANN001
    """资产管理员 registers, edits, disposes and keeps custody; a clerk sees the register and may accept,
    ask for a repair or a transfer in, never register (ASSET-05)."""
    manager = _window(qtbot, assets, MANAGER).open_module("assets")
    assert manager.tab_titles()[:3] == ["资产卡片", "待办", "转移·维修·处置"]
    assert not manager.cards.buttons["new"].isHidden() and not manager.cards.buttons["custody"].isHidden()
    clerk = _window(qtbot, assets, "liuyang").open_module("assets")
    assert clerk.cards.buttons["new"].isHidden() and clerk.cards.buttons["disposal"].isHidden()
    assert clerk.cards.buttons["custody"].isHidden() and clerk.cards.buttons["edit"].isHidden()
    assert not clerk.cards.buttons["repair"].isHidden() and not clerk.cards.buttons["transfer"].isHidden()
    assert clerk.list.ui.newButton.isHidden()  # a transfer starts from its cards, never as a bare document


def test_asset11_registered_in_the_dialog_then_two_acceptances_make_it_active(qtbot, assets, on_modal):  # noqa: ANN001
    """A purchase registered through the form waits for acceptance; the asset manager's acceptance
    alone leaves it waiting; the user's (another person, signed in) makes it 在用 (ASSET-11)."""
    window = _window(qtbot, assets, MANAGER)
    page = window.open_module("assets")

    def fill(dialog) -> None:  # noqa: ANN001
        assert dialog.objectName() == "CardDialog"
        dialog.nameEdit.setText("台式计算机")
        dialog.categoryBox.setCurrentIndex(dialog.categoryBox.findData("A02010105"))
        assert dialog.lifeLabel.text() == "折旧年限 6 年"
        dialog.specEdit.setText("联想启天M437")
        dialog.valueEdit.setText("5,200.00")
        dialog.approvalEdit.setText("金医保〔2026〕12号")
        dialog.supplierEdit.setText("金川科技有限公司")
        dialog.departmentBox.setCurrentIndex(dialog.departmentBox.findText("待遇保障股"))
        dialog.userBox.setCurrentIndex(dialog.userBox.findText("刘洋"))
        dialog.locationBox.setCurrentText("301室")
        _ok(dialog)

    on_modal(fill)
    qtbot.mouseClick(page.cards.buttons["new"], Qt.MouseButton.LeftButton)
    table = page.cards.table
    assert _column(table, "资产名称") == ["台式计算机"] and _column(table, "状态") == ["待验收"]
    assert _column(table, "原值（元）") == ["5,200.00"] and _column(table, "使用人") == ["刘洋"]
    card_no = _column(table, "卡片编号")[0]

    def accept(dialog) -> None:  # noqa: ANN001
        assert dialog.objectName() == "AcceptDialog"
        _ok(dialog)

    todo = page.open_tab("todo")
    assert todo.card_numbers() == [card_no]
    todo.cardTable.selectRow(0)
    on_modal(accept)
    qtbot.mouseClick(todo.acceptButton, Qt.MouseButton.LeftButton)
    assert todo.card_numbers() == []  # the manager's part is done
    page.open_tab("cards")
    assert _column(page.cards.table, "状态") == ["待验收"]  # one acceptance is not enough

    user_page = _window(qtbot, assets, "liuyang").open_module("assets")
    user_todo = user_page.open_tab("todo")
    assert user_todo.card_numbers() == [card_no]
    user_todo.cardTable.selectRow(0)
    on_modal(accept)
    qtbot.mouseClick(user_todo.acceptButton, Qt.MouseButton.LeftButton)
    user_page.open_tab("cards")
    assert _column(user_page.cards.table, "状态") == ["在用"]


def test_asset02_a_purchase_without_its_approval_is_refused_listing_every_problem(qtbot, assets, on_modal):  # noqa: ANN001
    """The form stays open and the refusal lists every problem at once: no prior approval (ASSET-02)
    and a single item under the fixed-asset value threshold (ASSET-01, ASSET-CP1)."""
    page = _window(qtbot, assets, MANAGER).open_module("assets")
    seen: dict[str, str] = {}

    def fill(dialog) -> None:  # noqa: ANN001
        dialog.nameEdit.setText("订书机")
        dialog.categoryBox.setCurrentIndex(dialog.categoryBox.findData("A02010105"))
        dialog.valueEdit.setText("80")
        _ok(dialog)
        box = _refusal(qtbot)
        seen["text"] = box.text()
        seen["open"] = dialog.isVisible()
        box.close()
        dialog.reject()

    on_modal(fill)
    qtbot.mouseClick(page.cards.buttons["new"], Qt.MouseButton.LeftButton)
    assert seen["open"]
    assert "ASSET-02" in seen["text"] and "购置资产须事先经审批" in seen["text"]  # no prior approval
    assert "ASSET-01" in seen["text"] and "低于固定资产价值标准" in seen["text"]  # under the 1 000 元 threshold
    assert page.cards.table.rowCount() == 0


def test_asset01_search_and_filters_page_through_the_register(qtbot, assets):  # noqa: ANN001
    """Search by name or card number, filter by status, category, department and location: what the
    table shows and the count under it (ASSET-01 register)."""
    _card(assets, "台式计算机", location="301室")
    _card(assets, "激光打印机", value="2600", location="302室", category="A02021003")
    _card(assets, "文件柜", value="1800", location="办公室库房", user="陈静", dept="办公室", category="A05010502")
    window = _window(qtbot, assets, MANAGER)
    page = window.open_module("assets")
    cards = page.cards
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    cards.table.setFocus()
    assert cards.table.rowCount() == 3 and cards.countLabel.text() == "第 1–3 张，共 3 张"
    qtbot.keyClick(cards.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert cards.searchEdit.hasFocus()
    typed = QInputMethodEvent("", [])
    typed.setCommitString("打印")  # Chinese arrives through the input method
    QApplication.sendEvent(cards.searchEdit, typed)
    qtbot.keyClick(cards.searchEdit, Qt.Key.Key_Return)
    assert _column(cards.table, "资产名称") == ["激光打印机"]
    cards.searchEdit.clear()
    cards.departmentBox.setCurrentIndex(cards.departmentBox.findText("办公室"))
    cards.search()
    assert _column(cards.table, "资产名称") == ["文件柜"]
    cards.departmentBox.setCurrentIndex(0)
    cards.locationBox.setCurrentIndex(cards.locationBox.findText("301室"))
    cards.search()
    assert _column(cards.table, "资产名称") == ["台式计算机"]
    cards.locationBox.setCurrentIndex(0)
    cards.statusBox.setCurrentIndex(cards.statusBox.findText("待验收"))
    cards.search()
    assert cards.table.rowCount() == 0 and cards.countLabel.text() == "第 0–0 张，共 0 张"
    cards.statusBox.setCurrentIndex(cards.statusBox.findText("在用"))
    cards.search()
    assert cards.table.rowCount() == 3
    header = cards.table.horizontalHeader()
    value_column = QPoint(header.sectionViewportPosition(5) + header.sectionSize(5) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=value_column)  # the whole register by value
    assert _column(cards.table, "原值（元）") == ["1,800.00", "2,600.00", "5,200.00"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=value_column)  # again: the other way
    assert _column(cards.table, "原值（元）") == ["5,200.00", "2,600.00", "1,800.00"]
    cards.categoryBox.setCurrentIndex(cards.categoryBox.findData("A05010502"))
    cards.search()
    assert _column(cards.table, "资产名称") == ["文件柜"]


def test_asset01_enter_opens_the_card_with_its_history(qtbot, assets, on_modal):  # noqa: ANN001
    card_id = _card(assets, "台式计算机")
    manager = assets.act_as(MANAGER)
    assets.assets.set_idle(manager, card_id, True, "人员调离，暂不使用")
    page = _window(qtbot, assets, MANAGER).open_module("assets")
    table = page.cards.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    seen: dict[str, object] = {}

    def look(dialog) -> None:  # noqa: ANN001
        seen["title"] = dialog.windowTitle()
        seen["history"] = texts_of(dialog.historyTable)
        seen["tabs"] = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        dialog.reject()

    on_modal(look)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "history" in seen)
    assert seen["tabs"] == ["卡片", "验收", "历史", "照片及文件"]
    assert "台式计算机" in seen["title"]
    kinds = [row[1] for row in seen["history"]]
    assert "登记建卡" in kinds and "状态变更" in kinds
    assert any("人员调离" in row[2] for row in seen["history"])


def test_asset07_departure_refused_while_a_card_is_held_listing_it(qtbot, assets, on_modal):  # noqa: ANN001
    """The custody dialog lists what 刘洋 holds; signing off the departure is refused naming the card
    still in their keeping (ASSET-07)."""
    _card(assets, "台式计算机")
    card_no = assets.assets.find(assets.act_as(MANAGER))[0][0].card_no
    page = _window(qtbot, assets, MANAGER).open_module("assets")
    seen: dict[str, object] = {}

    def custody(dialog) -> None:  # noqa: ANN001
        dialog.personBox.setCurrentIndex(dialog.personBox.findText("刘洋（待遇保障股）"))
        seen["held"] = texts_of(dialog.holdingsTable)
        dialog.kindBox.setCurrentIndex(dialog.kindBox.findData("retire"))
        qtbot.mouseClick(dialog.startButton, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.signButton, Qt.MouseButton.LeftButton)
        box = _refusal(qtbot)
        seen["refusal"] = box.text()
        box.close()
        seen["state"] = dialog.stateLabel.text()
        dialog.reject()

    on_modal(custody)
    qtbot.mouseClick(page.cards.buttons["custody"], Qt.MouseButton.LeftButton)
    assert [row[0] for row in seen["held"]] == [card_no]
    assert card_no in seen["refusal"] and "ASSET-07" in seen["refusal"]
    assert "交还" in str(seen["state"]) or "移交" in str(seen["state"])
    assert assets.assets.departures(assets.act_as(MANAGER))[0].signed_at is None



def test_asset08_transfer_requested_by_the_receiving_side_released_and_applied_from_the_to_do_list(
        qtbot, assets, on_modal):  # noqa: ANN001
    """The receiving department asks from the register (signed with the passphrase), the office
    approves, the giving department's head signs the release in 待办, the asset manager applies it:
    the card now reads 办公室 (ASSET-08)."""
    card_id = _card(assets, "台式计算机")
    director = _window(qtbot, assets, "wangjianguo").open_module("assets")
    director.cards.select_card(card_id)

    def request(dialog) -> None:  # noqa: ANN001
        assert dialog.objectName() == "TransferDialog"
        assert dialog.picker.card_ids() == [card_id] and dialog.departmentBox.currentText() == "办公室"
        dialog.locationEdit.setText("局长室")
        dialog.reasonEdit.setPlainText("局长室办公使用")

        def sign(passphrase) -> None:  # noqa: ANN001
            passphrase.passphraseEdit.setText(PASSWORD)
            _ok(passphrase)

        on_modal(sign)
        _ok(dialog)

    on_modal(request)
    qtbot.mouseClick(director.cards.buttons["transfer"], Qt.MouseButton.LeftButton)
    doc = next(d for d in assets.approvals.documents(assets.act_as("wangjianguo"), kinds=["asset_transfer"]))
    assert doc.state == "submitted"
    assets.approvals.approve(assets.act_as("chenjing"), doc.id, "同意", passphrase=PASSWORD)

    def yes(box) -> None:  # noqa: ANN001
        box.button(QMessageBox.StandardButton.Yes).click()

    giver = _window(qtbot, assets, "zhangwei").open_module("assets").open_tab("todo")
    assert giver.move_actions() == ["转出部门签字交接"]
    giver.moveTable.selectRow(0)
    on_modal(yes)
    qtbot.mouseClick(giver.doButton, Qt.MouseButton.LeftButton)
    assert giver.move_actions() == []

    page = _window(qtbot, assets, MANAGER).open_module("assets")
    todo = page.open_tab("todo")
    assert todo.move_actions() == ["办理转移、调整卡片"]
    todo.moveTable.selectRow(0)
    on_modal(yes)
    qtbot.mouseClick(todo.doButton, Qt.MouseButton.LeftButton)
    page.open_tab("cards")
    assert _column(page.cards.table, "部门") == ["办公室"] and _column(page.cards.table, "存放地点") == ["局长室"]


def test_asset13_a_photo_added_to_the_card_shows_as_a_thumbnail_and_in_its_history(qtbot, assets, tmp_path):  # noqa: ANN001
    """The office keeps the files of every asset (ASSET-13): a photo added from the card's 照片及文件
    tab is listed with a thumbnail, and the history says so."""
    from PySide6.QtGui import QColor, QPixmap

    from desktop.ui.assets.card_view import CardViewDialog

    card_id = _card(assets, "台式计算机")
    photo = tmp_path / "铭牌.png"
    pixmap = QPixmap(64, 48)
    pixmap.fill(QColor("#2e7d32"))
    assert pixmap.save(str(photo))
    view = CardViewDialog(assets, assets.act_as(MANAGER), card_id)
    qtbot.addWidget(view)
    assert not view.addFileButton.isHidden()
    view.add_file(str(photo))
    assert view.file_names() == ["铭牌.png"]
    assert not view.fileList.item(0).icon().pixmap(32, 32).isNull()
    assert any("铭牌.png" in row[2] or row[1] == "添加照片或文件" for row in texts_of(view.historyTable))
    clerk_view = CardViewDialog(assets, assets.act_as("liuyang"), card_id)
    qtbot.addWidget(clerk_view)
    assert clerk_view.addFileButton.isHidden() and clerk_view.file_names() == ["铭牌.png"]


def test_asset01_an_edit_states_its_reason_and_the_history_keeps_it(qtbot, assets, on_modal):  # noqa: ANN001
    card_id = _card(assets, "台式计算机")
    page = _window(qtbot, assets, MANAGER).open_module("assets")
    page.cards.select_card(card_id)

    def edit(dialog) -> None:  # noqa: ANN001
        assert dialog.nameEdit.text() == "台式计算机" and dialog.valueEdit.text() == "5,200.00"
        dialog.specEdit.setText("联想启天M455")
        dialog.reasonEdit.setText("规格登记有误，按发票更正")
        _ok(dialog)

    on_modal(edit)
    qtbot.mouseClick(page.cards.buttons["edit"], Qt.MouseButton.LeftButton)
    assert _column(page.cards.table, "规格") == ["联想启天M455"]
    history = assets.assets.card(assets.act_as(MANAGER), card_id).history
    assert any("规格登记有误" in e.summary for e in history)
