from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.v1_error import V1Error
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    publisher_id: str,
    start_date: str,
    end_date: str,
    date_type: str | Unset = UNSET,
    currency: list[str] | Unset = UNSET,
    conversion_id: str | Unset = UNSET,
    conversion_reference: str | Unset = UNSET,
    ref_conversion_metric_id: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    complete_email: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    export_reference: str | Unset = UNSET,
    encoding: str | Unset = UNSET,
    delimiter: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["publisher_id"] = publisher_id

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["date_type"] = date_type

    json_currency: list[str] | Unset = UNSET
    if not isinstance(currency, Unset):
        json_currency = currency

    params["currency[]"] = json_currency

    params["conversion_id"] = conversion_id

    params["conversion_reference"] = conversion_reference

    params["ref_conversion_metric_id"] = ref_conversion_metric_id

    params["timezone"] = timezone

    params["complete_email"] = complete_email

    params["limit"] = limit

    params["export_reference"] = export_reference

    params["encoding"] = encoding

    params["delimiter"] = delimiter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reporting/export/export/conversion.csv",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | V1Error | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[File | V1Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    publisher_id: str,
    start_date: str,
    end_date: str,
    date_type: str | Unset = UNSET,
    currency: list[str] | Unset = UNSET,
    conversion_id: str | Unset = UNSET,
    conversion_reference: str | Unset = UNSET,
    ref_conversion_metric_id: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    complete_email: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    export_reference: str | Unset = UNSET,
    encoding: str | Unset = UNSET,
    delimiter: str | Unset = UNSET,
) -> Response[File | V1Error]:
    """Export conversions as CSV

     Granular conversion export at basket level, one row per conversion. Columns: conversion_id,
    campaign_id, publisher_id, conversion_date, conversion_date_time, click_time, click_date,
    click_date_time, currency, advertiser_reference, conversion_reference, referer_ip, source_referer,
    campaign_title, publisher_name, conversion_status, conversion_lag, value, commission,
    publisher_commission, creative_type, creative_id, specific_creative_id, customer_type, was_disputed,
    cookie_id, country, currency_original, currency_conversion_rate, customer_reference, camref.

    Args:
        publisher_id (str):
        start_date (str):
        end_date (str):
        date_type (str | Unset):
        currency (list[str] | Unset):
        conversion_id (str | Unset):
        conversion_reference (str | Unset):
        ref_conversion_metric_id (str | Unset):
        timezone (str | Unset):
        complete_email (str | Unset):
        limit (int | Unset):
        export_reference (str | Unset):
        encoding (str | Unset):
        delimiter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | V1Error]
    """

    kwargs = _get_kwargs(
        publisher_id=publisher_id,
        start_date=start_date,
        end_date=end_date,
        date_type=date_type,
        currency=currency,
        conversion_id=conversion_id,
        conversion_reference=conversion_reference,
        ref_conversion_metric_id=ref_conversion_metric_id,
        timezone=timezone,
        complete_email=complete_email,
        limit=limit,
        export_reference=export_reference,
        encoding=encoding,
        delimiter=delimiter,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    publisher_id: str,
    start_date: str,
    end_date: str,
    date_type: str | Unset = UNSET,
    currency: list[str] | Unset = UNSET,
    conversion_id: str | Unset = UNSET,
    conversion_reference: str | Unset = UNSET,
    ref_conversion_metric_id: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    complete_email: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    export_reference: str | Unset = UNSET,
    encoding: str | Unset = UNSET,
    delimiter: str | Unset = UNSET,
) -> File | V1Error | None:
    """Export conversions as CSV

     Granular conversion export at basket level, one row per conversion. Columns: conversion_id,
    campaign_id, publisher_id, conversion_date, conversion_date_time, click_time, click_date,
    click_date_time, currency, advertiser_reference, conversion_reference, referer_ip, source_referer,
    campaign_title, publisher_name, conversion_status, conversion_lag, value, commission,
    publisher_commission, creative_type, creative_id, specific_creative_id, customer_type, was_disputed,
    cookie_id, country, currency_original, currency_conversion_rate, customer_reference, camref.

    Args:
        publisher_id (str):
        start_date (str):
        end_date (str):
        date_type (str | Unset):
        currency (list[str] | Unset):
        conversion_id (str | Unset):
        conversion_reference (str | Unset):
        ref_conversion_metric_id (str | Unset):
        timezone (str | Unset):
        complete_email (str | Unset):
        limit (int | Unset):
        export_reference (str | Unset):
        encoding (str | Unset):
        delimiter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | V1Error
    """

    return sync_detailed(
        client=client,
        publisher_id=publisher_id,
        start_date=start_date,
        end_date=end_date,
        date_type=date_type,
        currency=currency,
        conversion_id=conversion_id,
        conversion_reference=conversion_reference,
        ref_conversion_metric_id=ref_conversion_metric_id,
        timezone=timezone,
        complete_email=complete_email,
        limit=limit,
        export_reference=export_reference,
        encoding=encoding,
        delimiter=delimiter,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    publisher_id: str,
    start_date: str,
    end_date: str,
    date_type: str | Unset = UNSET,
    currency: list[str] | Unset = UNSET,
    conversion_id: str | Unset = UNSET,
    conversion_reference: str | Unset = UNSET,
    ref_conversion_metric_id: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    complete_email: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    export_reference: str | Unset = UNSET,
    encoding: str | Unset = UNSET,
    delimiter: str | Unset = UNSET,
) -> Response[File | V1Error]:
    """Export conversions as CSV

     Granular conversion export at basket level, one row per conversion. Columns: conversion_id,
    campaign_id, publisher_id, conversion_date, conversion_date_time, click_time, click_date,
    click_date_time, currency, advertiser_reference, conversion_reference, referer_ip, source_referer,
    campaign_title, publisher_name, conversion_status, conversion_lag, value, commission,
    publisher_commission, creative_type, creative_id, specific_creative_id, customer_type, was_disputed,
    cookie_id, country, currency_original, currency_conversion_rate, customer_reference, camref.

    Args:
        publisher_id (str):
        start_date (str):
        end_date (str):
        date_type (str | Unset):
        currency (list[str] | Unset):
        conversion_id (str | Unset):
        conversion_reference (str | Unset):
        ref_conversion_metric_id (str | Unset):
        timezone (str | Unset):
        complete_email (str | Unset):
        limit (int | Unset):
        export_reference (str | Unset):
        encoding (str | Unset):
        delimiter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | V1Error]
    """

    kwargs = _get_kwargs(
        publisher_id=publisher_id,
        start_date=start_date,
        end_date=end_date,
        date_type=date_type,
        currency=currency,
        conversion_id=conversion_id,
        conversion_reference=conversion_reference,
        ref_conversion_metric_id=ref_conversion_metric_id,
        timezone=timezone,
        complete_email=complete_email,
        limit=limit,
        export_reference=export_reference,
        encoding=encoding,
        delimiter=delimiter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    publisher_id: str,
    start_date: str,
    end_date: str,
    date_type: str | Unset = UNSET,
    currency: list[str] | Unset = UNSET,
    conversion_id: str | Unset = UNSET,
    conversion_reference: str | Unset = UNSET,
    ref_conversion_metric_id: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    complete_email: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    export_reference: str | Unset = UNSET,
    encoding: str | Unset = UNSET,
    delimiter: str | Unset = UNSET,
) -> File | V1Error | None:
    """Export conversions as CSV

     Granular conversion export at basket level, one row per conversion. Columns: conversion_id,
    campaign_id, publisher_id, conversion_date, conversion_date_time, click_time, click_date,
    click_date_time, currency, advertiser_reference, conversion_reference, referer_ip, source_referer,
    campaign_title, publisher_name, conversion_status, conversion_lag, value, commission,
    publisher_commission, creative_type, creative_id, specific_creative_id, customer_type, was_disputed,
    cookie_id, country, currency_original, currency_conversion_rate, customer_reference, camref.

    Args:
        publisher_id (str):
        start_date (str):
        end_date (str):
        date_type (str | Unset):
        currency (list[str] | Unset):
        conversion_id (str | Unset):
        conversion_reference (str | Unset):
        ref_conversion_metric_id (str | Unset):
        timezone (str | Unset):
        complete_email (str | Unset):
        limit (int | Unset):
        export_reference (str | Unset):
        encoding (str | Unset):
        delimiter (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | V1Error
    """

    return (
        await asyncio_detailed(
            client=client,
            publisher_id=publisher_id,
            start_date=start_date,
            end_date=end_date,
            date_type=date_type,
            currency=currency,
            conversion_id=conversion_id,
            conversion_reference=conversion_reference,
            ref_conversion_metric_id=ref_conversion_metric_id,
            timezone=timezone,
            complete_email=complete_email,
            limit=limit,
            export_reference=export_reference,
            encoding=encoding,
            delimiter=delimiter,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {}
