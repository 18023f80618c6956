"""The error hierarchy every client raises, and the one table from HTTP status to error class."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx


class AffiliateClientError(Exception):
    """Base of every error this library raises on purpose.

    ``checkpoint``: set on an error that ends a paged pull, the JSON-ready position to resume from (what the
    pull's ``checkpoint()`` would say: every record handed out before the error is behind it).
    """

    checkpoint: dict[str, Any] | None = None


class InvalidRequest(AffiliateClientError, ValueError):
    """A documented constraint is broken; raised before any request is sent.

    ``parameter`` names the parameter, ``rule`` says what the API requires of it.
    """

    def __init__(self, parameter: str, rule: str) -> None:
        super().__init__(f"{parameter}: {rule}")
        self.parameter = parameter
        self.rule = rule


class ApiError(AffiliateClientError):
    """The API answered with an error status.

    ``status``: the HTTP status; ``operation``: which operation was called; ``envelope``: the vendor's
    error body parsed into its generated model when the spec documents it (else None); ``body``: the raw
    text; ``headers``: the answer's headers.
    """

    def __init__(self, status: int, operation: str, *, message: str = "", envelope: Any = None,
                 body: str = "", headers: Mapping[str, str] | None = None) -> None:
        self.status = status
        self.operation = operation
        self.envelope = envelope
        self.body = body
        self.headers = dict(headers or {})
        self.message = message
        text = f"{operation}: HTTP {status}"
        super().__init__(f"{text}: {message}" if message else text)


class BadRequest(ApiError):
    """400: the API refused the request's content."""


class Unauthorized(ApiError):
    """401: credentials are missing or wrong; check the key and secret the client was given."""


class Forbidden(ApiError):
    """403: the credentials may not do this (Invoca also uses 403 for validation errors)."""


class NotFound(ApiError):
    """404: no such resource."""


class RateLimited(ApiError):
    """429 after the retry layer gave up; ``retry_after`` is the server's wait in seconds, if it named one."""

    retry_after: float | None = None


class ServerError(ApiError):
    """5xx (impact's 520 included) after the retry layer gave up."""


class UnexpectedStatus(ApiError):
    """A status the spec does not document; ``body`` holds what came back."""


class ResponseValidationError(AffiliateClientError):
    """A successful answer whose body does not match the spec: names the operation and where it broke."""

    def __init__(self, operation: str, detail: str) -> None:
        super().__init__(f"{operation}: the response does not match the spec: {detail}")
        self.operation = operation
        self.detail = detail


class OutcomeUnknown(AffiliateClientError, httpx.TransportError):
    """The answer to a request that changes data (POST, PATCH) was lost after the request was sent: the
    server may or may not have processed it. It is not sent again (twice could mean applied twice); check
    whether it took effect (list or get what it creates or changes) before sending it again.

    Still an ``httpx.TransportError``; ``method`` and ``path`` name the request, ``cause`` says what happened.
    """

    def __init__(self, method: str, path: str, cause: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(f"{method} {path}: {cause}. The request reached or may have reached the server, so it "
                         "may have been processed; it was not sent again, since sending it twice could apply it "
                         "twice. Check whether it took effect (list or get what it creates or changes) before "
                         "sending it again", request=request)
        self.method, self.path, self.cause = method, path, cause


class UnreadableAnswer(AffiliateClientError, httpx.DecodingError):
    """An answer whose body could not be decoded as its ``Content-Encoding`` says (gzip labelled deflate, plain
    text labelled gzip, ...); retried like a dropped answer for idempotent requests, raised when the tries run
    out. Still an ``httpx.DecodingError``; ``status`` is the answer's HTTP status."""

    def __init__(self, method: str, path: str, status: int, cause: str, *,
                 request: httpx.Request | None = None) -> None:
        super().__init__(f"{method} {path}: HTTP {status}, but the body does not match its Content-Encoding "
                         f"({cause})", request=request)
        self.method, self.path, self.status = method, path, status


class AttemptTimedOut(httpx.ReadTimeout):
    """One attempt outlasted ``RetryPolicy.attempt_deadline``: handled as a read timeout (retried for
    idempotent requests)."""


_WHAT_HAPPENED: tuple[tuple[type[Exception], str], ...] = (
    (AttemptTimedOut, "the answer took longer than the attempt deadline"),
    (httpx.ConnectTimeout, "connecting to the server timed out"),
    (httpx.ConnectError, "the server could not be reached"),
    (httpx.PoolTimeout, "no pooled connection came free in time"),
    (httpx.ReadTimeout, "the server sent nothing for longer than the read timeout"),
    (httpx.WriteTimeout, "sending the request timed out"),
    (httpx.WriteError, "the connection broke while the request was being sent"),
    (httpx.ReadError, "the connection broke while the answer was being read"),
    (httpx.RemoteProtocolError, "the server closed the connection before the answer was complete"),
    (httpx.DecodingError, "the answer's body does not match its Content-Encoding"),
)


def what_happened(error: BaseException) -> str:
    """A sentence for a transport error, also when httpx gives it no message (async errors often have none)."""
    text = next((said for kind, said in _WHAT_HAPPENED if isinstance(error, kind)), "the request failed")
    detail = str(error).strip()
    return f"{text} ({type(error).__name__}: {detail})" if detail else f"{text} ({type(error).__name__})"


STATUS_ERRORS: Mapping[int, type[ApiError]] = {400: BadRequest, 401: Unauthorized, 403: Forbidden,
                                               404: NotFound, 429: RateLimited}


def error_class(status: int) -> type[ApiError]:
    """The error class for a status: the table above, ServerError for any 5xx, else UnexpectedStatus."""
    if status in STATUS_ERRORS:
        return STATUS_ERRORS[status]
    return ServerError if 500 <= status <= 599 else UnexpectedStatus
