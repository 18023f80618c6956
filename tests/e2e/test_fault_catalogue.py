"""The fault catalogue: every fault class against every paging style, sync and async.

A fault-injecting transport stands between each client and its in-process sandbox. Each fault class is run
once mid-pull (a single faulted answer: the retry layer should absorb it when it may) and for a run of
answers (the tries run out). Every pull must end complete and exact against the sandbox's ground truth, or
raise a typed ``AffiliateClientError`` carrying a checkpoint from which a clean pull yields exactly the rest.
Outcomes are counted (runs, complete, raised typed, untyped) and printed by the last test; untyped must be 0.

Styles: impact actions (45-day windows, ``@nextpageuri``), Partnerize conversions (cursor), Partnerize
clicks (offset), Invoca relationships (one whole list).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gzip
import json
import threading
import time
import zlib
from collections import Counter
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator
from typing import Any

import attrs
import httpx
import pytest
import stamina
from affiliate_clients import AffiliateClientError, ImpactClient, InvocaClient, RetryPolicy, Transport
from affiliate_clients.http.paging import AsyncPull, Pull
from affiliate_clients.partnerize import PartnerizeClient
from affiliate_clients.pull.invoca import WholeList
from affiliate_clients.sandbox import impact as impact_box
from affiliate_clients.sandbox import invoca as invoca_box
from affiliate_clients.sandbox import partnerize as partnerize_box
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.serve import SyncASGITransport
from affiliate_clients.sandbox.impact import pages as impact_pages
from affiliate_clients.sandbox.partnerize.reports_data import reports_of

ATTEMPTS = 3
RUN = 4 * ATTEMPTS + 2  # a run of faulted answers: every try of a page, with up to 4 pages under way
JSON = {"content-type": "application/json"}
HTML = b"<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>"
# Faults that replace the server's answer: (status, headers, body).
REPLACED: dict[str, tuple[int, dict[str, str], bytes]] = {
    "429": (429, {**JSON, "Retry-After": "0"}, b"{}"),
    "429 for a day": (429, {**JSON, "Retry-After": "86401"}, b"{}"),
    "503 html": (503, {"content-type": "text/html"}, HTML),
    "520": (520, JSON, b'{"Status": "ERROR", "Message": "Unknown"}'),
    "401 gateway": (401, {"content-type": "text/html"}, b"<html><body>401 Authorization Required</body></html>"),
    "404 problem": (404, {"content-type": "application/problem+json"}, b'{"title": "Not Found", "status": 404}'),
    "200 html": (200, {"content-type": "text/html"}, HTML),
    "200 empty": (200, JSON, b""),
}
# Faults that spoil the server's own answer.
SPOILED = ("drop", "truncated json", "encoding", "trickle")
KINDS = (*REPLACED, *SPOILED)
ENCODINGS = (lambda body: (body, "gzip"), lambda body: (gzip.compress(body), "deflate"),
             lambda body: (zlib.compress(body), "gzip"))


class _Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body in ``size``-byte chunks ``pause`` seconds apart, ending in ``error`` (if any) after ``upto`` bytes."""

    def __init__(self, body: bytes, *, size: int, pause: float = 0.0, upto: int | None = None,
                 error: Exception | None = None) -> None:
        self.body, self.size, self.pause, self.error = body[:upto], size, pause, error

    def _chunks(self) -> Iterator[bytes]:
        return (self.body[i:i + self.size] for i in range(0, len(self.body), self.size))

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._chunks():
            time.sleep(self.pause)
            yield chunk
        if self.error is not None:
            raise self.error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks():
            await asyncio.sleep(self.pause)
            yield chunk
        if self.error is not None:
            raise self.error


class FaultTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Hands requests to a sandbox in-process; requests ``first`` to ``first + span - 1`` (numbered from 1
    since :meth:`plan`) get fault ``kind``."""

    def __init__(self, app: Any) -> None:
        self.sync, self.async_ = SyncASGITransport(app), httpx.ASGITransport(app=app)
        self.lock = threading.Lock()
        self.kind: str | None = None
        self.count = self.first = self.span = 0
        self.injected: Counter[str] = Counter()

    def plan(self, kind: str | None, first: int = 1, span: int = 0) -> None:
        with self.lock:
            self.kind, self.first, self.span, self.count = kind, first, span, 0

    def _pick(self) -> str | None:
        with self.lock:
            self.count += 1
            if self.kind is None or not self.first <= self.count < self.first + self.span:
                return None
            self.injected[self.kind] += 1
            return self.kind

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        kind = self._pick()
        if kind in REPLACED:
            return _replaced(kind)
        response = self.sync.handle_request(request)
        response.read()
        return self._spoil(kind, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        kind = self._pick()
        if kind in REPLACED:
            return _replaced(kind)
        response = await self.async_.handle_async_request(request)
        await response.aread()
        return self._spoil(kind, response)

    def _spoil(self, kind: str | None, response: httpx.Response) -> httpx.Response:
        if kind is None:
            return response
        body = response.content
        headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-encoding")}
        if kind == "drop":
            error = httpx.ReadError("") if self.injected[kind] % 2 else httpx.RemoteProtocolError("peer closed")
            stream = _Chunks(body, size=max(1, len(body) // 4), upto=len(body) // 2, error=error)
        elif kind == "truncated json":
            stream = _Chunks(body, size=len(body) or 1, upto=len(body) // 2)
        elif kind == "encoding":
            body, headers["content-encoding"] = ENCODINGS[self.injected[kind] % len(ENCODINGS)](body)
            stream = _Chunks(body, size=len(body) or 1)
        else:  # trickle: 16 bytes every 50 ms, much longer than the attempt deadline for any page here
            stream = _Chunks(body, size=16, pause=0.05)
        return httpx.Response(response.status_code, headers=headers, stream=stream)

    def close(self) -> None:
        """Clients come and go; the sandbox stays for the module (closed by the fixture)."""


def _replaced(kind: str) -> httpx.Response:
    status, headers, body = REPLACED[kind]
    return httpx.Response(status, headers=headers, stream=httpx.ByteStream(body))


@attrs.frozen
class Style:
    """One paging style: its fault transport, client, pulls (fresh or resumed) and ground truth."""

    name: str
    faults: FaultTransport
    client: Callable[[], Any]
    pull: Callable[[Any, dict[str, Any] | None], Iterable[Any]]
    apull: Callable[[Any, dict[str, Any] | None], AsyncIterable[Any]]
    key: Callable[[Any], str]
    truth: list[str]
    first: int  # the first faulted request: mid-pull where the pull takes several requests


def _policy(deadline: float) -> RetryPolicy:
    return RetryPolicy(attempts=ATTEMPTS, wait_initial=0.0, wait_jitter=0.0, wait_max=0.0, attempt_deadline=deadline,
                       attempt_min_rate=2_000_000.0)


def _impact() -> Style:
    app = impact_box.create_app(SandboxConfig(records=9_000, seed=21))
    anchor = app.state.actions.anchor
    span = (anchor - dt.timedelta(days=50), anchor - dt.timedelta(days=4))  # windows of 45 days and 1 day
    faults = FaultTransport(app)

    def client() -> ImpactClient:
        return ImpactClient(impact_box.ACCOUNT_SID, impact_box.AUTH_TOKEN, rate=None, retry=_policy(1.5),
                            base_url="http://127.0.0.1", transport=Transport(sync=faults, async_=faults))

    def plan(saved: dict[str, Any] | None) -> Any:
        return ImpactClient.resume_actions(saved) if saved is not None else None

    return Style("impact actions", faults, client,
                 lambda c, saved: c.iterate_plan(plan(saved) or c.plan_actions(*span, page_size=2000)),
                 lambda c, saved: c.aiterate_plan(plan(saved) or c.plan_actions(*span, page_size=2000)),
                 lambda action: str(action.id),
                 sorted(r.payload["Id"] for r in app.state.actions.records if span[0] <= r.updated <= span[1]), 2)


PUBLISHER, START, END = "1l1007802", "2022-01-01T00:00:00Z", "2026-12-31T00:00:00Z"  # the seeded year inside


def _partnerize(app: Any, report: str) -> Style:
    faults = FaultTransport(app)
    data = reports_of(app.state.store)

    def client() -> PartnerizeClient:
        return PartnerizeClient(partnerize_box.APPLICATION_KEY, partnerize_box.USER_API_KEY, retry=_policy(0.4),
                                base_url="http://127.0.0.1", transport=Transport(sync=faults, async_=faults))

    if report == "conversions":
        return Style("partnerize conversions", faults, client,
                     lambda c, saved: c.conversions(PUBLISHER, START, end_date=END, limit=30, checkpoint=saved),
                     lambda c, saved: c.aconversions(PUBLISHER, START, end_date=END, limit=30, checkpoint=saved),
                     lambda entry: str(entry.conversion_data.conversion_id),
                     sorted(c.conversion_id for c in data.conversions), 2)
    return Style("partnerize clicks", faults, client,
                 lambda c, saved: c.clicks(PUBLISHER, START, end_date=END, limit=60, checkpoint=saved),
                 lambda c, saved: c.aclicks(PUBLISHER, START, end_date=END, limit=60, checkpoint=saved),
                 lambda entry: str(entry.click.click_id), sorted(c.click_id for c in data.clicks), 2)


def _invoca() -> Style:
    app = invoca_box.create_app(SandboxConfig(seed=5))
    advertisers = app.state.relationships.advertisers
    advertiser = max(advertisers, key=lambda a: len(advertisers[a]))
    faults = FaultTransport(app)

    def client() -> InvocaClient:
        return InvocaClient(invoca_box.TOKEN, invoca_box.NETWORK_ID, retry=_policy(0.4),
                            base_url="http://127.0.0.1", transport=Transport(sync=faults, async_=faults))

    async def whole(c: InvocaClient) -> list[Any]:
        return [relationship async for relationship in c.arelationships(advertiser)]

    return Style("invoca relationships", faults, client,
                 lambda c, saved: Pull(WholeList(**(saved or {})), lambda _: list(c.relationships(advertiser))),
                 lambda c, saved: AsyncPull(WholeList(**(saved or {})), lambda _: whole(c)),
                 lambda rel: str(rel.affiliate_id_from_network), sorted(advertisers[advertiser]), 1)


@pytest.fixture(scope="module")
def styles() -> Iterator[dict[str, Style]]:
    with pytest.MonkeyPatch.context() as patch, stamina.set_testing(True, attempts=ATTEMPTS, cap=True):
        patch.setattr(impact_pages, "MAX_PAGES", 2)
        partnerize = partnerize_box.create_app(SandboxConfig(records=150, seed=13))
        found = [_impact(), _partnerize(partnerize, "conversions"), _partnerize(partnerize, "clicks"), _invoca()]
        yield {style.name: style for style in found}
        for style in found:
            style.faults.sync.close()


COUNTS: Counter[str] = Counter()
UNTYPED: list[str] = []


def _drain(records: Iterable[Any], key: Callable[[Any], str]) -> tuple[list[str], BaseException | None]:
    seen: list[str] = []
    try:
        for record in records:
            seen.append(key(record))
    except Exception as error:  # noqa: BLE001 - an untyped one is counted, then fails the test
        return seen, error
    finally:
        close = getattr(records, "close", None)
        if callable(close):
            close()
    return seen, None


async def _adrain(records: AsyncIterable[Any], key: Callable[[Any], str]) -> tuple[list[str], BaseException | None]:
    seen: list[str] = []
    try:
        async for record in records:
            seen.append(key(record))
    except Exception as error:  # noqa: BLE001
        return seen, error
    finally:
        close = getattr(records, "aclose", None)
        if callable(close):
            await close()
    return seen, None


def _pull(style: Style, mode: str, saved: dict[str, Any] | None) -> tuple[list[str], BaseException | None]:
    if mode == "sync":
        with style.client() as client:
            return _drain(style.pull(client, saved), style.key)

    async def run() -> tuple[list[str], BaseException | None]:
        async with style.client() as client:
            return await _adrain(style.apull(client, saved), style.key)

    return asyncio.run(run())


def _case(style: Style, mode: str, kind: str, span: int) -> str:
    """One pull under a fault, then (if it stopped) one clean pull from its checkpoint; the outcome's name."""
    where = f"{style.name} {mode} {kind!r} x{span}"
    style.faults.plan(kind, style.first, span)
    seen, error = _pull(style, mode, None)
    style.faults.plan(None)
    assert len(seen) == len(set(seen)), f"{where}: a record handed out twice"
    if error is None:
        assert sorted(seen) == style.truth, f"{where}: the pull ended without every record"
        return "complete"
    if not isinstance(error, AffiliateClientError):
        UNTYPED.append(f"{where}: {type(error).__name__}: {error}")
        return "untyped"
    assert error.checkpoint is not None, f"{where}: {type(error).__name__} carries no checkpoint"
    saved = json.loads(json.dumps(error.checkpoint))
    rest, again = _pull(style, mode, saved)
    assert again is None, f"{where}: the resumed pull failed without faults: {again!r}"
    assert len(seen) + len(rest) == len(set(seen + rest)), f"{where}: a record handed out twice across the resume"
    assert sorted(seen + rest) == style.truth, f"{where}: the resumed pull did not yield exactly the rest"
    return f"raised typed: {type(error).__name__}"


