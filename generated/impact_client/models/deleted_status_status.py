from enum import StrEnum


class DeletedStatusStatus(StrEnum):
    DELETED = "DELETED"

    def __str__(self) -> str:
        return str(self.value)
