from enum import StrEnum


class AnalyticsImpressionsMetric(StrEnum):
    TOTAL_IMPRESSIONS = "total_impressions"

    def __str__(self) -> str:
        return str(self.value)
