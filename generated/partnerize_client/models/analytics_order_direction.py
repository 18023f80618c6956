from enum import StrEnum


class AnalyticsOrderDirection(StrEnum):
    ASCENDING = "ASCENDING"
    DESCENDING = "DESCENDING"

    def __str__(self) -> str:
        return str(self.value)
