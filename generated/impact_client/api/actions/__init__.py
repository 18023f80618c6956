"""The actions operations as typed methods (``Actions``) and their endpoint modules."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any, cast

from ...models.action import Action
from ...models.action_list import ActionList
from ...models.action_state import ActionState
from ...models.impact_error import ImpactError
from ...types import UNSET, Unset
from . import get_action as _get_action
from . import list_actions as _list_actions

if TYPE_CHECKING:
    from .. import Sender


class Actions:
    """The actions operations. Each is sent through the client it belongs to (checks, retries, budget, fast
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
    ) -> ActionList:
        """List the actions credited to the partner

        ``GET /Mediapartners/{account_sid}/Actions`` (``list_actions``), checked
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

        return cast("ActionList", self._sender.send(_list_actions, arguments))

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
    ) -> ActionList:
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

        return cast("ActionList", await self._sender.asend(_list_actions, arguments))

    def get(
        self,
        *,
        account_sid: str | None = None,
        id: str,
    ) -> Action:
        """Read one action

        ``GET /Mediapartners/{account_sid}/Actions/{id}`` (``get_action``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "id": id,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast("Action", self._sender.send(_get_action, arguments))

    async def aget(
        self,
        *,
        account_sid: str | None = None,
        id: str,
    ) -> Action:
        """Awaitable twin of :meth:`get`."""
        arguments: dict[str, Any] = {
            "id": id,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast("Action", await self._sender.asend(_get_action, arguments))
