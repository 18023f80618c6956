from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_terms_list import CampaignTermsList
from ...models.locale import Locale
from ...models.v3_error import V3Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    campaign_id: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    locale: Locale | Unset = UNSET,
    content: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["campaign_id"] = campaign_id

    params["created_at"] = created_at

    json_locale: str | Unset = UNSET
    if not isinstance(locale, Unset):
        json_locale = locale.value

    params["locale"] = json_locale

    params["content"] = content

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/partner/campaign-terms-and-conditions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignTermsList | V3Error | None:
    if response.status_code == 200:
        response_200 = CampaignTermsList.from_dict(response.json())

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
) -> Response[CampaignTermsList | V3Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    locale: Locale | Unset = UNSET,
    content: str | Unset = UNSET,
) -> Response[CampaignTermsList | V3Error]:
    """List campaign terms and conditions

     Terms and conditions of the campaigns the user manages, in the user's locale; when a campaign has no
    terms in that locale, its `en` or `en_us` terms are given instead.

    Args:
        campaign_id (str | Unset):
        created_at (str | Unset):
        locale (Locale | Unset): Language or language-and-region code used for contact and content
            localisation. Example: en.
        content (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignTermsList | V3Error]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        created_at=created_at,
        locale=locale,
        content=content,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    locale: Locale | Unset = UNSET,
    content: str | Unset = UNSET,
) -> CampaignTermsList | V3Error | None:
    """List campaign terms and conditions

     Terms and conditions of the campaigns the user manages, in the user's locale; when a campaign has no
    terms in that locale, its `en` or `en_us` terms are given instead.

    Args:
        campaign_id (str | Unset):
        created_at (str | Unset):
        locale (Locale | Unset): Language or language-and-region code used for contact and content
            localisation. Example: en.
        content (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignTermsList | V3Error
    """

    return sync_detailed(
        client=client,
        campaign_id=campaign_id,
        created_at=created_at,
        locale=locale,
        content=content,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    locale: Locale | Unset = UNSET,
    content: str | Unset = UNSET,
) -> Response[CampaignTermsList | V3Error]:
    """List campaign terms and conditions

     Terms and conditions of the campaigns the user manages, in the user's locale; when a campaign has no
    terms in that locale, its `en` or `en_us` terms are given instead.

    Args:
        campaign_id (str | Unset):
        created_at (str | Unset):
        locale (Locale | Unset): Language or language-and-region code used for contact and content
            localisation. Example: en.
        content (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignTermsList | V3Error]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        created_at=created_at,
        locale=locale,
        content=content,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    campaign_id: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    locale: Locale | Unset = UNSET,
    content: str | Unset = UNSET,
) -> CampaignTermsList | V3Error | None:
    """List campaign terms and conditions

     Terms and conditions of the campaigns the user manages, in the user's locale; when a campaign has no
    terms in that locale, its `en` or `en_us` terms are given instead.

    Args:
        campaign_id (str | Unset):
        created_at (str | Unset):
        locale (Locale | Unset): Language or language-and-region code used for contact and content
            localisation. Example: en.
        content (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignTermsList | V3Error
    """

    return (
        await asyncio_detailed(
            client=client,
            campaign_id=campaign_id,
            created_at=created_at,
            locale=locale,
            content=content,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: CampaignTermsList}
