"""Every Chinese string is translated; the compiled catalogues and generated forms are current."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]


def test_no_unfinished_chinese_translation():
    tree = ET.parse(ROOT / "i18n" / "bureau_desk_zh_CN.ts")
    assert tree.getroot().get("language") == "zh_CN"
    bad = [m.findtext("source") for m in tree.iter("message")
           if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
           or not (m.findtext("translation") or "").strip()]
    assert bad == [], f"unfinished Chinese strings: {bad}"
    assert len(list(tree.iter("message"))) > 100


def test_compiled_catalogue_is_loaded_and_qt_buttons_are_chinese():
    assert (ROOT / "resources" / "i18n" / "bureau_desk_zh_CN.qm").stat().st_mtime >= \
        (ROOT / "i18n" / "bureau_desk_zh_CN.ts").stat().st_mtime - 5
    assert QCoreApplication.translate("Navigation", "Seals") == "印章管理"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def _normalise(text: str) -> str:
    # Header lines name the .ui file and the uic version; the code below them must match.
    return "\n".join(line for line in text.splitlines() if not re.match(r"^## (Form generated|Created by|WARNING)", line)
                     and "from reading UI file" not in line)


def test_generated_forms_are_up_to_date(tmp_path):  # noqa: ANN001
    uic = Path(sys.executable).with_name("pyside6-uic")
    forms = sorted((ROOT / "forms").glob("*.ui"))
    generated = ROOT / "desktop" / "ui" / "forms"
    assert {f"ui_{f.stem}.py" for f in forms} == {p.name for p in generated.glob("ui_*.py")}
    for form in forms:
        out = tmp_path / f"ui_{form.stem}.py"
        subprocess.run([str(uic), "--from-imports", "-o", str(out), str(form)], check=True)
        fresh = _normalise(out.read_text(encoding="utf-8"))
        committed = _normalise((generated / out.name).read_text(encoding="utf-8"))
        assert fresh == committed, f"{out.name} is stale: run `python3 dev.py uic`"


def test_dev_i18n_fills_the_catalogues_after_lupdate_and_lrelease(monkeypatch):  # noqa: ANN001
    """`python3 dev.py i18n` ends with i18n/fill_translations.py and fails when it does (a text without Chinese)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    ran: list[list[str]] = []
    monkeypatch.setattr(dev, "setup", lambda: Path(sys.executable))
    monkeypatch.setattr(dev.subprocess, "run", lambda cmd, **kw: ran.append([str(c) for c in cmd]))
    monkeypatch.setattr(dev.subprocess, "call", lambda cmd, **kw: ran.append([str(c) for c in cmd]) or 1)
    assert dev.cmd_i18n([]) == 1
    tools = [Path(cmd[0]).stem for cmd in ran]
    assert tools[:-1] and all(t in ("pyside6-lupdate", "pyside6-lrelease") for t in tools[:-1])
    assert ran[-1][-1].endswith("fill_translations.py")
