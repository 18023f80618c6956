from enum import StrEnum


class ParticipationCampaignStatus(StrEnum):
    A = "a"
    R = "r"

    def __str__(self) -> str:
        return str(self.value)
