"""Counters of a landing run (records, pages, 429s, seconds held), shared by the sources and the progress bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs


@attrs.define
class Tally:
    """Records and pages read so far; ``on_page`` (e.g. the CLI's progress bar) is called after each page."""

    records: int = 0
    pages: int = 0
    rate_limited: int = 0
    waited: float = 0.0
    requests: int = 0
    on_page: Callable[[Tally], None] | None = None

    def page(self, records: int, stats: Any) -> None:
        """Count one page of ``records`` read by a client whose transport stats are ``stats``."""
        self.records += records
        self.pages += 1
        self.rate_limited = max(self.rate_limited, int(getattr(stats, "rate_limited", 0)))
        self.waited = max(self.waited, float(getattr(stats, "budget_wait", 0.0)))
        self.requests = max(self.requests, int(getattr(stats, "requests", 0)))
        if self.on_page is not None:
            self.on_page(self)
