from enum import StrEnum


class ParticipationField(StrEnum):
    BRAND_ID = "brand_id"
    CAMREF = "camref"
    DEFAULT_CURRENCY = "default_currency"
    HIDDEN_CAMPAIGN = "hidden_campaign"
    ICON = "icon"
    NETWORK_STATUS = "network_status"
    PROMOTIONAL_COUNTRIES = "promotional_countries"
    REPORTING_TIMEZONE = "reporting_timezone"
    STATUS = "status"
    VERTICAL = "vertical"
    WEEK_START = "week_start"

    def __str__(self) -> str:
        return str(self.value)
