from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.creative_list import CreativeList
from ...models.v1_error import V1Error
from ...models.yes_or_no import YesOrNo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    publisher_id: str,
    campaign_id: str,
    *,
    status: YesOrNo | Unset = UNSET,
    tags: str | Unset = UNSET,
    creative_type_id: list[str] | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["tags"] = tags

    json_creative_type_id: list[str] | Unset = UNSET
    if not isinstance(creative_type_id, Unset):
        json_creative_type_id = creative_type_id

    params["creative_type_id"] = json_creative_type_id

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/publisher/{publisher_id}/campaign/{campaign_id}/creative".format(
            publisher_id=quote(str(publisher_id), safe=""),
            campaign_id=quote(str(campaign_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreativeList | V1Error | None:
    if response.status_code == 200:
        response_200 = CreativeList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = V1Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = V1Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = V1Error.from_dict(response.json())

        return response_404

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
) -> Response[CreativeList | V1Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    publisher_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: YesOrNo | Unset = UNSET,
    tags: str | Unset = UNSET,
    creative_type_id: list[str] | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> Response[CreativeList | V1Error]:
    """List a campaign's creatives

     The creatives (banners, text links, e-mail and HTML assets, ...) of one campaign.

    Args:
        publisher_id (str):
        campaign_id (str):
        status (YesOrNo | Unset): The vendor's flag convention, `y` for yes and `n` for no.
            Example: y.
        tags (str | Unset):
        creative_type_id (list[str] | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreativeList | V1Error]
    """

    kwargs = _get_kwargs(
        publisher_id=publisher_id,
        campaign_id=campaign_id,
        status=status,
        tags=tags,
        creative_type_id=creative_type_id,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    publisher_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: YesOrNo | Unset = UNSET,
    tags: str | Unset = UNSET,
    creative_type_id: list[str] | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> CreativeList | V1Error | None:
    """List a campaign's creatives

     The creatives (banners, text links, e-mail and HTML assets, ...) of one campaign.

    Args:
        publisher_id (str):
        campaign_id (str):
        status (YesOrNo | Unset): The vendor's flag convention, `y` for yes and `n` for no.
            Example: y.
        tags (str | Unset):
        creative_type_id (list[str] | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreativeList | V1Error
    """

    return sync_detailed(
        publisher_id=publisher_id,
        campaign_id=campaign_id,
        client=client,
        status=status,
        tags=tags,
        creative_type_id=creative_type_id,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    publisher_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: YesOrNo | Unset = UNSET,
    tags: str | Unset = UNSET,
    creative_type_id: list[str] | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> Response[CreativeList | V1Error]:
    """List a campaign's creatives

     The creatives (banners, text links, e-mail and HTML assets, ...) of one campaign.

    Args:
        publisher_id (str):
        campaign_id (str):
        status (YesOrNo | Unset): The vendor's flag convention, `y` for yes and `n` for no.
            Example: y.
        tags (str | Unset):
        creative_type_id (list[str] | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreativeList | V1Error]
    """

    kwargs = _get_kwargs(
        publisher_id=publisher_id,
        campaign_id=campaign_id,
        status=status,
        tags=tags,
        creative_type_id=creative_type_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    publisher_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient | Client,
    status: YesOrNo | Unset = UNSET,
    tags: str | Unset = UNSET,
    creative_type_id: list[str] | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> CreativeList | V1Error | None:
    """List a campaign's creatives

     The creatives (banners, text links, e-mail and HTML assets, ...) of one campaign.

    Args:
        publisher_id (str):
        campaign_id (str):
        status (YesOrNo | Unset): The vendor's flag convention, `y` for yes and `n` for no.
            Example: y.
        tags (str | Unset):
        creative_type_id (list[str] | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreativeList | V1Error
    """

    return (
        await asyncio_detailed(
            publisher_id=publisher_id,
            campaign_id=campaign_id,
            client=client,
            status=status,
            tags=tags,
            creative_type_id=creative_type_id,
            offset=offset,
            limit=limit,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: CreativeList}
