"""Spaaza sandbox: ``/internal/alter-campaign-group`` with Spaaza's error catalogue and envelopes.

* Admin auth: the session headers ``X-Spaaza-Session-User-Id`` + ``X-Spaaza-Session-Key``, or
  ``Authorization: Bearer <token>``; anything else is error 6 (401). Each credential may write to some chains
  only: another existing chain is error 68 (403), an unknown one 217 (400).
* Bodies are JSON or form-encoded; dates are kept exactly as sent (``YYYY-MM-DD HH:MM:SS``).
* Every documented error code is reachable: 6, 68, 217, 417 (name over 255), 419 (bad format, impossible date),
  441 (missing parameter), 462 (``id`` on create, group of another chain, start after end).
  Statuses Spaaza does not document for this call (404, 405, 429, 5xx) carry error code 0, a sandbox-only value.
* Success bodies use the endpoint page's ``{"result": "ok", "data": ...}`` unless the app is built with
  ``envelope="results"``, which gives Spaaza's general ``{"result": {"code": 1, ...}, "results": ...}``.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs

import attrs
from affiliate_clients.sandbox.common.app import Vendor, build_app
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.facts import SandboxFacts
from affiliate_clients.sandbox.common.replies import VendorReplies
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

SESSION_USER_ID = "1001"
SESSION_KEY = "sandbox-session-key"
BEARER_TOKEN = "sandbox-spaaza-token"
AUTH_HEADERS = {"X-Spaaza-Session-User-Id": SESSION_USER_ID, "X-Spaaza-Session-Key": SESSION_KEY}
OWN_CHAINS = frozenset({123, 124})
OTHER_CHAIN = 999  # exists, but no sandbox credential may write to it
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
NAME_MAX = 255

# code: (name, HTTP status, description) — the table of the alter-campaign-group page.
CATALOGUE: dict[int, tuple[str, int, str]] = {
    6: ("no_valid_session", 401, "The user needs to be logged in and a valid session key needs to be sent"),
    68: ("permission_denied_or_non_existent", 403,
         "This user has insufficient permissions for this object or the object does not exist"),
    217: ("chain_id_not_found", 400, "No record has been found for that chain_id"),
    417: ("string_parameter_too_long", 400, "One of the parameters passed is too long"),
    419: ("parameter_invalid", 400, "One of the parameters is invalid and should be in a different format"),
    441: ("parameter_missing", 400, "A parameter is missing"),
    462: ("parameter_mismatch", 400, "Parameters supplied do not match"),
}


class SpaazaError(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


def error_response(code: int, message: str, status: int | None = None) -> JSONResponse:
    name, documented_status, description = CATALOGUE.get(code, (f"http_{status}", status or 500, message))
    body = {"result": {"code": 2, "status": "error"},
            "error": {"code": code, "name": name, "description": description, "message": message}}
    return JSONResponse(body, status_code=status or documented_status)


def _code_for_invalid(message: str) -> int:
    """The catalogue code for the validation layer's first complaint."""
    text = message.split("; ")[0].partition(": ")[2]
    if text == "required" or text.endswith(("is a required property", "parameter is missing")):
        return 441
    if text.startswith("Additional properties are not allowed"):
        return 462
    if text.endswith("is too long"):
        return 417
    return 419


def error(request: Request, status: int, message: str) -> Response:
    code = {401: 6, 403: 68}.get(status) or (_code_for_invalid(message) if status == 400 else 0)
    return error_response(code, message, status)


def rate_limited(request: Request, seconds: float) -> Response:
    response = error_response(0, "Too many requests", 429)
    response.headers["Retry-After"] = str(max(1, math.ceil(seconds)))
    return response


REPLIES = VendorReplies(error=error, rate_limited=rate_limited)


def writable_chains(request: Request) -> frozenset[int] | None:
    """The chains the request's credential may write to, or None when it carries no valid credential."""
    headers = request.headers
    session = (headers.get("x-spaaza-session-user-id"), headers.get("x-spaaza-session-key"))
    bearer = headers.get("authorization")
    # Every credential presented must be valid: a wrong one next to a right one is still refused.
    if session != (None, None) and session != (SESSION_USER_ID, SESSION_KEY):
        return None
    if bearer is not None and bearer != f"Bearer {BEARER_TOKEN}":
        return None
    return OWN_CHAINS if session != (None, None) or bearer is not None else None


VENDOR = Vendor("spaaza", REPLIES, lambda request: writable_chains(request) is not None)


