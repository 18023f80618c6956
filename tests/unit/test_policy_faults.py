"""Faults the retry layer and the errors used to miss (issue 16, items 1-6), through ``call()``/``acall()`` over an
``httpx.MockTransport``, sync and async: every one retried when it may be, then typed."""

from __future__ import annotations

import asyncio
import gzip
import time
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from affiliate_clients import AffiliateClientError, ImpactClient, RetryPolicy, Transport
from affiliate_clients.generated.impact_client.api.partner_groups import create_partner_group, get_partner_group
from affiliate_clients.generated.impact_client.models import CreatePartnerGroupForm, PartnerGroup
from affiliate_clients.http.budget import Rate
from affiliate_clients.http.errors import (
    ApiError,
    BadRequest,
    Forbidden,
    NotFound,
    OutcomeUnknown,
    RateLimited,
    ServerError,
    Unauthorized,
    UnreadableAnswer,
)
from affiliate_clients.http.paging import ConnectionFailed

GROUP = b'{"Id": "5", "Name": "VIP"}'
JSON = {"content-type": "application/json"}
ATTEMPTS = 3
DEADLINE = 0.3
FAST = RetryPolicy(attempts=ATTEMPTS, wait_initial=0.0, wait_jitter=0.0, wait_max=0.0, attempt_deadline=DEADLINE,
                   attempt_min_rate=1e9)
Answer = Callable[[httpx.Request, int], httpx.Response]


