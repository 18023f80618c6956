"""The exports operations as typed methods (``Exports``) and their endpoint modules."""

from __future__ import annotations

import builtins
from io import BytesIO
from typing import TYPE_CHECKING, Any, cast

from ...models.v1_error import V1Error
from ...types import UNSET, File, FileTypes, Unset
from . import export_clicks_csv as _export_clicks_csv
from . import export_conversion_items_csv as _export_conversion_items_csv
from . import export_conversions_csv as _export_conversions_csv

if TYPE_CHECKING:
    from .. import Sender


class Exports:
    """The exports operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def export_clicks_csv(
        self,
        *,
        publisher_id: str,
        start_date: str,
        end_date: str,
        timezone: str | Unset = UNSET,
        complete_email: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        export_reference: str | Unset = UNSET,
        encoding: str | Unset = UNSET,
        delimiter: str | Unset = UNSET,
    ) -> File:
        """Export clicks as CSV

        ``GET /reporting/export/export/click.csv`` (``export_clicks_csv``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "start_date": start_date,
            "end_date": end_date,
            "timezone": timezone,
            "complete_email": complete_email,
            "limit": limit,
            "export_reference": export_reference,
            "encoding": encoding,
            "delimiter": delimiter,
        }

        return cast("File", self._sender.send(_export_clicks_csv, arguments))

    async def aexport_clicks_csv(
        self,
        *,
        publisher_id: str,
        start_date: str,
        end_date: str,
        timezone: str | Unset = UNSET,
        complete_email: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        export_reference: str | Unset = UNSET,
        encoding: str | Unset = UNSET,
        delimiter: str | Unset = UNSET,
    ) -> File:
        """Awaitable twin of :meth:`export_clicks_csv`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "start_date": start_date,
            "end_date": end_date,
            "timezone": timezone,
            "complete_email": complete_email,
            "limit": limit,
            "export_reference": export_reference,
            "encoding": encoding,
            "delimiter": delimiter,
        }

        return cast("File", await self._sender.asend(_export_clicks_csv, arguments))

    def export_conversions_csv(
        self,
        *,
        publisher_id: str,
        start_date: str,
        end_date: str,
        date_type: str | Unset = UNSET,
        currency: builtins.list[str] | Unset = UNSET,
        conversion_id: str | Unset = UNSET,
        conversion_reference: str | Unset = UNSET,
        ref_conversion_metric_id: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        complete_email: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        export_reference: str | Unset = UNSET,
        encoding: str | Unset = UNSET,
        delimiter: str | Unset = UNSET,
    ) -> File:
        """Export conversions as CSV

        ``GET /reporting/export/export/conversion.csv`` (``export_conversions_csv``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "start_date": start_date,
            "end_date": end_date,
            "date_type": date_type,
            "currency": currency,
            "conversion_id": conversion_id,
            "conversion_reference": conversion_reference,
            "ref_conversion_metric_id": ref_conversion_metric_id,
            "timezone": timezone,
            "complete_email": complete_email,
            "limit": limit,
            "export_reference": export_reference,
            "encoding": encoding,
            "delimiter": delimiter,
        }

        return cast("File", self._sender.send(_export_conversions_csv, arguments))

    async def aexport_conversions_csv(
        self,
        *,
        publisher_id: str,
        start_date: str,
        end_date: str,
        date_type: str | Unset = UNSET,
        currency: builtins.list[str] | Unset = UNSET,
        conversion_id: str | Unset = UNSET,
        conversion_reference: str | Unset = UNSET,
        ref_conversion_metric_id: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        complete_email: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        export_reference: str | Unset = UNSET,
        encoding: str | Unset = UNSET,
        delimiter: str | Unset = UNSET,
    ) -> File:
        """Awaitable twin of :meth:`export_conversions_csv`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "start_date": start_date,
            "end_date": end_date,
            "date_type": date_type,
            "currency": currency,
            "conversion_id": conversion_id,
            "conversion_reference": conversion_reference,
            "ref_conversion_metric_id": ref_conversion_metric_id,
            "timezone": timezone,
            "complete_email": complete_email,
            "limit": limit,
            "export_reference": export_reference,
            "encoding": encoding,
            "delimiter": delimiter,
        }

        return cast(
            "File", await self._sender.asend(_export_conversions_csv, arguments)
        )

    def export_conversion_items_csv(
        self,
        *,
        publisher_id: str,
        start_date: str,
        end_date: str,
        date_type: str | Unset = UNSET,
        currency: builtins.list[str] | Unset = UNSET,
        conversion_id: str | Unset = UNSET,
        conversion_reference: str | Unset = UNSET,
        ref_conversion_metric_id: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        include_payment_info: bool | Unset = UNSET,
        complete_email: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        export_reference: str | Unset = UNSET,
        encoding: str | Unset = UNSET,
        delimiter: str | Unset = UNSET,
    ) -> File:
        """Export conversion items as CSV

        ``GET /reporting/export/export/conversion_item.csv`` (``export_conversion_items_csv``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "start_date": start_date,
            "end_date": end_date,
            "date_type": date_type,
            "currency": currency,
            "conversion_id": conversion_id,
            "conversion_reference": conversion_reference,
            "ref_conversion_metric_id": ref_conversion_metric_id,
            "timezone": timezone,
            "include_payment_info": include_payment_info,
            "complete_email": complete_email,
            "limit": limit,
            "export_reference": export_reference,
            "encoding": encoding,
            "delimiter": delimiter,
        }

        return cast("File", self._sender.send(_export_conversion_items_csv, arguments))

    async def aexport_conversion_items_csv(
        self,
        *,
        publisher_id: str,
        start_date: str,
        end_date: str,
        date_type: str | Unset = UNSET,
        currency: builtins.list[str] | Unset = UNSET,
        conversion_id: str | Unset = UNSET,
        conversion_reference: str | Unset = UNSET,
        ref_conversion_metric_id: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        include_payment_info: bool | Unset = UNSET,
        complete_email: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        export_reference: str | Unset = UNSET,
        encoding: str | Unset = UNSET,
        delimiter: str | Unset = UNSET,
    ) -> File:
        """Awaitable twin of :meth:`export_conversion_items_csv`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "start_date": start_date,
            "end_date": end_date,
            "date_type": date_type,
            "currency": currency,
            "conversion_id": conversion_id,
            "conversion_reference": conversion_reference,
            "ref_conversion_metric_id": ref_conversion_metric_id,
            "timezone": timezone,
            "include_payment_info": include_payment_info,
            "complete_email": complete_email,
            "limit": limit,
            "export_reference": export_reference,
            "encoding": encoding,
            "delimiter": delimiter,
        }

        return cast(
            "File", await self._sender.asend(_export_conversion_items_csv, arguments)
        )