@attrs.define
class CampaignGroupStore:
    """Campaign groups by id, and the chains that exist."""

    chains: frozenset[int]
    groups: dict[int, dict[str, Any]]
    next_id: int = 1000

    @classmethod
    def seeded(cls) -> CampaignGroupStore:
        def group(id_: int, chain: int, name: str, start: str | None, end: str | None) -> dict[str, Any]:
            stamp = "2025-08-12 14:30:00"
            return {"id": id_, "chain_id": chain, "name": name, "active_date_from": start,
                    "active_date_until": end, "created_at": stamp, "updated_at": stamp}

        groups = [group(456, 123, "Summer Campaign Group", "2025-06-01 00:00:00", "2025-08-31 23:59:59"),
                  group(457, 123, "Winter Sale", "2025-12-01 00:00:00", "2026-01-15 23:59:59"),
                  group(500, 124, "Always On", None, None),
                  group(900, OTHER_CHAIN, "Another Retailer's Group", None, None)]
        return cls(OWN_CHAINS | {OTHER_CHAIN}, {g["id"]: g for g in groups})

    def alter(self, fields: dict[str, Any], writable: frozenset[int], *, create: bool) -> dict[str, Any]:
        """Create or update a group from already-parsed fields; raises :class:`SpaazaError`."""
        chain = fields["chain_id"]
        if chain not in self.chains:
            raise SpaazaError(217, f"chain {chain} does not exist")
        if chain not in writable:
            raise SpaazaError(68, f"no write access to chain {chain}")
        if create:
            if "id" in fields:
                raise SpaazaError(462, "id must be omitted when creating a campaign group")
            group = {"id": self.next_id, "chain_id": chain, "name": fields["name"], "active_date_from": None,
                     "active_date_until": None}
        else:
            group = dict(self.groups.get(fields["id"]) or {})
            if not group:
                raise SpaazaError(68, f"campaign group {fields['id']} does not exist")
            if group["chain_id"] != chain:
                raise SpaazaError(462, f"campaign group {fields['id']} does not belong to chain {chain}")
        group.update({k: v for k, v in fields.items() if k in ("name", "active_date_from", "active_date_until")})
        start, end = group["active_date_from"], group["active_date_until"]
        if start and end and start > end:
            raise SpaazaError(462, "active_date_from is after active_date_until")
        now = datetime.now(UTC).strftime(DATE_FORMAT)
        group["updated_at"] = now
        group.setdefault("created_at", now)
        self.groups[group["id"]] = group
        if create:
            self.next_id += 1
        return group


def _raw_fields(request: Request, body: bytes) -> dict[str, Any]:
    if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return {k: v[-1] for k, v in parse_qs(body.decode(), keep_blank_values=True).items()}
    try:
        fields = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise SpaazaError(419, "the body is neither JSON nor a form") from None
    if not isinstance(fields, dict):
        raise SpaazaError(419, "the body must be an object")
    return fields


def parse_fields(request: Request, body: bytes, *, create: bool) -> dict[str, Any]:
    """The request's fields with integers and dates checked; raises :class:`SpaazaError`.

    With spec validation on, the shape has already been checked; what remains is that the dates exist.
    """
    fields = _raw_fields(request, body)
    for key in ("chain_id", "name") if create else ("chain_id", "id"):
        if key not in fields:
            raise SpaazaError(441, f"{key} is required")
    for key in ("chain_id", "id"):
        if key in fields:
            try:
                fields[key] = int(fields[key])
            except (TypeError, ValueError):
                raise SpaazaError(419, f"{key} must be an integer") from None
    if len(str(fields.get("name", ""))) > NAME_MAX:
        raise SpaazaError(417, f"name is longer than {NAME_MAX} characters")
    for key in ("active_date_from", "active_date_until"):
        if key in fields:
            try:
                datetime.strptime(fields[key], DATE_FORMAT)
            except (TypeError, ValueError):
                raise SpaazaError(419, f"{key} must be a real date written YYYY-MM-DD HH:MM:SS") from None
    return fields


def routes(store: CampaignGroupStore, envelope: str) -> list[Route]:
    async def alter_campaign_group(request: Request) -> Response:
        writable = writable_chains(request) or frozenset()
        try:
            create = request.method == "POST"
            group = store.alter(parse_fields(request, await request.body(), create=create), writable, create=create)
        except SpaazaError as exc:
            return error_response(exc.code, str(exc))
        if envelope == "results":
            return JSONResponse({"result": {"code": 1, "status": "ok"}, "results": group})
        return JSONResponse({"result": "ok", "data": group})

    return [Route("/internal/alter-campaign-group", alter_campaign_group, methods=["POST", "PUT"])]


def facts(app: Starlette | None = None) -> SandboxFacts:
    """The sandbox's admin session and the chains it may write to (campaign groups carry no fixed dates)."""
    return SandboxFacts("spaaza", {"session_user_id": SESSION_USER_ID, "session_key": SESSION_KEY}, AUTH_HEADERS,
                        {"chain_id": tuple(str(c) for c in sorted(OWN_CHAINS))})


def create_app(config: SandboxConfig | None = None, *, envelope: str = "data") -> Starlette:
    """The Spaaza sandbox; ``app.state.campaign_groups`` holds the data (the ground truth for tests).

    ``envelope`` picks the success body: ``"data"`` (the endpoint page's) or ``"results"`` (Spaaza's general one).
    """
    if envelope not in ("data", "results"):
        raise ValueError("envelope must be 'data' or 'results'")
    config = config or SandboxConfig()
    store = CampaignGroupStore.seeded()
    app = build_app(VENDOR, routes(store, envelope), config)
    app.state.campaign_groups = store
    return app
