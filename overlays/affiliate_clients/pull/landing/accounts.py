"""The accounts of a pull over many impact accounts or Partnerize publishers (:class:`AccountSpec`,
:class:`PublisherSpec`) and the input checks of ``affiliate-clients land-accounts``; the roster file that
lists them is read by :mod:`.roster`.

Nothing here needs dask or dlt, so the command can check its whole input (and say that the ``dask`` extra is
missing) before it starts a cluster or sends a request.
"""

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path
from urllib.parse import urlsplit

import attrs

from ...http.budget import Rate
from ...impact.client import ACTIONS_RATE, BASE_URL
from ...impact.windows import MAX_LOOKBACK, MIN_PAGE_SIZE
from ...partnerize.client import BASE_URL as PARTNERIZE_BASE_URL
from ...partnerize.client import MAX_LIMIT as PARTNERIZE_MAX_LIMIT


def refill_seconds(rate: Rate | None) -> float:
    """How long a client budget's bucket takes to refill from empty (0 without a budget)."""
    return 0.0 if rate is None else rate.capacity / rate.per_second


@attrs.frozen
class AccountSpec:
    """One impact account: credentials, API address, the client budget; ``name`` keys its files (default:
    the account SID; give each account a distinct name when two share a SID)."""

    account_sid: str
    auth_token: str = attrs.field(repr=False)
    base_url: str = BASE_URL
    rate: Rate | None = ACTIONS_RATE
    name: str | None = None

    @property
    def key(self) -> str:
        return self.name or self.account_sid

    @property
    def refill_seconds(self) -> float:
        """How long the account's bucket takes to refill from empty."""
        return refill_seconds(self.rate)


@attrs.frozen
class PublisherSpec:
    """One Partnerize publisher (partner): its id, the application key and user API key (hidden from ``repr``),
    API address, the client budget (Partnerize publishes no general figure: ``None``, or the limit agreed for
    the account); ``name`` keys its files (default: the publisher id; give each publisher a distinct name when
    two share an id, as they do under different users)."""

    publisher_id: str
    application_key: str
    user_api_key: str = attrs.field(repr=False)
    base_url: str = PARTNERIZE_BASE_URL
    rate: Rate | None = None
    name: str | None = None

    @property
    def key(self) -> str:
        return self.name or self.publisher_id

    @property
    def refill_seconds(self) -> float:
        """How long the publisher's bucket takes to refill from empty."""
        return refill_seconds(self.rate)


class BadInput(ValueError):
    """Input the command refuses before doing anything; ``option`` names what to fix (``--accounts``...)."""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(message)
        self.option = option


class MissingExtra(RuntimeError):
    """The ``dask`` extra (dask.distributed, dlt) is not installed."""


def check_range(start: dt.datetime, end: dt.datetime, now: dt.datetime | None = None, *,
                lookback: bool = True) -> None:
    """``--since`` no later than ``--until`` and (``lookback``: impact) within impact's 3-year look-back."""
    if start > end:
        raise BadInput("--since", f"--since {start:%Y-%m-%d %H:%M:%S%z} is after --until {end:%Y-%m-%d %H:%M:%S%z}; "
                                  "give a --since before --until (or drop --until to pull up to now)")
    now = now or dt.datetime.now(dt.UTC)
    if lookback and start < now - MAX_LOOKBACK:
        raise BadInput("--since", f"impact serves at most 3 years back: give a --since on or after "
                                  f"{now - MAX_LOOKBACK:%Y-%m-%d}")


PAGE_SIZES = {"impact": 20_000, "partnerize": PARTNERIZE_MAX_LIMIT}


def check_page_size(api: str, page_size: int | None) -> int:
    """The page size for ``api`` (its default when ``None``), or :class:`BadInput` outside what the API takes."""
    if page_size is None:
        return PAGE_SIZES[api]
    if api == "impact" and page_size < MIN_PAGE_SIZE:
        raise BadInput("--page-size", f"impact takes pages of at least {MIN_PAGE_SIZE:,} actions")
    if api == "partnerize" and not 1 <= page_size <= PARTNERIZE_MAX_LIMIT:
        raise BadInput("--page-size", f"Partnerize reports take 1 to {PARTNERIZE_MAX_LIMIT} conversions a page")
    return page_size


SCHEDULER_SCHEMES = ("tcp", "tls")


def check_scheduler(address: str) -> str:
    """``tcp://HOST:PORT`` (or ``tls://``): the address of a running Dask scheduler, as given."""
    shown = "an address with user credentials" if "@" in address else repr(address)   # never echo a password
    shape = f"expected tcp://HOST:PORT (e.g. tcp://10.0.0.5:8786), got {shown}"
    parts = urlsplit(address)
    try:
        port = parts.port
    except ValueError:
        port = None
    if parts.scheme not in SCHEDULER_SCHEMES or not parts.hostname or port is None or port == 0 \
            or parts.path not in ("", "/") or parts.query or parts.fragment or parts.username or parts.password:
        raise BadInput("--scheduler", shape)
    return address


def check_work_dir(work_dir: Path) -> None:
    if work_dir.exists() and not work_dir.is_dir():
        raise BadInput("--work-dir", f"{work_dir} is a file; give a directory (it is created when missing)")


def require_dask() -> None:
    """Raise :class:`MissingExtra` unless dask.distributed and dlt can be imported."""
    for module in ("dask.distributed", "dlt", "pyarrow.parquet"):
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise MissingExtra(f"this command needs the dask extra: pip install 'affiliate-clients[dask]' "
                               f"({module} could not be imported: {exc})") from None
