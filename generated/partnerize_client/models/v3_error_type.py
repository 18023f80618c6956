from enum import StrEnum


class V3ErrorType(StrEnum):
    NOT_FOUND = "not_found"
    ROUTING_ERROR = "routing_error"
    TOO_MANY_REQUESTS = "too_many_requests"
    UNAUTHORISED = "unauthorised"
    VALIDATION_ERROR = "validation_error"

    def __str__(self) -> str:
        return str(self.value)
