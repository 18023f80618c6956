"""Interleaved best-of-N timing: each contender is timed in turn, so drift on a noisy machine hits all alike."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any


def best_of(contenders: dict[str, Callable[[], Any]], rounds: int = 7) -> dict[str, float]:
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(rounds):
        for name, run in contenders.items():
            gc.collect()
            start = time.perf_counter()
            result = run()
            best[name] = min(best[name], time.perf_counter() - start)
            del result
    return best
