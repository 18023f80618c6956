"""5. Regenerating every client (``python -m generator check``: generate into a temporary folder and compare)."""

from __future__ import annotations

import subprocess
import sys
import time

from generator.specs import api_names

from .conftest import Recorder


def test_generate_time_for_all_specs(record: Recorder) -> None:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    startup = time.perf_counter() - start
    apis = api_names()
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "generator", "check", *apis], check=False, capture_output=True)
    seconds = time.perf_counter() - start
    record(f"regenerate all clients ({', '.join(apis)}; exit {proc.returncode})",
           f"{seconds:.1f} s ({seconds / startup:.0f}× a bare interpreter start of {startup * 1000:.0f} ms)",
           "≤ 15 s on 2 cores", seconds <= 15)
