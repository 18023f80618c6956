"""Property: whatever the sandbox's drift (kinds, rate, seed) and injected faults, a pull delivers every readable
record exactly once, sets aside exactly the records the sandbox broke, and its drift report counts what the
sandbox tallied. ``PROPERTY_EXAMPLES`` scales it (``make soak``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from affiliate_clients import ImpactClient
from affiliate_clients.http import drift, quarantine
from affiliate_clients.sandbox.common.config import FaultPlan, SandboxConfig
from affiliate_clients.sandbox.common.drift import DRIFT_KINDS, DriftPlan
from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_TOKEN, create_app
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import in_process

from .support import EXAMPLES, POLICY, TIMEOUT, examples

DRIFT_EXAMPLES = max(10, EXAMPLES // 10)
_APPS: dict[tuple[int, float, tuple[str, ...], int], Any] = {}


def _app(seed: int, rate: float, kinds: tuple[str, ...], faults: int) -> Any:
    key = (seed, rate, kinds, faults)
    if key not in _APPS:
        _APPS.clear()  # one at a time: each holds its seeded data
        plan = FaultPlan(seed=faults, rate=0.1, kinds=("429", "503", "drop")) if faults else FaultPlan()
        _APPS[key] = create_app(SandboxConfig(records=800, seed=5, faults=plan,
                                              drift=DriftPlan(seed=seed, rate=rate, kinds=kinds)))
    return _APPS[key]


@examples(DRIFT_EXAMPLES)
@given(seed=st.integers(0, 10_000), rate=st.sampled_from([0.0, 0.01, 0.1, 0.5, 1.0]),
       kinds=st.sets(st.sampled_from(DRIFT_KINDS), min_size=1).map(lambda s: tuple(sorted(s))),
       faults=st.sampled_from([0, 1, 2]))
def test_readable_records_once_broken_ones_set_aside_and_counted(seed: int, rate: float, kinds: tuple[str, ...],
                                                                  faults: int) -> None:
    app = _app(seed, rate, kinds, faults)
    app.state.drift.tally.clear()
    first, last = app.state.actions.anchor - dt.timedelta(days=179), app.state.actions.anchor
    report = drift.DriftReport("impact")
    with ImpactClient(ACCOUNT_SID, AUTH_TOKEN, rate=None, retry=POLICY, timeout=TIMEOUT, **in_process(app)) as impact, \
            drift.collecting(report), quarantine.collecting() as rejected:
        delivered = [a.id for a in impact.actions(first, last, page_size=2000)]
    tally = app.state.drift.tally
    truth = {r.payload["Id"] for r in app.state.actions.records if first <= r.updated <= last}
    broken = tally.keys(breaking=True)
    assert len(delivered) == len(set(delivered))
    assert set(delivered) == truth - broken
    assert sorted(r.record["Id"] for r in rejected) == sorted(broken)
    reported = {(d.operation, d.path, d.kind): d.count for d in report.rows()}
    assert reported == tally.client_counts()
