"""Seeded impact action pages as raw bytes, shared by the benchmarks."""

from __future__ import annotations

import json
from typing import Any

from sandbox.impact import ACCOUNT_SID
from sandbox.impact.actions import ActionStore

NEXT = "__NEXT_PAGE__"


def action_rows(count: int, seed: int = 7) -> list[dict[str, str]]:
    return [r.payload for r in ActionStore.seeded(seed, count, ACCOUNT_SID).records]


def page_body(rows: list[dict[str, str]], next_uri: str = "") -> bytes:
    """One List Actions answer in the sandbox's shape (all members strings, 18 MB for 20,000 actions)."""
    n = len(rows)
    body: dict[str, Any] = {
        "@page": "1", "@numpages": "1", "@pagesize": str(n), "@total": str(n), "@start": "0",
        "@end": str(n - 1), "@uri": "/p", "@firstpageuri": "/p", "@previouspageuri": "",
        "@nextpageuri": next_uri, "@lastpageuri": "/p", "Actions": rows,
    }
    return json.dumps(body).encode()
