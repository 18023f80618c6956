from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hypermedia import Hypermedia
    from ..models.transaction_query_envelope import TransactionQueryEnvelope
    from ..models.transaction_query_filters import TransactionQueryFilters
    from ..models.transaction_query_sort import TransactionQuerySort


T = TypeVar("T", bound="TransactionQueryList")


@_attrs_define
class TransactionQueryList:
    """
    Attributes:
        transaction_queries (list[TransactionQueryEnvelope]):
        execution_time (str | Unset): Server-side processing time, as a decimal number of seconds followed by the word
            `seconds`. Example: 0.27682 seconds.
        count (int | Unset):
        offset (int | Unset):
        limit (int | Unset):
        hypermedia (Hypermedia | Unset): Links that accompany an answer, such as paging links or links to related
            resources. Example: {'links': {'tasks': '/v3/jobs/111111l11/tasks'}}.
        filters (list[Any] | TransactionQueryFilters | Unset): The filters that were applied (an empty list when there
            were none).
        sort (TransactionQuerySort | Unset):
    """

    transaction_queries: list[TransactionQueryEnvelope]
    execution_time: str | Unset = UNSET
    count: int | Unset = UNSET
    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    hypermedia: Hypermedia | Unset = UNSET
    filters: list[Any] | TransactionQueryFilters | Unset = UNSET
    sort: TransactionQuerySort | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        """The fields that are set (unset ones are left out), then any the spec does not name."""
        shown = [
            f"{name}={value!r}"
            for name, value in (
                (a.name, getattr(self, a.name)) for a in self.__attrs_attrs__
            )
            if name != "additional_properties" and not isinstance(value, Unset)
        ]
        shown += [
            f"{key!r}: {value!r}"
            for key, value in getattr(self, "additional_properties", {}).items()
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def to_dict(self) -> dict[str, Any]:
        from ..models.transaction_query_filters import TransactionQueryFilters

        transaction_queries = []
        for transaction_queries_item_data in self.transaction_queries:
            transaction_queries_item = transaction_queries_item_data.to_dict()
            transaction_queries.append(transaction_queries_item)

        execution_time = self.execution_time

        count = self.count

        offset = self.offset

        limit = self.limit

        hypermedia: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hypermedia, Unset):
            hypermedia = self.hypermedia.to_dict()

        filters: dict[str, Any] | list[Any] | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, TransactionQueryFilters):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        sort: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transaction_queries": transaction_queries,
            }
        )
        if execution_time is not UNSET:
            field_dict["execution_time"] = execution_time
        if count is not UNSET:
            field_dict["count"] = count
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit
        if hypermedia is not UNSET:
            field_dict["hypermedia"] = hypermedia
        if filters is not UNSET:
            field_dict["filters"] = filters
        if sort is not UNSET:
            field_dict["sort"] = sort

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.hypermedia import Hypermedia
        from ..models.transaction_query_envelope import TransactionQueryEnvelope
        from ..models.transaction_query_filters import TransactionQueryFilters
        from ..models.transaction_query_sort import TransactionQuerySort

        d = dict(src_dict)
        transaction_queries = []
        _transaction_queries = d.pop("transaction_queries")
        for transaction_queries_item_data in _transaction_queries:
            transaction_queries_item = TransactionQueryEnvelope.from_dict(
                transaction_queries_item_data
            )

            transaction_queries.append(transaction_queries_item)

        execution_time = d.pop("execution_time", UNSET)

        count = d.pop("count", UNSET)

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        _hypermedia = d.pop("hypermedia", UNSET)
        hypermedia: Hypermedia | Unset
        if isinstance(_hypermedia, Unset):
            hypermedia = UNSET
        else:
            hypermedia = Hypermedia.from_dict(_hypermedia)

        def _parse_filters(data: object) -> list[Any] | TransactionQueryFilters | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = TransactionQueryFilters.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            filters_type_1 = cast(list[Any], data)

            return filters_type_1

        filters = _parse_filters(d.pop("filters", UNSET))

        _sort = d.pop("sort", UNSET)
        sort: TransactionQuerySort | Unset
        if isinstance(_sort, Unset):
            sort = UNSET
        else:
            sort = TransactionQuerySort.from_dict(_sort)

        transaction_query_list = cls(
            transaction_queries=transaction_queries,
            execution_time=execution_time,
            count=count,
            offset=offset,
            limit=limit,
            hypermedia=hypermedia,
            filters=filters,
            sort=sort,
        )

        transaction_query_list.additional_properties = d
        return transaction_query_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
