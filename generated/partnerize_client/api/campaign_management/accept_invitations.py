from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_id_list import CampaignIdList
from ...models.v2_error import V2Error
from ...types import Response


def _get_kwargs(
    publisher_id: str,
    *,
    body: CampaignIdList,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/publishers/{publisher_id}/invitations/accept".format(
            publisher_id=quote(str(publisher_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | V2Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | V2Error]:
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
    body: CampaignIdList,
) -> Response[Any | V2Error]:
    """Accept campaign invitations

     Accepts the invitations to the listed campaigns; the partner joins those campaigns.

    Args:
        publisher_id (str):
        body (CampaignIdList):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | V2Error]
    """

    kwargs = _get_kwargs(
        publisher_id=publisher_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    publisher_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CampaignIdList,
) -> Any | V2Error | None:
    """Accept campaign invitations

     Accepts the invitations to the listed campaigns; the partner joins those campaigns.

    Args:
        publisher_id (str):
        body (CampaignIdList):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | V2Error
    """

    return sync_detailed(
        publisher_id=publisher_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    publisher_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CampaignIdList,
) -> Response[Any | V2Error]:
    """Accept campaign invitations

     Accepts the invitations to the listed campaigns; the partner joins those campaigns.

    Args:
        publisher_id (str):
        body (CampaignIdList):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | V2Error]
    """

    kwargs = _get_kwargs(
        publisher_id=publisher_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    publisher_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CampaignIdList,
) -> Any | V2Error | None:
    """Accept campaign invitations

     Accepts the invitations to the listed campaigns; the partner joins those campaigns.

    Args:
        publisher_id (str):
        body (CampaignIdList):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | V2Error
    """

    return (
        await asyncio_detailed(
            publisher_id=publisher_id,
            client=client,
            body=body,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {}
