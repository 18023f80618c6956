"""The documentation run's tally (blocks and commands run, skipped and why) at the end of the test session."""

from __future__ import annotations

import pytest

from tests.docs.runner import tally


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if any(report.nodeid.startswith("tests/docs/") for reports in terminalreporter.stats.values()
           for report in reports if hasattr(report, "nodeid")):
        terminalreporter.write_sep("-", "documentation blocks")
        for line in tally().lines():
            terminalreporter.write_line(line)
