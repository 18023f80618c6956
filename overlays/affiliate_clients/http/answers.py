"""Reading an answer inside the retry layer: within the attempt's deadline, decoded, and checked for the JSON
the request asked for. Pure decisions and thin stream wrappers, shared by the sync and async transports.

Every answer is read here, where a failure can still be retried, except a download (a CSV or
``application/octet-stream`` success body), which the caller streams: it only gets the deadline, checked
between chunks as the caller reads them.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator

import attrs
import httpx
import msgspec

from .errors import AttemptTimedOut, UnreadableAnswer
from .policy import RetryPolicy

DOWNLOADS = ("octet-stream", "csv")
NO_BODY = frozenset({204, 205})


@attrs.define
class Deadline:
    """What one attempt may take: ``seconds`` from ``started``, plus a second for every ``rate`` bytes of
    answer received (``RetryPolicy.attempt_deadline`` and ``attempt_min_rate``)."""

    seconds: float
    rate: float
    request: httpx.Request
    started: float = attrs.field(factory=time.monotonic)
    received: int = 0

    @classmethod
    def start(cls, policy: RetryPolicy, request: httpx.Request) -> Deadline | None:
        if policy.attempt_deadline is None:
            return None
        return cls(policy.attempt_deadline, policy.attempt_min_rate, request)

    def remaining(self) -> float:
        return self.started + self.seconds + self.received / self.rate - time.monotonic()

    def overrun(self) -> AttemptTimedOut:
        return AttemptTimedOut(f"the answer was still arriving after {time.monotonic() - self.started:.1f} s "
                               f"({self.received} bytes): the attempt deadline is {self.seconds:g} s plus a "
                               f"second per {self.rate:g} bytes", request=self.request)

    def took(self, chunk: bytes) -> None:
        self.received += len(chunk)
        if self.remaining() < 0:
            raise self.overrun()


class BoundedStream(httpx.SyncByteStream):
    """A sync body stream that raises :class:`AttemptTimedOut` once its deadline has passed (checked between
    chunks: a chunk itself is bounded by the read timeout)."""

    def __init__(self, inner: httpx.SyncByteStream, deadline: Deadline) -> None:
        self.inner, self.deadline = inner, deadline

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.inner:
            self.deadline.took(chunk)
            yield chunk

    def close(self) -> None:
        self.inner.close()


class AsyncBoundedStream(httpx.AsyncByteStream):
    """The async twin of :class:`BoundedStream`; a chunk that has not come when the deadline passes is
    given up at once."""

    def __init__(self, inner: httpx.AsyncByteStream, deadline: Deadline) -> None:
        self.inner, self.deadline = inner, deadline

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = self.inner.__aiter__()
        while True:
            limit = asyncio.timeout(max(0.0, self.deadline.remaining()))
            try:
                async with limit:
                    chunk = await anext(chunks)
            except StopAsyncIteration:
                return
            except TimeoutError:
                if limit.expired():
                    raise self.deadline.overrun() from None
                raise
            self.deadline.took(chunk)
            yield chunk

    async def aclose(self) -> None:
        await self.inner.aclose()


def unreadable(request: httpx.Request, response: httpx.Response, error: httpx.DecodingError) -> UnreadableAnswer:
    return UnreadableAnswer(request.method, request.url.path, response.status_code,
                            str(error) or type(error).__name__, request=request)


def is_download(response: httpx.Response) -> bool:
    kind = response.headers.get("content-type", "").lower()
    return response.status_code < 400 and any(download in kind for download in DOWNLOADS)


def read(request: httpx.Request, response: httpx.Response, deadline: Deadline | None) -> None:
    """Read the body within ``deadline`` (a download is only given the deadline); a body that does not match
    its Content-Encoding raises :class:`UnreadableAnswer`. The answer is closed when reading fails."""
    if deadline is not None and isinstance(response.stream, httpx.SyncByteStream):
        response.stream = BoundedStream(response.stream, deadline)
    if is_download(response):
        return
    try:
        response.read()
    except httpx.DecodingError as error:
        response.close()
        raise unreadable(request, response, error) from error
    except BaseException:
        response.close()
        raise


async def aread(request: httpx.Request, response: httpx.Response, deadline: Deadline | None) -> None:
    """Async twin of :func:`read`."""
    if deadline is not None and isinstance(response.stream, httpx.AsyncByteStream):
        response.stream = AsyncBoundedStream(response.stream, deadline)
    if is_download(response):
        return
    try:
        await response.aread()
    except httpx.DecodingError as error:
        await response.aclose()
        raise unreadable(request, response, error) from error
    except BaseException:
        await response.aclose()
        raise


def _json(body: bytes, *, empty: bool) -> bool:
    if not body:
        return empty
    try:
        msgspec.json.decode(body, type=msgspec.Raw)  # syntax only, no objects built: about 1.5 ms a megabyte
    except msgspec.DecodeError:
        return False
    return True


def _takes_json(request: httpx.Request) -> bool:
    """Whether the request takes a JSON answer: every API here documents JSON, so unless the request asks for
    something else by name (``Accept`` without JSON or ``*/*``), a page or an empty body is not its answer."""
    accept = request.headers.get("accept", "*/*").lower()
    return "json" in accept or "*/*" in accept


def not_json(request: httpx.Request, response: httpx.Response, policy: RetryPolicy) -> bool:
    """Whether a read answer to a request that may be replayed lacks the JSON it should hold: a body that
    declares JSON but is not (cut short, a proxy's page), or a success answer that is an HTML page, empty, or
    undeclared and not JSON (downloads and other declared types pass). An error answer declaring JSON may be
    empty (a cut-short error answer is checked too: impact's "over ten pages" 400 is what splits a window), and
    so may the answer to a PUT or DELETE (Invoca documents no body for a removed relationship): only a GET is
    always answered with a body."""
    method = request.method.upper()
    if method not in policy.idempotent_methods or method == "HEAD":
        return False
    kind = response.headers.get("content-type", "").lower()
    success = 200 <= response.status_code < 300 and response.status_code not in NO_BODY
    empty = not success or method != "GET"
    if "json" in kind:
        return not _json(response.content, empty=empty)
    if not success or not _takes_json(request):
        return False
    return "html" in kind or (not kind and not _json(response.content, empty=empty))
