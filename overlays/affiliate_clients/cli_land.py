"""``affiliate-clients land-accounts`` once its input is checked (:mod:`.cli`): the cluster, the run, the summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import typer

from .pull.landing.accounts import AccountSpec


def run_accounts(specs: Sequence[AccountSpec], start: dt.datetime, end: dt.datetime, to: str, work_dir: Path,
                 scheduler: str | None, workers: int, *, progress: bool, **options: Any) -> None:
    """``land-accounts`` once its input is checked: connect or start the cluster, run, merge, summarize."""
    from contextlib import ExitStack

    from .http.errors import AffiliateClientError
    from .pull.landing import scale
    from .pull.landing.run import LandingFailed, destination_of
    from .pull.progress import PartitionBar

    try:
        destination_of(to)
    except Exception as exc:  # noqa: BLE001 - dlt's errors for a destination it does not know
        cause = (str(exc).strip().splitlines() or [""])[0]
        raise typer.BadParameter(f"cannot land in {to!r} ({type(exc).__name__}: {cause}); give duckdb:FILE, or a "
                                 "dlt destination name (postgres, bigquery, filesystem...) configured the dlt way",
                                 param_hint="--to") from None
    partitions = scale.plan_partitions(specs, start, end, page_size=options["page_size"])
    with ExitStack() as stack:
        try:
            client = scale.cluster_client(scheduler, n_workers=workers, stack=stack)
        except OSError as exc:
            if scheduler is None:
                typer.echo(f"error: could not start a local Dask cluster: {exc}", err=True)
            else:
                typer.echo(f"error: could not reach the Dask scheduler at {scheduler}: {exc}; check the address "
                           "and that the scheduler is running (dask scheduler --port 8786)", err=True)
            raise typer.Exit(2) from None
        try:
            with PartitionBar(len(partitions), progress) as bar:
                summary = scale.land_accounts(specs, start, end, to, work_dir, client, on_done=bar, **options)
        except scale.PartitionsFailed as exc:
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
