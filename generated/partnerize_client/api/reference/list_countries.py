from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.reference_country_list import ReferenceCountryList
from ...models.v1_error import V1Error
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reference/country",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ReferenceCountryList | V1Error | None:
    if response.status_code == 200:
        response_200 = ReferenceCountryList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = V1Error.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = V1Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = V1Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ReferenceCountryList | V1Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ReferenceCountryList | V1Error]:
    """List countries

     All countries with their ISO codes, currency, population and bounding coordinates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReferenceCountryList | V1Error]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ReferenceCountryList | V1Error | None:
    """List countries

     All countries with their ISO codes, currency, population and bounding coordinates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReferenceCountryList | V1Error
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ReferenceCountryList | V1Error]:
    """List countries

     All countries with their ISO codes, currency, population and bounding coordinates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReferenceCountryList | V1Error]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ReferenceCountryList | V1Error | None:
    """List countries

     All countries with their ISO codes, currency, population and bounding coordinates.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReferenceCountryList | V1Error
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: ReferenceCountryList}
