"""Pacing an account's requests across its partitions, and telling the driver what the workers do.

One :class:`~...http.budget.RequestBudget` per account paces every request of all its windows: the runner
fetches an account's windows one after another in one task (:func:`.scale_runner.run_account`), each window's
client sending through a :class:`PacedTransport` over that one budget (the clients themselves get ``rate=None``,
so nothing is paced twice). Requests therefore flow at the account's rate from its first window to its last,
with no pause between windows and no fresh burst when a window starts. Every attempt a retry makes passes
through the budget too, as the server counts it.

Workers report to the driver through Dask's event log (``Worker.log_event`` / ``Client.subscribe_topic``):
a partition finished or failed, and an account waiting for its budget (which account, until when), so the
progress shows a wait as a wait. Events are plain dicts; outside a Dask worker they are dropped.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Self

import httpx

from ...http.budget import Rate, RequestBudget

# A wait shorter than this is pacing at full speed, not worth telling anyone about.
REPORTED_WAIT = 1.0
# How late a request may leave or arrive after its slot (a sleep overrunning on a busy machine, a slower
# connection than the previous request's): each request is charged this much more of the budget, so the server
# never sees two requests closer than its rate allows. An absolute time: at 500 an hour it is 0.7% of a slot.
JITTER_SECONDS = 0.05


def account_budget(rate: Rate) -> RequestBudget:
    """The budget pacing every request of one account: ``rate`` with room for :data:`JITTER_SECONDS`."""
    return RequestBudget(rate, headroom=max(0.02, JITTER_SECONDS * rate.per_second))


def emit(topic: str | None, **event: Any) -> None:
    """Send ``event`` to the driver subscribed to ``topic`` (nothing outside a Dask worker or without a topic)."""
    if topic is None:
        return
    try:
        from dask.distributed import get_worker

        worker = get_worker()
    except (ImportError, ValueError):
        return
    worker.log_event(topic, event)


class PacedTransport(httpx.BaseTransport):
    """Sends each request once ``budget`` allows it (over ``inner``, a fresh network transport by default);
    a wait of :data:`REPORTED_WAIT` seconds or more is first told to ``on_wait`` with the moment it ends
    (``time.time()`` seconds)."""

    def __init__(self, budget: RequestBudget, on_wait: Callable[[float], None] | None = None,
                 inner: httpx.BaseTransport | None = None) -> None:
        self.budget = budget
        self.on_wait = on_wait
        self.inner = inner or httpx.HTTPTransport(retries=0)
        self.waited = 0.0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        wait = self.budget.reserve()
        if wait > 0:
            if wait >= REPORTED_WAIT and self.on_wait is not None:
                self.on_wait(time.time() + wait)
            self.waited += wait
            time.sleep(wait)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class Events:
    """The driver's side: events of one run's ``topic`` handed to ``handle`` (in the client's event thread) while
    inside ``with``."""

    def __init__(self, client: Any, topic: str, handle: Callable[[dict[str, Any]], None]) -> None:
        self.client, self.topic, self.handle = client, topic, handle

    def _receive(self, event: Any) -> None:
        _, message = event
        if isinstance(message, dict):
            self.handle(message)

    def __enter__(self) -> Self:
        self.client.subscribe_topic(self.topic, self._receive)
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.unsubscribe_topic(self.topic)
