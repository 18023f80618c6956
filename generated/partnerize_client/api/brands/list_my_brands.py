from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.my_brand_list import MyBrandList
from ...models.v3_error import V3Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    brand_ids: list[str] | Unset = UNSET,
    partner: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_brand_ids: list[str] | Unset = UNSET
    if not isinstance(brand_ids, Unset):
        json_brand_ids = brand_ids

    params["brand_ids[]"] = json_brand_ids

    params["partner"] = partner

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/partner/my-brands",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MyBrandList | V3Error | None:
    if response.status_code == 200:
        response_200 = MyBrandList.from_dict(response.json())

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
) -> Response[MyBrandList | V3Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    brand_ids: list[str] | Unset = UNSET,
    partner: str | Unset = UNSET,
) -> Response[MyBrandList | V3Error]:
    """List my brands

     The brands the authenticated partner is associated with, including brands of networks that blocked
    the partner (`blocked: true`).

    Args:
        brand_ids (list[str] | Unset):
        partner (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MyBrandList | V3Error]
    """

    kwargs = _get_kwargs(
        brand_ids=brand_ids,
        partner=partner,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    brand_ids: list[str] | Unset = UNSET,
    partner: str | Unset = UNSET,
) -> MyBrandList | V3Error | None:
    """List my brands

     The brands the authenticated partner is associated with, including brands of networks that blocked
    the partner (`blocked: true`).

    Args:
        brand_ids (list[str] | Unset):
        partner (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MyBrandList | V3Error
    """

    return sync_detailed(
        client=client,
        brand_ids=brand_ids,
        partner=partner,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    brand_ids: list[str] | Unset = UNSET,
    partner: str | Unset = UNSET,
) -> Response[MyBrandList | V3Error]:
    """List my brands

     The brands the authenticated partner is associated with, including brands of networks that blocked
    the partner (`blocked: true`).

    Args:
        brand_ids (list[str] | Unset):
        partner (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MyBrandList | V3Error]
    """

    kwargs = _get_kwargs(
        brand_ids=brand_ids,
        partner=partner,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    brand_ids: list[str] | Unset = UNSET,
    partner: str | Unset = UNSET,
) -> MyBrandList | V3Error | None:
    """List my brands

     The brands the authenticated partner is associated with, including brands of networks that blocked
    the partner (`blocked: true`).

    Args:
        brand_ids (list[str] | Unset):
        partner (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MyBrandList | V3Error
    """

    return (
        await asyncio_detailed(
            client=client,
            brand_ids=brand_ids,
            partner=partner,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: MyBrandList}
