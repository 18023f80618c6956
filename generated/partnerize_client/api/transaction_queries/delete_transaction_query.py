from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transaction_query_deleted import TransactionQueryDeleted
from ...models.v1_error import V1Error
from ...types import Response


def _get_kwargs(
    publisher_id: str,
    transaction_query_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/publisher/{publisher_id}/tq/{transaction_query_id}/delete".format(
            publisher_id=quote(str(publisher_id), safe=""),
            transaction_query_id=quote(str(transaction_query_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TransactionQueryDeleted | V1Error | None:
    if response.status_code == 200:
        response_200 = TransactionQueryDeleted.from_dict(response.json())

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
) -> Response[TransactionQueryDeleted | V1Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    publisher_id: str,
    transaction_query_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TransactionQueryDeleted | V1Error]:
    """Delete a transaction query

     Withdraws a transaction query. The vendor uses POST on a `/delete` path for this. A query that has
    already been approved or rejected cannot be deleted.

    Args:
        publisher_id (str):
        transaction_query_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransactionQueryDeleted | V1Error]
    """

    kwargs = _get_kwargs(
        publisher_id=publisher_id,
        transaction_query_id=transaction_query_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    publisher_id: str,
    transaction_query_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> TransactionQueryDeleted | V1Error | None:
    """Delete a transaction query

     Withdraws a transaction query. The vendor uses POST on a `/delete` path for this. A query that has
    already been approved or rejected cannot be deleted.

    Args:
        publisher_id (str):
        transaction_query_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransactionQueryDeleted | V1Error
    """

    return sync_detailed(
        publisher_id=publisher_id,
        transaction_query_id=transaction_query_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    publisher_id: str,
    transaction_query_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TransactionQueryDeleted | V1Error]:
    """Delete a transaction query

     Withdraws a transaction query. The vendor uses POST on a `/delete` path for this. A query that has
    already been approved or rejected cannot be deleted.

    Args:
        publisher_id (str):
        transaction_query_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransactionQueryDeleted | V1Error]
    """

    kwargs = _get_kwargs(
        publisher_id=publisher_id,
        transaction_query_id=transaction_query_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    publisher_id: str,
    transaction_query_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> TransactionQueryDeleted | V1Error | None:
    """Delete a transaction query

     Withdraws a transaction query. The vendor uses POST on a `/delete` path for this. A query that has
    already been approved or rejected cannot be deleted.

    Args:
        publisher_id (str):
        transaction_query_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransactionQueryDeleted | V1Error
    """

    return (
        await asyncio_detailed(
            publisher_id=publisher_id,
            transaction_query_id=transaction_query_id,
            client=client,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: TransactionQueryDeleted}
