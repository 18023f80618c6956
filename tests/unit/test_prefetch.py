"""The paging drivers' prefetch: a fake plan and slow fake fetches, sync and async, no sandbox.

Nothing here measures time: where a test needs a fetch to be under way or held, it uses events.
"""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from collections.abc import Sequence
from typing import Any

import pytest
from affiliate_clients.http.errors import ApiError, BadRequest
from affiliate_clients.http.paging import AsyncPull, Pull, aiterate, iterate

PAGES = {"a": ["a0", "a1", "a2"], "b": ["b0", "b1"], "c": ["c0", "c1", "c2"]}


class QueuePlan:
    """Like impact's plan: ``next_request`` moves state (pops a queue), so lookahead must not touch it."""

    def __init__(self, names: Sequence[str], *, split: dict[str, list[str]] | None = None) -> None:
        self.pending: deque[str] = deque(names)
        self.split = split or {}
        self.offset = 0
        self.current: str | None = None
        self.accepted: list[str] = []

    def next_request(self) -> str | None:
        if self.current is not None and self.current not in self.accepted:
            return self.current
        if not self.pending:
            return None
        self.current = self.pending.popleft()
        if self.current == "boom":
            raise ValueError("the plan cannot say")
        return self.current

    def accept(self, request: str, page: list[str]) -> Sequence[Any]:
        self.accepted.append(request)
        self.offset = 0
        return page

    def recover(self, request: str, error: ApiError) -> bool:
        if request in self.split:
            self.pending.extendleft(reversed(self.split.pop(request)))
            self.current = None
            return True
        return False

    def checkpoint(self) -> dict[str, Any]:
        return {"current": self.current, "offset": self.offset, "pending": list(self.pending)}


class Server:
    """A fake fetch that logs requests; ``hold`` blocks a page until released; ``fail`` answers 400."""

    def __init__(self, hold: str | None = None, fail: tuple[str, ...] = ()) -> None:
        self.seen: list[str] = []
        self.started = {name: threading.Event() for name in [*PAGES, "x", "y"]}
        self.release = threading.Event()
        self.hold, self.fail = hold, fail
        self.threads: set[str] = set()

    def __call__(self, request: str) -> list[str]:
        self.seen.append(request)
        self.threads.add(threading.current_thread().name)
        self.started[request].set()
        if request == self.hold:
            assert self.release.wait(timeout=30)
        if request in self.fail:
            raise BadRequest(400, "fake", message=f"no {request}")
        return PAGES.get(request, [f"{request}0"])

    async def afetch(self, request: str) -> list[str]:
        self.seen.append(request)
        if request == self.hold:
            await asyncio.Event().wait()  # until cancelled
        if request in self.fail:
            raise BadRequest(400, "fake", message=f"no {request}")
        return PAGES.get(request, [f"{request}0"])


def _prefetch_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("page-prefetch")]


@pytest.mark.parametrize("prefetch", [True, False])
def test_every_record_once_in_order(prefetch: bool) -> None:
    server = Server()
    assert list(iterate(QueuePlan("abc"), server, prefetch=prefetch)) == [*PAGES["a"], *PAGES["b"], *PAGES["c"]]
    assert server.seen == ["a", "b", "c"]
    assert not _prefetch_threads()


def test_the_next_page_is_fetched_while_the_current_one_is_consumed() -> None:
    server = Server()
    plan = QueuePlan("abc")
    records = iterate(plan, server)
    assert next(records) == "a0"
    assert server.started["b"].wait(timeout=30)       # fetched on the worker, before the caller asked
    assert server.threads - {threading.current_thread().name}
    assert not server.started["c"].is_set()            # one page ahead, no more
    assert plan.checkpoint() == {"current": "a", "offset": 1, "pending": ["b", "c"]}  # describes page a
    assert list(records) == ["a1", "a2", *PAGES["b"], *PAGES["c"]]


