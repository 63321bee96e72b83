"""Screenshots of the main screens for review (not a test). Run under Xvfb:

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python tests/gui/take_screens.py [out/screens]
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
    app = make_app()
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

    window = MainWindow(desk, desk.accounts.authenticate("wangjianguo", "Demo#2026"))
    window.resize(1400, 860)
    window.show()
    _settle(app)
    window.grab().save(str(out / "home_pending.png"))
    window.open_module("expenses")
    _settle(app)
    window.grab().save(str(out / "module_expenses.png"))
    window.close()

    admin = MainWindow(desk, desk.accounts.authenticate("admin", "Desk#2026"))
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
