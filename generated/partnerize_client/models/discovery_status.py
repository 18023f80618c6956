from enum import StrEnum


class DiscoveryStatus(StrEnum):
    AVAILABLE = "AVAILABLE"
    INVITED = "INVITED"
    REJECTED = "REJECTED"
    REQUESTED = "REQUESTED"

    def __str__(self) -> str:
        return str(self.value)
