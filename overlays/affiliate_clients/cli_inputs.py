"""The option parsing the commands share, and the inputs of ``affiliate-clients pull`` refused before any request:
one line on stderr naming the flag, exit 2 (:mod:`.cli_errors`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import typer

from .cli_errors import refuse
from .http.errors import InvalidRequest
from .http.paths import check_segment

__all__ = ["check_order", "check_page_size", "check_where", "moment", "pairs", "refuse"]


def moment(value: str | None, option: str, end: bool = False) -> dt.datetime | None:
    """``--since`` / ``--until`` as a UTC-aware datetime; a date as ``end`` means the whole day (23:59:59)."""
    if value is None:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"expected a date (2026-01-31) or a date-time, got {value!r}",
                                 param_hint=option) from None
    if len(value) == 10 and end:
        parsed += dt.timedelta(days=1) - dt.timedelta(seconds=1)  # a date as --until means the whole day
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def pairs(values: list[str] | None, option: str) -> dict[str, str]:
    """``NAME=VALUE`` options (``--where``, ``--param``) as a mapping; a repeated name is refused."""
    found: dict[str, str] = {}
    for value in values or []:
        name, sep, text = value.partition("=")
        if not sep or not name:
            raise typer.BadParameter(f"expected NAME=VALUE, got {value!r}", param_hint=option)
        if name in found:
            raise typer.BadParameter(f"{name} given twice; give it once (comma-separate several values)",
                                     param_hint=option)
        found[name] = text
    return found


def check_order(since: dt.datetime | None, until: dt.datetime | None) -> None:
    """``--until`` before ``--since`` is a mistake, not an empty pull."""
    if since is not None and until is not None and until < since:
        refuse(f"--until {until:%Y-%m-%d %H:%M:%S} is before --since {since:%Y-%m-%d %H:%M:%S}")


def check_where(filters: Mapping[str, str]) -> None:
    """``--where`` values end up in URL paths (publisher and advertiser ids) or queries: each must stay one
    path segment (no ``.``/``..``, no control characters, not empty)."""
    for name, value in filters.items():
        try:
            check_segment(name, value)
        except InvalidRequest as exc:
            refuse(f"--where {name}: {exc.rule}")


def check_page_size(api: str, stream: str, page_size: int | None) -> None:
    """``--page-size`` within what the API takes (never replaced by a default), or refused."""
    if page_size is None:
        return
    if api == "invoca":
        refuse(f"--page-size: {api} {stream} comes in one answer, without pages; drop --page-size")
    from .pull.landing.accounts import BadInput
    from .pull.landing.accounts import check_page_size as within

    try:
        within(api, page_size)
    except BadInput as exc:
        refuse(f"{exc.option}: {exc}; give another --page-size")
