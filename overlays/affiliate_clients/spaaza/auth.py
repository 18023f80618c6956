"""Spaaza admin credentials: a session (``X-Spaaza-Session-User-Id`` + ``X-Spaaza-Session-Key``) or a bearer
token (``Authorization: Bearer <token>``)."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ..http.redact import check_credential


class SpaazaAuth(httpx.Auth):
    """Adds one credential form to every request and asks for JSON answers.

    Build it with :meth:`session` or :meth:`bearer`; it never shows the key or token in its repr.
    """

    def __init__(self, headers: dict[str, str], kind: str) -> None:
        self._headers = dict(headers)
        self.kind = kind

    @classmethod
    def session(cls, session_user_id: str, session_key: str) -> SpaazaAuth:
        """The two session headers from Spaaza's login call."""
        return cls({"X-Spaaza-Session-User-Id": check_credential("session_user_id", session_user_id),
                    "X-Spaaza-Session-Key": check_credential("session_key", session_key)}, "session")

    @classmethod
    def bearer(cls, token: str) -> SpaazaAuth:
        """An admin token sent as ``Authorization: Bearer <token>``."""
        return cls({"Authorization": f"Bearer {check_credential('bearer_token', token)}"}, "bearer")

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.setdefault("Accept", "application/json")
        request.headers.update(self._headers)
        yield request

    def __repr__(self) -> str:
        return f"SpaazaAuth(kind={self.kind!r}, credentials=***)"
