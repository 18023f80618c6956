"""Paged iteration, written once: a plan decides what to ask next (pure), thin drivers do the I/O.

Every paging style (impact next-URI with windows, Partnerize offset + hypermedia, Partnerize cursor) is a
plan with four members. Its position is the request that produced the page being consumed plus ``offset``,
the number of that page's records already handed out; a plan's ``checkpoint()`` saves both, so a resumed
plan refetches that page and skips them: every record exactly once.

The drivers fetch pages ahead by default: once page N is accepted they ask the plan which requests come next
(``lookahead``, for plans that can name several: page numbers, offsets; else the next one, worked out on a
copy of the plan) and keep up to ``ahead`` of them under way (by default 4, but no more pages than hold about
20,000 records). The plan itself moves on (``next_request``, ``accept``) only when the caller reaches each
page, exactly as without prefetch, so a
checkpoint taken at any moment describes the page being consumed, and a page fetched ahead for a request the
plan does not make after all (a window split, a cursor that moved elsewhere) is dropped, never handed out.

A page the plan refuses as contradicting the paging (``plans.SuspectPage``: empty in the middle, the previous
page again) is fetched again, up to ``REFETCHES`` more times, then the pull stops with
``InconsistentPages``. Every error that ends a pull carries ``checkpoint`` (where to resume); a page that
cannot be fetched after every retry raises ``ConnectionFailed`` (still an ``httpx.TransportError``).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Protocol, Self, TypeVar

import httpx

from . import quarantine
from .ahead import AHEAD, RECORDS_AHEAD, _depth, _fitting, _Slots, _upcoming
from .errors import AffiliateClientError, ApiError
from .plans import (
    ConnectionFailed,
    CursorPlan,
    InconsistentPages,
    Items,
    OffsetPlan,
    RepeatGuard,
    SuspectPage,
)

__all__ = ["AHEAD", "RECORDS_AHEAD", "AsyncPull", "ConnectionFailed", "CursorPlan", "InconsistentPages", "Items",
           "OffsetPlan", "PagePlan", "Pull", "RepeatGuard", "SuspectPage", "aiterate", "iterate"]
REFETCHES = 2  # more fetches of a page the plan refused before the pull stops

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
        already delivered). Raises ``SuspectPage``, having changed nothing, for a page that contradicts the
        paging (the driver fetches it again)."""

    def recover(self, request: Request, error: ApiError) -> bool:
        """Whether the plan has dealt with an error answer (e.g. by splitting a window); else it is raised."""


def _handout(records: Sequence[Any]) -> list[Any]:
    """The page's records last-first, so popping hands them out in order and drops the driver's reference to
    each as it goes: a page the caller has consumed is freed even while the next one is being fetched."""
    batch = list(records)
    batch.reverse()
    return batch


class _Progress:
    """What the drivers count for the errors that end a pull."""

    def __init__(self, plan: Any, on_invalid: quarantine.OnInvalid = "quarantine") -> None:
        self.plan = plan
        self.delivered = 0
        self.rejected = 0
        self.on_invalid = quarantine.check_on_invalid(on_invalid)
        self.suspect: SuspectPage | None = None

    def checkpoint(self) -> dict[str, Any] | None:
        saver = getattr(self.plan, "checkpoint", None)
        return dict(saver()) if callable(saver) else None

    def stopped(self, error: BaseException) -> BaseException:
        """The error to raise for ``error``: typed, with the position to resume from."""
        if isinstance(error, SuspectPage):
            return InconsistentPages(str(error), self.checkpoint(), self.delivered)
        if isinstance(error, httpx.TransportError) and not isinstance(error, AffiliateClientError):
            return ConnectionFailed(error, self.checkpoint(), self.delivered)
        if isinstance(error, AffiliateClientError) and error.checkpoint is None:
            error.checkpoint = self.checkpoint()
        return error

    def accept(self, request: Any, page: Any) -> list[Any] | None:
        """The page's records to hand out, or None when the plan refused it (fetch it again)."""
        rejected = quarantine.set_aside(page)
        if hasattr(self.plan, "set_aside"):  # they were on the page: its length and position count them
            self.plan.set_aside = len(rejected)
        try:
            records = _handout(self.plan.accept(request, page))
        except SuspectPage as suspect:
            self.suspect = suspect
            return None
        if rejected and getattr(self.plan, "offset", 0) == 0:  # after a resume mid-page they were handed out
            quarantine.hand_over(rejected, self.on_invalid)  # before the page's first record
            self.rejected += len(rejected)
        return records


