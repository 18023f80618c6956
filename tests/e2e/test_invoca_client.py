"""The Invoca overlay against the Invoca sandbox, in-process: auth forms, idempotent writes, typed errors,
checks before any request, retries, and a canary token that must never leak."""

from __future__ import annotations

import asyncio
import logging
import traceback
from typing import Any

import attrs
import pytest
from affiliate_clients import RetryPolicy, Transport
from affiliate_clients.generated.invoca_client.api.relationships import delete_relationship, get_relationship
from affiliate_clients.generated.invoca_client.models import Relationship, RelationshipStatus
from affiliate_clients.http.errors import Forbidden, InvalidRequest, NotFound, ServerError, Unauthorized
from affiliate_clients.http.redact import redact_url
from affiliate_clients.invoca import InvocaClient, ValidationFailed
from affiliate_clients.sandbox import invoca
from affiliate_clients.sandbox.common.config import FaultPlan, SandboxConfig

from tests.helpers import Recorder

FAST = RetryPolicy(wait_initial=0.0, wait_jitter=0.0, wait_max=0.0)
NETWORK = "77"
WRONG_CANARY = "canary-invoca-WRONG-7f3a9c"


def _client(app: Any, token: str = invoca.TOKEN, **kwargs: Any) -> tuple[InvocaClient, Recorder]:
    recorder = Recorder(app)
    client = InvocaClient(token, NETWORK, base_url="http://127.0.0.1", retry=kwargs.pop("retry", FAST),
                          transport=Transport(sync=recorder, async_=recorder), **kwargs)
    return client, recorder


def _truth(app: Any, advertiser: str) -> dict[str, str]:
    return dict(app.state.relationships.advertisers[advertiser])


# -- auth ----------------------------------------------------------------------------------------------------
def test_header_auth_sends_the_raw_token_and_keeps_urls_clean() -> None:
    client, rec = _client(invoca.create_app())
    with client:
        client.set_relationship("1", "222", "Approved")
    (request,) = rec.requests
    assert request.headers["Authorization"] == invoca.TOKEN and invoca.TOKEN not in str(request.url)  # no Bearer
    assert (request.method, request.url.path) == ("PUT", f"/api/2016-05-01/{NETWORK}/advertisers/1/affiliates/222.json")


def test_query_auth_sends_oauth_token_and_no_header() -> None:
    client, rec = _client(invoca.create_app(), auth="query", api_version="2022-08-01")
    with client:
        assert [r.affiliate_id_from_network for r in client.relationships("1")] == ["222", "34518"]
    (request,) = rec.requests
    assert request.url.params["oauth_token"] == invoca.TOKEN and "authorization" not in request.headers
    assert request.url.path.startswith(f"/api/2022-08-01/{NETWORK}/")


def test_default_base_url_and_configuration_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    with InvocaClient("t", 1234, host="leadtrust.invoca.net") as client:
        assert client.base_url == "https://leadtrust.invoca.net/api/2016-05-01/1234"
    monkeypatch.setenv("INVOCA_API_TOKEN", "from-env")
    monkeypatch.setenv("INVOCA_NETWORK_ID", "55")
    with InvocaClient() as client:
        assert client.base_url == "https://invoca.net/api/2016-05-01/55"
    for kwargs, parameter in (({"auth": "cookie"}, "auth"), ({"base_url": "http://invoca.example"}, "base_url"),
                              ({"api_version": ""}, "api_version"), ({"host": "https://x.invoca.net"}, "host")):
        with pytest.raises(InvalidRequest) as caught:
            InvocaClient("t", 1, **kwargs)  # type: ignore[arg-type]
        assert caught.value.parameter == parameter
    monkeypatch.delenv("INVOCA_API_TOKEN")
    with pytest.raises(InvalidRequest, match="INVOCA_API_TOKEN"):
        InvocaClient(network_id=1)


# -- relationships -------------------------------------------------------------------------------------------
def test_set_relationship_creates_then_updates_idempotently_with_put() -> None:
    app = invoca.create_app()
    client, rec = _client(app)
    with client:
        assert client.set_relationship("2", "4242", RelationshipStatus.PENDING) == \
            Relationship(RelationshipStatus.PENDING, "4242")
        client.set_relationship("2", "4242", "Pending")  # the same write again changes nothing
        assert _truth(app, "2")["4242"] == "Pending"
        client.set_relationship(2, 4242, "Approved")
        assert _truth(app, "2")["4242"] == "Approved"
        assert client.call(get_relationship, advertiser_id_from_network="2",
                           affiliate_id_from_network="4242").status is RelationshipStatus.APPROVED
        listed = {r.affiliate_id_from_network: r.status.value for r in client.relationships("2")}
    assert listed == _truth(app, "2")
    assert {r.method for r in rec.requests[:3]} == {"PUT"}


