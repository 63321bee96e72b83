"""Interface language: our own catalogue (resources/i18n/bureau_desk_<lang>.qm) and Qt's own
(qtbase_<lang>.qm, so standard buttons read 确定/取消). Simplified Chinese is the default;
English is chosen with ``BUREAU_DESK_LANG=en``."""

from __future__ import annotations

import os

from desktop.app.paths import resource_path

__all__ = ["LANG_ENV", "DEFAULT_LANGUAGE", "ui_language", "install_translators"]

LANG_ENV = "BUREAU_DESK_LANG"
DEFAULT_LANGUAGE = "zh_CN"
_KNOWN = {"zh": "zh_CN", "zh_cn": "zh_CN", "zh-cn": "zh_CN", "en": "en", "en_us": "en", "en-us": "en"}


def ui_language(requested: str | None = None) -> str:
    """``zh_CN`` or ``en``: the argument, else ``$BUREAU_DESK_LANG``, else Chinese."""
    value = (requested or os.environ.get(LANG_ENV) or DEFAULT_LANGUAGE).strip().lower()
    return _KNOWN.get(value, DEFAULT_LANGUAGE)


def install_translators(app, language: str | None = None) -> list:  # noqa: ANN001 - a QCoreApplication
    """Load and install the translators for ``language``; returns them (keep them alive)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    lang = ui_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh_CN"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    installed = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", f"bureau_desk_{lang}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
    return installed
