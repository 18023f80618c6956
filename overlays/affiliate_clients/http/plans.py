"""The offset and cursor paging plans, and what every plan uses to refuse a page that contradicts the paging.

A page that is empty although the paging says more records follow, or that holds the same records as the
page before it or any earlier one (a server or proxy answering an earlier page again), is not accepted: the
plan raises :class:`SuspectPage` before changing any state, the driver (``http.paging``) fetches the same
request again, and when the answers keep contradicting the paging it raises :class:`InconsistentPages` with
the position to resume from. No record is handed out twice and none is skipped because of such a page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import httpx

from .errors import AffiliateClientError, ApiError, what_happened


class SuspectPage(Exception):
    """Raised by a plan's ``accept`` (before it changes anything) for a page that contradicts the paging."""


class InconsistentPages(AffiliateClientError):
    """The server's pages kept contradicting the paging after refetching (``reason`` says how).

    ``checkpoint``: where to resume (every record handed out so far is behind it); ``delivered``: how many
    records this pull handed out.
    """

    def __init__(self, reason: str, checkpoint: dict[str, Any] | None, delivered: int) -> None:
        super().__init__(f"paging stopped after {delivered} records: {reason}; resume from the checkpoint "
                         f"{checkpoint} to carry on")
        self.reason, self.checkpoint, self.delivered = reason, checkpoint, delivered


class ConnectionFailed(AffiliateClientError, httpx.TransportError):
    """A page could not be fetched (connection dropped, timed out, ...) after every retry.

    Still an ``httpx.TransportError``; ``checkpoint`` and ``delivered`` as for :class:`InconsistentPages`.
    """

    def __init__(self, error: httpx.HTTPError, checkpoint: dict[str, Any] | None, delivered: int) -> None:
        super().__init__(f"paging stopped after {delivered} records: {what_happened(error)}; "
                         f"resume from the checkpoint {checkpoint} to carry on")
        self.checkpoint, self.delivered = checkpoint, delivered


def _identity(record: Any) -> str:
    return repr(record)


class RepeatGuard:
    """Remembers every accepted page by its print (size and hashes of its first and last records) and the
    request that made it.

    With pages fetched ahead, an answer repeated by a server or proxy may be any page of the pull, not just the
    last one, so the guard keeps the print of each (a few dozen bytes a page).
    """

    def __init__(self) -> None:
        self.print: tuple[int, int, int] | None = None  # the last accepted page's, to say "the previous page"
        self.seen: dict[tuple[int, int, int], Any] = {}

    @staticmethod
    def _print(records: Sequence[Any]) -> tuple[int, int, int] | None:
        return (len(records), hash(_identity(records[0])), hash(_identity(records[-1]))) if records else None

    def check(self, request: Any, records: Sequence[Any]) -> None:
        """Raise :class:`SuspectPage` when another request produced a page already accepted."""
        found = self._print(records)
        if found is not None and found in self.seen and self.seen[found] != request:
            again = "the previous page" if found == self.print else "an earlier page"
            raise SuspectPage(f"the server answered with {again} again")

    def remember(self, request: Any, records: Sequence[Any]) -> None:
        self.print = self._print(records)
        if self.print is not None:
            self.seen[self.print] = request


Items = Callable[[Any], Sequence[Any]]


def _value(x: Any) -> Any:
    """None for generated ``Unset`` values."""
    return None if x is None or type(x).__name__ == "Unset" else x


class _Resumable:
    """Position bookkeeping shared by the offset and cursor plans: refetch a page, skip what was delivered."""

    def __init__(self, skip: int) -> None:
        self.offset = 0
        self.skip = skip
        # Records of the page being accepted that were set aside (they could not be read as their model): the
        # paging driver sets it before ``accept``; they count as read for the page's length and position.
        self.set_aside = 0
        self.pages = 0
        self.guard = RepeatGuard()

    def _deliver(self, request: Any, records: Sequence[Any]) -> Sequence[Any]:
        self.guard.remember(request, records)
        self.pages += 1
        skip, self.skip = self.skip, 0
        self.offset = skip
        return records[skip:]

    def recover(self, request: Any, error: ApiError) -> bool:
        return False


