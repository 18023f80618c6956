"""The code blocks of the documentation, and the markers that say how (or why not) to run them.

A marker is an HTML comment on the line(s) right above a fenced block (not rendered on GitHub):

- ``<!-- docs: skip "why" -->``: the block is not run; the reason is counted and printed.
- ``<!-- docs: skip-command "PREFIX" "why" -->``: shell commands starting with PREFIX are not run (repeatable).
- ``<!-- docs: sandbox -->``: a Python block written for the real API runs with every vendor client constructor
  (``ImpactClient(...)``, ``PartnerizeClient(...)``, ``InvocaClient(...)``, ``SpaazaClient(...)``) replaced by
  ``sandbox("<api>").client()``: exactly the substitution the README tells a reader to make.
- ``<!-- docs: expect "REGEX" -->``: the block's output (stdout and stderr, all its commands) must match REGEX
  (repeatable).
- ``<!-- docs: until "REGEX" -->``: the commands serve until interrupted: each is stopped once its output
  matches REGEX (and fails if it ends or times out before).

Python blocks (```` ```python ````) are scripts. Shell blocks (``sh``, ``bash``, ``shell``, ``console``) hold one
command a line: ``$ `` prompts are stripped, a line ending in ``\\`` continues on the next, comment lines are
left out, and in a ``console`` block only the ``$ `` lines are commands (the rest is their output). Other
fences (output samples, TOML, plain ```` ``` ````) are prose.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

PYTHON = ("python", "py", "python3")
SHELL = ("sh", "bash", "shell", "console")
FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<lang>[\w+-]*)[^\n]*$")
MARKER = re.compile(r"^\s*<!--\s*docs:\s*(?P<body>.*?)\s*-->\s*$")
KINDS = {"skip": 1, "skip-command": 2, "sandbox": 0, "expect": 1, "until": 1}


class MarkerError(ValueError):
    """A ``docs:`` comment the runner cannot read (an unknown kind or the wrong number of arguments)."""


@dataclass(frozen=True)
class Marker:
    kind: str
    args: tuple[str, ...]


@dataclass(frozen=True)
class Block:
    """One fenced block: where it is (``README.md:42``, the line of its opening fence), its language, its text
    (indentation of a block nested in a list removed) and the markers above it."""

    path: Path
    line: int
    lang: str
    text: str
    markers: tuple[Marker, ...] = ()

    @property
    def where(self) -> str:
        return f"{self.path.name}:{self.line}"

    @property
    def kind(self) -> str:
        """``python``, ``shell`` or ``prose``."""
        if self.lang in PYTHON:
            return "python"
        return "shell" if self.lang in SHELL else "prose"

    def marked(self, kind: str) -> list[tuple[str, ...]]:
        return [m.args for m in self.markers if m.kind == kind]

    @property
    def skip_reason(self) -> str | None:
        found = self.marked("skip")
        return found[0][0] if found else None

    def commands(self) -> list[str]:
        """The shell commands of the block, one per logical line."""
        return list(_commands(self.text, console=self.lang == "console"))

    def command_skip(self, command: str) -> str | None:
        """Why ``command`` is not run (a ``skip-command`` marker whose prefix it starts with), or ``None``."""
        for prefix, why in self.marked("skip-command"):
            if command.startswith(prefix):
                return why
        return None


@dataclass
class _Open:
    indent: str
    fence: str
    lang: str
    line: int
    markers: tuple[Marker, ...]
    lines: list[str] = field(default_factory=list)


def parse_marker(body: str) -> Marker:
    """``skip "why"`` -> ``Marker("skip", ("why",))``."""
    try:
        words = shlex.split(body)
    except ValueError as exc:
        raise MarkerError(f"unreadable docs marker {body!r}: {exc}") from None
    if not words or words[0] not in KINDS:
        raise MarkerError(f"unknown docs marker {body!r}; kinds: {', '.join(KINDS)}")
    kind, args = words[0], tuple(words[1:])
    if len(args) != KINDS[kind]:
        raise MarkerError(f"docs marker {kind!r} takes {KINDS[kind]} quoted argument(s), got {body!r}")
    return Marker(kind, args)


def blocks(path: Path) -> list[Block]:
    """Every fenced block of the Markdown file ``path``, in order, with its markers."""
    found: list[Block] = []
    pending: list[Marker] = []
    current: _Open | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if current is not None:
            closing = FENCE.match(line)
            if closing and closing["fence"].startswith(current.fence) and not closing["lang"] \
                    and line.strip() == closing["fence"]:
                text = "\n".join(_dedent(current.lines, current.indent))
                found.append(Block(path, current.line, current.lang, text + "\n", current.markers))
                current = None
            else:
                current.lines.append(line)
            continue
        marker = MARKER.match(line)
        if marker:
            pending.append(parse_marker(marker["body"]))
            continue
        opening = FENCE.match(line)
        if opening:
            current = _Open(opening["indent"], opening["fence"], opening["lang"].lower(), number, tuple(pending))
        elif pending:
            raise MarkerError(f"{path.name}:{number}: a docs marker must sit right above a fenced block")
        pending = []
    if current is not None:
        raise MarkerError(f"{path.name}:{current.line}: unclosed code fence")
    return found


def _dedent(lines: list[str], indent: str) -> Iterator[str]:
    for line in lines:
        yield line[len(indent):] if line.startswith(indent) else line.lstrip()


def _commands(text: str, console: bool) -> Iterator[str]:
    joined: list[str] = []
    for raw in text.splitlines():
        line = raw.rstrip()
        if not joined:
            if console and not line.startswith("$ "):
                continue
            line = line.removeprefix("$ ").strip()
            if not line or line.startswith("#"):
                continue
        if line.endswith("\\"):
            joined.append(line[:-1].strip())
            continue
        joined.append(line.strip())
        yield " ".join(part for part in joined if part)
        joined = []
    if joined:
        yield " ".join(part for part in joined if part)


def documents(root: Path) -> list[Path]:
    """README.md and docs/*.md under ``root``."""
    return [root / "README.md", *sorted((root / "docs").glob("*.md"))]
