"""A client library for accessing impact.com Partner Groups and List Actions"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