def test_async_set_and_iterate() -> None:
    app = invoca.create_app()

    async def run() -> list[Relationship]:
        client, rec = _client(app)
        async with client:
            await client.aset_relationship("3", "77001", "Suspended")
            await client.aset_relationship("3", "77001", "Suspended")
            found = [r async for r in client.arelationships("3")]
        assert rec.requests and all(r.headers["Authorization"] == invoca.TOKEN for r in rec.requests)
        return found

    found = asyncio.run(run())
    assert {r.affiliate_id_from_network: r.status.value for r in found} == _truth(app, "3")
    assert _truth(app, "3")["77001"] == "Suspended"


def test_listing_matches_the_ground_truth_and_call_runs_any_generated_operation() -> None:
    app = invoca.create_app()
    client, _ = _client(app)
    with client:
        for advertiser in invoca.ADVERTISERS:
            assert {r.affiliate_id_from_network: r.status.value for r in client.relationships(advertiser)} == \
                _truth(app, advertiser)
        client.call(delete_relationship, advertiser_id_from_network="1", affiliate_id_from_network="222")
        with pytest.raises(NotFound) as caught:
            client.call(get_relationship, advertiser_id_from_network="1", affiliate_id_from_network="222")
    assert "222" not in _truth(app, "1")
    assert "RecordNotFound" in str(caught.value)


# -- retries -------------------------------------------------------------------------------------------------
def test_set_relationship_is_retried_after_5xx_and_a_dropped_connection() -> None:
    app = invoca.create_app(SandboxConfig(faults=FaultPlan(schedule={1: "503", 2: "drop", 4: "500"})))
    client, _ = _client(app)
    with client:
        client.set_relationship("4", "31337", "Declined")
        client.set_relationship("4", "31337", "Declined")
        retries = client.stats.retries
    assert _truth(app, "4")["31337"] == "Declined"
    assert retries == 3 and app.state.stats.requests == 5


def test_put_is_retried_after_429_async() -> None:
    app = invoca.create_app(SandboxConfig(faults=FaultPlan(schedule={1: "429"}, retry_after_seconds=0)))

    async def run() -> None:
        client, _ = _client(app)
        async with client:
            await client.aset_relationship("5", "60606", "Approved")
            assert client.stats.rate_limited == 1

    asyncio.run(run())
    assert _truth(app, "5")["60606"] == "Approved" and app.state.stats.requests == 2


# -- typed errors --------------------------------------------------------------------------------------------
def test_validation_answer_is_a_typed_forbidden_with_field_messages() -> None:
    app = invoca.create_app()
    client, _ = _client(app)
    with client, pytest.raises(ValidationFailed) as caught:
        client.set_relationship("1", "222", "Pending")  # Approved -> Pending is not allowed
    error = caught.value
    assert isinstance(error, Forbidden) and error.status == 403
    assert error.fields == {"status": ["cannot transition from 'Approved' to 'Pending'"]}
    assert "status: cannot transition" in str(error)

    async def arun() -> None:
        aclient, _ = _client(app)
        async with aclient:
            with pytest.raises(ValidationFailed) as acaught:
                await aclient.aset_relationship("1", "34518", "Pending")
        assert acaught.value.fields["status"] == ["cannot transition from 'Approved' to 'Pending'"]

    asyncio.run(arun())


def test_unknown_advertiser_wrong_token_and_persistent_server_errors() -> None:
    app = invoca.create_app(SandboxConfig(faults=FaultPlan(schedule={2: "500", 3: "500"})))
    client, _ = _client(app, retry=attrs.evolve(FAST, attempts=2))
    with client:
        with pytest.raises(NotFound, match="advertiser 999"):
            list(client.relationships("999"))
        with pytest.raises(ServerError) as failed:
            list(client.relationships("1"))
    assert failed.value.status == 500 and "InternalServiceError" in str(failed.value)
    bad, _ = _client(app, token=WRONG_CANARY)
    with bad, pytest.raises(Unauthorized) as caught:
        bad.set_relationship("1", "222", "Approved")
    assert "NotAuthorized" in str(caught.value)


