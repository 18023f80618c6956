"""``affiliate-clients pull``: a stream into a file (``--out``) or a database (``--to``), every input checked before
the first request, nothing chosen for the user without saying so."""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperCommand

from .cli_errors import in_flags, refuse
from .cli_inputs import check_order, check_page_size, check_where, moment, pairs
from .http.errors import AffiliateClientError, InvalidRequest


class StreamsHelp(TyperCommand):
    """``pull --help`` ends with every API and stream and their ``--where`` keys (built when asked for)."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        from .cli_catalogue import streams_help

        self.epilog = streams_help()
        super().format_help(ctx, formatter)


class OnInvalid(enum.StrEnum):
    """``--on-invalid``."""

    QUARANTINE = "quarantine"
    RAISE = "raise"


def pull(api: Annotated[str, typer.Argument(help="impact, partnerize or invoca")],
         stream: Annotated[str, typer.Argument(help="a stream of the API (listed below)")],
         out: Annotated[Path | None, typer.Option(help="output file, .jsonl or .csv (written when complete)")] = None,
         to: Annotated[str | None, typer.Option(help="land in a database instead: duckdb:FILE or a dlt destination "
                                                     "name (needs the dlt extra); incremental across runs")] = None,
         pipelines_dir: Annotated[Path | None, typer.Option(help="where dlt keeps its state (with --to)")] = None,
         checkpoint: Annotated[Path | None, typer.Option(help="resume from and save progress to this file")] = None,
         since: Annotated[str | None, typer.Option(help="start date or date-time (UTC unless given)")] = None,
         until: Annotated[str | None, typer.Option(help="end date (the whole day) or date-time")] = None,
         base_url: Annotated[str | None, typer.Option(help="the API's base URL (default: the vendor's)")] = None,
         use_sandbox: Annotated[bool, typer.Option("--sandbox", help="pull from an in-process sandbox")] = False,
         sandbox_records: Annotated[int, typer.Option(min=1, help="records seeded in the --sandbox")] = 5_000,
         page_size: Annotated[int | None, typer.Option(help="records per page (impact at least 2,000, Partnerize "
                                                            "1 to 300)", show_default="the API's largest")] = None,
         where: Annotated[list[str] | None, typer.Option(help="stream filter NAME=VALUE (repeatable; the keys of "
                                                              "each stream are listed below)")] = None,
         on_invalid: Annotated[OnInvalid, typer.Option(
             help="a record the spec's models cannot read: set aside (in OUT.rejects.jsonl, or the _rejected "
                  "table with --to) or stop the pull")] = OnInvalid.QUARANTINE,
         drift_report: Annotated[Path | None, typer.Option(help="write what the answers did that the spec does "
                                                                "not say, as JSON")] = None,
         progress: Annotated[bool, typer.Option(help="show a progress bar")] = True) -> None:
    """Stream records to JSONL or CSV with a progress bar, or land them with --to; with --checkpoint, a rerun
    resumes where it stopped."""
    if out is not None and to is not None:
        refuse("--out and --to: give one (--out writes a file, --to lands in a database)")
    if out is None and to is None:
        refuse("--out: give --out FILE (.jsonl or .csv) or --to duckdb:FILE")
    if to is not None and checkpoint is not None:
        refuse("--checkpoint: --to keeps its own incremental state (--pipelines-dir); drop --checkpoint")
    if out is not None and pipelines_dir is not None:
        refuse("--pipelines-dir: only --to keeps a dlt state; drop --pipelines-dir (or use --to)")
    from .cli_catalogue import check_where as check_keys
    from .cli_catalogue import known, where_keys

    landing = to is not None
    if where_keys(api, stream, landing) is None:
        refuse(f"STREAM: no stream {api} {stream}{' to land' if landing else ''}; the streams: {known(landing)} "
               "(affiliate-clients pull --help lists them)")
    filters = pairs(where, "--where")
    wrong = check_keys(api, stream, filters, landing)
    if wrong:
        refuse(wrong)
    check_where(filters)
    check_page_size(api, stream, page_size)
    start, end = moment(since, "--since"), moment(until, "--until", end=True)
    check_order(start, end)
    _check_lookback(api, start)
    if out is not None:
        from .pull.sinks import sink_kind

        try:
            sink_kind(out)
        except ValueError as exc:
            refuse(f"{exc}")
    if to is not None:
        from .cli_pull_to import check_destination

        check_destination(to)
    if out is not None and not use_sandbox:
        _check_dates(api, stream, start, end)
    if use_sandbox and base_url is not None:
        refuse("--base-url: --sandbox pulls from an in-process sandbox; drop one of the two")
    if use_sandbox:
        start, end = _sandbox_dates(api, stream, landing, start, end)
    elif base_url is not None:
        _check_url(base_url)
    from .pull.streams import PullOptions

    options = PullOptions(since=start, until=end, base_url=base_url, sandbox=use_sandbox,
                          sandbox_records=sandbox_records, page_size=page_size, filters=filters,
                          on_invalid=on_invalid.value)
    if to is not None:
        from .cli_pull_to import land

        land(api, stream, to, pipelines_dir, options, progress=progress, drift_report=drift_report)
        return
    assert out is not None
    _to_file(api, stream, out, checkpoint, options, progress, drift_report)


def _check_dates(api: str, stream: str, since: dt.datetime | None, until: dt.datetime | None) -> None:
    """The dates a stream needs, asked for before any client is built."""
    from .pull.streams import find

    chosen = find(api, stream)
    if chosen.needs_dates and since is None:
        refuse(f"--since: {api} {stream} need{'s' * (not chosen.needs_until)} --since"
               f"{' and --until' if chosen.needs_until else ''}")
    if chosen.needs_until and until is None:
        refuse(f"--until: {api} {stream} need --since and --until")


def _check_lookback(api: str, since: dt.datetime | None) -> None:
    from .impact.windows import MAX_LOOKBACK

    oldest = dt.datetime.now(dt.UTC) - MAX_LOOKBACK
    if api == "impact" and since is not None and since < oldest:
        refuse(f"--since: impact serves at most 3 years back: give a --since on or after {oldest:%Y-%m-%d}")


def _check_url(base_url: str) -> None:
    from .http.clients import check_base_url

    try:
        check_base_url(base_url)
    except InvalidRequest as exc:
        refuse(in_flags(exc))


def _to_file(api: str, stream: str, out: Path, checkpoint: Path | None, options: Any, progress: bool,
             drift_report: Path | None) -> None:
    from .pull.runner import CheckpointMismatch, rejects_of
    from .pull.runner import pull as run_pull
    from .pull.streams import find

    chosen = find(api, stream)
    try:
        with bar(progress) as show:
            done = run_pull(chosen, options, out, checkpoint, show)
    except InvalidRequest as exc:
        refuse(in_flags(exc))
    except (AffiliateClientError, CheckpointMismatch, ValueError) as exc:
        refuse(f"{exc} ({out} is as it was before this run)")
    if done.already_done:
        typer.echo(f"already complete: {done.records:,} records in {out}")
        return
    typer.echo(f"{done.records:,} records in {out} ({done.pages} page{'s' * (done.pages != 1)}, "
               f"{done.rate_limited} x 429, {done.waited:.1f}s held by the rate limit)")
    if done.rejected:
        typer.echo(f"{done.rejected:,} records the spec's models cannot read set aside in {rejects_of(out)}",
                   err=True)
    report_drift(done.drift, drift_report)


def report_drift(report: Any, path: Path | None) -> None:
    """The run's drift summary on stderr; the whole report as JSON at ``path`` (``--drift-report``)."""
    typer.echo(report.summary(), err=True)
    if path is not None:
        report.write(str(path))
        typer.echo(f"drift report written to {path}", err=True)


