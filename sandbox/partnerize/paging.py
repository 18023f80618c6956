"""Offset/limit paging of Partnerize collections: the query's bounds and the ``hypermedia.pagination`` links."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request

from .conventions import DEFAULT_LIMIT, MAX_LIMIT, bad_request


def _int_param(request: Request, name: str, default: int, low: int, high: int | None) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise bad_request(name, f"{name}: '{raw}' is not of type 'integer'") from None
    if value < low:
        raise bad_request(name, f"{name}: {value} is less than the minimum of {low}")
    if high is not None and value > high:
        raise bad_request(name, f"{name}: {value} is greater than the maximum of {high}")
    return value


def page_bounds(request: Request, default_limit: int = DEFAULT_LIMIT, max_limit: int = MAX_LIMIT) -> tuple[int, int]:
    """``(offset, limit)`` from the query, checked against the documented bounds."""
    return (_int_param(request, "offset", 0, 0, None), _int_param(request, "limit", default_limit, 1, max_limit))


def pagination(request: Request, offset: int, limit: int, total: int) -> dict[str, Any]:
    """``hypermedia.pagination`` for a page: links keep the request's other query parameters."""
    others = [(k, v) for k, v in request.query_params.multi_items() if k not in ("offset", "limit")]
    path = request.url.path

    def link(at: int) -> str:
        return f"{path}?{urlencode([*others, ('limit', limit), ('offset', at)])}"

    pages = max(1, math.ceil(total / limit))
    last = (pages - 1) * limit
    return {
        "total_page_count": pages,
        "total_item_count": total,
        "first_page": link(0),
        "last_page": link(last),
        "next_page": link(offset + limit) if offset + limit < total else None,
        "previous_page": link(max(0, offset - limit)) if offset > 0 else None,
    }


def paginate(request: Request, items: Sequence[Any], default_limit: int = DEFAULT_LIMIT,
             max_limit: int = MAX_LIMIT) -> tuple[list[Any], dict[str, Any]]:
    """The page of ``items`` the query asks for, and the paging members (offset, limit, count, hypermedia)."""
    offset, limit = page_bounds(request, default_limit, max_limit)
    page = list(items[offset:offset + limit])
    meta = {"offset": offset, "limit": limit, "count": len(items),
            "hypermedia": {"pagination": pagination(request, offset, limit, len(items))}}
    return page, meta
