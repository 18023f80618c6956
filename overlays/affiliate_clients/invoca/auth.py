"""Invoca credentials: the API token as the whole ``Authorization`` value, or as the ``oauth_token`` query
parameter. The header form is the default because it keeps the token out of URLs (and so out of logs)."""

from __future__ import annotations

from collections.abc import Generator
from typing import Literal

import httpx

AuthMode = Literal["header", "query"]
AUTH_MODES: tuple[AuthMode, ...] = ("header", "query")
QUERY_PARAM = "oauth_token"


class InvocaAuth(httpx.Auth):
    """Adds the token to every request: ``Authorization: <token>`` (no ``Bearer``) or ``?oauth_token=<token>``.

    Also asks for JSON answers. The query form puts the token in the URL; the client that uses it redacts it
    from log records, exceptions and its repr.
    """

    def __init__(self, api_token: str, mode: AuthMode = "header") -> None:
        if mode not in AUTH_MODES:
            raise ValueError(f"mode must be one of {', '.join(AUTH_MODES)}")
        self._token = api_token
        self.mode = mode

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.setdefault("Accept", "application/json")
        if self.mode == "header":
            request.headers["Authorization"] = self._token
        else:
            request.url = request.url.copy_merge_params({QUERY_PARAM: self._token})
        yield request

    def __repr__(self) -> str:
        return f"InvocaAuth(api_token=***, mode={self.mode!r})"
