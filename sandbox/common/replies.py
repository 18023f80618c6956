"""How a vendor words the answers the shared mechanisms give on its behalf."""

from __future__ import annotations

from collections.abc import Callable

import attrs
from starlette.requests import Request
from starlette.responses import Response


def _no_headers(limit: int, remaining: int, reset_seconds: float) -> dict[str, str]:
    return {}


@attrs.frozen
class VendorReplies:
    """A vendor's error bodies and rate-limit headers.

    ``error(request, status, message)`` builds an error answer in the vendor's envelope;
    ``rate_limited(request, seconds)`` builds its 429 (headers included);
    ``rate_headers(limit, remaining, reset_seconds)`` gives the headers put on every answer;
    ``invalid_status`` is the status the vendor uses for a request that fails validation (Invoca: 403);
    ``records`` names the top-level members of a JSON answer that hold a page's records (impact: ``Actions``),
    which the ``"empty"`` fault empties.
    """

    error: Callable[[Request, int, str], Response]
    rate_limited: Callable[[Request, float], Response]
    rate_headers: Callable[[int, int, float], dict[str, str]] = _no_headers
    invalid_status: int = 400
    records: tuple[str, ...] = ()
