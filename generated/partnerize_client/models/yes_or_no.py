from enum import StrEnum


class YesOrNo(StrEnum):
    N = "n"
    Y = "y"

    def __str__(self) -> str:
        return str(self.value)
