"""impact.com: partner groups (brand API) and action pulls (partner API)."""

from .client import ACTIONS_RATE, ImpactClient
from .pull import ActionPages
from .windows import Window, plan_windows

__all__ = ["ACTIONS_RATE", "ActionPages", "ImpactClient", "Window", "plan_windows"]
