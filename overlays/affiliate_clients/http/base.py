"""What every vendor client shares: the generated client wired to our httpx pair, and the lifecycle."""

from __future__ import annotations

import os
from types import ModuleType, TracebackType
from typing import Any, ClassVar, Self

from .calls import Caller
from .clients import HttpSetup, build_clients
from .errors import InvalidRequest
from .transports import TransportStats


def setting(value: str | None, parameter: str, env: str) -> str:
    """``value``, else the environment variable ``env``; raises :class:`InvalidRequest` when neither is set."""
    value = value or os.environ.get(env)
    if not value:
        raise InvalidRequest(parameter, f"missing: pass {parameter}= or set {env}")
    return value


class VendorClient:
    """Base of ImpactClient, PartnerizeClient, InvocaClient and SpaazaClient.

    ``generated`` is the generated package's ``Client``, running on the sync and async httpx clients built by
    :func:`~affiliate_clients.http.clients.build_clients` (auth, retries, budget, timeouts); ``stats`` counts
    what the retry layer absorbed. Use the client as a (sync or async) context manager, or call ``close()`` /
    ``aclose()``.
    """

    caller: ClassVar[Caller]
    generated: Any
    stats: TransportStats

    def _connect(self, setup: HttpSetup, generated_client: type[Any]) -> None:
        self._http, self._ahttp, self.stats = build_clients(setup)
        self.generated = generated_client(base_url=setup.base_url, raise_on_unexpected_status=True)
        self.generated.set_httpx_client(self._http)
        self.generated.set_async_httpx_client(self._ahttp)

    def call(self, endpoint: ModuleType, **kwargs: Any) -> Any:
        """Call a generated operation (e.g. ``call(get_partner_group, campaign_id=1000, partner_group_id=5)``).

        The vendor's documented rules are checked first (:class:`~affiliate_clients.http.errors.InvalidRequest`,
        before any request); returns the parsed success body; error answers raise a typed
        :class:`~affiliate_clients.http.errors.ApiError` subclass carrying the vendor's parsed error body.
        """
        return self.caller.call(endpoint, self.generated, **kwargs)

    async def acall(self, endpoint: ModuleType, **kwargs: Any) -> Any:
        """Async twin of :meth:`call`."""
        return await self.caller.acall(endpoint, self.generated, **kwargs)

    def send(self, endpoint: ModuleType, arguments: dict[str, Any]) -> Any:
        """What the generated typed methods (``client.<tag>.<operation>(...)``) send through: :meth:`call`, so
        they get the same checks, fast parse, typed errors, retries and budget."""
        return self.call(endpoint, **arguments)

    async def asend(self, endpoint: ModuleType, arguments: dict[str, Any]) -> Any:
        """Async twin of :meth:`send` (the generated ``a``-prefixed methods)."""
        return await self.acall(endpoint, **arguments)

    def close(self) -> None:
        """Close the sync HTTP client."""
        self._http.close()

    async def aclose(self) -> None:
        """Close the async HTTP client."""
        await self._ahttp.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        await self.aclose()
