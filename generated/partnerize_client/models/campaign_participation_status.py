from enum import StrEnum


class CampaignParticipationStatus(StrEnum):
    A = "a"
    P = "p"
    R = "r"

    def __str__(self) -> str:
        return str(self.value)
