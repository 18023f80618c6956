"""The reporting operations as typed methods (``Reporting``) and their endpoint modules."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ...models.click_report import ClickReport
from ...models.conversion_report import ConversionReport
from ...models.currency import Currency
from ...models.payable_report import PayableReport
from ...models.report_conversion_status import ReportConversionStatus
from ...models.report_format import ReportFormat
from ...models.v1_error import V1Error
from ...types import UNSET, Unset
from . import get_click_report as _get_click_report
from . import get_conversion_report as _get_conversion_report
from . import get_payable as _get_payable

if TYPE_CHECKING:
    from .. import Sender


class Reporting:
    """The reporting operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def get_conversion_report(
        self,
        *,
        publisher_id: str,
        format_: ReportFormat,
        start_date: str,
        end_date: str | Unset = UNSET,
        text_date: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        currency: builtins.list[Currency | str] | Unset = UNSET,
        date_type: str | Unset = UNSET,
        multipivotcampaign: builtins.list[str] | Unset = UNSET,
        multipivotproduct: builtins.list[str] | Unset = UNSET,
        multipivotpublisher_reference: builtins.list[str] | Unset = UNSET,
        statuses: builtins.list[ReportConversionStatus | str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        cursor_id: int | Unset = UNSET,
        limit: int | Unset = 300,
        invoice_created_date: str | Unset = UNSET,
        include_payment_info: bool | Unset = UNSET,
    ) -> ConversionReport:
        """Conversion report

        ``GET /reporting/report_publisher/publisher/{publisher_id}/conversion.{format_}`` (``get_conversion_report``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "format_": format_,
            "start_date": start_date,
            "end_date": end_date,
            "text_date": text_date,
            "timezone": timezone,
            "currency": currency,
            "date_type": date_type,
            "multipivotcampaign": multipivotcampaign,
            "multipivotproduct": multipivotproduct,
            "multipivotpublisher_reference": multipivotpublisher_reference,
            "statuses": statuses,
            "offset": offset,
            "cursor_id": cursor_id,
            "limit": limit,
            "invoice_created_date": invoice_created_date,
            "include_payment_info": include_payment_info,
        }

        return cast(
            "ConversionReport", self._sender.send(_get_conversion_report, arguments)
        )

    async def aget_conversion_report(
        self,
        *,
        publisher_id: str,
        format_: ReportFormat,
        start_date: str,
        end_date: str | Unset = UNSET,
        text_date: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        currency: builtins.list[Currency | str] | Unset = UNSET,
        date_type: str | Unset = UNSET,
        multipivotcampaign: builtins.list[str] | Unset = UNSET,
        multipivotproduct: builtins.list[str] | Unset = UNSET,
        multipivotpublisher_reference: builtins.list[str] | Unset = UNSET,
        statuses: builtins.list[ReportConversionStatus | str] | Unset = UNSET,
        offset: int | Unset = UNSET,
        cursor_id: int | Unset = UNSET,
        limit: int | Unset = 300,
        invoice_created_date: str | Unset = UNSET,
        include_payment_info: bool | Unset = UNSET,
    ) -> ConversionReport:
        """Awaitable twin of :meth:`get_conversion_report`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "format_": format_,
            "start_date": start_date,
            "end_date": end_date,
            "text_date": text_date,
            "timezone": timezone,
            "currency": currency,
            "date_type": date_type,
            "multipivotcampaign": multipivotcampaign,
            "multipivotproduct": multipivotproduct,
            "multipivotpublisher_reference": multipivotpublisher_reference,
            "statuses": statuses,
            "offset": offset,
            "cursor_id": cursor_id,
            "limit": limit,
            "invoice_created_date": invoice_created_date,
            "include_payment_info": include_payment_info,
        }

        return cast(
            "ConversionReport",
            await self._sender.asend(_get_conversion_report, arguments),
        )

    def get_click_report(
        self,
        *,
        publisher_id: str,
        format_: ReportFormat,
        start_date: str,
        end_date: str | Unset = UNSET,
        text_date: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        currency: builtins.list[Currency | str] | Unset = UNSET,
        date_type: str | Unset = UNSET,
        multipivotcampaign: builtins.list[str] | Unset = UNSET,
        multipivotproduct: builtins.list[str] | Unset = UNSET,
        multipivotpublisher_reference: builtins.list[str] | Unset = UNSET,
        statuses: builtins.list[ReportConversionStatus | str] | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = UNSET,
    ) -> ClickReport:
        """Click report

        ``GET /reporting/report_publisher/publisher/{publisher_id}/click.{format_}`` (``get_click_report``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "format_": format_,
            "start_date": start_date,
            "end_date": end_date,
            "text_date": text_date,
            "timezone": timezone,
            "currency": currency,
            "date_type": date_type,
            "multipivotcampaign": multipivotcampaign,
            "multipivotproduct": multipivotproduct,
            "multipivotpublisher_reference": multipivotpublisher_reference,
            "statuses": statuses,
            "offset": offset,
            "limit": limit,
        }

        return cast("ClickReport", self._sender.send(_get_click_report, arguments))

    async def aget_click_report(
        self,
        *,
        publisher_id: str,
        format_: ReportFormat,
        start_date: str,
        end_date: str | Unset = UNSET,
        text_date: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        currency: builtins.list[Currency | str] | Unset = UNSET,
        date_type: str | Unset = UNSET,
        multipivotcampaign: builtins.list[str] | Unset = UNSET,
        multipivotproduct: builtins.list[str] | Unset = UNSET,
        multipivotpublisher_reference: builtins.list[str] | Unset = UNSET,
        statuses: builtins.list[ReportConversionStatus | str] | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = UNSET,
    ) -> ClickReport:
        """Awaitable twin of :meth:`get_click_report`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "format_": format_,
            "start_date": start_date,
            "end_date": end_date,
            "text_date": text_date,
            "timezone": timezone,
            "currency": currency,
            "date_type": date_type,
            "multipivotcampaign": multipivotcampaign,
            "multipivotproduct": multipivotproduct,
            "multipivotpublisher_reference": multipivotpublisher_reference,
            "statuses": statuses,
            "offset": offset,
            "limit": limit,
        }

        return cast(
            "ClickReport", await self._sender.asend(_get_click_report, arguments)
        )

    def get_payable(
        self,
        *,
        publisher_id: str,
        offset: int | Unset = 0,
        limit: int | Unset = UNSET,
    ) -> PayableReport:
        """Payable commission statistics

        ``GET /reporting/report_publisher/publisher/{publisher_id}/payable`` (``get_payable``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "offset": offset,
            "limit": limit,
        }

        return cast("PayableReport", self._sender.send(_get_payable, arguments))

    async def aget_payable(
        self,
        *,
        publisher_id: str,
        offset: int | Unset = 0,
        limit: int | Unset = UNSET,
    ) -> PayableReport:
        """Awaitable twin of :meth:`get_payable`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "offset": offset,
            "limit": limit,
        }

        return cast("PayableReport", await self._sender.asend(_get_payable, arguments))
