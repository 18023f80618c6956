"""How far the paging drivers (:mod:`.paging`) fetch ahead, and the bookkeeping of the fetches under way.

A plan that can name its coming requests (``lookahead(depth)``: impact page numbers, Partnerize offsets) gets
up to ``AHEAD`` fetched at once, by default no more pages than hold about ``RECORDS_AHEAD`` records; any other
plan gets the next request, worked out on a copy of it. Fetches are matched to the plan's requests by equality,
so a page fetched for a request the plan does not make after all is dropped, never handed out.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any, Generic, TypeVar

Request = TypeVar("Request")
Handle = TypeVar("Handle")

AHEAD = 4  # pages fetched ahead at most by default, for plans that can name more than the next request
RECORDS_AHEAD = 20_000  # and by default no more pages ahead than hold about this many records (one big page)


def _upcoming(plan: Any, depth: int) -> list[Any]:
    """Up to ``depth`` requests the plan will make next, in order, without moving the plan.

    A plan with ``lookahead(depth)`` names as many as the pages seen so far let it (page numbers, offsets);
    for any other plan the next request is worked out on a copy. The plan
    itself (and so its checkpoint) still describes the page being consumed. A plan that cannot say gives
    nothing: the real plan raises the same error, in order, when the consumer gets there.
    """
    if depth <= 0:
        return []
    try:
        named = getattr(plan, "lookahead", None)
        if callable(named):
            return list(named(depth))[:depth]
        following = copy.deepcopy(plan).next_request()
    except Exception:  # noqa: BLE001 - surfaced later by the real plan, in order
        return []
    return [] if following is None else [following]


class _Slots(Generic[Request, Handle]):
    """The fetches under way ahead of the consumer: (request, future or task) pairs, matched by equality."""

    def __init__(self) -> None:
        self.pairs: list[tuple[Request, Handle]] = []

    def take(self, request: Request) -> Handle | None:
        for index, (asked, handle) in enumerate(self.pairs):
            if asked == request:
                del self.pairs[index]
                return handle
        return None

    def renew(self, wanted: Sequence[Request]) -> tuple[list[Handle], list[Request]]:
        """Keep the fetches still wanted; return the ones to cancel and the requests to start."""
        kept = [pair for pair in self.pairs if pair[0] in wanted]
        stale = [handle for asked, handle in self.pairs if asked not in wanted]
        self.pairs = kept
        missing = [request for request in wanted if all(asked != request for asked, _ in kept)]
        return stale, missing

    def drain(self) -> list[Handle]:
        handles, self.pairs = [handle for _, handle in self.pairs], []
        return handles


def _depth(prefetch: bool, ahead: int | None) -> int:
    """The most pages fetched ahead: ``ahead`` as given, else ``AHEAD`` (refined per page by :func:`_fitting`)."""
    if ahead is not None and ahead < 0:
        raise ValueError("ahead must be 0 or more")
    return 0 if not prefetch else AHEAD if ahead is None else ahead


def _fitting(depth: int, ahead: int | None, page_records: int) -> int:
    """Pages to keep under way after a page of ``page_records``: by default at least one and at most enough
    to hold about ``RECORDS_AHEAD`` records (small pages, where each request's latency dominates, get several
    at once; a 20,000-record page, some 36 MB of models, gets one), or exactly ``ahead`` when it was given."""
    if ahead is not None or depth == 0:
        return depth
    return max(1, min(depth, RECORDS_AHEAD // max(page_records, 1)))
