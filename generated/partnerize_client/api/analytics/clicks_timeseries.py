from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_clicks_timeseries_request import (
    AnalyticsClicksTimeseriesRequest,
)
from ...models.analytics_clicks_timeseries_response import (
    AnalyticsClicksTimeseriesResponse,
)
from ...models.v3_error import V3Error
from ...types import Response


def _get_kwargs(
    *,
    body: AnalyticsClicksTimeseriesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/partner/analytics/clicks/timeseries",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyticsClicksTimeseriesResponse | V3Error | None:
    if response.status_code == 200:
        response_200 = AnalyticsClicksTimeseriesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = V3Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = V3Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = V3Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = V3Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = V3Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnalyticsClicksTimeseriesResponse | V3Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyticsClicksTimeseriesRequest,
) -> Response[AnalyticsClicksTimeseriesResponse | V3Error]:
    """Clicks timeseries

     The requested metrics per time bucket (set by `interval.period`, e.g. `P1D`), in chronological
    order, each row with its `date_time_range`. With `zerofill` (the default) empty buckets are included
    with zero values. Rate-limit cost in tokens by length of the requested period: 2 (<1 year), 3 (1+
    years), 4 (2+), 5 (3+), 6 (4+ years). `total_unique_clicks` is approximated; the `X-Approximate-
    Metrics` header names approximated metrics.

    Args:
        body (AnalyticsClicksTimeseriesRequest): Query for the clicks timeseries endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsClicksTimeseriesResponse | V3Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyticsClicksTimeseriesRequest,
) -> AnalyticsClicksTimeseriesResponse | V3Error | None:
    """Clicks timeseries

     The requested metrics per time bucket (set by `interval.period`, e.g. `P1D`), in chronological
    order, each row with its `date_time_range`. With `zerofill` (the default) empty buckets are included
    with zero values. Rate-limit cost in tokens by length of the requested period: 2 (<1 year), 3 (1+
    years), 4 (2+), 5 (3+), 6 (4+ years). `total_unique_clicks` is approximated; the `X-Approximate-
    Metrics` header names approximated metrics.

    Args:
        body (AnalyticsClicksTimeseriesRequest): Query for the clicks timeseries endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsClicksTimeseriesResponse | V3Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyticsClicksTimeseriesRequest,
) -> Response[AnalyticsClicksTimeseriesResponse | V3Error]:
    """Clicks timeseries

     The requested metrics per time bucket (set by `interval.period`, e.g. `P1D`), in chronological
    order, each row with its `date_time_range`. With `zerofill` (the default) empty buckets are included
    with zero values. Rate-limit cost in tokens by length of the requested period: 2 (<1 year), 3 (1+
    years), 4 (2+), 5 (3+), 6 (4+ years). `total_unique_clicks` is approximated; the `X-Approximate-
    Metrics` header names approximated metrics.

    Args:
        body (AnalyticsClicksTimeseriesRequest): Query for the clicks timeseries endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsClicksTimeseriesResponse | V3Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyticsClicksTimeseriesRequest,
) -> AnalyticsClicksTimeseriesResponse | V3Error | None:
    """Clicks timeseries

     The requested metrics per time bucket (set by `interval.period`, e.g. `P1D`), in chronological
    order, each row with its `date_time_range`. With `zerofill` (the default) empty buckets are included
    with zero values. Rate-limit cost in tokens by length of the requested period: 2 (<1 year), 3 (1+
    years), 4 (2+), 5 (3+), 6 (4+ years). `total_unique_clicks` is approximated; the `X-Approximate-
    Metrics` header names approximated metrics.

    Args:
        body (AnalyticsClicksTimeseriesRequest): Query for the clicks timeseries endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsClicksTimeseriesResponse | V3Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: AnalyticsClicksTimeseriesResponse}