class Trickle(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body sent a few bytes at a time, ``pause`` seconds apart (each gap well inside any read timeout)."""

    def __init__(self, body: bytes, pause: float = 0.05, size: int = 2) -> None:
        self.chunks = [body[i:i + size] for i in range(0, len(body), size)]
        self.pause = pause

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            time.sleep(self.pause)
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            await asyncio.sleep(self.pause)
            yield chunk


def _answer(status: int, body: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    """An answer whose body is read (and decoded) only when the client reads it, as from the network."""
    return httpx.Response(status, headers=headers if headers is not None else JSON, stream=httpx.ByteStream(body))


def _run(answer: Answer, send: Callable[[ImpactClient], Any], mode: str,
         policy: RetryPolicy = FAST, rate: Rate | None = None) -> tuple[Any, int]:
    """``send`` through a client whose server answers ``answer(request, n)`` to its n-th request; returns
    what ``send`` gave (or the exception it raised) and how many requests the server saw."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(request, len(seen))

    mock = httpx.MockTransport(handler)

    def client() -> ImpactClient:
        return ImpactClient("IRsid", "token", rate=rate, retry=policy, transport=Transport(sync=mock, async_=mock))

    if mode == "sync":
        with client() as impact:
            try:
                return send(impact), len(seen)
            except Exception as error:  # noqa: BLE001 - the outcome is what the test looks at
                return error, len(seen)

    async def run() -> Any:
        async with client() as impact:
            try:
                return await send(impact)
            except Exception as error:  # noqa: BLE001
                return error

    return asyncio.run(run()), len(seen)


def _get(mode: str) -> Callable[[ImpactClient], Any]:
    if mode == "sync":
        return lambda impact: impact.call(get_partner_group, campaign_id=1, partner_group_id=2)
    return lambda impact: impact.acall(get_partner_group, campaign_id=1, partner_group_id=2)


def _post(mode: str) -> Callable[[ImpactClient], Any]:
    form = CreatePartnerGroupForm(name="VIP")
    if mode == "sync":
        return lambda impact: impact.call(create_partner_group, campaign_id=1, body=form)
    return lambda impact: impact.acall(create_partner_group, campaign_id=1, body=form)


MODES = pytest.mark.parametrize("mode", ["sync", "async"])
# Item 1: bodies that do not match their Content-Encoding.
MISMATCHES = {
    "plain text labelled gzip": (GROUP, "gzip"),
    "gzip labelled deflate": (gzip.compress(GROUP), "deflate"),
    "deflate labelled gzip": (zlib.compress(GROUP), "gzip"),
    "a gzip stream cut short": (gzip.compress(GROUP * 50)[:40], "gzip"),
}


@MODES
@pytest.mark.parametrize("fault", MISMATCHES)
def test_a_body_that_does_not_match_its_encoding_is_retried_then_typed(mode: str, fault: str) -> None:
    body, encoding = MISMATCHES[fault]
    broken = {**JSON, "content-encoding": encoding}
    result, sent = _run(lambda _, n: _answer(200, body, broken) if n == 1 else _answer(200, GROUP), _get(mode), mode)
    assert isinstance(result, PartnerGroup) and sent == 2
    result, sent = _run(lambda _, n: _answer(200, body, broken), _get(mode), mode)
    assert isinstance(result, AffiliateClientError) and sent == ATTEMPTS
    if fault != "a gzip stream cut short":  # zlib reads a cut gzip stream as far as it goes: not JSON, retried
        assert isinstance(result, UnreadableAnswer) and isinstance(result, httpx.DecodingError)
        assert result.status == 200 and "Content-Encoding" in str(result)


@MODES
def test_an_unreadable_answer_to_a_post_is_typed_and_not_replayed(mode: str) -> None:
    result, sent = _run(lambda _, n: _answer(200, GROUP, {**JSON, "content-encoding": "gzip"}), _post(mode), mode)
    assert isinstance(result, UnreadableAnswer) and sent == 1


# Item 2: a wait above a day is a wait (not an epoch): above the cap it raises at once, the budget not held.
@MODES
def test_a_retry_after_above_a_day_raises_rate_limited_at_once(mode: str) -> None:
    answer = _answer(429, b'{"Status": "ERROR", "Message": "slow down"}', {**JSON, "Retry-After": "86401"})
    started = time.monotonic()
    result, sent = _run(lambda _, n: answer, _get(mode), mode, rate=Rate(1000, 1))
    assert isinstance(result, RateLimited) and result.retry_after == 86_401.0 and sent == 1
    assert time.monotonic() - started < 5


# Item 3: any status >= 400 is the typed error for that status, carrying the raw body, envelope or not.
ERROR_BODIES = [
    (500, b"<html><body><h1>500 Internal Server Error</h1>nginx</body></html>", "text/html", ServerError),
    (503, b"<html>Service Unavailable</html>", "text/html", ServerError),
    (401, b"<html><body>401 Authorization Required</body></html>", "text/html", Unauthorized),
    (403, b"Forbidden by the gateway", "text/plain", Forbidden),
    (404, b'{"type": "about:blank", "title": "Not Found", "status": 404}', "application/problem+json", NotFound),
    (400, b"", "application/json", BadRequest),
    (400, b'{"Status": "ERROR", "Message": "cut', "application/json", BadRequest),
]


@MODES
@pytest.mark.parametrize(("status", "body", "kind", "error"), ERROR_BODIES)
def test_an_error_status_is_typed_whatever_its_body(mode: str, status: int, body: bytes, kind: str,
                                                    error: type[ApiError]) -> None:
    result, _ = _run(lambda _, n: _answer(status, body, {"content-type": kind}), _get(mode), mode)
    assert type(result) is error and result.status == status and result.envelope is None
    assert result.body == body.decode()


# Item 4: each attempt has an overall deadline; a trickling answer is given up and retried like a read timeout.
@MODES
def test_a_trickling_answer_is_cut_off_and_retried(mode: str) -> None:
    slow = Trickle(GROUP)  # about 0.65 s in all, each gap 0.05 s
    started = time.monotonic()
    result, sent = _run(lambda _, n: httpx.Response(200, headers=JSON, stream=slow) if n == 1
                        else _answer(200, GROUP), _get(mode), mode)
    assert isinstance(result, PartnerGroup) and sent == 2
    assert time.monotonic() - started < DEADLINE + 0.3


@MODES
def test_a_trickling_answer_every_time_ends_in_a_read_timeout(mode: str) -> None:
    started = time.monotonic()
    result, sent = _run(lambda _, n: httpx.Response(200, headers=JSON, stream=Trickle(GROUP)), _get(mode), mode)
    assert isinstance(result, httpx.ReadTimeout) and sent == ATTEMPTS and "attempt deadline" in str(result)
    assert time.monotonic() - started < ATTEMPTS * (DEADLINE + 0.2)


def test_the_deadline_grows_with_the_bytes_received() -> None:
    policy = RetryPolicy(attempts=1, attempt_deadline=0.2, attempt_min_rate=20.0)  # 20 bytes a second
    body = b'{"Id": "5", "Name": "' + b"x" * 8 + b'"}'
    result, sent = _run(lambda _, n: httpx.Response(200, headers=JSON, stream=Trickle(body, pause=0.05, size=4)),
                        _get("sync"), "sync", policy=policy)  # 0.4 s for 32 bytes: within 0.2 s + 32/20 s
    assert isinstance(result, PartnerGroup) and sent == 1


def test_an_answer_that_never_starts_is_cut_off_async() -> None:
    async def stalled(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(30)
        return _answer(200, GROUP)

    async def run() -> tuple[Any, float]:
        mock = httpx.MockTransport(stalled)
        started = time.monotonic()
        async with ImpactClient("IRsid", "token", rate=None, retry=FAST,
                                transport=Transport(sync=mock, async_=mock)) as impact:
            try:
                await impact.acall(get_partner_group, campaign_id=1, partner_group_id=2)
            except httpx.ReadTimeout as error:
                return error, time.monotonic() - started
        return None, 0.0

    error, took = asyncio.run(run())
    assert isinstance(error, httpx.ReadTimeout) and took < ATTEMPTS * (DEADLINE + 0.2)


# Item 5: a lost answer to a POST is not replayed, and says so.
LOST = [httpx.ReadError(""), httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ReadTimeout("")]


@MODES
@pytest.mark.parametrize("lost", LOST, ids=lambda e: type(e).__name__)
def test_a_lost_answer_to_a_post_is_outcome_unknown(mode: str, lost: httpx.TransportError) -> None:
    def answer(request: httpx.Request, n: int) -> httpx.Response:
        raise lost

    result, sent = _run(answer, _post(mode), mode)
    assert isinstance(result, OutcomeUnknown) and isinstance(result, httpx.TransportError) and sent == 1
    text = str(result)
    assert "may have been processed" in text and "before sending it again" in text
    assert type(lost).__name__ in text and text.startswith("POST /Advertisers/IRsid/Campaigns/1/MediaPartnerGroups")


@MODES
def test_a_trickling_answer_to_a_post_is_outcome_unknown(mode: str) -> None:
    result, sent = _run(lambda _, n: httpx.Response(200, headers=JSON, stream=Trickle(GROUP)), _post(mode), mode)
    assert isinstance(result, OutcomeUnknown) and sent == 1 and "attempt deadline" in str(result)


def test_connection_failed_says_what_happened_when_httpx_says_nothing() -> None:
    for error, said in [(httpx.ReadTimeout(""), "read timeout"), (httpx.ReadError(""), "connection broke"),
                        (httpx.ConnectError(""), "could not be reached")]:
        text = str(ConnectionFailed(error, {"skip": 3}, 3))
        assert said in text and ": ;" not in text and "stopped after 3 records" in text


# Item 6: a 200 that is an HTML page, or empty, where JSON was asked for is retried like malformed JSON.
NOT_JSON = {
    "an HTML page": (b"<html><body>Sign in to continue</body></html>", {"content-type": "text/html"}),
    "an empty JSON body": (b"", JSON),
    "an empty undeclared body": (b"", {}),
    "an undeclared proxy page": (b"<html>Bad Gateway</html>", {}),
}


@MODES
@pytest.mark.parametrize("fault", NOT_JSON)
def test_a_success_without_the_json_asked_for_is_retried(mode: str, fault: str) -> None:
    body, headers = NOT_JSON[fault]
    result, sent = _run(lambda _, n: _answer(200, body, headers) if n == 1 else _answer(200, GROUP), _get(mode), mode)
    assert isinstance(result, PartnerGroup) and sent == 2
    result, sent = _run(lambda _, n: _answer(200, body, headers), _get(mode), mode)
    assert isinstance(result, AffiliateClientError) and sent == ATTEMPTS


def test_a_post_answered_with_html_is_not_replayed() -> None:
    result, sent = _run(lambda _, n: _answer(200, b"<html></html>", {"content-type": "text/html"}), _post("sync"),
                        "sync")
    assert isinstance(result, AffiliateClientError) and sent == 1


@pytest.mark.parametrize(("method", "accept", "status", "kind", "body", "retried"), [
    ("GET", "*/*", 200, "text/html", b"<html></html>", True),
    ("GET", "application/json", 200, "", b"", True),
    ("GET", "application/json", 204, "", b"", False),
    ("DELETE", "*/*", 200, "", b"", False),  # Invoca documents no body for a removal
    ("DELETE", "*/*", 200, "application/json", b"", False),
    ("PUT", "*/*", 200, "application/json", b"{", True),
    ("GET", "*/*", 200, "application/octet-stream", b"a,b\n", False),  # a download
    ("GET", "text/csv", 200, "text/html", b"<html></html>", False),  # asked for something else by name
    ("GET", "*/*", 200, "text/xml", b"<x/>", False),  # declared, and not what this check is about
    ("GET", "*/*", 400, "application/json", b"", False),  # an error answer may be empty
    ("GET", "*/*", 400, "application/json", b'{"cut', True),
    ("HEAD", "*/*", 200, "application/json", b"", False),
    ("POST", "*/*", 200, "text/html", b"<html></html>", False),  # never replayed
])
def test_which_answers_lack_their_json(method: str, accept: str, status: int, kind: str, body: bytes,
                                       retried: bool) -> None:
    from affiliate_clients.http.answers import not_json

    request = httpx.Request(method, "https://api.test/x", headers={"Accept": accept})
    response = httpx.Response(status, headers={"content-type": kind} if kind else {}, content=body)
    assert not_json(request, response, RetryPolicy()) is retried
