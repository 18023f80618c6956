"""Invoca streams for ``affiliate-clients pull``: an advertiser's relationships (one answer, no paging).

``--where advertiser_id=...`` names the advertiser; ``--where network_id=...`` (or ``INVOCA_NETWORK_ID``) the
network. No dates: Invoca answers the whole list at once.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from ..http.errors import ApiError, InvalidRequest
from ..http.paging import Pull
from ..http.quarantine import check_on_invalid
from ..invoca import InvocaClient
from .streams import PlanRun, PullOptions, Stream, register


class WholeList:
    """A paging plan for an operation that answers everything at once: one request; the position is how
    many records were handed out."""

    def __init__(self, skip: int = 0) -> None:
        self.offset, self.skip, self.pages, self.done = 0, skip, 0, False

    def next_request(self) -> dict[str, Any] | None:
        return None if self.done else {}

    def accept(self, request: dict[str, Any], page: Sequence[Any]) -> Sequence[Any]:
        self.done, self.pages, self.offset = True, 1, self.skip
        return page[self.skip:]

    def recover(self, request: dict[str, Any], error: ApiError) -> bool:
        return False

    def checkpoint(self) -> dict[str, Any]:
        return {"skip": self.offset if self.pages else self.skip}


def _client(options: PullOptions, network: str | None) -> InvocaClient:
    if not options.sandbox:
        if options.base_url:
            return InvocaClient(network_id=network, base_url=options.base_url)
        return InvocaClient(network_id=network)
    from ..testing import SandboxConfig, sandbox

    box = sandbox("invoca", SandboxConfig(records=options.sandbox_records))
    return box.client(network_id=network or box.facts.default("network_id"))


def _sandbox_default(name: str) -> str | None:
    from ..testing import facts

    return facts("invoca").default(name)


@contextmanager
def relationships(options: PullOptions, saved: dict[str, Any] | None) -> Iterator[PlanRun]:
    """Every relationship of one advertiser."""
    filters = dict(options.filters)
    advertiser = filters.pop("advertiser_id", None) or (_sandbox_default("advertiser_id") if options.sandbox else None)
    if not advertiser:
        raise InvalidRequest("advertiser_id", "give --where advertiser_id=...")
    network = filters.pop("network_id", None) or os.environ.get("INVOCA_NETWORK_ID")
    with _client(options, network) as client:
        plan = WholeList(**(saved or {}))
        on_invalid = check_on_invalid(options.on_invalid)
        pull = Pull(plan, lambda request: list(client.relationships(advertiser, on_invalid=on_invalid)))
        yield PlanRun(plan, pull, client.stats)


register(Stream("invoca", "relationships", "an advertiser's affiliate relationships", relationships,
                needs_dates=False, where={"advertiser_id": "the advertiser (required)",
                                          "network_id": "the network (default: INVOCA_NETWORK_ID)"}))
