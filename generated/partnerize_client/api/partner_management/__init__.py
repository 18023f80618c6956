"""The partner_management operations as typed methods (``PartnerManagement``) and their endpoint modules."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ...models.database_create import DatabaseCreate
from ...models.database_create_batch import DatabaseCreateBatch
from ...models.database_envelope import DatabaseEnvelope
from ...models.database_list import DatabaseList
from ...models.database_update_batch import DatabaseUpdateBatch
from ...models.partner_envelope import PartnerEnvelope
from ...models.partner_update import PartnerUpdate
from ...models.partner_update_result import PartnerUpdateResult
from ...models.v1_error import V1Error
from ...models.website_create import WebsiteCreate
from ...models.website_create_batch import WebsiteCreateBatch
from ...models.website_envelope import WebsiteEnvelope
from ...models.website_list import WebsiteList
from ...models.website_update_batch import WebsiteUpdateBatch
from ...types import UNSET, Unset
from . import create_databases as _create_databases
from . import create_websites as _create_websites
from . import get_database as _get_database
from . import get_partner as _get_partner
from . import get_website as _get_website
from . import list_databases as _list_databases
from . import list_websites as _list_websites
from . import update_databases as _update_databases
from . import update_partner as _update_partner
from . import update_websites as _update_websites

if TYPE_CHECKING:
    from .. import Sender


class PartnerManagement:
    """The partner_management operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def get_partner(
        self,
        *,
        publisher_id: str,
    ) -> PartnerEnvelope:
        """Retrieve the partner

        ``GET /user/publisher/{publisher_id}`` (``get_partner``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast("PartnerEnvelope", self._sender.send(_get_partner, arguments))

    async def aget_partner(
        self,
        *,
        publisher_id: str,
    ) -> PartnerEnvelope:
        """Awaitable twin of :meth:`get_partner`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast(
            "PartnerEnvelope", await self._sender.asend(_get_partner, arguments)
        )

    def update_partner(
        self,
        *,
        body: PartnerUpdate,
        publisher_id: str,
    ) -> PartnerUpdateResult:
        """Update the partner

        ``POST /user/publisher/{publisher_id}`` (``update_partner``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast(
            "PartnerUpdateResult", self._sender.send(_update_partner, arguments)
        )

    async def aupdate_partner(
        self,
        *,
        body: PartnerUpdate,
        publisher_id: str,
    ) -> PartnerUpdateResult:
        """Awaitable twin of :meth:`update_partner`."""
        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast(
            "PartnerUpdateResult", await self._sender.asend(_update_partner, arguments)
        )

    def list_websites(
        self,
        *,
        publisher_id: str,
    ) -> WebsiteList:
        """List the partner's websites

        ``GET /user/publisher/{publisher_id}/website`` (``list_websites``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast("WebsiteList", self._sender.send(_list_websites, arguments))

    async def alist_websites(
        self,
        *,
        publisher_id: str,
    ) -> WebsiteList:
        """Awaitable twin of :meth:`list_websites`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast("WebsiteList", await self._sender.asend(_list_websites, arguments))

    def update_websites(
        self,
        *,
        body: WebsiteUpdateBatch,
        publisher_id: str,
    ) -> WebsiteList:
        """Update one or more websites

        ``PUT /user/publisher/{publisher_id}/website`` (``update_websites``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast("WebsiteList", self._sender.send(_update_websites, arguments))

    async def aupdate_websites(
        self,
        *,
        body: WebsiteUpdateBatch,
        publisher_id: str,
    ) -> WebsiteList:
        """Awaitable twin of :meth:`update_websites`."""
        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast(
            "WebsiteList", await self._sender.asend(_update_websites, arguments)
        )

    def create_websites(
        self,
        *,
        body: WebsiteCreate | WebsiteCreateBatch,
        publisher_id: str,
    ) -> WebsiteList:
        """Create one or more websites

        ``POST /user/publisher/{publisher_id}/website`` (``create_websites``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast("WebsiteList", self._sender.send(_create_websites, arguments))

    async def acreate_websites(
        self,
        *,
        body: WebsiteCreate | WebsiteCreateBatch,
        publisher_id: str,
    ) -> WebsiteList:
        """Awaitable twin of :meth:`create_websites`."""
        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast(
            "WebsiteList", await self._sender.asend(_create_websites, arguments)
        )

    def get_website(
        self,
        *,
        publisher_id: str,
        website_id: str,
    ) -> WebsiteEnvelope:
        """Retrieve one website

        ``GET /user/publisher/{publisher_id}/website/{website_id}`` (``get_website``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "website_id": website_id,
        }

        return cast("WebsiteEnvelope", self._sender.send(_get_website, arguments))

    async def aget_website(
        self,
        *,
        publisher_id: str,
        website_id: str,
    ) -> WebsiteEnvelope:
        """Awaitable twin of :meth:`get_website`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "website_id": website_id,
        }

        return cast(
            "WebsiteEnvelope", await self._sender.asend(_get_website, arguments)
        )

    def list_databases(
        self,
        *,
        publisher_id: str,
    ) -> DatabaseList:
        """List the partner's databases

        ``GET /user/publisher/{publisher_id}/database`` (``list_databases``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast("DatabaseList", self._sender.send(_list_databases, arguments))

    async def alist_databases(
        self,
        *,
        publisher_id: str,
    ) -> DatabaseList:
        """Awaitable twin of :meth:`list_databases`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast(
            "DatabaseList", await self._sender.asend(_list_databases, arguments)
        )

    def update_databases(
        self,
        *,
        body: DatabaseUpdateBatch,
        publisher_id: str,
    ) -> DatabaseList:
        """Update one or more databases

        ``PUT /user/publisher/{publisher_id}/database`` (``update_databases``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast("DatabaseList", self._sender.send(_update_databases, arguments))

    async def aupdate_databases(
        self,
        *,
        body: DatabaseUpdateBatch,
        publisher_id: str,
    ) -> DatabaseList:
        """Awaitable twin of :meth:`update_databases`."""
        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast(
            "DatabaseList", await self._sender.asend(_update_databases, arguments)
        )

    def create_databases(
        self,
        *,
        body: DatabaseCreate | DatabaseCreateBatch,
        publisher_id: str,
    ) -> DatabaseList:
        """Create one or more databases

        ``POST /user/publisher/{publisher_id}/database`` (``create_databases``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast("DatabaseList", self._sender.send(_create_databases, arguments))

    async def acreate_databases(
        self,
        *,
        body: DatabaseCreate | DatabaseCreateBatch,
        publisher_id: str,
    ) -> DatabaseList:
        """Awaitable twin of :meth:`create_databases`."""
        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast(
            "DatabaseList", await self._sender.asend(_create_databases, arguments)
        )

    def get_database(
        self,
        *,
        publisher_id: str,
        database_id: str,
    ) -> DatabaseEnvelope:
        """Retrieve one database

        ``GET /user/publisher/{publisher_id}/database/{database_id}`` (``get_database``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "database_id": database_id,
        }

        return cast("DatabaseEnvelope", self._sender.send(_get_database, arguments))

    async def aget_database(
        self,
        *,
        publisher_id: str,
        database_id: str,
    ) -> DatabaseEnvelope:
        """Awaitable twin of :meth:`get_database`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "database_id": database_id,
        }

        return cast(
            "DatabaseEnvelope", await self._sender.asend(_get_database, arguments)
        )
