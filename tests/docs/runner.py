"""Run the documentation's blocks offline, the way a reader would, and say what ran and what was skipped.

Python blocks run as scripts in a fresh interpreter of the virtualenv; shell commands run in ``bash`` with the
virtualenv's ``bin`` first on ``PATH``. Both work in a temporary folder with ``HOME`` pointed into it, dlt's
telemetry off and its data folder inside it, and no vendor credential in the environment, so nothing can reach
a real API. ``make ...`` and ``python -m generator ...`` run in the repository (they are tools of the checkout).

``python -m tests.docs.runner`` runs every block and prints the tally.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.docs.markdown import Block, blocks, documents

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TIMEOUT = 240.0
CLIENTS = {"ImpactClient": "impact", "PartnerizeClient": "partnerize", "InvocaClient": "invoca",
           "SpaazaClient": "spaaza"}
CONSTRUCTOR = re.compile(r"\b(" + "|".join(CLIENTS) + r")\(")
SANDBOX_IMPORT = "from affiliate_clients.testing import sandbox\n"
CREDENTIAL_PREFIXES = ("IMPACT_", "PARTNERIZE_", "INVOCA_", "SPAAZA_")
RECORDS = re.compile(r"(?<![\d,])[1-9][\d,]* records")
IN_REPOSITORY = ("make ", "python -m generator")


class DocsFailure(AssertionError):
    """A block or command did not do what its documentation says."""


@dataclass
class Outcome:
    """What running one block did: the commands run, those skipped (with why) and the output."""

    block: Block
    ran: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    output: str = ""
    seconds: float = 0.0


def to_sandbox(code: str) -> str:
    """``code`` with every vendor client constructor call replaced by ``sandbox("<api>").client()``."""
    parts: list[str] = []
    position = 0
    for found in CONSTRUCTOR.finditer(code):
        if found.start() < position:
            continue
        depth, end = 0, found.end() - 1
        for end in range(found.end() - 1, len(code)):
            depth += {"(": 1, ")": -1}.get(code[end], 0)
            if depth == 0:
                break
        parts.append(code[position:found.start()])
        parts.append(f'sandbox("{CLIENTS[found[1]]}").client()')
        position = end + 1
    if not parts:
        raise DocsFailure("a 'sandbox' block holds no vendor client constructor to point at a sandbox")
    parts.append(code[position:])
    return SANDBOX_IMPORT + "".join(parts)


def environment(work: Path) -> dict[str, str]:
    """The environment of every block: no vendor credentials, HOME and dlt's data in ``work``, telemetry off."""
    env = {name: value for name, value in os.environ.items() if not name.startswith(CREDENTIAL_PREFIXES)}
    (work / "home").mkdir(exist_ok=True)
    env.update({"PATH": f"{BIN}{os.pathsep}{env.get('PATH', '')}", "HOME": str(work / "home"),
                "RUNTIME__DLTHUB_TELEMETRY": "false", "DLT_DATA_DIR": str(work / "dlt"),
                "PYTHONDONTWRITEBYTECODE": "1", "COLUMNS": "120", "NO_COLOR": "1", "TERM": "dumb"})
    env.pop("PYTHONPATH", None)
    return env


def _check_output(block: Block, what: str, output: str) -> None:
    if "Traceback (most recent call last)" in output:
        raise DocsFailure(f"{block.where}: {what} ended in a traceback:\n{output[-3000:]}")


def run_python(block: Block, work: Path) -> Outcome:
    code = to_sandbox(block.text) if block.marked("sandbox") else block.text
    script = work / "block.py"
    script.write_text(code, encoding="utf-8")
    began = time.perf_counter()
    done = subprocess.run([sys.executable, str(script)], cwd=work, env=environment(work), capture_output=True,
                          text=True, timeout=TIMEOUT, check=False)
    output = done.stdout + done.stderr
    outcome = Outcome(block, ran=["python"], output=output, seconds=time.perf_counter() - began)
    if done.returncode != 0:
        raise DocsFailure(f"{block.where}: the Python block exited {done.returncode}:\n{output[-3000:]}")
    _check_output(block, "the Python block", output)
    if "print(" in block.text and not done.stdout.strip():
        raise DocsFailure(f"{block.where}: the block prints, but printed nothing (stderr: {done.stderr[-1000:]!r})")
    return outcome


