"""Report how many schemathesis cases each API's contract test sent."""

from __future__ import annotations

import pytest


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from tests.contract.test_contract import CASES

    if CASES:
        counts = ", ".join(f"{api} {n:,}" for api, n in sorted(CASES.items()))
        terminalreporter.write_line(f"schemathesis cases sent: {counts} ({sum(CASES.values()):,} in all)")
