"""``SpaazaClient``: the generated Spaaza client with session or bearer auth, the API-version header, typed
errors per Spaaza error code, and campaign-group calls that check Spaaza's rules before any request."""

from __future__ import annotations

import os
import re
from typing import Any

import attrs
import httpx

from affiliate_clients.generated.spaaza_client import Client
from affiliate_clients.generated.spaaza_client import errors as generated_errors
from affiliate_clients.generated.spaaza_client.api import Api
from affiliate_clients.generated.spaaza_client.api.campaign_groups import create_campaign_group, update_campaign_group
from affiliate_clients.generated.spaaza_client.models import (
    CampaignGroup,
    CampaignGroupCreate,
    CampaignGroupCreateForm,
    CampaignGroupDataEnvelope,
    CampaignGroupResultsEnvelope,
    CampaignGroupUpdate,
    CampaignGroupUpdateForm,
)

from ..http.base import VendorClient
from ..http.budget import Rate, RequestBudget
from ..http.calls import Caller
from ..http.clients import DEFAULT_TIMEOUT, HttpSetup, Transport
from ..http.errors import InvalidRequest, ResponseValidationError
from ..http.policy import RetryPolicy
from ..http.redact import install_log_filter
from ..http.transports import TransportStats
from .auth import SpaazaAuth
from .checks import CHECKS, SpaazaDate, campaign_group_fields
from .errors import message_of, refine

PRODUCTION = "https://api0.spaaza.com"
STAGING = "https://apistage0.spaaza.com"
DEFAULT_API_VERSION = "1.4.3"
API_VERSION_HEADER = "X-Spaaza-API-version"
_VERSION = re.compile(r"\d+\.\d+\.\d+")

CALLER = Caller(unexpected=generated_errors.UnexpectedStatus, message_of=message_of, refine=refine, checks=CHECKS,
                package="affiliate_clients.generated.spaaza_client")


def _group(operation: str, answer: Any) -> CampaignGroup:
    if isinstance(answer, CampaignGroupDataEnvelope):
        return answer.data
    if isinstance(answer, CampaignGroupResultsEnvelope):
        return answer.results
    raise ResponseValidationError(operation, f"expected a campaign group envelope, got {type(answer).__name__}")


def _auth(session_user_id: str | None, session_key: str | None, bearer_token: str | None) -> SpaazaAuth:
    if not (session_user_id or session_key or bearer_token):
        session_user_id = os.environ.get("SPAAZA_SESSION_USER_ID")
        session_key = os.environ.get("SPAAZA_SESSION_KEY")
        bearer_token = None if session_user_id or session_key else os.environ.get("SPAAZA_BEARER_TOKEN")
    if bearer_token and (session_user_id or session_key):
        raise InvalidRequest("bearer_token", "give either a session (user id and key) or a bearer token, not both")
    if bearer_token:
        return SpaazaAuth.bearer(bearer_token)
    if not session_user_id:
        raise InvalidRequest("session_user_id", "missing: pass session_user_id= and session_key= (or "
                             "bearer_token=), or set SPAAZA_SESSION_USER_ID / SPAAZA_SESSION_KEY")
    if not session_key:
        raise InvalidRequest("session_key", "missing: pass session_key= or set SPAAZA_SESSION_KEY")
    return SpaazaAuth.session(session_user_id, session_key)


