"""``python -m generator``: bundle, lint, generate and check the client packages."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from . import absorb, build, diff, specs


def _apis(requested: Sequence[str]) -> list[str]:
    known = specs.api_names()
    unknown = [a for a in requested if a not in known]
    if unknown:
        raise SystemExit(f"unknown API {', '.join(unknown)}; specs exist for: {', '.join(known)}")
    return list(requested) or known


def cmd_bundle(args: argparse.Namespace) -> int:
    sys.stdout.write(specs.bundle_text(args.api))
    return 0


def cmd_lint(args: argparse.Namespace) -> int:
    total_errors = total_warnings = 0
    for api in _apis(args.apis):
        errors, warns = specs.lint(api)
        for line in errors + warns:
            print(line)
        print(f"{api}: {len(errors)} error(s), {len(warns)} warning(s)")
        total_errors += len(errors)
        total_warnings += len(warns)
    return 1 if total_errors or total_warnings else 0


def _lint_or_fail(api: str) -> None:
    errors, warns = specs.lint(api)
    if errors or warns:
        raise SystemExit("\n".join([*errors, *warns, f"{api}: the spec does not lint; nothing generated"]))


def cmd_generate(args: argparse.Namespace) -> int:
    for api in _apis(args.apis):
        _lint_or_fail(api)
        started = time.perf_counter()
        target = build.write(api)
        print(f"{api}: wrote {target.relative_to(specs.ROOT)} in {time.perf_counter() - started:.1f}s")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    stale = []
    for api in _apis(args.apis):
        _lint_or_fail(api)
        diffs = build.check(api)
        stale += diffs
        print(f"{api}: {'up to date' if not diffs else f'{len(diffs)} file(s) stale'}")
    for line in stale:
        print(f"  {line}")
    if stale:
        print("generated/ is stale: run `make generate` and commit the result")
    return 1 if stale else 0


def cmd_diff(args: argparse.Namespace) -> int:
    fmt = "json" if args.json else args.format
    try:
        if args.old or args.new:
            return diff.run(args.apis, old=args.old, new=args.new, accept_breaking=args.accept_breaking,
                            ack_file=args.ack, fmt=fmt, verbose=args.verbose)
        return diff.run(_apis(args.apis), base=args.base, accept_breaking=args.accept_breaking, ack_file=args.ack,
                        fmt=fmt, verbose=args.verbose)
    except diff.UnknownRevision as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def cmd_absorb(args: argparse.Namespace) -> int:
    return absorb.run(args.report, write=args.write, fmt=args.format, specs_dir=args.specs)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("bundle", help="print one API's bundled spec")
    p.add_argument("api")
    p.set_defaults(func=cmd_bundle)
    for name, func, text in (("lint", cmd_lint, "validate specs (0 errors, 0 warnings)"),
                             ("generate", cmd_generate, "regenerate generated/<api>_client"),
                             ("check", cmd_check, "fail when generated/ differs from a fresh generation")):
        p = sub.add_parser(name, help=text)
        p.add_argument("apis", nargs="*", help="APIs to process (default: all)")
        p.set_defaults(func=func)
    p = sub.add_parser("diff", help="client-facing changes of the specs since a git revision; fails on breaking "
                                    "ones (exit 1), or on an unknown revision (exit 2)")
    p.add_argument("apis", nargs="*", help="APIs to compare (default: all)")
    p.add_argument("--base", default="HEAD", help="git revision to compare with (default: HEAD)")
    p.add_argument("--old", type=Path, help="compare two bundled spec files instead (with --new and one API)")
    p.add_argument("--new", type=Path)
    p.add_argument("--accept-breaking", action="store_true", help="report breaking changes but exit 0")
    p.add_argument("--ack", type=Path, help=f"acknowledgement file (default: {diff.ACK_FILE})")
    p.add_argument("--format", choices=diff.FORMATS, default="text",
                   help="text (default), json, or markdown for a pull-request comment")
    p.add_argument("--json", action="store_true", help="the same as --format json")
    p.add_argument("--verbose", action="store_true", help="list every non-breaking change too")
    p.set_defaults(func=cmd_diff)
    p = sub.add_parser("absorb", help="the spec changes that absorb a drift report: a patch to specs/ (default), "
                                      "YAML snippets, or --write; exit 2 for a report it refuses")
    p.add_argument("report", type=Path, help="a drift report (JSON, as written by --drift-report)")
    p.add_argument("--write", action="store_true", help="apply the changes to the spec files")
    p.add_argument("--format", choices=("patch", "yaml"), default="patch", help="patch (default) or yaml snippets")
    p.add_argument("--specs", type=Path, help="another copy of specs/ to work on (default: the repository's)")
    p.set_defaults(func=cmd_absorb)
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except (specs.SpecError, build.GenerationError) as exc:
        print(exc, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
