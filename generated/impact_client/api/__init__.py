"""Contains methods for accessing the API: every operation as a typed method, grouped by tag.

``Api`` is the mixin a client class inherits to expose ``client.<tag>.<operation>(...)`` (and the awaitable
``client.<tag>.a<operation>(...)``); the client supplies :class:`Sender`. A tag's module is imported on first use.
"""

from __future__ import annotations

from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from .action_items import ActionItems
    from .action_updates import ActionUpdates
    from .actions import Actions
    from .partner_groups import PartnerGroups


class Sender(Protocol):
    """What the typed methods send through: the generated endpoint module and its keyword arguments in, the
    parsed success answer out (error answers raise)."""

    def send(self, endpoint: ModuleType, arguments: dict[str, Any]) -> Any: ...

    async def asend(self, endpoint: ModuleType, arguments: dict[str, Any]) -> Any: ...


class Api(Sender):
    """Every operation of the API as typed methods, one attribute per tag."""

    @cached_property
    def partner_groups(self) -> PartnerGroups:
        """The partner_groups operations: list_partner_groups, create_partner_group, get_partner_group, update_partner_group,
        delete_partner_group."""
        from .partner_groups import PartnerGroups

        return PartnerGroups(self)

    @cached_property
    def actions_api(self) -> Actions:
        """The actions operations: list_actions, get_action."""
        from .actions import Actions

        return Actions(self)

    @cached_property
    def action_updates_api(self) -> ActionUpdates:
        """The action_updates operations: list_action_updates, get_action_update."""
        from .action_updates import ActionUpdates

        return ActionUpdates(self)

    @cached_property
    def action_items(self) -> ActionItems:
        """The action_items operations: list_action_items, get_action_item."""
        from .action_items import ActionItems

        return ActionItems(self)
