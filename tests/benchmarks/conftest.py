"""Benchmarks (``make bench``): collected only when ``tests/benchmarks`` is named on the command line.

Files are ``bench_*.py``, so plain ``pytest`` / ``make test`` never collects them. Every figure is a ratio to a
baseline measured in the same run (the machine is noisy); nothing here asserts a timing. At the end of the
session the figures are written to ``RESULTS.md`` next to this file, with the machine and the date.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "RESULTS.md"
_ROWS: list[tuple[str, str, str, str]] = []


def _asked_for_benchmarks(config: pytest.Config) -> bool:
    return any(Path(arg.split("::")[0]).resolve().is_relative_to(HERE) for arg in config.args)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Module | None:
    if (file_path.suffix == ".py" and file_path.name.startswith("bench_") and _asked_for_benchmarks(parent.config)
            and not parent.session.isinitpath(file_path)):  # named files are collected by pytest itself
        return pytest.Module.from_parent(parent, path=file_path)
    return None


class Recorder:
    def __call__(self, benchmark: str, figure: str, target: str, verdict: bool | None) -> None:
        mark = "n/a" if verdict is None else ("meets" if verdict else "misses")
        _ROWS.append((benchmark, figure, target, mark))
        print(f"\n  {benchmark}: {figure}  (target {target}: {mark})")


@pytest.fixture(scope="session")
def record() -> Recorder:
    return Recorder()


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}, Python {sys.version.split()[0]}"


def pytest_sessionfinish(session: pytest.Session, exitstatus: Any) -> None:
    if not _ROWS or not _asked_for_benchmarks(session.config):
        return
    lines = ["# Benchmark results", "",
             f"Machine: {_machine()}  ", f"Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC  ",
             ("Command: `make bench` (`pytest tests/benchmarks -q -s`). Ratios are against a baseline measured in "
              "the same run; the machine is shared and noisy, so expect a spread of ±10–20 % between runs."), "",
             "| benchmark | figure | target | verdict |", "|---|---|---|---|"]
    lines += [f"| {b} | {f} | {t} | {v} |" for b, f, t, v in _ROWS]
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
