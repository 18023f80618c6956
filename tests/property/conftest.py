"""Every property runs with stamina's test mode: no backoff and no server-named waits (impact and Partnerize
name at least a second on a 429), the attempts of ``support.POLICY`` kept."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import stamina

from .support import POLICY


@pytest.fixture(autouse=True, scope="module")
def _no_waits() -> Iterator[None]:
    with stamina.set_testing(True, attempts=POLICY.attempts, cap=True):
        yield
