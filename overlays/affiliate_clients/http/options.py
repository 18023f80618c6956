"""Per-request options, raw answers and the User-Agent: what a view made by ``client.with_options(...)`` sends.

A view shares its client's httpx clients (one connection pool, one retry transport, one budget); its options
travel with each request it sends: the timeout as httpx's per-request ``timeout``, extra headers merged over
the client's, and a retry policy in ``request.extensions[RETRY_EXTENSION]``, where the retry transport reads it.
"""

from __future__ import annotations

import enum
import functools
import importlib.metadata
from collections.abc import Mapping
from typing import Any, Final, Generic, TypeVar

import attrs
import httpx

from .policy import RetryPolicy

DISTRIBUTION: Final = "affiliate-clients"
# The request extension holding a per-request RetryPolicy (read by the retry transports).
RETRY_EXTENSION: Final = "affiliate_clients.retry"

T = TypeVar("T")


class Missing(enum.Enum):
    """Marks an option that was not given (``timeout=None`` means "no timeout" to httpx)."""

    MISSING = enum.auto()


MISSING: Final = Missing.MISSING


@functools.cache
def library_version() -> str:
    """The installed distribution's version, ``0+unknown`` when it is not installed (a bare checkout)."""
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return "0+unknown"


def user_agent(api: str, own: str | None = None) -> str:
    """``affiliate-clients/<version> (<api>)``, after the caller's own product token when there is one."""
    ours = f"{DISTRIBUTION}/{library_version()}" + (f" ({api})" if api else "")
    return f"{own.strip()} {ours}" if own and own.strip() else ours


def api_name(package: str) -> str:
    """The vendor of a generated package: ``affiliate_clients.generated.impact_client`` -> ``impact``."""
    return package.rsplit(".", 1)[-1].removesuffix("_client")


def _timeout(value: httpx.Timeout | float | None) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


@attrs.frozen
class RequestOptions:
    """What a view changes about each request: ``timeout`` (None: the client's), extra ``headers`` (sent over
    the client's; a ``User-Agent`` among them goes before the library's own), ``retry`` (None: the client's)."""

    timeout: httpx.Timeout | None = None
    headers: tuple[tuple[str, str], ...] = attrs.field(default=(), repr=lambda pairs: repr([k for k, _ in pairs]))
    retry: RetryPolicy | None = None

    def merge(self, *, timeout: httpx.Timeout | float | None | Missing = MISSING,
              headers: Mapping[str, str] | None = None, retry: RetryPolicy | None = None) -> RequestOptions:
        """These options with the given ones on top (a header given again, in any case, replaces the old)."""
        merged = httpx.Headers(list(self.headers))
        merged.update(headers or {})
        return attrs.evolve(self, timeout=self.timeout if timeout is MISSING else _timeout(timeout),
                            headers=tuple((k.decode(merged.encoding), v.decode(merged.encoding)) for k, v in merged.raw),
                            retry=retry or self.retry)

    @property
    def empty(self) -> bool:
        return self == RequestOptions()

    def apply(self, kwargs: dict[str, Any], defaults: httpx.Headers) -> dict[str, Any]:
        """``httpx.Client.request`` keyword arguments with these options added; ``defaults``: the client's
        headers (their User-Agent is the library's, which a given one is put before). Arguments the call itself
        passes (its own ``timeout``, its own headers) win over the options."""
        if self.empty:
            return kwargs
        kwargs = dict(kwargs)
        if self.timeout is not None and "timeout" not in kwargs:
            kwargs["timeout"] = self.timeout
        if self.headers:
            headers = httpx.Headers(list(self.headers))
            own = headers.get("user-agent")
            if own is not None:
                headers["User-Agent"] = f"{own.strip()} {defaults.get('user-agent', '')}".strip()
            headers.update(kwargs.get("headers") or {})
            kwargs["headers"] = headers
        if self.retry is not None:
            kwargs["extensions"] = {**(kwargs.get("extensions") or {}), RETRY_EXTENSION: self.retry}
        return kwargs


def retry_of(request: httpx.Request, default: RetryPolicy) -> RetryPolicy:
    """The retry policy a request carries in its extensions, else ``default``."""
    policy = request.extensions.get(RETRY_EXTENSION)
    return policy if isinstance(policy, RetryPolicy) else default


@attrs.frozen
class RawAnswer(Generic[T]):
    """An answer with its transport details: ``status``, ``headers``, the ``parsed`` body (what ``call()``
    returns) and the ``http_response`` itself (its request, elapsed time, raw bytes)."""

    status: int
    headers: httpx.Headers
    parsed: T
    http_response: httpx.Response = attrs.field(repr=False)

    @classmethod
    def of(cls, response: httpx.Response, parsed: T) -> RawAnswer[T]:
        return cls(status=response.status_code, headers=response.headers, parsed=parsed, http_response=response)


__all__ = ["MISSING", "RETRY_EXTENSION", "Missing", "RawAnswer", "RequestOptions", "api_name", "library_version",
           "retry_of", "user_agent"]
