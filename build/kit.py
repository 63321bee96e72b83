"""The offline kit and the lock files (issue 10, item 4). Standard library only; run through dev.py.

    python3 dev.py lock                                   build/requirements.lock (+ -dev.lock) from pyproject.toml
    python3 dev.py kit --platform win_amd64 --out DIR     the kit for a Windows PC that has Python 3.12
    python3 dev.py kit --platform linux --out DIR [--check]

A kit is a folder: ``wheels/`` (the project's wheel and one wheel per locked dependency for that
platform), ``requirements.txt`` (the lock's lines that apply to that platform, with their hashes),
``install.cmd``/``run.cmd`` (Windows) or ``install.sh``/``run.sh`` (Linux), and ``KIT.txt``. The install
scripts make a venv beside them and install with ``--no-index --require-hashes``: nothing is fetched.
``--check`` installs the kit it just made into a fresh venv with the network cut off (``unshare -n``
when this machine allows it; ``--no-index`` always) and runs ``desktop selftest`` from it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "build" / "requirements.lock"
DEV_LOCK = ROOT / "build" / "requirements-dev.lock"
UV = "uv==0.13.9"  # also pinned as the `lock` extra in pyproject.toml

# Marker environments of the platforms a kit is made for (PEP 508 names).
TARGETS = {
    "win_amd64": {"pip_platforms": ["win_amd64"], "python": "3.12", "env": {
        "os_name": "nt", "sys_platform": "win32", "platform_system": "Windows", "platform_machine": "AMD64"}},
    "linux": {"pip_platforms": [], "python": f"{sys.version_info.major}.{sys.version_info.minor}", "env": {
        "os_name": "posix", "sys_platform": "linux", "platform_system": "Linux", "platform_machine": "x86_64"}},
}

INSTALL_CMD = r"""@echo off
rem Bureau Desk offline install: a venv beside this file, every package from wheels\ (no network).
setlocal
cd /d "%~dp0"
set PY=py -{python}
%PY% --version >nul 2>&1 || set PY=python
%PY% -m venv .venv || goto :fail
.venv\Scripts\python.exe -m pip install --no-index --find-links wheels --require-hashes -r requirements.txt || goto :fail
.venv\Scripts\python.exe -m pip install --no-index --no-deps wheels\{project_wheel} || goto :fail
.venv\Scripts\desktop.exe selftest || goto :fail
echo.
echo Installed. Start Bureau Desk with run.cmd
exit /b 0
:fail
echo Installation failed (see above).
exit /b 1
"""

RUN_CMD = r"""@echo off
rem Bureau Desk: the GUI without a console window. Arguments go to the program (e.g. --db URL).
start "" "%~dp0.venv\Scripts\pythonw.exe" -m desktop start %*
"""

INSTALL_SH = """#!/bin/sh
# Bureau Desk offline install: a venv beside this file, every package from wheels/ (no network).
set -eu
cd "$(dirname "$0")"
PYTHON="${{PYTHON:-python3}}"
"$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-index --find-links wheels \\
    --require-hashes -r requirements.txt
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-index --no-deps wheels/{project_wheel}
.venv/bin/desktop selftest "$@"
echo "Installed. Start Bureau Desk with ./run.sh"
"""

RUN_SH = """#!/bin/sh
# Bureau Desk: the GUI. Arguments go to the program (e.g. --db URL).
exec "$(dirname "$0")/.venv/bin/desktop" start "$@"
"""

KIT_TXT = """Bureau Desk {version} (机关办公财务系统) — offline kit for {platform}, Python {python}

Made {made} from the lock file build/requirements.lock ({count} packages, each checked by its SHA-256).
Install: {install}   then start: {run}
The database and backups live in the user's data folder (see README); reinstalling keeps them.
"""


def lock(_args: list[str], python: Path) -> int:
    """Resolve pyproject.toml's pins into the full tree, for every platform at once (uv --universal)."""
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", UV], check=True)
    common = [str(python), "-m", "uv", "pip", "compile", str(ROOT / "pyproject.toml"), "--universal",
              "--python-version", "3.11", "--quiet", "--no-header"]
    subprocess.run([*common, "--generate-hashes", "-o", str(LOCK)], check=True, cwd=ROOT)
    subprocess.run([*common, "--extra", "test", "--extra", "bundle", "--extra", "lock", "-o", str(DEV_LOCK)],
                   check=True, cwd=ROOT)
    print(f"» {LOCK.relative_to(ROOT)}: {len(locked_lines())} packages; {DEV_LOCK.relative_to(ROOT)} for development")
    return 0


def locked_lines() -> list[tuple[str, str, str]]:
    """(name==version, marker or "", the full entry with its hashes) for each package in the lock."""
    entries, current = [], []
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line.startswith(" ") and current:
            entries.append(current)
            current = []
        current.append(line)
    if current:
        entries.append(current)
    result = []
    for entry in entries:
        head = entry[0].rstrip(" \\")
        requirement, _, marker = head.partition(";")
        result.append((requirement.strip(), marker.strip(), "\n".join(entry)))
    return result


