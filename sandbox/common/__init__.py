"""Mechanisms every vendor sandbox shares: configuration, fault injection, rate limiting, request validation
against the spec, and ways to serve an app (in-process or on loopback)."""

from .app import Vendor, build_app, load_spec
from .auth import AuthMiddleware
from .config import FaultPlan, SandboxConfig
from .faults import FaultMiddleware
from .ratelimit import RateLimitMiddleware, TokenBucket
from .replies import VendorReplies
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
    "Stats",
    "SyncASGITransport",
    "TokenBucket",
    "ValidationMiddleware",
    "Vendor",
    "VendorReplies",
    "build_app",
    "load_spec",
]
