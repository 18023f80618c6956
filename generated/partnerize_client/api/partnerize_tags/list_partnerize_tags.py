from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.partnerize_tag_list import PartnerizeTagList
from ...models.v3_error import V3Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    partner_id: str | Unset = UNSET,
    with_features: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["partner_id"] = partner_id

    params["with_features"] = with_features

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/partner/partnerize-tags",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PartnerizeTagList | V3Error | None:
    if response.status_code == 200:
        response_200 = PartnerizeTagList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = V3Error.from_dict(response.json())

        return response_400

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
) -> Response[PartnerizeTagList | V3Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    partner_id: str | Unset = UNSET,
    with_features: bool | Unset = UNSET,
) -> Response[PartnerizeTagList | V3Error]:
    """List Partnerize Tags

     The Partnerize Tags the user can see, optionally limited to one partner and with their features.

    Args:
        partner_id (str | Unset):
        with_features (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerizeTagList | V3Error]
    """

    kwargs = _get_kwargs(
        partner_id=partner_id,
        with_features=with_features,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    partner_id: str | Unset = UNSET,
    with_features: bool | Unset = UNSET,
) -> PartnerizeTagList | V3Error | None:
    """List Partnerize Tags

     The Partnerize Tags the user can see, optionally limited to one partner and with their features.

    Args:
        partner_id (str | Unset):
        with_features (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerizeTagList | V3Error
    """

    return sync_detailed(
        client=client,
        partner_id=partner_id,
        with_features=with_features,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    partner_id: str | Unset = UNSET,
    with_features: bool | Unset = UNSET,
) -> Response[PartnerizeTagList | V3Error]:
    """List Partnerize Tags

     The Partnerize Tags the user can see, optionally limited to one partner and with their features.

    Args:
        partner_id (str | Unset):
        with_features (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerizeTagList | V3Error]
    """

    kwargs = _get_kwargs(
        partner_id=partner_id,
        with_features=with_features,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    partner_id: str | Unset = UNSET,
    with_features: bool | Unset = UNSET,
) -> PartnerizeTagList | V3Error | None:
    """List Partnerize Tags

     The Partnerize Tags the user can see, optionally limited to one partner and with their features.

    Args:
        partner_id (str | Unset):
        with_features (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerizeTagList | V3Error
    """

    return (
        await asyncio_detailed(
            client=client,
            partner_id=partner_id,
            with_features=with_features,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: PartnerizeTagList}
