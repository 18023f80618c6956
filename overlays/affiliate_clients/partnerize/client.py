"""``PartnerizeClient``: the generated Partnerize client with auth, retries, Analytics pacing, paging in both
styles, job waiting, streamed CSV exports and typed errors."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any

import httpx

from affiliate_clients.generated.partnerize_client import Client
from affiliate_clients.generated.partnerize_client import errors as generated_errors
from affiliate_clients.generated.partnerize_client.api import Api
from affiliate_clients.generated.partnerize_client.api.background_jobs import get_job
from affiliate_clients.generated.partnerize_client.api.reporting import get_click_report, get_conversion_report
from affiliate_clients.generated.partnerize_client.models import ClickReport, ConversionReport, ReportFormat, V1Error

from ..http.base import VendorClient, setting
from ..http.budget import Rate, RequestBudget
from ..http.calls import Caller
from ..http.clients import DEFAULT_TIMEOUT, HttpSetup, Transport
from ..http.errors import InvalidRequest
from ..http.paging import AsyncPull, CursorPlan, OffsetPlan, Pull
from ..http.policy import RetryPolicy
from ..http.quarantine import OnInvalid
from ..http.redact import install_log_filter
from . import checks, exports, jobs
from .analytics import ANALYTICS_RATE, check_query, endpoint_kind, query_cost
from .auth import PartnerizeAuth
from .errors import describe

BASE_URL = "https://api.partnerize.com"
MAX_LIMIT = checks.MAX_LIMIT
# Report pages, which run to hundreds of records with nested items, go through ``Caller.fetch_page`` rather than
# ``call`` (both read them with the fast parse): the body is let go before the models are built, and an error
# answer whose envelope cannot be read is still the typed error of its status, as for impact's pages.
PAGE_MODELS: dict[str, tuple[type, type]] = {"get_conversion_report": (ConversionReport, V1Error),
                                             "get_click_report": (ClickReport, V1Error)}
CALLER = Caller(unexpected=generated_errors.UnexpectedStatus, message_of=describe, package="affiliate_clients.generated.partnerize_client")


def check_call(operation: str, kwargs: dict[str, Any]) -> None:
    """Rules that hold for every Partnerize operation, checked before any request (``checks.check_call``:
    paging numbers, report inputs; then an Analytics query's own rules)."""
    checks.check_call(operation, kwargs)
    kind = endpoint_kind(operation)
    if kind is not None:
        check_query(kind, kwargs.get("body"))


class PartnerizeClient(VendorClient, Api):
    """Partnerize Partner API (v1, v2, v3 and Analytics), sync and async.

    ``PartnerizeClient(application_key=..., user_api_key=...)``, or with ``PARTNERIZE_APPLICATION_KEY`` /
    ``PARTNERIZE_USER_API_KEY`` set. ``rate`` is an optional budget for all requests (Partnerize publishes no
    general figure); ``analytics_rate`` paces Analytics queries by their documented token cost.
    """

    caller = CALLER

    def __init__(self, application_key: str | None = None, user_api_key: str | None = None, *,
                 base_url: str = BASE_URL, rate: Rate | None = None, analytics_rate: Rate | None = ANALYTICS_RATE,
                 retry: RetryPolicy | None = None, timeout: httpx.Timeout = DEFAULT_TIMEOUT,
                 transport: Transport | None = None, jobs_policy: jobs.JobPolicy | None = None) -> None:
        application_key = setting(application_key, "application_key", "PARTNERIZE_APPLICATION_KEY")
        user_api_key = setting(user_api_key, "user_api_key", "PARTNERIZE_USER_API_KEY")
        self.analytics_budget = RequestBudget(analytics_rate) if analytics_rate is not None else None
        self.jobs_policy = jobs_policy or jobs.JobPolicy()
        install_log_filter([application_key, user_api_key])
        setup = HttpSetup(base_url=base_url, auth=PartnerizeAuth(application_key, user_api_key), timeout=timeout,
                          policy=retry or RetryPolicy(), budget=RequestBudget(rate) if rate else None,
                          transport=transport or Transport(), secrets=(application_key, user_api_key))
        self._connect(setup, Client)

    def __repr__(self) -> str:
        return f"PartnerizeClient(base_url={str(self._http.base_url)!r})"

    # -- any generated operation ---------------------------------------------------------------------------
    def _pace(self, endpoint: ModuleType, kwargs: dict[str, Any]) -> float:
        operation = endpoint.__name__.rsplit(".", 1)[-1]
        check_call(operation, kwargs)
        kind = endpoint_kind(operation)
        if kind is None or self.analytics_budget is None:
            return 0.0
        return self.analytics_budget.reserve(query_cost(kind, kwargs["body"]))

    def call(self, endpoint: ModuleType, **kwargs: Any) -> Any:
        """Call a generated operation; returns the parsed success body or raises a typed error.

        Analytics queries are checked and paced by their token cost before they are sent.
        """
        time.sleep(self._pace(endpoint, kwargs))
        return super().call(endpoint, **kwargs)

    async def acall(self, endpoint: ModuleType, **kwargs: Any) -> Any:
        """Async twin of :meth:`call`."""
        await asyncio.sleep(self._pace(endpoint, kwargs))
        return await super().acall(endpoint, **kwargs)

    # -- paging --------------------------------------------------------------------------------------------
    def _fetcher(self, endpoint: ModuleType) -> Any:
        page = PAGE_MODELS.get(endpoint.__name__.rsplit(".", 1)[-1])
        if page is None:
            return lambda request: self.call(endpoint, **request)

        def fetch(request: dict[str, Any]) -> Any:
            time.sleep(self._pace(endpoint, request))
            return self.caller.fetch_page(endpoint, self.generated, *page, **request)

        return fetch

    def _afetcher(self, endpoint: ModuleType) -> Any:
        page = PAGE_MODELS.get(endpoint.__name__.rsplit(".", 1)[-1])

        async def fetch(request: dict[str, Any]) -> Any:
            if page is None:
                return await self.acall(endpoint, **request)
            await asyncio.sleep(self._pace(endpoint, request))
            return await self.caller.afetch_page(endpoint, self.generated, *page, **request)

        return fetch

    def conversion_plan(self, publisher_id: str, start_date: str, *, limit: int = MAX_LIMIT,
                        checkpoint: dict[str, Any] | None = None, **filters: Any) -> CursorPlan:
        """The cursor plan behind :meth:`conversions`; ``checkpoint`` resumes a saved one."""
        params = checks.report_params({"publisher_id": publisher_id, "format_": ReportFormat.JSON,
                                       "start_date": start_date, **filters})
        check_call("get_conversion_report", {**params, "limit": limit})
        return CursorPlan(params, lambda page: page.conversions, limit=limit, **(checkpoint or {}))

    def conversions(self, publisher_id: str, start_date: str, *, on_invalid: OnInvalid = "quarantine",
                    **options: Any) -> Pull:
        """Every conversion of the report once (cursor paging, ``limit`` <= 300), as typed entries.

        Options: ``end_date``, ``statuses``, ``date_type``, ``timezone``, ... as the generated operation takes
        them, plus ``limit`` and ``checkpoint`` (from ``pull.checkpoint()``, to resume). ``on_invalid``: a
        conversion that cannot be read as its model is set aside (``"quarantine"``, see
        :mod:`~affiliate_clients.http.quarantine`), stops the pull (``"raise"``) or goes to a callable.
        """
        return Pull(self.conversion_plan(publisher_id, start_date, **options), self._fetcher(get_conversion_report),
                    on_invalid=on_invalid)

    def aconversions(self, publisher_id: str, start_date: str, *, on_invalid: OnInvalid = "quarantine",
                     **options: Any) -> AsyncPull:
        """Async twin of :meth:`conversions`."""
        return AsyncPull(self.conversion_plan(publisher_id, start_date, **options),
                         self._afetcher(get_conversion_report), on_invalid=on_invalid)

    def paged(self, endpoint: ModuleType, items: str, *, limit: int = MAX_LIMIT,
              checkpoint: dict[str, Any] | None = None, on_invalid: OnInvalid = "quarantine",
              **params: Any) -> Pull:
        """Every record of an offset-paged operation once; ``items`` names the list attribute of its answer
        (e.g. ``paged(get_click_report, "clicks", publisher_id=..., format_=ReportFormat.JSON, ...)``);
        ``on_invalid`` as for :meth:`conversions`."""
        params = checks.report_params(params)
        check_call(endpoint.__name__.rsplit(".", 1)[-1], {**params, "limit": limit})
        plan = OffsetPlan(params, lambda page: getattr(page, items), limit=limit, **(checkpoint or {}))
        return Pull(plan, self._fetcher(endpoint), on_invalid=on_invalid)

    def apaged(self, endpoint: ModuleType, items: str, *, limit: int = MAX_LIMIT,
               checkpoint: dict[str, Any] | None = None, on_invalid: OnInvalid = "quarantine",
               **params: Any) -> AsyncPull:
        """Async twin of :meth:`paged`."""
        params = checks.report_params(params)
        check_call(endpoint.__name__.rsplit(".", 1)[-1], {**params, "limit": limit})
        plan = OffsetPlan(params, lambda page: getattr(page, items), limit=limit, **(checkpoint or {}))
        return AsyncPull(plan, self._afetcher(endpoint), on_invalid=on_invalid)

    def clicks(self, publisher_id: str, start_date: str, **options: Any) -> Pull:
        """Every click of the click report once (offset paging)."""
        return self.paged(get_click_report, "clicks", publisher_id=publisher_id, format_=ReportFormat.JSON,
                          start_date=start_date, **options)

    def aclicks(self, publisher_id: str, start_date: str, **options: Any) -> AsyncPull:
        """Async twin of :meth:`clicks`."""
        return self.apaged(get_click_report, "clicks", publisher_id=publisher_id, format_=ReportFormat.JSON,
                           start_date=start_date, **options)

    # -- jobs and exports ----------------------------------------------------------------------------------
    def wait_for_job(self, job_id: str, policy: jobs.JobPolicy | None = None) -> Any:
        """Poll a v1 job until it completes (raises ``JobFailed`` / ``JobTimeout``); returns the job record."""
        return jobs.wait(lambda j: self.call(get_job, job_id=j).job, job_id, policy or self.jobs_policy)

    async def await_job(self, job_id: str, policy: jobs.JobPolicy | None = None) -> Any:
        """Async twin of :meth:`wait_for_job`."""
        async def fetch(j: str) -> Any:
            return (await self.acall(get_job, job_id=j)).job

        return await jobs.await_job(fetch, job_id, policy or self.jobs_policy)

    def export_rows(self, kind: str, *, publisher_id: str, start_date: str, end_date: str,
                    **params: Any) -> Iterator[dict[str, str]]:
        """Stream a CSV export (``clicks``, ``conversions`` or ``conversion_items``) as dict rows; an export
        answered with a job is waited for, then its CSV is streamed."""
        path = exports.export_path(kind)
        query = checks.report_params({"publisher_id": publisher_id, "start_date": start_date, "end_date": end_date,
                                      **params})
        checks.check_report(query, end_required=True)
        with self._http.stream("GET", path, params=query) as response:
            exports.raise_for_error(f"export_{kind}", response)
            if not exports.is_job(response):
                yield from exports.rows(response.iter_lines(), params.get("delimiter", ","))
                return
            response.read()
            job_id = response.json()["job"]["job_id"]
        job = self.wait_for_job(job_id)
        with self._http.stream("GET", _job_csv(job)) as response:
            exports.raise_for_error(f"export_{kind}", response)
            yield from exports.rows(response.iter_lines(), params.get("delimiter", ","))

    async def aexport_rows(self, kind: str, *, publisher_id: str, start_date: str, end_date: str,
                           **params: Any) -> AsyncIterator[dict[str, str]]:
        """Async twin of :meth:`export_rows`."""
        path = exports.export_path(kind)
        query = checks.report_params({"publisher_id": publisher_id, "start_date": start_date, "end_date": end_date,
                                      **params})
        checks.check_report(query, end_required=True)
        async with self._ahttp.stream("GET", path, params=query) as response:
            if response.status_code >= 400 or exports.is_job(response):
                await response.aread()
            exports.raise_for_error(f"export_{kind}", response)
            if not exports.is_job(response):
                async for row in exports.arows(response.aiter_lines(), params.get("delimiter", ",")):
                    yield row
                return
            job_id = response.json()["job"]["job_id"]
        job = await self.await_job(job_id)
        async with self._ahttp.stream("GET", _job_csv(job)) as response:
            if response.status_code >= 400:
                await response.aread()
            exports.raise_for_error(f"export_{kind}", response)
            async for row in exports.arows(response.aiter_lines(), params.get("delimiter", ",")):
                yield row



def _job_csv(job: Any) -> str:
    hypermedia = getattr(job, "hypermedia", None)
    path = getattr(hypermedia, "response", None)
    if not isinstance(path, str) or not path:
        raise InvalidRequest("job", f"job {job.job_id} finished without a response link")
    return path if path.startswith("/") else "/" + path
