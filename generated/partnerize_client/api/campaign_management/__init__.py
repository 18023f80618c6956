"""The campaign_management operations as typed methods (``CampaignManagement``) and their endpoint modules."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ...models.campaign_access_request import CampaignAccessRequest
from ...models.campaign_creative_summary_list import CampaignCreativeSummaryList
from ...models.campaign_id_list import CampaignIdList
from ...models.campaign_list import CampaignList
from ...models.campaign_participation_status import CampaignParticipationStatus
from ...models.campaign_request_batch import CampaignRequestBatch
from ...models.campaign_request_result import CampaignRequestResult
from ...models.combined_terms_list import CombinedTermsList
from ...models.creative_list import CreativeList
from ...models.custom_terms_list import CustomTermsList
from ...models.discovery_advertiser_envelope import DiscoveryAdvertiserEnvelope
from ...models.discovery_advertiser_list import DiscoveryAdvertiserList
from ...models.feed_campaign_list import FeedCampaignList
from ...models.invitation_list import InvitationList
from ...models.v1_error import V1Error
from ...models.v2_error import V2Error
from ...models.voucher_code_list import VoucherCodeList
from ...models.yes_or_no import YesOrNo
from ...types import UNSET, Unset
from . import accept_invitations as _accept_invitations
from . import create_campaign_requests as _create_campaign_requests
from . import decline_invitations as _decline_invitations
from . import get_custom_terms as _get_custom_terms
from . import get_discovery_advertiser as _get_discovery_advertiser
from . import list_campaign_creatives as _list_campaign_creatives
from . import list_campaigns as _list_campaigns
from . import list_combined_terms as _list_combined_terms
from . import list_creative_summaries as _list_creative_summaries
from . import list_discovery_advertisers as _list_discovery_advertisers
from . import list_feeds as _list_feeds
from . import list_invitations as _list_invitations
from . import list_voucher_codes as _list_voucher_codes
from . import request_campaign_access as _request_campaign_access

if TYPE_CHECKING:
    from .. import Sender


class CampaignManagement:
    """The campaign_management operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def list_discovery_advertisers(
        self,
        *,
        publisher_id: str,
    ) -> DiscoveryAdvertiserList:
        """Discover brands and their campaigns

        ``GET /v2/publishers/{publisher_id}/discovery/advertisers`` (``list_discovery_advertisers``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast(
            "DiscoveryAdvertiserList",
            self._sender.send(_list_discovery_advertisers, arguments),
        )

    async def alist_discovery_advertisers(
        self,
        *,
        publisher_id: str,
    ) -> DiscoveryAdvertiserList:
        """Awaitable twin of :meth:`list_discovery_advertisers`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast(
            "DiscoveryAdvertiserList",
            await self._sender.asend(_list_discovery_advertisers, arguments),
        )

    def get_discovery_advertiser(
        self,
        *,
        publisher_id: str,
        advertiser_id: str,
    ) -> DiscoveryAdvertiserEnvelope:
        """Discover one brand's campaigns

        ``GET /v2/publishers/{publisher_id}/discovery/advertisers/{advertiser_id}`` (``get_discovery_advertiser``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "advertiser_id": advertiser_id,
        }

        return cast(
            "DiscoveryAdvertiserEnvelope",
            self._sender.send(_get_discovery_advertiser, arguments),
        )

    async def aget_discovery_advertiser(
        self,
        *,
        publisher_id: str,
        advertiser_id: str,
    ) -> DiscoveryAdvertiserEnvelope:
        """Awaitable twin of :meth:`get_discovery_advertiser`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "advertiser_id": advertiser_id,
        }

        return cast(
            "DiscoveryAdvertiserEnvelope",
            await self._sender.asend(_get_discovery_advertiser, arguments),
        )

    def list_campaigns(
        self,
        *,
        publisher_id: str,
        status: CampaignParticipationStatus,
        offset: int | Unset = 0,
        limit: int | Unset = UNSET,
    ) -> CampaignList:
        """List the partner's campaigns

        ``GET /user/publisher/{publisher_id}/campaign/{status}`` (``list_campaigns``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "status": status,
            "offset": offset,
            "limit": limit,
        }

        return cast("CampaignList", self._sender.send(_list_campaigns, arguments))

    async def alist_campaigns(
        self,
        *,
        publisher_id: str,
        status: CampaignParticipationStatus,
        offset: int | Unset = 0,
        limit: int | Unset = UNSET,
    ) -> CampaignList:
        """Awaitable twin of :meth:`list_campaigns`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "status": status,
            "offset": offset,
            "limit": limit,
        }

        return cast(
            "CampaignList", await self._sender.asend(_list_campaigns, arguments)
        )

    def request_campaign_access(
        self,
        *,
        body: CampaignAccessRequest,
        publisher_id: str,
        status: CampaignParticipationStatus,
    ) -> CampaignList:
        """Request access to campaigns (obsolete)

        ``POST /user/publisher/{publisher_id}/campaign/{status}`` (``request_campaign_access``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
            "status": status,
        }

        return cast(
            "CampaignList", self._sender.send(_request_campaign_access, arguments)
        )

    async def arequest_campaign_access(
        self,
        *,
        body: CampaignAccessRequest,
        publisher_id: str,
        status: CampaignParticipationStatus,
    ) -> CampaignList:
        """Awaitable twin of :meth:`request_campaign_access`."""
        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
            "status": status,
        }

        return cast(
            "CampaignList",
            await self._sender.asend(_request_campaign_access, arguments),
        )

    def list_invitations(
        self,
        *,
        publisher_id: str,
    ) -> InvitationList:
        """List campaign invitations

        ``GET /v2/publishers/{publisher_id}/invitations/advertisers/`` (``list_invitations``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast("InvitationList", self._sender.send(_list_invitations, arguments))

    async def alist_invitations(
        self,
        *,
        publisher_id: str,
    ) -> InvitationList:
        """Awaitable twin of :meth:`list_invitations`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast(
            "InvitationList", await self._sender.asend(_list_invitations, arguments)
        )

    def accept_invitations(
        self,
        *,
        body: CampaignIdList,
        publisher_id: str,
    ) -> Any:
        """Accept campaign invitations

        ``POST /v2/publishers/{publisher_id}/invitations/accept`` (``accept_invitations``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast("Any", self._sender.send(_accept_invitations, arguments))

    async def aaccept_invitations(
        self,
        *,
        body: CampaignIdList,
        publisher_id: str,
    ) -> Any:
        """Awaitable twin of :meth:`accept_invitations`."""
        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast("Any", await self._sender.asend(_accept_invitations, arguments))

    def decline_invitations(
        self,
        *,
        body: CampaignIdList,
        publisher_id: str,
    ) -> Any:
        """Decline campaign invitations

        ``POST /v2/publishers/{publisher_id}/invitations/decline`` (``decline_invitations``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast("Any", self._sender.send(_decline_invitations, arguments))

    async def adecline_invitations(
        self,
        *,
        body: CampaignIdList,
        publisher_id: str,
    ) -> Any:
        """Awaitable twin of :meth:`decline_invitations`."""
        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast("Any", await self._sender.asend(_decline_invitations, arguments))

    def create_campaign_requests(
        self,
        *,
        body: CampaignRequestBatch,
        publisher_id: str,
    ) -> CampaignRequestResult:
        """Ask to join campaigns

        ``POST /v2/publishers/{publisher_id}/campaign-requests`` (``create_campaign_requests``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast(
            "CampaignRequestResult",
            self._sender.send(_create_campaign_requests, arguments),
        )

    async def acreate_campaign_requests(
        self,
        *,
        body: CampaignRequestBatch,
        publisher_id: str,
    ) -> CampaignRequestResult:
        """Awaitable twin of :meth:`create_campaign_requests`."""
        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast(
            "CampaignRequestResult",
            await self._sender.asend(_create_campaign_requests, arguments),
        )

    def list_creative_summaries(
        self,
        *,
        publisher_id: str,
    ) -> CampaignCreativeSummaryList:
        """Count creatives per campaign

        ``GET /user/publisher/{publisher_id}/creative`` (``list_creative_summaries``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast(
            "CampaignCreativeSummaryList",
            self._sender.send(_list_creative_summaries, arguments),
        )

    async def alist_creative_summaries(
        self,
        *,
        publisher_id: str,
    ) -> CampaignCreativeSummaryList:
        """Awaitable twin of :meth:`list_creative_summaries`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast(
            "CampaignCreativeSummaryList",
            await self._sender.asend(_list_creative_summaries, arguments),
        )

    def list_campaign_creatives(
        self,
        *,
        publisher_id: str,
        campaign_id: str,
        status: YesOrNo | Unset = UNSET,
        tags: str | Unset = UNSET,
        creative_type_id: builtins.list[str] | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = UNSET,
    ) -> CreativeList:
        """List a campaign's creatives

        ``GET /user/publisher/{publisher_id}/campaign/{campaign_id}/creative`` (``list_campaign_creatives``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "campaign_id": campaign_id,
            "status": status,
            "tags": tags,
            "creative_type_id": creative_type_id,
            "offset": offset,
            "limit": limit,
        }

        return cast(
            "CreativeList", self._sender.send(_list_campaign_creatives, arguments)
        )

    async def alist_campaign_creatives(
        self,
        *,
        publisher_id: str,
        campaign_id: str,
        status: YesOrNo | Unset = UNSET,
        tags: str | Unset = UNSET,
        creative_type_id: builtins.list[str] | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = UNSET,
    ) -> CreativeList:
        """Awaitable twin of :meth:`list_campaign_creatives`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "campaign_id": campaign_id,
            "status": status,
            "tags": tags,
            "creative_type_id": creative_type_id,
            "offset": offset,
            "limit": limit,
        }

        return cast(
            "CreativeList",
            await self._sender.asend(_list_campaign_creatives, arguments),
        )

    def list_feeds(
        self,
        *,
        publisher_id: str,
        campaign_id: str | Unset = UNSET,
        active: YesOrNo | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = UNSET,
    ) -> FeedCampaignList:
        """List product feeds

        ``GET /user/publisher/{publisher_id}/feed`` (``list_feeds``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "campaign_id": campaign_id,
            "active": active,
            "offset": offset,
            "limit": limit,
        }

        return cast("FeedCampaignList", self._sender.send(_list_feeds, arguments))

    async def alist_feeds(
        self,
        *,
        publisher_id: str,
        campaign_id: str | Unset = UNSET,
        active: YesOrNo | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = UNSET,
    ) -> FeedCampaignList:
        """Awaitable twin of :meth:`list_feeds`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "campaign_id": campaign_id,
            "active": active,
            "offset": offset,
            "limit": limit,
        }

        return cast(
            "FeedCampaignList", await self._sender.asend(_list_feeds, arguments)
        )

    def get_custom_terms(
        self,
        *,
        publisher_id: str,
        custom_terms_id: str,
    ) -> CustomTermsList:
        """Retrieve custom terms and conditions

        ``GET /user/publisher/{publisher_id}/campaign/custom_terms/{custom_terms_id}`` (``get_custom_terms``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "custom_terms_id": custom_terms_id,
        }

        return cast("CustomTermsList", self._sender.send(_get_custom_terms, arguments))

    async def aget_custom_terms(
        self,
        *,
        publisher_id: str,
        custom_terms_id: str,
    ) -> CustomTermsList:
        """Awaitable twin of :meth:`get_custom_terms`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "custom_terms_id": custom_terms_id,
        }

        return cast(
            "CustomTermsList", await self._sender.asend(_get_custom_terms, arguments)
        )

    def list_combined_terms(
        self,
        *,
        publisher_id: str,
        campaigns: builtins.list[str],
    ) -> CombinedTermsList:
        """Combined terms and conditions

        ``GET /v2/publishers/{publisher_id}/campaigns/terms`` (``list_combined_terms``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "campaigns": campaigns,
        }

        return cast(
            "CombinedTermsList", self._sender.send(_list_combined_terms, arguments)
        )

    async def alist_combined_terms(
        self,
        *,
        publisher_id: str,
        campaigns: builtins.list[str],
    ) -> CombinedTermsList:
        """Awaitable twin of :meth:`list_combined_terms`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "campaigns": campaigns,
        }

        return cast(
            "CombinedTermsList",
            await self._sender.asend(_list_combined_terms, arguments),
        )

    def list_voucher_codes(
        self,
        *,
        publisher_id: str,
        campaign_id: str,
        offset: int | Unset = 0,
        limit: int | Unset = UNSET,
    ) -> VoucherCodeList:
        """List a campaign's voucher codes

        ``GET /user/publisher/{publisher_id}/campaign/{campaign_id}/voucher`` (``list_voucher_codes``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "campaign_id": campaign_id,
            "offset": offset,
            "limit": limit,
        }

        return cast(
            "VoucherCodeList", self._sender.send(_list_voucher_codes, arguments)
        )

    async def alist_voucher_codes(
        self,
        *,
        publisher_id: str,
        campaign_id: str,
        offset: int | Unset = 0,
        limit: int | Unset = UNSET,
    ) -> VoucherCodeList:
        """Awaitable twin of :meth:`list_voucher_codes`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "campaign_id": campaign_id,
            "offset": offset,
            "limit": limit,
        }

        return cast(
            "VoucherCodeList", await self._sender.asend(_list_voucher_codes, arguments)
        )
