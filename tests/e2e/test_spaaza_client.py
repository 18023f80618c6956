"""The Spaaza overlay against the Spaaza sandbox, in-process: campaign groups, exact date strings, the version
header, typed errors per Spaaza code, checks before any request, no replayed creates, and a canary key."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import traceback
from typing import Any

import attrs
import httpx
import pytest
from affiliate_clients import RetryPolicy, Transport
from affiliate_clients.generated.spaaza_client.api.campaign_groups import create_campaign_group
from affiliate_clients.generated.spaaza_client.models import CampaignGroupCreate, CampaignGroupUpdateForm
from affiliate_clients.http.errors import BadRequest, Forbidden, InvalidRequest, RateLimited, ServerError, Unauthorized
from affiliate_clients.sandbox import spaaza
from affiliate_clients.sandbox.common.config import FaultPlan, SandboxConfig
from affiliate_clients.spaaza import STAGING, ChainNotFound, NoValidSession, SpaazaClient, SpaazaError
from affiliate_clients.spaaza.errors import ParameterMismatch, PermissionDenied

from tests.helpers import Recorder

FAST = RetryPolicy(wait_initial=0.0, wait_jitter=0.0, wait_max=0.0)
WRONG_CANARY = "canary-spaaza-WRONG-41d9e2"


def _client(app: Any, **kwargs: Any) -> tuple[SpaazaClient, Recorder]:
    recorder = Recorder(app)
    if "bearer_token" not in kwargs and "session_key" not in kwargs:
        kwargs.update(session_user_id=spaaza.SESSION_USER_ID, session_key=spaaza.SESSION_KEY)
    client = SpaazaClient(base_url="http://127.0.0.1", retry=kwargs.pop("retry", FAST),
                          transport=Transport(sync=recorder, async_=recorder), **kwargs)
    return client, recorder


def _groups(app: Any) -> dict[int, dict[str, Any]]:
    return app.state.campaign_groups.groups  # type: ignore[no-any-return]


# -- campaign groups -----------------------------------------------------------------------------------------
def test_create_sends_dates_exactly_and_the_version_header() -> None:
    app = spaaza.create_app()
    client, rec = _client(app)
    with client:
        group = client.create_campaign_group(123, "Summer", dt.datetime(2025, 6, 1), "2025-08-31 23:59:59")
    assert (group.name, group.chain_id, group.active_date_from, group.active_date_until) == \
        ("Summer", 123, "2025-06-01 00:00:00", "2025-08-31 23:59:59")
    assert _groups(app)[group.id]["active_date_from"] == "2025-06-01 00:00:00"
    (request,) = rec.requests
    assert request.method == "POST" and request.url.path == "/internal/alter-campaign-group"
    assert json.loads(request.content) == {"chain_id": 123, "name": "Summer", "active_date_from":
                                           "2025-06-01 00:00:00", "active_date_until": "2025-08-31 23:59:59"}
    assert (request.headers["X-Spaaza-API-version"], request.headers["X-Spaaza-Session-Key"]) == \
        ("1.4.3", spaaza.SESSION_KEY)


def test_update_changes_only_what_is_sent_in_json_and_form() -> None:
    app = spaaza.create_app()
    client, rec = _client(app, api_version="1.5.0")
    with client:
        updated = client.update_campaign_group(456, 123, name="Renamed")
        assert (updated.name, updated.active_date_from) == ("Renamed", "2025-06-01 00:00:00")
        formed = client.update_campaign_group(456, 123, active_date_until=dt.datetime(2025, 9, 15, 23, 59, 59),
                                              form=True)
    assert formed.active_date_until == "2025-09-15 23:59:59" and formed.name == "Renamed"
    assert [(r.method, r.headers["X-Spaaza-API-version"]) for r in rec.requests] == [("PUT", "1.5.0")] * 2
    assert rec.requests[1].content == b"chain_id=123&id=456&active_date_until=2025-09-15+23%3A59%3A59"


def test_async_create_and_update_with_bearer_and_the_general_envelope() -> None:
    app = spaaza.create_app(envelope="results")

    async def run() -> None:
        client, rec = _client(app, bearer_token=spaaza.BEARER_TOKEN)
        async with client:
            created = await client.acreate_campaign_group(124, "Async", form=True)
            updated = await client.aupdate_campaign_group(created.id, 124, name="Async 2",
                                                          active_date_from="2026-01-01 00:00:00")
        assert (updated.id, updated.name, updated.active_date_from) == (created.id, "Async 2", "2026-01-01 00:00:00")
        assert all(r.headers["Authorization"] == f"Bearer {spaaza.BEARER_TOKEN}" for r in rec.requests)
        assert all(r.headers["X-Spaaza-API-version"] == "1.4.3" for r in rec.requests)

    asyncio.run(run())
    assert any(g["name"] == "Async 2" for g in _groups(app).values())


# -- typed errors --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("call", "error", "base", "code"), [
    (lambda c: c.create_campaign_group(5, "No such chain"), ChainNotFound, BadRequest, 217),
    (lambda c: c.create_campaign_group(999, "Not ours"), PermissionDenied, Forbidden, 68),
    (lambda c: c.update_campaign_group(99_999, 123, name="Gone"), PermissionDenied, Forbidden, 68),
    (lambda c: c.update_campaign_group(456, 124, name="Wrong chain"), ParameterMismatch, BadRequest, 462),
    (lambda c: c.update_campaign_group(456, 123, active_date_until="2025-01-01 00:00:00"), ParameterMismatch,
     BadRequest, 462),
])
def test_error_codes_become_typed_errors(call: Any, error: type[SpaazaError], base: type[Exception],
                                         code: int) -> None:
    app = spaaza.create_app()
    client, _ = _client(app)
    with client, pytest.raises(error) as caught:
        call(client)
    assert isinstance(caught.value, base) and isinstance(caught.value, SpaazaError) and error.NAME in str(caught.value)
    assert (caught.value.code, caught.value.name) == (code, error.NAME)


def test_no_valid_session_sync_and_async() -> None:
    app = spaaza.create_app()
    client, _ = _client(app, session_user_id=spaaza.SESSION_USER_ID, session_key=WRONG_CANARY)
    with client, pytest.raises(NoValidSession) as caught:
        client.create_campaign_group(123, "x")
    assert isinstance(caught.value, Unauthorized) and caught.value.code == 6

    async def run() -> None:
        aclient, _ = _client(app, bearer_token=WRONG_CANARY)
        async with aclient:
            with pytest.raises(NoValidSession):
                await aclient.aupdate_campaign_group(456, 123, name="x")

    asyncio.run(run())


# -- creates are never replayed ------------------------------------------------------------------------------
async def _acreate(client: SpaazaClient) -> None:
    async with client:
        await client.acreate_campaign_group(123, "Once")


@pytest.mark.parametrize(("fault", "error"), [("429", RateLimited), ("503", ServerError), ("drop", httpx.TransportError)])
@pytest.mark.parametrize("asynchronous", [False, True])
def test_a_create_is_sent_exactly_once(fault: str, error: type[Exception], asynchronous: bool) -> None:
    app = spaaza.create_app(SandboxConfig(faults=FaultPlan(schedule={1: fault}, retry_after_seconds=0)))
    before = len(_groups(app))
    client, _ = _client(app, retry=attrs.evolve(FAST, attempts=5))
    assert client.retry.replay_refused is False
    with client, pytest.raises(error):
        asyncio.run(_acreate(client)) if asynchronous else client.create_campaign_group(123, "Once")
    assert app.state.stats.requests == 1, "the create was sent again"
    if fault != "drop":  # a dropped answer comes after the server stored the group: that is why it is not replayed
        assert len(_groups(app)) == before


def test_an_update_is_idempotent_and_retried_after_5xx() -> None:
    app = spaaza.create_app(SandboxConfig(faults=FaultPlan(schedule={1: "503", 2: "drop"})))
    client, _ = _client(app)
    with client:
        group = client.update_campaign_group(457, 123, name="Winter Sale 2")
        assert client.stats.retries == 2
    assert group.name == "Winter Sale 2" and app.state.stats.requests == 3


# -- checks before any request -------------------------------------------------------------------------------
CREATE_CASES = [
    ({"chain_id": 123, "name": None}, "name"),
    ({"chain_id": 123, "name": ""}, "name"),
    ({"chain_id": 123, "name": "x" * 256}, "name"),
    ({"chain_id": 0, "name": "x"}, "chain_id"),
    ({"chain_id": "123", "name": "x"}, "chain_id"),
    ({"chain_id": True, "name": "x"}, "chain_id"),
    ({"chain_id": 123, "name": "x", "active_date_from": "2025-06-01T00:00:00"}, "active_date_from"),
    ({"chain_id": 123, "name": "x", "active_date_until": "2025-06-01 00:00:00+02:00"}, "active_date_until"),
    ({"chain_id": 123, "name": "x", "active_date_from": "2025-02-30 00:00:00"}, "active_date_from"),
    ({"chain_id": 123, "name": "x", "active_date_from": dt.date(2025, 6, 1)}, "active_date_from"),
    ({"chain_id": 123, "name": "x", "active_date_from": dt.datetime(2025, 6, 1, tzinfo=dt.UTC)}, "active_date_from"),
    ({"chain_id": 123, "name": "x", "active_date_from": "2025-06-02 00:00:00",
      "active_date_until": dt.datetime(2025, 6, 1)}, "active_date_from"),
]
UPDATE_CASES = [({"id": None, "chain_id": 123, "name": "x"}, "id"), ({"id": -4, "chain_id": 123}, "id"),
                ({"id": 456, "chain_id": None}, "chain_id"), ({"id": 456, "chain_id": 123, "name": "y" * 300}, "name"),
                ({"id": 456, "chain_id": 123, "active_date_until": "31-12-2025 00:00:00"}, "active_date_until")]


@pytest.mark.parametrize(("method", "kwargs", "parameter"), [("create", *case) for case in CREATE_CASES] +
                         [("update", *case) for case in UPDATE_CASES])
def test_rules_are_checked_before_any_request(method: str, kwargs: dict[str, Any], parameter: str) -> None:
    app = spaaza.create_app()
    client, _ = _client(app)
    with client, pytest.raises(InvalidRequest) as caught:
        getattr(client, f"{method}_campaign_group")(**kwargs)
    assert caught.value.parameter == parameter and caught.value.rule

    async def run() -> None:
        async with client:
            with pytest.raises(InvalidRequest) as acaught:
                await getattr(client, f"a{method}_campaign_group")(**kwargs)
            assert acaught.value.parameter == parameter

    asyncio.run(run())
    assert app.state.stats.requests == 0


def test_direct_calls_with_generated_bodies_are_checked_too() -> None:
    app = spaaza.create_app()
    client, _ = _client(app)
    with client:
        with pytest.raises(InvalidRequest, match="name: must be at most 255"):
            client.call(create_campaign_group, body=CampaignGroupCreate(chain_id=123, name="z" * 256))
        with pytest.raises(InvalidRequest, match="active_date_from"):
            client.call(create_campaign_group, body=CampaignGroupCreate(chain_id=123, name="z",
                                                                        active_date_from="2025-06-01T00:00:00Z"))
        with pytest.raises(InvalidRequest, match="body"):
            client.call(create_campaign_group, body=CampaignGroupUpdateForm(chain_id=123, id=456))
        created = client.call(create_campaign_group, body=CampaignGroupCreate(chain_id=123, name="direct"))
    assert created.data.name == "direct" and app.state.stats.requests == 1


def test_credentials_and_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SPAAZA_SESSION_USER_ID", "SPAAZA_SESSION_KEY", "SPAAZA_BEARER_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    for kwargs, rule in (({}, "session_user_id"), ({"session_user_id": "1", "session_key": "k", "bearer_token": "t"},
                                                    "not both"), ({"bearer_token": "t", "api_version": "v1"}, "api_version"),
                         ({"bearer_token": "t", "base_url": "http://api0.spaaza.com"}, "base_url")):
        with pytest.raises(InvalidRequest, match=rule):
            SpaazaClient(**kwargs)  # type: ignore[arg-type]
    monkeypatch.setenv("SPAAZA_BEARER_TOKEN", "from-env")
    with SpaazaClient(base_url=STAGING) as client:
        assert repr(client) == "SpaazaClient(base_url='https://apistage0.spaaza.com', auth='bearer', api_version='1.4.3')"


# -- the canary key ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("form", ["session", "bearer"])
def test_canary_credentials_never_leak(form: str, fresh_log_filters: None, caplog: pytest.LogCaptureFixture,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    secret = spaaza.SESSION_KEY if form == "session" else spaaza.BEARER_TOKEN
    def credentials(value: str) -> dict[str, str]:
        return {"session_user_id": spaaza.SESSION_USER_ID, "session_key": value} if form == "session" else \
            {"bearer_token": value}

    app = spaaza.create_app(SandboxConfig(faults=FaultPlan(schedule={2: "503", 3: "drop", 5: "429", 6: "500",
                                                                     7: "500"}, retry_after_seconds=0)))
    caplog.set_level(logging.DEBUG)
    client, _ = _client(app, retry=attrs.evolve(FAST, attempts=2), **credentials(secret))
    bad, _ = _client(app, **credentials(WRONG_CANARY))
    errors: list[BaseException] = []
    with client, bad:
        for action in (lambda: client.create_campaign_group(123, "Canary"),          # 1: success
                       lambda: client.update_campaign_group(456, 123, name="C2"),    # 2: 503, 3: drop: retries spent
                       lambda: client.update_campaign_group(456, 123, name="C3"),    # 4: success
                       lambda: client.create_campaign_group(123, "Refused"),         # 5: 429, not replayed
                       lambda: client.update_campaign_group(456, 123, name="C4"),    # 6, 7: 500
                       lambda: client.create_campaign_group(5, "Nowhere"),           # 8: 217
                       lambda: bad.create_campaign_group(123, "Bad"),                # 9: 6
                       lambda: client.create_campaign_group(123, "x" * 300)):        # InvalidRequest
            try:
                action()  # type: ignore[no-untyped-call]
            except Exception as exc:  # noqa: BLE001 - every kind of failure is inspected below
                errors.append(exc)
        try:
            asyncio.run(bad.acreate_campaign_group(123, "Bad async"))                 # 10: 6
        except NoValidSession as exc:
            errors.append(exc)
        print(repr(client), repr(bad), *errors)
    assert [type(e) for e in errors][1:] == [RateLimited, ServerError, ChainNotFound, NoValidSession, InvalidRequest,
                                             NoValidSession]
    assert isinstance(errors[0], httpx.TransportError) and client.stats.retries >= 1
    texts = [caplog.text, repr(client), repr(bad), capsys.readouterr().out]
    texts += [record.getMessage() + repr(vars(record)) for record in caplog.records]
    for error in errors:
        texts += [str(error), repr(error), "".join(traceback.format_exception(error)), repr(vars(error))]
    for canary in (secret, WRONG_CANARY):
        leaks = [text for text in texts if canary in text]
        assert not leaks, f"{canary} leaked: {leaks[0][:300]}"
