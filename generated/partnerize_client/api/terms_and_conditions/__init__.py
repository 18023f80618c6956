"""The terms_and_conditions operations as typed methods (``TermsAndConditions``) and their endpoint modules."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ...models.campaign_terms_envelope import CampaignTermsEnvelope
from ...models.campaign_terms_list import CampaignTermsList
from ...models.locale import Locale
from ...models.terms_acknowledgment_create import TermsAcknowledgmentCreate
from ...models.terms_acknowledgment_envelope import TermsAcknowledgmentEnvelope
from ...models.terms_acknowledgment_list import TermsAcknowledgmentList
from ...models.v3_error import V3Error
from ...types import UNSET, Unset
from . import create_terms_acknowledgment as _create_terms_acknowledgment
from . import get_campaign_terms as _get_campaign_terms
from . import get_terms_acknowledgment as _get_terms_acknowledgment
from . import list_campaign_terms as _list_campaign_terms
from . import list_terms_acknowledgments as _list_terms_acknowledgments

if TYPE_CHECKING:
    from .. import Sender


class TermsAndConditions:
    """The terms_and_conditions operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def list_campaign_terms(
        self,
        *,
        campaign_id: str | Unset = UNSET,
        created_at: str | Unset = UNSET,
        locale: Locale | Unset = UNSET,
        content: str | Unset = UNSET,
    ) -> CampaignTermsList:
        """List campaign terms and conditions

        ``GET /v3/partner/campaign-terms-and-conditions`` (``list_campaign_terms``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "created_at": created_at,
            "locale": locale,
            "content": content,
        }

        return cast(
            "CampaignTermsList", self._sender.send(_list_campaign_terms, arguments)
        )

    async def alist_campaign_terms(
        self,
        *,
        campaign_id: str | Unset = UNSET,
        created_at: str | Unset = UNSET,
        locale: Locale | Unset = UNSET,
        content: str | Unset = UNSET,
    ) -> CampaignTermsList:
        """Awaitable twin of :meth:`list_campaign_terms`."""
        arguments: dict[str, Any] = {
            "campaign_id": campaign_id,
            "created_at": created_at,
            "locale": locale,
            "content": content,
        }

        return cast(
            "CampaignTermsList",
            await self._sender.asend(_list_campaign_terms, arguments),
        )

    def get_campaign_terms(
        self,
        *,
        id: str,
    ) -> CampaignTermsEnvelope:
        """Get campaign terms and conditions

        ``GET /v3/partner/campaign-terms-and-conditions/{id}`` (``get_campaign_terms``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "id": id,
        }

        return cast(
            "CampaignTermsEnvelope", self._sender.send(_get_campaign_terms, arguments)
        )

    async def aget_campaign_terms(
        self,
        *,
        id: str,
    ) -> CampaignTermsEnvelope:
        """Awaitable twin of :meth:`get_campaign_terms`."""
        arguments: dict[str, Any] = {
            "id": id,
        }

        return cast(
            "CampaignTermsEnvelope",
            await self._sender.asend(_get_campaign_terms, arguments),
        )

    def list_terms_acknowledgments(
        self,
        *,
        partner_id: str | Unset = UNSET,
        campaign_terms_and_conditions_id: str | Unset = UNSET,
        created_at: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
    ) -> TermsAcknowledgmentList:
        """List terms acknowledgements

        ``GET /v3/partner/campaign-terms-and-conditions-acknowledgments`` (``list_terms_acknowledgments``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "partner_id": partner_id,
            "campaign_terms_and_conditions_id": campaign_terms_and_conditions_id,
            "created_at": created_at,
            "created_by": created_by,
        }

        return cast(
            "TermsAcknowledgmentList",
            self._sender.send(_list_terms_acknowledgments, arguments),
        )

    async def alist_terms_acknowledgments(
        self,
        *,
        partner_id: str | Unset = UNSET,
        campaign_terms_and_conditions_id: str | Unset = UNSET,
        created_at: str | Unset = UNSET,
        created_by: str | Unset = UNSET,
    ) -> TermsAcknowledgmentList:
        """Awaitable twin of :meth:`list_terms_acknowledgments`."""
        arguments: dict[str, Any] = {
            "partner_id": partner_id,
            "campaign_terms_and_conditions_id": campaign_terms_and_conditions_id,
            "created_at": created_at,
            "created_by": created_by,
        }

        return cast(
            "TermsAcknowledgmentList",
            await self._sender.asend(_list_terms_acknowledgments, arguments),
        )

    def create_terms_acknowledgment(
        self,
        *,
        body: TermsAcknowledgmentCreate,
    ) -> TermsAcknowledgmentEnvelope:
        """Acknowledge campaign terms and conditions

        ``POST /v3/partner/campaign-terms-and-conditions-acknowledgments`` (``create_terms_acknowledgment``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "TermsAcknowledgmentEnvelope",
            self._sender.send(_create_terms_acknowledgment, arguments),
        )

    async def acreate_terms_acknowledgment(
        self,
        *,
        body: TermsAcknowledgmentCreate,
    ) -> TermsAcknowledgmentEnvelope:
        """Awaitable twin of :meth:`create_terms_acknowledgment`."""
        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "TermsAcknowledgmentEnvelope",
            await self._sender.asend(_create_terms_acknowledgment, arguments),
        )

    def get_terms_acknowledgment(
        self,
        *,
        id: str,
    ) -> TermsAcknowledgmentEnvelope:
        """Get a terms acknowledgement

        ``GET /v3/partner/campaign-terms-and-conditions-acknowledgments/{id}`` (``get_terms_acknowledgment``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "id": id,
        }

        return cast(
            "TermsAcknowledgmentEnvelope",
            self._sender.send(_get_terms_acknowledgment, arguments),
        )

    async def aget_terms_acknowledgment(
        self,
        *,
        id: str,
    ) -> TermsAcknowledgmentEnvelope:
        """Awaitable twin of :meth:`get_terms_acknowledgment`."""
        arguments: dict[str, Any] = {
            "id": id,
        }

        return cast(
            "TermsAcknowledgmentEnvelope",
            await self._sender.asend(_get_terms_acknowledgment, arguments),
        )