def _applies(marker: str, env: dict[str, str], python: Path) -> bool:
    """Evaluate a PEP 508 marker for the kit's platform (pip's own ``packaging``, in the venv)."""
    if not marker:
        return True
    code = ("import json,sys\nfrom pip._vendor.packaging.markers import Marker\n"
            "print(Marker(sys.argv[1]).evaluate(json.loads(sys.argv[2])))")
    import json

    result = subprocess.run([str(python), "-c", code, marker, json.dumps(env)], check=True, capture_output=True,
                            text=True)
    return result.stdout.strip() == "True"


def make_kit(argv: list[str], python: Path) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="dev.py kit")
    parser.add_argument("--platform", choices=sorted(TARGETS), required=True)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--python-version", help="the target PC's Python (default: 3.12 for Windows, this one for Linux)")
    parser.add_argument("--check", action="store_true", help="install the kit offline into a new venv and run selftest")
    args = parser.parse_args(argv)
    target = TARGETS[args.platform]
    version = args.python_version or target["python"]
    env = dict(target["env"], python_version=version, python_full_version=f"{version}.0",
               implementation_name="cpython", platform_python_implementation="CPython")
    out: Path = args.out.resolve()
    wheels = out / "wheels"
    if out.exists() and any(out.iterdir()):
        print(f"{out}: not empty; give a new folder", file=sys.stderr)
        return 2
    wheels.mkdir(parents=True)
    entries = [(req, text) for req, marker, text in locked_lines() if _applies(marker, env, python)]
    # Markers are decided above for the target platform (pip would judge them for this machine): each
    # entry's first line becomes "name==version \\", its hash lines stay.
    requirements = "\n".join(req + " \\\n" + text.split("\n", 1)[1] for req, text in entries)
    (out / "requirements.txt").write_text(requirements + "\n", encoding="utf-8")
    print(f"» {len(entries)} locked packages apply to {args.platform} (Python {version})", flush=True)
    download = [str(python), "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--no-deps",
                "--only-binary=:all:", "--require-hashes", "-r", str(out / "requirements.txt"), "-d", str(wheels)]
    if target["pip_platforms"]:
        download += [arg for p in target["pip_platforms"] for arg in ("--platform", p)]
        download += ["--python-version", version, "--implementation", "cp"]
    subprocess.run(download, check=True)
    with tempfile.TemporaryDirectory(prefix="bureau-desk-wheel-") as tmp:
        # From a copy: setuptools writes ./build/lib, and build/ is ours (spec, installer, locks).
        source = Path(tmp) / "src"
        shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".venv", ".git", "dist", ".pyinstaller", "out",
                                                                     "__pycache__", "*.egg-info", ".benchmarks"))
        subprocess.run([str(python), "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check", "--no-deps",
                        "-w", str(wheels), str(source)], check=True, capture_output=True)
    project = sorted(wheels.glob("bureau_desk-*.whl"))[-1].name
    if args.platform == "win_amd64":
        (out / "install.cmd").write_text(INSTALL_CMD.format(python=version, project_wheel=project).replace("\n", "\r\n"),
                                         encoding="utf-8")
        (out / "run.cmd").write_text(RUN_CMD.replace("\n", "\r\n"), encoding="utf-8")
        install, run = "install.cmd", "run.cmd"
    else:
        for name, text in (("install.sh", INSTALL_SH.format(project_wheel=project)), ("run.sh", RUN_SH)):
            (out / name).write_text(text, encoding="utf-8")
            (out / name).chmod(0o755)
        install, run = "./install.sh", "./run.sh"
    from datetime import date

    init = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    app_version = init.split('__version__ = "')[1].split('"')[0]
    (out / "KIT.txt").write_text(KIT_TXT.format(version=app_version, platform=args.platform, python=version,
                                                made=date.today().isoformat(), count=len(entries), install=install,
                                                run=run), encoding="utf-8")
    size = sum(p.stat().st_size for p in wheels.iterdir())
    print(f"» kit in {out}: {len(list(wheels.iterdir()))} wheels, {size / 2**20:.0f} MiB", flush=True)
    if args.check:
        return check_kit(out)
    return 0


def check_kit(kit: Path) -> int:
    """Install the Linux kit into a copy with the network cut off, then its selftest (which install.sh runs)."""
    with tempfile.TemporaryDirectory(prefix="bureau-desk-kit-") as tmp:
        copy = Path(tmp) / "kit"
        shutil.copytree(kit, copy)
        command = ["sh", str(copy / "install.sh"), "--db", f"sqlite:///{Path(tmp) / 'selftest.sqlite3'}"]
        offline = shutil.which("unshare") and subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode == 0
        if offline:
            command = ["unshare", "-rn", *command]
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "VIRTUAL_ENV"))}
        env.update(QT_QPA_PLATFORM="offscreen", PIP_NO_INDEX="1", PIP_CONFIG_FILE=os.devnull)
        print(f"» installing the kit {'with the network cut off (unshare -n)' if offline else 'with --no-index'}",
              flush=True)
        code = subprocess.run(command, env=env).returncode
        print("» kit installed offline and its selftest passed" if code == 0 else f"» kit check FAILED ({code})",
              flush=True)
        return code
