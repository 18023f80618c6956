"""The registry of pullable streams: ``STREAMS[(api, name)]``, one entry per stream.

A stream is a function that opens a client and a paging plan (fresh, or restored from a saved checkpoint)
and hands back a :class:`PlanRun`. Adding one (Partnerize conversions, Invoca relationships, ...) is one
``register(Stream(...))`` call with an ``open`` function of a few lines; see ``pull/impact.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from typing import Any, Protocol

import attrs

from ..http.transports import TransportStats


@attrs.frozen
class PullOptions:
    """What the user asked for. ``sandbox``: pull from an in-process sandbox seeded with ``sandbox_records``;
    ``on_invalid``: what the paging drivers do with a record the models cannot read (``"quarantine"``: set it
    aside for the rejects file; ``"raise"``: stop the pull)."""

    since: dt.datetime | None = None
    until: dt.datetime | None = None
    base_url: str | None = None
    sandbox: bool = False
    sandbox_records: int = 5_000
    page_size: int | None = None
    filters: dict[str, str] = attrs.field(factory=dict)
    on_invalid: str = "quarantine"


class Plan(Protocol):
    """What the runner needs from a paging plan (``http.paging`` plans and impact's ``ActionPages``)."""

    pages: int

    def checkpoint(self) -> dict[str, Any]:
        """A JSON-ready position."""
        ...


@attrs.define
class PlanRun:
    """A pull under way: its plan (for pages and checkpoints), its records and its client's transport stats.

    ``row`` turns a record into a JSON-ready mapping (default: the generated model's ``to_dict()``).
    """

    plan: Plan
    records: Iterator[Any]
    stats: TransportStats
    row: Callable[[Any], dict[str, Any]] = attrs.field(default=lambda record: record.to_dict())


Opener = Callable[[PullOptions, "dict[str, Any] | None"], AbstractContextManager[PlanRun]]


@attrs.frozen
class Stream:
    """One stream: ``open(options, saved_position)`` yields a :class:`PlanRun` inside a ``with`` block.

    ``where``: the ``--where`` keys it takes, each with what its value is (the command line refuses any other);
    ``needs_dates``: it needs ``--since``; ``needs_until``: it needs ``--until`` as well."""

    api: str
    name: str
    description: str
    open: Opener
    needs_dates: bool = True
    where: Mapping[str, str] = attrs.field(factory=dict)
    needs_until: bool = False


STREAMS: dict[tuple[str, str], Stream] = {}


def register(stream: Stream) -> Stream:
    """Add a stream to the registry (a second one with the same api and name is an error)."""
    key = (stream.api, stream.name)
    if key in STREAMS:
        raise ValueError(f"stream {stream.api} {stream.name} is already registered")
    STREAMS[key] = stream
    return stream


def registered() -> dict[tuple[str, str], Stream]:
    """Every registered stream by (api, name), the vendors' streams imported first."""
    from . import impact, invoca, partnerize  # noqa: F401  (registers their streams)

    return dict(sorted(STREAMS.items()))


def find(api: str, name: str) -> Stream:
    """The registered stream, or a ``KeyError`` naming the streams there are."""
    registered()
    try:
        return STREAMS[(api, name)]
    except KeyError:
        known = ", ".join(f"{a} {n}" for a, n in sorted(STREAMS))
        raise KeyError(f"no stream {api} {name}; available: {known}") from None