def _sandbox_dates(api: str, stream: str, landing: bool, since: dt.datetime | None,
                   until: dt.datetime | None) -> tuple[dt.datetime | None, dt.datetime | None]:
    """``--sandbox`` without ``--since``/``--until``: the dates the sandbox's data covers, said on stderr."""
    if since is not None and until is not None:
        return since, until
    try:
        from .testing import APIS, facts
    except ModuleNotFoundError as exc:
        refuse(f"--sandbox needs the sandbox extra (pip install 'affiliate-clients[sandbox]'): {exc}")
    if not _dated(api, stream, landing):
        return since, until
    known = facts(api) if api in APIS else None
    if known is None or known.first is None or known.last is None:
        return since, until
    chosen = (since or known.first, until or known.last)
    filled = [f"--{name} {value:%Y-%m-%d %H:%M}" for name, value, given in
              (("since", chosen[0], since), ("until", chosen[1], until)) if given is None]
    typer.echo(f"--sandbox: {' and '.join(filled)} UTC (the dates of the sandbox's data)", err=True)
    return chosen


def _dated(api: str, stream: str, landing: bool) -> bool:
    """Whether the stream reads a date range (the lists and relationships do not)."""
    if landing:
        return (api, stream) in {("impact", "actions"), ("partnerize", "conversions"), ("partnerize", "clicks")}
    from .pull.streams import find

    return find(api, stream).needs_dates


def bar(enabled: bool) -> Any:
    """The progress bar of a pull (its value is the ``on_progress`` callback)."""
    from .pull.progress import ProgressBar

    return ProgressBar(enabled)
