"""Screenshots of the 固定资产 screens (issue 13) for take_screens.py: the register, 待办, the card
form, a card opened (its history), custody, and the transfer / repair / disposal requests. With the
demo bureau the asset manager's real data; in the small sample bureau a manager and a few cards are
made first."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path


def _settle(app, rounds: int = 5) -> None:  # noqa: ANN001
    for _ in range(rounds):
        app.processEvents()


def _manager(desk) -> str:  # noqa: ANN001
    admin = desk.act_as("admin")
    for account in desk.accounts.list_accounts(admin):
        if "asset_mgr" in desk.act_as(account.username).positions:
            return account.username
    office = next(d.id for d in desk.org.departments(admin))
    staff_id = desk.org.add_staff(admin, "吴磊", office, "资产管理员")
    desk.org.assign_position(admin, staff_id, "asset_mgr", None)
    desk.accounts.create_account(admin, staff_id, "wulei", "Demo#2026", must_change=False, allow_published=True)
    return "wulei"


def _some_cards(desk, username: str) -> None:  # noqa: ANN001
    manager = desk.act_as(username)
    if desk.assets.find(manager, limit=1)[1]:
        return
    admin = desk.act_as("admin")
    people = [p for p in desk.org.staff(admin) if p.department_id is not None]
    for i, (name, category, value) in enumerate((("台式计算机", "A02010105", "5200"),
                                                  ("A4黑白打印机", "A02021003", "2600"),
                                                  ("文件柜", "A05010502", "1800"))):
        person = people[i % len(people)]
        desk.assets.register(manager, {
            "name": name, "category_code": category, "specification": "", "quantity": 1,
            "original_value": Decimal(value), "acquired_on": date(2025, 3, 1), "acquisition_way": "purchase",
            "approval_ref": "金医保〔2025〕3号", "department_id": person.department_id, "user_id": person.id,
            "location": f"30{i + 1}室"}, opening=i > 0)


def asset_screens(app, desk, language: str, out: Path) -> None:  # noqa: ANN001
    from desktop.ui.assets.card_dialog import CardDialog
    from desktop.ui.assets.card_view import CardViewDialog
    from desktop.ui.assets.custody_dialog import CustodyDialog
    from desktop.ui.assets.disposal_dialogs import DisposalDialog
    from desktop.ui.assets.move_dialogs import RepairDialog, TransferDialog
    from desktop.ui.main_window import MainWindow

    username = _manager(desk)
    _some_cards(desk, username)
    user = desk.act_as(username)
    window = MainWindow(desk, user, language=language)
    window.resize(1400, 860)
    window.show()
    page = window.open_module("assets")
    page.cards.table.selectRow(0)
    _settle(app)
    window.grab().save(str(out / "assets_cards.png"))
    page.open_tab("todo")
    _settle(app)
    window.grab().save(str(out / "assets_todo.png"))
    page.open_tab("list")
    _settle(app)
    window.grab().save(str(out / "assets_moves.png"))
    page.open_tab("cards")
    rows = page.cards.rows
    shots = []
    form = CardDialog(desk, user, parent=window)
    form.nameEdit.setText("台式计算机")
    form.categoryBox.setCurrentIndex(max(0, form.categoryBox.findData("A02010105")))
    form.valueEdit.setText("5,200.00")
    shots.append((form, "asset_card_form.png"))
    if rows:
        held = next((r for r in rows if r.user_name), rows[0])
        view = CardViewDialog(desk, user, held.id, window)
        view.tabs.setCurrentIndex(2)
        shots.append((view, "asset_card_history.png"))
        view2 = CardViewDialog(desk, user, held.id, window)
        shots.append((view2, "asset_card_view.png"))
        custody = CustodyDialog(desk, user, next((p.id for p in desk.org.staff(user) if p.name == held.user_name),
                                                 None), window)
        shots.append((custody, "asset_custody.png"))
        shots.append((TransferDialog(desk, user, rows[:2], window), "asset_transfer_request.png"))
        shots.append((RepairDialog(desk, user, held, window), "asset_repair_request.png"))
        shots.append((DisposalDialog(desk, user, rows[:1], window), "asset_disposal_request.png"))
    for dialog, name in shots:
        dialog.show()
        _settle(app)
        dialog.grab().save(str(out / name))
        dialog.close()
    window.close()
