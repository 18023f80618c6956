"""The development and checking commands of ``affiliate-clients``: generate, check, diff, drift (absorb a drift
report into the specs), contract (a live API against its spec) and sandbox (serve one vendor's sandbox).

Registered on the app by :mod:`.cli`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer

from .cli_inputs import pairs

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


def generate(apis: Apis = None) -> None:
    """Lint the specs and regenerate generated/<api>_client (commit the result)."""
    _generator("generate", *(apis or []))


def check(apis: Apis = None) -> None:
    """Fail, naming the files, when generated/ is not what the generator makes from the specs today."""
    _generator("check", *(apis or []))


def diff(apis: Apis = None,
         base: Annotated[str, typer.Option(help="git revision to compare with")] = "HEAD",
         old: Annotated[Path | None, typer.Option(help="a bundled spec file (with --new and one API)")] = None,
         new: Annotated[Path | None, typer.Option(help="the changed bundled spec file")] = None,
         accept_breaking: Annotated[bool, typer.Option(help="report breaking changes but exit 0")] = False,
         ack: Annotated[Path | None, typer.Option(help="acknowledgement file of change ids")] = None,
         json: Annotated[bool, typer.Option("--json", help="the same as --format json")] = False,
         verbose: Annotated[bool, typer.Option(help="list every non-breaking change")] = False,
         fmt: Annotated[str, typer.Option("--format", help="text, json, or markdown (a pull-request comment)")] = "text",
         ) -> None:
    """Client-facing changes of the specs since BASE, each breaking or not; exit 1 on unacknowledged breaks,
    2 on an unknown BASE."""
    argv = ["diff", *(apis or []), "--base", base, "--format", fmt]
    for flag, value in (("--old", old), ("--new", new), ("--ack", ack)):
        if value is not None:
            argv += [flag, str(value)]
    argv += [flag for flag, on in (("--accept-breaking", accept_breaking), ("--json", json),
                                   ("--verbose", verbose)) if on]
    _generator(*argv)


def drift_absorb(report: Annotated[Path, typer.Argument(help="a drift report (JSON, from --drift-report)")],
                 write: Annotated[bool, typer.Option(help="apply the changes to specs/")] = False,
                 fmt: Annotated[str, typer.Option("--format", help="patch (a diff of specs/) or yaml")] = "patch",
                 ) -> None:
    """The spec changes that would absorb a drift report (enum values added, fields declared, nulls allowed):
    a patch to review, YAML snippets, or --write; then `make diff` and `make generate`. Exit 2 on a bad report."""
    _generator("absorb", str(report.resolve()), "--format", fmt, *(["--write"] if write else []))


def contract(api: str,
             base_url: Annotated[str, typer.Option(help="the deployment to check, e.g. https://api.impact.com")],
             unsafe: Annotated[bool, typer.Option(help="also send POST/PUT/PATCH/DELETE (changes data!)")] = False,
             rate: Annotated[float, typer.Option(help="requests per second at most")] = 2.0,
             examples: Annotated[int, typer.Option(help="generated requests per operation")] = 5,
             operation: Annotated[list[str] | None, typer.Option(help="only this operationId (repeatable)")] = None,
             param: Annotated[list[str] | None, typer.Option(help="fix a parameter: NAME=VALUE (repeatable)")] = None,
             report: Annotated[list[str] | None, typer.Option(
                 help="also write the report: junit:FILE or json:FILE (repeatable)")] = None,
             drift_report: Annotated[Path | None, typer.Option(
                 help="write what the answers did that the spec does not say as JSON (see `drift`)")] = None,
             ) -> None:
    """Run schemathesis against a live API (credentials from the environment) and report disagreements, then
    a summary of how the answers drifted from the spec (unknown fields and enum values, nulls, other types...).

    Exit 0 when every answer agreed with the spec, 1 when one did not, 3 when nothing was checked
    (credentials refused, no operation run, or only error answers)."""
    from .contract import ContractSettings, MissingCredentials, credentials, render, run_contract
    from .contract_report import report_target, write_report
    from .http.budget import Rate
    from .http.clients import check_base_url
    from .http.errors import InvalidRequest

    try:
        check_base_url(base_url)
    except InvalidRequest as exc:
        raise typer.BadParameter(exc.rule, param_hint="--base-url") from None
    try:
        targets = [report_target(spec) for spec in report or []]
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--report") from None
    if drift_report is not None and not drift_report.resolve().parent.is_dir():
        raise typer.BadParameter(f"the folder of {str(drift_report)!r} does not exist", param_hint="--drift-report")
    try:
        headers, fixed = credentials(api)
    except MissingCredentials as exc:
        raise typer.BadParameter(str(exc), param_hint="environment") from None
    per_second = Rate(max(1, round(rate * 10)), 10.0, burst=1)
    settings = ContractSettings(api, base_url, headers=headers, parameters={**fixed, **pairs(param, "--param")},
                                unsafe=unsafe, rate=per_second, examples=examples, operations=tuple(operation or ()))
    found = run_contract(settings)
    typer.echo(render(found))
    typer.echo(found.drift.summary())
    for kind, path in targets:
        write_report(found, kind, path)
        typer.echo(f"{kind} report written to {path}")
    if drift_report is not None:
        found.drift.write(str(drift_report))
        typer.echo(f"drift report written to {drift_report}")
    raise typer.Exit(found.exit_code)


def sandbox(api: str, port: Annotated[int, typer.Option()] = 8000,
            records: Annotated[int, typer.Option(help="size of the seeded data set")] = 10_000,
            seed: Annotated[int, typer.Option()] = 7,
            rate: Annotated[float | None, typer.Option(help="requests per second before 429")] = None) -> None:
    """Serve one vendor's sandbox on 127.0.0.1; prints its base URL, credentials and the dates its data covers."""
    try:
        from .testing import APIS, SandboxConfig, serve
    except ModuleNotFoundError as exc:
        typer.echo(f"error: the sandboxes need the sandbox extra (pip install 'affiliate-clients[sandbox]'): {exc}",
                   err=True)
        raise typer.Exit(2) from None
    if api not in APIS:
        raise typer.BadParameter(f"no sandbox for {api!r}; choose one of {', '.join(APIS)}", param_hint="API")
    serve(api, port, SandboxConfig(seed=seed, records=records, rate_per_second=rate), echo=typer.echo)
