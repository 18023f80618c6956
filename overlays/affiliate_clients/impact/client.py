"""``ImpactClient``: the generated impact.com client with auth, retries, a request budget, typed errors and
action pulls that split windows and follow pages for you."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Generator, Iterator
from types import ModuleType
from typing import Any

import attrs
import httpx

from affiliate_clients.generated.impact_client import Client
from affiliate_clients.generated.impact_client import errors as generated_errors
from affiliate_clients.generated.impact_client.api import Api
from affiliate_clients.generated.impact_client.api.actions import list_actions
from affiliate_clients.generated.impact_client.models import Action, ActionList, ActionState, ImpactError

from ..http.base import VendorClient, setting
from ..http.budget import Rate, RequestBudget
from ..http.calls import Caller
from ..http.clients import DEFAULT_TIMEOUT, HttpSetup, Transport
from ..http.errors import InvalidRequest
from ..http.paging import PagePlan, aiterate, iterate
from ..http.policy import RetryPolicy
from ..http.redact import install_log_filter
from ..http.transports import TransportStats
from .auth import ImpactAuth
from .pull import ActionPages, DateField, FirstPage, NextPage, resume
from .windows import check_list_actions

BASE_URL = "https://api.impact.com"
# The partner API's documented hourly budget for performance endpoints (/Actions, /Clicks).
ACTIONS_RATE = Rate(500, 3600)


def _message(envelope: Any) -> str:
    if not isinstance(envelope, ImpactError):
        return ""
    details = [f"{e.field}: {e.message}" for e in (envelope.errors or [])]
    message = envelope.message if isinstance(envelope.message, str) else envelope.status
    return "; ".join([message, *details]) if details else message


CALLER = Caller(unexpected=generated_errors.UnexpectedStatus, message_of=_message,
                checks={"list_actions": check_list_actions}, package="affiliate_clients.generated.impact_client")


class ImpactClient(VendorClient, Api):
    """impact.com, sync and async.

    ``ImpactClient(account_sid=..., auth_token=...)``, or with ``IMPACT_ACCOUNT_SID`` / ``IMPACT_AUTH_TOKEN``
    in the environment. ``rate`` is the client-side request budget (default: the documented 500 requests an
    hour for Actions; ``None`` turns it off); ``retry`` the retry policy; ``transport`` replaces the network
    (a sandbox in-process, for example). Use it as a context manager, or call ``close()`` / ``aclose()``.
    """

    caller = CALLER

    def __init__(self, account_sid: str | None = None, auth_token: str | None = None, *,
                 base_url: str = BASE_URL, rate: Rate | None = ACTIONS_RATE, retry: RetryPolicy | None = None,
                 timeout: httpx.Timeout = DEFAULT_TIMEOUT, transport: Transport | None = None) -> None:
        account_sid = setting(account_sid, "account_sid", "IMPACT_ACCOUNT_SID")
        auth_token = setting(auth_token, "auth_token", "IMPACT_AUTH_TOKEN")
        self.account_sid = account_sid
        self.budget = RequestBudget(rate) if rate is not None else None
        install_log_filter([auth_token])
        setup = HttpSetup(base_url=base_url, auth=ImpactAuth(account_sid, auth_token), timeout=timeout,
                          policy=retry or RetryPolicy(), budget=self.budget, transport=transport or Transport(),
                          secrets=(auth_token,))
        self._connect(setup, Client)

    def __repr__(self) -> str:
        return f"ImpactClient(account_sid={self.account_sid!r}, base_url={str(self._http.base_url)!r})"

    # -- any generated operation ---------------------------------------------------------------------------
    def _fill(self, endpoint: ModuleType, kwargs: dict[str, Any]) -> dict[str, Any]:
        params = endpoint.sync_detailed.__code__.co_varnames
        if "account_sid" in params and "account_sid" not in kwargs:
            kwargs["account_sid"] = self.account_sid
        return kwargs

    def call(self, endpoint: ModuleType, **kwargs: Any) -> Any:
        """Call a generated operation, e.g. ``call(list_partner_groups, campaign_id=1000)``.

        ``account_sid`` is filled in; returns the parsed success body; raises a typed
        :class:`~affiliate_clients.http.errors.ApiError` subclass for error answers.
        """
        return super().call(endpoint, **self._fill(endpoint, kwargs))

    async def acall(self, endpoint: ModuleType, **kwargs: Any) -> Any:
        """Async twin of :meth:`call`."""
        return await super().acall(endpoint, **self._fill(endpoint, kwargs))

    # -- action pulls --------------------------------------------------------------------------------------
    def plan_actions(self, start: dt.datetime | dt.date, end: dt.datetime | dt.date, *,
                     state: ActionState | str | None = None, campaign_id: int | None = None,
                     by: DateField = "updated", page_size: int = 20_000, split: bool = True) -> ActionPages:
        """The checked plan behind :meth:`actions` (keep it to read ``checkpoint()`` while iterating)."""
        filters: dict[str, Any] = {}
        if state is not None:
            try:
                filters["state"] = ActionState(state)
            except ValueError:
                raise InvalidRequest("state", f"must be one of {', '.join(s.value for s in ActionState)}") from None
        if campaign_id is not None:
            filters["campaign_id"] = campaign_id
        return ActionPages.plan(start, end, by=by, page_size=page_size, split=split, **filters)

    def actions(self, start: dt.datetime | dt.date, end: dt.datetime | dt.date, **options: Any) -> Iterator[Action]:
        """Every action in ``[start, end]`` once, as typed models, across windows and pages.

        ``by`` picks the date filtered on: ``"updated"`` (StartDate/EndDate, the default), ``"locking"`` or
        ``"event"``. Ranges over 45 days, and windows the API refuses as over ten pages, are split.
        Other options: ``state``, ``campaign_id``, ``page_size`` (>= 2000), ``split``.
        """
        return iterate(_paged(self.plan_actions(start, end, **options)), _Pages(self).fetch)

    def aactions(self, start: dt.datetime | dt.date, end: dt.datetime | dt.date,
                 **options: Any) -> AsyncIterator[Action]:
        """Async twin of :meth:`actions`."""
        return aiterate(_paged(self.plan_actions(start, end, **options)), _Pages(self).afetch)

    def iterate_plan(self, plan: ActionPages, *, ahead: int | None = None) -> Generator[Action, None, None]:
        """Run a plan (e.g. one restored with :meth:`resume_actions`).

        ``ahead``: how many pages may be fetched ahead of the one being read (default: up to 4, but no more
        than hold about 20,000 actions, so one ahead for 20,000-action pages, some 36 MB of models each;
        0 fetches none ahead).
        """
        return iterate(_paged(plan), _Pages(self).fetch, ahead=ahead)

    def aiterate_plan(self, plan: ActionPages, *, ahead: int | None = None) -> AsyncIterator[Action]:
        """Async twin of :meth:`iterate_plan`."""
        return aiterate(_paged(plan), _Pages(self).afetch, ahead=ahead)

    @staticmethod
    def resume_actions(checkpoint: dict[str, Any]) -> ActionPages:
        """A plan restored from ``plan.checkpoint()``; pass it to :meth:`iterate_plan`."""
        state = checkpoint["filters"].get("state")
        return resume(checkpoint, **({"state": ActionState(state)} if state else {}))



def _paged(plan: ActionPages) -> PagePlan[FirstPage | NextPage, ActionList]:
    """The plan as the paging protocol (mypy cannot infer the request type through ``FirstPage | NextPage | None``)."""
    return plan


@attrs.frozen
class _Pages:
    """Fetches pages for the pull drivers with the generated client's httpx clients.

    A first page is the generated ``list_actions`` request (``Caller.fetch_page``, so parameter names and
    formats stay the spec's); a next page is ``@nextpageuri`` as given. Both answers are read by
    ``Caller.parse_page``: the fast typed parse, with the 18 MB body let go before the models are built.
    """

    client: ImpactClient

    def fetch(self, request: FirstPage | NextPage) -> ActionList:
        generated = self.client.generated
        if isinstance(request, FirstPage):
            return CALLER.fetch_page(list_actions, generated, ActionList, ImpactError,  # type: ignore[no-any-return]
                                     account_sid=self.client.account_sid, **request.params)
        holder = [generated.get_httpx_client().get(request.uri)]
        return CALLER.parse_page("list_actions", holder, ActionList, ImpactError)  # type: ignore[no-any-return]

    async def afetch(self, request: FirstPage | NextPage) -> ActionList:
        generated = self.client.generated
        if isinstance(request, FirstPage):
            return await CALLER.afetch_page(list_actions, generated, ActionList,  # type: ignore[no-any-return]
                                            ImpactError, account_sid=self.client.account_sid, **request.params)
        holder = [await generated.get_async_httpx_client().get(request.uri)]
        return CALLER.parse_page("list_actions", holder, ActionList, ImpactError)  # type: ignore[no-any-return]


__all__ = ["ACTIONS_RATE", "BASE_URL", "ImpactClient", "TransportStats"]
