"""``affiliate-clients land-accounts`` once its input is checked (:mod:`.cli`): the cluster, the run, the summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import typer


def _runner(api: str) -> tuple[Callable[..., list[Any]], Callable[..., Any], str]:
    """(plan the partitions, land them, the name both give the page size) for ``api``."""
    if api == "partnerize":
        from .pull.landing import scale_partnerize

        return scale_partnerize.plan_publisher_partitions, scale_partnerize.land_publishers, "limit"
    from .pull.landing import scale

    return scale.plan_partitions, scale.land_accounts, "page_size"


def run_accounts(api: str, specs: Sequence[Any], start: dt.datetime, end: dt.datetime, to: str, work_dir: Path,
                 scheduler: str | None, workers: int, *, progress: bool, **options: Any) -> None:
    """``land-accounts`` once its input is checked: connect or start the cluster, run, merge, summarize."""
    from contextlib import ExitStack

    from .http.errors import AffiliateClientError
    from .pull.landing import scale_runner
    from .pull.landing.run import LandingFailed, destination_of
    from .pull.progress import PartitionBar

    try:
        destination_of(to)
    except Exception as exc:  # noqa: BLE001 - dlt's errors for a destination it does not know
        cause = (str(exc).strip().splitlines() or [""])[0]
        raise typer.BadParameter(f"cannot land in {to!r} ({type(exc).__name__}: {cause}); give duckdb:FILE, or a "
                                 "dlt destination name (postgres, bigquery, filesystem...) configured the dlt way",
                                 param_hint="--to") from None
    plan, land, size_name = _runner(api)
    size = {size_name: options.pop("page_size")}
    partitions = plan(specs, start, end, **size)
    with ExitStack() as stack:
        try:
            client = scale_runner.cluster_client(scheduler, n_workers=workers, stack=stack)
        except OSError as exc:
            if scheduler is None:
                typer.echo(f"error: could not start a local Dask cluster: {exc}", err=True)
            else:
                typer.echo(f"error: could not reach the Dask scheduler at {scheduler}: {exc}; check the address "
                           "and that the scheduler is running (dask scheduler --port 8786)", err=True)
            raise typer.Exit(2) from None
        try:
            with PartitionBar(len(partitions), progress) as bar:
                summary = land(specs, start, end, to, work_dir, client, on_done=bar, **size, **options)
        except scale_runner.PartitionsFailed as exc:
            typer.echo(f"error: {exc}; run the same command again to retry only those (the partitions on disk "
                       "are kept)", err=True)
            raise typer.Exit(2) from None
        except (AffiliateClientError, LandingFailed, ValueError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
    tables = ", ".join(f"{rows:,} rows into {name}" for name, rows in sorted(summary.loaded.items())) or "nothing"
    typer.echo(f"{summary.partitions} partitions: {summary.ran} ran, {summary.skipped} skipped (already in "
               f"{work_dir}); {summary.requests:,} requests ({summary.rate_limited} x 429); "
               f"{summary.rows_written:,} rows written")
    typer.echo(f"merged {tables} at {to} in {summary.seconds:.1f}s (load {summary.load_seconds:.1f}s)")
