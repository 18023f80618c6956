"""The pull runner closes a stream's records before the stream's client, whether the pull ends or fails.

A paged pull may have a page fetch running ahead on a thread; if the client (and its transport) closed first,
that fetch would be left waiting on a closed connection. A fake stream records the order things close in.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from affiliate_clients.http.transports import TransportStats
from affiliate_clients.pull import runner
from affiliate_clients.pull.streams import PlanRun, PullOptions, Stream


class FakePlan:
    pages = 1

    def checkpoint(self) -> dict[str, Any]:
        return {}


def _stream(events: list[str], fail_at: int | None) -> Stream:
    def records() -> Iterator[dict[str, int]]:
        try:
            for n in range(5):
                if n == fail_at:
                    raise OSError("the disk is full")
                yield {"n": n}
        finally:
            events.append("records closed")

    @contextmanager
    def open_run(options: PullOptions, saved: dict[str, Any] | None) -> Iterator[PlanRun]:
        try:
            yield PlanRun(FakePlan(), records(), TransportStats(), row=dict)
        finally:
            events.append("client closed")

    return Stream("fake", "numbers", "five numbers", open_run, needs_dates=False)


@pytest.mark.parametrize("fail_at", [None, 3])
def test_records_close_before_the_client(tmp_path: Path, fail_at: int | None) -> None:
    events: list[str] = []
    out = tmp_path / "numbers.jsonl"
    if fail_at is None:
        assert runner.pull(_stream(events, None), PullOptions(), out).records == 5
    else:
        with pytest.raises(OSError, match="disk is full"):
            runner.pull(_stream(events, fail_at), PullOptions(), out)
    assert events == ["records closed", "client closed"]


def test_a_sink_failure_closes_the_records_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from affiliate_clients.pull import sinks

    def full_disk(self: Any, record: Any) -> None:
        raise OSError("the disk is full")

    monkeypatch.setattr(sinks.JsonlSink, "write", full_disk)
    events: list[str] = []
    with pytest.raises(OSError, match="disk is full"):
        runner.pull(_stream(events, None), PullOptions(), tmp_path / "numbers.jsonl")
    assert events == ["records closed", "client closed"]
