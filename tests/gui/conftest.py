"""GUI test fixtures: a sample bureau built once per session and copied per test, the Qt
application with our font and Chinese translations, and a helper for modal dialogs."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Callable

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["BUREAU_DESK_LANG"] = "zh_CN"

from desktop.services.desk import Desk  # noqa: E402
from tests.gui.sample_bureau import build_sample  # noqa: E402


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sample")
    path = folder / "sample.sqlite"
    desk = Desk.open(f"sqlite:///{path}")
    build_sample(desk)
    desk.close()  # the last connection closing folds the WAL into the file
    return path


@pytest.fixture
def desk(sample_db: Path, tmp_path: Path) -> Desk:
    target = tmp_path / "t.sqlite"
    for part in sample_db.parent.glob(sample_db.name + "*"):
        shutil.copy(part, tmp_path / part.name.replace(sample_db.name, target.name))
    opened = Desk.open(f"sqlite:///{target}")
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def bureau_app(qapp):  # noqa: ANN001, ANN201 - pytest-qt's QApplication, with our font and translators
    from desktop.ui.main import make_app

    return make_app(language="zh_CN")


@pytest.fixture
def english(bureau_app):  # noqa: ANN001, ANN201
    """The interface in English (as with BUREAU_DESK_LANG=en) for one test, then Chinese again."""
    from desktop.app.translations import install_translators

    def swap(language: str) -> None:
        for translator in bureau_app._bureau_desk_translators:
            bureau_app.removeTranslator(translator)
        bureau_app._bureau_desk_translators = install_translators(bureau_app, language)

    swap("en")
    yield bureau_app
    swap("zh_CN")


@pytest.fixture
def on_modal(qtbot) -> Callable[[Callable], None]:  # noqa: ANN001
    """``on_modal(handler)``: when the next modal dialog is up, call ``handler(dialog)``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def schedule(handler: Callable, tries: int = 300) -> None:
        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if widget is None or not widget.isVisible():
                if tries > 0:
                    QTimer.singleShot(10, lambda: schedule(handler, tries - 1))
                return
            handler(widget)

        QTimer.singleShot(10, poll)

    return schedule


def texts_of(table) -> list[list[str]]:  # noqa: ANN001
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def headers_of(table) -> list[str]:  # noqa: ANN001
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
