"""``affiliate-clients``: generate, check and diff the clients, check a live API, serve a sandbox, pull data.

Needs the ``cli`` extra (typer, rich); ``generate``, ``check``, ``diff`` and ``sandbox`` also need a checkout
with the dev or sandbox extras, since they drive ``generator`` and ``sandbox``; ``land-accounts`` (many impact
accounts or Partnerize publishers on Dask) needs the ``dask`` extra.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

app = typer.Typer(help=__doc__, no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
Apis = Annotated[list[str] | None, typer.Argument(help="APIs (default: all)", show_default=False)]


def _checkout() -> Path | None:
    """The source checkout this library runs from (it holds ``generator/`` and ``specs/``), if any."""
    root = Path(__file__).resolve().parents[2]
    return root if (root / "generator" / "__main__.py").is_file() and (root / "specs").is_dir() else None


def _generator(*argv: str) -> None:
    """Run the repository's generator (a development tool, not part of the installed library)."""
    root = _checkout()
    if root is None:
        typer.echo(f"error: `{argv[0]}` works on the specs of a source checkout: clone the repository and run it "
                   f"there (make {argv[0]}, or python -m generator {argv[0]})", err=True)
        raise typer.Exit(2)
    done = subprocess.run([sys.executable, "-m", "generator", *argv], cwd=root, check=False, capture_output=True,
                          text=True)
    typer.echo(done.stdout, nl=False)
    typer.echo(done.stderr, nl=False, err=True)
    raise typer.Exit(done.returncode)


@app.command()
def generate(apis: Apis = None) -> None:
    """Lint the specs and regenerate generated/<api>_client (commit the result)."""
    _generator("generate", *(apis or []))


@app.command()
def check(apis: Apis = None) -> None:
    """Fail, naming the files, when generated/ is not what the generator makes from the specs today."""
    _generator("check", *(apis or []))


@app.command()
def diff(apis: Apis = None,
         base: Annotated[str, typer.Option(help="git revision to compare with")] = "HEAD",
         old: Annotated[Path | None, typer.Option(help="a bundled spec file (with --new and one API)")] = None,
         new: Annotated[Path | None, typer.Option(help="the changed bundled spec file")] = None,
         accept_breaking: Annotated[bool, typer.Option(help="report breaking changes but exit 0")] = False,
         ack: Annotated[Path | None, typer.Option(help="acknowledgement file of change ids")] = None,
         json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
         verbose: Annotated[bool, typer.Option(help="list every non-breaking change")] = False) -> None:
    """Client-facing changes of the specs since BASE, each breaking or not; exit 1 on unacknowledged breaks."""
    argv = ["diff", *(apis or []), "--base", base]
    for flag, value in (("--old", old), ("--new", new), ("--ack", ack)):
        if value is not None:
            argv += [flag, str(value)]
    argv += [flag for flag, on in (("--accept-breaking", accept_breaking), ("--json", json),
                                   ("--verbose", verbose)) if on]
    _generator(*argv)


def _pairs(values: list[str] | None, option: str) -> dict[str, str]:
    pairs = {}
    for value in values or []:
        name, sep, text = value.partition("=")
        if not sep:
            raise typer.BadParameter(f"expected NAME=VALUE, got {value!r}", param_hint=option)
        pairs[name] = text
    return pairs