class SpaazaClient(VendorClient, Api):
    """Spaaza's campaign-group admin API, sync and async.

    Credentials: ``session_user_id=`` and ``session_key=`` (a session from Spaaza's login call) or
    ``bearer_token=``; else ``SPAAZA_SESSION_USER_ID`` / ``SPAAZA_SESSION_KEY`` or ``SPAAZA_BEARER_TOKEN`` from
    the environment. ``base_url`` is :data:`PRODUCTION` (default) or :data:`STAGING`; ``api_version`` is sent
    as ``X-Spaaza-API-version`` on every request. Creates (POST) are never replayed automatically, not even
    after a 429: whatever ``retry`` policy is given runs with ``replay_refused=False``.
    """

    caller = CALLER

    def __init__(self, session_user_id: str | None = None, session_key: str | None = None, *,
                 bearer_token: str | None = None, api_version: str = DEFAULT_API_VERSION,
                 base_url: str = PRODUCTION, rate: Rate | None = None, retry: RetryPolicy | None = None,
                 timeout: httpx.Timeout = DEFAULT_TIMEOUT, transport: Transport | None = None) -> None:
        auth = _auth(session_user_id, session_key, bearer_token)
        if not _VERSION.fullmatch(api_version):
            raise InvalidRequest("api_version", f"must be written major.minor.fix (e.g. 1.4.3), got {api_version!r}")
        self.api_version = api_version
        self.auth_kind = auth.kind
        self.budget = RequestBudget(rate) if rate is not None else None
        secrets = tuple(s for s in (session_key, bearer_token, os.environ.get("SPAAZA_SESSION_KEY"),
                                    os.environ.get("SPAAZA_BEARER_TOKEN")) if s)
        install_log_filter(secrets)
        self.retry = attrs.evolve(retry or RetryPolicy(), replay_refused=False)
        setup = HttpSetup(base_url=base_url, auth=auth, headers={API_VERSION_HEADER: api_version}, timeout=timeout,
                          policy=self.retry, budget=self.budget, transport=transport or Transport(),
                          secrets=secrets)
        self._connect(setup, Client)

    def __repr__(self) -> str:
        return (f"SpaazaClient(base_url={str(self._http.base_url)!r}, auth={self.auth_kind!r}, "
                f"api_version={self.api_version!r})")

    # -- campaign groups -----------------------------------------------------------------------------------
    @staticmethod
    def _create_body(chain_id: int, name: str, active_date_from: SpaazaDate | None,
                     active_date_until: SpaazaDate | None, form: bool) -> CampaignGroupCreate | CampaignGroupCreateForm:
        fields = campaign_group_fields(create=True, chain_id=chain_id, name=name, active_date_from=active_date_from,
                                       active_date_until=active_date_until)
        return CampaignGroupCreateForm(**fields) if form else CampaignGroupCreate(**fields)

    @staticmethod
    def _update_body(id: int | None, chain_id: int, name: str | None, active_date_from: SpaazaDate | None,
                     active_date_until: SpaazaDate | None, form: bool) -> CampaignGroupUpdate | CampaignGroupUpdateForm:
        fields = campaign_group_fields(create=False, chain_id=chain_id, id=id, name=name,
                                       active_date_from=active_date_from, active_date_until=active_date_until)
        return CampaignGroupUpdateForm(**fields) if form else CampaignGroupUpdate(**fields)

    def create_campaign_group(self, chain_id: int, name: str, active_date_from: SpaazaDate | None = None,
                              active_date_until: SpaazaDate | None = None, *, form: bool = False) -> CampaignGroup:
        """Create a campaign group in ``chain_id``; returns it as stored (with its new ``id``).

        Dates are ``datetime`` (naive, local) or ``'YYYY-MM-DD HH:MM:SS'`` strings, sent in exactly that form.
        ``form=True`` sends an HTML form instead of JSON. Never replayed automatically.
        """
        body = self._create_body(chain_id, name, active_date_from, active_date_until, form)
        return _group("create_campaign_group", self.call(create_campaign_group, body=body))

    async def acreate_campaign_group(self, chain_id: int, name: str, active_date_from: SpaazaDate | None = None,
                                     active_date_until: SpaazaDate | None = None, *,
                                     form: bool = False) -> CampaignGroup:
        """Async twin of :meth:`create_campaign_group`."""
        body = self._create_body(chain_id, name, active_date_from, active_date_until, form)
        return _group("create_campaign_group", await self.acall(create_campaign_group, body=body))

    def update_campaign_group(self, id: int | None, chain_id: int, name: str | None = None,
                              active_date_from: SpaazaDate | None = None, active_date_until: SpaazaDate | None = None,
                              *, form: bool = False) -> CampaignGroup:
        """Change campaign group ``id`` of ``chain_id``; fields left as ``None`` keep their values.

        Returns the group as stored after the change.
        """
        body = self._update_body(id, chain_id, name, active_date_from, active_date_until, form)
        return _group("update_campaign_group", self.call(update_campaign_group, body=body))

    async def aupdate_campaign_group(self, id: int | None, chain_id: int, name: str | None = None,
                                     active_date_from: SpaazaDate | None = None,
                                     active_date_until: SpaazaDate | None = None, *,
                                     form: bool = False) -> CampaignGroup:
        """Async twin of :meth:`update_campaign_group`."""
        body = self._update_body(id, chain_id, name, active_date_from, active_date_until, form)
        return _group("update_campaign_group", await self.acall(update_campaign_group, body=body))



__all__ = ["API_VERSION_HEADER", "DEFAULT_API_VERSION", "PRODUCTION", "STAGING", "SpaazaClient", "TransportStats"]
