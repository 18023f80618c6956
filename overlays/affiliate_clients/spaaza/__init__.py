"""Spaaza: campaign groups through ``/internal/alter-campaign-group``."""

from .auth import SpaazaAuth
from .client import PRODUCTION, STAGING, SpaazaClient
from .errors import (
    ChainNotFound,
    NoValidSession,
    ParameterInvalid,
    ParameterMismatch,
    ParameterMissing,
    ParameterTooLong,
    PermissionDenied,
    SpaazaError,
)

__all__ = ["PRODUCTION", "STAGING", "ChainNotFound", "NoValidSession", "ParameterInvalid", "ParameterMismatch",
           "ParameterMissing", "ParameterTooLong", "PermissionDenied", "SpaazaAuth", "SpaazaClient", "SpaazaError"]
