from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.partnerize_tag_envelope import PartnerizeTagEnvelope
from ...models.partnerize_tag_update import PartnerizeTagUpdate
from ...models.v3_error import V3Error
from ...types import Response


def _get_kwargs(
    partnerize_tag_id: str,
    *,
    body: PartnerizeTagUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v3/partner/partnerize-tags/{partnerize_tag_id}".format(
            partnerize_tag_id=quote(str(partnerize_tag_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PartnerizeTagEnvelope | V3Error | None:
    if response.status_code == 200:
        response_200 = PartnerizeTagEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = V3Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = V3Error.from_dict(response.json())

        return response_401

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
) -> Response[PartnerizeTagEnvelope | V3Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    partnerize_tag_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PartnerizeTagUpdate,
) -> Response[PartnerizeTagEnvelope | V3Error]:
    """Update a Partnerize Tag

     Renames a tag and/or switches it on or off. Fields left out keep their value.

    Args:
        partnerize_tag_id (str):
        body (PartnerizeTagUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerizeTagEnvelope | V3Error]
    """

    kwargs = _get_kwargs(
        partnerize_tag_id=partnerize_tag_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    partnerize_tag_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PartnerizeTagUpdate,
) -> PartnerizeTagEnvelope | V3Error | None:
    """Update a Partnerize Tag

     Renames a tag and/or switches it on or off. Fields left out keep their value.

    Args:
        partnerize_tag_id (str):
        body (PartnerizeTagUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerizeTagEnvelope | V3Error
    """

    return sync_detailed(
        partnerize_tag_id=partnerize_tag_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    partnerize_tag_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PartnerizeTagUpdate,
) -> Response[PartnerizeTagEnvelope | V3Error]:
    """Update a Partnerize Tag

     Renames a tag and/or switches it on or off. Fields left out keep their value.

    Args:
        partnerize_tag_id (str):
        body (PartnerizeTagUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PartnerizeTagEnvelope | V3Error]
    """

    kwargs = _get_kwargs(
        partnerize_tag_id=partnerize_tag_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    partnerize_tag_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PartnerizeTagUpdate,
) -> PartnerizeTagEnvelope | V3Error | None:
    """Update a Partnerize Tag

     Renames a tag and/or switches it on or off. Fields left out keep their value.

    Args:
        partnerize_tag_id (str):
        body (PartnerizeTagUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PartnerizeTagEnvelope | V3Error
    """

    return (
        await asyncio_detailed(
            partnerize_tag_id=partnerize_tag_id,
            client=client,
            body=body,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: PartnerizeTagEnvelope}
