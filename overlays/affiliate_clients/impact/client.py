"""``ImpactClient``: the generated impact.com client with auth, retries, a request budget, typed errors and
action (and action-update) pulls that split windows and follow pages for you."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Generator, Iterator
from types import ModuleType
from typing import Any, overload

import attrs
import httpx

from affiliate_clients.generated.impact_client import Client
from affiliate_clients.generated.impact_client import errors as generated_errors
from affiliate_clients.generated.impact_client.api import Api
from affiliate_clients.generated.impact_client.api.action_updates import list_action_updates
from affiliate_clients.generated.impact_client.api.actions import list_actions
from affiliate_clients.generated.impact_client.models import (
    Action,
    ActionList,
    ActionState,
    ActionUpdate,
    ActionUpdateList,
    ImpactError,
)

from ..http.base import VendorClient, setting
from ..http.budget import Rate, RequestBudget
from ..http.calls import Caller
from ..http.clients import DEFAULT_TIMEOUT, HttpSetup, Transport
from ..http.errors import InvalidRequest
from ..http.paging import PagePlan, aiterate, iterate
from ..http.policy import RetryPolicy
from ..http.quarantine import OnInvalid
from ..http.redact import install_log_filter
from ..http.transports import TransportStats
from .auth import ImpactAuth
from .pull import ActionPages, ActionUpdatePages, DateField, FirstPage, ListingPages, NextPage, resume, resume_as
from .windows import check_list_actions

BASE_URL = "https://api.impact.com"
# The partner API's documented hourly budget for performance endpoints (/Actions, /Clicks); ActionUpdates is
# paced by the same budget (impact suggests postbacks over polling it).
ACTIONS_RATE = Rate(500, 3600)
# The windowed lists: generated operation and page model, by the plan's ``operation``.
LISTINGS: dict[str, tuple[ModuleType, type]] = {"list_actions": (list_actions, ActionList),
                                                 "list_action_updates": (list_action_updates, ActionUpdateList)}


def _message(envelope: Any) -> str:
    if not isinstance(envelope, ImpactError):
        return ""
    details = [f"{e.field}: {e.message}" for e in (envelope.errors or [])]
    message = envelope.message if isinstance(envelope.message, str) else envelope.status
    return "; ".join([message, *details]) if details else message


CALLER = Caller(unexpected=generated_errors.UnexpectedStatus, message_of=_message,
                checks={"list_actions": check_list_actions, "list_action_updates": check_list_actions},
                package="affiliate_clients.generated.impact_client")


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
        """Call a generated operation, e.g. ``call(list_partner_groups, campaign_id=101)``.

        ``account_sid`` is filled in; returns the parsed success body; raises a typed
        :class:`~affiliate_clients.http.errors.ApiError` subclass for error answers.
        """
        return super().call(endpoint, **self._fill(endpoint, kwargs))

    async def acall(self, endpoint: ModuleType, **kwargs: Any) -> Any:
        """Async twin of :meth:`call`."""
        return await super().acall(endpoint, **self._fill(endpoint, kwargs))

    # -- action and action-update pulls ---------------------------------------------------------------------
    def plan_actions(self, start: dt.datetime | dt.date, end: dt.datetime | dt.date, *,
                     state: ActionState | str | None = None, campaign_id: int | None = None,
                     by: DateField = "updated", page_size: int = 20_000, split: bool = True) -> ActionPages:
        """The checked plan behind :meth:`actions` (keep it to read ``checkpoint()`` while iterating)."""
        return ActionPages.plan(start, end, by=by, page_size=page_size, split=split, **_filters(state, campaign_id))

    def plan_action_updates(self, start: dt.datetime | dt.date, end: dt.datetime | dt.date, *,
                            state: ActionState | str | None = None, campaign_id: int | None = None,
                            by: DateField = "updated", page_size: int = 20_000,
                            split: bool = True) -> ActionUpdatePages:
        """The checked plan behind :meth:`action_updates` (``by="updated"``: the time of the change)."""
        return ActionUpdatePages.plan(start, end, by=by, page_size=page_size, split=split,
                                      **_filters(state, campaign_id))

    def actions(self, start: dt.datetime | dt.date, end: dt.datetime | dt.date, *,
                on_invalid: OnInvalid = "quarantine", **options: Any) -> Iterator[Action]:
        """Every action in ``[start, end]`` once, as typed models, across windows and pages.

        ``by`` picks the date filtered on: ``"updated"`` (StartDate/EndDate, the default), ``"locking"`` or
        ``"event"``. Ranges over 45 days, and windows the API refuses as over ten pages, are split.
        Other options: ``state``, ``campaign_id``, ``page_size`` (>= 2000), ``split``. ``on_invalid``: an action
        that cannot be read as its model is set aside (``"quarantine"``, see
        :mod:`~affiliate_clients.http.quarantine`), stops the pull (``"raise"``) or goes to a callable.
        """
        return self.iterate_plan(self.plan_actions(start, end, **options), on_invalid=on_invalid)

    def aactions(self, start: dt.datetime | dt.date, end: dt.datetime | dt.date, *,
                 on_invalid: OnInvalid = "quarantine", **options: Any) -> AsyncIterator[Action]:
        """Async twin of :meth:`actions`."""
        return self.aiterate_plan(self.plan_actions(start, end, **options), on_invalid=on_invalid)

    def action_updates(self, start: dt.datetime | dt.date, end: dt.datetime | dt.date, *,
                       on_invalid: OnInvalid = "quarantine", **options: Any) -> Iterator[ActionUpdate]:
        """Every change to the partner's actions made in ``[start, end]`` once (List Action Updates), windowed
        and paged exactly as :meth:`actions`, with the same options (``by="locking"`` or ``"event"`` filter on
        the parent action's dates; ``state`` is the action's current state) and the same ``on_invalid``. The
        requests share the client's budget with :meth:`actions`."""
        return self.iterate_plan(self.plan_action_updates(start, end, **options), on_invalid=on_invalid)

    def aaction_updates(self, start: dt.datetime | dt.date, end: dt.datetime | dt.date, *,
                        on_invalid: OnInvalid = "quarantine", **options: Any) -> AsyncIterator[ActionUpdate]:
        """Async twin of :meth:`action_updates`."""
        return self.aiterate_plan(self.plan_action_updates(start, end, **options), on_invalid=on_invalid)

    @overload
    def iterate_plan(self, plan: ActionPages, *, ahead: int | None = None,
                     on_invalid: OnInvalid = "quarantine") -> Generator[Action, None, None]: ...

    @overload
    def iterate_plan(self, plan: ActionUpdatePages, *, ahead: int | None = None,
                     on_invalid: OnInvalid = "quarantine") -> Generator[ActionUpdate, None, None]: ...

    @overload
    def iterate_plan(self, plan: ListingPages, *, ahead: int | None = None,
                     on_invalid: OnInvalid = "quarantine") -> Generator[Any, None, None]: ...

    def iterate_plan(self, plan: ListingPages, *, ahead: int | None = None,
                     on_invalid: OnInvalid = "quarantine") -> Generator[Any, None, None]:
        """Run a plan (e.g. one restored with :meth:`resume_actions` or :meth:`resume_action_updates`).

        ``ahead``: how many pages may be fetched ahead of the one being read (default: up to 4, but no more
        than hold about 20,000 records, so one ahead for 20,000-action pages, some 36 MB of models each;
        0 fetches none ahead). ``on_invalid``: as for :meth:`actions`.
        """
        return iterate(_paged(plan), _Pages(self, plan.operation).fetch, ahead=ahead, on_invalid=on_invalid)

    @overload
    def aiterate_plan(self, plan: ActionPages, *, ahead: int | None = None,
                      on_invalid: OnInvalid = "quarantine") -> AsyncIterator[Action]: ...

    @overload
    def aiterate_plan(self, plan: ActionUpdatePages, *, ahead: int | None = None,
                      on_invalid: OnInvalid = "quarantine") -> AsyncIterator[ActionUpdate]: ...

    @overload
    def aiterate_plan(self, plan: ListingPages, *, ahead: int | None = None,
                      on_invalid: OnInvalid = "quarantine") -> AsyncIterator[Any]: ...

    def aiterate_plan(self, plan: ListingPages, *, ahead: int | None = None,
                      on_invalid: OnInvalid = "quarantine") -> AsyncIterator[Any]:
        """Async twin of :meth:`iterate_plan`."""
        return aiterate(_paged(plan), _Pages(self, plan.operation).afetch, ahead=ahead, on_invalid=on_invalid)

    @staticmethod
    def resume_actions(checkpoint: dict[str, Any]) -> ActionPages:
        """A plan restored from ``plan.checkpoint()``; pass it to :meth:`iterate_plan`."""
        state = checkpoint["filters"].get("state")
        return resume(checkpoint, **({"state": ActionState(state)} if state else {}))

    @staticmethod
    def resume_action_updates(checkpoint: dict[str, Any]) -> ActionUpdatePages:
        """An action-update plan restored from its ``checkpoint()``; pass it to :meth:`iterate_plan`."""
        state = checkpoint["filters"].get("state")
        return resume_as(ActionUpdatePages, checkpoint, **({"state": ActionState(state)} if state else {}))


