"""Fixtures shared by every test module."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from affiliate_clients.http.redact import SecretFilter

from tests.helpers import REQUEST_LOGGERS


@pytest.fixture
def fresh_log_filters() -> Iterator[None]:
    """Only the filters the clients in the test install: earlier clients' filters must not hide a leak."""
    loggers = [logging.getLogger(name) for name in REQUEST_LOGGERS]
    saved = [logger.filters[:] for logger in loggers]
    for logger in loggers:
        logger.filters[:] = [f for f in logger.filters if not isinstance(f, SecretFilter)]
    yield
    for logger, filters in zip(loggers, saved, strict=True):
        logger.filters[:] = filters
