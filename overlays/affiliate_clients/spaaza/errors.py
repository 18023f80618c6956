"""Spaaza's typed errors: one class per documented error code, each a subclass of the error class for the HTTP
status Spaaza answers it with, carrying ``code`` and ``name``. The class is chosen from the body's code."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar

from affiliate_clients.generated.spaaza_client.models import ErrorResponse
from affiliate_clients.generated.spaaza_client.types import Unset

from ..http.errors import ApiError, BadRequest, Forbidden, Unauthorized


class SpaazaError(ApiError):
    """An error answer carrying one of Spaaza's documented error codes: ``code`` (e.g. 441) and ``name``
    (e.g. ``parameter_missing``)."""

    CODE: ClassVar[int] = 0
    NAME: ClassVar[str] = ""

    def __init__(self, status: int, operation: str, *, message: str = "", envelope: Any = None, body: str = "",
                 headers: Mapping[str, str] | None = None) -> None:
        super().__init__(status, operation, message=message, envelope=envelope, body=body, headers=headers)
        self.code = self.CODE
        self.name = self.NAME


class NoValidSession(SpaazaError, Unauthorized):
    """6 ``no_valid_session`` (401): no valid session headers or bearer token were sent."""

    CODE, NAME = 6, "no_valid_session"


class PermissionDenied(SpaazaError, Forbidden):
    """68 ``permission_denied_or_non_existent`` (403): no write access to the chain or group, or no such group."""

    CODE, NAME = 68, "permission_denied_or_non_existent"


class ChainNotFound(SpaazaError, BadRequest):
    """217 ``chain_id_not_found`` (400): there is no chain with that ``chain_id``."""

    CODE, NAME = 217, "chain_id_not_found"


class ParameterTooLong(SpaazaError, BadRequest):
    """417 ``string_parameter_too_long`` (400): a string parameter is over its maximum length."""

    CODE, NAME = 417, "string_parameter_too_long"


class ParameterInvalid(SpaazaError, BadRequest):
    """419 ``parameter_invalid`` (400): a parameter has the wrong format (e.g. a date that does not exist)."""

    CODE, NAME = 419, "parameter_invalid"


class ParameterMissing(SpaazaError, BadRequest):
    """441 ``parameter_missing`` (400): a required parameter was not sent."""

    CODE, NAME = 441, "parameter_missing"


class ParameterMismatch(SpaazaError, BadRequest):
    """462 ``parameter_mismatch`` (400): the parameters contradict each other."""

    CODE, NAME = 462, "parameter_mismatch"


ERRORS_BY_CODE: Mapping[int, type[SpaazaError]] = {
    cls.CODE: cls for cls in (NoValidSession, PermissionDenied, ChainNotFound, ParameterTooLong, ParameterInvalid,
                              ParameterMissing, ParameterMismatch)}


def message_of(envelope: Any) -> str:
    """A readable message from a parsed Spaaza error body (``Caller.message_of``)."""
    if not isinstance(envelope, ErrorResponse):
        return ""
    detail = envelope.error
    text = next((t for t in (detail.message, detail.description) if isinstance(t, str) and t), "")
    return f"{detail.name} ({detail.code}): {text}" if text else f"{detail.name} ({detail.code})"


def _envelope(error: ApiError) -> ErrorResponse | None:
    if isinstance(error.envelope, ErrorResponse):
        return error.envelope
    try:  # statuses the spec leaves out (429, 5xx) reach us unparsed
        return ErrorResponse.from_dict(json.loads(error.body))
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def refine(error: ApiError) -> ApiError:
    """The class for the Spaaza error code in ``error``'s body, or ``error`` itself for other codes."""
    envelope = _envelope(error)
    cls = ERRORS_BY_CODE.get(envelope.error.code) if envelope is not None else None
    if cls is None or isinstance(error, cls):
        return error
    refined = cls(error.status, error.operation, message=error.message or message_of(envelope), envelope=envelope,
                  body=error.body, headers=error.headers)
    if envelope is not None and not isinstance(envelope.error.name, Unset):
        refined.name = envelope.error.name
    return refined


__all__ = ["ERRORS_BY_CODE", "ChainNotFound", "NoValidSession", "ParameterInvalid", "ParameterMismatch",
           "ParameterMissing", "ParameterTooLong", "PermissionDenied", "SpaazaError", "message_of", "refine"]