class OffsetPlan(_Resumable):
    """``offset``/``limit`` paging driven by the answer's ``count`` (Partnerize v1/v2 collections).

    ``items`` pulls the records out of a page; a page shorter than ``limit`` or reaching ``count`` ends it.
    Requests are the keyword arguments for the generated function: ``{**params, offset, limit}``. A page
    for another offset than asked, an empty page before ``count`` is reached, or an earlier page again is
    refused (:class:`SuspectPage`).
    """

    def __init__(self, params: dict[str, Any], items: Items, *, limit: int, start: int = 0, skip: int = 0) -> None:
        super().__init__(skip)
        self.params, self.items, self.limit = params, items, limit
        self.start: int | None = start
        self.count: int | None = None  # the answer's count, once a page has said it

    def next_request(self) -> dict[str, Any] | None:
        return None if self.start is None else {**self.params, "offset": self.start, "limit": self.limit}

    def lookahead(self, depth: int) -> list[dict[str, Any]]:
        """The next ``depth`` requests at most: the next offsets below ``count`` (only the next one until a
        page has given the count)."""
        if self.start is None:
            return []
        offsets = range(self.start, self.count if self.count is not None else self.start + 1, self.limit)
        return [{**self.params, "offset": offset, "limit": self.limit} for offset in offsets[:depth]]

    def accept(self, request: dict[str, Any], page: Any) -> Sequence[Any]:
        records = self.items(page)
        count, echoed = _value(getattr(page, "count", None)), _value(getattr(page, "offset", None))
        if isinstance(echoed, int) and echoed != request["offset"]:
            raise SuspectPage(f"asked for offset {request['offset']}, the answer is for offset {echoed}")
        seen = len(records) + self.set_aside
        if not seen and isinstance(count, int) and request["offset"] < count:
            raise SuspectPage(f"an empty page at offset {request['offset']} although count says {count}")
        self.guard.check(request, records)
        self.current = request["offset"]
        self.count = count if isinstance(count, int) else None
        reached = request["offset"] + seen
        done = seen < self.limit or (isinstance(count, int) and reached >= count)
        self.start = None if done or not seen else reached
        return self._deliver(request, records)

    def checkpoint(self) -> dict[str, Any]:
        """JSON-ready position; ``OffsetPlan(params, items, limit=..., **saved)`` resumes."""
        if self.pages == 0:
            return {"start": self.start, "skip": self.skip}
        return {"start": getattr(self, "current", 0), "skip": self.offset}


class CursorPlan(_Resumable):
    """Cursor paging (Partnerize conversion report): send back the answer's ``cursor_id`` until none comes.

    A cursor that does not move, an empty page whose cursor moves on, a last page that leaves records of
    ``count`` unseen (known when the pull started from the beginning) and an earlier page again are
    refused (:class:`SuspectPage`) rather than read forever or skipped.
    """

    def __init__(self, params: dict[str, Any], items: Items, *, limit: int, cursor: Any = None, skip: int = 0,
                 started: bool = False, position: int | None = None) -> None:
        super().__init__(skip)
        self.params, self.items, self.limit = params, items, limit
        self.cursor, self.started, self.done = cursor, started, False
        self.current: Any = cursor
        # Index in the whole result of the next page's first record (None when resumed without it).
        self.position = position if position is not None else (0 if cursor is None else None)
        self.at: int | None = self.position

    def next_request(self) -> dict[str, Any] | None:
        if self.done:
            return None
        request = {**self.params, "limit": self.limit}
        if self.cursor is not None:
            request["cursor_id"] = self.cursor
        return request

    def _check(self, request: dict[str, Any], records: Sequence[Any], following: Any, count: Any) -> None:
        current, seen = request.get("cursor_id"), len(records) + self.set_aside
        if seen and following is not None and following == current:
            raise SuspectPage(f"the server sent cursor {following} again")
        if not seen and following is not None:
            raise SuspectPage(f"an empty page although the cursor moves on to {following}")
        if following is None and self.position is not None and isinstance(count, int) \
                and self.position + seen < count:
            raise SuspectPage(f"the last page ends at record {self.position + seen} of {count}")
        self.guard.check(request, records)

    def accept(self, request: dict[str, Any], page: Any) -> Sequence[Any]:
        records = self.items(page)
        following = _value(getattr(page, "cursor_id", None))
        self._check(request, records, following, _value(getattr(page, "count", None)))
        seen = len(records) + self.set_aside
        self.current = request.get("cursor_id")
        self.done = not seen or following is None or seen < self.limit
        self.cursor = following
        self.at = self.position
        if self.position is not None:
            self.position += seen
        return self._deliver(request, records)

    def checkpoint(self) -> dict[str, Any]:
        """JSON-ready position; ``CursorPlan(params, items, limit=..., **saved)`` resumes."""
        if self.pages == 0:
            saved = {"cursor": self.cursor, "skip": self.skip}
            return saved if self.position is None else {**saved, "position": self.position}
        saved = {"cursor": self.current, "skip": self.offset}
        return saved if self.at is None else {**saved, "position": self.at}
