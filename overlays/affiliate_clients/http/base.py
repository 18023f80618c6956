"""What every vendor client shares: the generated client wired to our httpx pair, and the lifecycle."""

from __future__ import annotations

import copy
import functools
import os
from collections.abc import Mapping
from types import ModuleType, TracebackType
from typing import Any, ClassVar, Self

import attrs
import httpx

from .calls import Caller
from .clients import HttpSetup, build_clients
from .errors import InvalidRequest
from .options import MISSING, Missing, RawAnswer, RequestOptions, api_name
from .policy import RetryPolicy
from .scoped import AsyncScopedClient, ScopedClient, ashared, shared
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

    ``with_options(timeout=..., headers=..., retry=...)`` gives a view sending with other options over the same
    connections; ``call_raw`` / ``acall_raw`` return the status and headers with the parsed body. Every request
    says ``User-Agent: affiliate-clients/<version> (<vendor>)``.
    """

    caller: ClassVar[Caller]
    generated: Any
    stats: TransportStats
    options: RequestOptions = RequestOptions()
    _http: httpx.Client | ScopedClient
    _ahttp: httpx.AsyncClient | AsyncScopedClient
    _policy: RetryPolicy

    def _connect(self, setup: HttpSetup, generated_client: type[Any]) -> None:
        setup = attrs.evolve(setup, api=setup.api or api_name(self.caller.package))
        self._http, self._ahttp, self.stats = build_clients(setup)
        self._policy = setup.policy
        self.generated = generated_client(base_url=setup.base_url, raise_on_unexpected_status=True)
        self.generated.set_httpx_client(self._http)
        self.generated.set_async_httpx_client(self._ahttp)

    # -- per-request options and raw answers ---------------------------------------------------------------
    @property
    def http_client(self) -> httpx.Client:
        """The sync httpx client (one for a client and all its views: one connection pool)."""
        return shared(self._http)

    @property
    def async_http_client(self) -> httpx.AsyncClient:
        """The async httpx client (one for a client and all its views)."""
        return ashared(self._ahttp)

    @property
    def retry_policy(self) -> RetryPolicy:
        """The retry policy this client's requests run under (a view's own, else the client's)."""
        return self.options.retry or self._policy

    def with_options(self, *, timeout: httpx.Timeout | float | None | Missing = MISSING,
                     headers: Mapping[str, str] | None = None, retry: RetryPolicy | None = None) -> Self:
        """A view of this client whose requests (``call``, ``acall``, the typed methods, the paged helpers)
        use ``timeout`` (seconds or an ``httpx.Timeout``; ``None``: none), send ``headers`` over the client's
        (a ``User-Agent`` goes before the library's own) and retry under ``retry``. The view shares the
        connections, retry transport, budget and stats of this client, which stays as it was; options given
        to a view's ``with_options`` are added to the view's. Closing a view closes the shared connections,
        so close the client, not its views. A promise the client makes about replays (Spaaza never replays a
        create) holds under any ``retry``."""
        if retry is not None and not self._policy.replay_refused:
            retry = attrs.evolve(retry, replay_refused=False)
        return self._view(self.options.merge(timeout=timeout, headers=headers, retry=retry))

    def _view(self, options: RequestOptions, answers: list[httpx.Response] | None = None) -> Self:
        view = copy.copy(self)
        for name in [n for n in vars(view) if isinstance(getattr(type(view), n, None), functools.cached_property)]:
            del vars(view)[name]  # the typed-method groups (``client.<tag>``) are bound to the client they serve
        view.options = options
        view._http = ScopedClient(self.http_client, options, answers)
        view._ahttp = AsyncScopedClient(self.async_http_client, options, answers)
        view.generated = copy.copy(self.generated)
        view.generated.set_httpx_client(view._http)
        view.generated.set_async_httpx_client(view._ahttp)
        return view

    def call_raw(self, endpoint: ModuleType, **kwargs: Any) -> RawAnswer[Any]:
        """:meth:`call`, with the answer's ``status``, ``headers`` and ``http_response`` next to its ``parsed``
        body. The same checks run first and error answers raise the same typed errors."""
        answers: list[httpx.Response] = []
        parsed = self._view(self.options, answers).call(endpoint, **kwargs)
        return RawAnswer.of(answers[-1], parsed)

    async def acall_raw(self, endpoint: ModuleType, **kwargs: Any) -> RawAnswer[Any]:
        """Async twin of :meth:`call_raw`."""
        answers: list[httpx.Response] = []
        parsed = await self._view(self.options, answers).acall(endpoint, **kwargs)
        return RawAnswer.of(answers[-1], parsed)

    def call(self, endpoint: ModuleType, **kwargs: Any) -> Any:
        """Call a generated operation (e.g. ``call(get_partner_group, campaign_id=101, partner_group_id=5)``).

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
