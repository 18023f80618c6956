"""Fault injection as ASGI middleware: 429 storms, 5xx, dropped connections, slow, truncated and invalid
answers, and two paging faults written once for every vendor: an emptied page and a repeated page."""

from __future__ import annotations

import asyncio
import json
import random

import attrs
import httpx
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from .capture import whole_answer
from .config import FaultPlan
from .replies import VendorReplies
from .stats import Stats

__all__ = ["ConnectionDropped", "FaultMiddleware", "Faults", "VendorReplies"]

# What an "invalid" answer carries instead of JSON: a proxy's error page under the vendor's JSON content type.
NOT_JSON = b"<html><head><title>502 Bad Gateway</title></head><body>upstream closed the connection</body></html>"
CAPTURED = frozenset({"drop", "truncate", "invalid", "empty", "repeat"})


class ConnectionDropped(httpx.RemoteProtocolError):
    """Raised by the sandbox to end a connection part-way through a body (seen by in-process clients)."""


@attrs.define
class Faults:
    """The fault plan in force and the state it needs; ``replan`` swaps in a new plan on a running app.

    Requests are numbered from 1 since the plan was set; ``last_bodies`` keeps the last 200 JSON body per
    path for the ``"repeat"`` fault (only while the plan can ask for one).
    """

    plan: FaultPlan
    count: int = 0
    rng: random.Random = attrs.field(init=False)
    last_bodies: dict[str, bytes] = attrs.field(factory=dict)

    def __attrs_post_init__(self) -> None:
        self.rng = random.Random(self.plan.seed)

    def replan(self, plan: FaultPlan) -> None:
        """Start over with ``plan``: numbering from 1, its seed, nothing remembered."""
        self.plan, self.count, self.rng = plan, 0, random.Random(plan.seed)
        self.last_bodies.clear()

    @property
    def repeats(self) -> bool:
        return "repeat" in self.plan.schedule.values() or bool(self.plan.rate and "repeat" in self.plan.kinds)

    def pick(self) -> str | None:
        self.count += 1
        kind = self.plan.schedule.get(self.count)
        if kind is None and self.plan.rate and self.rng.random() < self.plan.rate:
            kind = self.rng.choice(self.plan.kinds)
        return kind


class FaultMiddleware:
    """Injects the faults of a :class:`FaultPlan` (or of the plan a shared :class:`Faults` holds)."""

    def __init__(self, app: ASGIApp, plan: FaultPlan, replies: VendorReplies, stats: Stats | None = None,
                 faults: Faults | None = None) -> None:
        self.app = app
        self.faults = faults or Faults(plan)
        self.replies = replies
        self.stats = stats or Stats()

    @property
    def plan(self) -> FaultPlan:
        return self.faults.plan

    def _pick(self) -> str | None:
        self.stats.requests += 1
        kind = self.faults.pick()
        if kind is not None:
            self.stats.injected.append((self.stats.requests, kind))
        return kind

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        kind = self._pick()
        if self.plan.latency_seconds:
            await asyncio.sleep(self.plan.latency_seconds)
        request = Request(scope, receive)
        if kind == "429":
            await self.replies.rate_limited(request, float(self.plan.retry_after_seconds))(scope, receive, send)
        elif kind is not None and kind.isdigit():
            await self.replies.error(request, int(kind), "injected server fault")(scope, receive, send)
        elif kind == "slow":
            await asyncio.sleep(self.plan.slow_seconds)
            await self.app(scope, receive, send)
        elif kind in CAPTURED or self.faults.repeats:
            await self._rewrite(scope, receive, send, kind)
        else:
            await self.app(scope, receive, send)

    async def _rewrite(self, scope: Scope, receive: Receive, send: Send, kind: str | None) -> None:
        """Run the app, then send its answer changed as ``kind`` says (remembering it for ``"repeat"``)."""
        start, body = await whole_answer(self.app, scope, receive)
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        is_json = start.get("status") == 200 and any(k.lower() == b"content-type" and b"json" in v.lower()
                                                     for k, v in headers)
        path = scope["path"]
        previous = self.faults.last_bodies.get(path)
        if is_json and self.faults.repeats:
            self.faults.last_bodies[path] = body
        if kind == "drop":
            await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body[: max(1, len(body) // 2)], "more_body": True})
            raise ConnectionDropped("sandbox dropped the connection mid-body (injected fault)")
        if kind == "truncate":
            body = body[: max(1, len(body) // 2)]
        elif kind == "invalid" and is_json:
            body = NOT_JSON
        elif kind == "empty" and is_json:
            body = self._emptied(body)
        elif kind == "repeat" and is_json and previous is not None:
            body = previous
        await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    def _emptied(self, body: bytes) -> bytes:
        """The same answer with every records member (``VendorReplies.records``) emptied."""
        document = json.loads(body)
        if isinstance(document, dict):
            for key in self.replies.records:
                if isinstance(document.get(key), list):
                    document[key] = []
        return json.dumps(document).encode()
