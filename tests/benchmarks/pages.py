"""Seeded impact action pages as raw bytes, shared by the benchmarks."""

from __future__ import annotations

import json
from typing import Any

from affiliate_clients.sandbox.impact import ACCOUNT_SID
from affiliate_clients.sandbox.impact.actions import ActionStore

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


def parsed_page() -> tuple[Any, int, int]:
    """One seeded 20,000-action page read with the fast parse: (the ``ActionList``, bytes its models hold by
    tracemalloc, the body's length). "A page's worth" in the memory benchmarks is the middle figure."""
    import gc
    import tracemalloc

    from affiliate_clients.generated.impact_client.models import ActionList
    from affiliate_clients.http import fastparse

    body = page_body(action_rows(20_000))
    gc.collect()
    tracemalloc.start()
    page = fastparse.parse(ActionList, body)
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return page, held, len(body)
