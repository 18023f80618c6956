"""The action_updates operations as typed methods (``ActionUpdates``) and their endpoint modules."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any, cast

from ...models.action_state import ActionState
from ...models.action_update import ActionUpdate
from ...models.action_update_list import ActionUpdateList
from ...models.impact_error import ImpactError
from ...types import UNSET, Unset
from . import get_action_update as _get_action_update
from . import list_action_updates as _list_action_updates

if TYPE_CHECKING:
    from .. import Sender


class ActionUpdates:
    """The action_updates operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def list(
        self,
        *,
        account_sid: str | None = None,
        campaign_id: int | Unset = UNSET,
        state: ActionState | Unset = UNSET,
        action_date_start: datetime.datetime | Unset = UNSET,
        action_date_end: datetime.datetime | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        locking_date_start: datetime.datetime | Unset = UNSET,
        locking_date_end: datetime.datetime | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 20000,
    ) -> ActionUpdateList:
        """List the changes made to the partner's actions

        ``GET /Mediapartners/{account_sid}/ActionUpdates`` (``list_action_updates``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "state": state,
            "action_date_start": action_date_start,
            "action_date_end": action_date_end,
            "start_date": start_date,
            "end_date": end_date,
            "locking_date_start": locking_date_start,
            "locking_date_end": locking_date_end,
            "page": page,
            "page_size": page_size,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast(
            "ActionUpdateList", self._sender.send(_list_action_updates, arguments)
        )

    async def alist(
        self,
        *,
        account_sid: str | None = None,
        campaign_id: int | Unset = UNSET,
        state: ActionState | Unset = UNSET,
        action_date_start: datetime.datetime | Unset = UNSET,
        action_date_end: datetime.datetime | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        locking_date_start: datetime.datetime | Unset = UNSET,
        locking_date_end: datetime.datetime | Unset = UNSET,
        page: int | Unset = 1,
        page_size: int | Unset = 20000,
    ) -> ActionUpdateList:
        """Awaitable twin of :meth:`list`."""
        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "state": state,
            "action_date_start": action_date_start,
            "action_date_end": action_date_end,
            "start_date": start_date,
            "end_date": end_date,
            "locking_date_start": locking_date_start,
            "locking_date_end": locking_date_end,
            "page": page,
            "page_size": page_size,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast(
            "ActionUpdateList",
            await self._sender.asend(_list_action_updates, arguments),
        )

    def get(
        self,
        *,
        account_sid: str | None = None,
        id: str,
    ) -> ActionUpdate:
        """Read one change of an action

        ``GET /Mediapartners/{account_sid}/ActionUpdates/{id}`` (``get_action_update``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "id": id,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast("ActionUpdate", self._sender.send(_get_action_update, arguments))

    async def aget(
        self,
        *,
        account_sid: str | None = None,
        id: str,
    ) -> ActionUpdate:
        """Awaitable twin of :meth:`get`."""
        arguments: dict[str, Any] = {
            "id": id,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast(
            "ActionUpdate", await self._sender.asend(_get_action_update, arguments)
        )
