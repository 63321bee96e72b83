"""Starting the GUI (``desktop start``): Qt application, fonts, translations, database, demo
bureau when asked, sign-in, main window. Heavy modules load lazily so start-up stays quick."""

from __future__ import annotations

import sys

__all__ = ["run_gui", "make_app"]


def make_app(argv: list[str] | None = None, language: str | None = None):  # noqa: ANN201 - QApplication
    """The QApplication with the bundled CJK font and the translators installed (once)."""
    from PySide6.QtWidgets import QApplication

    from desktop import APP_ID, APP_NAME, ORGANISATION, __version__
    from desktop.app.qt_fonts import install_cjk_font
    from desktop.app.translations import install_translators

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setApplicationName(APP_NAME)
        app.setApplicationVersion(__version__)
        app.setOrganizationName(ORGANISATION)
        app.setDesktopFileName(APP_ID)
    if not app.property("bureauDeskReady"):
        install_cjk_font(app)
        app._bureau_desk_translators = install_translators(app, language)  # keep them alive
        app.setProperty("bureauDeskReady", True)
    return app


def _no_bureau_message(url: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    translate = QCoreApplication.translate
    QMessageBox.information(
        None, translate("Startup", "No bureau yet"),
        translate("Startup", "The database {url} has no bureau yet.\n\nCreate it first with:\n"
           "desktop init --bureau-name NAME --bureau-code CODE\n\n"
           "or start with a demonstration bureau: desktop start --demo-if-empty").format(url=url))


def run_gui(db_url: str | None, demo_if_empty: bool) -> int:
    from desktop.app.translations import ui_language

    language = ui_language()
    app = make_app(language=language)
    from desktop.services.desk import Desk

    desk = Desk.open(db_url)
    if not desk.has_bureau():
        if not demo_if_empty:
            _no_bureau_message(desk.url)
            return 1
        from desktop.services.demo import load_demo

        load_demo(desk)
    from desktop.ui.shell import Shell

    app.setQuitOnLastWindowClosed(False)
    shell = Shell(desk, language=language)
    if not shell.start():
        return 0
    code = app.exec()
    desk.close()
    return code
