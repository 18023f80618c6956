from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversion_report import ConversionReport
from ...models.currency import Currency
from ...models.report_conversion_status import ReportConversionStatus
from ...models.report_format import ReportFormat
from ...models.v1_error import V1Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    publisher_id: str,
    format_: ReportFormat,
    *,
    start_date: str,
    end_date: str | Unset = UNSET,
    text_date: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    currency: list[Currency | str] | Unset = UNSET,
    date_type: str | Unset = UNSET,
    multipivotcampaign: list[str] | Unset = UNSET,
    multipivotproduct: list[str] | Unset = UNSET,
    multipivotpublisher_reference: list[str] | Unset = UNSET,
    statuses: list[ReportConversionStatus | str] | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor_id: int | Unset = UNSET,
    limit: int | Unset = 300,
    invoice_created_date: str | Unset = UNSET,
    include_payment_info: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["text_date"] = text_date

    params["timezone"] = timezone

    json_currency: list[str] | Unset = UNSET
    if not isinstance(currency, Unset):
        json_currency = []
        for currency_item_data in currency:
            currency_item: str
            if isinstance(currency_item_data, Currency):
                currency_item = currency_item_data.value
            else:
                currency_item = currency_item_data
            json_currency.append(currency_item)

    params["currency[]"] = json_currency

    params["date_type"] = date_type

    json_multipivotcampaign: list[str] | Unset = UNSET
    if not isinstance(multipivotcampaign, Unset):
        json_multipivotcampaign = multipivotcampaign

    params["multipivot[campaign][]"] = json_multipivotcampaign

    json_multipivotproduct: list[str] | Unset = UNSET
    if not isinstance(multipivotproduct, Unset):
        json_multipivotproduct = multipivotproduct

    params["multipivot[product][]"] = json_multipivotproduct

    json_multipivotpublisher_reference: list[str] | Unset = UNSET
    if not isinstance(multipivotpublisher_reference, Unset):
        json_multipivotpublisher_reference = multipivotpublisher_reference

    params["multipivot[publisher_reference][]"] = json_multipivotpublisher_reference

    json_statuses: list[str] | Unset = UNSET
    if not isinstance(statuses, Unset):
        json_statuses = []
        for statuses_item_data in statuses:
            statuses_item: str
            if isinstance(statuses_item_data, ReportConversionStatus):
                statuses_item = statuses_item_data.value
            else:
                statuses_item = statuses_item_data
            json_statuses.append(statuses_item)

    params["statuses[]"] = json_statuses

    params["offset"] = offset

    params["cursor_id"] = cursor_id

    params["limit"] = limit

    params["invoice_created_date"] = invoice_created_date

    params["include_payment_info"] = include_payment_info

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reporting/report_publisher/publisher/{publisher_id}/conversion.{format_}".format(
            publisher_id=quote(str(publisher_id), safe=""),
            format_=quote(str(format_), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversionReport | V1Error | None:
    if response.status_code == 200:
        response_200 = ConversionReport.from_dict(response.json())

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
) -> Response[ConversionReport | V1Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    publisher_id: str,
    format_: ReportFormat,
    *,
    client: AuthenticatedClient | Client,
    start_date: str,
    end_date: str | Unset = UNSET,
    text_date: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    currency: list[Currency | str] | Unset = UNSET,
    date_type: str | Unset = UNSET,
    multipivotcampaign: list[str] | Unset = UNSET,
    multipivotproduct: list[str] | Unset = UNSET,
    multipivotpublisher_reference: list[str] | Unset = UNSET,
    statuses: list[ReportConversionStatus | str] | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor_id: int | Unset = UNSET,
    limit: int | Unset = 300,
    invoice_created_date: str | Unset = UNSET,
    include_payment_info: bool | Unset = UNSET,
) -> Response[ConversionReport | V1Error]:
    """Conversion report

     Lists a partner's conversions in a period, each with its value, commission, items, meta data and the
    click it was attributed to, plus per-currency totals for the whole result. The report uses cursor
    paging: the first call returns up to `limit` (at most 300) conversions and a `cursor_id`; repeat the
    call with that `cursor_id` (the `hypermedia.pagination.next_page` link already carries it) until no
    next page is given. `format=xml` returns the same report as XML (`text/xml`).

    Args:
        publisher_id (str):
        format_ (ReportFormat): Response format of a v1 report, written as the path's file
            extension.
        start_date (str):
        end_date (str | Unset):
        text_date (str | Unset):
        timezone (str | Unset):
        currency (list[Currency | str] | Unset):
        date_type (str | Unset):
        multipivotcampaign (list[str] | Unset):
        multipivotproduct (list[str] | Unset):
        multipivotpublisher_reference (list[str] | Unset):
        statuses (list[ReportConversionStatus | str] | Unset):
        offset (int | Unset):
        cursor_id (int | Unset):
        limit (int | Unset):  Default: 300.
        invoice_created_date (str | Unset):
        include_payment_info (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversionReport | V1Error]
    """

    kwargs = _get_kwargs(
        publisher_id=publisher_id,
        format_=format_,
        start_date=start_date,
        end_date=end_date,
        text_date=text_date,
        timezone=timezone,
        currency=currency,
        date_type=date_type,
        multipivotcampaign=multipivotcampaign,
        multipivotproduct=multipivotproduct,
        multipivotpublisher_reference=multipivotpublisher_reference,
        statuses=statuses,
        offset=offset,
        cursor_id=cursor_id,
        limit=limit,
        invoice_created_date=invoice_created_date,
        include_payment_info=include_payment_info,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    publisher_id: str,
    format_: ReportFormat,
    *,
    client: AuthenticatedClient | Client,
    start_date: str,
    end_date: str | Unset = UNSET,
    text_date: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    currency: list[Currency | str] | Unset = UNSET,
    date_type: str | Unset = UNSET,
    multipivotcampaign: list[str] | Unset = UNSET,
    multipivotproduct: list[str] | Unset = UNSET,
    multipivotpublisher_reference: list[str] | Unset = UNSET,
    statuses: list[ReportConversionStatus | str] | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor_id: int | Unset = UNSET,
    limit: int | Unset = 300,
    invoice_created_date: str | Unset = UNSET,
    include_payment_info: bool | Unset = UNSET,
) -> ConversionReport | V1Error | None:
    """Conversion report

     Lists a partner's conversions in a period, each with its value, commission, items, meta data and the
    click it was attributed to, plus per-currency totals for the whole result. The report uses cursor
    paging: the first call returns up to `limit` (at most 300) conversions and a `cursor_id`; repeat the
    call with that `cursor_id` (the `hypermedia.pagination.next_page` link already carries it) until no
    next page is given. `format=xml` returns the same report as XML (`text/xml`).

    Args:
        publisher_id (str):
        format_ (ReportFormat): Response format of a v1 report, written as the path's file
            extension.
        start_date (str):
        end_date (str | Unset):
        text_date (str | Unset):
        timezone (str | Unset):
        currency (list[Currency | str] | Unset):
        date_type (str | Unset):
        multipivotcampaign (list[str] | Unset):
        multipivotproduct (list[str] | Unset):
        multipivotpublisher_reference (list[str] | Unset):
        statuses (list[ReportConversionStatus | str] | Unset):
        offset (int | Unset):
        cursor_id (int | Unset):
        limit (int | Unset):  Default: 300.
        invoice_created_date (str | Unset):
        include_payment_info (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversionReport | V1Error
    """

    return sync_detailed(
        publisher_id=publisher_id,
        format_=format_,
        client=client,
        start_date=start_date,
        end_date=end_date,
        text_date=text_date,
        timezone=timezone,
        currency=currency,
        date_type=date_type,
        multipivotcampaign=multipivotcampaign,
        multipivotproduct=multipivotproduct,
        multipivotpublisher_reference=multipivotpublisher_reference,
        statuses=statuses,
        offset=offset,
        cursor_id=cursor_id,
        limit=limit,
        invoice_created_date=invoice_created_date,
        include_payment_info=include_payment_info,
    ).parsed