@app.command()
def contract(api: str,
             base_url: Annotated[str, typer.Option(help="the deployment to check, e.g. https://api.impact.com")],
             unsafe: Annotated[bool, typer.Option(help="also send POST/PUT/PATCH/DELETE (changes data!)")] = False,
             rate: Annotated[float, typer.Option(help="requests per second at most")] = 2.0,
             examples: Annotated[int, typer.Option(help="generated requests per operation")] = 5,
             operation: Annotated[list[str] | None, typer.Option(help="only this operationId (repeatable)")] = None,
             param: Annotated[list[str] | None, typer.Option(help="fix a parameter: NAME=VALUE (repeatable)")] = None,
             ) -> None:
    """Run schemathesis against a live API (credentials from the environment) and report disagreements."""
    from .contract import ContractSettings, MissingCredentials, credentials, render, run_contract
    from .http.budget import Rate

    try:
        headers, fixed = credentials(api)
    except MissingCredentials as exc:
        raise typer.BadParameter(str(exc), param_hint="environment") from None
    per_second = Rate(max(1, round(rate * 10)), 10.0, burst=1)
    settings = ContractSettings(api, base_url, headers=headers, parameters={**fixed, **_pairs(param, "--param")},
                                unsafe=unsafe, rate=per_second, examples=examples, operations=tuple(operation or ()))
    report = run_contract(settings)
    typer.echo(render(report))
    raise typer.Exit(0 if report.ok else 1)


@app.command()
def sandbox(api: str, port: Annotated[int, typer.Option()] = 8000,
            records: Annotated[int, typer.Option(help="size of the seeded data set")] = 10_000,
            seed: Annotated[int, typer.Option()] = 7,
            rate: Annotated[float | None, typer.Option(help="requests per second before 429")] = None) -> None:
    """Serve one vendor's sandbox on 127.0.0.1."""
    from affiliate_clients.sandbox import load
    from affiliate_clients.sandbox.common.config import SandboxConfig
    from affiliate_clients.sandbox.common.serve import run

    module = load(api)
    typer.echo(f"{api} sandbox on http://127.0.0.1:{port}  (auth headers: sandbox.{api}.AUTH_HEADERS)")
    run(module.create_app(SandboxConfig(seed=seed, records=records, rate_per_second=rate)), port)


def _moment(value: str | None, option: str, end: bool = False) -> dt.datetime | None:
    if value is None:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter("expected a date (2026-01-31) or a date-time", param_hint=option) from None
    if len(value) == 10 and end:
        parsed += dt.timedelta(days=1) - dt.timedelta(seconds=1)  # a date as --until means the whole day
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


