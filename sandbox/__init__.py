"""Sandbox servers: one ASGI app per vendor that speaks that vendor's conventions (paging, rate limits,
error bodies, injected faults). ``python -m sandbox <api> --port 8000`` serves one on 127.0.0.1.

Every vendor module (``sandbox.<api>``) exposes ``create_app(config=None)`` and ``AUTH_HEADERS``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

APIS = ("impact", "partnerize", "invoca", "spaaza")


def load(api: str) -> ModuleType:
    """The sandbox module of ``api``."""
    if api not in APIS:
        raise ValueError(f"no sandbox for {api!r}; choose one of {', '.join(APIS)}")
    return importlib.import_module(f"affiliate_clients.sandbox.{api}")
