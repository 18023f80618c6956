from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.self_bill_list import SelfBillList
from ...models.v1_error import V1Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    publisher_id: str,
    *,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    status: str | Unset = UNSET,
    payment_start_date: str | Unset = UNSET,
    payment_end_date: str | Unset = UNSET,
    paid_currency: str | Unset = UNSET,
    selfbill_currency: str | Unset = UNSET,
    order: str | Unset = UNSET,
    order_dir: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["currency"] = currency

    params["status"] = status

    params["payment_start_date"] = payment_start_date

    params["payment_end_date"] = payment_end_date

    params["paid_currency"] = paid_currency

    params["selfbill_currency"] = selfbill_currency

    params["order"] = order

    params["order_dir"] = order_dir

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/publisher/{publisher_id}/selfbill".format(
            publisher_id=quote(str(publisher_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SelfBillList | V1Error | None:
    if response.status_code == 200:
        response_200 = SelfBillList.from_dict(response.json())

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
) -> Response[SelfBillList | V1Error]:
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
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    status: str | Unset = UNSET,
    payment_start_date: str | Unset = UNSET,
    payment_end_date: str | Unset = UNSET,
    paid_currency: str | Unset = UNSET,
    selfbill_currency: str | Unset = UNSET,
    order: str | Unset = UNSET,
    order_dir: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> Response[SelfBillList | V1Error]:
    """List self-bills

     The self-billing invoices raised for the partner. Once a brand has paid, the commissions are
    allocated to partners and a self-bill records what each partner is paid.

    Args:
        publisher_id (str):
        start_date (str | Unset):
        end_date (str | Unset):
        currency (str | Unset):
        status (str | Unset):
        payment_start_date (str | Unset):
        payment_end_date (str | Unset):
        paid_currency (str | Unset):
        selfbill_currency (str | Unset):
        order (str | Unset):
        order_dir (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SelfBillList | V1Error]
    """

    kwargs = _get_kwargs(
        publisher_id=publisher_id,
        start_date=start_date,
        end_date=end_date,
        currency=currency,
        status=status,
        payment_start_date=payment_start_date,
        payment_end_date=payment_end_date,
        paid_currency=paid_currency,
        selfbill_currency=selfbill_currency,
        order=order,
        order_dir=order_dir,
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
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    status: str | Unset = UNSET,
    payment_start_date: str | Unset = UNSET,
    payment_end_date: str | Unset = UNSET,
    paid_currency: str | Unset = UNSET,
    selfbill_currency: str | Unset = UNSET,
    order: str | Unset = UNSET,
    order_dir: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> SelfBillList | V1Error | None:
    """List self-bills

     The self-billing invoices raised for the partner. Once a brand has paid, the commissions are
    allocated to partners and a self-bill records what each partner is paid.

    Args:
        publisher_id (str):
        start_date (str | Unset):
        end_date (str | Unset):
        currency (str | Unset):
        status (str | Unset):
        payment_start_date (str | Unset):
        payment_end_date (str | Unset):
        paid_currency (str | Unset):
        selfbill_currency (str | Unset):
        order (str | Unset):
        order_dir (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SelfBillList | V1Error
    """

    return sync_detailed(
        publisher_id=publisher_id,
        client=client,
        start_date=start_date,
        end_date=end_date,
        currency=currency,
        status=status,
        payment_start_date=payment_start_date,
        payment_end_date=payment_end_date,
        paid_currency=paid_currency,
        selfbill_currency=selfbill_currency,
        order=order,
        order_dir=order_dir,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    publisher_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    status: str | Unset = UNSET,
    payment_start_date: str | Unset = UNSET,
    payment_end_date: str | Unset = UNSET,
    paid_currency: str | Unset = UNSET,
    selfbill_currency: str | Unset = UNSET,
    order: str | Unset = UNSET,
    order_dir: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> Response[SelfBillList | V1Error]:
    """List self-bills

     The self-billing invoices raised for the partner. Once a brand has paid, the commissions are
    allocated to partners and a self-bill records what each partner is paid.

    Args:
        publisher_id (str):
        start_date (str | Unset):
        end_date (str | Unset):
        currency (str | Unset):
        status (str | Unset):
        payment_start_date (str | Unset):
        payment_end_date (str | Unset):
        paid_currency (str | Unset):
        selfbill_currency (str | Unset):
        order (str | Unset):
        order_dir (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SelfBillList | V1Error]
    """

    kwargs = _get_kwargs(
        publisher_id=publisher_id,
        start_date=start_date,
        end_date=end_date,
        currency=currency,
        status=status,
        payment_start_date=payment_start_date,
        payment_end_date=payment_end_date,
        paid_currency=paid_currency,
        selfbill_currency=selfbill_currency,
        order=order,
        order_dir=order_dir,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    publisher_id: str,
    *,
    client: AuthenticatedClient | Client,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    status: str | Unset = UNSET,
    payment_start_date: str | Unset = UNSET,
    payment_end_date: str | Unset = UNSET,
    paid_currency: str | Unset = UNSET,
    selfbill_currency: str | Unset = UNSET,
    order: str | Unset = UNSET,
    order_dir: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> SelfBillList | V1Error | None:
    """List self-bills

     The self-billing invoices raised for the partner. Once a brand has paid, the commissions are
    allocated to partners and a self-bill records what each partner is paid.

    Args:
        publisher_id (str):
        start_date (str | Unset):
        end_date (str | Unset):
        currency (str | Unset):
        status (str | Unset):
        payment_start_date (str | Unset):
        payment_end_date (str | Unset):
        paid_currency (str | Unset):
        selfbill_currency (str | Unset):
        order (str | Unset):
        order_dir (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SelfBillList | V1Error
    """

    return (
        await asyncio_detailed(
            publisher_id=publisher_id,
            client=client,
            start_date=start_date,
            end_date=end_date,
            currency=currency,
            status=status,
            payment_start_date=payment_start_date,
            payment_end_date=payment_end_date,
            paid_currency=paid_currency,
            selfbill_currency=selfbill_currency,
            order=order,
            order_dir=order_dir,
            offset=offset,
            limit=limit,
        )
    ).parsed


# The request this operation sends, as keyword arguments for an httpx client's ``request``, and the stock reading
# of its answer, for callers that send the request themselves (the affiliate_clients overlays, which read the
# success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
success_models: dict[int, type] = {200: SelfBillList}
