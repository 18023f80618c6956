"""Partnerize CSV exports, streamed row by row; an export too large to answer at once comes back as a job."""

from __future__ import annotations

import csv
from collections.abc import AsyncIterator, Iterator

import httpx

from ..http.calls import make_error

EXPORT_PATHS = {
    "clicks": "/reporting/export/export/click.csv",
    "conversions": "/reporting/export/export/conversion.csv",
    "conversion_items": "/reporting/export/export/conversion_item.csv",
}


def export_path(kind: str) -> str:
    from ..http.errors import InvalidRequest

    if kind not in EXPORT_PATHS:
        raise InvalidRequest("kind", f"must be one of {', '.join(EXPORT_PATHS)}")
    return EXPORT_PATHS[kind]


def is_job(response: httpx.Response) -> bool:
    """A JSON answer to a CSV export is a job to wait for."""
    return "json" in response.headers.get("content-type", "")


def raise_for_error(operation: str, response: httpx.Response) -> None:
    """Raise the typed error for an export answered with an error status."""
    if response.status_code >= 400:
        response.read()
        raise make_error(response.status_code, operation, message=response.text[:300], envelope=None,
                         body=response.content, headers=response.headers)


def rows(lines: Iterator[str], delimiter: str = ",") -> Iterator[dict[str, str]]:
    """CSV lines (header first) as dicts."""
    yield from csv.DictReader(lines, delimiter=delimiter)


async def arows(lines: AsyncIterator[str], delimiter: str = ",") -> AsyncIterator[dict[str, str]]:
    """Async twin of :func:`rows`: parses line by line as they arrive."""
    header: list[str] | None = None
    async for line in lines:
        if not line:
            continue
        values = next(csv.reader([line], delimiter=delimiter))
        if header is None:
            header = values
            continue
        yield dict(zip(header, values, strict=False))
