"""The analytics operations as typed methods (``Analytics``) and their endpoint modules."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ...models.analytics_clicks_count_request import AnalyticsClicksCountRequest
from ...models.analytics_clicks_count_response import AnalyticsClicksCountResponse
from ...models.analytics_clicks_explode_request import AnalyticsClicksExplodeRequest
from ...models.analytics_clicks_filter_request import AnalyticsClicksFilterRequest
from ...models.analytics_clicks_rows_response import AnalyticsClicksRowsResponse
from ...models.analytics_clicks_timeseries_request import (
    AnalyticsClicksTimeseriesRequest,
)
from ...models.analytics_clicks_timeseries_response import (
    AnalyticsClicksTimeseriesResponse,
)
from ...models.analytics_conversions_count_request import (
    AnalyticsConversionsCountRequest,
)
from ...models.analytics_conversions_count_response import (
    AnalyticsConversionsCountResponse,
)
from ...models.analytics_conversions_explode_request import (
    AnalyticsConversionsExplodeRequest,
)
from ...models.analytics_conversions_filter_request import (
    AnalyticsConversionsFilterRequest,
)
from ...models.analytics_conversions_rows_response import (
    AnalyticsConversionsRowsResponse,
)
from ...models.analytics_conversions_timeseries_request import (
    AnalyticsConversionsTimeseriesRequest,
)
from ...models.analytics_conversions_timeseries_response import (
    AnalyticsConversionsTimeseriesResponse,
)
from ...models.analytics_impressions_count_request import (
    AnalyticsImpressionsCountRequest,
)
from ...models.analytics_impressions_count_response import (
    AnalyticsImpressionsCountResponse,
)
from ...models.analytics_impressions_explode_request import (
    AnalyticsImpressionsExplodeRequest,
)
from ...models.analytics_impressions_filter_request import (
    AnalyticsImpressionsFilterRequest,
)
from ...models.analytics_impressions_rows_response import (
    AnalyticsImpressionsRowsResponse,
)
from ...models.analytics_impressions_timeseries_request import (
    AnalyticsImpressionsTimeseriesRequest,
)
from ...models.analytics_impressions_timeseries_response import (
    AnalyticsImpressionsTimeseriesResponse,
)
from ...models.v3_error import V3Error
from ...types import UNSET, Unset
from . import clicks_count as _clicks_count
from . import clicks_explode as _clicks_explode
from . import clicks_filter as _clicks_filter
from . import clicks_timeseries as _clicks_timeseries
from . import conversions_count as _conversions_count
from . import conversions_explode as _conversions_explode
from . import conversions_filter as _conversions_filter
from . import conversions_timeseries as _conversions_timeseries
from . import impressions_count as _impressions_count
from . import impressions_explode as _impressions_explode
from . import impressions_filter as _impressions_filter
from . import impressions_timeseries as _impressions_timeseries

if TYPE_CHECKING:
    from .. import Sender


class Analytics:
    """The analytics operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def clicks_count(
        self,
        *,
        body: AnalyticsClicksCountRequest,
    ) -> AnalyticsClicksCountResponse:
        """Clicks count

        ``POST /v3/partner/analytics/clicks/count`` (``clicks_count``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsClicksCountResponse", self._sender.send(_clicks_count, arguments)
        )

    async def aclicks_count(
        self,
        *,
        body: AnalyticsClicksCountRequest,
    ) -> AnalyticsClicksCountResponse:
        """Awaitable twin of :meth:`clicks_count`."""
        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsClicksCountResponse",
            await self._sender.asend(_clicks_count, arguments),
        )

    def clicks_explode(
        self,
        *,
        body: AnalyticsClicksExplodeRequest,
    ) -> AnalyticsClicksRowsResponse:
        """Clicks explode

        ``POST /v3/partner/analytics/clicks/explode`` (``clicks_explode``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsClicksRowsResponse", self._sender.send(_clicks_explode, arguments)
        )

    async def aclicks_explode(
        self,
        *,
        body: AnalyticsClicksExplodeRequest,
    ) -> AnalyticsClicksRowsResponse:
        """Awaitable twin of :meth:`clicks_explode`."""
        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsClicksRowsResponse",
            await self._sender.asend(_clicks_explode, arguments),
        )

    def clicks_filter(
        self,
        *,
        body: AnalyticsClicksFilterRequest,
    ) -> AnalyticsClicksRowsResponse:
        """Clicks filter

        ``POST /v3/partner/analytics/clicks/filter`` (``clicks_filter``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsClicksRowsResponse", self._sender.send(_clicks_filter, arguments)
        )

    async def aclicks_filter(
        self,
        *,
        body: AnalyticsClicksFilterRequest,
    ) -> AnalyticsClicksRowsResponse:
        """Awaitable twin of :meth:`clicks_filter`."""
        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsClicksRowsResponse",
            await self._sender.asend(_clicks_filter, arguments),
        )

    def clicks_timeseries(
        self,
        *,
        body: AnalyticsClicksTimeseriesRequest,
    ) -> AnalyticsClicksTimeseriesResponse:
        """Clicks timeseries

        ``POST /v3/partner/analytics/clicks/timeseries`` (``clicks_timeseries``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsClicksTimeseriesResponse",
            self._sender.send(_clicks_timeseries, arguments),
        )

    async def aclicks_timeseries(
        self,
        *,
        body: AnalyticsClicksTimeseriesRequest,
    ) -> AnalyticsClicksTimeseriesResponse:
        """Awaitable twin of :meth:`clicks_timeseries`."""
        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsClicksTimeseriesResponse",
            await self._sender.asend(_clicks_timeseries, arguments),
        )

    def conversions_count(
        self,
        *,
        body: AnalyticsConversionsCountRequest,
    ) -> AnalyticsConversionsCountResponse:
        """Conversions count

        ``POST /v3/partner/analytics/conversions/count`` (``conversions_count``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsConversionsCountResponse",
            self._sender.send(_conversions_count, arguments),
        )

    async def aconversions_count(
        self,
        *,
        body: AnalyticsConversionsCountRequest,
    ) -> AnalyticsConversionsCountResponse:
        """Awaitable twin of :meth:`conversions_count`."""
        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsConversionsCountResponse",
            await self._sender.asend(_conversions_count, arguments),
        )

    def conversions_explode(
        self,
        *,
        body: AnalyticsConversionsExplodeRequest,
    ) -> AnalyticsConversionsRowsResponse:
        """Conversions explode

        ``POST /v3/partner/analytics/conversions/explode`` (``conversions_explode``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsConversionsRowsResponse",
            self._sender.send(_conversions_explode, arguments),
        )

    async def aconversions_explode(
        self,
        *,
        body: AnalyticsConversionsExplodeRequest,
    ) -> AnalyticsConversionsRowsResponse:
        """Awaitable twin of :meth:`conversions_explode`."""
        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsConversionsRowsResponse",
            await self._sender.asend(_conversions_explode, arguments),
        )

    def conversions_filter(
        self,
        *,
        body: AnalyticsConversionsFilterRequest,
    ) -> AnalyticsConversionsRowsResponse:
        """Conversions filter

        ``POST /v3/partner/analytics/conversions/filter`` (``conversions_filter``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsConversionsRowsResponse",
            self._sender.send(_conversions_filter, arguments),
        )

    async def aconversions_filter(
        self,
        *,
        body: AnalyticsConversionsFilterRequest,
    ) -> AnalyticsConversionsRowsResponse:
        """Awaitable twin of :meth:`conversions_filter`."""
        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsConversionsRowsResponse",
            await self._sender.asend(_conversions_filter, arguments),
        )

    def conversions_timeseries(
        self,
        *,
        body: AnalyticsConversionsTimeseriesRequest,
    ) -> AnalyticsConversionsTimeseriesResponse:
        """Conversions timeseries

        ``POST /v3/partner/analytics/conversions/timeseries`` (``conversions_timeseries``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsConversionsTimeseriesResponse",
            self._sender.send(_conversions_timeseries, arguments),
        )

    async def aconversions_timeseries(
        self,
        *,
        body: AnalyticsConversionsTimeseriesRequest,
    ) -> AnalyticsConversionsTimeseriesResponse:
        """Awaitable twin of :meth:`conversions_timeseries`."""
        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsConversionsTimeseriesResponse",
            await self._sender.asend(_conversions_timeseries, arguments),
        )

    def impressions_count(
        self,
        *,
        body: AnalyticsImpressionsCountRequest,
    ) -> AnalyticsImpressionsCountResponse:
        """Impressions count

        ``POST /v3/partner/analytics/impressions/count`` (``impressions_count``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsImpressionsCountResponse",
            self._sender.send(_impressions_count, arguments),
        )

    async def aimpressions_count(
        self,
        *,
        body: AnalyticsImpressionsCountRequest,
    ) -> AnalyticsImpressionsCountResponse:
        """Awaitable twin of :meth:`impressions_count`."""
        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsImpressionsCountResponse",
            await self._sender.asend(_impressions_count, arguments),
        )

    def impressions_explode(
        self,
        *,
        body: AnalyticsImpressionsExplodeRequest,
    ) -> AnalyticsImpressionsRowsResponse:
        """Impressions explode

        ``POST /v3/partner/analytics/impressions/explode`` (``impressions_explode``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsImpressionsRowsResponse",
            self._sender.send(_impressions_explode, arguments),
        )

    async def aimpressions_explode(
        self,
        *,
        body: AnalyticsImpressionsExplodeRequest,
    ) -> AnalyticsImpressionsRowsResponse:
        """Awaitable twin of :meth:`impressions_explode`."""
        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsImpressionsRowsResponse",
            await self._sender.asend(_impressions_explode, arguments),
        )

    def impressions_filter(
        self,
        *,
        body: AnalyticsImpressionsFilterRequest,
    ) -> AnalyticsImpressionsRowsResponse:
        """Impressions filter

        ``POST /v3/partner/analytics/impressions/filter`` (``impressions_filter``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsImpressionsRowsResponse",
            self._sender.send(_impressions_filter, arguments),
        )

    async def aimpressions_filter(
        self,
        *,
        body: AnalyticsImpressionsFilterRequest,
    ) -> AnalyticsImpressionsRowsResponse:
        """Awaitable twin of :meth:`impressions_filter`."""
        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsImpressionsRowsResponse",
            await self._sender.asend(_impressions_filter, arguments),
        )

    def impressions_timeseries(
        self,
        *,
        body: AnalyticsImpressionsTimeseriesRequest,
    ) -> AnalyticsImpressionsTimeseriesResponse:
        """Impressions timeseries

        ``POST /v3/partner/analytics/impressions/timeseries`` (``impressions_timeseries``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsImpressionsTimeseriesResponse",
            self._sender.send(_impressions_timeseries, arguments),
        )

    async def aimpressions_timeseries(
        self,
        *,
        body: AnalyticsImpressionsTimeseriesRequest,
    ) -> AnalyticsImpressionsTimeseriesResponse:
        """Awaitable twin of :meth:`impressions_timeseries`."""
        arguments: dict[str, Any] = {
            "body": body,
        }

        return cast(
            "AnalyticsImpressionsTimeseriesResponse",
            await self._sender.asend(_impressions_timeseries, arguments),
        )
