#!/usr/bin/env python3
"""Developer entry point. Standard library only: it runs before anything is installed.

    python3 dev.py run     set up .venv, install the pinned dependencies, open the app
                           (a demonstration bureau is loaded if the database is empty)
    python3 dev.py test    set up the same way and run the whole test suite
    python3 dev.py uic     compile forms/*.ui into desktop/ui/forms/ui_*.py
    python3 dev.py i18n    update i18n/*.ts from the sources and compile them to .qm
    python3 dev.py bundle [--check]
                           the frozen program in dist/BureauDesk (PyInstaller, build/bureau_desk.spec);
                           --check runs it headless: selftest, demo, gallery, verify, xlsx
    python3 dev.py kit --platform win_amd64|linux --out DIR [--check]
                           the offline kit: every locked wheel for that platform + install/run scripts
    python3 dev.py lock    pin the whole dependency tree into build/requirements*.lock (uv)
    python3 dev.py rules   docs/rules-coverage.md: each catalogue rule, where it is enforced and
                           which test checks it, or why the app leaves it alone (exit 1 if neither)
    python3 dev.py mutate [money|allowances|engine|meeting|visit …]
                           mutation testing (mutmut, pyproject.toml [tool.mutmut]; not in CI) of those
                           domain modules against tests/domain: killed/total per module (docs/mutation.md)

On Windows use ``py dev.py …``.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def venv_tool(name: str) -> Path:
    folder = VENV / ("Scripts" if os.name == "nt" else "bin")
    exe = folder / (name + (".exe" if os.name == "nt" else ""))
    return exe


def setup(extras: str = "test") -> Path:
    """Create .venv if missing and install the project with the extras' dependencies, every
    package at the version of build/requirements-dev.lock (the whole tree, not only our pins).

    Re-installs only when pyproject.toml, the lock or the extras changed since the last install.
    """
    python = venv_python()
    if not python.exists():
        print("» creating .venv", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    lock = ROOT / "build" / "requirements-dev.lock"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + lock.read_bytes()).hexdigest()
    done = STAMP.read_text().split() if STAMP.exists() else []
    if not done or done[0] != digest or extras not in done[1:]:
        print(f"» installing dependencies (pinned in {lock.relative_to(ROOT)})", flush=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        "--upgrade", "pip==26.3"], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                        "-c", str(lock), "-e", f"{ROOT}[{extras}]"], check=True)
        kept = done[1:] if done and done[0] == digest else []
        # Atomic: .ci/run builds the bundle (extras "bundle") while the tests start (extras "test").
        partial = STAMP.with_suffix(".partial")
        partial.write_text(" ".join([digest, *sorted(set(kept) | {extras})]))
        os.replace(partial, STAMP)
    return python


def cmd_run(args: list[str]) -> int:
    python = setup()
    # `desktop start` loads the demonstration bureau into an empty database, then opens the GUI.
    return subprocess.call([str(python), "-m", "desktop", "start", "--demo-if-empty", *args], cwd=ROOT)


def cmd_test(args: list[str]) -> int:
    python = setup()
    # The layering contracts first (pyproject.toml [tool.importlinter]), so that pytest's summary
    # is the last thing printed.
    lint = subprocess.run([str(venv_tool("lint-imports"))], cwd=ROOT, capture_output=True, text=True)
    if lint.returncode != 0:
        print(lint.stdout, lint.stderr, sep="\n")
        print("import contracts (pyproject.toml [tool.importlinter]) are broken", file=sys.stderr)
        return lint.returncode
    print("» import contracts kept", flush=True)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(python), "-m", "pytest", *args], cwd=ROOT, env=env)


def cmd_uic(_args: list[str]) -> int:
    setup()
    out_dir = ROOT / "desktop" / "ui" / "forms"
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "__init__.py").write_text('"""Generated from forms/*.ui by `python3 dev.py uic`: do not edit."""\n')
    for ui in sorted((ROOT / "forms").glob("*.ui")):
        target = out_dir / f"ui_{ui.stem}.py"
        subprocess.run([str(venv_tool("pyside6-uic")), "--from-imports", "-o", str(target), str(ui)],
                       check=True)
        # Strip the absolute path uic writes, so the output does not depend on the checkout.
        text = target.read_text(encoding="utf-8").replace(str(ui), f"forms/{ui.name}")
        target.write_text(text, encoding="utf-8")
        print(f"» {ui.relative_to(ROOT)} → {target.relative_to(ROOT)}")
    return 0


def cmd_i18n(_args: list[str]) -> int:
    setup()
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    sources += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "forms").glob("*.ui"))
    qm_dir = ROOT / "resources" / "i18n"
    qm_dir.mkdir(parents=True, exist_ok=True)
    for ts in sorted((ROOT / "i18n").glob("*.ts")):
        subprocess.run([str(venv_tool("pyside6-lupdate")), "-no-obsolete", *sources, "-ts", str(ts.relative_to(ROOT))],
                       check=True, cwd=ROOT)
        subprocess.run([str(venv_tool("pyside6-lrelease")), str(ts), "-qm", str(qm_dir / (ts.stem + ".qm"))],
                       check=True, cwd=ROOT)
    # Fill the new strings (Chinese from i18n/zh_cn.py, English as is) and compile again; it fails
    # naming any source text that has no Chinese yet, so nothing stays unfinished.
    return subprocess.call([str(venv_python()), str(ROOT / "i18n" / "fill_translations.py")], cwd=ROOT)


def _build_module(name: str):  # noqa: ANN202 - build/ holds the packaging scripts (not a package)
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"bureau_desk_{name}", ROOT / "build" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cmd_bundle(args: list[str]) -> int:
    return _build_module("bundle").main(args, setup("bundle"))


def cmd_kit(args: list[str]) -> int:
    return _build_module("kit").make_kit(args, setup("test"))


def cmd_lock(args: list[str]) -> int:
    return _build_module("kit").lock(args, setup("test"))


def cmd_rules(_args: list[str]) -> int:
    """docs/rules-coverage.md: each catalogue rule → where enforced and which test, or why not (exit 1 if neither)."""
    sys.path.insert(0, str(ROOT / "tests"))
    import rules_coverage

    return rules_coverage.main()


# `dev.py mutate`: the modules of [tool.mutmut] only_mutate, by their short names (docs/mutation.md).
MUTATED = {"money": "desktop.domain.money", "allowances": "desktop.domain.travel.allowances",
           "engine": "desktop.domain.approval.engine", "meeting": "desktop.domain.meetings.meeting",
           "visit": "desktop.domain.reception.visit"}
MUTMUT = "mutmut==3.8.1"  # pinned here, not in the locks (not in CI); 3.3 cannot run on pytest 9 (it reads Item._nodeid)


def mutation_scores(results: str) -> dict[str, tuple[int, int]]:
    """(killed, total) per module from `mutmut results --all true` ("name: status" lines); a
    timeout counts as killed, as in mutmut's own score."""
    import re

    scores: dict[str, list[int]] = {}
    for line in results.splitlines():
        name, sep, status = line.strip().rpartition(": ")
        if not sep or "__mutmut_" not in name:
            continue
        module = re.split(r"\.x[_\u01c1]", name, maxsplit=1)[0]
        score = scores.setdefault(module, [0, 0])
        score[1] += 1
        score[0] += status.strip() in ("killed", "timeout")
    return {m: (k, n) for m, (k, n) in sorted(scores.items())}


def cmd_mutate(args: list[str]) -> int:
    """Mutation testing (not in CI: minutes per module); one module at a time on a shared machine."""
    unknown = [a for a in args if a not in MUTATED]
    if unknown:
        print(f"unknown module {unknown}; one of {', '.join(MUTATED)}", file=sys.stderr)
        return 2
    python = setup()
    if not venv_tool("mutmut").exists():
        print(f"» installing {MUTMUT}", flush=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", MUTMUT],
                       check=True)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # A failing domain test makes every score meaningless: refuse before mutating.
    clean = subprocess.call([str(python), "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "tests/domain"],
                            cwd=ROOT, env=env)
    if clean != 0:
        print("tests/domain fails as it stands: fix it before mutation testing", file=sys.stderr)
        return 1
    modules = [MUTATED[a] for a in args] or list(MUTATED.values())
    children = os.environ.get("MUTMUT_CHILDREN", "1")  # the machine is shared; raise it on your own
    code = subprocess.call([str(venv_tool("mutmut")), "run", "--max-children", children,
                            *(m + ".*" for m in modules)], cwd=ROOT, env=env)
    results = subprocess.run([str(venv_tool("mutmut")), "results", "--all", "true"], cwd=ROOT, env=env,
                             capture_output=True, text=True).stdout
    print("\nmodule                                  killed / total")
    for module, (killed, total) in mutation_scores(results).items():
        if module in modules:
            print(f"{module:<40}{killed:>6} / {total:<6}{100 * killed // max(total, 1):>4} %")
    print("survivors: mutmut results; one of them: mutmut show NAME; the equivalent ones: docs/mutation.md")
    return code


COMMANDS = {"run": cmd_run, "test": cmd_test, "uic": cmd_uic, "i18n": cmd_i18n, "bundle": cmd_bundle, "kit": cmd_kit,
            "lock": cmd_lock, "rules": cmd_rules, "mutate": cmd_mutate}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
