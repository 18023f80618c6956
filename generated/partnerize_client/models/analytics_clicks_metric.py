from enum import StrEnum


class AnalyticsClicksMetric(StrEnum):
    CLICK_CONVERSION_RATE = "click_conversion_rate"
    TOTAL_CLICKS = "total_clicks"
    TOTAL_CLICKS_CONVERTED = "total_clicks_converted"
    TOTAL_UNIQUE_CLICKS = "total_unique_clicks"

    def __str__(self) -> str:
        return str(self.value)