def _filters(state: ActionState | str | None, campaign_id: int | None) -> dict[str, Any]:
    """The filters of a windowed list, checked (``state`` one of the documented values)."""
    filters: dict[str, Any] = {}
    if state is not None:
        try:
            filters["state"] = ActionState(state)
        except ValueError:
            raise InvalidRequest("state", f"must be one of {', '.join(s.value for s in ActionState)}") from None
    if campaign_id is not None:
        filters["campaign_id"] = campaign_id
    return filters


def _paged(plan: ListingPages) -> PagePlan[FirstPage | NextPage, Any]:
    """The plan as the paging protocol (mypy cannot infer the request type through ``FirstPage | NextPage | None``)."""
    return plan


@attrs.frozen
class _Pages:
    """Fetches pages of one windowed list (``operation``: List Actions by default) for the pull drivers with the
    generated client's httpx clients.

    A first page is the generated request (``Caller.fetch_page``, so parameter names and formats stay the spec's);
    a next page is ``@nextpageuri`` as given. Both answers are read by ``Caller.parse_page``: the fast typed
    parse, with the 18 MB body let go before the models are built.
    """

    client: ImpactClient
    operation: str = "list_actions"

    def fetch(self, request: FirstPage | NextPage) -> Any:
        generated = self.client.generated
        endpoint, model = LISTINGS[self.operation]
        if isinstance(request, FirstPage):
            return CALLER.fetch_page(endpoint, generated, model, ImpactError,
                                     account_sid=self.client.account_sid, **request.params)
        holder = [generated.get_httpx_client().get(request.uri)]
        return CALLER.parse_page(self.operation, holder, model, ImpactError)

    async def afetch(self, request: FirstPage | NextPage) -> Any:
        generated = self.client.generated
        endpoint, model = LISTINGS[self.operation]
        if isinstance(request, FirstPage):
            return await CALLER.afetch_page(endpoint, generated, model, ImpactError,
                                            account_sid=self.client.account_sid, **request.params)
        holder = [await generated.get_async_httpx_client().get(request.uri)]
        return CALLER.parse_page(self.operation, holder, model, ImpactError)


__all__ = ["ACTIONS_RATE", "BASE_URL", "ImpactClient", "TransportStats"]
