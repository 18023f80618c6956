"""The transaction_queries operations as typed methods (``TransactionQueries``) and their endpoint modules."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any, cast

from ...models.transaction_query_create_batch import TransactionQueryCreateBatch
from ...models.transaction_query_deleted import TransactionQueryDeleted
from ...models.transaction_query_job_envelope import TransactionQueryJobEnvelope
from ...models.transaction_query_list import TransactionQueryList
from ...models.v1_error import V1Error
from ...types import UNSET, Unset
from . import create_transaction_queries as _create_transaction_queries
from . import delete_transaction_query as _delete_transaction_query
from . import list_transaction_queries as _list_transaction_queries

if TYPE_CHECKING:
    from .. import Sender


class TransactionQueries:
    """The transaction_queries operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def list(
        self,
        *,
        publisher_id: str,
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
    ) -> TransactionQueryList:
        """List transaction queries

        ``GET /user/publisher/{publisher_id}/tq`` (``list_transaction_queries``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "transaction_query_id": transaction_query_id,
            "transaction_query_type": transaction_query_type,
            "publisher_reference": publisher_reference,
            "conversion_reference": conversion_reference,
            "conversion_date_time": conversion_date_time,
            "campaign_id": campaign_id,
            "current_state": current_state,
            "date_range_column": date_range_column,
            "date_range_start": date_range_start,
            "date_range_end": date_range_end,
            "text_date": text_date,
            "sort_column": sort_column,
            "order_by": order_by,
            "tq_export": tq_export,
            "offset": offset,
            "limit": limit,
        }

        return cast(
            "TransactionQueryList",
            self._sender.send(_list_transaction_queries, arguments),
        )

    async def alist(
        self,
        *,
        publisher_id: str,
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
    ) -> TransactionQueryList:
        """Awaitable twin of :meth:`list`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "transaction_query_id": transaction_query_id,
            "transaction_query_type": transaction_query_type,
            "publisher_reference": publisher_reference,
            "conversion_reference": conversion_reference,
            "conversion_date_time": conversion_date_time,
            "campaign_id": campaign_id,
            "current_state": current_state,
            "date_range_column": date_range_column,
            "date_range_start": date_range_start,
            "date_range_end": date_range_end,
            "text_date": text_date,
            "sort_column": sort_column,
            "order_by": order_by,
            "tq_export": tq_export,
            "offset": offset,
            "limit": limit,
        }

        return cast(
            "TransactionQueryList",
            await self._sender.asend(_list_transaction_queries, arguments),
        )

    def create(
        self,
        *,
        body: TransactionQueryCreateBatch,
        publisher_id: str,
    ) -> TransactionQueryJobEnvelope:
        """Raise transaction queries

        ``POST /user/publisher/{publisher_id}/tq/create`` (``create_transaction_queries``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast(
            "TransactionQueryJobEnvelope",
            self._sender.send(_create_transaction_queries, arguments),
        )

    async def acreate(
        self,
        *,
        body: TransactionQueryCreateBatch,
        publisher_id: str,
    ) -> TransactionQueryJobEnvelope:
        """Awaitable twin of :meth:`create`."""
        arguments: dict[str, Any] = {
            "body": body,
            "publisher_id": publisher_id,
        }

        return cast(
            "TransactionQueryJobEnvelope",
            await self._sender.asend(_create_transaction_queries, arguments),
        )

    def delete(
        self,
        *,
        publisher_id: str,
        transaction_query_id: str,
    ) -> TransactionQueryDeleted:
        """Delete a transaction query

        ``POST /user/publisher/{publisher_id}/tq/{transaction_query_id}/delete`` (``delete_transaction_query``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "transaction_query_id": transaction_query_id,
        }

        return cast(
            "TransactionQueryDeleted",
            self._sender.send(_delete_transaction_query, arguments),
        )

    async def adelete(
        self,
        *,
        publisher_id: str,
        transaction_query_id: str,
    ) -> TransactionQueryDeleted:
        """Awaitable twin of :meth:`delete`."""
        arguments: dict[str, Any] = {
            "publisher_id": publisher_id,
            "transaction_query_id": transaction_query_id,
        }

        return cast(
            "TransactionQueryDeleted",
            await self._sender.asend(_delete_transaction_query, arguments),
        )
