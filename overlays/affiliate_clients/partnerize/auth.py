"""Partnerize credentials: HTTP Basic with the user application key and the user API key."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ..http.redact import check_credential


class PartnerizeAuth(httpx.Auth):
    """Basic auth (application_key:user_api_key) and ``Accept: application/json``."""

    def __init__(self, application_key: str, user_api_key: str) -> None:
        self._basic = httpx.BasicAuth(check_credential("application_key", application_key),
                                      check_credential("user_api_key", user_api_key))

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.setdefault("Accept", "application/json")
        yield from self._basic.auth_flow(request)

    def __repr__(self) -> str:
        return "PartnerizeAuth(application_key=***, user_api_key=***)"
