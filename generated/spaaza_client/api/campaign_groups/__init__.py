"""The campaign_groups operations as typed methods (``CampaignGroups``) and their endpoint modules."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ...models.campaign_group_create import CampaignGroupCreate
from ...models.campaign_group_create_form import CampaignGroupCreateForm
from ...models.campaign_group_data_envelope import CampaignGroupDataEnvelope
from ...models.campaign_group_results_envelope import CampaignGroupResultsEnvelope
from ...models.campaign_group_update import CampaignGroupUpdate
from ...models.campaign_group_update_form import CampaignGroupUpdateForm
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset
from . import create_campaign_group as _create_campaign_group
from . import update_campaign_group as _update_campaign_group

if TYPE_CHECKING:
    from .. import Sender


class CampaignGroups:
    """The campaign_groups operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def update(
        self,
        *,
        body: CampaignGroupUpdate | CampaignGroupUpdateForm,
        x_spaaza_api_version: str | Unset = UNSET,
    ) -> CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope:
        """Update a campaign group

        ``PUT /internal/alter-campaign-group`` (``update_campaign_group``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "x_spaaza_api_version": x_spaaza_api_version,
        }

        return cast(
            "CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope",
            self._sender.send(_update_campaign_group, arguments),
        )

    async def aupdate(
        self,
        *,
        body: CampaignGroupUpdate | CampaignGroupUpdateForm,
        x_spaaza_api_version: str | Unset = UNSET,
    ) -> CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope:
        """Awaitable twin of :meth:`update`."""
        arguments: dict[str, Any] = {
            "body": body,
            "x_spaaza_api_version": x_spaaza_api_version,
        }

        return cast(
            "CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope",
            await self._sender.asend(_update_campaign_group, arguments),
        )

    def create(
        self,
        *,
        body: CampaignGroupCreate | CampaignGroupCreateForm,
        x_spaaza_api_version: str | Unset = UNSET,
    ) -> CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope:
        """Create a campaign group

        ``POST /internal/alter-campaign-group`` (``create_campaign_group``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "x_spaaza_api_version": x_spaaza_api_version,
        }

        return cast(
            "CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope",
            self._sender.send(_create_campaign_group, arguments),
        )

    async def acreate(
        self,
        *,
        body: CampaignGroupCreate | CampaignGroupCreateForm,
        x_spaaza_api_version: str | Unset = UNSET,
    ) -> CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope:
        """Awaitable twin of :meth:`create`."""
        arguments: dict[str, Any] = {
            "body": body,
            "x_spaaza_api_version": x_spaaza_api_version,
        }

        return cast(
            "CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope",
            await self._sender.asend(_create_campaign_group, arguments),
        )
