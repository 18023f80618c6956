"""Calling generated endpoint functions: one place that turns error answers into typed errors.

Generated functions return documented error bodies as parsed models, raise the package's own
``UnexpectedStatus`` for undocumented ones, and crash on statuses outside ``http.HTTPStatus`` (impact's
520). A response hook answers the last case before the generated code runs; :class:`Caller` maps the rest.
"""

from __future__ import annotations

import contextvars
import functools
import http
import inspect
import json
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

import attrs
import httpx

from . import drift, fastparse, quarantine
from .errors import ApiError, InvalidRequest, RateLimited, ResponseValidationError, error_class
from .paths import check_path
from .policy import server_wait
from .schemas import package_schemas

_KNOWN_STATUSES = frozenset(int(s) for s in http.HTTPStatus)
# The answer the current call received, so a parse failure can be explained against the spec.
_LAST_RESPONSE: contextvars.ContextVar[httpx.Response | None] = contextvars.ContextVar("last_response", default=None)
# What generated parsers raise on a body that does not match the spec.
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


def make_error(status: int, operation: str, *, message: str, envelope: Any, body: bytes,
               headers: Mapping[str, str]) -> ApiError:
    error = error_class(status)(status, operation, message=message, envelope=envelope,
                                body=body.decode("utf-8", errors="replace"), headers=headers)
    if isinstance(error, RateLimited):
        error.retry_after = server_wait(headers)
    return error


def _operation_of(response: httpx.Response) -> str:
    return f"{response.request.method} {response.request.url.path}"


def reject_unknown_status(response: httpx.Response) -> None:
    """Sync response hook: raise a typed error for statuses ``http.HTTPStatus`` cannot hold (e.g. 520)."""
    _LAST_RESPONSE.set(response)
    if response.status_code not in _KNOWN_STATUSES:
        response.read()
        raise make_error(response.status_code, _operation_of(response), message="non-standard status",
                         envelope=None, body=response.content, headers=response.headers)


async def areject_unknown_status(response: httpx.Response) -> None:
    """Async twin of :func:`reject_unknown_status`."""
    _LAST_RESPONSE.set(response)
    if response.status_code not in _KNOWN_STATUSES:
        await response.aread()
        raise make_error(response.status_code, _operation_of(response), message="non-standard status",
                         envelope=None, body=response.content, headers=response.headers)


@attrs.frozen
class _Arguments:
    """What ``inspect.signature(fn).bind`` checks for a keyword-only call, worked out once per function."""

    names: frozenset[str]
    required: frozenset[str]
    any_keyword: bool
    simple: bool  # no positional-only parameters: keyword binding is all there is to check

    def fit(self, kwargs: Mapping[str, Any]) -> bool:
        """Whether ``fn(client=..., **kwargs)`` binds (``client`` is always passed by the caller)."""
        keys = kwargs.keys()
        return (self.simple and (self.any_keyword or keys <= self.names) and self.required <= keys
                and "client" not in keys)


@functools.cache
def _arguments(fn: Callable[..., Any]) -> _Arguments:
    every = list(inspect.signature(fn).parameters.values())
    kinds = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    params = [p for p in every if p.kind in kinds]
    return _Arguments(names=frozenset(p.name for p in params) - {"client"},
                      required=frozenset(p.name for p in params if p.default is inspect.Parameter.empty) - {"client"},
                      any_keyword=any(p.kind is inspect.Parameter.VAR_KEYWORD for p in every),
                      simple=not any(p.kind is inspect.Parameter.POSITIONAL_ONLY for p in every))


