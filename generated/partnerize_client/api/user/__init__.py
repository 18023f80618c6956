"""The user operations as typed methods (``User``) and their endpoint modules."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ...models.current_user_envelope import CurrentUserEnvelope
from ...models.current_user_update import CurrentUserUpdate
from ...models.v3_error import V3Error
from ...types import UNSET, Unset
from . import update_current_user as _update_current_user

if TYPE_CHECKING:
    from .. import Sender


class User:
    """The user operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def update_current(
        self,
        *,
        body: CurrentUserUpdate,
    ) -> CurrentUserEnvelope:
        """Update the current user

        ``PATCH /v3/partner/user`` (``update_current_user``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "CurrentUserEnvelope", self._sender.send(_update_current_user, arguments)
        )

    async def aupdate_current(
        self,
        *,
        body: CurrentUserUpdate,
    ) -> CurrentUserEnvelope:
        """Awaitable twin of :meth:`update_current`."""
        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "CurrentUserEnvelope",
            await self._sender.asend(_update_current_user, arguments),
        )