NAMES = ["impact actions", "partnerize conversions", "partnerize clicks", "invoca relationships"]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", NAMES)
def test_every_fault_ends_complete_or_typed_and_resumable(styles: dict[str, Style], name: str, mode: str) -> None:
    style = styles[name]
    assert sorted(_pull(style, mode, None)[0]) == style.truth and len(style.truth) > 1
    for kind in KINDS:
        for span in (1, RUN):
            outcome = _case(style, mode, kind, span)
            COUNTS["runs"] += 1
            COUNTS["complete" if outcome == "complete" else "untyped" if outcome == "untyped" else "raised typed"] += 1
            COUNTS[f"{kind} x{span}: {outcome}"] += 1
    assert not UNTYPED, "\n".join(UNTYPED)
    assert set(style.faults.injected) == set(KINDS), "a fault class was never injected"


def test_the_catalogue_counts(capsys: pytest.CaptureFixture[str]) -> None:
    expected = len(NAMES) * 2 * len(KINDS) * 2
    with capsys.disabled():
        print(f"\nfault catalogue: runs {COUNTS['runs']}, complete {COUNTS['complete']}, raised typed "
              f"{COUNTS['raised typed']}, untyped {COUNTS['untyped']}")
        for outcome, count in sorted(COUNTS.items()):
            if ":" in outcome:
                print(f"  {outcome}: {count}")
    assert COUNTS["runs"] == expected and COUNTS["untyped"] == 0
    assert COUNTS["complete"] > 0 and COUNTS["raised typed"] > 0
