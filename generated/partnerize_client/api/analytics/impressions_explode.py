from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_impressions_explode_request import (
    AnalyticsImpressionsExplodeRequest,
)
from ...models.analytics_impressions_rows_response import (
    AnalyticsImpressionsRowsResponse,
)
from ...models.v3_error import V3Error
from ...types import Response


def _get_kwargs(
    *,
    body: AnalyticsImpressionsExplodeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/partner/analytics/impressions/explode",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyticsImpressionsRowsResponse | V3Error | None:
    if response.status_code == 200:
        response_200 = AnalyticsImpressionsRowsResponse.from_dict(response.json())

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
) -> Response[AnalyticsImpressionsRowsResponse | V3Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyticsImpressionsExplodeRequest,
) -> Response[AnalyticsImpressionsRowsResponse | V3Error]:
    """Impressions explode

     The requested metrics grouped by one or more dimensions (and, with `interval`, by date buckets), one
    row per group. Each dimension contributes its own return properties to a row, e.g. `campaign` gives
    `campaign_id` and `campaign_name`. Groups without data are left out (no zero filling). Ordering by a
    metric adds that metric to the rows even if it was not requested. Rate-limit cost in tokens by
    length of the requested period: 3 (<1 year), 5 (1+ years), 10 (2+), 12 (3+), 15 (4+ years).

    Args:
        body (AnalyticsImpressionsExplodeRequest): Query for the impressions explode endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsImpressionsRowsResponse | V3Error]
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
    body: AnalyticsImpressionsExplodeRequest,
) -> AnalyticsImpressionsRowsResponse | V3Error | None:
    """Impressions explode

     The requested metrics grouped by one or more dimensions (and, with `interval`, by date buckets), one
    row per group. Each dimension contributes its own return properties to a row, e.g. `campaign` gives
    `campaign_id` and `campaign_name`. Groups without data are left out (no zero filling). Ordering by a
    metric adds that metric to the rows even if it was not requested. Rate-limit cost in tokens by
    length of the requested period: 3 (<1 year), 5 (1+ years), 10 (2+), 12 (3+), 15 (4+ years).

    Args:
        body (AnalyticsImpressionsExplodeRequest): Query for the impressions explode endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsImpressionsRowsResponse | V3Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyticsImpressionsExplodeRequest,
) -> Response[AnalyticsImpressionsRowsResponse | V3Error]:
    """Impressions explode

     The requested metrics grouped by one or more dimensions (and, with `interval`, by date buckets), one
    row per group. Each dimension contributes its own return properties to a row, e.g. `campaign` gives
    `campaign_id` and `campaign_name`. Groups without data are left out (no zero filling). Ordering by a
    metric adds that metric to the rows even if it was not requested. Rate-limit cost in tokens by
    length of the requested period: 3 (<1 year), 5 (1+ years), 10 (2+), 12 (3+), 15 (4+ years).

    Args:
        body (AnalyticsImpressionsExplodeRequest): Query for the impressions explode endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsImpressionsRowsResponse | V3Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AnalyticsImpressionsExplodeRequest,
) -> AnalyticsImpressionsRowsResponse | V3Error | None:
    """Impressions explode

     The requested metrics grouped by one or more dimensions (and, with `interval`, by date buckets), one
    row per group. Each dimension contributes its own return properties to a row, e.g. `campaign` gives
    `campaign_id` and `campaign_name`. Groups without data are left out (no zero filling). Ordering by a
    metric adds that metric to the rows even if it was not requested. Rate-limit cost in tokens by
    length of the requested period: 3 (<1 year), 5 (1+ years), 10 (2+), 12 (3+), 15 (4+ years).

    Args:
        body (AnalyticsImpressionsExplodeRequest): Query for the impressions explode endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsImpressionsRowsResponse | V3Error
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
success_models: dict[int, type] = {200: AnalyticsImpressionsRowsResponse}
