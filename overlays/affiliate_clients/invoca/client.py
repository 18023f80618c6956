"""``InvocaClient``: the generated Invoca Network API client with token auth (kept out of URLs by default),
retries, typed errors, an idempotent ``set_relationship`` and iteration over an advertiser's relationships
(lenient under drift: a relationship the model cannot hold is set aside, not the reason the list is lost)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote

import httpx

from affiliate_clients.generated.invoca_client import Client
from affiliate_clients.generated.invoca_client import errors as generated_errors
from affiliate_clients.generated.invoca_client.api import Api
from affiliate_clients.generated.invoca_client.api.relationships import list_relationships, update_relationship
from affiliate_clients.generated.invoca_client.models import Relationship, RelationshipStatus, RelationshipWrite

from ..http.base import VendorClient, setting
from ..http.budget import Rate, RequestBudget
from ..http.calls import Caller
from ..http.clients import DEFAULT_TIMEOUT, HttpSetup, Transport
from ..http.errors import InvalidRequest
from ..http.paths import check_segment
from ..http.policy import RetryPolicy
from ..http.quarantine import ArrayRead, OnInvalid, check_on_invalid, hand_over, read_array
from ..http.redact import install_log_filter, redact_text
from ..http.transports import TransportStats
from .auth import AUTH_MODES, AuthMode, InvocaAuth
from .errors import message_of, refine

DEFAULT_HOST = "invoca.net"
DEFAULT_API_VERSION = "2016-05-01"
STATUSES = tuple(s.value for s in RelationshipStatus)
ADVERTISER, AFFILIATE = "advertiser_id_from_network", "affiliate_id_from_network"  # as the spec names them


def status_of(status: RelationshipStatus | str) -> RelationshipStatus:
    """``status`` as the spec's enum, or :class:`InvalidRequest` naming the parameter and the allowed values."""
    try:
        return RelationshipStatus(status)
    except ValueError:
        raise InvalidRequest("status", f"must be one of {', '.join(STATUSES)}, got {status!r}") from None


def _network(value: object) -> str:
    """The network id as it goes into every URL: one path segment that needs no encoding."""
    if value is None or value == "":
        raise InvalidRequest("network_id", "missing: pass network_id= or set INVOCA_NETWORK_ID")
    text = check_segment("network_id", value)
    if quote(text, safe="") != text:
        raise InvalidRequest("network_id", "must be the network's id (letters, digits, '-', '_', '.', '~'); "
                                           f"got {text[:40]!r}")
    return text


def _id(parameter: str, value: str | int) -> str:
    """An id for the URL path (``None`` refused here rather than sent as the text ``None``)."""
    _check_id(parameter, value)
    return check_segment(parameter, value)


def _check_id(parameter: str, value: object) -> None:
    if not isinstance(value, str | int) or isinstance(value, bool) or not str(value):
        raise InvalidRequest(parameter, "must be a non-empty id from the network's own platform")


def check_relationship_call(advertiser_id_from_network: object = None, affiliate_id_from_network: object = None,
                            body: object = None, **_: object) -> None:
    """Per-operation checks run before any request: non-empty ids, and a body whose status is in the enum."""
    _check_id("advertiser_id_from_network", advertiser_id_from_network)
    if affiliate_id_from_network is not None:
        _check_id("affiliate_id_from_network", affiliate_id_from_network)
    if body is not None:
        if not isinstance(body, RelationshipWrite):
            raise InvalidRequest("body", "must be a RelationshipWrite")
        status_of(body.status)


def _check_list(advertiser_id_from_network: object = None, **_: object) -> None:
    _check_id("advertiser_id_from_network", advertiser_id_from_network)


def _read_relationships(operation: str, content: bytes) -> ArrayRead:
    return read_array(Relationship, content, operation)


def _records(answer: Any) -> ArrayRead:
    # ``call_reading`` hands back what the generated parser made when the answer was not an array it could read
    return answer if isinstance(answer, ArrayRead) else ArrayRead(list(answer), [])


CALLER = Caller(unexpected=generated_errors.UnexpectedStatus, message_of=message_of, refine=refine,
                checks={"list_relationships": _check_list, "get_relationship": check_relationship_call,
                        "create_relationship": check_relationship_call,
                        "update_relationship": check_relationship_call,
                        "delete_relationship": check_relationship_call},
                package="affiliate_clients.generated.invoca_client")


