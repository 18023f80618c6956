"""The partnerize_tags operations as typed methods (``PartnerizeTags``) and their endpoint modules."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ...models.partnerize_tag_create import PartnerizeTagCreate
from ...models.partnerize_tag_enabled_feature_envelope import (
    PartnerizeTagEnabledFeatureEnvelope,
)
from ...models.partnerize_tag_enabled_feature_list import (
    PartnerizeTagEnabledFeatureList,
)
from ...models.partnerize_tag_envelope import PartnerizeTagEnvelope
from ...models.partnerize_tag_feature_enable import PartnerizeTagFeatureEnable
from ...models.partnerize_tag_feature_list import PartnerizeTagFeatureList
from ...models.partnerize_tag_list import PartnerizeTagList
from ...models.partnerize_tag_update import PartnerizeTagUpdate
from ...models.v3_error import V3Error
from ...types import UNSET, Unset
from . import create_partnerize_tag as _create_partnerize_tag
from . import enable_tag_feature as _enable_tag_feature
from . import get_partnerize_tag as _get_partnerize_tag
from . import list_enabled_tag_features as _list_enabled_tag_features
from . import list_partnerize_tags as _list_partnerize_tags
from . import list_tag_features as _list_tag_features
from . import update_partnerize_tag as _update_partnerize_tag

if TYPE_CHECKING:
    from .. import Sender


class PartnerizeTags:
    """The partnerize_tags operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def list(
        self,
        *,
        partner_id: str | Unset = UNSET,
        with_features: bool | Unset = UNSET,
    ) -> PartnerizeTagList:
        """List Partnerize Tags

        ``GET /v3/partner/partnerize-tags`` (``list_partnerize_tags``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "partner_id": partner_id,
            "with_features": with_features,
        }

        return cast(
            "PartnerizeTagList", self._sender.send(_list_partnerize_tags, arguments)
        )

    async def alist(
        self,
        *,
        partner_id: str | Unset = UNSET,
        with_features: bool | Unset = UNSET,
    ) -> PartnerizeTagList:
        """Awaitable twin of :meth:`list`."""
        arguments: dict[str, Any] = {
            "partner_id": partner_id,
            "with_features": with_features,
        }

        return cast(
            "PartnerizeTagList",
            await self._sender.asend(_list_partnerize_tags, arguments),
        )

    def create(
        self,
        *,
        body: PartnerizeTagCreate,
    ) -> PartnerizeTagEnvelope:
        """Create a Partnerize Tag

        ``POST /v3/partner/partnerize-tags`` (``create_partnerize_tag``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "PartnerizeTagEnvelope",
            self._sender.send(_create_partnerize_tag, arguments),
        )

    async def acreate(
        self,
        *,
        body: PartnerizeTagCreate,
    ) -> PartnerizeTagEnvelope:
        """Awaitable twin of :meth:`create`."""
        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "PartnerizeTagEnvelope",
            await self._sender.asend(_create_partnerize_tag, arguments),
        )

    def list_tag_features(
        self,
    ) -> PartnerizeTagFeatureList:
        """List available tag features

        ``GET /v3/partner/partnerize-tags/features`` (``list_tag_features``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {}

        return cast(
            "PartnerizeTagFeatureList", self._sender.send(_list_tag_features, arguments)
        )

    async def alist_tag_features(
        self,
    ) -> PartnerizeTagFeatureList:
        """Awaitable twin of :meth:`list_tag_features`."""
        arguments: dict[str, Any] = {}

        return cast(
            "PartnerizeTagFeatureList",
            await self._sender.asend(_list_tag_features, arguments),
        )

    def get(
        self,
        *,
        partnerize_tag_id: str,
    ) -> PartnerizeTagEnvelope:
        """Get a Partnerize Tag

        ``GET /v3/partner/partnerize-tags/{partnerize_tag_id}`` (``get_partnerize_tag``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "partnerize_tag_id": partnerize_tag_id,
        }

        return cast(
            "PartnerizeTagEnvelope", self._sender.send(_get_partnerize_tag, arguments)
        )

    async def aget(
        self,
        *,
        partnerize_tag_id: str,
    ) -> PartnerizeTagEnvelope:
        """Awaitable twin of :meth:`get`."""
        arguments: dict[str, Any] = {
            "partnerize_tag_id": partnerize_tag_id,
        }

        return cast(
            "PartnerizeTagEnvelope",
            await self._sender.asend(_get_partnerize_tag, arguments),
        )

    def update(
        self,
        *,
        body: PartnerizeTagUpdate,
        partnerize_tag_id: str,
    ) -> PartnerizeTagEnvelope:
        """Update a Partnerize Tag

        ``PATCH /v3/partner/partnerize-tags/{partnerize_tag_id}`` (``update_partnerize_tag``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "partnerize_tag_id": partnerize_tag_id,
        }

        return cast(
            "PartnerizeTagEnvelope",
            self._sender.send(_update_partnerize_tag, arguments),
        )

    async def aupdate(
        self,
        *,
        body: PartnerizeTagUpdate,
        partnerize_tag_id: str,
    ) -> PartnerizeTagEnvelope:
        """Awaitable twin of :meth:`update`."""
        arguments: dict[str, Any] = {
            "body": body,
            "partnerize_tag_id": partnerize_tag_id,
        }

        return cast(
            "PartnerizeTagEnvelope",
            await self._sender.asend(_update_partnerize_tag, arguments),
        )

    def list_enabled_tag_features(
        self,
        *,
        tag_id: str,
    ) -> PartnerizeTagEnabledFeatureList:
        """List a tag's enabled features

        ``GET /v3/partner/partnerize-tags/{tag_id}/features`` (``list_enabled_tag_features``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "tag_id": tag_id,
        }

        return cast(
            "PartnerizeTagEnabledFeatureList",
            self._sender.send(_list_enabled_tag_features, arguments),
        )

    async def alist_enabled_tag_features(
        self,
        *,
        tag_id: str,
    ) -> PartnerizeTagEnabledFeatureList:
        """Awaitable twin of :meth:`list_enabled_tag_features`."""
        arguments: dict[str, Any] = {
            "tag_id": tag_id,
        }

        return cast(
            "PartnerizeTagEnabledFeatureList",
            await self._sender.asend(_list_enabled_tag_features, arguments),
        )

    def enable_tag_feature(
        self,
        *,
        body: PartnerizeTagFeatureEnable,
        tag_id: str,
    ) -> PartnerizeTagEnabledFeatureEnvelope:
        """Enable a feature on a tag

        ``POST /v3/partner/partnerize-tags/{tag_id}/features`` (``enable_tag_feature``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "tag_id": tag_id,
        }

        return cast(
            "PartnerizeTagEnabledFeatureEnvelope",
            self._sender.send(_enable_tag_feature, arguments),
        )

    async def aenable_tag_feature(
        self,
        *,
        body: PartnerizeTagFeatureEnable,
        tag_id: str,
    ) -> PartnerizeTagEnabledFeatureEnvelope:
        """Awaitable twin of :meth:`enable_tag_feature`."""
        arguments: dict[str, Any] = {
            "body": body,
            "tag_id": tag_id,
        }

        return cast(
            "PartnerizeTagEnabledFeatureEnvelope",
            await self._sender.asend(_enable_tag_feature, arguments),
        )
