"""v1 background jobs: large CSV exports are answered with a job that completes after a few polls of
``GET /job/{jobID}``; its output is then served at ``/job/{jobID}/response.{csv|json}``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import attrs
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from .reports_data import NOW, v1_time
from .reports_views import v1_error

if TYPE_CHECKING:
    from .store import PartnerizeStore

POLLS_TO_COMPLETE = 2


@attrs.define
class Job:
    job_id: str
    created_by: str
    created_by_uri: str
    reference: str | None
    output: Callable[[], Iterable[bytes]]
    output_format: str = "csv"
    polls: int = 0
    polls_needed: int = POLLS_TO_COMPLETE

    @property
    def complete(self) -> bool:
        return self.polls >= self.polls_needed

    def as_json(self) -> dict[str, Any]:
        created = NOW - timedelta(minutes=5)
        return {
            "job_id": self.job_id, "created_at": v1_time(created),
            "completed_at": v1_time(created + timedelta(seconds=16)) if self.complete else None,
            "created_by": self.created_by, "created_by_uri": self.created_by_uri,
            "status": "complete" if self.complete else ("processing" if self.polls else "pending"),
            "percentage_complete": 100 if self.complete else int(100 * self.polls / self.polls_needed),
            "reference": self.reference, "response_within_retention": True,
            "hypermedia": {"response": f"/job/{self.job_id}/response.{self.output_format}",
                           "update": f"/job/{self.job_id}"},
        }


class JobRegistry:
    """The jobs of one sandbox; a job completes after ``polls_needed`` reads of its state."""

    def __init__(self, created_by: str = "111111l1", polls_needed: int = POLLS_TO_COMPLETE) -> None:
        self.jobs: dict[str, Job] = {}
        self.created_by = created_by
        self.polls_needed = polls_needed
        self._ids: Iterator[int] = itertools.count(1177306)

    def create(self, created_by_uri: str, reference: str | None, output: Callable[[], Iterable[bytes]],
               output_format: str = "csv", polls_needed: int | None = None) -> Job:
        """A new job; ``polls_needed=0`` makes one that is complete at once (batch operations answered inline)."""
        needed = self.polls_needed if polls_needed is None else polls_needed
        job = Job(f"111111l{next(self._ids)}", self.created_by, created_by_uri, reference, output, output_format,
                  polls=0, polls_needed=needed)
        self.jobs[job.job_id] = job
        return job


def job_reply(job: Job, status: int = 200) -> JSONResponse:
    return JSONResponse({"execution_time": "0.01204 seconds", "job": job.as_json()}, status_code=status)


def jobs_of(store: PartnerizeStore) -> JobRegistry:
    """The job registry of a store (shared by every module that answers with a v1 job)."""
    return store.shared("partnerize.jobs", lambda: JobRegistry(created_by=store.network_id))


def routes(store: PartnerizeStore) -> list[BaseRoute]:
    """``GET /job/{jobID}`` (also with a ``.json`` suffix) and the output download of finished jobs."""
    registry = jobs_of(store)

    async def get_job(request: Request) -> Response:
        job_id = request.path_params["jobID"].removesuffix(".json")
        job = registry.jobs.get(job_id)
        if job is None:
            return v1_error(404, f"job not found for id '{job_id}'")
        reply = job_reply(job)
        job.polls += 1
        return reply

    async def get_output(request: Request) -> Response:
        job = registry.jobs.get(request.path_params["jobID"])
        if job is None or not job.complete or request.path_params["format"] != job.output_format:
            return v1_error(404, "no output for this job (unknown job, not complete yet, or other format)")
        if job.output_format == "json":
            return Response(b"".join(job.output()), media_type="application/json")
        return StreamingResponse(iter(job.output()), media_type="application/octet-stream",
                                 headers={"Content-Disposition": f'attachment; filename="{job.job_id}.csv"'})

    return [Route("/job/{jobID}/response.{format}", get_output, methods=["GET"]),
            Route("/job/{jobID}", get_job, methods=["GET"])]
