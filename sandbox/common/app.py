"""Assembling a vendor app with the shared layers in their fixed order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs
from affiliate_clients.http.schemas import bundled_spec
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.routing import BaseRoute

from .accept import XmlUnlessJsonMiddleware
from .auth import AuthMiddleware
from .config import SandboxConfig
from .drift import Drift, DriftMiddleware
from .faults import FaultMiddleware, Faults
from .ratelimit import RateLimitMiddleware, TokenBucket
from .replies import VendorReplies
from .stats import Stats
from .validation import SpecValidator, ValidationMiddleware

_SPECS: dict[str, dict[str, Any]] = {}


def load_spec(api: str) -> dict[str, Any]:
    """The spec ``api``'s generated package carries (the sandbox checks requests against exactly that)."""
    if api not in _SPECS:
        _SPECS[api] = bundled_spec(api)
    return _SPECS[api]


@attrs.frozen
class Vendor:
    """What the shared layers need to know about one vendor. ``xml_root``: the vendor answers XML (under this
    root element) unless the request's ``Accept`` asks for JSON; ``None``: JSON always."""

    api: str
    replies: VendorReplies
    allowed: Callable[[Request], bool] | None
    xml_root: str | None = None


def build_app(vendor: Vendor, routes: Sequence[BaseRoute], config: SandboxConfig) -> Starlette:
    """A Starlette app with the shared layers, outermost first: faults, XML unless JSON is asked for (vendors
    with an ``xml_root``), rate limit, credentials, validation.

    Faults come first so an injected 429 or 5xx needs no token and no credentials, like a proxy in front of
    the real service; the service's own answers, refusals included, are XML to a client that asks for no JSON.
    ``app.state.stats`` counts requests, injected faults and rate-limit refusals;
    ``app.state.faults.replan(FaultPlan(...))`` sets a new fault plan on the running app (tests reuse one
    seeded app across many fault schedules that way).
    Innermost, drift (``config.drift``) changes the records of the app's own JSON answers, so the fault and
    XML layers see drifted answers; ``app.state.drift`` holds its plan and tally (``replan`` sets another).
    """
    stats = Stats()
    faults = Faults(config.faults)
    layers = [Middleware(FaultMiddleware, plan=config.faults, replies=vendor.replies, stats=stats, faults=faults)]
    if vendor.xml_root is not None:
        layers.append(Middleware(XmlUnlessJsonMiddleware, root=vendor.xml_root))
    if config.rate_per_second is not None:
        layers.append(Middleware(RateLimitMiddleware, bucket=TokenBucket(config.rate_per_second, config.burst),
                                 replies=vendor.replies, stats=stats))
    if vendor.allowed is not None:
        layers.append(Middleware(AuthMiddleware, allowed=vendor.allowed, replies=vendor.replies))
    if config.validate_requests:
        layers.append(Middleware(ValidationMiddleware, validator=_validator(vendor.api), replies=vendor.replies))
    drift = Drift(config.drift, lambda: _validator(vendor.api), vendor.replies.records)
    layers.append(Middleware(DriftMiddleware, drift=drift))
    app = Starlette(routes=list(routes), middleware=layers)
    app.state.stats = stats
    app.state.faults = faults
    app.state.config = config
    app.state.drift = drift
    return app


_VALIDATORS: dict[str, SpecValidator] = {}


def _validator(api: str) -> SpecValidator:
    if api not in _VALIDATORS:
        _VALIDATORS[api] = SpecValidator(load_spec(api))
    return _VALIDATORS[api]
