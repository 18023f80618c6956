"""Credential checks as ASGI middleware; each vendor supplies the predicate."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from .replies import VendorReplies


def basic_credentials(request: Request) -> tuple[str, str] | None:
    """The (user, password) of an HTTP Basic ``Authorization`` header, or None."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        user, sep, password = base64.b64decode(value, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return (user, password) if sep else None


def basic_header(user: str, password: str) -> dict[str, str]:
    """An ``Authorization`` header for HTTP Basic."""
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


class AuthMiddleware:
    """Answers 401 in the vendor's envelope when ``allowed(request)`` is false."""

    def __init__(self, app: ASGIApp, allowed: Callable[[Request], bool], replies: VendorReplies,
                 message: str = "Missing or invalid credentials") -> None:
        self.app = app
        self.allowed = allowed
        self.replies = replies
        self.message = message

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not self.allowed(Request(scope, receive)):
            await self.replies.error(Request(scope, receive), 401, self.message)(scope, receive, send)
            return
        await self.app(scope, receive, send)
