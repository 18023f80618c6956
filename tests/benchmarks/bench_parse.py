"""1. Typed parse: bytes → generated models, as a ratio to stdlib ``json.loads`` of the same bytes.

The impact page's verdict is measured in a fresh interpreter (``python -m tests.benchmarks.bench_parse``). The
fast parse builds 20,000 attrs models, which the garbage collector tracks, and the collections they trigger
traverse the whole heap; ``json.loads`` builds dicts of strings, which it does not track. In the suite's own
process that heap holds what the benchmarks before this one left, so the ratio there depends on which ran
first. It is recorded too, as a reference.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from affiliate_clients.generated.impact_client.models import ActionList
from affiliate_clients.http import fastparse

from .conftest import Recorder
from .pages import action_rows, page_body
from .timing import best_of

ROOT = Path(__file__).resolve().parents[2]


def impact_times() -> dict[str, Any]:
    """Best seconds of each parse of one 20,000-action page, and the page's size in bytes."""
    body = page_body(action_rows(20_000))
    assert fastparse.parse(ActionList, body) == ActionList.from_dict(json.loads(body))
    times = best_of({
        "json.loads": lambda: json.loads(body),
        "stock": lambda: ActionList.from_dict(json.loads(body)),
        "fast": lambda: fastparse.parse(ActionList, body),
        "guard": lambda: fastparse.dates_safe(body),
    })
    drifted = page_body(drifted_rows(action_rows(20_000)))
    started = time.perf_counter()
    learned = fastparse.parse(ActionList, drifted)  # the first drifted page: the fast path learns the members
    first = time.perf_counter() - started
    assert learned == ActionList.from_dict(json.loads(drifted))
    drift_times = best_of({
        "drift json.loads": lambda: json.loads(drifted),
        "drift fast": lambda: fastparse.parse(ActionList, drifted),
    })
    return {**times, **drift_times, "drift first": first, "bytes": len(body)}


def drifted_rows(rows: list[dict[str, str]]) -> list[dict[str, Any]]:
    """The rows as a vendor that drifted would send them: two members the spec does not name on every action,
    and a ``State`` the spec does not list on 1 % of them."""
    out: list[dict[str, Any]] = []
    for n, row in enumerate(rows):
        row = {**row, "ExtraChannel": f"channel-{n % 7}", "ExtraScore": str(n % 100)}
        if n % 100 == 0:
            row["State"] = "ON_HOLD"
        out.append(row)
    return out


def test_typed_parse_of_a_20000_action_impact_page(record: Recorder) -> None:
    child = subprocess.run([sys.executable, "-m", "tests.benchmarks.bench_parse"], cwd=ROOT, capture_output=True,
                           text=True, timeout=600, check=True)
    times = json.loads(child.stdout.strip().splitlines()[-1])
    shared = impact_times()
    base = times["json.loads"]
    record(f"parse impact page, 20,000 actions ({times['bytes'] / 1e6:.1f} MB): fastparse.parse / json.loads "
           "(a fresh interpreter)",
           f"{times['fast'] / base:.2f}× (json.loads {base * 1000:.0f} ms; of which the date-spelling guard "
           f"{times['guard'] / base:.2f}×)", "≤ 1.0×", times["fast"] / base <= 1.0)
    drift_base = times["drift json.loads"]
    record("parse impact page under additive drift (two unnamed members on every action, an unknown State on 1 %): "
           "fastparse.parse / json.loads (a fresh interpreter, after the first page taught it the members)",
           f"{times['drift fast'] / drift_base:.2f}× (json.loads {drift_base * 1000:.0f} ms; the first drifted page, "
           f"learning included: {times['drift first'] / drift_base:.2f}×)", "≤ 1.0×",
           times["drift fast"] / drift_base <= 1.0)
    record("parse impact page, the same in the benchmark suite's own process (its heap holds what the benchmarks "
           "before it left)",
           f"{shared['fast'] / shared['json.loads']:.2f}× (json.loads {shared['json.loads'] * 1000:.0f} ms)",
           "(reference)", None)
    record("parse impact page: stock json.loads + generated from_dict / json.loads",
           f"{times['stock'] / base:.2f}×", "(reference)", None)


def _conversion_page(limit: int = 300) -> bytes:
    """One Partnerize conversion report page (``limit`` records, nested items) as the sandbox serves it."""
    import httpx
    from affiliate_clients.sandbox.common.config import SandboxConfig
    from affiliate_clients.sandbox.common.serve import SyncASGITransport
    from affiliate_clients.sandbox.partnerize import AUTH_HEADERS, create_app

    transport = SyncASGITransport(create_app(SandboxConfig(records=2_000, seed=3)))
    try:
        with httpx.Client(transport=transport, base_url="http://127.0.0.1", headers=AUTH_HEADERS) as client:
            response = client.get("/reporting/report_publisher/publisher/1l1007802/conversion.json",
                                  params={"start_date": "2000-01-01T00:00:00Z", "end_date": "2100-01-01T00:00:00Z",
                                          "limit": limit})
            response.raise_for_status()
            return response.content
    finally:
        transport.close()


def test_typed_parse_of_a_partnerize_conversion_page(record: Recorder) -> None:
    from affiliate_clients.generated.partnerize_client.models import ConversionReport

    body = _conversion_page()
    parsed = fastparse.parse(ConversionReport, body)
    assert parsed == ConversionReport.from_dict(json.loads(body)) and len(parsed.conversions) == 300
    times = best_of({
        "json.loads": lambda: json.loads(body),
        "fast": lambda: fastparse.parse(ConversionReport, body),
    }, rounds=15)
    base = times["json.loads"]
    path = "fast path" if fastparse.fast_path_for(ConversionReport) else "stock parser: no fast path for it yet"
    record(f"parse Partnerize conversion page (300 records, nested items, {len(body) / 1e3:.0f} kB): "
           "fastparse.parse / json.loads",
           f"{times['fast'] / base:.2f}× (json.loads {base * 1000:.1f} ms; {path})", "≤ 1.0×",
           times["fast"] / base <= 1.0)


if __name__ == "__main__":
    print(json.dumps(impact_times()))
