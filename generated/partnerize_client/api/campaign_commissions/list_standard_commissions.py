from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.standard_commission_list import StandardCommissionList
from ...models.v2_error import V2Error
from ...types import Response


def _get_kwargs(
    campaign_id: str,
    publisher_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/campaigns/{campaign_id}/publishers/{publisher_id}/commissions/campaign".format(
            campaign_id=quote(str(campaign_id), safe=""),
            publisher_id=quote(str(publisher_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StandardCommissionList | V2Error | None:
    if response.status_code == 200:
        response_200 = StandardCommissionList.from_dict(response.json())

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
) -> Response[StandardCommissionList | V2Error]:
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
) -> Response[StandardCommissionList | V2Error]:
    """Standard commissions of a campaign

     The standard (rule-based) commissions that apply to the partner on a campaign.

    Args:
        campaign_id (str):
        publisher_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StandardCommissionList | V2Error]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        publisher_id=publisher_id,
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
) -> StandardCommissionList | V2Error | None:
    """Standard commissions of a campaign

     The standard (rule-based) commissions that apply to the partner on a campaign.

    Args:
        campaign_id (str):
        publisher_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StandardCommissionList | V2Error
    """

    return sync_detailed(
        campaign_id=campaign_id,
        publisher_id=publisher_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    campaign_id: str,
    publisher_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[StandardCommissionList | V2Error]:
    """Standard commissions of a campaign

     The standard (rule-based) commissions that apply to the partner on a campaign.

    Args:
        campaign_id (str):
        publisher_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StandardCommissionList | V2Error]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        publisher_id=publisher_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: str,
    publisher_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> StandardCommissionList | V2Error | None:
    """Standard commissions of a campaign

     The standard (rule-based) commissions that apply to the partner on a campaign.

    Args:
        campaign_id (str):
        publisher_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StandardCommissionList | V2Error
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            publisher_id=publisher_id,
            client=client,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: StandardCommissionList}
