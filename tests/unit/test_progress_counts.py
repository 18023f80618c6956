"""The progress bars count in words that agree with the number: ``1 page``, ``2 pages``, never ``1 pages``."""

from __future__ import annotations

import io
import re

import pytest
from affiliate_clients.pull.landing.scale_runner import PartitionResult
from affiliate_clients.pull.progress import PartitionBar, ProgressBar, counted
from affiliate_clients.pull.runner import Progress
from rich.console import Console


@pytest.mark.parametrize(("number", "noun", "said"), [(0, "page", "0 pages"), (1, "page", "1 page"),
                                                      (2, "page", "2 pages"), (1, "record", "1 record"),
                                                      (20_000, "record", "20,000 records")])
def test_counted(number: int, noun: str, said: str) -> None:
    assert counted(number, noun) == said


def _screen() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, width=200, force_terminal=False, color_system=None), out


def test_the_pull_bar_says_one_page_and_one_record() -> None:
    console, out = _screen()
    with ProgressBar(console=console) as show:
        show(Progress(records=1, pages=1, done=True))
    last = out.getvalue().strip().splitlines()[-1]
    assert re.search(r"\b1 record\b.*\b1 page\b", last), last
    assert "pages" not in last and "records" not in last


def test_the_partition_bar_says_one_row_and_one_request() -> None:
    console, out = _screen()
    with PartitionBar(1, console=console) as done:
        done(None, PartitionResult("a/w", "a/w.parquet", rows=1, requests=1))  # type: ignore[arg-type]
    last = out.getvalue().strip().splitlines()[-1]
    assert re.search(r"\b1 row\b.*\b1 request\b", last), last
    assert "rows" not in last and "requests" not in last
