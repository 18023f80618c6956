from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_group_create import CampaignGroupCreate
from ...models.campaign_group_create_form import CampaignGroupCreateForm
from ...models.campaign_group_data_envelope import CampaignGroupDataEnvelope
from ...models.campaign_group_results_envelope import CampaignGroupResultsEnvelope
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CampaignGroupCreate | CampaignGroupCreateForm | Unset = UNSET,
    x_spaaza_api_version: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_spaaza_api_version, Unset):
        headers["X-Spaaza-API-version"] = x_spaaza_api_version

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/internal/alter-campaign-group",
    }

    if isinstance(body, CampaignGroupCreate):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, CampaignGroupCreateForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope | ErrorResponse | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_campaign_group_response_type_0 = (
                    CampaignGroupDataEnvelope.from_dict(data)
                )

                return componentsschemas_campaign_group_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_campaign_group_response_type_1 = (
                CampaignGroupResultsEnvelope.from_dict(data)
            )

            return componentsschemas_campaign_group_response_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignGroupCreate | CampaignGroupCreateForm | Unset = UNSET,
    x_spaaza_api_version: str | Unset = UNSET,
) -> Response[CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope | ErrorResponse]:
    """Create a campaign group

     Adds a campaign group to a chain. `chain_id` and `name` are required; `id` must be left out (the new
    group's id is returned). The active dates are optional. Needs admin authentication with write access
    to the chain.

    Args:
        x_spaaza_api_version (str | Unset):
        body (CampaignGroupCreate): The fields of a new campaign group, sent as JSON. `id` must
            not be sent. Example: {'chain_id': 123, 'name': 'Summer Campaign Group',
            'active_date_from': '2025-06-01 00:00:00', 'active_date_until': '2025-08-31 23:59:59'}.
        body (CampaignGroupCreateForm): The fields of `CampaignGroupCreate`, sent as an HTML form.
            It is a schema of its own so that a generated client can tell which encoding the caller
            chose.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_spaaza_api_version=x_spaaza_api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignGroupCreate | CampaignGroupCreateForm | Unset = UNSET,
    x_spaaza_api_version: str | Unset = UNSET,
) -> CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope | ErrorResponse | None:
    """Create a campaign group

     Adds a campaign group to a chain. `chain_id` and `name` are required; `id` must be left out (the new
    group's id is returned). The active dates are optional. Needs admin authentication with write access
    to the chain.

    Args:
        x_spaaza_api_version (str | Unset):
        body (CampaignGroupCreate): The fields of a new campaign group, sent as JSON. `id` must
            not be sent. Example: {'chain_id': 123, 'name': 'Summer Campaign Group',
            'active_date_from': '2025-06-01 00:00:00', 'active_date_until': '2025-08-31 23:59:59'}.
        body (CampaignGroupCreateForm): The fields of `CampaignGroupCreate`, sent as an HTML form.
            It is a schema of its own so that a generated client can tell which encoding the caller
            chose.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_spaaza_api_version=x_spaaza_api_version,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignGroupCreate | CampaignGroupCreateForm | Unset = UNSET,
    x_spaaza_api_version: str | Unset = UNSET,
) -> Response[CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope | ErrorResponse]:
    """Create a campaign group

     Adds a campaign group to a chain. `chain_id` and `name` are required; `id` must be left out (the new
    group's id is returned). The active dates are optional. Needs admin authentication with write access
    to the chain.

    Args:
        x_spaaza_api_version (str | Unset):
        body (CampaignGroupCreate): The fields of a new campaign group, sent as JSON. `id` must
            not be sent. Example: {'chain_id': 123, 'name': 'Summer Campaign Group',
            'active_date_from': '2025-06-01 00:00:00', 'active_date_until': '2025-08-31 23:59:59'}.
        body (CampaignGroupCreateForm): The fields of `CampaignGroupCreate`, sent as an HTML form.
            It is a schema of its own so that a generated client can tell which encoding the caller
            chose.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_spaaza_api_version=x_spaaza_api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignGroupCreate | CampaignGroupCreateForm | Unset = UNSET,
    x_spaaza_api_version: str | Unset = UNSET,
) -> CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope | ErrorResponse | None:
    """Create a campaign group

     Adds a campaign group to a chain. `chain_id` and `name` are required; `id` must be left out (the new
    group's id is returned). The active dates are optional. Needs admin authentication with write access
    to the chain.

    Args:
        x_spaaza_api_version (str | Unset):
        body (CampaignGroupCreate): The fields of a new campaign group, sent as JSON. `id` must
            not be sent. Example: {'chain_id': 123, 'name': 'Summer Campaign Group',
            'active_date_from': '2025-06-01 00:00:00', 'active_date_until': '2025-08-31 23:59:59'}.
        body (CampaignGroupCreateForm): The fields of `CampaignGroupCreate`, sent as an HTML form.
            It is a schema of its own so that a generated client can tell which encoding the caller
            chose.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignGroupDataEnvelope | CampaignGroupResultsEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_spaaza_api_version=x_spaaza_api_version,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {}
