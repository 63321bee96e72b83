"""The parent of the SIGKILL harness: forks a child that loops user actions on the database
(``driver.child``), kills it with SIGKILL — at a random time, or by letting it kill itself at a
chosen audit entry or just after a chosen commit — and after each kill checks the database
(``invariants.problems``), re-runs the interrupted action the way a user would (only if it left
nothing behind) and checks again that nothing was duplicated.

The child is a fork of this process (already imported, so a kill cycle takes a second, not the
interpreter's start-up); it opens its own connections and leaves with ``os._exit``.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tests.reliability import driver, invariants

__all__ = ["KillReport", "run_kills", "kill_demo"]


@dataclass
class KillReport:
    kills: int = 0
    mid_action: int = 0  # the journal shows an action started and not finished
    by_action: dict[str, int] = field(default_factory=dict)
    reruns: int = 0  # interrupted actions that had left nothing and were run again
    already_done: int = 0  # interrupted actions whose transaction had committed
    problems: list[str] = field(default_factory=list)

    def line(self, label: str) -> str:
        acts = ", ".join(f"{k} {v}" for k, v in sorted(self.by_action.items()))
        return (f"{label}: {self.kills} kills, {self.mid_action} mid-action ({acts}); re-run {self.reruns}, "
                f"found committed {self.already_done}; problems {len(self.problems)}")


def _wait_ready(journal: Path, pid: int, since: int, timeout: float = 60.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if any("ready" in line for line in driver.read_journal(journal)[since:]):
            return True
        done, _status = os.waitpid(pid, os.WNOHANG)
        if done:
            return False
        time.sleep(0.02)
    return False


def _reap(pid: int, timeout: float) -> int:
    """Wait for the child (killed by us or by itself); SIGKILL it if it outlives ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
        time.sleep(0.02)


def _fork_child(url: str, journal: Path, prefix: str, kill_at: tuple[str, int] | None, backup_dir: Path | None) -> int:
    pid = os.fork()
    if pid == 0:  # the child: never returns into the test runner
        code = 3
        try:
            driver.child(url, journal, prefix, kill_at=kill_at, backup_dir=backup_dir)
        except BaseException as exc:  # noqa: BLE001 - reported through the journal, then exit
            try:
                driver.Journal(journal).write(error=f"{type(exc).__name__}: {exc}"[:500])
            finally:
                code = 4
        os._exit(code)
    return pid


def run_kills(url: str, kills: int, *, seed: int, work: Path, max_delay: float = 4.0,
              backup_dir: Path | None = None, log=None) -> KillReport:  # noqa: ANN001
    """``kills`` kill cycles on the database at ``url`` (a prepared demonstration bureau)."""
    rng = random.Random(seed)
    report = KillReport()
    journal = work / f"journal-{seed}.jsonl"
    journal.write_text("")
    prefix = f"K{seed}"  # every child resumes the same plan where the last one was killed
    prefixes = [prefix]
    for n in range(kills):
        mode = rng.choice(("time", "time", "audit", "commit"))
        kill_at = {"audit": ("audit", rng.randint(1, 12)), "commit": ("commit", rng.randint(1, 4))}.get(mode)
        since = len(driver.read_journal(journal))
        pid = _fork_child(url, journal, prefix, kill_at, backup_dir)
        if not _wait_ready(journal, pid, since):
            try:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            report.problems.append(f"kill {n}: child did not start: {driver.read_journal(journal)[-1:]}")
            continue
        if mode == "time":
            time.sleep(rng.uniform(0.0, max_delay))
            os.kill(pid, signal.SIGKILL)
        status = _reap(pid, timeout=120)
        lines = driver.read_journal(journal)[since:]
        errors = [line["error"] for line in lines if "error" in line]
        if errors:
            report.problems.append(f"kill {n}: the child failed before the kill: {errors[0]}")
            continue
        if status and not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            report.problems.append(f"kill {n}: child ended with status {status}, not SIGKILL")
        report.kills += 1
        found = invariants.problems(url, tuple(prefixes), backup_dir)
        step = driver.interrupted(journal)
        if step is not None:
            report.mid_action += 1
            report.by_action[step.action] = report.by_action.get(step.action, 0) + 1
            found += _rerun(url, step, backup_dir, report)
            driver.Journal(journal).write(done=asdict(step))  # the next child goes on from here
            found += invariants.problems(url, tuple(prefixes), backup_dir)
        report.problems += [f"kill {n} ({mode}{kill_at or ''}, {step.action if step else 'between actions'}): {p}"
                            for p in dict.fromkeys(found)]
        if log:
            log(f"kill {n}: {mode} {kill_at or ''} during {step.action if step else '-'}: "
                f"{'OK' if not found else found}")
    return report


def _rerun(url: str, step: driver.Step, backup_dir: Path | None, report: KillReport) -> list[str]:
    """Run the interrupted action again if it left nothing behind; it must then be there once."""
    from desktop.services.desk import Desk

    desk = Desk.open(url)
    try:
        if driver.is_done(desk, step):
            report.already_done += 1
        else:
            driver.run_step(desk, step, backup_dir)
            report.reruns += 1
        if step.action != "backup" and not driver.is_done(desk, step):
            return [f"re-running {step.action} {step.key} did not take"]
        return []
    except Exception as exc:  # noqa: BLE001 - any failure of the re-run is a finding
        return [f"re-running {step.action} {step.key} failed: {type(exc).__name__}: {exc}"]
    finally:
        desk.close()


def kill_demo(url: str, *, delay: float, cwd: Path) -> int | None:
    """Start ``load_demo`` in a fresh interpreter on ``url`` and SIGKILL it after ``delay`` seconds.
    Returns the exit status if it finished first, else None (killed)."""
    code = ("import sys; from desktop.services.desk import Desk; from desktop.services.demo import load_demo; "
            "load_demo(Desk.open(sys.argv[1]))")
    proc = subprocess.Popen([sys.executable, "-c", code, url], cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        proc.wait(timeout=delay)
        return proc.returncode
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return None
