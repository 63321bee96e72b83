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
        _system_dates(language)
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setApplicationName(APP_NAME)
        app.setApplicationVersion(__version__)
        app.setOrganizationName(ORGANISATION)
        app.setDesktopFileName(APP_ID)
    if not app.property("bureauDeskReady"):
        from PySide6.QtGui import QIcon

        from desktop.app.paths import resource_path

        # The window icon (title bars, task bar); the exe's own icon is the .ico in build/bureau_desk.spec.
        app.setWindowIcon(QIcon(str(resource_path("icons", "bureau_desk.png"))))
        install_cjk_font(app)
        app._bureau_desk_translators = install_translators(app, language)  # keep them alive
        app.setProperty("bureauDeskReady", True)
    return app


def _system_dates(language: str | None) -> None:
    """Outside Windows, Qt's file dialog writes dates in the system locale (QLocale.system(), read
    from LC_TIME/LANG when the application starts), not in the default locale: Chinese dates when
    the interface is Chinese and the session has no Chinese locale. (Windows uses its own dialog.)"""
    import os

    from desktop.app.translations import ui_language

    if sys.platform != "win32" and not os.environ.get("LC_ALL") and ui_language(language) == "zh_CN" \
            and not os.environ.get("LC_TIME", os.environ.get("LANG", "")).startswith("zh"):
        os.environ["LC_TIME"] = "zh_CN.UTF-8"


def _set_up(desk) -> bool:  # noqa: ANN001 - a Desk
    """First run: the set-up wizard (a bureau of our own, or the demonstration bureau); False if cancelled."""
    from PySide6.QtWidgets import QDialog

    from desktop.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(desk)
    return wizard.exec() == QDialog.DialogCode.Accepted and desk.has_bureau()


def _open_database(desk_class, db_url: str | None):  # noqa: ANN001, ANN202 - Desk
    """The Desk, or None after a dialog saying why the database cannot be used (written by a newer
    version, its upgrade backup failed, unreachable). After a schema upgrade: the one message
    saying so and where the backup of the database as it was is."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from desktop.services.desk import DatabaseError

    translate = QCoreApplication.translate
    try:
        desk = desk_class.open(db_url)
    except DatabaseError as exc:
        QMessageBox.critical(None, translate("Startup", "Cannot open the database"), str(exc))
        return None
    if desk.upgrade is not None and desk.upgrade.backup_path:
        QMessageBox.information(
            None, translate("Startup", "Database upgraded"),
            translate("Startup", "The database was upgraded to this version's schema ({to}).\n\n"
                                 "A backup of it as it was before was taken first:\n{path}").format(
                to=desk.upgrade.to_revision, path=desk.upgrade.backup_path))
    return desk


def run_gui(db_url: str | None, demo_if_empty: bool) -> int:
    from desktop.app.translations import ui_language

    language = ui_language()
    app = make_app(language=language)
    from desktop.services.desk import Desk

    desk = _open_database(Desk, db_url)
    if desk is None:
        return 2
    if not desk.has_bureau():
        if demo_if_empty:
            from desktop.services.demo import load_demo

            load_demo(desk)
        elif not _set_up(desk):
            desk.close()
            return 0
    from desktop.ui.shell import Shell

    app.setQuitOnLastWindowClosed(False)
    shell = Shell(desk, language=language)
    if not shell.start():
        return 0
    code = app.exec()
    desk.close()
    return code
