"""``affiliate-clients land-accounts``: its input checked before any cluster starts, then the cluster, the run
(paced per account, see :mod:`.pull.landing.scale_runner`), the summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from .cli_errors import refuse
from .cli_inputs import moment

LANDED_OVER_MANY = {"impact": "actions", "partnerize": "conversions"}


def last_whole_day(now: dt.datetime | None = None) -> dt.datetime:
    """The default ``--until``: the last second of yesterday (UTC), the same all day, so the last window of a
    rerun has the name it had and is skipped."""
    today = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return today - dt.timedelta(seconds=1)


def land_accounts(
        api: Annotated[str, typer.Argument(help="impact (accounts) or partnerize (publishers)")],
        stream: Annotated[str, typer.Argument(help="actions (impact) or conversions (partnerize, with their items)")],
        accounts: Annotated[Path, typer.Option(help="TOML or JSON file listing the accounts or publishers (secrets by "
                                                    "the name of their environment variable; see docs/landing.md)")],
        since: Annotated[str, typer.Option(help="start date or date-time (UTC unless given)")],
        to: Annotated[str, typer.Option(help="duckdb:FILE or a dlt destination name (merged by id)")],
        work_dir: Annotated[Path, typer.Option(help="Parquet files per (account, window); a re-run skips the "
                                                    "partitions already there")],
        until: Annotated[str | None, typer.Option(help="end date (the whole day) or date-time",
                                                       show_default="the end of yesterday, UTC")] = None,
        scheduler: Annotated[str | None, typer.Option(help="an existing Dask cluster, tcp://HOST:8786",
                                                           show_default="a local cluster")] = None,
        workers: Annotated[int | None, typer.Option(min=1, help="worker processes of the local cluster",
                                                                show_default="2")] = None,
        page_size: Annotated[int | None, typer.Option(help="records per page: impact at least 2,000, Partnerize "
                                                           "at most 300", show_default="impact 20,000, "
                                                                                       "Partnerize 300")] = None,
        retries: Annotated[int, typer.Option(min=0, help="retries of a failing partition")] = 2,
        pipelines_dir: Annotated[Path | None, typer.Option(help="where dlt keeps its state")] = None,
        progress: Annotated[bool, typer.Option(help="show a progress bar")] = True) -> None:
    """Land impact actions of many accounts, or Partnerize conversions of many publishers, through Dask:
    (account x window) partitions, then one merge."""
    from .pull.landing import accounts as checks
    from .pull.landing.roster import ROSTERS, read_roster

    if LANDED_OVER_MANY.get(api) != stream:
        known = ", ".join(f"{a} {s}" for a, s in LANDED_OVER_MANY.items())
        refuse(f"API STREAM: {api} {stream} cannot be landed over many accounts; the streams are: {known}")
    if to in ("duckdb", "duckdb:"):
        refuse("--to: duckdb needs a file: give --to duckdb:FILE (e.g. duckdb:affiliate.duckdb)")
    start = moment(since, "--since")
    assert start is not None   # a required option
    end = moment(until, "--until", end=True)
    chosen = end is None
    end = end or last_whole_day()
    try:
        checks.check_range(start, end, lookback=api == "impact")
        size = checks.check_page_size(api, page_size)
        if scheduler is not None:
            checks.check_scheduler(scheduler)
            if workers is not None:
                raise checks.BadInput("--workers", "--workers sizes the local cluster; the cluster at --scheduler "
                                                   "has its own workers: drop one of the two")
        checks.check_work_dir(work_dir)
        specs = read_roster(accounts, ROSTERS[api])
    except checks.BadInput as exc:
        first = str(exc).splitlines()[0].removesuffix(", e.g.")   # one line; the file's format is in the docs
        refuse(f"{exc.option}: {first}{'; the format: docs/landing.md' if first != str(exc) else ''}")
    try:
        checks.require_dask()
    except checks.MissingExtra as exc:
        refuse(f"{exc}")
    from .cli_pull_to import check_destination

    check_destination(to)
    if chosen:
        typer.echo(f"--until not given: up to {end:%Y-%m-%d %H:%M:%S} UTC, the end of the last whole day (a rerun "
                   "today finds the same windows)", err=True)
    run_accounts(api, specs, start, end, to, work_dir, scheduler, workers or 2, page_size=size, retries=retries,
                 pipelines_dir=pipelines_dir, progress=progress)


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
    from .pull.landing.run import LandingFailed
    from .pull.progress import PartitionBar

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
                summary = land(specs, start, end, to, work_dir, client, on_done=bar, on_wait=bar.waiting, **size,
                               **options)
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
               f"{summary.rows_written:,} rows written; requests waited {summary.waited:.1f}s for their "
               "account's budget")
    typer.echo(f"merged {tables} at {to} in {summary.seconds:.1f}s (load {summary.load_seconds:.1f}s)")
