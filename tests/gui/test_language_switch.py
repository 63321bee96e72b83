"""Issue 12 item 14: 语言 → 中文/English, remembered in the user's settings and applied at once (the
window is made again for the same person); English for the names that come from data in Chinese
(document kinds, step labels, transport modes, ticket classes, meals, grades: resources/i18n/terms.csv);
Qt's own dialogs in Chinese in Chinese mode (qtbase_zh_CN.qm plus the texts it lacks)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from desktop.app import translations
from desktop.app.paths import resource_path
from desktop.domain.reception.standards import MEAL_TYPES, MEALS
from desktop.domain.travel.allowances import ABOVE_CLASSES, ALLOWED_CLASSES
from desktop.domain.travel.grades import GRADES, MODE_LABELS
from desktop.ui.shell import Shell
from desktop.ui.terms import english_terms, term
from tests.gui.conftest import texts_of
from tests.gui.sample_bureau import PASSWORD


@pytest.fixture
def own_settings(tmp_path, monkeypatch, bureau_app):  # noqa: ANN001, ANN201
    """QSettings in a folder of the test's own; no $BUREAU_DESK_LANG; Chinese again afterwards."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.delenv(translations.LANG_ENV, raising=False)
    yield tmp_path / "settings"
    translations.remove_translators(bureau_app, bureau_app._bureau_desk_translators)
    bureau_app._bureau_desk_translators = translations.install_translators(bureau_app, "zh_CN")


def test_language_menu_switches_now_and_is_remembered(qtbot, desk, own_settings):  # noqa: ANN001
    """The menu 语言 offers 中文 and English; choosing English shows the same person's window in English
    at once (kinds and steps included) and the choice is the language of the next start."""
    assert translations.ui_language() == "zh_CN"  # never chosen: Chinese
    shell = Shell(desk, language="zh_CN", idle_ms=600_000)
    window = shell.show_main(desk.accounts.authenticate("wangjianguo", PASSWORD))
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuLanguage.actions()] == ["中文", "English"]
    assert window.languageActions["zh_CN"].isChecked()
    assert window.ui.navList.item(0).text() == "首页（待办）"

    window.languageActions["en"].trigger()
    english = shell.window
    qtbot.addWidget(english)
    assert english is not window and english.user.username == "wangjianguo"  # no new sign-in
    assert english.isVisible() and not window.isVisible()
    assert english.ui.navList.item(0).text() == "Home (to do)"
    assert english.languageActions["en"].isChecked()
    assert translations.saved_language() == "en" and translations.ui_language() == "en"
    pending = texts_of(english.home.ui.pendingTable)
    assert pending and all(not any("\u4e00" <= ch <= "\u9fff" for ch in row[1]) for row in pending), pending
    assert {row[1] for row in pending} <= set(english_terms().values())  # kinds in English
    assert all(row[6] in english_terms().values() for row in pending if row[6])  # current steps in English

    english.languageActions["zh_CN"].trigger()
    chinese = shell.window
    qtbot.addWidget(chinese)
    assert chinese.ui.navList.item(0).text() == "首页（待办）"
    assert translations.saved_language() == "zh_CN"
    assert texts_of(chinese.home.ui.pendingTable)[0][1] in english_terms()  # kinds in Chinese again
    chinese.idle.stop()


def test_environment_still_wins_over_the_saved_choice(own_settings, monkeypatch):  # noqa: ANN001
    translations.save_language("en")
    assert translations.ui_language() == "en"
    monkeypatch.setenv(translations.LANG_ENV, "zh_CN")
    assert translations.ui_language() == "zh_CN"


def _preset_names() -> tuple[set[str], set[str]]:
    kinds, steps = set(), set()
    for path in sorted(Path(resource_path("presets")).glob("P-*.json")):
        for chain in json.loads(path.read_text(encoding="utf-8"))["chains"].values():
            kinds.add(chain["title"])
            steps.update(step["label"] for step in chain["steps"])
    return kinds, steps


def test_every_data_name_has_english():
    """English complete for data: every kind and step label of both presets, every transport mode,
    ticket class (TRAVEL-05), meal and meal type (RECEP-05) and grade has an English name."""
    kinds, steps = _preset_names()
    classes = set().union(*ALLOWED_CLASSES.values(), *ABOVE_CLASSES.values())
    names = kinds | steps | set(MODE_LABELS.values()) | classes | set(MEALS.values()) | set(MEAL_TYPES.values()) \
        | set(GRADES)
    missing = sorted(n for n in names if n not in english_terms())
    assert not missing, f"add to resources/i18n/terms.csv: {missing}"
    assert term("差旅费报销单", "en") == "Travel expense claim"
    assert term("飞机", "en") == "Plane" and term("二等座", "en") == "Second-class seat"
    assert term("午餐", "en") == "Lunch" and term("局长审批", "en") == "Approval by the director"
    assert term("差旅费报销单", "zh_CN") == "差旅费报销单"  # Chinese mode: the data as it is
    assert term("本局自定的环节", "en") == "本局自定的环节"  # a bureau's own label: shown as it is


def test_qt_dialog_texts_are_chinese_in_chinese_mode(qtbot, bureau_app, english):  # noqa: ANN001
    """The file dialog read "Folder" and English words in Chinese mode: qtbase_zh_CN.qm lacks some
    of Qt's own texts, which the application supplies; in English mode Qt's texts stay English."""
    translate = QCoreApplication.translate
    assert translate("QAbstractFileIconProvider", "Folder") == "Folder"  # English mode (the fixture)
    translations.remove_translators(bureau_app, bureau_app._bureau_desk_translators)
    bureau_app._bureau_desk_translators = translations.install_translators(bureau_app, "zh_CN")
    assert translate("QAbstractFileIconProvider", "Folder") == "文件夹"
    assert translate("QFileDialog", "Look in:") == "查找范围："
    assert translate("QPlatformTheme", "Cancel") == "取消"
    from PySide6.QtCore import QLocale

    assert QLocale().language() == QLocale.Language.Chinese


def test_file_dialog_dates_follow_the_chinese_interface(monkeypatch):  # noqa: ANN001
    """Outside Windows Qt's file dialog dates use the system locale: a Chinese interface sets LC_TIME."""
    import sys

    from desktop.ui import main

    monkeypatch.setattr(sys, "platform", "linux")
    for name in ("LC_ALL", "LC_TIME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    main._system_dates("en")
    assert "LC_TIME" not in __import__("os").environ
    main._system_dates("zh_CN")
    assert __import__("os").environ["LC_TIME"] == "zh_CN.UTF-8"
