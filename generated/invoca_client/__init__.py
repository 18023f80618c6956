"""A client library for accessing Invoca Network Integration API — advertiser–affiliate relationships"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
