"""Shared pieces of the Dask landing tests: 4 impact sandboxes served on loopback, each its own account with a
server-side rate limit and the client budget matched to it, and their ground truth.

The sandbox numbers actions the same way for every seed; impact action ids are unique across accounts, so each
sandbox's ids get a per-account prefix before it serves (the union of truths would otherwise collide).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import attrs
from affiliate_clients.http.budget import Rate
from affiliate_clients.pull.landing.scale import AccountSpec
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.serve import ServerThread
from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_TOKEN, create_app
from starlette.applications import Starlette

from .landing_support import action_truth

ACCOUNTS, RECORDS, PER_SECOND, BURST, PAGE = 4, 5_000, 2, 1, 2_000


def sandbox_app(index: int) -> Starlette:
    app = create_app(SandboxConfig(records=RECORDS, seed=40 + index, rate_per_second=PER_SECOND, burst=BURST))
    for record in app.state.actions.records:
        old = record.payload["Id"]
        record.payload["Id"] = new = f"{index}{old}"
        record.payload["Uri"] = record.payload["Uri"].replace(old, new)
    return app


@attrs.frozen
class Sandboxes:
    apps: list[Starlette]
    accounts: list[AccountSpec]

    @property
    def start(self) -> dt.datetime:
        anchor: dt.datetime = min(a.state.actions.anchor for a in self.apps)
        return anchor - dt.timedelta(days=181)

    @property
    def end(self) -> dt.datetime:
        anchor: dt.datetime = max(a.state.actions.anchor for a in self.apps)
        return anchor + dt.timedelta(days=5)

    def truth(self) -> dict[str, tuple[Any, ...]]:
        union: dict[str, tuple[Any, ...]] = {}
        for app in self.apps:
            union.update(action_truth(app))
        assert len(union) == ACCOUNTS * RECORDS
        return union

    def requests(self) -> tuple[int, int]:
        return (sum(a.state.stats.requests for a in self.apps), sum(a.state.stats.rate_limited for a in self.apps))


@contextmanager
def served_sandboxes() -> Iterator[Sandboxes]:
    """The 4 sandboxes, each on its own loopback port, with an :class:`AccountSpec` per sandbox."""
    apps = [sandbox_app(i) for i in range(ACCOUNTS)]
    with ExitStack() as stack:
        servers = [stack.enter_context(ServerThread(app)) for app in apps]
        yield Sandboxes(apps, [AccountSpec(ACCOUNT_SID, AUTH_TOKEN, base_url=s.base_url, name=f"account{i}",
                                           rate=Rate(PER_SECOND, 1.0, burst=BURST))
                               for i, s in enumerate(servers)])