def iterate(plan: PagePlan[Request, Page], fetch: Callable[[Request], Page], *,
            prefetch: bool = True, ahead: int | None = None,
            on_invalid: quarantine.OnInvalid = "quarantine") -> Generator[Any, None, None]:
    """Every record of ``plan`` once, fetching pages with ``fetch``.

    With ``prefetch`` (the default) pages are fetched on worker threads while the caller consumes the current
    one: up to ``ahead`` pages when the plan can name them before they are reached (page numbers, offsets),
    else the next one. By default ``ahead`` is ``AHEAD`` pages but no more than hold about ``RECORDS_AHEAD``
    records, so pages ahead never hold much more than one large page. The rate budget of the client paces them
    all. The plan only accepts a page, and its errors only surface, when the caller gets there. Closing the iterator
    cancels or waits for the fetches under way, so no thread outlives it. Records a page holds that cannot be
    read as their model go to ``on_invalid`` (:mod:`.quarantine`) when the page is reached.
    """
    depth = _depth(prefetch, ahead)
    pool = ThreadPoolExecutor(max_workers=depth, thread_name_prefix="page-prefetch") if depth else None
    slots: _Slots[Request, Future[Page]] = _Slots()
    progress = _Progress(plan, on_invalid)
    try:
        while (request := plan.next_request()) is not None:
            taken = slots.take(request)
            records: list[Any] | None = None
            for attempt in range(REFETCHES + 1):
                try:
                    page = taken.result() if attempt == 0 and taken is not None else fetch(request)
                except ApiError as error:
                    if plan.recover(request, error):
                        break
                    raise
                finally:
                    taken = None  # the future holds the page: let its models go as records are handed out
                records = progress.accept(request, page)
                del page
                if records is not None:
                    break
            else:
                raise progress.suspect or SuspectPage("the page was refused")
            if records is None:
                continue
            if pool is not None:
                stale, missing = slots.renew(_upcoming(plan, _fitting(depth, ahead, len(records))))
                for future in stale:
                    future.cancel()
                # each fetch runs in a copy of the caller's context: its drift report and quarantine
                slots.pairs += [(following, pool.submit(contextvars.copy_context().run, fetch, following))
                                for following in missing]
            while records:
                plan.offset += 1
                progress.delivered += 1
                yield records.pop()
    except (AffiliateClientError, SuspectPage, httpx.TransportError) as error:
        if (stopped := progress.stopped(error)) is error:
            raise
        raise stopped from error
    finally:
        for future in slots.drain():
            future.cancel()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


async def aiterate(plan: PagePlan[Request, Page], fetch: Callable[[Request], Awaitable[Page]], *,
                   prefetch: bool = True, ahead: int | None = None,
                   on_invalid: quarantine.OnInvalid = "quarantine") -> AsyncGenerator[Any, None]:
    """Async twin of :func:`iterate`: pages ahead are fetched by tasks; closing cancels and awaits them."""
    depth = _depth(prefetch, ahead)
    slots: _Slots[Request, asyncio.Future[Page]] = _Slots()
    progress = _Progress(plan, on_invalid)
    try:
        while (request := plan.next_request()) is not None:
            taken = slots.take(request)
            records: list[Any] | None = None
            for attempt in range(REFETCHES + 1):
                try:
                    page = await taken if attempt == 0 and taken is not None else await fetch(request)
                except ApiError as error:
                    if plan.recover(request, error):
                        break
                    raise
                finally:
                    taken = None  # as in iterate(): do not keep the fetched page alive through the task
                records = progress.accept(request, page)
                del page
                if records is not None:
                    break
            else:
                raise progress.suspect or SuspectPage("the page was refused")
            if records is None:
                continue
            if depth:
                stale, missing = slots.renew(_upcoming(plan, _fitting(depth, ahead, len(records))))
                for task in stale:
                    await _cancel(task)
                slots.pairs += [(following, asyncio.ensure_future(fetch(following))) for following in missing]
                if missing:
                    await asyncio.sleep(0)  # let them send their requests before the caller takes over the loop
            while records:
                plan.offset += 1
                progress.delivered += 1
                yield records.pop()
    except (AffiliateClientError, SuspectPage, httpx.TransportError) as error:
        if (stopped := progress.stopped(error)) is error:
            raise
        raise stopped from error
    finally:
        for task in slots.drain():
            await _cancel(task)


async def _cancel(task: asyncio.Future[Any]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task


class Pull:
    """An iterator over a plan's records that can say where it is: ``checkpoint()`` is JSON-ready.

    ``prefetch`` (default on) fetches pages ahead (up to ``ahead``) while the current one is consumed; ``close()`` (or
    leaving a ``with`` block) stops a pull early without leaving a fetch running. ``on_invalid``: what happens to a
    record that cannot be read as its model (:mod:`.quarantine`: ``"quarantine"``, ``"raise"`` or a callable).
    """

    def __init__(self, plan: Any, fetch: Callable[[Any], Any], *, prefetch: bool = True,
                 ahead: int | None = None, on_invalid: quarantine.OnInvalid = "quarantine") -> None:
        self.plan = plan
        self._records = iterate(plan, fetch, prefetch=prefetch, ahead=ahead, on_invalid=on_invalid)

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

    def __init__(self, plan: Any, fetch: Callable[[Any], Awaitable[Any]], *, prefetch: bool = True,
                 ahead: int | None = None, on_invalid: quarantine.OnInvalid = "quarantine") -> None:
        self.plan = plan
        self._records = aiterate(plan, fetch, prefetch=prefetch, ahead=ahead, on_invalid=on_invalid)

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
