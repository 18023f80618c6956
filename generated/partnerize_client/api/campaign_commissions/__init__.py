"""The campaign_commissions operations as typed methods (``CampaignCommissions``) and their endpoint modules."""

from __future__ import annotations

import builtins
import datetime
from typing import TYPE_CHECKING, Any, cast

from ...models.active_commission_list import ActiveCommissionList
from ...models.commission_group_list import CommissionGroupList
from ...models.default_commission import DefaultCommission
from ...models.promotional_commission_list import PromotionalCommissionList
from ...models.standard_commission_list import StandardCommissionList
from ...models.tiered_commission_list import TieredCommissionList
from ...models.v1_error import V1Error
from ...models.v2_error import V2Error
from ...models.voucher_commission_list import VoucherCommissionList
from ...types import UNSET, Unset
from . import get_default_commission as _get_default_commission
from . import list_active_commissions as _list_active_commissions
from . import list_commission_groups as _list_commission_groups
from . import list_promotional_commissions as _list_promotional_commissions
from . import list_standard_commissions as _list_standard_commissions
from . import list_tiered_commissions as _list_tiered_commissions
from . import list_voucher_commissions as _list_voucher_commissions

if TYPE_CHECKING:
    from .. import Sender


class CampaignCommissions:
    """The campaign_commissions operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def get_default_commission(
        self,
        *,
        campaign_id: str,
        publisher_id: str,
    ) -> DefaultCommission:
        """Default commission of a campaign

        ``GET /v2/campaigns/{campaign_id}/publishers/{publisher_id}/commissions/default`` (``get_default_commission``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "publisher_id": publisher_id,
        }

        return cast(
            "DefaultCommission", self._sender.send(_get_default_commission, arguments)
        )

    async def aget_default_commission(
        self,
        *,
        campaign_id: str,
        publisher_id: str,
    ) -> DefaultCommission:
        """Awaitable twin of :meth:`get_default_commission`."""
        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "publisher_id": publisher_id,
        }

        return cast(
            "DefaultCommission",
            await self._sender.asend(_get_default_commission, arguments),
        )

    def list_standard_commissions(
        self,
        *,
        campaign_id: str,
        publisher_id: str,
    ) -> StandardCommissionList:
        """Standard commissions of a campaign

        ``GET /v2/campaigns/{campaign_id}/publishers/{publisher_id}/commissions/campaign`` (``list_standard_commissions``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "publisher_id": publisher_id,
        }

        return cast(
            "StandardCommissionList",
            self._sender.send(_list_standard_commissions, arguments),
        )

    async def alist_standard_commissions(
        self,
        *,
        campaign_id: str,
        publisher_id: str,
    ) -> StandardCommissionList:
        """Awaitable twin of :meth:`list_standard_commissions`."""
        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "publisher_id": publisher_id,
        }

        return cast(
            "StandardCommissionList",
            await self._sender.asend(_list_standard_commissions, arguments),
        )

    def list_active_commissions(
        self,
        *,
        campaign_id: str,
        publisher_id: str,
        at: datetime.datetime | Unset = UNSET,
    ) -> ActiveCommissionList:
        """Commissions in force at a moment

        ``GET /v2/campaigns/{campaign_id}/publishers/{publisher_id}/commissions/active`` (``list_active_commissions``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "publisher_id": publisher_id,
            "at": at,
        }

        return cast(
            "ActiveCommissionList",
            self._sender.send(_list_active_commissions, arguments),
        )

    async def alist_active_commissions(
        self,
        *,
        campaign_id: str,
        publisher_id: str,
        at: datetime.datetime | Unset = UNSET,
    ) -> ActiveCommissionList:
        """Awaitable twin of :meth:`list_active_commissions`."""
        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "publisher_id": publisher_id,
            "at": at,
        }

        return cast(
            "ActiveCommissionList",
            await self._sender.asend(_list_active_commissions, arguments),
        )

    def list_voucher_commissions(
        self,
        *,
        campaign_id: str,
        publisher_id: str,
    ) -> VoucherCommissionList:
        """Voucher commissions of a campaign

        ``GET /v2/campaigns/{campaign_id}/publishers/{publisher_id}/commissions/voucher`` (``list_voucher_commissions``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "publisher_id": publisher_id,
        }

        return cast(
            "VoucherCommissionList",
            self._sender.send(_list_voucher_commissions, arguments),
        )

    async def alist_voucher_commissions(
        self,
        *,
        campaign_id: str,
        publisher_id: str,
    ) -> VoucherCommissionList:
        """Awaitable twin of :meth:`list_voucher_commissions`."""
        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "publisher_id": publisher_id,
        }

        return cast(
            "VoucherCommissionList",
            await self._sender.asend(_list_voucher_commissions, arguments),
        )

    def list_promotional_commissions(
        self,
        *,
        campaign_id: str,
        publisher_id: str,
    ) -> PromotionalCommissionList:
        """Promotional commissions of a campaign

        ``GET /v2/campaigns/{campaign_id}/publishers/{publisher_id}/commissions/promotion`` (``list_promotional_commissions``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "publisher_id": publisher_id,
        }

        return cast(
            "PromotionalCommissionList",
            self._sender.send(_list_promotional_commissions, arguments),
        )

    async def alist_promotional_commissions(
        self,
        *,
        campaign_id: str,
        publisher_id: str,
    ) -> PromotionalCommissionList:
        """Awaitable twin of :meth:`list_promotional_commissions`."""
        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "publisher_id": publisher_id,
        }

        return cast(
            "PromotionalCommissionList",
            await self._sender.asend(_list_promotional_commissions, arguments),
        )

    def list_tiered_commissions(
        self,
        *,
        campaign_id: str,
        publisher_id: str,
    ) -> TieredCommissionList:
        """Tiered commissions of a campaign

        ``GET /v2/campaigns/{campaign_id}/publishers/{publisher_id}/commissions/tier`` (``list_tiered_commissions``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "publisher_id": publisher_id,
        }

        return cast(
            "TieredCommissionList",
            self._sender.send(_list_tiered_commissions, arguments),
        )

    async def alist_tiered_commissions(
        self,
        *,
        campaign_id: str,
        publisher_id: str,
    ) -> TieredCommissionList:
        """Awaitable twin of :meth:`list_tiered_commissions`."""
        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "publisher_id": publisher_id,
        }

        return cast(
            "TieredCommissionList",
            await self._sender.asend(_list_tiered_commissions, arguments),
        )

    def list_commission_groups(
        self,
        *,
        publisher_id: str,
    ) -> CommissionGroupList:
        """The partner's commission groups

        ``GET /user/publisher/{publisher_id}/commission_group`` (``list_commission_groups``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast(
            "CommissionGroupList", self._sender.send(_list_commission_groups, arguments)
        )

    async def alist_commission_groups(
        self,
        *,
        publisher_id: str,
    ) -> CommissionGroupList:
        """Awaitable twin of :meth:`list_commission_groups`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast(
            "CommissionGroupList",
            await self._sender.asend(_list_commission_groups, arguments),
        )
