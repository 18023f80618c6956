"""A client library for accessing Spaaza API — campaign groups"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
