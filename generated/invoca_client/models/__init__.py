"""Contains all the data models used in inputs/outputs"""

from .empty_object import EmptyObject
from .error_body import ErrorBody
from .error_detail import ErrorDetail
from .field_errors import FieldErrors
from .relationship import Relationship
from .relationship_status import RelationshipStatus
from .relationship_write import RelationshipWrite
from .validation_error_body import ValidationErrorBody

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
