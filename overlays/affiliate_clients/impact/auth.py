"""impact.com credentials: HTTP Basic with the Account SID and Auth Token, JSON answers, pinned API versions."""

from __future__ import annotations

import base64
from collections.abc import Generator

import httpx

from ..http.redact import check_credential

# The API version each family's spec describes; an account's default version may differ, so pin it.
BRAND_VERSION = "14"
PARTNER_VERSION = "16"


class ImpactAuth(httpx.Auth):
    """Basic auth, ``Accept: application/json`` (impact answers XML otherwise) and ``IR-Version`` by path."""

    def __init__(self, account_sid: str, auth_token: str, brand_version: str = BRAND_VERSION,
                 partner_version: str = PARTNER_VERSION) -> None:
        check_credential("account_sid", account_sid)
        check_credential("auth_token", auth_token)
        # The Basic header is made once (the credentials never change), not on every request.
        self._authorization = "Basic " + base64.b64encode(f"{account_sid}:{auth_token}".encode()).decode("ascii")
        self._versions = ((b"/Advertisers/", brand_version), (b"/Mediapartners/", partner_version))

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        headers = request.headers
        if headers.get("accept", "*/*") == "*/*":  # httpx's default; impact answers XML unless JSON is asked for
            headers["Accept"] = "application/json"
        if "ir-version" not in headers:
            path = request.url.raw_path
            for prefix, version in self._versions:
                if path.startswith(prefix):
                    headers["IR-Version"] = version
                    break
        headers["Authorization"] = self._authorization
        yield request

    def __repr__(self) -> str:
        return "ImpactAuth(account_sid=***, auth_token=***)"
