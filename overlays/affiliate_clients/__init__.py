"""affiliate-clients: typed clients for affiliate-marketing APIs, with auth, paging, rate limits, retries and
typed errors layered over clients generated from hand-written OpenAPI specs.

"Overlays" here are Python runtime layers over the generated packages, not OpenAPI Overlay documents.

The public names load on first use (PEP 562): ``from affiliate_clients import ImpactClient`` imports impact's
client and what it needs, not Partnerize's models. Type checkers and IDEs read the imports under
``TYPE_CHECKING`` below, which name the same objects.
"""

from __future__ import annotations

import importlib
import typing

if typing.TYPE_CHECKING:
    from .http.budget import Rate, RequestBudget
    from .http.clients import Transport
    from .http.drift import DriftReport
    from .http.errors import (
        AffiliateClientError,
        ApiError,
        BadRequest,
        Forbidden,
        InvalidRequest,
        NotFound,
        OutcomeUnknown,
        RateLimited,
        ResponseValidationError,
        ServerError,
        Unauthorized,
        UnexpectedStatus,
        UnreadableAnswer,
    )
    from .http.options import RawAnswer
    from .http.plans import ConnectionFailed
    from .http.policy import RetryPolicy
    from .impact import ImpactClient
    from .invoca import InvocaClient
    from .partnerize import PartnerizeClient
    from .spaaza import SpaazaClient

# Public name -> the module (relative to this package) that defines it. Vendor clients are looked up in their
# client modules, so the vendor package's other helpers load only when asked for.
_WHERE: dict[str, str] = {
    "Rate": ".http.budget",
    "RequestBudget": ".http.budget",
    "Transport": ".http.clients",
    "RetryPolicy": ".http.policy",
    "ImpactClient": ".impact.client",
    "InvocaClient": ".invoca.client",
    "PartnerizeClient": ".partnerize.client",
    "SpaazaClient": ".spaaza.client",
    "DriftReport": ".http.drift",
    "RawAnswer": ".http.options",
    "ConnectionFailed": ".http.plans",
    **dict.fromkeys(
        ["AffiliateClientError", "ApiError", "BadRequest", "Forbidden", "InvalidRequest", "NotFound", "OutcomeUnknown",
         "RateLimited", "ResponseValidationError", "ServerError", "Unauthorized", "UnexpectedStatus",
         "UnreadableAnswer"],
        ".http.errors",
    ),
}

__all__ = [
    "AffiliateClientError",
    "ApiError",
    "BadRequest",
    "ConnectionFailed",
    "DriftReport",
    "Forbidden",
    "ImpactClient",
    "InvalidRequest",
    "InvocaClient",
    "NotFound",
    "OutcomeUnknown",
    "PartnerizeClient",
    "Rate",
    "RateLimited",
    "RawAnswer",
    "RequestBudget",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "SpaazaClient",
    "Transport",
    "Unauthorized",
    "UnexpectedStatus",
    "UnreadableAnswer",
]


def __getattr__(name: str) -> object:
    """Import the module defining a public name on first access, and keep the name here for the next one."""
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
