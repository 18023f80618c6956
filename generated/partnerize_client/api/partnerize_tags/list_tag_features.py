from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.partnerize_tag_feature_list import PartnerizeTagFeatureList
from ...models.v3_error import V3Error
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/partner/partnerize-tags/features",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PartnerizeTagFeatureList | V3Error | None:
    if response.status_code == 200:
        response_200 = PartnerizeTagFeatureList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = V3Error.from_dict(response.json())

        return response_401

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
) -> Response[PartnerizeTagFeatureList | V3Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[PartnerizeTagFeatureList | V3Error]:
    """List available tag features

     The features that can be enabled on a Partnerize Tag, with the schema of each one's configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerizeTagFeatureList | V3Error]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> PartnerizeTagFeatureList | V3Error | None:
    """List available tag features

     The features that can be enabled on a Partnerize Tag, with the schema of each one's configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerizeTagFeatureList | V3Error
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[PartnerizeTagFeatureList | V3Error]:
    """List available tag features

     The features that can be enabled on a Partnerize Tag, with the schema of each one's configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerizeTagFeatureList | V3Error]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> PartnerizeTagFeatureList | V3Error | None:
    """List available tag features

     The features that can be enabled on a Partnerize Tag, with the schema of each one's configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerizeTagFeatureList | V3Error
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
success_models: dict[int, type] = {200: PartnerizeTagFeatureList}
