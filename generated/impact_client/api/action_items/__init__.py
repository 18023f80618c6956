"""The action_items operations as typed methods (``ActionItems``) and their endpoint modules."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ...models.action_item import ActionItem
from ...models.action_item_list import ActionItemList
from ...models.impact_error import ImpactError
from ...types import UNSET, Unset
from . import get_action_item as _get_action_item
from . import list_action_items as _list_action_items

if TYPE_CHECKING:
    from .. import Sender


class ActionItems:
    """The action_items operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def list(
        self,
        *,
        account_sid: str | None = None,
        id: str,
    ) -> ActionItemList:
        """List the items of an action

        ``GET /Mediapartners/{account_sid}/Actions/{id}/Items`` (``list_action_items``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "id": id,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast("ActionItemList", self._sender.send(_list_action_items, arguments))

    async def alist(
        self,
        *,
        account_sid: str | None = None,
        id: str,
    ) -> ActionItemList:
        """Awaitable twin of :meth:`list`."""
        arguments: dict[str, Any] = {
            "id": id,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast(
            "ActionItemList", await self._sender.asend(_list_action_items, arguments)
        )

    def get(
        self,
        *,
        account_sid: str | None = None,
        action_id: str,
        sku: str,
    ) -> ActionItem:
        """Read one item of an action

        ``GET /Mediapartners/{account_sid}/Actions/{action_id}/Items/{sku}`` (``get_action_item``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "action_id": action_id,
            "sku": sku,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast("ActionItem", self._sender.send(_get_action_item, arguments))

    async def aget(
        self,
        *,
        account_sid: str | None = None,
        action_id: str,
        sku: str,
    ) -> ActionItem:
        """Awaitable twin of :meth:`get`."""
        arguments: dict[str, Any] = {
            "action_id": action_id,
            "sku": sku,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast("ActionItem", await self._sender.asend(_get_action_item, arguments))
