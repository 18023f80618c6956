"""The relationships operations as typed methods (``Relationships``) and their endpoint modules."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.relationship import Relationship
from ...models.relationship_write import RelationshipWrite
from ...models.validation_error_body import ValidationErrorBody
from ...types import UNSET, Unset
from . import create_relationship as _create_relationship
from . import delete_relationship as _delete_relationship
from . import get_relationship as _get_relationship
from . import list_relationships as _list_relationships
from . import update_relationship as _update_relationship

if TYPE_CHECKING:
    from .. import Sender


class Relationships:
    """The relationships operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def list(
        self,
        *,
        advertiser_id_from_network: str,
    ) -> builtins.list[Relationship]:
        """List an advertiser's relationships

        ``GET /advertisers/{advertiser_id_from_network}/affiliates.json`` (``list_relationships``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "advertiser_id_from_network": advertiser_id_from_network,
        }

        return cast(
            "builtins.list[Relationship]",
            self._sender.send(_list_relationships, arguments),
        )

    async def alist(
        self,
        *,
        advertiser_id_from_network: str,
    ) -> builtins.list[Relationship]:
        """Awaitable twin of :meth:`list`."""
        arguments: dict[str, Any] = {
            "advertiser_id_from_network": advertiser_id_from_network,
        }

        return cast(
            "builtins.list[Relationship]",
            await self._sender.asend(_list_relationships, arguments),
        )

    def get(
        self,
        *,
        advertiser_id_from_network: str,
        affiliate_id_from_network: str,
    ) -> Relationship:
        """Read one relationship

        ``GET /advertisers/{advertiser_id_from_network}/affiliates/{affiliate_id_from_network}.json`` (``get_relationship``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "advertiser_id_from_network": advertiser_id_from_network,
            "affiliate_id_from_network": affiliate_id_from_network,
        }

        return cast("Relationship", self._sender.send(_get_relationship, arguments))

    async def aget(
        self,
        *,
        advertiser_id_from_network: str,
        affiliate_id_from_network: str,
    ) -> Relationship:
        """Awaitable twin of :meth:`get`."""
        arguments: dict[str, Any] = {
            "advertiser_id_from_network": advertiser_id_from_network,
            "affiliate_id_from_network": affiliate_id_from_network,
        }

        return cast(
            "Relationship", await self._sender.asend(_get_relationship, arguments)
        )

    def update(
        self,
        *,
        body: RelationshipWrite,
        advertiser_id_from_network: str,
        affiliate_id_from_network: str,
    ) -> EmptyObject:
        """Update (or create) a relationship

        ``PUT /advertisers/{advertiser_id_from_network}/affiliates/{affiliate_id_from_network}.json`` (``update_relationship``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "advertiser_id_from_network": advertiser_id_from_network,
            "affiliate_id_from_network": affiliate_id_from_network,
        }

        return cast("EmptyObject", self._sender.send(_update_relationship, arguments))

    async def aupdate(
        self,
        *,
        body: RelationshipWrite,
        advertiser_id_from_network: str,
        affiliate_id_from_network: str,
    ) -> EmptyObject:
        """Awaitable twin of :meth:`update`."""
        arguments: dict[str, Any] = {
            "body": body,
            "advertiser_id_from_network": advertiser_id_from_network,
            "affiliate_id_from_network": affiliate_id_from_network,
        }

        return cast(
            "EmptyObject", await self._sender.asend(_update_relationship, arguments)
        )

    def create(
        self,
        *,
        body: RelationshipWrite,
        advertiser_id_from_network: str,
        affiliate_id_from_network: str,
    ) -> EmptyObject:
        """Create (or update) a relationship

        ``POST /advertisers/{advertiser_id_from_network}/affiliates/{affiliate_id_from_network}.json`` (``create_relationship``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "advertiser_id_from_network": advertiser_id_from_network,
            "affiliate_id_from_network": affiliate_id_from_network,
        }

        return cast("EmptyObject", self._sender.send(_create_relationship, arguments))

    async def acreate(
        self,
        *,
        body: RelationshipWrite,
        advertiser_id_from_network: str,
        affiliate_id_from_network: str,
    ) -> EmptyObject:
        """Awaitable twin of :meth:`create`."""
        arguments: dict[str, Any] = {
            "body": body,
            "advertiser_id_from_network": advertiser_id_from_network,
            "affiliate_id_from_network": affiliate_id_from_network,
        }

        return cast(
            "EmptyObject", await self._sender.asend(_create_relationship, arguments)
        )

    def delete(
        self,
        *,
        advertiser_id_from_network: str,
        affiliate_id_from_network: str,
    ) -> Any:
        """Delete a relationship

        ``DELETE /advertisers/{advertiser_id_from_network}/affiliates/{affiliate_id_from_network}.json`` (``delete_relationship``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "advertiser_id_from_network": advertiser_id_from_network,
            "affiliate_id_from_network": affiliate_id_from_network,
        }

        return cast("Any", self._sender.send(_delete_relationship, arguments))

    async def adelete(
        self,
        *,
        advertiser_id_from_network: str,
        affiliate_id_from_network: str,
    ) -> Any:
        """Awaitable twin of :meth:`delete`."""
        arguments: dict[str, Any] = {
            "advertiser_id_from_network": advertiser_id_from_network,
            "affiliate_id_from_network": affiliate_id_from_network,
        }

        return cast("Any", await self._sender.asend(_delete_relationship, arguments))
