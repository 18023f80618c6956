"""Counters a sandbox keeps so tests and the demo can report what happened on the server side."""

from __future__ import annotations

import attrs


@attrs.define
class Stats:
    requests: int = 0
    injected: list[tuple[int, str]] = attrs.field(factory=list)
    rate_limited: int = 0

    @property
    def injected_kinds(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for _, kind in self.injected:
            counts[kind] = counts.get(kind, 0) + 1
        return counts