@attrs.frozen
class Caller:
    """Runs a generated package's endpoint functions for one vendor.

    ``unexpected``: the package's ``errors.UnexpectedStatus``; ``message_of``: pulls a readable message
    out of the vendor's parsed error envelope; ``checks``: per-operation constraint checks run before any
    request (they raise :class:`~affiliate_clients.http.errors.InvalidRequest`); ``refine``: turns a typed error
    into the vendor's own subclass (e.g. Spaaza's class per error code); ``package``: the generated package,
    whose spec explains responses that break it.
    """

    unexpected: type[Exception]
    message_of: Callable[[Any], str]
    checks: Mapping[str, Callable[..., None]] = attrs.field(factory=dict)
    package: str = ""
    refine: Callable[[ApiError], ApiError] = attrs.field(default=lambda error: error)

    def invalid(self, operation: str, exc: BaseException, response: httpx.Response | None = None) -> ResponseValidationError:
        """The error for a success body the generated parser could not read: names the JSON path when the
        package's spec can explain it, else the parser's own complaint."""
        response = response if response is not None else _LAST_RESPONSE.get()
        detail = f"{type(exc).__name__}: {exc}"
        schemas = package_schemas(self.package) if self.package else None
        if response is not None and schemas is not None:
            try:
                problem = schemas.response_problem(operation, response.status_code, response.json())
            except ValueError:
                problem = "$: the body is not valid JSON"
            detail = problem or detail
        return ResponseValidationError(operation, detail)

    def _prepare(self, endpoint: ModuleType, fn: Callable[..., Any], client: Any, kwargs: dict[str, Any]) -> str:
        operation = endpoint.__name__.rsplit(".", 1)[-1]
        if not _arguments(fn).fit(kwargs):
            inspect.signature(fn).bind(client=client, **kwargs)  # a wrong argument is the caller's TypeError
        if self.package:
            check_path(self.package, operation, fn, kwargs)  # no value may leave its path segment
        if operation in self.checks:
            self.checks[operation](**kwargs)
        return operation

    def call(self, endpoint: ModuleType, client: Any, **kwargs: Any) -> Any:
        """Send the request ``endpoint.sync_detailed`` would send and return the parsed success body, or raise a
        typed error. A success answer the generated module reads as one model (its ``success_models``) is read
        with the fast parse (the same models, built mostly in C); every other answer by the generated
        ``parse_response``."""
        operation, response = self._send(endpoint, client, kwargs)
        return self._answer(operation, endpoint, client, response)

    async def acall(self, endpoint: ModuleType, client: Any, **kwargs: Any) -> Any:
        """Async twin of :meth:`call` (the request ``endpoint.asyncio_detailed`` would send)."""
        operation, response = await self._asend(endpoint, client, kwargs)
        return self._answer(operation, endpoint, client, response)

    def call_reading(self, read: Callable[[str, bytes], Any], endpoint: ModuleType, client: Any,
                     **kwargs: Any) -> Any:
        """:meth:`call` with a success body read by ``read(operation, content)`` instead of the generated parser
        (a bare JSON array read record by record, say); a body ``read`` refuses (:class:`fastparse.Broken`, a
        parse error) and every error answer go where :meth:`call` sends them."""
        operation, response = self._send(endpoint, client, kwargs)
        return self._answer_reading(read, operation, endpoint, client, response)

    async def acall_reading(self, read: Callable[[str, bytes], Any], endpoint: ModuleType, client: Any,
                            **kwargs: Any) -> Any:
        """Async twin of :meth:`call_reading`."""
        operation, response = await self._asend(endpoint, client, kwargs)
        return self._answer_reading(read, operation, endpoint, client, response)

    def _answer_reading(self, read: Callable[[str, bytes], Any], operation: str, endpoint: ModuleType, client: Any,
                        response: httpx.Response) -> Any:
        if 200 <= response.status_code < 300:
            try:
                with drift.operation(operation):
                    return read(operation, response.content)
            except (fastparse.Broken, *PARSE_ERRORS):
                pass
        return self._answer(operation, endpoint, client, response)

    def _send(self, endpoint: ModuleType, client: Any, kwargs: dict[str, Any]) -> tuple[str, httpx.Response]:
        """Check the arguments, then send the request the generated function builds (its ``request_kwargs``)."""
        operation = self._prepare(endpoint, endpoint.sync_detailed, client, kwargs)
        return operation, client.get_httpx_client().request(**self._request(endpoint, operation, kwargs))

    async def _asend(self, endpoint: ModuleType, client: Any,
                     kwargs: dict[str, Any]) -> tuple[str, httpx.Response]:
        """Async twin of :meth:`_send`."""
        operation = self._prepare(endpoint, endpoint.asyncio_detailed, client, kwargs)
        return operation, await client.get_async_httpx_client().request(**self._request(endpoint, operation, kwargs))

    def _request(self, endpoint: ModuleType, operation: str, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The request the generated function builds (its ``request_kwargs``), with the enum values of its body
        held to the spec as written: the models accept any string there so that answers are read whatever the
        vendor adds, but a value the spec does not list is refused before any request."""
        request: dict[str, Any] = endpoint.request_kwargs(**kwargs)
        body = request.get("json", request.get("data"))
        schemas = package_schemas(self.package) if self.package and body is not None else None
        if schemas is not None:
            content_type = (request.get("headers") or {}).get("Content-Type", "application/json")
            problem = schemas.sent_enum_problem(operation, content_type, body)
            if problem is not None:
                raise InvalidRequest("body", problem)
        return request

    def _answer(self, operation: str, endpoint: ModuleType, client: Any, response: httpx.Response) -> Any:
        """The parsed success body, as the generated ``sync_detailed`` would parse it, or the typed error."""
        _LAST_RESPONSE.set(None)  # the hook saw this answer; ``response`` is at hand here
        model = endpoint.success_models.get(response.status_code)
        try:
            with drift.operation(operation):
                if model is not None:
                    parsed = self._read(operation, model, response.content)
                else:
                    parsed = endpoint.parse_response(client=client, response=response)
        except self.unexpected as exc:
            raise self.refine(self._unexpected(operation, exc, response)) from None
        except PARSE_ERRORS as exc:
            if response.status_code < 400:
                raise self.invalid(operation, exc, response) from exc
            parsed = None  # an error answer whose body is not the vendor's envelope: typed all the same
        if response.status_code < 400:
            return parsed
        raise self._error(operation, response, parsed)

    @staticmethod
    def _read(operation: str, model: Any, content: bytes) -> Any:
        """One answer as ``model``: the fast parse, else the stock parser; a body the model cannot hold is
        :class:`ResponseValidationError` naming the JSON path that actually broke."""
        try:
            decoded = fastparse.decode(model, content)
        except fastparse.Broken as broken:
            try:
                return model.from_dict(json.loads(content))  # the stock parser may read what msgspec refuses
            except PARSE_ERRORS:
                raise ResponseValidationError(operation, f"{broken.path}: {broken.reason}") from None
        return decoded.build() if decoded is not None else model.from_dict(json.loads(content))

    def _error(self, operation: str, response: httpx.Response, envelope: Any) -> ApiError:
        """The typed error for an error answer, carrying its parsed envelope (None when it could not be read)."""
        unread = "the body is not the documented error envelope (raw text in .body)" if response.content else ""
        return self.refine(make_error(response.status_code, operation,
                                      message=self.message_of(envelope) if envelope is not None else unread,
                                      envelope=envelope, body=response.content, headers=response.headers))

    def _unexpected(self, operation: str, exc: Any, response: httpx.Response | None = None) -> ApiError:
        last = response if response is not None else _LAST_RESPONSE.get()
        return make_error(exc.status_code, operation, message="status not documented in the spec",
                          envelope=None, body=exc.content, headers=last.headers if last is not None else {})

    def fetch_page(self, endpoint: ModuleType, client: Any, model: Any, error_model: Any, **kwargs: Any) -> Any:
        """:meth:`call` for a large page whose success model is ``model``: the request the generated function
        builds (its ``request_kwargs``), read with :meth:`parse_page` (fast typed parse, body let go early)."""
        operation, *holder = self._send(endpoint, client, kwargs)  # the answer held by ``holder`` alone
        return self.parse_page(operation, holder, model, error_model)

    async def afetch_page(self, endpoint: ModuleType, client: Any, model: Any, error_model: Any,
                          **kwargs: Any) -> Any:
        """Async twin of :meth:`fetch_page`."""
        operation, *holder = await self._asend(endpoint, client, kwargs)
        return self.parse_page(operation, holder, model, error_model)

    def parse_page(self, operation: str, holder: list[httpx.Response], model: Any, error_model: Any) -> Any:
        """:meth:`parse` for large pages, holding the body once: the answer is taken out of ``holder`` (the
        caller keeps no reference), decoded, let go (its 18 MB body freed at once rather than when the cyclic
        collector next runs: httpx's Response and its stream refer to each other), then built into models."""
        response = holder.pop()
        try:
            decoded = fastparse.decode(model, response.content) if response.status_code < 400 else None
        except fastparse.Broken:  # a record the model cannot hold: read the page record by record
            with drift.operation(operation):
                return self._page_by_record(operation, response, model, error_model)
        if decoded is None:
            return self.parse(operation, response, model, error_model)
        _LAST_RESPONSE.set(None)
        response.stream = httpx.ByteStream(b"")  # read and closed already: this only breaks the cycle
        del response
        with drift.operation(operation):
            return decoded.build()

    def _page_by_record(self, operation: str, response: httpx.Response, model: Any, error_model: Any) -> Any:
        """A page whose records do not all fit the spec: those that do, the others set aside
        (:mod:`.quarantine`); what breaks outside the records is the error :meth:`parse` raises."""
        try:
            return quarantine.read_page(model, response.content, operation)
        except (fastparse.Broken, *PARSE_ERRORS):
            return self.parse(operation, response, model, error_model)

    def parse(self, operation: str, response: httpx.Response, model: Any, error_model: Any) -> Any:
        """Parse a raw httpx answer (e.g. from following a next-page link) with generated models."""
        _LAST_RESPONSE.set(None)  # the hook saw this answer; ``response`` is at hand here
        try:
            if response.status_code < 400:
                with drift.operation(operation):
                    return self._read(operation, model, response.content)
            envelope = error_model.from_dict(response.json())
        except PARSE_ERRORS as exc:
            if response.status_code < 400:
                raise self.invalid(operation, exc, response) from exc
            envelope = None
        raise self._error(operation, response, envelope)
