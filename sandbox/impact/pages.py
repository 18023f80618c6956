"""impact's list answers: one page of rows with the eleven ``@`` paging members, and the ten-page rule."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

MAX_PAGES = 10
DEFAULT_PAGE_SIZE = 20_000
TOO_MANY_PAGES = "The result exceeds 10 pages; narrow StartDate/EndDate or raise PageSize"

ErrorReply = Callable[[Request, int, str], Response]


def page_answer(request: Request, rows: Sequence[dict[str, str]], member: str, error: ErrorReply) -> Response:
    """The page the request asks for (``Page``, ``PageSize``) of ``rows`` under ``member``, or impact's 400 when
    the result would be over ten pages. The links repeat every filter of the request, with only ``Page`` changed."""
    params = request.query_params
    page_size = int(params.get("PageSize", DEFAULT_PAGE_SIZE))
    page = int(params.get("Page", 1))
    pages = max(1, -(-len(rows) // page_size))
    if pages > MAX_PAGES:
        return error(request, 400, TOO_MANY_PAGES)
    chunk = rows[(page - 1) * page_size: page * page_size]
    base = request.url.path
    others = [(k, v) for k, v in params.multi_items() if k != "Page"]

    def link(n: int) -> str:
        return f"{base}?{urlencode([*others, ('Page', str(n))])}"

    start = (page - 1) * page_size
    body: dict[str, Any] = {
        "@page": str(page), "@numpages": str(pages), "@pagesize": str(page_size), "@total": str(len(rows)),
        "@start": str(start), "@end": str(max(start, start + len(chunk) - 1)), "@uri": link(page),
        "@firstpageuri": link(1), "@previouspageuri": link(page - 1) if page > 1 else "",
        "@nextpageuri": link(page + 1) if page < pages else "", "@lastpageuri": link(pages),
        member: list(chunk),
    }
    return JSONResponse(body)
