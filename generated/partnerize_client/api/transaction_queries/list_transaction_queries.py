from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.transaction_query_list import TransactionQueryList
from ...models.v1_error import V1Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    publisher_id: str,
    *,
    transaction_query_id: str | Unset = UNSET,
    transaction_query_type: str | Unset = UNSET,
    publisher_reference: str | Unset = UNSET,
    conversion_reference: str | Unset = UNSET,
    conversion_date_time: str | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    current_state: str | Unset = UNSET,
    date_range_column: str | Unset = UNSET,
    date_range_start: str | Unset = UNSET,
    date_range_end: str | Unset = UNSET,
    text_date: str | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    tq_export: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["transaction_query_id"] = transaction_query_id

    params["transaction_query_type"] = transaction_query_type

    params["publisher_reference"] = publisher_reference

    params["conversion_reference"] = conversion_reference

    params["conversion_date_time"] = conversion_date_time

    params["campaign_id"] = campaign_id

    params["current_state"] = current_state

    params["date_range_column"] = date_range_column

    params["date_range_start"] = date_range_start

    params["date_range_end"] = date_range_end

    params["text_date"] = text_date

    params["sort_column"] = sort_column

    params["order_by"] = order_by

    params["tq_export"] = tq_export

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/publisher/{publisher_id}/tq".format(
            publisher_id=quote(str(publisher_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TransactionQueryList | V1Error | None:
    if response.status_code == 200:
        response_200 = TransactionQueryList.from_dict(response.json())

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
) -> Response[TransactionQueryList | V1Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    publisher_id: str,
    *,
    client: AuthenticatedClient | Client,
    transaction_query_id: str | Unset = UNSET,
    transaction_query_type: str | Unset = UNSET,
    publisher_reference: str | Unset = UNSET,
    conversion_reference: str | Unset = UNSET,
    conversion_date_time: str | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    current_state: str | Unset = UNSET,
    date_range_column: str | Unset = UNSET,
    date_range_start: str | Unset = UNSET,
    date_range_end: str | Unset = UNSET,
    text_date: str | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    tq_export: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> Response[TransactionQueryList | V1Error]:
    """List transaction queries

     The transaction queries the partner has raised, filtered and sorted as asked.

    Args:
        publisher_id (str):
        transaction_query_id (str | Unset):
        transaction_query_type (str | Unset):
        publisher_reference (str | Unset):
        conversion_reference (str | Unset):
        conversion_date_time (str | Unset):
        campaign_id (str | Unset):
        current_state (str | Unset):
        date_range_column (str | Unset):
        date_range_start (str | Unset):
        date_range_end (str | Unset):
        text_date (str | Unset):
        sort_column (str | Unset):
        order_by (str | Unset):
        tq_export (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransactionQueryList | V1Error]
    """

    kwargs = _get_kwargs(
        publisher_id=publisher_id,
        transaction_query_id=transaction_query_id,
        transaction_query_type=transaction_query_type,
        publisher_reference=publisher_reference,
        conversion_reference=conversion_reference,
        conversion_date_time=conversion_date_time,
        campaign_id=campaign_id,
        current_state=current_state,
        date_range_column=date_range_column,
        date_range_start=date_range_start,
        date_range_end=date_range_end,
        text_date=text_date,
        sort_column=sort_column,
        order_by=order_by,
        tq_export=tq_export,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    publisher_id: str,
    *,
    client: AuthenticatedClient | Client,
    transaction_query_id: str | Unset = UNSET,
    transaction_query_type: str | Unset = UNSET,
    publisher_reference: str | Unset = UNSET,
    conversion_reference: str | Unset = UNSET,
    conversion_date_time: str | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    current_state: str | Unset = UNSET,
    date_range_column: str | Unset = UNSET,
    date_range_start: str | Unset = UNSET,
    date_range_end: str | Unset = UNSET,
    text_date: str | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    tq_export: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> TransactionQueryList | V1Error | None:
    """List transaction queries

     The transaction queries the partner has raised, filtered and sorted as asked.

    Args:
        publisher_id (str):
        transaction_query_id (str | Unset):
        transaction_query_type (str | Unset):
        publisher_reference (str | Unset):
        conversion_reference (str | Unset):
        conversion_date_time (str | Unset):
        campaign_id (str | Unset):
        current_state (str | Unset):
        date_range_column (str | Unset):
        date_range_start (str | Unset):
        date_range_end (str | Unset):
        text_date (str | Unset):
        sort_column (str | Unset):
        order_by (str | Unset):
        tq_export (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransactionQueryList | V1Error
    """

    return sync_detailed(
        publisher_id=publisher_id,
        client=client,
        transaction_query_id=transaction_query_id,
        transaction_query_type=transaction_query_type,
        publisher_reference=publisher_reference,
        conversion_reference=conversion_reference,
        conversion_date_time=conversion_date_time,
        campaign_id=campaign_id,
        current_state=current_state,
        date_range_column=date_range_column,
        date_range_start=date_range_start,
        date_range_end=date_range_end,
        text_date=text_date,
        sort_column=sort_column,
        order_by=order_by,
        tq_export=tq_export,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    publisher_id: str,
    *,
    client: AuthenticatedClient | Client,
    transaction_query_id: str | Unset = UNSET,
    transaction_query_type: str | Unset = UNSET,
    publisher_reference: str | Unset = UNSET,
    conversion_reference: str | Unset = UNSET,
    conversion_date_time: str | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    current_state: str | Unset = UNSET,
    date_range_column: str | Unset = UNSET,
    date_range_start: str | Unset = UNSET,
    date_range_end: str | Unset = UNSET,
    text_date: str | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    tq_export: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> Response[TransactionQueryList | V1Error]:
    """List transaction queries

     The transaction queries the partner has raised, filtered and sorted as asked.

    Args:
        publisher_id (str):
        transaction_query_id (str | Unset):
        transaction_query_type (str | Unset):
        publisher_reference (str | Unset):
        conversion_reference (str | Unset):
        conversion_date_time (str | Unset):
        campaign_id (str | Unset):
        current_state (str | Unset):
        date_range_column (str | Unset):
        date_range_start (str | Unset):
        date_range_end (str | Unset):
        text_date (str | Unset):
        sort_column (str | Unset):
        order_by (str | Unset):
        tq_export (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TransactionQueryList | V1Error]
    """

    kwargs = _get_kwargs(
        publisher_id=publisher_id,
        transaction_query_id=transaction_query_id,
        transaction_query_type=transaction_query_type,
        publisher_reference=publisher_reference,
        conversion_reference=conversion_reference,
        conversion_date_time=conversion_date_time,
        campaign_id=campaign_id,
        current_state=current_state,
        date_range_column=date_range_column,
        date_range_start=date_range_start,
        date_range_end=date_range_end,
        text_date=text_date,
        sort_column=sort_column,
        order_by=order_by,
        tq_export=tq_export,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    publisher_id: str,
    *,
    client: AuthenticatedClient | Client,
    transaction_query_id: str | Unset = UNSET,
    transaction_query_type: str | Unset = UNSET,
    publisher_reference: str | Unset = UNSET,
    conversion_reference: str | Unset = UNSET,
    conversion_date_time: str | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    current_state: str | Unset = UNSET,
    date_range_column: str | Unset = UNSET,
    date_range_start: str | Unset = UNSET,
    date_range_end: str | Unset = UNSET,
    text_date: str | Unset = UNSET,
    sort_column: str | Unset = UNSET,
    order_by: str | Unset = UNSET,
    tq_export: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> TransactionQueryList | V1Error | None:
    """List transaction queries

     The transaction queries the partner has raised, filtered and sorted as asked.

    Args:
        publisher_id (str):
        transaction_query_id (str | Unset):
        transaction_query_type (str | Unset):
        publisher_reference (str | Unset):
        conversion_reference (str | Unset):
        conversion_date_time (str | Unset):
        campaign_id (str | Unset):
        current_state (str | Unset):
        date_range_column (str | Unset):
        date_range_start (str | Unset):
        date_range_end (str | Unset):
        text_date (str | Unset):
        sort_column (str | Unset):
        order_by (str | Unset):
        tq_export (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TransactionQueryList | V1Error
    """

    return (
        await asyncio_detailed(
            publisher_id=publisher_id,
            client=client,
            transaction_query_id=transaction_query_id,
            transaction_query_type=transaction_query_type,
            publisher_reference=publisher_reference,
            conversion_reference=conversion_reference,
            conversion_date_time=conversion_date_time,
            campaign_id=campaign_id,
            current_state=current_state,
            date_range_column=date_range_column,
            date_range_start=date_range_start,
            date_range_end=date_range_end,
            text_date=text_date,
            sort_column=sort_column,
            order_by=order_by,
            tq_export=tq_export,
            offset=offset,
            limit=limit,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: TransactionQueryList}
