from enum import StrEnum


class AnalyticsConversionsMetric(StrEnum):
    AVERAGE_ORDER_SIZE = "average_order_size"
    AVERAGE_ORDER_VALUE = "average_order_value"
    AVERAGE_PARTNER_COMMISSION = "average_partner_commission"
    CONVERSION_REJECTION_RATE = "conversion_rejection_rate"
    PERCENTAGE_AVERAGE_PARTNER_COMMISSION = "percentage_average_partner_commission"
    PERCENTAGE_ORDER_VALUE = "percentage_order_value"
    PERCENTAGE_PARTNER_COMMISSION = "percentage_partner_commission"
    TOTAL_CONVERSIONS = "total_conversions"
    TOTAL_CONVERSION_ITEMS = "total_conversion_items"
    TOTAL_ORDER_VALUE = "total_order_value"
    TOTAL_PARTNER_COMMISSION = "total_partner_commission"

    def __str__(self) -> str:
        return str(self.value)
