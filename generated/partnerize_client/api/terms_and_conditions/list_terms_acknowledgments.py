from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.terms_acknowledgment_list import TermsAcknowledgmentList
from ...models.v3_error import V3Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    partner_id: str | Unset = UNSET,
    campaign_terms_and_conditions_id: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["partner_id"] = partner_id

    params["campaign_terms_and_conditions_id"] = campaign_terms_and_conditions_id

    params["created_at"] = created_at

    params["created_by"] = created_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/partner/campaign-terms-and-conditions-acknowledgments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TermsAcknowledgmentList | V3Error | None:
    if response.status_code == 200:
        response_200 = TermsAcknowledgmentList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = V3Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = V3Error.from_dict(response.json())

        return response_401

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
) -> Response[TermsAcknowledgmentList | V3Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    partner_id: str | Unset = UNSET,
    campaign_terms_and_conditions_id: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
) -> Response[TermsAcknowledgmentList | V3Error]:
    """List terms acknowledgements

     Acknowledgements of campaign terms and conditions by the partners the user manages.

    Args:
        partner_id (str | Unset):
        campaign_terms_and_conditions_id (str | Unset):
        created_at (str | Unset):
        created_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TermsAcknowledgmentList | V3Error]
    """

    kwargs = _get_kwargs(
        partner_id=partner_id,
        campaign_terms_and_conditions_id=campaign_terms_and_conditions_id,
        created_at=created_at,
        created_by=created_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    partner_id: str | Unset = UNSET,
    campaign_terms_and_conditions_id: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
) -> TermsAcknowledgmentList | V3Error | None:
    """List terms acknowledgements

     Acknowledgements of campaign terms and conditions by the partners the user manages.

    Args:
        partner_id (str | Unset):
        campaign_terms_and_conditions_id (str | Unset):
        created_at (str | Unset):
        created_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TermsAcknowledgmentList | V3Error
    """

    return sync_detailed(
        client=client,
        partner_id=partner_id,
        campaign_terms_and_conditions_id=campaign_terms_and_conditions_id,
        created_at=created_at,
        created_by=created_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    partner_id: str | Unset = UNSET,
    campaign_terms_and_conditions_id: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
) -> Response[TermsAcknowledgmentList | V3Error]:
    """List terms acknowledgements

     Acknowledgements of campaign terms and conditions by the partners the user manages.

    Args:
        partner_id (str | Unset):
        campaign_terms_and_conditions_id (str | Unset):
        created_at (str | Unset):
        created_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TermsAcknowledgmentList | V3Error]
    """

    kwargs = _get_kwargs(
        partner_id=partner_id,
        campaign_terms_and_conditions_id=campaign_terms_and_conditions_id,
        created_at=created_at,
        created_by=created_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    partner_id: str | Unset = UNSET,
    campaign_terms_and_conditions_id: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    created_by: str | Unset = UNSET,
) -> TermsAcknowledgmentList | V3Error | None:
    """List terms acknowledgements

     Acknowledgements of campaign terms and conditions by the partners the user manages.

    Args:
        partner_id (str | Unset):
        campaign_terms_and_conditions_id (str | Unset):
        created_at (str | Unset):
        created_by (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TermsAcknowledgmentList | V3Error
    """

    return (
        await asyncio_detailed(
            client=client,
            partner_id=partner_id,
            campaign_terms_and_conditions_id=campaign_terms_and_conditions_id,
            created_at=created_at,
            created_by=created_by,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: TermsAcknowledgmentList}
