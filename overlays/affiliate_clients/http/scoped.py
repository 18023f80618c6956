"""The httpx clients a view sends through: the shared client, with the view's options added to each request.

:class:`ScopedClient` / :class:`AsyncScopedClient` wrap the client's own ``httpx.Client`` / ``httpx.AsyncClient``
(never a copy: one connection pool, one retry transport, one budget) and add a
:class:`~affiliate_clients.http.options.RequestOptions` to every request, streamed ones included. They keep the
last answer when asked (``answers``), which is how ``call_raw`` reads the answer ``call`` parsed. Everything else
(``base_url``, ``headers``, ``close`` ...) is the wrapped client's.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from .options import RequestOptions


class ScopedClient:
    """A sync httpx client's request methods with per-request options added (see the module docstring)."""

    def __init__(self, inner: httpx.Client, options: RequestOptions,
                 answers: list[httpx.Response] | None = None) -> None:
        self.inner = inner
        self.options = options
        self.answers = answers

    def _kwargs(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        return self.options.apply(kwargs, self.inner.headers)

    def _keep(self, response: httpx.Response) -> httpx.Response:
        if self.answers is not None:
            self.answers[:] = [response]
        return response

    def request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        return self._keep(self.inner.request(method, url, **self._kwargs(kwargs)))

    def get(self, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def put(self, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        return self.request("PUT", url, **kwargs)

    def patch(self, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        return self.request("PATCH", url, **kwargs)

    def delete(self, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        return self.request("DELETE", url, **kwargs)

    @contextlib.contextmanager
    def stream(self, method: str, url: httpx.URL | str, **kwargs: Any) -> Iterator[httpx.Response]:
        with self.inner.stream(method, url, **self._kwargs(kwargs)) as response:
            yield self._keep(response)

    def __getattr__(self, name: str) -> Any:
        if name == "inner":  # not set yet (a copy being built): no recursion through ``self.inner``
            raise AttributeError(name)
        return getattr(self.inner, name)


class AsyncScopedClient:
    """The async twin of :class:`ScopedClient`."""

    def __init__(self, inner: httpx.AsyncClient, options: RequestOptions,
                 answers: list[httpx.Response] | None = None) -> None:
        self.inner = inner
        self.options = options
        self.answers = answers

    def _kwargs(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        return self.options.apply(kwargs, self.inner.headers)

    def _keep(self, response: httpx.Response) -> httpx.Response:
        if self.answers is not None:
            self.answers[:] = [response]
        return response

    async def request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        return self._keep(await self.inner.request(method, url, **self._kwargs(kwargs)))

    async def get(self, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        return await self.request("GET", url, **kwargs)

    async def post(self, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        return await self.request("POST", url, **kwargs)

    async def put(self, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        return await self.request("PUT", url, **kwargs)

    async def patch(self, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        return await self.request("PATCH", url, **kwargs)

    async def delete(self, url: httpx.URL | str, **kwargs: Any) -> httpx.Response:
        return await self.request("DELETE", url, **kwargs)

    @contextlib.asynccontextmanager
    async def stream(self, method: str, url: httpx.URL | str, **kwargs: Any) -> AsyncIterator[httpx.Response]:
        async with self.inner.stream(method, url, **self._kwargs(kwargs)) as response:
            yield self._keep(response)

    def __getattr__(self, name: str) -> Any:
        if name == "inner":  # not set yet (a copy being built): no recursion through ``self.inner``
            raise AttributeError(name)
        return getattr(self.inner, name)


def shared(client: httpx.Client | ScopedClient) -> httpx.Client:
    """The httpx client underneath (a view's wrapper unwrapped)."""
    return client.inner if isinstance(client, ScopedClient) else client


def ashared(client: httpx.AsyncClient | AsyncScopedClient) -> httpx.AsyncClient:
    """Async twin of :func:`shared`."""
    return client.inner if isinstance(client, AsyncScopedClient) else client


__all__ = ["AsyncScopedClient", "ScopedClient", "ashared", "shared"]
