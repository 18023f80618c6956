"""The innermost transport layer, right above the network: credentials stay below it.

Two jobs, sync and async twins around one pure core:

- A credential sent in the query string (Invoca's ``auth="query"``) is added here, to a copy of the request
  that only the network layer sees. Every layer above (httpx's client and its log line, the retry layer,
  the response hooks, the typed errors) holds the request without it, so an exception's ``request.url``,
  a log record or a traceback rendered with local variables cannot show it.
- An error the network layer raises (``httpx.RequestError``: refused connections, resets, timeouts, broken
  protocol) leaves as a fresh error of the same class and message (secrets masked), carrying the request as
  the layers above know it, raised outside the handler: without the frames below this layer (httpx's
  network transport and httpcore), whose local variables hold the request as sent (its URL, header tuples).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs
import httpx

from .redact import MASK, SECRET_PARAMS, redact_text

_PARAM = re.compile(r"((?:{})=)[^&\s\"']+".format("|".join(sorted(SECRET_PARAMS))), re.IGNORECASE)


@attrs.frozen
class Scrub:
    """The pure core: the request as sent, and the error as it leaves. ``query``: a credential for the query
    string, ``(name, value)``; ``secrets``: strings masked in error messages."""

    secrets: tuple[str, ...] = ()
    query: tuple[str, str] | None = attrs.field(default=None, repr=False)

    def outgoing(self, request: httpx.Request) -> httpx.Request:
        """What the network layer sends: ``request`` itself, or a copy with the query credential added."""
        if self.query is None:
            return request
        return httpx.Request(request.method, request.url.copy_merge_params({self.query[0]: self.query[1]}),
                             headers=request.headers, stream=request.stream, extensions=request.extensions)

    def clean(self, error: httpx.RequestError, request: httpx.Request) -> httpx.RequestError:
        """A fresh error of ``error``'s class carrying ``request`` (as the layers above know it)."""
        text = _PARAM.sub(r"\1" + MASK, redact_text(str(error), self._masked()))
        try:
            fresh = type(error)(text, request=request)
        except TypeError:  # a subclass with another constructor: keep the family
            fresh = httpx.TransportError(text, request=request)
        return fresh

    def _masked(self) -> Iterable[str]:
        return (*self.secrets, *((self.query[1],) if self.query else ()))


class ScrubTransport(httpx.BaseTransport):
    """Sync twin: wraps the network transport (or a test's) with :class:`Scrub`."""

    def __init__(self, inner: httpx.BaseTransport, scrub: Scrub) -> None:
        self.inner = inner
        self.scrub = scrub

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = self.inner.handle_request(self.scrub.outgoing(request))
        except httpx.RequestError as exc:
            error = self.scrub.clean(exc, request)
        else:
            response.request = request
            return response
        raise error  # outside the handler: no link to the original error and the frames below

    def close(self) -> None:
        self.inner.close()


class AsyncScrubTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`ScrubTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, scrub: Scrub) -> None:
        self.inner = inner
        self.scrub = scrub

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self.inner.handle_async_request(self.scrub.outgoing(request))
        except httpx.RequestError as exc:
            error = self.scrub.clean(exc, request)
        else:
            response.request = request
            return response
        raise error

    async def aclose(self) -> None:
        await self.inner.aclose()
