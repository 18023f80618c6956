"""The error hierarchy every client raises, and the one table from HTTP status to error class."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


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


STATUS_ERRORS: Mapping[int, type[ApiError]] = {400: BadRequest, 401: Unauthorized, 403: Forbidden,
                                               404: NotFound, 429: RateLimited}


def error_class(status: int) -> type[ApiError]:
    """The error class for a status: the table above, ServerError for any 5xx, else UnexpectedStatus."""
    if status in STATUS_ERRORS:
        return STATUS_ERRORS[status]
    return ServerError if 500 <= status <= 599 else UnexpectedStatus
