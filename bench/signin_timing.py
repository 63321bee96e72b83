"""Sign-in failures take the same time whatever the reason (SEC-01, issue 8 item 8): median time of
``authenticate`` for an unknown user, a wrong password, a locked account and a deactivated one.

    .venv/bin/python bench/signin_timing.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.services.base import Refused  # noqa: E402
from desktop.services.desk import Desk  # noqa: E402
from desktop.services.setup import initialise  # noqa: E402

PASSWORD = "Bench#Sign2026"


def median_ms(fn, runs: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        try:
            fn()
        except Refused:
            pass
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        desk = Desk.open(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        initialise(desk, bureau_name="测试局", bureau_code="T", admin_username="boss", admin_password="Admin#Bench2026",
                   ca_passphrase="Root#CA2026x")
        admin = desk.act_as("boss")
        for name in ("locked", "wrong", "inactive"):
            staff = desk.org.add_staff(admin, name, None)
            desk.accounts.create_account(admin, staff, name, PASSWORD, must_change=False)
        for _ in range(desk.accounts.policy.max_failures):
            median_ms(lambda: desk.accounts.authenticate("locked", "Wrong#2026x"), 1)
        inactive = next(a for a in desk.accounts.list_accounts(admin) if a.username == "inactive")
        desk.accounts.set_active(admin, inactive.id, False)
        cases = {"unknown user": ("nobody", "Wrong#2026x"), "wrong password": ("wrong", "Wrong#2026x"),
                 "locked account": ("locked", PASSWORD), "deactivated account": ("inactive", PASSWORD)}
        for label, (user, password) in cases.items():
            if label == "wrong password":  # keep it below the lock-out: reset between attempts
                account = next(a for a in desk.accounts.list_accounts(admin) if a.username == "wrong")

                def attempt() -> None:
                    desk.accounts.unlock(admin, account.id)
                    desk.accounts.authenticate(user, password)

                unlock_only = median_ms(lambda: desk.accounts.unlock(admin, account.id), runs)
                ms = median_ms(attempt, runs) - unlock_only
            else:
                ms = median_ms(lambda u=user, p=password: desk.accounts.authenticate(u, p), runs)
            print(f"{label:20s} {ms:7.1f} ms")
        desk.close()


if __name__ == "__main__":
    main()
