"""Invoca as a dlt source: ``relationships`` of the given advertisers.

Invoca answers every relationship of an advertiser at once and keeps no dates, so each run reads them all
and replaces the table: a relationship removed at Invoca disappears here too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import attrs
import dlt
import pyarrow as pa
from dlt.extract.source import DltSource

from affiliate_clients.generated.invoca_client.models import Relationship

from ...invoca import InvocaClient
from .impact import hints
from .schema import arrow_schema, columns
from .tables import to_table
from .tally import Tally

RELATIONSHIP_COLUMNS = columns("affiliate_clients.generated.invoca_client", "Relationship", Relationship)
RELATIONSHIP_SCHEMA = arrow_schema(RELATIONSHIP_COLUMNS, {"advertiser_id_from_network": pa.string(),
                                                          "network_id": pa.string()})


@attrs.frozen
class InvocaLanding:
    """The advertisers whose relationships to land; ``client`` builds the :class:`InvocaClient`."""

    client: Callable[[], InvocaClient]
    advertiser_ids: Sequence[str]
    tally: Tally = attrs.field(factory=Tally)


def relationship_tables(landing: InvocaLanding) -> Iterator[pa.Table]:
    with landing.client() as client:
        for advertiser in landing.advertiser_ids:
            found = list(client.relationships(advertiser))
            landing.tally.page(len(found), client.stats)
            if found:
                extra = {"advertiser_id_from_network": [str(advertiser)] * len(found),
                         "network_id": [client.network_id] * len(found)}
                yield to_table(found, RELATIONSHIP_COLUMNS, extra, RELATIONSHIP_SCHEMA)


def invoca_source(landing: InvocaLanding) -> DltSource:
    """The dlt source: ``relationships`` (replaced on every run; key advertiser + affiliate)."""
    resource = dlt.resource(lambda: relationship_tables(landing), name="relationships", write_disposition="replace",
                            primary_key=("advertiser_id_from_network", "affiliate_id_from_network"),
                            columns=hints(RELATIONSHIP_COLUMNS, RELATIONSHIP_SCHEMA))

    @dlt.source(name="invoca", max_table_nesting=0)
    def source() -> Any:
        return [resource]

    return source()
