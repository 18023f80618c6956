from enum import StrEnum


class RelationshipStatus(StrEnum):
    APPROVED = "Approved"
    DEACTIVATED = "Deactivated"
    DECLINED = "Declined"
    PENDING = "Pending"
    SUSPENDED = "Suspended"

    def __str__(self) -> str:
        return str(self.value)
