"""Sandbox servers: one ASGI app per vendor that speaks that vendor's conventions (paging, rate limits,
error bodies, injected faults). ``python -m sandbox <api> --port 8000`` (or ``python -m
affiliate_clients.sandbox <api>``) serves one on 127.0.0.1 and prints its credentials and the dates its data
covers.

Every vendor module (``sandbox.<api>``) exposes ``create_app(config=None)``, ``AUTH_HEADERS`` and
``facts(app=None)`` (a :class:`~.common.facts.SandboxFacts`: credentials, ids, date range). The library reaches
the sandboxes only through ``affiliate_clients.testing``.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from .common.facts import SandboxFacts

APIS = ("impact", "partnerize", "invoca", "spaaza")


def load(api: str) -> ModuleType:
    """The sandbox module of ``api``."""
    if api not in APIS:
        raise ValueError(f"no sandbox for {api!r}; choose one of {', '.join(APIS)}")
    return importlib.import_module(f"affiliate_clients.sandbox.{api}")


def facts(api: str, app: Starlette | None = None) -> SandboxFacts:
    """The facts of ``api``'s sandbox: of ``app`` if given (its data may be anchored to the day it was seeded),
    otherwise of one seeded now."""
    found: SandboxFacts = load(api).facts(app)
    return found
