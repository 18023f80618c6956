"""Shared pieces of the exactly-once properties: fault schedules, settings, and the check itself.

One seeded sandbox app per paging style is reused across scenarios; each scenario sets its own fault plan
with ``app.state.faults.replan``. ``PROPERTY_EXAMPLES`` sets the scenarios per property (``make soak``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import httpx
from affiliate_clients import AffiliateClientError, RetryPolicy
from affiliate_clients.http.paging import ConnectionFailed, InconsistentPages
from affiliate_clients.sandbox.common.config import KINDS, FaultPlan
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("PROPERTY_EXAMPLES", "200"))
RESUME_EXAMPLES = max(25, EXAMPLES // 5)
# No waits anywhere: stamina's backoff and the server's Retry-After are both zero. Four tries, so that a
# schedule with several faults on one request runs the tries out and the typed-error branch is exercised.
POLICY = RetryPolicy(attempts=4, wait_initial=0.0, wait_jitter=0.0, wait_max=0.0)
# "slow" answers take SLOW_SECONDS; the client gives up reading after READ_TIMEOUT and retries.
READ_TIMEOUT = 0.1
SLOW_SECONDS = 30.0
TIMEOUT = httpx.Timeout(10.0, read=READ_TIMEOUT)


def examples(count: int) -> settings:
    return settings(max_examples=count, deadline=None, database=None, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def schedules(requests: int) -> st.SearchStrategy[dict[int, str]]:
    """A fault schedule over the first ``requests`` request numbers, every kind possible.

    A "slow" answer costs the client its whole read timeout, so a schedule holds at most one (in about a
    quarter of the scenarios); every other kind may come up to five times, in runs or spread out.
    """
    others = st.sampled_from([kind for kind in KINDS if kind != "slow"])
    slow = st.one_of(st.none(), st.none(), st.none(), st.integers(1, requests))

    def combine(schedule: dict[int, str], slow_at: int | None) -> dict[int, str]:
        return schedule if slow_at is None else {**schedule, slow_at: "slow"}

    return st.builds(combine, st.dictionaries(st.integers(1, requests), others, max_size=5), slow)


def plan(schedule: dict[int, str]) -> FaultPlan:
    return FaultPlan(schedule=schedule, slow_seconds=SLOW_SECONDS, retry_after_seconds=0)


def roundtrip(checkpoint: dict[str, Any] | None) -> dict[str, Any]:
    """A checkpoint as it comes back from disk."""
    assert checkpoint is not None, "an error that ends a pull must say where to resume"
    return dict(json.loads(json.dumps(checkpoint)))


def pull_or_error(records: Iterable[Any], key: Callable[[Any], str]) -> tuple[list[str], AffiliateClientError | None]:
    """The keys a pull yields, and the typed error that ended it early (any other exception fails)."""
    seen: list[str] = []
    try:
        for record in records:
            seen.append(key(record))
    except AffiliateClientError as error:
        return seen, error
    return seen, None


def exactly_once(app: Any, schedule: dict[int, str], start: Callable[[], Iterable[Any]],
                 resume: Callable[[dict[str, Any]], Iterable[Any]], key: Callable[[Any], str],
                 truth: list[str]) -> None:
    """A full pull under ``schedule`` yields ``truth`` exactly once, or stops with a typed error whose
    checkpoint, resumed without faults, yields exactly the rest."""
    app.state.faults.replan(plan(schedule))
    seen, error = pull_or_error(start(), key)
    assert len(seen) == len(set(seen)), "a record was handed out twice"
    for kind in set(schedule.values()):
        event(f"fault {kind}")
    if error is None:
        event("completed")
    else:
        event(f"stopped: {type(error).__name__}")
        if isinstance(error, InconsistentPages | ConnectionFailed):
            assert error.delivered == len(seen) and str(len(seen)) in str(error)
        app.state.faults.replan(FaultPlan())
        rest, again = pull_or_error(resume(roundtrip(error.checkpoint)), key)
        assert again is None, f"the resumed pull failed without faults: {again!r}"
        seen += rest
    assert len(seen) == len(set(seen)), "a record was handed out twice"
    assert sorted(seen) == truth


def killed_and_resumed(app: Any, schedule: dict[int, str], stop: int, client: Callable[[], Any],
                       start: Callable[[Any], tuple[Iterator[Any], Callable[[], dict[str, Any]]]],
                       resume: Callable[[Any, dict[str, Any]], Iterable[Any]], key: Callable[[Any], str],
                       truth: list[str]) -> None:
    """A pull (under ``schedule``) stopped after ``stop`` records, its checkpoint saved as JSON, then resumed
    by a new client without faults: together exactly ``truth``, nothing twice."""
    app.state.faults.replan(plan(schedule))
    seen: list[str] = []
    with client() as first:
        records, checkpoint = start(first)
        try:
            while len(seen) < stop and (record := next(records, None)) is not None:
                seen.append(key(record))
            saved = checkpoint()
        except AffiliateClientError as error:
            event(f"stopped: {type(error).__name__}")
            saved = roundtrip(error.checkpoint)
        finally:
            records.close()  # type: ignore[attr-defined]
    saved = roundtrip(saved)
    app.state.faults.replan(FaultPlan())
    with client() as second:
        rest = [key(record) for record in resume(second, saved)]
    event("resumed at the end" if not rest else "resumed mid-pull")
    assert len(seen) + len(rest) == len(set(seen + rest)), "a record was handed out twice"
    assert sorted(seen + rest) == truth
