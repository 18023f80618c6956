"""The payments operations as typed methods (``Payments``) and their endpoint modules."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ...models.available_commission_envelope import AvailableCommissionEnvelope
from ...models.balance_summary_envelope import BalanceSummaryEnvelope
from ...models.payment_detail_sets import PaymentDetailSets
from ...models.payment_detail_sets_create import PaymentDetailSetsCreate
from ...models.self_bill_envelope import SelfBillEnvelope
from ...models.self_bill_list import SelfBillList
from ...models.v1_error import V1Error
from ...types import UNSET, Unset
from . import create_payment_details as _create_payment_details
from . import get_available_commission as _get_available_commission
from . import get_balance_summary as _get_balance_summary
from . import get_self_bill as _get_self_bill
from . import list_payment_details as _list_payment_details
from . import list_self_bills as _list_self_bills

if TYPE_CHECKING:
    from .. import Sender


class Payments:
    """The payments operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def list_self_bills(
        self,
        *,
        publisher_id: str,
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
    ) -> SelfBillList:
        """List self-bills

        ``GET /user/publisher/{publisher_id}/selfbill`` (``list_self_bills``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "start_date": start_date,
            "end_date": end_date,
            "currency": currency,
            "status": status,
            "payment_start_date": payment_start_date,
            "payment_end_date": payment_end_date,
            "paid_currency": paid_currency,
            "selfbill_currency": selfbill_currency,
            "order": order,
            "order_dir": order_dir,
            "offset": offset,
            "limit": limit,
        }

        return cast("SelfBillList", self._sender.send(_list_self_bills, arguments))

    async def alist_self_bills(
        self,
        *,
        publisher_id: str,
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
    ) -> SelfBillList:
        """Awaitable twin of :meth:`list_self_bills`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "start_date": start_date,
            "end_date": end_date,
            "currency": currency,
            "status": status,
            "payment_start_date": payment_start_date,
            "payment_end_date": payment_end_date,
            "paid_currency": paid_currency,
            "selfbill_currency": selfbill_currency,
            "order": order,
            "order_dir": order_dir,
            "offset": offset,
            "limit": limit,
        }

        return cast(
            "SelfBillList", await self._sender.asend(_list_self_bills, arguments)
        )

    def get_self_bill(
        self,
        *,
        publisher_id: str,
        publisher_self_bill_id: str,
    ) -> SelfBillEnvelope:
        """Retrieve a self-bill

        ``GET /user/publisher/{publisher_id}/selfbill/{publisher_self_bill_id}`` (``get_self_bill``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "publisher_self_bill_id": publisher_self_bill_id,
        }

        return cast("SelfBillEnvelope", self._sender.send(_get_self_bill, arguments))

    async def aget_self_bill(
        self,
        *,
        publisher_id: str,
        publisher_self_bill_id: str,
    ) -> SelfBillEnvelope:
        """Awaitable twin of :meth:`get_self_bill`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "publisher_self_bill_id": publisher_self_bill_id,
        }

        return cast(
            "SelfBillEnvelope", await self._sender.asend(_get_self_bill, arguments)
        )

    def list_payment_details(
        self,
        *,
        publisher_id: str,
    ) -> PaymentDetailSets:
        """List payment details

        ``GET /user/publisher/{publisher_id}/payment_detail`` (``list_payment_details``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast(
            "PaymentDetailSets", self._sender.send(_list_payment_details, arguments)
        )

    async def alist_payment_details(
        self,
        *,
        publisher_id: str,
    ) -> PaymentDetailSets:
        """Awaitable twin of :meth:`list_payment_details`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast(
            "PaymentDetailSets",
            await self._sender.asend(_list_payment_details, arguments),
        )

    def create_payment_details(
        self,
        *,
        body: PaymentDetailSetsCreate,
        publisher_id: str,
    ) -> PaymentDetailSets:
        """Add payment details

        ``POST /user/publisher/{publisher_id}/payment_detail`` (``create_payment_details``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast(
            "PaymentDetailSets", self._sender.send(_create_payment_details, arguments)
        )

    async def acreate_payment_details(
        self,
        *,
        body: PaymentDetailSetsCreate,
        publisher_id: str,
    ) -> PaymentDetailSets:
        """Awaitable twin of :meth:`create_payment_details`."""
        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast(
            "PaymentDetailSets",
            await self._sender.asend(_create_payment_details, arguments),
        )

    def get_available_commission(
        self,
        *,
        publisher_id: str,
    ) -> AvailableCommissionEnvelope:
        """Commission available for payout

        ``GET /user/publisher/{publisher_id}/available_commission`` (``get_available_commission``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast(
            "AvailableCommissionEnvelope",
            self._sender.send(_get_available_commission, arguments),
        )

    async def aget_available_commission(
        self,
        *,
        publisher_id: str,
    ) -> AvailableCommissionEnvelope:
        """Awaitable twin of :meth:`get_available_commission`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast(
            "AvailableCommissionEnvelope",
            await self._sender.asend(_get_available_commission, arguments),
        )

    def get_balance_summary(
        self,
        *,
        publisher_id: str,
    ) -> BalanceSummaryEnvelope:
        """Balance summary

        ``GET /user/publisher/{publisher_id}/payment/summary`` (``get_balance_summary``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast(
            "BalanceSummaryEnvelope", self._sender.send(_get_balance_summary, arguments)
        )

    async def aget_balance_summary(
        self,
        *,
        publisher_id: str,
    ) -> BalanceSummaryEnvelope:
        """Awaitable twin of :meth:`get_balance_summary`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
        }

        return cast(
            "BalanceSummaryEnvelope",
            await self._sender.asend(_get_balance_summary, arguments),
        )
