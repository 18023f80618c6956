"""The partner_groups operations as typed methods (``PartnerGroups``) and their endpoint modules."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ...models.create_partner_group_form import CreatePartnerGroupForm
from ...models.deleted_status import DeletedStatus
from ...models.impact_error import ImpactError
from ...models.partner_group import PartnerGroup
from ...models.partner_group_list import PartnerGroupList
from ...models.status_uri import StatusUri
from ...models.update_partner_group_form import UpdatePartnerGroupForm
from ...types import UNSET, Unset
from . import create_partner_group as _create_partner_group
from . import delete_partner_group as _delete_partner_group
from . import get_partner_group as _get_partner_group
from . import list_partner_groups as _list_partner_groups
from . import update_partner_group as _update_partner_group

if TYPE_CHECKING:
    from .. import Sender


class PartnerGroups:
    """The partner_groups operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def list(
        self,
        *,
        account_sid: str | None = None,
        campaign_id: int,
        page: int | Unset = 1,
        page_size: int | Unset = 1000,
    ) -> PartnerGroupList:
        """List the partner groups of a campaign

        ``GET /Advertisers/{account_sid}/Campaigns/{campaign_id}/MediaPartnerGroups`` (``list_partner_groups``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "page": page,
            "page_size": page_size,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast(
            "PartnerGroupList", self._sender.send(_list_partner_groups, arguments)
        )

    async def alist(
        self,
        *,
        account_sid: str | None = None,
        campaign_id: int,
        page: int | Unset = 1,
        page_size: int | Unset = 1000,
    ) -> PartnerGroupList:
        """Awaitable twin of :meth:`list`."""
        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "page": page,
            "page_size": page_size,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast(
            "PartnerGroupList",
            await self._sender.asend(_list_partner_groups, arguments),
        )

    def create(
        self,
        *,
        body: CreatePartnerGroupForm,
        account_sid: str | None = None,
        campaign_id: int,
    ) -> StatusUri:
        """Create a partner group

        ``POST /Advertisers/{account_sid}/Campaigns/{campaign_id}/MediaPartnerGroups`` (``create_partner_group``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "campaign_id": campaign_id,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast("StatusUri", self._sender.send(_create_partner_group, arguments))

    async def acreate(
        self,
        *,
        body: CreatePartnerGroupForm,
        account_sid: str | None = None,
        campaign_id: int,
    ) -> StatusUri:
        """Awaitable twin of :meth:`create`."""
        arguments: dict[str, Any] = {
            "body": body,
            "campaign_id": campaign_id,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast(
            "StatusUri", await self._sender.asend(_create_partner_group, arguments)
        )

    def get(
        self,
        *,
        account_sid: str | None = None,
        campaign_id: int,
        partner_group_id: int,
    ) -> PartnerGroup:
        """Read one partner group with its members

        ``GET /Advertisers/{account_sid}/Campaigns/{campaign_id}/MediaPartnerGroups/{partner_group_id}`` (``get_partner_group``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "partner_group_id": partner_group_id,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast("PartnerGroup", self._sender.send(_get_partner_group, arguments))

    async def aget(
        self,
        *,
        account_sid: str | None = None,
        campaign_id: int,
        partner_group_id: int,
    ) -> PartnerGroup:
        """Awaitable twin of :meth:`get`."""
        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "partner_group_id": partner_group_id,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast(
            "PartnerGroup", await self._sender.asend(_get_partner_group, arguments)
        )

    def update(
        self,
        *,
        body: UpdatePartnerGroupForm,
        account_sid: str | None = None,
        campaign_id: int,
        partner_group_id: int,
    ) -> StatusUri:
        """Rename a group, or add and remove members

        ``PUT /Advertisers/{account_sid}/Campaigns/{campaign_id}/MediaPartnerGroups/{partner_group_id}`` (``update_partner_group``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "campaign_id": campaign_id,
            "partner_group_id": partner_group_id,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast("StatusUri", self._sender.send(_update_partner_group, arguments))

    async def aupdate(
        self,
        *,
        body: UpdatePartnerGroupForm,
        account_sid: str | None = None,
        campaign_id: int,
        partner_group_id: int,
    ) -> StatusUri:
        """Awaitable twin of :meth:`update`."""
        arguments: dict[str, Any] = {
            "body": body,
            "campaign_id": campaign_id,
            "partner_group_id": partner_group_id,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast(
            "StatusUri", await self._sender.asend(_update_partner_group, arguments)
        )

    def delete(
        self,
        *,
        account_sid: str | None = None,
        campaign_id: int,
        partner_group_id: int,
    ) -> DeletedStatus:
        """Delete a partner group

        ``DELETE /Advertisers/{account_sid}/Campaigns/{campaign_id}/MediaPartnerGroups/{partner_group_id}`` (``delete_partner_group``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "partner_group_id": partner_group_id,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast(
            "DeletedStatus", self._sender.send(_delete_partner_group, arguments)
        )

    async def adelete(
        self,
        *,
        account_sid: str | None = None,
        campaign_id: int,
        partner_group_id: int,
    ) -> DeletedStatus:
        """Awaitable twin of :meth:`delete`."""
        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "partner_group_id": partner_group_id,
        }

        if account_sid is not None:
            arguments["account_sid"] = account_sid

        return cast(
            "DeletedStatus", await self._sender.asend(_delete_partner_group, arguments)
        )
