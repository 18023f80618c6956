from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.participation_campaign_status import ParticipationCampaignStatus
from ...models.participation_field import ParticipationField
from ...models.participation_list import ParticipationList
from ...models.participation_status import ParticipationStatus
from ...models.v3_error import V3Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    partner_id: str,
    *,
    status: list[ParticipationStatus] | Unset = UNSET,
    campaign_status: list[ParticipationCampaignStatus] | Unset = UNSET,
    network_status: list[str] | Unset = UNSET,
    fields: list[ParticipationField] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status[]"] = json_status

    json_campaign_status: list[str] | Unset = UNSET
    if not isinstance(campaign_status, Unset):
        json_campaign_status = []
        for campaign_status_item_data in campaign_status:
            campaign_status_item = campaign_status_item_data.value
            json_campaign_status.append(campaign_status_item)

    params["campaign_status[]"] = json_campaign_status

    json_network_status: list[str] | Unset = UNSET
    if not isinstance(network_status, Unset):
        json_network_status = network_status

    params["network_status[]"] = json_network_status

    json_fields: list[str] | Unset = UNSET
    if not isinstance(fields, Unset):
        json_fields = []
        for fields_item_data in fields:
            fields_item = fields_item_data.value
            json_fields.append(fields_item)

    params["fields[]"] = json_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/partner/{partner_id}/participations".format(
            partner_id=quote(str(partner_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ParticipationList | V3Error | None:
    if response.status_code == 200:
        response_200 = ParticipationList.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = V3Error.from_dict(response.json())

        return response_404

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
) -> Response[ParticipationList | V3Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    partner_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: list[ParticipationStatus] | Unset = UNSET,
    campaign_status: list[ParticipationCampaignStatus] | Unset = UNSET,
    network_status: list[str] | Unset = UNSET,
    fields: list[ParticipationField] | Unset = UNSET,
) -> Response[ParticipationList | V3Error]:
    """List participations

     The partner's campaign participations. By default only approved participations in active campaigns
    are listed; `status[]` and `campaign_status[]` widen that. `fields[]` asks for extra campaign
    properties.

    Args:
        partner_id (str):
        status (list[ParticipationStatus] | Unset):
        campaign_status (list[ParticipationCampaignStatus] | Unset):
        network_status (list[str] | Unset):
        fields (list[ParticipationField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParticipationList | V3Error]
    """

    kwargs = _get_kwargs(
        partner_id=partner_id,
        status=status,
        campaign_status=campaign_status,
        network_status=network_status,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    partner_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: list[ParticipationStatus] | Unset = UNSET,
    campaign_status: list[ParticipationCampaignStatus] | Unset = UNSET,
    network_status: list[str] | Unset = UNSET,
    fields: list[ParticipationField] | Unset = UNSET,
) -> ParticipationList | V3Error | None:
    """List participations

     The partner's campaign participations. By default only approved participations in active campaigns
    are listed; `status[]` and `campaign_status[]` widen that. `fields[]` asks for extra campaign
    properties.

    Args:
        partner_id (str):
        status (list[ParticipationStatus] | Unset):
        campaign_status (list[ParticipationCampaignStatus] | Unset):
        network_status (list[str] | Unset):
        fields (list[ParticipationField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParticipationList | V3Error
    """

    return sync_detailed(
        partner_id=partner_id,
        client=client,
        status=status,
        campaign_status=campaign_status,
        network_status=network_status,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    partner_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: list[ParticipationStatus] | Unset = UNSET,
    campaign_status: list[ParticipationCampaignStatus] | Unset = UNSET,
    network_status: list[str] | Unset = UNSET,
    fields: list[ParticipationField] | Unset = UNSET,
) -> Response[ParticipationList | V3Error]:
    """List participations

     The partner's campaign participations. By default only approved participations in active campaigns
    are listed; `status[]` and `campaign_status[]` widen that. `fields[]` asks for extra campaign
    properties.

    Args:
        partner_id (str):
        status (list[ParticipationStatus] | Unset):
        campaign_status (list[ParticipationCampaignStatus] | Unset):
        network_status (list[str] | Unset):
        fields (list[ParticipationField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParticipationList | V3Error]
    """

    kwargs = _get_kwargs(
        partner_id=partner_id,
        status=status,
        campaign_status=campaign_status,
        network_status=network_status,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    partner_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: list[ParticipationStatus] | Unset = UNSET,
    campaign_status: list[ParticipationCampaignStatus] | Unset = UNSET,
    network_status: list[str] | Unset = UNSET,
    fields: list[ParticipationField] | Unset = UNSET,
) -> ParticipationList | V3Error | None:
    """List participations

     The partner's campaign participations. By default only approved participations in active campaigns
    are listed; `status[]` and `campaign_status[]` widen that. `fields[]` asks for extra campaign
    properties.

    Args:
        partner_id (str):
        status (list[ParticipationStatus] | Unset):
        campaign_status (list[ParticipationCampaignStatus] | Unset):
        network_status (list[str] | Unset):
        fields (list[ParticipationField] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParticipationList | V3Error
    """

    return (
        await asyncio_detailed(
            partner_id=partner_id,
            client=client,
            status=status,
            campaign_status=campaign_status,
            network_status=network_status,
            fields=fields,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: ParticipationList}
