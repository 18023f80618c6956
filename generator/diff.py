"""``python -m generator diff``: what a spec change does to users of the generated client.

Compares two bundled specs (by default the committed one at ``HEAD`` and the working tree) through their
client surface (``generator.surface``) and lists every added, removed or changed operation, parameter,
request body, status code, response header, schema, field, enum value, constraint (bounds, lengths, item
counts, pattern), default and deprecation. Each change has a stable id (``<api>:<kind>:<where>``) and is
classified breaking or not by the rules in ``generator.diff_rules.RULES``: breaking means code written against
the old generated package may stop importing, stop type-checking or fail at run time.

Breaking changes make the command fail unless acknowledged: ``--accept-breaking``, or their ids listed in
an acknowledgement file (default ``specs/accepted-breaking.txt``; one id per line, ``#`` comments). The report
is text, JSON or Markdown (for a pull-request comment); an unknown ``--base`` revision is an error.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .diff_report import render, render_markdown, to_json
from .diff_rules import RULES, constraint_changes, default_change
from .surface import REQUEST, RESPONSE, Body, Field, Operation, Surface, read

__all__ = ["ACK_FILE", "FORMATS", "RULES", "Change", "UnknownRevision", "acknowledge", "compare",
           "read_acknowledged", "render", "render_markdown", "run", "to_json", "unacknowledged"]

ACK_FILE = Path("specs/accepted-breaking.txt")
FORMATS = ("text", "json", "markdown")

@dataclass(frozen=True)
class Change:
    """One difference between two client surfaces."""

    id: str
    kind: str
    where: str
    detail: str
    breaking: bool
    acknowledged: bool = False


class UnknownRevision(Exception):
    """``--base`` names no commit of the repository."""


class _Collector:
    def __init__(self, api: str) -> None:
        self.api = api
        self.changes: list[Change] = []

    def add(self, kind: str, where: str, detail: str, directions: Iterable[str] = (REQUEST,)) -> None:
        request, response, why = RULES[kind]
        ways = set(directions) or {REQUEST, RESPONSE}
        breaking = (request and REQUEST in ways) or (response and RESPONSE in ways)
        self.changes.append(Change(f"{self.api}:{kind}:{where}", kind, where, f"{detail} ({why})", breaking))

    def field(self, where: str, old: Field, new: Field, directions: Iterable[str], param: bool = False) -> None:
        """Type, nullability, required-ness, enum values, constraints, default and deprecation of one field or
        parameter."""
        prefix = "parameter" if param else "field"
        if old.type != new.type:
            self.add(f"{prefix}-type-changed", where, f"type {old.type} -> {new.type}", directions)
        if old.nullable != new.nullable:
            self.add(f"{prefix}-nullable-{'added' if new.nullable else 'removed'}", where,
                     "may be null" if new.nullable else "no longer null", directions)
        if old.required != new.required:
            self.add(f"{prefix}-now-{'required' if new.required else 'optional'}", where,
                     "now required" if new.required else "now optional", directions)
        if old.enum is not None and new.enum is not None:
            for value in sorted(set(new.enum) - set(old.enum)):
                self.add("enum-value-added", f"{where}={value}", f"enum value {value!r} added", directions)
            for value in sorted(set(old.enum) - set(new.enum)):
                self.add("enum-value-removed", f"{where}={value}", f"enum value {value!r} removed", directions)
        for kind, keyword, detail in constraint_changes(old, new):
            self.add(kind, f"{where}:{keyword}", detail, directions)
        if (default := default_change(old, new)) is not None:
            self.add(default[0], where, default[1], directions)
        if new.deprecated and not old.deprecated:
            self.add(f"{prefix}-deprecated", where, "marked deprecated", directions)


def _success(status: str) -> bool:
    return status.startswith("2") or status.upper() == "2XX"


def _operation(out: _Collector, op_id: str, old: Operation, new: Operation) -> None:
    if (old.method, old.path) != (new.method, new.path):
        out.add("operation-moved", op_id, f"{old.method.upper()} {old.path} -> {new.method.upper()} {new.path}")
    if new.deprecated and not old.deprecated:
        out.add("operation-deprecated", op_id, f"{new.method.upper()} {new.path} marked deprecated")
    for key in sorted(set(old.params) | set(new.params)):
        where = f"{op_id}:{key[0]}.{key[1]}"
        before, after = old.params.get(key), new.params.get(key)
        if before is None and after is not None:
            kind = "parameter-added-required" if after.required else "parameter-added-optional"
            out.add(kind, where, f"{key[0]} parameter {key[1]} added")
        elif after is None:
            out.add("parameter-removed", where, f"{key[0]} parameter {key[1]} removed")
        elif before is not None and before != after:
            out.field(where, before, after, [REQUEST], param=True)
    _body(out, op_id, old.body, new.body)
    for status in sorted(set(old.responses) | set(new.responses)):
        where = f"{op_id}:{status}"
        if status not in old.responses:
            kind = "status-added-success" if _success(status) else "status-added-error"
            out.add(kind, where, f"status {status} documented")
        elif status not in new.responses:
            kind = "status-removed-success" if _success(status) else "status-removed-error"
            out.add(kind, where, f"status {status} no longer documented", [RESPONSE])
        else:
            if old.responses[status] != new.responses[status] and not old.responses[status].startswith(f"{op_id}."):
                out.add("response-changed", where, f"returns {old.responses[status] or 'nothing'} -> "
                                                   f"{new.responses[status] or 'nothing'}")
            _headers(out, where, old.headers.get(status, {}), new.headers.get(status, {}))


def _headers(out: _Collector, where: str, old: dict[str, bool], new: dict[str, bool]) -> None:
    """Headers of one answer (names lower-cased): a promised one removed or made optional."""
    for name in sorted(old):
        if name not in new:
            kind = "response-header-removed" if old[name] else "response-optional-header-removed"
            out.add(kind, f"{where}:{name}", f"header {name} no longer documented", [RESPONSE])
        elif old[name] and not new[name]:
            out.add("response-header-now-optional", f"{where}:{name}", f"header {name} no longer required",
                    [RESPONSE])


def _body(out: _Collector, op_id: str, old: Body | None, new: Body | None) -> None:
    where = f"{op_id}:body"
    if old is None and new is not None:
        out.add("body-added-required" if new.required else "body-added-optional", where, f"body {new.type} added")
    elif old is not None and new is None:
        out.add("body-removed", where, "request body removed")
    elif old is not None and new is not None:
        inline = old.type == new.type == f"{op_id}.body"
        if (old.media, old.type) != (new.media, new.type) and not inline:
            out.add("body-changed", where, f"{old.media} {old.type} -> {new.media} {new.type}")
        if old.required != new.required:
            out.add("body-now-required" if new.required else "body-now-optional", where,
                    "body now required" if new.required else "body now optional")


def _schema(out: _Collector, name: str, old: dict[str, Field], new: dict[str, Field], ways: set[str]) -> None:
    for path in sorted(set(old) | set(new), key=lambda p: (p.count("."), p)):
        where = f"{name}.{path}" if path else name
        before, after = old.get(path), new.get(path)
        parent = _parent(path)
        if parent is not None and (parent not in old or parent not in new):
            continue  # the parent was added or removed: reported once, there
        if before is None and after is not None:
            kind = "field-added-required" if after.required else "field-added-optional"
            out.add(kind, where, "field added", ways)
        elif after is None:
            out.add("field-removed", where, "field removed", ways)
        elif before is not None and before != after:
            out.field(where, before, after, ways)


def _parent(path: str) -> str | None:
    if path.endswith("[]"):
        return path[:-2]
    return path.rsplit(".", 1)[0] if "." in path else ("" if path else None)


def compare(api: str, old_doc: dict[str, Any] | None, new_doc: dict[str, Any] | None) -> list[Change]:
    """Every change from ``old_doc`` to ``new_doc`` (either may be None: an API added or removed)."""
    old, new = read(old_doc or {}), read(new_doc or {})
    out = _Collector(api)
    for op_id in sorted(set(old.operations) | set(new.operations)):
        before, after = old.operations.get(op_id), new.operations.get(op_id)
        if before is None and after is not None:
            out.add("operation-added", op_id, f"{after.method.upper()} {after.path} added")
        elif after is None and before is not None:
            out.add("operation-removed", op_id, f"{before.method.upper()} {before.path} removed")
        elif before is not None and after is not None:
            _operation(out, op_id, before, after)
    for name in sorted(set(old.schemas) | set(new.schemas)):
        inline = "." in name  # an operation's inline body or response: travels with that operation
        ways = _ways(old, new, name)
        if name not in old.schemas:
            if not inline:
                out.add("schema-added", name, "schema added")
        elif name not in new.schemas:
            if not inline:
                out.add("schema-removed", name, "schema removed", ways)
        else:
            _schema(out, name, old.schemas[name], new.schemas[name], ways)
    return out.changes


def _ways(old: Surface, new: Surface, name: str) -> set[str]:
    return old.directions.get(name, set()) | new.directions.get(name, set())


def read_acknowledged(path: Path) -> set[str]:
    """Change ids listed in an acknowledgement file (missing file: none)."""
    if not path.exists():
        return set()
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line}


def acknowledge(changes: list[Change], ids: set[str], accept_all: bool = False) -> list[Change]:
    """The changes with ``acknowledged`` set on breaking ones that are accepted."""
    return [Change(**{**asdict(c), "acknowledged": c.breaking and (accept_all or c.id in ids)}) for c in changes]


def unacknowledged(reports: dict[str, list[Change]]) -> list[Change]:
    """Breaking changes nobody accepted: the command fails when there are any."""
    return [c for changes in reports.values() for c in changes if c.breaking and not c.acknowledged]


def check_revision(base: str, root: Path) -> None:
    """Raise :class:`UnknownRevision` unless ``base`` names a commit of the repository at ``root``."""
    done = subprocess.run(["git", "-C", str(root), "rev-parse", "--verify", "--quiet", f"{base}^{{commit}}"],
                          capture_output=True, text=True, check=False)
    if base.startswith("-") or done.returncode != 0:
        raise UnknownRevision(f"--base {base!r} names no commit of the repository at {root}: give a branch, tag "
                              f"or commit id (git log --oneline lists them)")


def run(apis: list[str], *, base: str = "HEAD", old: Path | None = None, new: Path | None = None,
        accept_breaking: bool = False, ack_file: Path | None = None, as_json: bool = False,
        verbose: bool = False, fmt: str = "text") -> int:
    """Diff ``apis`` (working tree against ``base``), or the two bundled files ``old`` and ``new`` (then
    ``apis`` names the one API they belong to); print the report as ``fmt`` (one of :data:`FORMATS`;
    ``as_json`` is ``fmt="json"``); 1 when breaking changes are unacknowledged. Raises
    :class:`UnknownRevision` when ``base`` names no commit."""
    import yaml

    from . import specs

    fmt = "json" if as_json else fmt
    if fmt not in FORMATS:
        raise specs.SpecError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    reports: dict[str, list[Change]] = {}
    if old is not None or new is not None:
        if old is None or new is None or len(apis) != 1:
            raise specs.SpecError("--old and --new go together, with exactly one API name")
        reports[apis[0]] = compare(apis[0], yaml.safe_load(old.read_text(encoding="utf-8")),
                                   yaml.safe_load(new.read_text(encoding="utf-8")))
        against = f"{old} -> {new}"
    else:
        check_revision(base, specs.ROOT)
        for api in apis:
            reports[api] = compare(api, specs.bundle_at(api, base), specs.bundle(api))
        against = f"{base} -> working tree"
    ack_path = ack_file if ack_file is not None else specs.ROOT / ACK_FILE
    accepted = read_acknowledged(ack_path)
    reports = {api: acknowledge(changes, accepted, accept_breaking) for api, changes in reports.items()}
    left = unacknowledged(reports)
    if fmt == "json":
        print(to_json(reports))
    elif fmt == "markdown":
        print(render_markdown(reports, against, ack_path))
    else:
        print("\n".join(render(api, changes, verbose) for api, changes in reports.items()))
        if left:
            print(f"\n{len(left)} breaking change(s) not acknowledged: review them, then list their ids in "
                  f"{ack_path} or pass --accept-breaking")
    return 1 if left else 0
