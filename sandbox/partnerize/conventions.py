"""Partnerize's wire conventions, shared by every route module of the Partnerize sandbox.

* The API generation of a path: ``/v3/...`` is v3, ``/v2/...`` is v2, anything else is v1.
* Error envelopes: v1 ``{"error": {"message", "type"}}``; v2 ``{"error": {"errors": [...], "code", "message"}}``
  with textual codes (``required_property``, ``entity_not_found``, ...); v3 the same shape with UUID codes and
  the types ``validation_error``, ``unauthorised``, ``not_found``, ``routing_error``, ``too_many_requests``.
* 429 answers carry ``X-RateLimit-Limit``, ``X-RateLimit-Remaining``, ``X-RateLimit-Reset`` and
  ``X-RateLimit-Retry-After``; every other answer the first three (when the app rate-limits).
* Success envelopes: v2 adds ``execution_time`` (``"0.01234 seconds"``) and ``count`` on collections; v3 wraps
  the payload in ``data`` with optional ``hypermedia``.
* Paging: ``offset``/``limit`` in the query; answers give ``offset``, ``limit``, ``count`` and
  ``hypermedia.pagination`` with relative links to the first, last, next and previous pages.

Route modules raise :class:`ApiError` and wrap their handlers with :func:`endpoint`, which turns the error into
the envelope of the request's API generation.
"""

from __future__ import annotations

import functools
import json
import math
import re
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from affiliate_clients.sandbox.common.replies import VendorReplies
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

REASONS = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
           409: "Conflict", 429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
           503: "Service Unavailable", 504: "Gateway Timeout", 520: "Unknown Error"}
DEFAULT_LIMIT = 300
MAX_LIMIT = 300
DEFAULT_RATE_LIMIT = 50

# Validation problem (as worded by jsonschema / the shared validator) -> (v2 text code, v3 UUID code).
_VALIDATION_CODES: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("is a required property", "parameter is missing", ": required"), "required_property",
     "2572f7f9-e87e-4aa7-98cf-6f53c9ed5584"),
    (("is not of type", "not a valid"), "invalid_type", "6a6c32c0-de05-4301-89dd-4a72133c137f"),
    (("is not one of",), "invalid_enum_value", "aa903a6c-64ff-4f8b-830d-8967331c5ba3"),
    (("is too long",), "invalid_max_length", "d94b19cc-114f-4f44-9cc4-4138e80a87b9"),
    (("is too short", "should be non-empty"), "invalid_value", "39c6adce-c253-4750-b2c1-7215713af74d"),
    (("less than the minimum", "less than or equal to the minimum"), "invalid_lower_bound",
     "7ed9630d-04c4-4559-ace5-5e44f45e14e9"),
    (("greater than the maximum", "greater than or equal to the maximum"), "invalid_upper_bound",
     "d0fd75d5-9246-4c22-b395-4f6d0279555e"),
    (("is not a", "does not match"), "invalid_property_format", "1945fae7-8937-4086-b06b-2a43da93b7e3"),
    (("Additional properties",), "invalid_property", "7703c766-b5d5-4cef-ace7-ae0dd82304e9"),
)
_FALLBACK_VALIDATION = ("invalid_value", "6771735c-3000-49d1-a978-74aeb33d15b9")

# Non-validation v3 errors: status -> (UUID code, type).
_V3_CODES = {
    401: ("39b4b7c2-e5b9-41b1-83d4-db3b23b5ebfa", "unauthorised"),
    403: ("76fb121a-d769-4293-852d-3b9b6a3dcce8", "unauthorised"),
    404: ("0d528fb3-569c-45fa-b2b5-309b360bf9fa", "not_found"),
    405: ("5fe5c44b-f299-4fa6-bda4-bf80fecf6093", "routing_error"),
    409: ("f645b551-53ae-4e8b-8ce8-1c747e9df1e2", "validation_error"),
    429: ("3b22ff00-96a5-4fa4-96cc-f36e68dbd2e2", "too_many_requests"),
    500: ("a72717b1-0ecb-4d74-a77f-3e3702a2c8d5", "server_error"),
    502: ("03b1fdbe-ce8a-4de7-b850-b5e4bccf7f81", "server_error"),
    503: ("c2b63ca9-e15b-48ee-bcf0-0469a2f52047", "server_error"),
    504: ("c2b63ca9-e15b-48ee-bcf0-0469a2f52047", "server_error"),
}
# Non-validation v2 errors: status -> text code.
_V2_CODES = {401: "unauthorized", 403: "unauthorized", 404: "entity_not_found", 405: "routing_error",
             409: "conflict", 500: "internal_error", 502: "bad_gateway", 503: "service_unavailable",
             504: "gateway_timeout"}
UNAUTHORIZED_MESSAGE = ("Your API credentials can be found in Account settings. 'Username' will be your "
                        "'User application key' and 'Password' will be your 'User API key'")


