"""``affiliate-clients pull API STREAM --to ...``: the stream landed with dlt (incremental, merged by primary key).

Records the models cannot read are landed too, as rows of the ``_rejected`` table (operation, JSON path, kind,
reason, the record as JSON text) appended after the stream's load; ``--on-invalid raise`` stops the pull at the
first page holding one instead.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import typer

from .cli_errors import in_flags, refuse
from .cli_pull import bar, report_drift
from .http import drift, quarantine
from .http.errors import AffiliateClientError, InvalidRequest, ResponseValidationError

REJECTED_TABLE = "_rejected"


class Refusing(list[quarantine.Rejected]):
    """A quarantine that takes nothing: the first record set aside stops the pull (``--on-invalid raise``) with
    the error ``on_invalid="raise"`` gives, before any record of its page is handed out."""

    def append(self, found: quarantine.Rejected) -> None:
        raise ResponseValidationError(found.operation, f"{found.path}: {found.reason} (--on-invalid raise)")


def land(api: str, stream: str, to: str, pipelines_dir: Path | None, options: Any, *, progress: bool,
         drift_report: Path | None) -> None:
    """Land ``stream`` of ``api`` at ``to`` as ``options`` say; one line and exit 2 on a mistake or a failure."""
    check_destination(to)
    if getattr(options, "sandbox", False):  # a try-out against a sandbox tells dlt's telemetry nothing
        os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")
    from .pull.landing.run import LandingFailed, land, pipeline_for
    from .pull.landing.streams import source_for
    from .pull.landing.tally import Tally
    from .pull.runner import Progress

    report = drift.DriftReport(api)
    rejected: list[quarantine.Rejected] = Refusing() if options.on_invalid == "raise" else []
    try:
        with bar(progress) as show, drift.collecting(report), quarantine.collecting(rejected):
            tally = Tally(on_page=lambda t: show(Progress(t.records, t.pages, t.rate_limited, t.waited)))
            pipeline = pipeline_for(api, to, pipelines_dir=pipelines_dir)
            landed = land(pipeline, source_for(api, stream, options, tally))
            show(Progress(tally.records, tally.pages, tally.rate_limited, tally.waited, done=True))
    except InvalidRequest as exc:
        refuse(in_flags(exc))
    except (AffiliateClientError, LandingFailed, ValueError) as exc:
        refuse(f"{exc}")
    tables = ", ".join(f"{rows:,} rows into {name}" for name, rows in sorted(landed.rows.items())) or "nothing new"
    typer.echo(f"{tally.records:,} records read ({tally.pages} page{'s' * (tally.pages != 1)}, "
               f"{tally.rate_limited} x 429); merged {tables} at {to}")
    if rejected:
        typer.echo(f"{len(rejected):,} records the spec's models cannot read landed in {REJECTED_TABLE}", err=True)
    report_drift(report, drift_report)


def check_destination(to: str) -> None:
    """``--to``: a destination dlt knows (``duckdb:FILE``, a destination name), else one line and exit 2."""
    if to == "duckdb" or to == "duckdb:":
        refuse("--to: duckdb needs a file: give --to duckdb:FILE (e.g. duckdb:affiliate.duckdb)")
    try:
        from .pull.landing.run import destination_of
    except ModuleNotFoundError as exc:
        refuse(f"--to needs the dlt extra (pip install 'affiliate-clients[dlt]'): {exc}")
    try:
        destination_of(to)
    except Exception as exc:  # noqa: BLE001 - dlt's errors for a destination it does not know
        refuse(f"--to: dlt knows no destination {to.partition(':')[0]!r} ({type(exc).__name__}); give "
               "duckdb:FILE, or a dlt destination name (postgres, bigquery, filesystem...) configured the dlt way")
