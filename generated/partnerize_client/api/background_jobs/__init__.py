"""The background_jobs operations as typed methods (``BackgroundJobs``) and their endpoint modules."""

from __future__ import annotations

import builtins
from io import BytesIO
from typing import TYPE_CHECKING, Any, cast

from ...models.job_envelope import JobEnvelope
from ...models.job_output_format import JobOutputFormat
from ...models.v1_error import V1Error
from ...types import UNSET, File, FileTypes, Unset
from . import get_job as _get_job
from . import get_job_response as _get_job_response

if TYPE_CHECKING:
    from .. import Sender


class BackgroundJobs:
    """The background_jobs operations. Each is sent through the client it belongs to (checks, retries, budget, fast
    parse, typed errors); the ``a``-prefixed twin is awaitable."""

    __slots__ = ("_sender",)

    def __init__(self, sender: Sender) -> None:
        self._sender = sender

    def get_job(
        self,
        *,
        job_id: str,
    ) -> JobEnvelope:
        """Get a v1 job

        ``GET /job/{job_id}`` (``get_job``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "job_id": job_id,
        }

        return cast("JobEnvelope", self._sender.send(_get_job, arguments))

    async def aget_job(
        self,
        *,
        job_id: str,
    ) -> JobEnvelope:
        """Awaitable twin of :meth:`get_job`."""
        arguments: dict[str, Any] = {
            "job_id": job_id,
        }

        return cast("JobEnvelope", await self._sender.asend(_get_job, arguments))

    def get_job_response(
        self,
        *,
        job_id: str,
        format_: JobOutputFormat,
    ) -> File:
        """Download a finished job's output

        ``GET /job/{job_id}/response.{format_}`` (``get_job_response``), checked
        before any request; error answers raise the client's typed errors.
        """

        arguments: dict[str, Any] = {
            "job_id": job_id,
            "format_": format_,
        }

        return cast("File", self._sender.send(_get_job_response, arguments))

    async def aget_job_response(
        self,
        *,
        job_id: str,
        format_: JobOutputFormat,
    ) -> File:
        """Awaitable twin of :meth:`get_job_response`."""
        arguments: dict[str, Any] = {
            "job_id": job_id,
            "format_": format_,
        }

        return cast("File", await self._sender.asend(_get_job_response, arguments))