def test_without_prefetch_nothing_is_fetched_ahead() -> None:
    server = Server()
    records = iterate(QueuePlan("abc"), server, prefetch=False)
    assert [next(records) for _ in range(3)] == PAGES["a"]
    assert server.seen == ["a"]
    records.close()


def test_a_prefetch_error_surfaces_when_the_caller_reaches_that_page() -> None:
    server = Server(fail=("b",))
    records = iterate(QueuePlan("abc"), server)
    got = [next(records) for _ in range(3)]
    assert got == PAGES["a"]
    with pytest.raises(BadRequest):
        next(records)
    assert not _prefetch_threads()


def test_recover_works_on_a_prefetched_error() -> None:
    server = Server(fail=("b",))
    plan = QueuePlan("abc", split={"b": ["x", "y"]})
    assert list(iterate(plan, server)) == [*PAGES["a"], "x0", "y0", *PAGES["c"]]
    assert server.seen == ["a", "b", "x", "y", "c"]


def test_a_plan_error_is_raised_in_order_not_by_the_lookahead() -> None:
    records = iterate(QueuePlan(["a", "boom"]), Server())
    assert [next(records) for _ in range(3)] == PAGES["a"]
    with pytest.raises(ValueError, match="cannot say"):
        next(records)


def test_closing_mid_page_waits_for_the_running_fetch_and_leaves_no_thread() -> None:
    server = Server(hold="b")
    pull = Pull(QueuePlan("abc"), server)
    assert next(pull) == "a0"
    assert server.started["b"].wait(timeout=30)
    closer = threading.Thread(target=pull.close)
    closer.start()
    server.release.set()
    closer.join(timeout=30)
    assert not closer.is_alive()
    assert not _prefetch_threads()
    assert server.seen == ["a", "b"]
    with pytest.raises(StopIteration):
        next(pull)


def test_an_unstarted_or_finished_pull_holds_no_thread() -> None:
    with Pull(QueuePlan("ab"), Server()) as pull:
        assert pull.checkpoint()["current"] is None
    assert not _prefetch_threads()


def test_async_every_record_once_and_one_page_ahead() -> None:
    async def run() -> tuple[list[str], list[str], list[str]]:
        server = Server()
        records = aiterate(QueuePlan("abc"), server.afetch)
        first = [await records.__anext__()]
        ahead = list(server.seen)
        return first + [r async for r in records], ahead, server.seen

    got, ahead, seen = asyncio.run(run())
    assert got == [*PAGES["a"], *PAGES["b"], *PAGES["c"]]
    assert ahead == ["a", "b"]
    assert seen == ["a", "b", "c"]


def test_async_errors_recover_and_checkpoints() -> None:
    async def run() -> tuple[list[str], dict[str, Any]]:
        server = Server(fail=("b",))
        plan = QueuePlan("abc", split={"b": ["x", "y"]})
        pull = AsyncPull(plan, server.afetch)
        first = await pull.__anext__()
        saved = pull.checkpoint()
        return [first] + [r async for r in pull], saved

    got, saved = asyncio.run(run())
    assert got == [*PAGES["a"], "x0", "y0", *PAGES["c"]]
    assert saved == {"current": "a", "offset": 1, "pending": ["b", "c"]}


def test_async_close_cancels_the_prefetch() -> None:
    async def run() -> tuple[list[str], int]:
        server = Server(hold="b")
        async with AsyncPull(QueuePlan("abc"), server.afetch) as pull:
            first = await pull.__anext__()
        pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        return [first, *server.seen], len(pending)

    assert asyncio.run(run()) == (["a0", "a", "b"], 0)


def test_async_prefetch_error_surfaces_in_order() -> None:
    async def run() -> list[str]:
        got: list[str] = []
        with pytest.raises(BadRequest):
            async for record in aiterate(QueuePlan("abc"), Server(fail=("b",)).afetch):
                got.append(record)
        return got

    assert asyncio.run(run()) == PAGES["a"]
