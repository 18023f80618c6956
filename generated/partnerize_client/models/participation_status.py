from enum import StrEnum


class ParticipationStatus(StrEnum):
    A = "a"
    P = "p"
    R = "r"
    T = "t"

    def __str__(self) -> str:
        return str(self.value)
