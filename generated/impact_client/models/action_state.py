from enum import StrEnum


class ActionState(StrEnum):
    APPROVED = "APPROVED"
    PENDING = "PENDING"
    REVERSED = "REVERSED"

    def __str__(self) -> str:
        return str(self.value)
