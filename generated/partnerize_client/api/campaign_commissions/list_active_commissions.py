import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_commission_list import ActiveCommissionList
from ...models.v2_error import V2Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    campaign_id: str,
    publisher_id: str,
    *,
    at: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_at: str | Unset = UNSET
    if not isinstance(at, Unset):
        json_at = at.isoformat()
    params["at"] = json_at

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/campaigns/{campaign_id}/publishers/{publisher_id}/commissions/active".format(
            campaign_id=quote(str(campaign_id), safe=""),
            publisher_id=quote(str(publisher_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActiveCommissionList | V2Error | None:
    if response.status_code == 200:
        response_200 = ActiveCommissionList.from_dict(response.json())

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
) -> Response[ActiveCommissionList | V2Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: str,
    publisher_id: str,
    *,
    client: AuthenticatedClient | Client,
    at: datetime.datetime | Unset = UNSET,
) -> Response[ActiveCommissionList | V2Error]:
    """Commissions in force at a moment

     Every commission (default, standard, voucher and promotional) in force for the partner on a campaign
    at the given moment, each with the rates that apply.

    Args:
        campaign_id (str):
        publisher_id (str):
        at (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActiveCommissionList | V2Error]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        publisher_id=publisher_id,
        at=at,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: str,
    publisher_id: str,
    *,
    client: AuthenticatedClient | Client,
    at: datetime.datetime | Unset = UNSET,
) -> ActiveCommissionList | V2Error | None:
    """Commissions in force at a moment

     Every commission (default, standard, voucher and promotional) in force for the partner on a campaign
    at the given moment, each with the rates that apply.

    Args:
        campaign_id (str):
        publisher_id (str):
        at (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActiveCommissionList | V2Error
    """

    return sync_detailed(
        campaign_id=campaign_id,
        publisher_id=publisher_id,
        client=client,
        at=at,
    ).parsed


async def asyncio_detailed(
    campaign_id: str,
    publisher_id: str,
    *,
    client: AuthenticatedClient | Client,
    at: datetime.datetime | Unset = UNSET,
) -> Response[ActiveCommissionList | V2Error]:
    """Commissions in force at a moment

     Every commission (default, standard, voucher and promotional) in force for the partner on a campaign
    at the given moment, each with the rates that apply.

    Args:
        campaign_id (str):
        publisher_id (str):
        at (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActiveCommissionList | V2Error]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        publisher_id=publisher_id,
        at=at,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: str,
    publisher_id: str,
    *,
    client: AuthenticatedClient | Client,
    at: datetime.datetime | Unset = UNSET,
) -> ActiveCommissionList | V2Error | None:
    """Commissions in force at a moment

     Every commission (default, standard, voucher and promotional) in force for the partner on a campaign
    at the given moment, each with the rates that apply.

    Args:
        campaign_id (str):
        publisher_id (str):
        at (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActiveCommissionList | V2Error
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            publisher_id=publisher_id,
            client=client,
            at=at,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: ActiveCommissionList}
