from enum import StrEnum


class AnalyticsFilterOperator(StrEnum):
    CONTAINS = "CONTAINS"
    ENDS_WITH = "ENDS_WITH"
    EQUALS = "EQUALS"
    SEARCH = "SEARCH"
    STARTS_WITH = "STARTS_WITH"

    def __str__(self) -> str:
        return str(self.value)