# -- checks before any request -------------------------------------------------------------------------------
@pytest.mark.parametrize(("args", "parameter"), [
    (("1", "222", "Active"), "status"),
    (("1", "222", "approved"), "status"),
    (("", "222", "Approved"), "advertiser_id_from_network"),
    (("1", "", "Approved"), "affiliate_id_from_network"),
])
def test_bad_writes_are_refused_before_any_request(args: tuple[str, str, str], parameter: str) -> None:
    app = invoca.create_app()
    client, _ = _client(app)
    with client, pytest.raises(InvalidRequest) as caught:
        client.set_relationship(*args)
    assert caught.value.parameter == parameter

    async def arun() -> None:
        aclient, _ = _client(app)
        async with aclient:
            with pytest.raises(InvalidRequest) as acaught:
                await aclient.aset_relationship(*args)
        assert acaught.value.parameter == parameter

    asyncio.run(arun())
    assert app.state.stats.requests == 0


def test_bad_reads_are_refused_before_any_request() -> None:
    app = invoca.create_app()
    client, _ = _client(app)
    with client:
        with pytest.raises(InvalidRequest, match="advertiser_id_from_network"):
            list(client.relationships(""))
        with pytest.raises(InvalidRequest, match="affiliate_id_from_network"):
            client.call(get_relationship, advertiser_id_from_network="1", affiliate_id_from_network="")
    assert app.state.stats.requests == 0


# -- the canary token ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("auth", ["header", "query"])
def test_canary_token_never_leaks(auth: str, fresh_log_filters: None, caplog: pytest.LogCaptureFixture,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    faults = FaultPlan(schedule={2: "503", 3: "drop", 5: "429", 8: "500", 9: "500", 10: "500"})
    app = invoca.create_app(SandboxConfig(faults=faults))
    caplog.set_level(logging.DEBUG)
    client, rec = _client(app, auth=auth, retry=attrs.evolve(FAST, attempts=3))
    bad, _ = _client(app, token=WRONG_CANARY, auth=auth)
    errors: list[BaseException] = []
    with client, bad:
        for action in (lambda: client.set_relationship("1", "9001", "Approved"),  # request 1: success
                       lambda: client.set_relationship("1", "9002", "Approved"),  # 2: 503, 3: dropped, 4: success
                       lambda: list(client.relationships("1")),                   # 5: 429, 6: success
                       lambda: client.set_relationship("1", "222", "Pending"),    # 7: 403 validation
                       lambda: list(client.relationships("1")),                   # 8, 9, 10: 500, retries exhausted
                       lambda: bad.set_relationship("1", "222", "Approved"),      # 11: 401
                       lambda: client.set_relationship("1", "222", "Nope")):      # InvalidRequest, no request
            try:
                action()
            except Exception as exc:  # noqa: BLE001 - every kind of failure is inspected below
                errors.append(exc)

        async def arun() -> None:
            async with client:
                await client.aset_relationship("1", "9003", "Declined")
                try:
                    await bad.aset_relationship("1", "9003", "Approved")
                except Unauthorized as exc:
                    errors.append(exc)

        asyncio.run(arun())
        print(repr(client), repr(bad), client.base_url, *errors)
        print(*(redact_url(str(r.url)) for r in rec.requests))
    assert [type(e) for e in errors] == [ValidationFailed, ServerError, Unauthorized, InvalidRequest, Unauthorized]
    assert (invoca.TOKEN in " ".join(str(r.url) for r in rec.requests)) == (auth == "query")  # the form it claims
    assert len(app.state.stats.injected) == client.stats.retries + 1 == 6  # the last 500 was final
    texts = [caplog.text, repr(client), repr(bad), client.base_url, capsys.readouterr().out]
    texts += [record.getMessage() + repr(vars(record)) for record in caplog.records]
    for error in errors:
        texts += [str(error), repr(error), "".join(traceback.format_exception(error)), repr(vars(error))]
    # the query token is added by the innermost transport (http/scrub.py): no log line carries it, masked or not
    assert not any("oauth_token" in record.getMessage() for record in caplog.records)
    for canary in (invoca.TOKEN, WRONG_CANARY):
        leaks = [text for text in texts if canary in text]
        assert not leaks, f"{canary} leaked: {leaks[0][:300]}"
