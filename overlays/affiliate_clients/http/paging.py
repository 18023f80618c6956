"""Paged iteration, written once: a plan decides what to ask next (pure), thin drivers do the I/O.

Every paging style (impact next-URI with windows, Partnerize offset + hypermedia, Partnerize cursor) is a
plan with four members. Its position is the request that produced the page being consumed plus ``offset``,
the number of that page's records already handed out; a plan's ``checkpoint()`` saves both, so a resumed
plan refetches that page and skips them: every record exactly once.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from .errors import ApiError

Request = TypeVar("Request")
Page = TypeVar("Page")


class PagePlan(Protocol[Request, Page]):
    """What a paging style implements. ``offset`` is advanced by the drivers as records are handed out."""

    offset: int

    def next_request(self) -> Request | None:
        """The next request to send, or None when the pull is complete."""

    def accept(self, request: Request, page: Page) -> Sequence[Any]:
        """Record the page ``request`` produced; return the records to hand out (a resumed page minus those
        already delivered)."""

    def recover(self, request: Request, error: ApiError) -> bool:
        """Whether the plan has dealt with an error answer (e.g. by splitting a window); else it is raised."""


def iterate(plan: PagePlan[Request, Page], fetch: Callable[[Request], Page]) -> Iterator[Any]:
    """Every record of ``plan`` once, fetching pages with ``fetch``."""
    while (request := plan.next_request()) is not None:
        try:
            page = fetch(request)
        except ApiError as error:
            if plan.recover(request, error):
                continue
            raise
        for record in plan.accept(request, page):
            plan.offset += 1
            yield record


async def aiterate(plan: PagePlan[Request, Page], fetch: Callable[[Request], Awaitable[Page]]) -> AsyncIterator[Any]:
    """Async twin of :func:`iterate`."""
    while (request := plan.next_request()) is not None:
        try:
            page = await fetch(request)
        except ApiError as error:
            if plan.recover(request, error):
                continue
            raise
        for record in plan.accept(request, page):
            plan.offset += 1
            yield record
