"""Fault injection as ASGI middleware: 429 storms, 5xx, dropped connections, slow and truncated answers."""

from __future__ import annotations

import asyncio
import random
from typing import Any

import httpx
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .config import FaultPlan
from .replies import VendorReplies
from .stats import Stats

__all__ = ["ConnectionDropped", "FaultMiddleware", "VendorReplies"]


class ConnectionDropped(httpx.RemoteProtocolError):
    """Raised by the sandbox to end a connection part-way through a body (seen by in-process clients)."""


class FaultMiddleware:
    """Injects the faults of a :class:`FaultPlan`; requests are numbered from 1 in arrival order."""

    def __init__(self, app: ASGIApp, plan: FaultPlan, replies: VendorReplies, stats: Stats | None = None) -> None:
        self.app = app
        self.plan = plan
        self.replies = replies
        self.stats = stats or Stats()
        self._rng = random.Random(plan.seed)

    def _pick(self) -> str | None:
        self.stats.requests += 1
        kind = self.plan.schedule.get(self.stats.requests)
        if kind is None and self.plan.rate and self._rng.random() < self.plan.rate:
            kind = self._rng.choice(self.plan.kinds)
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
        elif kind in ("drop", "truncate"):
            await self._cut_short(scope, receive, send, drop=kind == "drop")
        else:
            await self.app(scope, receive, send)

    async def _cut_short(self, scope: Scope, receive: Receive, send: Send, *, drop: bool) -> None:
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        body = b"".join(chunks)
        half = body[: max(1, len(body) // 2)]
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        if drop:
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": half, "more_body": True})
            raise ConnectionDropped("sandbox dropped the connection mid-body (injected fault)")
        headers.append((b"content-length", str(len(half)).encode()))
        await send({**start, "headers": headers})
        await send({"type": "http.response.body", "body": half})
