"""impact.com credentials: HTTP Basic with the Account SID and Auth Token, JSON answers, pinned API versions."""

from __future__ import annotations

from collections.abc import Generator

import httpx

# The API version each family's spec describes; an account's default version may differ, so pin it.
BRAND_VERSION = "14"
PARTNER_VERSION = "16"


class ImpactAuth(httpx.Auth):
    """Basic auth, ``Accept: application/json`` (impact answers XML otherwise) and ``IR-Version`` by path."""

    def __init__(self, account_sid: str, auth_token: str, brand_version: str = BRAND_VERSION,
                 partner_version: str = PARTNER_VERSION) -> None:
        self._basic = httpx.BasicAuth(account_sid, auth_token)
        self._versions = {"/Advertisers/": brand_version, "/Mediapartners/": partner_version}

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.setdefault("Accept", "application/json")
        for prefix, version in self._versions.items():
            if request.url.path.startswith(prefix):
                request.headers.setdefault("IR-Version", version)
        yield from self._basic.auth_flow(request)

    def __repr__(self) -> str:
        return "ImpactAuth(account_sid=***, auth_token=***)"
