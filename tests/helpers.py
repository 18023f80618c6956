"""Shared test helpers: which APIs have a sandbox, and clients wired to a sandbox in-process."""

from __future__ import annotations

import importlib.util
from typing import Any

import httpx
from affiliate_clients.sandbox.common.serve import SyncASGITransport

from generator.specs import api_names


def apis_with_sandbox() -> list[str]:
    """APIs that have both a spec and a sandbox module."""
    return [api for api in api_names() if importlib.util.find_spec(f"affiliate_clients.sandbox.{api}") is not None]


def in_process(app: Any) -> dict[str, Any]:
    """Keyword arguments for a client that reaches ``app`` in-process (sync and async)."""
    from affiliate_clients import Transport

    return {"base_url": "http://127.0.0.1",
            "transport": Transport(sync=SyncASGITransport(app), async_=httpx.ASGITransport(app=app))}


# The loggers that see requests (and so could see a credential).
REQUEST_LOGGERS = ("httpx", "httpcore.http11", "httpcore.connection", "affiliate_clients.http")


class Recorder(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Keeps every request a client sends, sync or async, then hands it to the sandbox in-process."""

    def __init__(self, app: Any) -> None:
        self.sync, self.async_ = SyncASGITransport(app), httpx.ASGITransport(app=app)
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return await self.async_.handle_async_request(request)

    def close(self) -> None:
        self.sync.close()
