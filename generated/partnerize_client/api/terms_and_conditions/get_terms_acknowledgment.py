from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.terms_acknowledgment_envelope import TermsAcknowledgmentEnvelope
from ...models.v3_error import V3Error
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/partner/campaign-terms-and-conditions-acknowledgments/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TermsAcknowledgmentEnvelope | V3Error | None:
    if response.status_code == 200:
        response_200 = TermsAcknowledgmentEnvelope.from_dict(response.json())

        return response_200

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
) -> Response[TermsAcknowledgmentEnvelope | V3Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TermsAcknowledgmentEnvelope | V3Error]:
    """Get a terms acknowledgement

     One acknowledgement by id.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TermsAcknowledgmentEnvelope | V3Error]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> TermsAcknowledgmentEnvelope | V3Error | None:
    """Get a terms acknowledgement

     One acknowledgement by id.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TermsAcknowledgmentEnvelope | V3Error
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TermsAcknowledgmentEnvelope | V3Error]:
    """Get a terms acknowledgement

     One acknowledgement by id.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TermsAcknowledgmentEnvelope | V3Error]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> TermsAcknowledgmentEnvelope | V3Error | None:
    """Get a terms acknowledgement

     One acknowledgement by id.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TermsAcknowledgmentEnvelope | V3Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: TermsAcknowledgmentEnvelope}
