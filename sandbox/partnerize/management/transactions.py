"""Transaction queries (operations #32-#34)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ..conventions import (
    bad_request,
    endpoint,
    json_object,
    not_found,
    v1_response,
)
from ..jobs import jobs_of
from ..paging import paginate
from ..store import NOW, PartnerizeStore, v1_time
from .common import PublisherCheck, batch_items, require, wrap

TQ_REQUIRED = {
    "untracked": ("conversion_reference", "camref", "conversion_value", "expected_commission", "conversion_date_time"),
    "incorrect_commission": ("conversion_reference", "camref", "expected_commission"),
    "declined": ("conversion_reference", "camref"),
}


def routes(store: PartnerizeStore) -> list[BaseRoute]:
    s = store
    publisher = PublisherCheck(s)

    # #32-#34 transaction queries
    @endpoint
    async def list_transaction_queries(request: Request) -> Response:
        started = time.perf_counter()
        publisher(request)
        q = request.query_params
        exact = ("transaction_query_id", "transaction_query_type", "publisher_reference", "conversion_reference",
                 "conversion_date_time", "campaign_id", "current_state")
        filters = {name: q[name] for name in exact if q.get(name)}
        chosen = [tq for tq in s.transaction_queries.values()
                  if all(str(tq.get(name)) == value for name, value in filters.items())]
        column = q.get("date_range_column") or "created_at"
        bounds: tuple[tuple[str, Callable[[str, str], bool]], ...] = (
            ("date_range_start", lambda v, b: v >= b), ("date_range_end", lambda v, b: v <= b))
        for name, keep in bounds:
            bound = q.get(name)
            if bound:  # a range on a field the queries do not have matches nothing
                filters[name] = bound
                chosen = [tq for tq in chosen if isinstance(tq.get(column), str) and keep(tq[column], bound)]
        sort_column = q.get("sort_column") or "created_at"
        direction = "DESC" if (q.get("order_by") or "").upper() == "DESC" else "ASC"
        chosen.sort(key=lambda tq: (tq.get(sort_column) is None, str(tq.get(sort_column, ""))),
                    reverse=direction == "DESC")
        page, meta = paginate(request, chosen)
        return v1_response({"count": meta["count"], "execution_time": f"{time.perf_counter() - started:.5f} seconds",
                            "offset": meta["offset"], "limit": meta["limit"], "hypermedia": meta["hypermedia"],
                            "filters": filters or [], "sort": {"column": sort_column, "direction": direction},
                            "transaction_queries": wrap("transaction_query", page)})

    @endpoint
    async def create_transaction_queries(request: Request) -> Response:
        started = time.perf_counter()
        publisher(request)
        items = batch_items(await json_object(request), "transaction_queries", single_allowed=False)
        for n, item in enumerate(items):
            require(item, ("transaction_query_type", "conversion_reference", "camref"), f"transaction_queries[{n}]: ")
            kind = item["transaction_query_type"]
            require(item, TQ_REQUIRED.get(kind, ()), f"transaction_queries[{n}] ({kind}): ")
            for name in ("conversion_value", "expected_commission"):
                if name in item and (not isinstance(item[name], (int, float)) or isinstance(item[name], bool)):
                    raise bad_request(name, f"transaction_queries[{n}].{name}: is not of type 'number'")
            for name in ("transaction_query_type", "conversion_reference", "camref", "conversion_currency",
                         "conversion_date_time", "notes", "publisher_reference"):
                if name in item and not isinstance(item[name], str):
                    raise bad_request(name, f"transaction_queries[{n}].{name}: is not of type 'string'")
        created = [s.create_transaction_query(item) for item in items]
        # Registered like every job, so GET /job/{id} and its response download find it (done at once).
        body = json.dumps({"transaction_queries": created}).encode()
        job_id = jobs_of(s).create(f"user/publisher/{s.publisher_id}/tq/create", None, lambda: iter([body]),
                                   output_format="json", polls_needed=0).job_id
        now = v1_time(NOW)
        return v1_response({"execution_time": f"{time.perf_counter() - started:.5f} seconds", "job": {
            "completed_at": now, "created_at": now, "created_by": s.publisher_id,
            "created_by_uri": f"user/publisher/{s.publisher_id}/tq/create", "estimated_completion": None,
            "job_id": job_id, "percentage_complete": 100, "reference": None,
            "response": f"/job/{job_id}/response.json", "response_within_retention": True, "status": "complete",
            "time_elapsed": 0, "update": f"/job/{job_id}.json"}})

    @endpoint
    async def delete_transaction_query(request: Request) -> Response:
        started = time.perf_counter()
        publisher(request)
        tq_id = request.path_params["transaction_query_id"]
        tq = s.transaction_queries.get(tq_id)
        if tq is None:
            raise not_found("transaction query", tq_id)
        if tq["current_state"] in ("approved", "rejected"):
            raise bad_request("transaction_query_id",
                              f"transaction query '{tq_id}' is {tq['current_state']} and cannot be deleted")
        del s.transaction_queries[tq_id]
        return v1_response({"execution_time": f"{time.perf_counter() - started:.5f} seconds",
                            "transaction_query": {"deleted": True}})

    pub = "/user/publisher/{publisher_id}"
    return [
        Route(f"{pub}/tq", list_transaction_queries, methods=["GET"]),
        Route(f"{pub}/tq/create", create_transaction_queries, methods=["POST"]),
        Route(f"{pub}/tq/{{transaction_query_id}}/delete", delete_transaction_query, methods=["POST"]),
    ]
