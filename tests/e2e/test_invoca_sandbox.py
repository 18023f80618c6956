"""The generated Invoca client against the Invoca sandbox, in-process (sync and async)."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from affiliate_clients.generated.invoca_client import Client
from affiliate_clients.generated.invoca_client.api.relationships import (
    create_relationship,
    delete_relationship,
    get_relationship,
    list_relationships,
    update_relationship,
)
from affiliate_clients.generated.invoca_client.models import (
    EmptyObject,
    ErrorBody,
    Relationship,
    RelationshipStatus,
    RelationshipWrite,
    ValidationErrorBody,
)
from affiliate_clients.sandbox import invoca
from affiliate_clients.sandbox.common.serve import SyncASGITransport

BASE = "http://invoca.sandbox/api/2022-08-01/77"  # the real URL shape: version and network id in the base


def make_client(headers: dict[str, str] | None = None, base: str = BASE) -> Client:
    client = Client(base_url=base, raise_on_unexpected_status=True)
    transport = SyncASGITransport(invoca.create_app())
    client.set_httpx_client(httpx.Client(base_url=base, transport=transport,
                                         headers=invoca.AUTH_HEADERS if headers is None else headers))
    return client


def test_list_returns_the_documented_example() -> None:
    relationships = list_relationships.sync(advertiser_id_from_network="1", client=make_client())
    assert isinstance(relationships, list)
    assert [r.to_dict() for r in relationships] == [
        {"status": "Approved", "affiliate_id_from_network": "222"},
        {"status": "Approved", "affiliate_id_from_network": "34518"},
    ]


def test_post_creates_and_put_updates_idempotently() -> None:
    client = make_client()
    created = create_relationship.sync_detailed("1", "900", client=client,
                                                body=RelationshipWrite(RelationshipStatus.APPROVED))
    assert created.status_code == 201 and isinstance(created.parsed, EmptyObject)
    again = create_relationship.sync_detailed("1", "900", client=client,
                                              body=RelationshipWrite(RelationshipStatus.SUSPENDED))
    assert again.status_code == 201
    assert get_relationship.sync("1", "900", client=client) == Relationship(RelationshipStatus.SUSPENDED, "900")
    upserted = update_relationship.sync_detailed("1", "901", client=client,
                                                 body=RelationshipWrite(RelationshipStatus.DECLINED))
    assert upserted.status_code == 200 and isinstance(upserted.parsed, EmptyObject)
    assert get_relationship.sync("1", "901", client=client) == Relationship(RelationshipStatus.DECLINED, "901")


def test_disallowed_transition_is_a_403_with_field_errors() -> None:
    answer = update_relationship.sync_detailed("1", "222", client=make_client(),
                                               body=RelationshipWrite(RelationshipStatus.PENDING))
    assert answer.status_code == 403
    assert isinstance(answer.parsed, ValidationErrorBody)
    assert answer.parsed.errors["status"] == ["cannot transition from 'Approved' to 'Pending'"]


def test_delete_then_get_is_404() -> None:
    client = make_client()
    assert delete_relationship.sync_detailed("1", "34518", client=client).status_code == 200
    missing = get_relationship.sync_detailed("1", "34518", client=client)
    assert missing.status_code == 404
    assert isinstance(missing.parsed, ErrorBody) and missing.parsed.errors.class_ == "RecordNotFound"


@pytest.mark.parametrize(("headers", "params", "base", "status"), [
    ({}, {}, BASE, 401),
    ({"Authorization": "Bearer " + invoca.TOKEN}, {}, BASE, 401),  # Invoca wants the bare token
    ({}, {"oauth_token": invoca.TOKEN}, BASE, 200),
    (invoca.AUTH_HEADERS, {}, "http://invoca.sandbox", 200),  # bare paths are served too
])
def test_token_forms(headers: dict[str, str], params: dict[str, str], base: str, status: int) -> None:
    answer = make_client(headers, base).get_httpx_client().get("/advertisers/1/affiliates.json", params=params)
    assert answer.status_code == status


def test_async_client() -> None:
    async def run() -> list[Relationship]:
        client = Client(base_url=BASE)
        client.set_async_httpx_client(httpx.AsyncClient(
            base_url=BASE, transport=httpx.ASGITransport(invoca.create_app()), headers=invoca.AUTH_HEADERS))
        async with client:
            result = await list_relationships.asyncio("1", client=client)
        assert isinstance(result, list)
        return result

    assert [r.affiliate_id_from_network for r in asyncio.run(run())] == ["222", "34518"]
