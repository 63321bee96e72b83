"""The install story's files agree with each other (issue 10): the lock pins exactly what pyproject.toml
pins, the kit takes each locked package for the right platform, and the installer script names the
programs and icon the PyInstaller spec makes (CI cannot run Inno Setup: these are its checks here).
The frozen program itself is built and run by ``.ci/run`` (``python3 dev.py bundle --check``).

Rule IDs: SEC-10 (an upgrade keeps the data: the installer never deletes the data folder)."""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_build_module(name: str):  # noqa: ANN201
    spec = importlib.util.spec_from_file_location(f"build_{name}", ROOT / "build" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pins(text: str) -> dict[str, str]:
    """name → version for every ``name==version`` line (names normalised as PEP 503)."""
    found = {}
    for name, version in re.findall(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)", text, flags=re.M):
        found[re.sub(r"[-_.]+", "-", name).lower()] = version
    return found


def test_the_locks_pin_what_pyproject_pins_and_every_runtime_package_has_hashes():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = pins("\n".join(project["dependencies"]).replace("[binary]", ""))
    extras = pins("\n".join(d for group in project["optional-dependencies"].values() for d in group))
    lock = (ROOT / "build" / "requirements.lock").read_text(encoding="utf-8")
    dev_lock = pins((ROOT / "build" / "requirements-dev.lock").read_text(encoding="utf-8"))
    locked = pins(lock)
    for name, version in runtime.items():
        assert locked.get(name) == version, f"{name}: pyproject {version}, lock {locked.get(name)}: run dev.py lock"
        assert dev_lock.get(name) == version, name
    for name, version in extras.items():
        assert dev_lock.get(name) == version, f"{name}: pyproject {version}, dev lock {dev_lock.get(name)}"
    # The whole tree, not only our pins: pyHanko's and PySide6's own dependencies are there too.
    assert {"pyside6-essentials", "pyside6-addons", "shiboken6", "pydantic-core", "asn1crypto"} <= set(locked)
    kit = load_build_module("kit")
    entries = kit.locked_lines()
    assert len(entries) == len(locked)
    assert all("--hash=sha256:" in text for _, _, text in entries)


def test_the_kit_takes_each_package_for_its_platform():
    kit = load_build_module("kit")
    python = Path(sys.executable)
    marked = {req.split("==")[0]: marker for req, marker, _ in kit.locked_lines() if marker}
    assert "tzdata" in marked  # Windows has no zoneinfo database of its own
    windows = dict(kit.TARGETS["win_amd64"]["env"], python_version="3.12", python_full_version="3.12.0",
                   implementation_name="cpython", platform_python_implementation="CPython")
    linux = dict(kit.TARGETS["linux"]["env"], python_version="3.11", python_full_version="3.11.0",
                 implementation_name="cpython", platform_python_implementation="CPython")
    assert kit._applies(marked["tzdata"], windows, python)
    assert not kit._applies(marked["tzdata"], linux, python)
    assert kit._applies(marked["psycopg-binary"], linux, python)  # the PostgreSQL driver, on CPython


def test_the_installer_names_what_the_spec_builds():
    spec = (ROOT / "build" / "bureau_desk.spec").read_text(encoding="utf-8")
    iss = (ROOT / "build" / "installer.iss").read_text(encoding="utf-8")
    init = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    app_id = re.search(r'APP_ID = "([^"]+)"', init).group(1)
    # Two programs in one folder: the GUI (no console) named after the app, the console one `desktop`.
    assert re.search(r"name=APP_ID,\s*console=False", spec) and re.search(r'name="desktop",\s*console=True', spec)
    assert f'#define AppExe "{app_id}.exe"' in iss and '#define CliExe "desktop.exe"' in iss
    assert f'#define Dist "..\\dist\\{app_id}"' in iss
    icon = re.search(r"SetupIconFile=\.\.\\(.+)", iss).group(1).strip().replace("\\", "/")
    assert (ROOT / icon).is_file() and (ROOT / icon).read_bytes()[:4] == b"\x00\x00\x01\x00"  # an .ico
    assert "resources\" / \"icons\" / \"bureau_desk.ico" in spec
    # Per machine, 64-bit Windows 10+, upgrade in place (a fixed AppId), data never deleted (SEC-10).
    assert "PrivilegesRequired=admin" in iss and "DefaultDirName={autopf}" in iss and "MinVersion=10.0" in iss
    assert re.search(r"AppId=\{\{[0-9A-F-]{36}\}", iss)
    assert "[UninstallDelete]" not in iss.replace("No [UninstallDelete]", "")
    assert "LOCALAPPDATA" not in "".join(line for line in iss.splitlines() if not line.startswith(";"))
    # What PyInstaller cannot see: data read by path and modules loaded by name.
    for needed in ('"forms" / "sheets"', '"resources"', '"migrations"', 'collect_submodules("reportlab.graphics.barcode")',
                   '"psycopg_binary"', '"PySide6.QtPdf"'):
        assert needed in spec, needed


def test_a_windowed_program_never_writes_to_the_missing_stdout(monkeypatch, tmp_path):
    """The GUI exe has no console: sys.stdout and sys.stderr are None. Commands that print, a usage
    error and --help must finish with their exit codes, not an AttributeError (issue 10, item 2)."""
    from desktop.cli import main

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    db = f"sqlite:///{tmp_path / 'none.sqlite3'}"
    assert main(["--version"]) == 0
    assert main(["verify", str(tmp_path / "missing.pdf")]) == 2
    assert main(["no-such-command"]) == 2
    assert main(["selftest", "--help"]) == 0
    assert main(["approvals", "list", "--db", db, "--user", "nobody"]) == 2
    assert not (tmp_path / "none.sqlite3").exists()


def test_the_gui_program_with_only_options_opens_the_app(monkeypatch):
    """A shortcut's target ``BureauDesk.exe --db URL`` (no command) opens the app on that database, as
    ``desktop start --db URL`` does; --help and --version stay the program's own."""
    import desktop.ui.main
    from desktop.cli import main

    opened = []
    monkeypatch.setattr(desktop.ui.main, "run_gui", lambda db_url, demo_if_empty: opened.append(db_url) or 0)
    assert main(["--db", "sqlite:////tmp/elsewhere.sqlite3"]) == 0
    assert main([]) == 0
    assert opened == ["sqlite:////tmp/elsewhere.sqlite3", None]
    assert main(["--version"]) == 0 and len(opened) == 2
