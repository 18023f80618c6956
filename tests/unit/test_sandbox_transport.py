"""The in-process sandbox transport when it is closed with a request still waiting on it.

A pull's prefetch thread can be waiting on the sandbox when the caller's sink fails and the client closes;
the request must fail at once rather than wait for an event loop that has stopped (CI once hung here).
"""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest
from affiliate_clients.sandbox.common.serve import SyncASGITransport

entered = threading.Event()


async def held_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Answers nothing until it is cancelled: stands for a slow page."""
    import asyncio

    entered.set()
    await asyncio.Event().wait()


def test_closing_fails_a_waiting_request_and_refuses_new_ones() -> None:
    entered.clear()
    transport = SyncASGITransport(held_app)
    outcome: list[BaseException] = []

    def request() -> None:
        try:
            with httpx.Client(transport=transport, base_url="http://sandbox") as client:
                client.get("/slow", timeout=None)
        except BaseException as error:  # noqa: BLE001  (the test inspects what was raised)
            outcome.append(error)

    worker = threading.Thread(target=request)
    worker.start()
    assert entered.wait(30)
    transport.close()
    worker.join(30)
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], RuntimeError)
    assert "closed during the request" in str(outcome[0])
    with pytest.raises(RuntimeError, match="transport is closed"):
        transport.handle_request(httpx.Request("GET", "http://sandbox/again"))
