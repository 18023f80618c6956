"""Invoca's typed errors: the 403 validation answer with its field messages, and readable messages for the
``{"errors": {...}}`` bodies."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from affiliate_clients.generated.invoca_client.models import ErrorBody, FieldErrors, ValidationErrorBody
from affiliate_clients.generated.invoca_client.types import Unset

from ..http.errors import ApiError, Forbidden


def _messages(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]


class ValidationFailed(Forbidden):
    """403 with field messages: Invoca's answer to invalid arguments (it uses 403, not 400, for validation).

    ``fields`` maps each offending field to its messages, e.g. ``{"status": ["cannot transition ..."]}``.
    """

    def __init__(self, status: int, operation: str, *, message: str = "", envelope: Any = None, body: str = "",
                 headers: Mapping[str, str] | None = None) -> None:
        super().__init__(status, operation, message=message, envelope=envelope, body=body, headers=headers)
        errors = getattr(envelope, "errors", None)
        self.fields: dict[str, list[str]] = (
            {name: _messages(value) for name, value in errors.additional_properties.items()}
            if isinstance(errors, FieldErrors) else {})


def message_of(envelope: Any) -> str:
    """A readable message from a parsed Invoca error body (``Caller.message_of``)."""
    if isinstance(envelope, ValidationErrorBody):
        return "; ".join(f"{name}: {', '.join(_messages(value))}"
                         for name, value in envelope.errors.additional_properties.items())
    if isinstance(envelope, ErrorBody):
        detail = envelope.errors
        text = "" if isinstance(detail.invalid_data, Unset) else detail.invalid_data
        kind = "" if isinstance(detail.class_, Unset) else detail.class_
        return f"{text} ({kind})" if text and kind else text or kind
    return ""


def refine(error: ApiError) -> ApiError:
    """The Invoca-specific error for ``error`` (a 403 validation body becomes :class:`ValidationFailed`),
    or ``error`` itself."""
    if isinstance(error, Forbidden) and not isinstance(error, ValidationFailed) \
            and isinstance(error.envelope, ValidationErrorBody):
        return ValidationFailed(error.status, error.operation, message=error.message, envelope=error.envelope,
                                body=error.body, headers=error.headers)
    return error


__all__ = ["ValidationFailed", "message_of", "refine"]
