from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.empty_object import EmptyObject
from ...models.error_body import ErrorBody
from ...models.relationship_write import RelationshipWrite
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    advertiser_id_from_network: str,
    affiliate_id_from_network: str,
    *,
    body: RelationshipWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/advertisers/{advertiser_id_from_network}/affiliates/{affiliate_id_from_network}.json".format(
            advertiser_id_from_network=quote(str(advertiser_id_from_network), safe=""),
            affiliate_id_from_network=quote(str(affiliate_id_from_network), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmptyObject | ErrorBody | ValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = EmptyObject.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ValidationErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmptyObject | ErrorBody | ValidationErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    advertiser_id_from_network: str,
    affiliate_id_from_network: str,
    *,
    client: AuthenticatedClient | Client,
    body: RelationshipWrite,
) -> Response[EmptyObject | ErrorBody | ValidationErrorBody]:
    """Update (or create) a relationship

     Sets the status of the relationship between the advertiser and the affiliate. Like `POST`
    it is a create-or-update: an unknown relationship is created. Answers `200` with an empty
    object.

    Setting `Approved` makes Invoca approve all of the affiliate's current and future campaign
    applications to this advertiser. Setting any other status makes it decline them, current
    and future, and suspend the affiliate's active campaigns with the advertiser.

    Args:
        advertiser_id_from_network (str):
        affiliate_id_from_network (str):
        body (RelationshipWrite): The body of a create or update. Only the status is written; the
            affiliate is named by the URL. Example: {'status': 'Approved'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyObject | ErrorBody | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        advertiser_id_from_network=advertiser_id_from_network,
        affiliate_id_from_network=affiliate_id_from_network,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    advertiser_id_from_network: str,
    affiliate_id_from_network: str,
    *,
    client: AuthenticatedClient | Client,
    body: RelationshipWrite,
) -> EmptyObject | ErrorBody | ValidationErrorBody | None:
    """Update (or create) a relationship

     Sets the status of the relationship between the advertiser and the affiliate. Like `POST`
    it is a create-or-update: an unknown relationship is created. Answers `200` with an empty
    object.

    Setting `Approved` makes Invoca approve all of the affiliate's current and future campaign
    applications to this advertiser. Setting any other status makes it decline them, current
    and future, and suspend the affiliate's active campaigns with the advertiser.

    Args:
        advertiser_id_from_network (str):
        affiliate_id_from_network (str):
        body (RelationshipWrite): The body of a create or update. Only the status is written; the
            affiliate is named by the URL. Example: {'status': 'Approved'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyObject | ErrorBody | ValidationErrorBody
    """

    return sync_detailed(
        advertiser_id_from_network=advertiser_id_from_network,
        affiliate_id_from_network=affiliate_id_from_network,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    advertiser_id_from_network: str,
    affiliate_id_from_network: str,
    *,
    client: AuthenticatedClient | Client,
    body: RelationshipWrite,
) -> Response[EmptyObject | ErrorBody | ValidationErrorBody]:
    """Update (or create) a relationship

     Sets the status of the relationship between the advertiser and the affiliate. Like `POST`
    it is a create-or-update: an unknown relationship is created. Answers `200` with an empty
    object.

    Setting `Approved` makes Invoca approve all of the affiliate's current and future campaign
    applications to this advertiser. Setting any other status makes it decline them, current
    and future, and suspend the affiliate's active campaigns with the advertiser.

    Args:
        advertiser_id_from_network (str):
        affiliate_id_from_network (str):
        body (RelationshipWrite): The body of a create or update. Only the status is written; the
            affiliate is named by the URL. Example: {'status': 'Approved'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmptyObject | ErrorBody | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        advertiser_id_from_network=advertiser_id_from_network,
        affiliate_id_from_network=affiliate_id_from_network,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    advertiser_id_from_network: str,
    affiliate_id_from_network: str,
    *,
    client: AuthenticatedClient | Client,
    body: RelationshipWrite,
) -> EmptyObject | ErrorBody | ValidationErrorBody | None:
    """Update (or create) a relationship

     Sets the status of the relationship between the advertiser and the affiliate. Like `POST`
    it is a create-or-update: an unknown relationship is created. Answers `200` with an empty
    object.

    Setting `Approved` makes Invoca approve all of the affiliate's current and future campaign
    applications to this advertiser. Setting any other status makes it decline them, current
    and future, and suspend the affiliate's active campaigns with the advertiser.

    Args:
        advertiser_id_from_network (str):
        affiliate_id_from_network (str):
        body (RelationshipWrite): The body of a create or update. Only the status is written; the
            affiliate is named by the URL. Example: {'status': 'Approved'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmptyObject | ErrorBody | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            advertiser_id_from_network=advertiser_id_from_network,
            affiliate_id_from_network=affiliate_id_from_network,
            client=client,
            body=body,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: EmptyObject}
