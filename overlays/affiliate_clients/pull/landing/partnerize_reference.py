"""Partnerize's v1 reference lists (``GET /reference/...``), each landed whole as its own table.

``reference_country`` (key ``iso``, the one field the spec requires of a country), ``reference_user_context``
(``ref_user_context_id``), ``reference_traffic_source`` (``ref_traffic_source_id``),
``reference_conversion_type`` (``conversion_type_id``), ``reference_conversion_metric``
(``ref_conversion_metric_id``) and ``reference_partnership_model`` (``ref_partnership_model_id``). The lists are
small and come unpaged, so every run replaces each table: an entry the vendor drops disappears here too. The
resources are part of :func:`~.partnerize_lists.partnerize_lists_source`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import attrs
import pyarrow as pa

from affiliate_clients.generated.partnerize_client.api.reference import (
    list_conversion_metrics,
    list_conversion_types,
    list_countries,
    list_partnership_models,
    list_traffic_sources,
    list_user_contexts,
)
from affiliate_clients.generated.partnerize_client.models import (
    ReferenceConversionMetric,
    ReferenceConversionType,
    ReferenceCountry,
    ReferencePartnershipModel,
    ReferenceTrafficSource,
    ReferenceUserContext,
)

from ...partnerize import PartnerizeClient
from .schema import Column, arrow_schema, columns
from .tables import to_table
from .tally import Tally


@attrs.frozen
class ReferenceList:
    """One reference list: its table, operation, list attribute, the key(s) wrapping each entry, primary key
    and columns."""

    table: str
    endpoint: ModuleType
    items: str
    wrappers: tuple[str, ...]
    key: str
    cols: tuple[Column, ...]

    @property
    def schema(self) -> pa.Schema:
        return arrow_schema(self.cols)


def _listed(table: str, endpoint: ModuleType, wrappers: tuple[str, ...], key: str, model: type,
            skip: tuple[str, ...] = (), added: tuple[Column, ...] = ()) -> ReferenceList:
    items = endpoint.__name__.rsplit(".", 1)[-1].removeprefix("list_")
    cols = (*columns("affiliate_clients.generated.partnerize_client", model.__name__, model, skip=skip), *added)
    return ReferenceList(table, endpoint, items, wrappers, key, cols)


REFERENCES = (
    # openapi-python-client names ``iso3`` ``iso3``, where ``schema.snake`` expects ``iso_3``: added by hand
    # (the spec types it ``string | null``).
    _listed("reference_country", list_countries, ("country",), "iso", ReferenceCountry, skip=("iso3",),
            added=(Column("iso3", ("iso3",), "string"),)),
    _listed("reference_user_context", list_user_contexts, ("user_context",), "ref_user_context_id",
            ReferenceUserContext),
    _listed("reference_traffic_source", list_traffic_sources, ("traffic_source",), "ref_traffic_source_id",
            ReferenceTrafficSource),
    _listed("reference_conversion_type", list_conversion_types, ("conversion_type",), "conversion_type_id",
            ReferenceConversionType),
    # The vendor wraps each metric in the plural key; the spec accepts the singular as well.
    _listed("reference_conversion_metric", list_conversion_metrics, ("conversion_metrics", "conversion_metric"),
            "ref_conversion_metric_id", ReferenceConversionMetric),
    _listed("reference_partnership_model", list_partnership_models, ("partnership_model",),
            "ref_partnership_model_id", ReferencePartnershipModel),
)


def _unwrap(entry: Any, wrappers: tuple[str, ...]) -> Any:
    for name in wrappers:
        inner = getattr(entry, name, None)
        if inner is not None and type(inner).__name__ != "Unset":
            return inner
    raise ValueError(f"a reference entry without any of {wrappers}: {entry!r}")


def reference_tables(client: Callable[[], PartnerizeClient], tally: Tally, listed: ReferenceList) -> Iterator[pa.Table]:
    """One reference list, whole, as one table (empty too, so that the replace empties the table)."""
    with client() as opened:
        entries = getattr(opened.call(listed.endpoint), listed.items)
        found = [_unwrap(entry, listed.wrappers) for entry in entries]
        tally.page(len(found), opened.stats)
        yield to_table(found, listed.cols, schema=listed.schema)
