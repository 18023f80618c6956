from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.terms_acknowledgment_create import TermsAcknowledgmentCreate
from ...models.terms_acknowledgment_envelope import TermsAcknowledgmentEnvelope
from ...models.v3_error import V3Error
from ...types import Response


def _get_kwargs(
    *,
    body: TermsAcknowledgmentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/partner/campaign-terms-and-conditions-acknowledgments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TermsAcknowledgmentEnvelope | V3Error | None:
    if response.status_code == 201:
        response_201 = TermsAcknowledgmentEnvelope.from_dict(response.json())

        return response_201

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
) -> Response[TermsAcknowledgmentEnvelope | V3Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TermsAcknowledgmentCreate,
) -> Response[TermsAcknowledgmentEnvelope | V3Error]:
    """Acknowledge campaign terms and conditions

     Records that the partner has acknowledged a set of campaign terms and conditions.

    Args:
        body (TermsAcknowledgmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TermsAcknowledgmentEnvelope | V3Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TermsAcknowledgmentCreate,
) -> TermsAcknowledgmentEnvelope | V3Error | None:
    """Acknowledge campaign terms and conditions

     Records that the partner has acknowledged a set of campaign terms and conditions.

    Args:
        body (TermsAcknowledgmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TermsAcknowledgmentEnvelope | V3Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TermsAcknowledgmentCreate,
) -> Response[TermsAcknowledgmentEnvelope | V3Error]:
    """Acknowledge campaign terms and conditions

     Records that the partner has acknowledged a set of campaign terms and conditions.

    Args:
        body (TermsAcknowledgmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TermsAcknowledgmentEnvelope | V3Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TermsAcknowledgmentCreate,
) -> TermsAcknowledgmentEnvelope | V3Error | None:
    """Acknowledge campaign terms and conditions

     Records that the partner has acknowledged a set of campaign terms and conditions.

    Args:
        body (TermsAcknowledgmentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TermsAcknowledgmentEnvelope | V3Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {201: TermsAcknowledgmentEnvelope}
