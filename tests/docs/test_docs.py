"""Every Python block and shell command of README.md and docs/*.md runs as written against the sandboxes, offline.

A block that cannot run offline carries a ``<!-- docs: skip "why" -->`` marker (see ``tests/docs/markdown.py``);
the skipped ones are counted with their reasons, not turned into skipped tests. The tally is printed at the end
of the run (``tests/docs/conftest.py``) and by ``python -m tests.docs.runner``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.docs.markdown import Block, MarkerError, blocks
from tests.docs.runner import ROOT, DocsFailure, code_blocks, run_block, runnable, tally, to_sandbox

RUNNABLE = runnable()


@pytest.mark.parametrize("block", RUNNABLE, ids=[block.where for block in RUNNABLE])
def test_documentation_block_runs(block: Block) -> None:
    outcome = run_block(block)
    assert outcome.ran, f"{block.where}: nothing ran"


def test_every_code_block_runs_or_says_why() -> None:
    counted = tally()
    found = code_blocks()
    assert all(block.skip_reason for block in found if block not in RUNNABLE)
    assert all(why.strip() for _, why in [*counted.skipped_blocks, *counted.skipped_commands])
    # The four quickstarts, the options block and the in-Python landing at least, and shell commands of both files.
    assert counted.python >= 6 and counted.commands >= 15, counted.lines()
    quickstarts = [b for b in found if b.path.name == "README.md" and b.kind == "python" and b.marked("sandbox")]
    assert len(quickstarts) == 4 and all(b.marked("expect") for b in quickstarts)


def test_the_readme_names_every_make_target_and_only_those() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z-]+):.*## ", makefile, re.MULTILINE))
    listed = re.search(r"`make help` lists the rest \((.*?)\)\. CI", (ROOT / "README.md").read_text(encoding="utf-8"),
                       re.DOTALL)
    assert listed is not None
    named = set(re.findall(r"`([a-z-]+)`", listed[1])) | {"help", "demo", "test"}
    assert named == targets
    phony = set(re.search(r"^\.PHONY: (.*)$", makefile, re.MULTILINE)[1].split())  # type: ignore[index]
    assert phony == targets, "every phony target has a recipe and a help line"


# The runner itself: what it reads and what it refuses.

def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_shell_commands_prompts_continuations_comments(tmp_path: Path) -> None:
    doc = _write(tmp_path, """
<!-- docs: skip-command "make" "slow" -->
```console
$ affiliate-clients pull impact actions \\
    --sandbox --out a.jsonl   # a comment
5,000 records in a.jsonl
$ make demo
```

  ```sh
  # a comment line
  echo one
  echo two \\
    three
  ```
""")
    first, second = blocks(doc)
    assert first.commands() == ["affiliate-clients pull impact actions --sandbox --out a.jsonl   # a comment",
                                "make demo"]
    assert first.command_skip("make demo") == "slow" and first.command_skip(first.commands()[0]) is None
    assert second.commands() == ["echo one", "echo two three"] and second.line == 10


def test_markers_must_be_known_and_sit_on_a_block(tmp_path: Path) -> None:
    with pytest.raises(MarkerError, match="unknown docs marker"):
        blocks(_write(tmp_path, '<!-- docs: skpi "x" -->\n```sh\necho\n```\n'))
    with pytest.raises(MarkerError, match="right above a fenced block"):
        blocks(_write(tmp_path, '<!-- docs: skip "x" -->\nprose\n```sh\necho\n```\n'))
    with pytest.raises(MarkerError, match="takes 1"):
        blocks(_write(tmp_path, "<!-- docs: skip -->\n```sh\necho\n```\n"))


def test_sandbox_replaces_each_constructor_call() -> None:
    code = 'with ImpactClient(account_sid="IR...", auth_token=f("x")) as a, SpaazaClient() as b:\n    pass\n'
    assert to_sandbox(code).splitlines()[1] == \
        'with sandbox("impact").client() as a, sandbox("spaaza").client() as b:'
    with pytest.raises(DocsFailure, match="no vendor client constructor"):
        to_sandbox("print(1)\n")


@pytest.mark.parametrize(("text", "complaint"), [
    ("```python\nrows = iter([])\nfor row in rows:\n    print(row)\n```\n", "printed nothing"),
    ("```python\nraise SystemExit(3)\n```\n", "exited 3"),
    ('<!-- docs: expect "^42$" -->\n```python\nprint(41)\n```\n', "does not match"),
    ("```sh\nfalse\n```\n", "exited 1"),
    ("```sh\npython -c \"print('0 records in x.jsonl')\" pull\n```\n", "pulled no record"),
])
def test_the_runner_fails_a_block_that_does_not_do_what_it_says(tmp_path: Path, text: str, complaint: str) -> None:
    (block,) = blocks(_write(tmp_path, text))
    with pytest.raises(DocsFailure, match=complaint):
        run_block(block)