@app.command()
def pull(api: str, stream: str,
         out: Annotated[Path | None, typer.Option(help="output file, .jsonl or .csv")] = None,
         to: Annotated[str | None, typer.Option(help="land in a database instead: duckdb:FILE or a dlt destination "
                                                     "name (needs the dlt extra); incremental across runs")] = None,
         pipelines_dir: Annotated[Path | None, typer.Option(help="where dlt keeps its state (with --to)")] = None,
         checkpoint: Annotated[Path | None, typer.Option(help="resume from and save progress to this file")] = None,
         since: Annotated[str | None, typer.Option(help="start date or date-time (UTC unless given)")] = None,
         until: Annotated[str | None, typer.Option(help="end date (the whole day) or date-time")] = None,
         base_url: Annotated[str | None, typer.Option(help="the API's base URL (default: the vendor's)")] = None,
         use_sandbox: Annotated[bool, typer.Option("--sandbox", help="pull from an in-process sandbox")] = False,
         sandbox_records: Annotated[int, typer.Option(help="records seeded in the --sandbox")] = 5_000,
         page_size: Annotated[int | None, typer.Option(help="records per page")] = None,
         where: Annotated[list[str] | None, typer.Option(help="stream filter NAME=VALUE (repeatable)")] = None,
         progress: Annotated[bool, typer.Option(help="show a progress bar")] = True) -> None:
    """Stream records to JSONL or CSV with a progress bar; with --checkpoint, a rerun resumes where it stopped."""
    from .http.errors import AffiliateClientError
    from .pull.impact import sandbox_range
    from .pull.runner import CheckpointMismatch
    from .pull.runner import pull as run_pull
    from .pull.streams import PullOptions, find

    if to is not None:
        _land(api, stream, to, pipelines_dir, progress, since=_moment(since, "--since"),
              until=_moment(until, "--until", end=True), base_url=base_url, sandbox=use_sandbox,
              sandbox_records=sandbox_records, page_size=page_size, filters=_pairs(where, "--where"))
        return
    if out is None:
        raise typer.BadParameter("give --out FILE (.jsonl or .csv) or --to duckdb:FILE", param_hint="--out")
    try:
        chosen = find(api, stream)
    except KeyError as exc:
        raise typer.BadParameter(str(exc.args[0]), param_hint="STREAM") from None
    start, end = _moment(since, "--since"), _moment(until, "--until", end=True)
    if use_sandbox and api == "impact" and (start is None or end is None):
        start, end = sandbox_range()
    options = PullOptions(since=start, until=end, base_url=base_url, sandbox=use_sandbox,
                          sandbox_records=sandbox_records, page_size=page_size, filters=_pairs(where, "--where"))
    try:
        with _bar(progress) as show:
            done = run_pull(chosen, options, out, checkpoint, show)
    except (AffiliateClientError, CheckpointMismatch, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if done.already_done:
        typer.echo(f"already complete: {done.records:,} records in {out}")
    else:
        typer.echo(f"{done.records:,} records in {out} ({done.pages} pages, {done.rate_limited} x 429, "
                   f"{done.waited:.1f}s held by the rate limit)")


def _land(api: str, stream: str, to: str, pipelines_dir: Path | None, progress: bool, **chosen: Any) -> None:
    """``pull ... --to``: land the stream with dlt (incremental, merged by primary key)."""
    from .http.errors import AffiliateClientError
    from .pull.impact import sandbox_range
    from .pull.streams import PullOptions

    try:
        from .pull.landing.run import LandingFailed, land, pipeline_for
        from .pull.landing.streams import source_for
        from .pull.landing.tally import Tally
    except ModuleNotFoundError as exc:
        typer.echo(f"error: --to needs the dlt extra (pip install 'affiliate-clients[dlt]'): {exc}", err=True)
        raise typer.Exit(2) from None
    from .pull.runner import Progress

    if chosen["sandbox"] and api == "impact" and chosen["since"] is None:
        chosen["since"], chosen["until"] = sandbox_range()
    options = PullOptions(**chosen)
    try:
        with _bar(progress) as show:
            tally = Tally(on_page=lambda t: show(Progress(t.records, t.pages, t.rate_limited, t.waited)))
            landed = land(pipeline_for(api, to, pipelines_dir=pipelines_dir), source_for(api, stream, options, tally))
            show(Progress(tally.records, tally.pages, tally.rate_limited, tally.waited, done=True))
    except (AffiliateClientError, LandingFailed, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    tables = ", ".join(f"{rows:,} rows into {name}" for name, rows in sorted(landed.rows.items())) or "nothing new"
    typer.echo(f"{tally.records:,} records read ({tally.pages} pages, {tally.rate_limited} x 429); merged "
               f"{tables} at {to}")


LANDED_OVER_MANY = {"impact": "actions", "partnerize": "conversions"}


@app.command("land-accounts")
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
                                                       show_default="now")] = None,
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
        raise typer.BadParameter(f"{api} {stream} cannot be landed over many accounts; the streams are: {known}",
                                 param_hint="API STREAM")
    start = _moment(since, "--since")
    if start is None:
        raise typer.BadParameter("give the first date to pull", param_hint="--since")
    end = _moment(until, "--until", end=True) or dt.datetime.now(dt.UTC).replace(microsecond=0)
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
        raise typer.BadParameter(str(exc), param_hint=exc.option) from None
    try:
        checks.require_dask()
    except checks.MissingExtra as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    from .cli_land import run_accounts

    run_accounts(api, specs, start, end, to, work_dir, scheduler, workers or 2, page_size=size, retries=retries,
                 pipelines_dir=pipelines_dir, progress=progress)


def _bar(enabled: bool) -> Any:
    from .pull.progress import ProgressBar

    return ProgressBar(enabled)


def main() -> None:
    """Entry point of the ``affiliate-clients`` script."""
    app()


if __name__ == "__main__":
    main()
