"""`pip install .` gives a working package: resources inside it, the `desktop` console command."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_carries_resources_and_console_command(tmp_path):
    # Build from a copy: setuptools writes ./build/lib…, and build/ is ours (PyInstaller spec).
    source = tmp_path / "src"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".venv", ".git", "out", "dist", ".pyinstaller", "__pycache__",
                                                                    "*.egg-info"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                    str(tmp_path), str(source)], check=True, capture_output=True)
    wheel = next(tmp_path.glob("bureau_desk-*.whl"))
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        entry_points = next(zf.read(n).decode() for n in names if n.endswith("entry_points.txt"))
        zf.extractall(tmp_path / "site")
    assert "desktop = desktop.cli:main" in entry_points
    assert {"desktop/bundled/fonts/WenQuanYiMicroHei.ttf", "desktop/bundled/presets/P-000.json",
            "desktop/bundled/presets/P-001.json", "desktop/bundled/standards/travel_standards.csv",
            "desktop/bundled_forms/sheets/expense_claim.json", "desktop/bundled/i18n/bureau_desk_zh_CN.qm",
            "desktop/bundled/icons/bureau_desk.png", "desktop/bundled/finance/chart.csv",
            "desktop/bundled/finance/economic_classes.csv"} <= names
    assert any(n.startswith("desktop/persistence/migrations/versions/") for n in names)
    # The installed copy finds its own resources (no checkout around it).
    probe = ("from desktop.services.rule_presets import shipped_presets; "
             "from desktop.documents.fonts import cjk_font_path; "
             "from desktop.documents.layout import load_layouts; "
             "from desktop.services.travel import default_standards; "
             "from desktop.services.books import shipped_chart; "
             "assert 'expense_claim' in load_layouts() and default_standards() and len(shipped_chart()) > 100; "
             "print(sorted(shipped_presets()), cjk_font_path().exists(), cjk_font_path())")
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                         env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("['P-000', 'P-001'] True") and "site/desktop/bundled" in out.stdout
