"""The one timing helper of the benchmark scripts (they run as scripts, so ``bench/`` is on the path)."""

from __future__ import annotations

import statistics
import time
from typing import Callable

__all__ = ["median_ms"]


def median_ms(fn: Callable[[], object], runs: int) -> float:
    """Median wall time of ``fn()`` in milliseconds over ``runs`` calls, after one warm-up call."""
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)
