from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.discovery_advertiser_list import DiscoveryAdvertiserList
from ...models.v2_error import V2Error
from ...types import Response


def _get_kwargs(
    publisher_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/publishers/{publisher_id}/discovery/advertisers".format(
            publisher_id=quote(str(publisher_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DiscoveryAdvertiserList | V2Error | None:
    if response.status_code == 200:
        response_200 = DiscoveryAdvertiserList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = V2Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = V2Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = V2Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = V2Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = V2Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = V2Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DiscoveryAdvertiserList | V2Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    publisher_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DiscoveryAdvertiserList | V2Error]:
    """Discover brands and their campaigns

     Lists the brands (advertisers) whose campaigns the partner could join, each with its campaigns.
    Every campaign carries the partner's standing on it: `AVAILABLE` (may request to join), `REQUESTED`
    (request pending), `INVITED` (the brand has invited the partner) or `REJECTED`.

    Args:
        publisher_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiscoveryAdvertiserList | V2Error]
    """

    kwargs = _get_kwargs(
        publisher_id=publisher_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    publisher_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DiscoveryAdvertiserList | V2Error | None:
    """Discover brands and their campaigns

     Lists the brands (advertisers) whose campaigns the partner could join, each with its campaigns.
    Every campaign carries the partner's standing on it: `AVAILABLE` (may request to join), `REQUESTED`
    (request pending), `INVITED` (the brand has invited the partner) or `REJECTED`.

    Args:
        publisher_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiscoveryAdvertiserList | V2Error
    """

    return sync_detailed(
        publisher_id=publisher_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    publisher_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DiscoveryAdvertiserList | V2Error]:
    """Discover brands and their campaigns

     Lists the brands (advertisers) whose campaigns the partner could join, each with its campaigns.
    Every campaign carries the partner's standing on it: `AVAILABLE` (may request to join), `REQUESTED`
    (request pending), `INVITED` (the brand has invited the partner) or `REJECTED`.

    Args:
        publisher_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DiscoveryAdvertiserList | V2Error]
    """

    kwargs = _get_kwargs(
        publisher_id=publisher_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    publisher_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DiscoveryAdvertiserList | V2Error | None:
    """Discover brands and their campaigns

     Lists the brands (advertisers) whose campaigns the partner could join, each with its campaigns.
    Every campaign carries the partner's standing on it: `AVAILABLE` (may request to join), `REQUESTED`
    (request pending), `INVITED` (the brand has invited the partner) or `REJECTED`.

    Args:
        publisher_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DiscoveryAdvertiserList | V2Error
    """

    return (
        await asyncio_detailed(
            publisher_id=publisher_id,
            client=client,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: DiscoveryAdvertiserList}