def _serve(block: Block, command: str, cwd: Path, env: dict[str, str], until: re.Pattern[str]) -> str:
    """Start ``command``, wait for a line matching ``until``, stop it; the lines read."""
    process = subprocess.Popen(["bash", "-c", f"exec {command}"], cwd=cwd, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    assert process.stdout is not None
    lines: list[str] = []
    try:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
            if until.search("".join(lines)):
                return "".join(lines)
        raise DocsFailure(f"{block.where}: {command!r} stopped or timed out before printing {until.pattern!r}:\n"
                          + "".join(lines)[-3000:])
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()


def run_command(block: Block, command: str, work: Path) -> str:
    """Run one shell command of ``block``; its output (stdout then stderr)."""
    cwd = ROOT if command.startswith(IN_REPOSITORY) else work
    env = environment(work)
    until = block.marked("until")
    if until:
        return _serve(block, command, cwd, env, re.compile(until[0][0]))
    done = subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=TIMEOUT, check=False)
    output = done.stdout + done.stderr
    if done.returncode != 0:
        raise DocsFailure(f"{block.where}: {command!r} exited {done.returncode}:\n{output[-3000:]}")
    _check_output(block, repr(command), output)
    if " pull " in f" {command} " and not RECORDS.search(output):
        raise DocsFailure(f"{block.where}: {command!r} pulled no record:\n{output[-2000:]}")
    return output


def run_shell(block: Block, work: Path) -> Outcome:
    outcome = Outcome(block)
    began = time.perf_counter()
    for command in block.commands():
        why = block.command_skip(command)
        if why is not None:
            outcome.skipped.append((command, why))
            continue
        outcome.output += run_command(block, command, work)
        outcome.ran.append(command)
    outcome.seconds = time.perf_counter() - began
    return outcome


def run_block(block: Block) -> Outcome:
    """Run ``block`` (not a skipped one) in a fresh temporary folder; raises :class:`DocsFailure`."""
    with tempfile.TemporaryDirectory(prefix="docs-") as folder:
        work = Path(folder)
        outcome = run_python(block, work) if block.kind == "python" else run_shell(block, work)
    for (pattern,) in block.marked("expect"):
        if not re.search(pattern, outcome.output, re.MULTILINE):
            raise DocsFailure(f"{block.where}: the output does not match {pattern!r}:\n{outcome.output[-3000:]}")
    return outcome


def code_blocks(root: Path = ROOT) -> list[Block]:
    """The Python and shell blocks of README.md and docs/*.md."""
    return [b for path in documents(root) for b in blocks(path) if b.kind != "prose"]


def runnable(root: Path = ROOT) -> list[Block]:
    return [b for b in code_blocks(root) if b.skip_reason is None]


@dataclass
class Tally:
    """What the documentation holds: the blocks and commands run, and those skipped with where and why."""

    python: int = 0
    shell: int = 0
    commands: int = 0
    skipped_blocks: list[tuple[str, str]] = field(default_factory=list)     # (where, why)
    skipped_commands: list[tuple[str, str]] = field(default_factory=list)   # (where: command, why)

    def lines(self) -> list[str]:
        out = [(f"documentation: {self.python} Python block(s) and {self.shell} shell block(s) holding "
                f"{self.commands} command(s) run; {len(self.skipped_blocks)} block(s) and "
                f"{len(self.skipped_commands)} command(s) skipped")]
        for what, skipped in (("block", self.skipped_blocks), ("command", self.skipped_commands)):
            by_reason: dict[str, list[str]] = {}
            for where, why in skipped:
                by_reason.setdefault(why, []).append(where)
            out += [f"  skipped {what} x{len(places)} ({', '.join(places)}): {why}"
                    for why, places in by_reason.items()]
        return out


def tally(root: Path = ROOT) -> Tally:
    counted = Tally()
    for block in code_blocks(root):
        why = block.skip_reason
        if why is not None:
            counted.skipped_blocks.append((f"{block.where} {block.kind}", why))
            continue
        if block.kind == "python":
            counted.python += 1
            continue
        counted.shell += 1
        for command in block.commands():
            skip = block.command_skip(command)
            if skip is None:
                counted.commands += 1
            else:
                counted.skipped_commands.append((f"{block.where} {command.split(' --')[0]}", skip))
    return counted


def main() -> int:
    failed = 0
    for block in runnable():
        try:
            outcome = run_block(block)
        except DocsFailure as exc:
            failed += 1
            print(f"FAIL {exc}")
            continue
        print(f"ok   {block.where} ({block.kind}, {len(outcome.ran)} run, {outcome.seconds:.1f}s)")
    print("\n".join(tally().lines()))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
