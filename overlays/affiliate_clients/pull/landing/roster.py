"""The roster file of ``affiliate-clients land-accounts``: the impact accounts or Partnerize publishers to
land, read into :class:`~.accounts.AccountSpec` / :class:`~.accounts.PublisherSpec` with every secret taken
from the environment.

Nothing here needs dask or dlt, so the command can check its whole input (and say that the ``dask`` extra is
missing) before it starts a cluster or sends a request. The accounts file, TOML or JSON by its suffix::

    [[accounts]]
    name = "brand-a"                          # optional (default: the SID); names the account's files
    account_sid = "IRxxxx1"
    auth_token_env = "BRAND_A_IMPACT_TOKEN"   # the NAME of the environment variable holding the token
    base_url = "https://api.impact.com"       # optional
    rate = { requests = 500, per_seconds = 3600, burst = 10 }   # optional; false: no client budget

For Partnerize (``land-accounts partnerize conversions``) the list is ``publishers``, each with
``publisher_id``, ``application_key_env`` and ``user_api_key_env`` (both keys by variable name), and the
same optional ``name``, ``base_url`` and ``rate`` (default: no client budget).

The token itself never goes in the file, and no message here repeats a token or an environment value.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from ...http.budget import Rate
from ...http.clients import check_base_url
from ...http.errors import InvalidRequest
from ...impact.client import ACTIONS_RATE, BASE_URL
from ...partnerize.client import BASE_URL as PARTNERIZE_BASE_URL
from .accounts import AccountSpec, BadInput, PublisherSpec


@attrs.frozen
class Roster:
    """What one API's roster file lists: the ``list_name`` entries, each a ``spec`` whose ``secrets`` fields are
    given in the file as ``<field>_env``, the NAME of the environment variable holding the value."""

    api: str
    list_name: str
    spec: type[Any]
    id_field: str
    secrets: dict[str, str]   # spec field -> what the variable must hold (for the "export it with ..." message)
    default_rate: Rate | None
    default_url: str
    example: str

    def _in_file(self, field: str) -> str:
        return f"{field}_env" if field in self.secrets else field

    @property
    def fields(self) -> tuple[str, ...]:
        """The file's fields: the spec's, each secret replaced by the name of the variable holding it."""
        return tuple(self._in_file(f.name) for f in attrs.fields(self.spec))

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(self._in_file(f.name) for f in attrs.fields(self.spec) if f.default is attrs.NOTHING)


IMPACT_ACCOUNTS = Roster(
    "impact", "accounts", AccountSpec, "account_sid", {"auth_token": "the account's impact auth token"},
    ACTIONS_RATE, BASE_URL,
    '[[accounts]]\naccount_sid = "IRxxxx1"\nauth_token_env = "BRAND_A_IMPACT_TOKEN"\n'
    'name = "brand-a"  # optional, as are base_url and rate = {requests = 500, per_seconds = 3600}')
PARTNERIZE_PUBLISHERS = Roster(
    "partnerize", "publishers", PublisherSpec, "publisher_id",
    {"application_key": "the Partnerize application key", "user_api_key": "the Partnerize user API key"},
    None, PARTNERIZE_BASE_URL,
    '[[publishers]]\npublisher_id = "1lxxxx1"\napplication_key_env = "AGENCY_PZ_APP_KEY"\n'
    'user_api_key_env = "AGENCY_PZ_USER_KEY"\n'
    'name = "publisher-a"  # optional, as are base_url and rate = {requests = 10, per_seconds = 1}')
ROSTERS = {roster.api: roster for roster in (IMPACT_ACCOUNTS, PARTNERIZE_PUBLISHERS)}

TOKEN_FIELD = "auth_token_env"
FIELDS = IMPACT_ACCOUNTS.fields
RATE_FIELDS = tuple(f.name for f in attrs.fields(Rate))
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SHOWN_ENV_NAME = re.compile(r"[A-Z_][A-Z0-9_]*")
EXAMPLE = IMPACT_ACCOUNTS.example


def read_accounts(path: Path, environ: Mapping[str, str] | None = None) -> list[AccountSpec]:
    """The impact accounts listed in ``path`` (``.toml`` or ``.json``), each with its token read from
    ``environ`` (default: the process environment). Raises :class:`BadInput` saying what to fix."""
    return read_roster(path, IMPACT_ACCOUNTS, environ)


def read_publishers(path: Path, environ: Mapping[str, str] | None = None) -> list[PublisherSpec]:
    """The Partnerize publishers listed in ``path``, each with its two keys read from ``environ``."""
    return read_roster(path, PARTNERIZE_PUBLISHERS, environ)


def read_roster(path: Path, roster: Roster, environ: Mapping[str, str] | None = None) -> list[Any]:
    """The entries of ``roster`` listed in ``path`` (``.toml`` or ``.json``), their secrets read from
    ``environ`` (default: the process environment). Raises :class:`BadInput` saying what to fix."""
    environ = os.environ if environ is None else environ
    document = _load(path, roster)
    listed, example = roster.list_name, roster.example
    if not isinstance(document, dict) or set(document) != {listed} or not isinstance(document[listed], list):
        raise BadInput("--accounts", f"{path} must hold one list named {listed} and nothing else, e.g.\n{example}")
    if not document[listed]:
        raise BadInput("--accounts", f"{path} lists no {listed}; add one, e.g.\n{example}")
    specs = [_entry(entry, f"{path}: {listed}[{i}]", roster, environ) for i, entry in enumerate(document[listed])]
    seen: dict[str, int] = {}
    for i, spec in enumerate(specs):
        if spec.key in seen:
            raise BadInput("--accounts", f"{path}: {listed}[{seen[spec.key]}] and {listed}[{i}] are both named "
                                         f"{spec.key!r} (their files would collide); give each a distinct name")
        seen[spec.key] = i
    return specs


def _load(path: Path, roster: Roster) -> Any:
    suffix = path.suffix.lower()
    if suffix not in (".toml", ".json"):
        raise BadInput("--accounts", f"{path}: name the {roster.list_name} file .toml or .json (got "
                                     f"{suffix or 'no suffix'})")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise BadInput("--accounts", f"{path} does not exist; create it listing the {roster.list_name}, e.g.\n"
                                     f"{roster.example}") from None
    except OSError as exc:
        raise BadInput("--accounts", f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        return tomllib.loads(data.decode("utf-8")) if suffix == ".toml" else json.loads(data)
    except UnicodeDecodeError:
        raise BadInput("--accounts", f"{path} is not UTF-8 text") from None
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        # Both name the line and column only, never the text around it (which could be a pasted token).
        where = f"{exc.msg} at line {exc.lineno}, column {exc.colno}" if isinstance(exc, json.JSONDecodeError) \
            else str(exc)
        raise BadInput("--accounts", f"{path} is not valid {suffix[1:].upper()}: {where}") from None


def _entry(entry: Any, where: str, roster: Roster, environ: Mapping[str, str]) -> Any:
    fields = roster.fields
    if not isinstance(entry, dict):
        raise BadInput("--accounts", f"{where} must be a table of {', '.join(fields)}")
    for secret in roster.secrets:
        if secret in entry:
            raise BadInput("--accounts", f"{where}: the {secret} must not be in the file; put it in an environment "
                                         f"variable and give that variable's name as {secret}_env")
    unknown = sorted(set(entry) - set(fields))
    if unknown:
        raise BadInput("--accounts", f"{where}: unknown field(s) {', '.join(map(repr, unknown))}; the fields are "
                                     f"{', '.join(fields)}")
    for name in fields:
        if name in entry and name != "rate" and not (isinstance(entry[name], str) and entry[name].strip()):
            raise BadInput("--accounts", f"{where}: {name} must be a non-empty string")
    missing = [name for name in roster.required if name not in entry]
    if missing:
        raise BadInput("--accounts", f"{where}: missing {' and '.join(missing)} (required in every entry)")
    where = f"{where} ({entry.get('name') or entry[roster.id_field]})"
    values = {name: entry[name] for name in fields if name in entry and name in attrs.fields_dict(roster.spec)}
    for secret, holds in roster.secrets.items():
        values[secret] = _secret(entry[f"{secret}_env"], f"{secret}_env", holds, where, environ)
    values.setdefault("base_url", roster.default_url)
    try:
        check_base_url(values["base_url"])
    except InvalidRequest as exc:
        raise BadInput("--accounts", f"{where}: {exc}") from None
    values["rate"] = _rate(entry["rate"], where) if "rate" in entry else roster.default_rate
    return roster.spec(**values)


def _secret(variable: str, field: str, holds: str, where: str, environ: Mapping[str, str]) -> str:
    if not _ENV_NAME.fullmatch(variable):
        # Not repeated: a value that is no variable name may be the secret itself.
        raise BadInput("--accounts", f"{where}: {field} must be the name of an environment variable "
                                     "(letters, digits and _), not the secret itself")
    shown = variable if _SHOWN_ENV_NAME.fullmatch(variable) else f"named by {field}"
    value = environ.get(variable, "")
    if not value.strip():
        state = "is empty" if variable in environ else "is not set"
        raise BadInput("--accounts", f"{where}: the environment variable {shown} {state}; export it with "
                                     f"{holds}")
    return value


def _rate(value: Any, where: str) -> Rate | None:
    if value is False or value is None:
        return None
    shape = (f"{where}: rate must be a table {{requests = 500, per_seconds = 3600}} (burst optional), or false "
             "for no client budget")
    if not isinstance(value, dict):
        raise BadInput("--accounts", shape)
    unknown = sorted(set(value) - set(RATE_FIELDS))
    if unknown or "requests" not in value or "per_seconds" not in value:
        raise BadInput("--accounts", shape + (f"; unknown field(s) {', '.join(map(repr, unknown))}" if unknown else ""))
    requests, per_seconds, burst = value["requests"], value["per_seconds"], value.get("burst")
    if not _whole(requests) or requests < 1 or (burst is not None and (not _whole(burst) or burst < 1)):
        raise BadInput("--accounts", f"{where}: rate.requests and rate.burst must be whole numbers, at least 1")
    if isinstance(per_seconds, bool) or not isinstance(per_seconds, int | float) or per_seconds <= 0:
        raise BadInput("--accounts", f"{where}: rate.per_seconds must be a number of seconds above 0")
    return Rate(requests, float(per_seconds), burst=burst)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
