from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.impact_error import ImpactError
from ...models.partner_group import PartnerGroup
from ...types import Response


def _get_kwargs(
    account_sid: str,
    campaign_id: int,
    partner_group_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Advertisers/{account_sid}/Campaigns/{campaign_id}/MediaPartnerGroups/{partner_group_id}".format(
            account_sid=quote(str(account_sid), safe=""),
            campaign_id=quote(str(campaign_id), safe=""),
            partner_group_id=quote(str(partner_group_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ImpactError | PartnerGroup | None:
    if response.status_code == 200:
        response_200 = PartnerGroup.from_dict(response.json())

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
) -> Response[ImpactError | PartnerGroup]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    campaign_id: int,
    partner_group_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ImpactError | PartnerGroup]:
    """Read one partner group with its members

     One group of the campaign, found by its id, with the partners that belong to it. The name is seen
    only by members of the brand's account, never by the partners.

    Args:
        account_sid (str):
        campaign_id (int):
        partner_group_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImpactError | PartnerGroup]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        campaign_id=campaign_id,
        partner_group_id=partner_group_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    campaign_id: int,
    partner_group_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ImpactError | PartnerGroup | None:
    """Read one partner group with its members

     One group of the campaign, found by its id, with the partners that belong to it. The name is seen
    only by members of the brand's account, never by the partners.

    Args:
        account_sid (str):
        campaign_id (int):
        partner_group_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImpactError | PartnerGroup
    """

    return sync_detailed(
        account_sid=account_sid,
        campaign_id=campaign_id,
        partner_group_id=partner_group_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    campaign_id: int,
    partner_group_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ImpactError | PartnerGroup]:
    """Read one partner group with its members

     One group of the campaign, found by its id, with the partners that belong to it. The name is seen
    only by members of the brand's account, never by the partners.

    Args:
        account_sid (str):
        campaign_id (int):
        partner_group_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImpactError | PartnerGroup]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        campaign_id=campaign_id,
        partner_group_id=partner_group_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    campaign_id: int,
    partner_group_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ImpactError | PartnerGroup | None:
    """Read one partner group with its members

     One group of the campaign, found by its id, with the partners that belong to it. The name is seen
    only by members of the brand's account, never by the partners.

    Args:
        account_sid (str):
        campaign_id (int):
        partner_group_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImpactError | PartnerGroup
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            campaign_id=campaign_id,
            partner_group_id=partner_group_id,
            client=client,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: PartnerGroup}
