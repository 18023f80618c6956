"""The reports of ``python -m generator diff``: text for a terminal, JSON for tools, Markdown for a pull-request
comment. Breaking changes and deprecations are always listed; other changes one by one up to a limit."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .diff import Change

SHOW_AT_MOST = 25  # non-breaking changes listed one by one; more are counted by kind


def _always_shown(change: Change) -> bool:
    return change.breaking or change.kind.endswith("-deprecated")


def _shown(changes: list[Change], verbose: bool) -> list[Change]:
    if verbose or sum(not c.breaking for c in changes) <= SHOW_AT_MOST:
        return changes
    return [c for c in changes if _always_shown(c)]


def _label(change: Change) -> str:
    return "breaking (acknowledged)" if change.acknowledged else "BREAKING" if change.breaking else "ok"


def _headline(api: str, changes: list[Change]) -> str:
    breaking = [c for c in changes if c.breaking]
    acknowledged = sum(c.acknowledged for c in breaking)
    return (f"{api}: {len(changes)} change(s), {len(breaking)} breaking"
            + (f" ({acknowledged} acknowledged)" if acknowledged else ""))


def _hidden_kinds(changes: list[Change], shown: list[Change]) -> str:
    kinds = Counter(c.kind for c in changes if c not in shown)
    return ", ".join(f"{n} x {kind}" for kind, n in sorted(kinds.items()))


def render(api: str, changes: list[Change], verbose: bool = False) -> str:
    """A human-readable report for one API."""
    lines = [_headline(api, changes)]
    shown = _shown(changes, verbose)
    for c in sorted(shown, key=lambda c: (not c.breaking, c.id)):
        lines.append(f"  {_label(c):<9} {c.id}\n            {c.detail}")
    if len(shown) < len(changes):
        lines.append(f"  ok        {_hidden_kinds(changes, shown)} (--verbose or --format json lists them)")
    return "\n".join(lines)


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell (type descriptors such as ``string|null`` hold pipes)."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _table(changes: list[Change]) -> list[str]:
    rows = ["| | change | what it does to users of the generated client |", "|---|---|---|"]
    for c in sorted(changes, key=lambda c: (not c.breaking, c.acknowledged, c.id)):
        mark = "breaking, acknowledged" if c.acknowledged else "**breaking**" if c.breaking else "ok"
        rows.append(f"| {mark} | `{_cell(c.id)}` | {_cell(c.detail)} |")
    return rows


def render_markdown(reports: dict[str, list[Change]], against: str, ack_path: Path) -> str:
    """One Markdown document for all APIs, for a pull-request comment: a verdict, then per API a table of the
    breaking changes and deprecations, the other changes folded away in a ``<details>`` block."""
    open_ = [c for changes in reports.values() for c in changes if c.breaking and not c.acknowledged]
    verdict = (f"**{len(open_)} breaking change(s) not acknowledged**: review them, then list their ids in "
               f"`{ack_path.name}` or pass `--accept-breaking`." if open_ else
               "No unacknowledged breaking change.")
    lines = [f"## Client-facing spec changes ({_cell(against)})", "", verdict]
    for api, changes in reports.items():
        lines += ["", f"### {_headline(api, changes)}"]
        if not changes:
            lines += ["", "No change a user of the generated client would notice."]
            continue
        first = [c for c in changes if _always_shown(c)]
        rest = [c for c in changes if not _always_shown(c)]
        if first:
            lines += ["", *_table(first)]
        if rest:
            lines += ["", f"<details><summary>{len(rest)} other change(s), none breaking</summary>", "",
                      *_table(rest), "", "</details>"]
    return "\n".join(lines)


def to_json(reports: dict[str, list[Change]]) -> str:
    """Machine-readable report: ``{api: [change, ...]}``."""
    return json.dumps({api: [asdict(c) for c in changes] for api, changes in reports.items()}, indent=2)
