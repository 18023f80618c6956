"""Mechanisms every vendor sandbox shares: configuration, fault injection, rate limiting, request validation
against the spec, and ways to serve an app (in-process or on loopback)."""

from .app import Vendor, build_app, load_spec
from .config import FaultPlan, SandboxConfig
from .auth import AuthMiddleware
from .faults import FaultMiddleware
from .replies import VendorReplies
from .ratelimit import RateLimitMiddleware, TokenBucket
from .serve import ServerThread, SyncASGITransport
from .stats import Stats
from .validation import SpecValidator, ValidationMiddleware

__all__ = [
    "AuthMiddleware",
    "FaultMiddleware",
    "FaultPlan",
    "RateLimitMiddleware",
    "SandboxConfig",
    "ServerThread",
    "SpecValidator",
    "SyncASGITransport",
    "TokenBucket",
    "ValidationMiddleware",
    "Stats",
    "Vendor",
    "VendorReplies",
    "build_app",
    "load_spec",
]
