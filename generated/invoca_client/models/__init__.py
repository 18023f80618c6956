"""Contains all the data models used in inputs/outputs.

A model's module is imported on first use (PEP 562): importing one model, or an endpoint module, does not load
every model of the API. Type checkers read the imports under ``TYPE_CHECKING``, which name the same classes.
"""

from __future__ import annotations

import importlib
import typing

if typing.TYPE_CHECKING:
    from .empty_object import EmptyObject
    from .error_body import ErrorBody
    from .error_detail import ErrorDetail
    from .field_errors import FieldErrors
    from .relationship import Relationship
    from .relationship_status import RelationshipStatus
    from .relationship_write import RelationshipWrite
    from .validation_error_body import ValidationErrorBody

# Model name -> the module (relative to this package) that defines it.
_MODULES: dict[str, str] = {
    "EmptyObject": ".empty_object",
    "ErrorBody": ".error_body",
    "ErrorDetail": ".error_detail",
    "FieldErrors": ".field_errors",
    "Relationship": ".relationship",
    "RelationshipStatus": ".relationship_status",
    "RelationshipWrite": ".relationship_write",
    "ValidationErrorBody": ".validation_error_body",
}

__all__ = (
    "EmptyObject",
    "ErrorBody",
    "ErrorDetail",
    "FieldErrors",
    "Relationship",
    "RelationshipStatus",
    "RelationshipWrite",
    "ValidationErrorBody",
)


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
