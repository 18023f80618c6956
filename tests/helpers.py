"""Shared test helpers: which APIs have a sandbox, and clients wired to a sandbox in-process."""

from __future__ import annotations

import importlib.util
from typing import Any

import httpx

from generator.specs import api_names
from sandbox.common.serve import SyncASGITransport


def apis_with_sandbox() -> list[str]:
    """APIs that have both a spec and a sandbox module."""
    return [api for api in api_names() if importlib.util.find_spec(f"sandbox.{api}") is not None]


def in_process(app: Any) -> dict[str, Any]:
    """Keyword arguments for a client that reaches ``app`` in-process (sync and async)."""
    from affiliate_clients import Transport

    return {"base_url": "http://127.0.0.1",
            "transport": Transport(sync=SyncASGITransport(app), async_=httpx.ASGITransport(app=app))}
