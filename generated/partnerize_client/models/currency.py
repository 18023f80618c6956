from enum import StrEnum


class Currency(StrEnum):
    EUR = "EUR"
    GBP = "GBP"
    JPY = "JPY"
    USD = "USD"

    def __str__(self) -> str:
        return str(self.value)
