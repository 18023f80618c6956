"""affiliate-clients: typed clients for affiliate-marketing APIs, with auth, paging, rate limits, retries and
typed errors layered over clients generated from hand-written OpenAPI specs.

"Overlays" here are Python runtime layers over the generated packages, not OpenAPI Overlay documents.
"""

from .http.budget import Rate, RequestBudget
from .http.clients import Transport
from .http.errors import (
    AffiliateClientError,
    ApiError,
    BadRequest,
    Forbidden,
    InvalidRequest,
    NotFound,
    RateLimited,
    ResponseValidationError,
    ServerError,
    Unauthorized,
    UnexpectedStatus,
)
from .http.policy import RetryPolicy
from .impact import ImpactClient
from .invoca import InvocaClient
from .partnerize import PartnerizeClient
from .spaaza import SpaazaClient

__all__ = [
    "AffiliateClientError",
    "ApiError",
    "BadRequest",
    "Forbidden",
    "ImpactClient",
    "InvalidRequest",
    "InvocaClient",
    "NotFound",
    "PartnerizeClient",
    "Rate",
    "RateLimited",
    "RequestBudget",
    "ResponseValidationError",
    "RetryPolicy",
    "ServerError",
    "SpaazaClient",
    "Transport",
    "Unauthorized",
    "UnexpectedStatus",
]
