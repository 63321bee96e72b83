"""Screenshots of the main screens for review (not a test). Run under Xvfb:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tests/gui/take_screens.py [out/screens]

With BUREAU_DESK_LANG=en the same screens come out in English.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.services.desk import Desk  # noqa: E402
from desktop.ui.main import make_app  # noqa: E402
from tests.gui.sample_bureau import build_sample  # noqa: E402


def _settle(app, rounds: int = 5) -> None:  # noqa: ANN001
    for _ in range(rounds):
        app.processEvents()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    from desktop.app.translations import ui_language

    language = ui_language()
    app = make_app(language=language)
    from desktop.ui.action_dialog import APPROVE, ActionDialog
    from desktop.ui.decision_dialog import DecisionDialog
    from desktop.ui.login_dialog import LoginDialog
    from desktop.ui.main_window import MainWindow

    desk = Desk.open(f"sqlite:///{tempfile.mkdtemp()}/screens.sqlite")
    try:
        from desktop.services.demo import load_demo

        load_demo(desk)
    except ImportError:
        build_sample(desk)
    login = LoginDialog(desk, "", "wangjianguo")
    login.show()
    _settle(app)
    login.grab().save(str(out / "login.png"))
    login.ui.passwordEdit.setText("wrong-password")
    login.sign_in()
    _settle(app)
    login.grab().save(str(out / "login_failed.png"))
    login.close()

    director = desk.accounts.authenticate("wangjianguo", "Demo#2026")
    window = MainWindow(desk, director, language=language)
    window.resize(1400, 860)
    window.show()
    _settle(app)
    window.grab().save(str(out / "home_pending.png"))
    # The approve dialog of a step that needs a collective decision, and the minute dialog.
    collective = next((d for d in desk.approvals.pending_for(director)
                       if d.current_step is not None and d.current_step.collective is not None), None)
    if collective is not None:
        action = ActionDialog(APPROVE, collective, lambda *a: "", decisions=desk.approvals.decisions(director),
                              new_decision=lambda parent: None, parent=window)
        action.show()
        _settle(app)
        action.grab().save(str(out / "approve_collective.png"))
        action.close()
    decision = DecisionDialog(desk, director, window)
    decision.ui.minuteNoEdit.setText("局务〔2026〕5号")
    decision.ui.subjectEdit.setText("医保信息系统年度运维")
    decision.show()
    _settle(app)
    decision.grab().save(str(out / "decision_dialog.png"))
    decision.close()
    window.close()

    # A module page seen by the accountant, an approved document selected (归档 enabled).
    accountant = next((a.username for a in desk.accounts.list_accounts(desk.act_as("admin"))
                       if "accountant" in desk.act_as(a.username).positions), "wangjianguo")
    clerk = MainWindow(desk, desk.act_as(accountant), language=language)
    clerk.resize(1400, 860)
    clerk.show()
    page = clerk.open_module("expenses")
    row = next((i for i, doc in enumerate(page.documents) if doc.state == "approved"), -1)
    if row >= 0:
        page.ui.documentsTable.selectRow(row)
    _settle(app)
    clerk.grab().save(str(out / "module_expenses.png"))
    clerk.close()

    admin = MainWindow(desk, desk.accounts.authenticate("admin", "Desk#2026"), language=language)
    admin.resize(1400, 860)
    admin.show()
    page = admin.open_module("admin")
    for key in ("departments", "people", "accounts", "presets", "audit"):
        tab = page.open_tab(key)
        if key == "presets":
            tab.select_kind("trip_approval")
        _settle(app)
        admin.grab().save(str(out / f"admin_{key}.png"))
    admin.lock()
    _settle(app)
    admin.grab().save(str(out / "locked.png"))
    admin.lock_dialog.grab().save(str(out / "lock_dialog.png"))
    print("\n".join(str(p) for p in sorted(out.glob("*.png"))))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "out/screens"))