class InvocaClient(VendorClient, Api):
    """Invoca's Network Integration API (advertiser–affiliate relationships), sync and async.

    ``InvocaClient(api_token=..., network_id=...)``, or with ``INVOCA_API_TOKEN`` / ``INVOCA_NETWORK_ID`` in the
    environment. Requests go to ``https://{host}/api/{api_version}/{network_id}``; ``base_url`` replaces the
    ``https://{host}`` part (e.g. a sandbox), the version and network path are always added. ``auth="header"``
    (default) sends the token as the ``Authorization`` value; ``auth="query"`` as ``?oauth_token=``, in which
    case the token is masked in log records, exceptions and reprs. Invoca publishes no rate limit, so ``rate``
    (a client-side budget) is off by default. Use it as a context manager, or call ``close()`` / ``aclose()``.
    """

    caller = CALLER

    def __init__(self, api_token: str | None = None, network_id: str | int | None = None, *,
                 host: str = DEFAULT_HOST, api_version: str = DEFAULT_API_VERSION, auth: AuthMode = "header",
                 base_url: str | None = None, rate: Rate | None = None, retry: RetryPolicy | None = None,
                 timeout: httpx.Timeout = DEFAULT_TIMEOUT, transport: Transport | None = None) -> None:
        api_token = setting(api_token, "api_token", "INVOCA_API_TOKEN")
        network = _network(network_id if network_id is not None else os.environ.get("INVOCA_NETWORK_ID"))
        if auth not in AUTH_MODES:
            raise InvalidRequest("auth", f"must be one of {', '.join(AUTH_MODES)}, got {auth!r}")
        if not host or any(c in host for c in "/:@?#"):
            raise InvalidRequest("host", f"must be a bare host name such as leadtrust.invoca.net, got {host!r}")
        if not api_version or "/" in api_version:
            raise InvalidRequest("api_version", "must be a version date such as 2016-05-01")
        self.network_id = network
        self.auth = auth
        self._secrets = (api_token,)
        origin = (base_url or f"https://{host}").rstrip("/")
        self.base_url = f"{origin}/api/{api_version}/{network}"
        self.budget = RequestBudget(rate) if rate is not None else None
        install_log_filter(self._secrets)
        credentials = InvocaAuth(api_token, auth, deferred=True)  # a query token is added below every layer
        setup = HttpSetup(base_url=self.base_url, auth=credentials, timeout=timeout,
                          policy=retry or RetryPolicy(), budget=self.budget, transport=transport or Transport(),
                          secrets=self._secrets, query_secret=credentials.query_secret())
        self._connect(setup, Client)

    def __repr__(self) -> str:
        text = f"InvocaClient(network_id={self.network_id!r}, base_url={self.base_url!r}, auth={self.auth!r})"
        return redact_text(text, self._secrets)

    # -- relationships -------------------------------------------------------------------------------------
    def _write(self, advertiser_id: str | int, affiliate_id: str | int,
               status: RelationshipStatus | str) -> dict[str, Any]:
        return {"advertiser_id_from_network": _id(ADVERTISER, advertiser_id),
                "affiliate_id_from_network": _id(AFFILIATE, affiliate_id),
                "body": RelationshipWrite(status_of(status))}

    def set_relationship(self, advertiser_id: str | int, affiliate_id: str | int,
                         status: RelationshipStatus | str) -> Relationship:
        """Create or update the relationship so that it has ``status``; returns it as Invoca now holds it.

        Sent as ``PUT``, which Invoca documents as a create-or-update: repeating it changes nothing, so the
        retry layer may replay it after a 5xx or a dropped connection. ``status`` is checked against
        Pending/Approved/Suspended/Declined/Deactivated before any request.
        """
        kwargs = self._write(advertiser_id, affiliate_id, status)
        self.call(update_relationship, **kwargs)
        return Relationship(status=kwargs["body"].status, affiliate_id_from_network=str(affiliate_id))

    async def aset_relationship(self, advertiser_id: str | int, affiliate_id: str | int,
                                status: RelationshipStatus | str) -> Relationship:
        """Async twin of :meth:`set_relationship`."""
        kwargs = self._write(advertiser_id, affiliate_id, status)
        await self.acall(update_relationship, **kwargs)
        return Relationship(status=kwargs["body"].status, affiliate_id_from_network=str(affiliate_id))

    def relationships(self, advertiser_id: str | int, *,
                      on_invalid: OnInvalid = "quarantine") -> Iterator[Relationship]:
        """Every relationship of the advertiser (Invoca answers them all at once, as a bare JSON array).

        What the model absorbs (a status Invoca added, members the spec does not name, an id as a number) is
        delivered and counted in the drift report (:mod:`~affiliate_clients.http.drift`). A relationship it cannot
        hold (its status missing, say) is set aside with its raw JSON, the path that broke (``$[3].status``) and
        why, and the others are delivered; ``on_invalid`` says where it goes: ``"quarantine"`` (the run's list,
        :func:`~affiliate_clients.http.quarantine.collecting`), ``"raise"`` (ResponseValidationError naming the
        path, before any relationship) or a callable given each
        :class:`~affiliate_clients.http.quarantine.Rejected`. The arguments are checked here, before any
        request; the request goes when iteration starts."""
        kwargs = {"advertiser_id_from_network": _id(ADVERTISER, advertiser_id)}
        return self._relationships(kwargs, check_on_invalid(on_invalid))

    def _relationships(self, kwargs: dict[str, Any], on_invalid: OnInvalid) -> Iterator[Relationship]:
        answer = _records(self.caller.call_reading(_read_relationships, list_relationships, self.generated, **kwargs))
        hand_over(answer.rejected, on_invalid)
        yield from answer.records

    def arelationships(self, advertiser_id: str | int, *,
                       on_invalid: OnInvalid = "quarantine") -> AsyncIterator[Relationship]:
        """Async twin of :meth:`relationships`."""
        kwargs = {"advertiser_id_from_network": _id(ADVERTISER, advertiser_id)}
        return self._arelationships(kwargs, check_on_invalid(on_invalid))

    async def _arelationships(self, kwargs: dict[str, Any], on_invalid: OnInvalid) -> AsyncIterator[Relationship]:
        answer = _records(await self.caller.acall_reading(_read_relationships, list_relationships, self.generated,
                                                          **kwargs))
        hand_over(answer.rejected, on_invalid)
        for relationship in answer.records:
            yield relationship


__all__ = ["DEFAULT_API_VERSION", "DEFAULT_HOST", "InvocaClient", "TransportStats", "status_of"]
