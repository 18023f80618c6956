"""Fixtures shared by every test module."""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator

import pytest
from affiliate_clients.http.redact import SecretFilter

from tests.helpers import REQUEST_LOGGERS

# dlt, used by the landing tests (and by the CLI runs and Dask workers they start, which inherit this
# environment), must neither report to its vendor's telemetry host nor keep pipelines, its anonymous id or
# its state in ~/.dlt (/var/dlt when run as root): telemetry off, its data folder a temporary one. Set before
# any test module imports dlt; its run context reads both when a pipeline is first made.
DLT_DATA = tempfile.mkdtemp(prefix="affiliate-tests-dlt-")
os.environ["RUNTIME__DLTHUB_TELEMETRY"] = "false"
os.environ["DLT_DATA_DIR"] = DLT_DATA
atexit.register(shutil.rmtree, DLT_DATA, ignore_errors=True)


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
