"""Partnerize Partner API: v1, v2, v3 and Analytics."""

from .analytics import ANALYTICS_RATE, COSTS, query_cost
from .client import PartnerizeClient
from .jobs import JobFailed, JobPolicy, JobTimeout

__all__ = ["ANALYTICS_RATE", "COSTS", "JobFailed", "JobPolicy", "JobTimeout", "PartnerizeClient", "query_cost"]
