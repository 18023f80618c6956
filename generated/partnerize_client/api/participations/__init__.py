"""The participations operations as typed methods (``Participations``) and their endpoint modules."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ...models.participation_campaign_status import ParticipationCampaignStatus
from ...models.participation_field import ParticipationField
from ...models.participation_list import ParticipationList
from ...models.participation_status import ParticipationStatus
from ...models.v3_error import V3Error
from ...types import UNSET, Unset
from . import list_participations as _list_participations

if TYPE_CHECKING:
    from .. import Sender


class Participations:
    """The participations operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def list(
        self,
        *,
        partner_id: str,
        status: builtins.list[ParticipationStatus] | Unset = UNSET,
        campaign_status: builtins.list[ParticipationCampaignStatus] | Unset = UNSET,
        network_status: builtins.list[str] | Unset = UNSET,
        fields: builtins.list[ParticipationField] | Unset = UNSET,
    ) -> ParticipationList:
        """List participations

        ``GET /v3/partner/{partner_id}/participations`` (``list_participations``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "partner_id": partner_id,
            "status": status,
            "campaign_status": campaign_status,
            "network_status": network_status,
            "fields": fields,
        }

        return cast(
            "ParticipationList", self._sender.send(_list_participations, arguments)
        )

    async def alist(
        self,
        *,
        partner_id: str,
        status: builtins.list[ParticipationStatus] | Unset = UNSET,
        campaign_status: builtins.list[ParticipationCampaignStatus] | Unset = UNSET,
        network_status: builtins.list[str] | Unset = UNSET,
        fields: builtins.list[ParticipationField] | Unset = UNSET,
    ) -> ParticipationList:
        """Awaitable twin of :meth:`list`."""
        arguments: dict[str, Any] = {
            "partner_id": partner_id,
            "status": status,
            "campaign_status": campaign_status,
            "network_status": network_status,
            "fields": fields,
        }

        return cast(
            "ParticipationList",
            await self._sender.asend(_list_participations, arguments),
        )
