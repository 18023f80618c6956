"""The tracking_links_management operations as typed methods (``TrackingLinksManagement``) and their endpoint modules."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ...models.tracking_link_create import TrackingLinkCreate
from ...models.tracking_link_envelope import TrackingLinkEnvelope
from ...models.tracking_link_list import TrackingLinkList
from ...models.tracking_link_update import TrackingLinkUpdate
from ...models.v2_error import V2Error
from ...types import UNSET, Unset
from . import create_tracking_link as _create_tracking_link
from . import get_tracking_link as _get_tracking_link
from . import list_tracking_links as _list_tracking_links
from . import update_tracking_link as _update_tracking_link

if TYPE_CHECKING:
    from .. import Sender


class TrackingLinksManagement:
    """The tracking_links_management operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def list_tracking_links(
        self,
        *,
        publisher_id: str,
        offset: int | Unset = 0,
        limit: int | Unset = UNSET,
    ) -> TrackingLinkList:
        """List tracking links

        ``GET /v2/publishers/{publisher_id}/links`` (``list_tracking_links``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "offset": offset,
            "limit": limit,
        }

        return cast(
            "TrackingLinkList", self._sender.send(_list_tracking_links, arguments)
        )

    async def alist_tracking_links(
        self,
        *,
        publisher_id: str,
        offset: int | Unset = 0,
        limit: int | Unset = UNSET,
    ) -> TrackingLinkList:
        """Awaitable twin of :meth:`list_tracking_links`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "offset": offset,
            "limit": limit,
        }

        return cast(
            "TrackingLinkList",
            await self._sender.asend(_list_tracking_links, arguments),
        )

    def create_tracking_link(
        self,
        *,
        body: TrackingLinkCreate,
        publisher_id: str,
    ) -> TrackingLinkEnvelope:
        """Create a tracking link

        ``POST /v2/publishers/{publisher_id}/links`` (``create_tracking_link``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast(
            "TrackingLinkEnvelope", self._sender.send(_create_tracking_link, arguments)
        )

    async def acreate_tracking_link(
        self,
        *,
        body: TrackingLinkCreate,
        publisher_id: str,
    ) -> TrackingLinkEnvelope:
        """Awaitable twin of :meth:`create_tracking_link`."""
        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast(
            "TrackingLinkEnvelope",
            await self._sender.asend(_create_tracking_link, arguments),
        )

    def get_tracking_link(
        self,
        *,
        publisher_id: str,
        link_id: str,
    ) -> TrackingLinkEnvelope:
        """Retrieve a tracking link

        ``GET /v2/publishers/{publisher_id}/links/{link_id}`` (``get_tracking_link``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "link_id": link_id,
        }

        return cast(
            "TrackingLinkEnvelope", self._sender.send(_get_tracking_link, arguments)
        )

    async def aget_tracking_link(
        self,
        *,
        publisher_id: str,
        link_id: str,
    ) -> TrackingLinkEnvelope:
        """Awaitable twin of :meth:`get_tracking_link`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "link_id": link_id,
        }

        return cast(
            "TrackingLinkEnvelope",
            await self._sender.asend(_get_tracking_link, arguments),
        )

    def update_tracking_link(
        self,
        *,
        body: TrackingLinkUpdate,
        publisher_id: str,
        link_id: str,
    ) -> TrackingLinkEnvelope:
        """Update a tracking link

        ``PATCH /v2/publishers/{publisher_id}/links/{link_id}`` (``update_tracking_link``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
            "link_id": link_id,
        }

        return cast(
            "TrackingLinkEnvelope", self._sender.send(_update_tracking_link, arguments)
        )

    async def aupdate_tracking_link(
        self,
        *,
        body: TrackingLinkUpdate,
        publisher_id: str,
        link_id: str,
    ) -> TrackingLinkEnvelope:
        """Awaitable twin of :meth:`update_tracking_link`."""
        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
            "link_id": link_id,
        }

        return cast(
            "TrackingLinkEnvelope",
            await self._sender.asend(_update_tracking_link, arguments),
        )
