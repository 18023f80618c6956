"""Invoca: advertiser–affiliate relationships through the Network Integration API."""

from .auth import InvocaAuth
from .client import InvocaClient
from .errors import ValidationFailed

__all__ = ["InvocaAuth", "InvocaClient", "ValidationFailed"]
