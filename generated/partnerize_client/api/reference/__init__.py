"""The reference operations as typed methods (``Reference``) and their endpoint modules."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ...models.reference_conversion_metric_list import ReferenceConversionMetricList
from ...models.reference_conversion_type_list import ReferenceConversionTypeList
from ...models.reference_country_list import ReferenceCountryList
from ...models.reference_partnership_model_list import ReferencePartnershipModelList
from ...models.reference_traffic_source_list import ReferenceTrafficSourceList
from ...models.reference_user_context_list import ReferenceUserContextList
from ...models.v1_error import V1Error
from ...types import UNSET, Unset
from . import list_conversion_metrics as _list_conversion_metrics
from . import list_conversion_types as _list_conversion_types
from . import list_countries as _list_countries
from . import list_partnership_models as _list_partnership_models
from . import list_traffic_sources as _list_traffic_sources
from . import list_user_contexts as _list_user_contexts

if TYPE_CHECKING:
    from .. import Sender


class Reference:
    """The reference operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def list_countries(
        self,
    ) -> ReferenceCountryList:
        """List countries

        ``GET /reference/country`` (``list_countries``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {}

        return cast(
            "ReferenceCountryList", self._sender.send(_list_countries, arguments)
        )

    async def alist_countries(
        self,
    ) -> ReferenceCountryList:
        """Awaitable twin of :meth:`list_countries`."""
        arguments: dict[str, Any] = {}

        return cast(
            "ReferenceCountryList", await self._sender.asend(_list_countries, arguments)
        )

    def list_user_contexts(
        self,
    ) -> ReferenceUserContextList:
        """List user contexts

        ``GET /reference/user_context`` (``list_user_contexts``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {}

        return cast(
            "ReferenceUserContextList",
            self._sender.send(_list_user_contexts, arguments),
        )

    async def alist_user_contexts(
        self,
    ) -> ReferenceUserContextList:
        """Awaitable twin of :meth:`list_user_contexts`."""
        arguments: dict[str, Any] = {}

        return cast(
            "ReferenceUserContextList",
            await self._sender.asend(_list_user_contexts, arguments),
        )

    def list_traffic_sources(
        self,
    ) -> ReferenceTrafficSourceList:
        """List traffic sources

        ``GET /reference/traffic_source`` (``list_traffic_sources``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {}

        return cast(
            "ReferenceTrafficSourceList",
            self._sender.send(_list_traffic_sources, arguments),
        )

    async def alist_traffic_sources(
        self,
    ) -> ReferenceTrafficSourceList:
        """Awaitable twin of :meth:`list_traffic_sources`."""
        arguments: dict[str, Any] = {}

        return cast(
            "ReferenceTrafficSourceList",
            await self._sender.asend(_list_traffic_sources, arguments),
        )

    def list_conversion_types(
        self,
    ) -> ReferenceConversionTypeList:
        """List conversion types

        ``GET /reference/conversion_type`` (``list_conversion_types``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {}

        return cast(
            "ReferenceConversionTypeList",
            self._sender.send(_list_conversion_types, arguments),
        )

    async def alist_conversion_types(
        self,
    ) -> ReferenceConversionTypeList:
        """Awaitable twin of :meth:`list_conversion_types`."""
        arguments: dict[str, Any] = {}

        return cast(
            "ReferenceConversionTypeList",
            await self._sender.asend(_list_conversion_types, arguments),
        )

    def list_conversion_metrics(
        self,
    ) -> ReferenceConversionMetricList:
        """List conversion metrics

        ``GET /reference/conversion_metric`` (``list_conversion_metrics``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {}

        return cast(
            "ReferenceConversionMetricList",
            self._sender.send(_list_conversion_metrics, arguments),
        )

    async def alist_conversion_metrics(
        self,
    ) -> ReferenceConversionMetricList:
        """Awaitable twin of :meth:`list_conversion_metrics`."""
        arguments: dict[str, Any] = {}

        return cast(
            "ReferenceConversionMetricList",
            await self._sender.asend(_list_conversion_metrics, arguments),
        )

    def list_partnership_models(
        self,
    ) -> ReferencePartnershipModelList:
        """List partnership models

        ``GET /reference/partnership_model`` (``list_partnership_models``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {}

        return cast(
            "ReferencePartnershipModelList",
            self._sender.send(_list_partnership_models, arguments),
        )

    async def alist_partnership_models(
        self,
    ) -> ReferencePartnershipModelList:
        """Awaitable twin of :meth:`list_partnership_models`."""
        arguments: dict[str, Any] = {}

        return cast(
            "ReferencePartnershipModelList",
            await self._sender.asend(_list_partnership_models, arguments),
        )
