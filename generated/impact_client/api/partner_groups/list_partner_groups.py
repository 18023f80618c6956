from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.impact_error import ImpactError
from ...models.partner_group_list import PartnerGroupList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_sid: str,
    campaign_id: int,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 1000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["Page"] = page

    params["PageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Advertisers/{account_sid}/Campaigns/{campaign_id}/MediaPartnerGroups".format(
            account_sid=quote(str(account_sid), safe=""),
            campaign_id=quote(str(campaign_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ImpactError | PartnerGroupList | None:
    if response.status_code == 200:
        response_200 = PartnerGroupList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ImpactError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ImpactError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ImpactError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ImpactError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ImpactError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ImpactError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ImpactError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ImpactError | PartnerGroupList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 1000,
) -> Response[ImpactError | PartnerGroupList]:
    """List the partner groups of a campaign

     Returns every partner group defined on the campaign, one page at a time.

    Args:
        account_sid (str):
        campaign_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImpactError | PartnerGroupList]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        campaign_id=campaign_id,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 1000,
) -> ImpactError | PartnerGroupList | None:
    """List the partner groups of a campaign

     Returns every partner group defined on the campaign, one page at a time.

    Args:
        account_sid (str):
        campaign_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImpactError | PartnerGroupList
    """

    return sync_detailed(
        account_sid=account_sid,
        campaign_id=campaign_id,
        client=client,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 1000,
) -> Response[ImpactError | PartnerGroupList]:
    """List the partner groups of a campaign

     Returns every partner group defined on the campaign, one page at a time.

    Args:
        account_sid (str):
        campaign_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImpactError | PartnerGroupList]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        campaign_id=campaign_id,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    campaign_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = 1000,
) -> ImpactError | PartnerGroupList | None:
    """List the partner groups of a campaign

     Returns every partner group defined on the campaign, one page at a time.

    Args:
        account_sid (str):
        campaign_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 1000.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImpactError | PartnerGroupList
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            campaign_id=campaign_id,
            client=client,
            page=page,
            page_size=page_size,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: PartnerGroupList}
