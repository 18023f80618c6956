"""Paged iteration, written once: a plan decides what to ask next (pure), thin drivers do the I/O.

Every paging style (impact next-URI with windows, Partnerize offset + hypermedia, Partnerize cursor) is a
plan with four members. Its position is the request that produced the page being consumed plus ``offset``,
the number of that page's records already handed out; a plan's ``checkpoint()`` saves both, so a resumed
plan refetches that page and skips them: every record exactly once.

The drivers fetch one page ahead by default. The request for page N+1 is worked out on a copy of the plan
once page N is accepted; the plan itself moves on (``next_request``, ``accept``) only when the caller reaches
page N+1, exactly as without prefetch, so a checkpoint taken at any moment describes the page being consumed.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Protocol, Self, TypeVar

from .errors import ApiError

Request = TypeVar("Request")
Page = TypeVar("Page")
Page_contra = TypeVar("Page_contra", contravariant=True)  # the protocol only takes pages in


class PagePlan(Protocol[Request, Page_contra]):
    """What a paging style implements. ``offset`` is advanced by the drivers as records are handed out."""

    offset: int

    def next_request(self) -> Request | None:
        """The next request to send, or None when the pull is complete."""

    def accept(self, request: Request, page: Page_contra) -> Sequence[Any]:
        """Record the page ``request`` produced; return the records to hand out (a resumed page minus those
        already delivered)."""

    def recover(self, request: Request, error: ApiError) -> bool:
        """Whether the plan has dealt with an error answer (e.g. by splitting a window); else it is raised."""


def _lookahead(plan: PagePlan[Request, Page]) -> Request | None:
    """The request the plan will make next, worked out on a copy so the plan itself (and so its checkpoint)
    still describes the page being consumed; None when there is none or the copy cannot say (the real plan
    will raise the same error when the consumer gets there)."""
    try:
        return copy.deepcopy(plan).next_request()
    except Exception:  # noqa: BLE001 - surfaced later by the real plan, in order
        return None


def _handout(records: Sequence[Any]) -> list[Any]:
    """The page's records last-first, so popping hands them out in order and drops the driver's reference to
    each as it goes: a page the caller has consumed is freed even while the next one is being fetched."""
    batch = list(records)
    batch.reverse()
    return batch


def iterate(plan: PagePlan[Request, Page], fetch: Callable[[Request], Page], *,
            prefetch: bool = True) -> Generator[Any, None, None]:
    """Every record of ``plan`` once, fetching pages with ``fetch``.

    With ``prefetch`` (the default) the next page is fetched on a worker thread while the caller consumes
    the current one (one page ahead); the plan only accepts it, and its errors only surface, when the caller
    gets there. Closing the iterator cancels or waits for that fetch, so no thread outlives it.
    """
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="page-prefetch") if prefetch else None
    ahead: tuple[Request, Future[Page]] | None = None
    try:
        while (request := plan.next_request()) is not None:
            taken, ahead = ahead, None
            try:
                if taken is not None and taken[0] == request:
                    page = taken[1].result()
                else:
                    if taken is not None:
                        taken[1].cancel()
                    page = fetch(request)
            except ApiError as error:
                if plan.recover(request, error):
                    continue
                raise
            records = _handout(plan.accept(request, page))
            del page
            if pool is not None and (following := _lookahead(plan)) is not None:
                ahead = (following, pool.submit(fetch, following))
            while records:
                plan.offset += 1
                yield records.pop()
    finally:
        if ahead is not None:
            ahead[1].cancel()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


async def aiterate(plan: PagePlan[Request, Page], fetch: Callable[[Request], Awaitable[Page]], *,
                   prefetch: bool = True) -> AsyncGenerator[Any, None]:
    """Async twin of :func:`iterate`: the next page is fetched by a task; closing cancels and awaits it."""
    ahead: tuple[Request, asyncio.Future[Page]] | None = None
    try:
        while (request := plan.next_request()) is not None:
            taken, ahead = ahead, None
            try:
                if taken is not None and taken[0] == request:
                    page = await taken[1]
                else:
                    if taken is not None:
                        await _cancel(taken[1])
                    page = await fetch(request)
            except ApiError as error:
                if plan.recover(request, error):
                    continue
                raise
            records = _handout(plan.accept(request, page))
            del page
            if prefetch and (following := _lookahead(plan)) is not None:
                ahead = (following, asyncio.ensure_future(fetch(following)))
                await asyncio.sleep(0)  # let it send its request before the caller takes over the loop
            while records:
                plan.offset += 1
                yield records.pop()
    finally:
        if ahead is not None:
            await _cancel(ahead[1])


async def _cancel(task: asyncio.Future[Any]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task


Items = Callable[[Any], Sequence[Any]]


def _value(x: Any) -> Any:
    """None for generated ``Unset`` values."""
    return None if x is None or type(x).__name__ == "Unset" else x


class _Resumable:
    """Position bookkeeping shared by the offset and cursor plans: refetch a page, skip what was delivered."""

    def __init__(self, skip: int) -> None:
        self.offset = 0
        self.skip = skip
        self.pages = 0

    def _deliver(self, records: Sequence[Any]) -> Sequence[Any]:
        self.pages += 1
        skip, self.skip = self.skip, 0
        self.offset = skip
        return records[skip:]

    def recover(self, request: Any, error: ApiError) -> bool:
        return False


class OffsetPlan(_Resumable):
    """``offset``/``limit`` paging driven by the answer's ``count`` (Partnerize v1/v2 collections).

    ``items`` pulls the records out of a page; a page shorter than ``limit`` or reaching ``count`` ends it.
    Requests are the keyword arguments for the generated function: ``{**params, offset, limit}``.
    """

    def __init__(self, params: dict[str, Any], items: Items, *, limit: int, start: int = 0, skip: int = 0) -> None:
        super().__init__(skip)
        self.params, self.items, self.limit = params, items, limit
        self.start: int | None = start

    def next_request(self) -> dict[str, Any] | None:
        return None if self.start is None else {**self.params, "offset": self.start, "limit": self.limit}

    def accept(self, request: dict[str, Any], page: Any) -> Sequence[Any]:
        records = self.items(page)
        self.current = request["offset"]
        reached = request["offset"] + len(records)
        count = _value(getattr(page, "count", None))
        done = len(records) < self.limit or (isinstance(count, int) and reached >= count)
        self.start = None if done or not records else reached
        return self._deliver(records)

    def checkpoint(self) -> dict[str, Any]:
        """JSON-ready position; ``OffsetPlan(params, items, limit=..., **saved)`` resumes."""
        if self.pages == 0:
            return {"start": self.start, "skip": self.skip}
        return {"start": getattr(self, "current", 0), "skip": self.offset}


class CursorPlan(_Resumable):
    """Cursor paging (Partnerize conversion report): send back the answer's ``cursor_id`` until none comes.

    A cursor that does not move is a server fault; it raises instead of looping forever.
    """

    def __init__(self, params: dict[str, Any], items: Items, *, limit: int, cursor: Any = None, skip: int = 0,
                 started: bool = False) -> None:
        super().__init__(skip)
        self.params, self.items, self.limit = params, items, limit
        self.cursor, self.started, self.done = cursor, started, False
        self.current: Any = cursor

    def next_request(self) -> dict[str, Any] | None:
        if self.done:
            return None
        request = {**self.params, "limit": self.limit}
        if self.cursor is not None:
            request["cursor_id"] = self.cursor
        return request

    def accept(self, request: dict[str, Any], page: Any) -> Sequence[Any]:
        records = self.items(page)
        self.current = request.get("cursor_id")
        following = _value(getattr(page, "cursor_id", None))
        if records and following is not None and following == self.current:
            raise ApiError(200, "cursor paging", message=f"the server sent cursor {following} again; stopping "
                                                         "rather than reading the same page forever")
        self.done = not records or following is None or len(records) < self.limit
        self.cursor = following
        return self._deliver(records)

    def checkpoint(self) -> dict[str, Any]:
        """JSON-ready position; ``CursorPlan(params, items, limit=..., **saved)`` resumes."""
        if self.pages == 0:
            return {"cursor": self.cursor, "skip": self.skip}
        return {"cursor": self.current, "skip": self.offset}


class Pull:
    """An iterator over a plan's records that can say where it is: ``checkpoint()`` is JSON-ready.

    ``prefetch`` (default on) fetches the next page while the current one is consumed; ``close()`` (or
    leaving a ``with`` block) stops a pull early without leaving a fetch running.
    """

    def __init__(self, plan: Any, fetch: Callable[[Any], Any], *, prefetch: bool = True) -> None:
        self.plan = plan
        self._records = iterate(plan, fetch, prefetch=prefetch)

    def __iter__(self) -> Pull:
        return self

    def __next__(self) -> Any:
        return next(self._records)

    def checkpoint(self) -> dict[str, Any]:
        return dict(self.plan.checkpoint())

    def close(self) -> None:
        self._records.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncPull:
    """Async twin of :class:`Pull`."""

    def __init__(self, plan: Any, fetch: Callable[[Any], Awaitable[Any]], *, prefetch: bool = True) -> None:
        self.plan = plan
        self._records = aiterate(plan, fetch, prefetch=prefetch)

    def __aiter__(self) -> AsyncPull:
        return self

    async def __anext__(self) -> Any:
        return await self._records.__anext__()

    def checkpoint(self) -> dict[str, Any]:
        return dict(self.plan.checkpoint())

    async def aclose(self) -> None:
        await self._records.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