async def asyncio_detailed(
    publisher_id: str,
    format_: ReportFormat,
    *,
    client: AuthenticatedClient | Client,
    start_date: str,
    end_date: str | Unset = UNSET,
    text_date: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    currency: list[Currency | str] | Unset = UNSET,
    date_type: str | Unset = UNSET,
    multipivotcampaign: list[str] | Unset = UNSET,
    multipivotproduct: list[str] | Unset = UNSET,
    multipivotpublisher_reference: list[str] | Unset = UNSET,
    statuses: list[ReportConversionStatus | str] | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor_id: int | Unset = UNSET,
    limit: int | Unset = 300,
    invoice_created_date: str | Unset = UNSET,
    include_payment_info: bool | Unset = UNSET,
) -> Response[ConversionReport | V1Error]:
    """Conversion report

     Lists a partner's conversions in a period, each with its value, commission, items, meta data and the
    click it was attributed to, plus per-currency totals for the whole result. The report uses cursor
    paging: the first call returns up to `limit` (at most 300) conversions and a `cursor_id`; repeat the
    call with that `cursor_id` (the `hypermedia.pagination.next_page` link already carries it) until no
    next page is given. `format=xml` returns the same report as XML (`text/xml`).

    Args:
        publisher_id (str):
        format_ (ReportFormat): Response format of a v1 report, written as the path's file
            extension.
        start_date (str):
        end_date (str | Unset):
        text_date (str | Unset):
        timezone (str | Unset):
        currency (list[Currency | str] | Unset):
        date_type (str | Unset):
        multipivotcampaign (list[str] | Unset):
        multipivotproduct (list[str] | Unset):
        multipivotpublisher_reference (list[str] | Unset):
        statuses (list[ReportConversionStatus | str] | Unset):
        offset (int | Unset):
        cursor_id (int | Unset):
        limit (int | Unset):  Default: 300.
        invoice_created_date (str | Unset):
        include_payment_info (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversionReport | V1Error]
    """

    kwargs = _get_kwargs(
        publisher_id=publisher_id,
        format_=format_,
        start_date=start_date,
        end_date=end_date,
        text_date=text_date,
        timezone=timezone,
        currency=currency,
        date_type=date_type,
        multipivotcampaign=multipivotcampaign,
        multipivotproduct=multipivotproduct,
        multipivotpublisher_reference=multipivotpublisher_reference,
        statuses=statuses,
        offset=offset,
        cursor_id=cursor_id,
        limit=limit,
        invoice_created_date=invoice_created_date,
        include_payment_info=include_payment_info,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    publisher_id: str,
    format_: ReportFormat,
    *,
    client: AuthenticatedClient | Client,
    start_date: str,
    end_date: str | Unset = UNSET,
    text_date: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    currency: list[Currency | str] | Unset = UNSET,
    date_type: str | Unset = UNSET,
    multipivotcampaign: list[str] | Unset = UNSET,
    multipivotproduct: list[str] | Unset = UNSET,
    multipivotpublisher_reference: list[str] | Unset = UNSET,
    statuses: list[ReportConversionStatus | str] | Unset = UNSET,
    offset: int | Unset = UNSET,
    cursor_id: int | Unset = UNSET,
    limit: int | Unset = 300,
    invoice_created_date: str | Unset = UNSET,
    include_payment_info: bool | Unset = UNSET,
) -> ConversionReport | V1Error | None:
    """Conversion report

     Lists a partner's conversions in a period, each with its value, commission, items, meta data and the
    click it was attributed to, plus per-currency totals for the whole result. The report uses cursor
    paging: the first call returns up to `limit` (at most 300) conversions and a `cursor_id`; repeat the
    call with that `cursor_id` (the `hypermedia.pagination.next_page` link already carries it) until no
    next page is given. `format=xml` returns the same report as XML (`text/xml`).

    Args:
        publisher_id (str):
        format_ (ReportFormat): Response format of a v1 report, written as the path's file
            extension.
        start_date (str):
        end_date (str | Unset):
        text_date (str | Unset):
        timezone (str | Unset):
        currency (list[Currency | str] | Unset):
        date_type (str | Unset):
        multipivotcampaign (list[str] | Unset):
        multipivotproduct (list[str] | Unset):
        multipivotpublisher_reference (list[str] | Unset):
        statuses (list[ReportConversionStatus | str] | Unset):
        offset (int | Unset):
        cursor_id (int | Unset):
        limit (int | Unset):  Default: 300.
        invoice_created_date (str | Unset):
        include_payment_info (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversionReport | V1Error
    """

    return (
        await asyncio_detailed(
            publisher_id=publisher_id,
            format_=format_,
            client=client,
            start_date=start_date,
            end_date=end_date,
            text_date=text_date,
            timezone=timezone,
            currency=currency,
            date_type=date_type,
            multipivotcampaign=multipivotcampaign,
            multipivotproduct=multipivotproduct,
            multipivotpublisher_reference=multipivotpublisher_reference,
            statuses=statuses,
            offset=offset,
            cursor_id=cursor_id,
            limit=limit,
            invoice_created_date=invoice_created_date,
            include_payment_info=include_payment_info,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: ConversionReport}