class ApiError(Exception):
    """An error answer; ``problems`` are ``(property, message)`` pairs for 400s (property may be empty)."""

    def __init__(self, status: int, message: str, problems: Sequence[tuple[str, str]] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.problems = list(problems)


def bad_request(prop: str, message: str) -> ApiError:
    return ApiError(400, message, [(prop, message)])


def not_found(entity: str, ident: str) -> ApiError:
    return ApiError(404, f"{entity} not found for id '{ident}'")


def version_of(path: str) -> str:
    """``"v1"``, ``"v2"`` or ``"v3"`` for a request path."""
    if path.startswith("/v3/") or path == "/v3":
        return "v3"
    if path.startswith("/v2/") or path == "/v2":
        return "v2"
    return "v1"


def _validation_codes(message: str) -> tuple[str, str]:
    for needles, v2, v3 in _VALIDATION_CODES:
        if any(n in message for n in needles):
            return v2, v3
    return _FALLBACK_VALIDATION


def split_problems(message: str) -> list[tuple[str, str]]:
    """The shared validator joins ``"<where>: <rule>"`` problems with ``"; "``; split them back."""
    out = []
    for part in message.split("; "):
        where, sep, rule = part.partition(": ")
        prop = where if sep and " " not in where else ""
        missing = re.match(r"'([^']+)' is a required property", rule)
        if not prop and missing:
            prop = missing.group(1)
        out.append((prop, part))
    return out


def error_body(version: str, status: int, message: str, problems: Sequence[tuple[str, str]] = ()) -> dict[str, Any]:
    """The error body of ``version`` for ``status``."""
    reason = REASONS.get(status, "Error")
    if version == "v1":
        return {"error": {"message": message if status != 429 else reason, "type": str(status)}}
    items: list[dict[str, Any]] = []
    if status == 400:
        for prop, text in problems or [("", message)]:
            v2_code, v3_code = _validation_codes(text)
            if version == "v2":
                item = {"type": "validation_error", "code": v2_code, "message": text}
                if prop:
                    item = {"property": prop, **item}
            else:
                item = {"property": f"[{prop}]" if prop else "", "message": text, "code": v3_code,
                        "type": "validation_error"}
            items.append(item)
    elif version == "v2":
        if status != 429:
            text = UNAUTHORIZED_MESSAGE if status == 401 else message
            items.append({"type": "error", "code": _V2_CODES.get(status, "error"), "message": text})
    else:
        code, kind = _V3_CODES.get(status, _V3_CODES[500])
        text = {401: UNAUTHORIZED_MESSAGE + ".",
                429: "You have made too many requests recently, please try again later."}.get(status, message)
        items.append({"property": "", "message": text, "code": code, "type": kind})
    return {"error": {"errors": items, "code": str(status), "message": reason}}


def error_response(version: str, status: int, message: str, problems: Sequence[tuple[str, str]] = (),
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(version, status, message, problems), status_code=status, headers=headers)


# --- VendorReplies for the shared layers -------------------------------------------------------------------

def error(request: Request, status: int, message: str) -> Response:
    """An error in the envelope of the request's API generation (used by auth, validation and fault layers)."""
    problems = split_problems(message) if status == 400 else []
    return error_response(version_of(request.url.path), status, message, problems)


def _rate_limit(request: Request) -> int:
    try:
        return int(request.app.state.config.burst)
    except AttributeError:
        return DEFAULT_RATE_LIMIT


def rate_limited(request: Request, seconds: float) -> Response:
    """429 in the request's envelope, with all four ``X-RateLimit-*`` headers."""
    wait = str(max(1, math.ceil(seconds)))
    headers = {"X-RateLimit-Limit": str(_rate_limit(request)), "X-RateLimit-Remaining": "0",
               "X-RateLimit-Reset": wait, "X-RateLimit-Retry-After": wait}
    return error_response(version_of(request.url.path), 429, "Too Many Requests", headers=headers)


def rate_headers(limit: int, remaining: int, reset_seconds: float) -> dict[str, str]:
    return {"X-RateLimit-Limit": str(limit), "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": str(math.ceil(reset_seconds))}


REPLIES = VendorReplies(error, rate_limited, rate_headers, records=("conversions", "clicks", "conversion_items"))


# --- success envelopes ---------------------------------------------------------------------------------------

def execution_time(started: float) -> str:
    """``"0.01234 seconds"`` for the time since ``started`` (a ``time.perf_counter()`` value)."""
    return f"{max(time.perf_counter() - started, 0.00001):.5f} seconds"


def v1_response(payload: dict[str, Any], status: int = 200) -> JSONResponse:
    return JSONResponse(payload, status_code=status)


def v2_response(payload: dict[str, Any], started: float, status: int = 200, count: int | None = None) -> JSONResponse:
    """A v2 answer: ``execution_time`` first, then ``count`` (collections), then the payload."""
    body: dict[str, Any] = {"execution_time": execution_time(started)}
    if count is not None:
        body["count"] = count
    body.update(payload)
    return JSONResponse(body, status_code=status)


def v3_response(data: Any, hypermedia: dict[str, Any] | None = None, status: int = 200) -> JSONResponse:
    body: dict[str, Any] = {"data": data}
    if hypermedia is not None:
        body["hypermedia"] = hypermedia
    return JSONResponse(body, status_code=status)


# --- request helpers -----------------------------------------------------------------------------------------

async def json_body(request: Request) -> Any:
    """The parsed JSON body; 400 in the right envelope when it is missing or not JSON."""
    raw = await request.body()
    if not raw:
        raise bad_request("", "request body: required")
    try:
        return json.loads(raw)
    except ValueError:
        raise bad_request("", "request body: not valid JSON") from None


async def json_object(request: Request) -> dict[str, Any]:
    body = await json_body(request)
    if not isinstance(body, dict):
        raise bad_request("", f"request body: {json.dumps(body)[:60]} is not of type 'object'")
    return body


Handler = Callable[[Request], Awaitable[Response]]


def endpoint(handler: Handler) -> Handler:
    """Turn :class:`ApiError` raised by ``handler`` into the request's error envelope."""

    @functools.wraps(handler)
    async def wrapped(request: Request) -> Response:
        try:
            return await handler(request)
        except ApiError as exc:
            return error_response(version_of(request.url.path), exc.status, exc.message, exc.problems)

    return wrapped
