"""The one door from the library to the sandboxes: clients wired to an in-process sandbox, and its facts.

The demo, ``pull --sandbox``, ``affiliate-clients sandbox`` and the tests come through here; no other library
module imports the sandboxes or repeats their ids. Needs the ``sandbox`` extra (starlette, uvicorn)::

    from affiliate_clients.testing import sandbox

    box = sandbox("impact")
    with box.client() as impact:
        plan = impact.plan_actions(box.facts.first, box.facts.last)
    box.app.state.actions          # the sandbox's own data: the ground truth to compare with

Each :class:`Sandbox` holds one app; every ``client()`` / ``transport()`` gets its own in-process transport
to it (closing a client closes its transport, not the app).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

import attrs
import httpx
from starlette.applications import Starlette

from affiliate_clients.sandbox import APIS, load
from affiliate_clients.sandbox import facts as sandbox_facts
from affiliate_clients.sandbox.common.config import FaultPlan, SandboxConfig
from affiliate_clients.sandbox.common.drift import DriftPlan
from affiliate_clients.sandbox.common.facts import SandboxFacts
from affiliate_clients.sandbox.common.serve import SyncASGITransport
from affiliate_clients.sandbox.common.serve import run as run_server

from .http.clients import Transport

if TYPE_CHECKING:
    from .impact import ImpactClient
    from .invoca import InvocaClient
    from .partnerize import PartnerizeClient
    from .spaaza import SpaazaClient

__all__ = ["APIS", "DriftPlan", "FaultPlan", "Sandbox", "SandboxConfig", "SandboxFacts", "facts", "sandbox", "serve",
           "transport"]

C = TypeVar("C")


def _client_class(api: str) -> Callable[..., Any]:
    """The vendor client of ``api`` (imported when first needed, like the vendor packages themselves)."""
    if api == "impact":
        from .impact import ImpactClient
        return ImpactClient
    if api == "partnerize":
        from .partnerize import PartnerizeClient
        return PartnerizeClient
    if api == "invoca":
        from .invoca import InvocaClient
        return InvocaClient
    from .spaaza import SpaazaClient
    return SpaazaClient


def _transport_to(app: Starlette) -> Transport:
    return Transport(sync=SyncASGITransport(app), async_=httpx.ASGITransport(app=app))


@attrs.frozen
class Sandbox(Generic[C]):
    """One in-process sandbox app, its :class:`SandboxFacts` and a way to make clients wired to it.

    ``app.state`` holds the sandbox's data (the ground truth for tests: ``app.state.actions`` for impact,
    ``app.state.store`` for Partnerize, ``app.state.relationships`` for Invoca, ``app.state.campaign_groups``
    for Spaaza, and ``app.state.stats`` for the requests it saw).
    """

    api: str
    app: Starlette
    facts: SandboxFacts
    _make: Callable[..., C] = attrs.field(alias="make", repr=False)

    def transport(self) -> Transport:
        """A new sync + async in-process transport to the app."""
        return _transport_to(self.app)

    def client(self, **options: Any) -> C:
        """A new vendor client with the sandbox's credentials, base URL and a transport of its own.

        ``options`` go to the client's constructor (``retry=``, ``rate=``...). The client's own pacing
        (``rate``) is off unless given: the sandbox answers 429 only when built with a rate limit.
        """
        chosen: dict[str, Any] = {**self.facts.credentials, "base_url": self.facts.base_url, "rate": None}
        chosen.update(options)
        chosen.setdefault("transport", self.transport())
        return self._make(**chosen)


def _check(api: str) -> None:
    if api not in APIS:
        raise ValueError(f"no sandbox for {api!r}; choose one of {', '.join(APIS)}")


@overload
def sandbox(api: Literal["impact"], config: SandboxConfig | None = None) -> Sandbox[ImpactClient]: ...
@overload
def sandbox(api: Literal["partnerize"], config: SandboxConfig | None = None) -> Sandbox[PartnerizeClient]: ...
@overload
def sandbox(api: Literal["invoca"], config: SandboxConfig | None = None) -> Sandbox[InvocaClient]: ...
@overload
def sandbox(api: Literal["spaaza"], config: SandboxConfig | None = None) -> Sandbox[SpaazaClient]: ...
@overload
def sandbox(api: str, config: SandboxConfig | None = None) -> Sandbox[Any]: ...


def sandbox(api: str, config: SandboxConfig | None = None) -> Sandbox[Any]:
    """A new in-process sandbox of ``api`` (impact, partnerize, invoca or spaaza) built from ``config``
    (default: ``SandboxConfig()``, 10,000 records from seed 7), with its facts and its clients."""
    _check(api)
    app: Starlette = load(api).create_app(config)
    return Sandbox(api, app, sandbox_facts(api, app), make=_client_class(api))


def facts(api: str) -> SandboxFacts:
    """The facts of ``api``'s sandbox (credentials, ids, date range) without building one."""
    _check(api)
    return sandbox_facts(api)


def transport(api: str, config: SandboxConfig | None = None) -> Transport:
    """A sync + async in-process transport to a new sandbox of ``api``."""
    return sandbox(api, config).transport()


def serve(api: str, port: int, config: SandboxConfig | None = None,
          echo: Callable[[str], object] = print) -> None:
    """Serve a new sandbox of ``api`` on 127.0.0.1:``port`` until interrupted, after ``echo``-ing its
    description (base URL, credentials, ids, dates)."""
    box = sandbox(api, config)
    echo(box.facts.served_on(port).describe())
    run_server(box.app, port)
