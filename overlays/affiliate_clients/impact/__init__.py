"""impact.com: partner groups (brand API), action and action-update pulls (partner API)."""

from .client import ACTIONS_RATE, ImpactClient
from .pull import ActionPages, ActionUpdatePages
from .windows import Window, plan_windows

__all__ = ["ACTIONS_RATE", "ActionPages", "ActionUpdatePages", "ImpactClient", "Window", "plan_windows"]
