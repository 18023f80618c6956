from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.validation_error_body import ValidationErrorBody
from ...types import Response


def _get_kwargs(
    advertiser_id_from_network: str,
    affiliate_id_from_network: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/advertisers/{advertiser_id_from_network}/affiliates/{affiliate_id_from_network}.json".format(
            advertiser_id_from_network=quote(str(advertiser_id_from_network), safe=""),
            affiliate_id_from_network=quote(str(affiliate_id_from_network), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorBody | ValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | ErrorBody | ValidationErrorBody]:
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
) -> Response[Any | ErrorBody | ValidationErrorBody]:
    """Delete a relationship

     Removes the relationship between the advertiser and the affiliate. The documentation shows a `200`
    and no response body.

    Args:
        advertiser_id_from_network (str):
        affiliate_id_from_network (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        advertiser_id_from_network=advertiser_id_from_network,
        affiliate_id_from_network=affiliate_id_from_network,
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
) -> Any | ErrorBody | ValidationErrorBody | None:
    """Delete a relationship

     Removes the relationship between the advertiser and the affiliate. The documentation shows a `200`
    and no response body.

    Args:
        advertiser_id_from_network (str):
        affiliate_id_from_network (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | ValidationErrorBody
    """

    return sync_detailed(
        advertiser_id_from_network=advertiser_id_from_network,
        affiliate_id_from_network=affiliate_id_from_network,
        client=client,
    ).parsed


async def asyncio_detailed(
    advertiser_id_from_network: str,
    affiliate_id_from_network: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorBody | ValidationErrorBody]:
    """Delete a relationship

     Removes the relationship between the advertiser and the affiliate. The documentation shows a `200`
    and no response body.

    Args:
        advertiser_id_from_network (str):
        affiliate_id_from_network (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorBody | ValidationErrorBody]
    """

    kwargs = _get_kwargs(
        advertiser_id_from_network=advertiser_id_from_network,
        affiliate_id_from_network=affiliate_id_from_network,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    advertiser_id_from_network: str,
    affiliate_id_from_network: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorBody | ValidationErrorBody | None:
    """Delete a relationship

     Removes the relationship between the advertiser and the affiliate. The documentation shows a `200`
    and no response body.

    Args:
        advertiser_id_from_network (str):
        affiliate_id_from_network (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorBody | ValidationErrorBody
    """

    return (
        await asyncio_detailed(
            advertiser_id_from_network=advertiser_id_from_network,
            affiliate_id_from_network=affiliate_id_from_network,
            client=client,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {}
