from enum import StrEnum


class AnalyticsConversionsDimension(StrEnum):
    ADVERTISER_REFERENCE = "advertiser_reference"
    BROWSER_FAMILY = "browser_family"
    BROWSER_MAJOR = "browser_major"
    BROWSER_MINOR = "browser_minor"
    BROWSER_PATCH = "browser_patch"
    CAMPAIGN = "campaign"
    CATEGORY = "category"
    CONVERSION_METRIC = "conversion_metric"
    CONVERSION_STATUS = "conversion_status"
    CONVERSION_TYPE = "conversion_type"
    COUNTRY = "country"
    CREATIVE = "creative"
    CURRENCY = "currency"
    CUSTOMER_TYPE = "customer_type"
    DATE_TIME = "date_time"
    DEVICE = "device"
    OS_FAMILY = "os_family"
    OS_MAJOR = "os_major"
    OS_MINOR = "os_minor"
    OS_PATCH = "os_patch"
    PARTNER = "partner"
    PARTNERSHIP_MODEL = "partnership_model"
    PUBLISHER_REFERENCE = "publisher_reference"
    SKU = "sku"
    TRAFFIC_SOURCE = "traffic_source"
    TYPE = "type"
    USER_CONTEXT = "user_context"
    VOUCHER_CODE = "voucher_code"
    VOUCHER_STATUS = "voucher_status"

    def __str__(self) -> str:
        return str(self.value)
