"""Interface language: our own catalogue (resources/i18n/bureau_desk_<lang>.qm) and Qt's own
(qtbase_<lang>.qm, so standard buttons read 确定/取消). Simplified Chinese is the default;
English is chosen with ``BUREAU_DESK_LANG=en`` or in the menu 语言 (remembered in the user's
settings, QSettings)."""

from __future__ import annotations

import os

from desktop.app.paths import resource_path

__all__ = ["LANG_ENV", "DEFAULT_LANGUAGE", "LANGUAGE_PROPERTY", "ui_language", "install_translators",
           "remove_translators", "saved_language", "save_language", "current_language", "QT_MISSING_ZH"]

LANG_ENV = "BUREAU_DESK_LANG"
DEFAULT_LANGUAGE = "zh_CN"
LANGUAGE_PROPERTY = "bureauDeskLanguage"  # on the QApplication: the language installed now
_KNOWN = {"zh": "zh_CN", "zh_cn": "zh_CN", "zh-cn": "zh_CN", "en": "en", "en_us": "en", "en-us": "en"}
_SETTING = "ui/language"

# Qt's own texts that qtbase_zh_CN.qm leaves in English (the file dialog's type column and the like).
QT_MISSING_ZH: dict[tuple[str, str], str] = {
    ("QAbstractFileIconProvider", "Folder"): "文件夹",
    ("QAbstractFileIconProvider", "Drive"): "驱动器",
    ("QAbstractFileIconProvider", "File"): "文件",
    ("QAbstractFileIconProvider", "File Folder"): "文件夹",
    ("QAbstractFileIconProvider", "Alias"): "别名",
    ("QAbstractFileIconProvider", "Shortcut"): "快捷方式",
    ("QAbstractFileIconProvider", "Unknown"): "未知",
    ("QAbstractFileIconProvider", "%1 File"): "%1 文件",
}


def _settings():  # noqa: ANN202 - QSettings
    from PySide6.QtCore import QSettings

    from desktop import APP_NAME, ORGANISATION

    return QSettings(ORGANISATION, APP_NAME)


def saved_language() -> str | None:
    """The language the user chose in the menu 语言 (None if never chosen)."""
    value = _settings().value(_SETTING)
    return _KNOWN.get(str(value).strip().lower()) if value else None


def save_language(language: str) -> str:
    lang = ui_language(language)
    settings = _settings()
    settings.setValue(_SETTING, lang)
    settings.sync()
    return lang


def ui_language(requested: str | None = None) -> str:
    """``zh_CN`` or ``en``: the argument, else ``$BUREAU_DESK_LANG``, else the saved choice, else Chinese."""
    value = (requested or os.environ.get(LANG_ENV) or saved_language() or DEFAULT_LANGUAGE).strip().lower()
    return _KNOWN.get(value, DEFAULT_LANGUAGE)


def current_language() -> str:
    """The language installed in the running application (Chinese when none was installed)."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    value = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return value or DEFAULT_LANGUAGE


def _supplement(app):  # noqa: ANN001, ANN202 - a QTranslator for QT_MISSING_ZH
    from PySide6.QtCore import QTranslator

    class QtSupplement(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN202, ARG002
            return QT_MISSING_ZH.get((context, source))  # None: not ours, the next catalogue is asked

        def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
            return False

    return QtSupplement(app)


def install_translators(app, language: str | None = None) -> list:  # noqa: ANN001 - a QCoreApplication
    """Load and install the translators for ``language``; returns them (keep them alive)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    lang = ui_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh_CN"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app.setProperty(LANGUAGE_PROPERTY, lang)
    installed = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", f"bureau_desk_{lang}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    if lang != "en":
        supplement = _supplement(app)  # installed before qtbase: asked only where qtbase has nothing
        app.installTranslator(supplement)
        installed.append(supplement)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
    return installed


def remove_translators(app, translators: list) -> None:  # noqa: ANN001
    for translator in translators:
        app.removeTranslator(translator)
