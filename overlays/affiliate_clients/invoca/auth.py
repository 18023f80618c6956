"""Invoca credentials: the API token as the whole ``Authorization`` value, or as the ``oauth_token`` query
parameter. The header form is the default because it keeps the token out of URLs (and so out of logs)."""

from __future__ import annotations

from collections.abc import Generator
from typing import Literal

import httpx

from ..http.redact import check_credential

AuthMode = Literal["header", "query"]
AUTH_MODES: tuple[AuthMode, ...] = ("header", "query")
QUERY_PARAM = "oauth_token"


class InvocaAuth(httpx.Auth):
    """Adds the token to every request: ``Authorization: <token>`` (no ``Bearer``) or ``?oauth_token=<token>``.

    Also asks for JSON answers. ``deferred=True`` (what :class:`~affiliate_clients.invoca.InvocaClient` uses)
    leaves the query form's token to the innermost transport (:meth:`query_secret`, see
    ``affiliate_clients.http.scrub``), so no request above the network layer holds a URL with the token.
    """

    def __init__(self, api_token: str, mode: AuthMode = "header", *, deferred: bool = False) -> None:
        if mode not in AUTH_MODES:
            raise ValueError(f"mode must be one of {', '.join(AUTH_MODES)}")
        self._token = check_credential("api_token", api_token)
        self.mode = mode
        self.deferred = deferred

    def query_secret(self) -> tuple[str, str] | None:
        """``(oauth_token, <token>)`` for the query form, for the transport that adds it; None otherwise."""
        return (QUERY_PARAM, self._token) if self.mode == "query" else None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.setdefault("Accept", "application/json")
        if self.mode == "header":
            request.headers["Authorization"] = self._token
        elif not self.deferred:
            request.url = request.url.copy_merge_params({QUERY_PARAM: self._token})
        yield request

    def __repr__(self) -> str:
        return f"InvocaAuth(api_token=***, mode={self.mode!r})"
