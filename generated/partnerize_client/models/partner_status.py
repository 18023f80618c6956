from enum import StrEnum


class PartnerStatus(StrEnum):
    A = "a"
    N = "n"
    P = "p"
    R = "r"

    def __str__(self) -> str:
        return str(self.value)
