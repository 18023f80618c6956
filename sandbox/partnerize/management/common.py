"""What the management route modules share: request checks and the v1 batch and wrapping conventions."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request

from ..conventions import bad_request
from ..store import PartnerizeStore

YES_NO = ("y", "n")


class PublisherCheck:
    """``publisher(request[, name])``: the publisher id in the path, 404 unless it is the sandbox's partner."""

    def __init__(self, store: PartnerizeStore) -> None:
        self._store = store

    def __call__(self, request: Request, name: str = "publisher_id") -> str:
        pid: str = request.path_params[name]
        self._store.require_publisher(pid)
        return pid


def check_fields(item: dict[str, Any], fields: dict[str, Any], where: str) -> dict[str, Any]:
    """The known fields of ``item`` after type checks (400 on a wrong type); unknown fields are ignored."""
    out = {}
    for name, kinds in fields.items():
        if name not in item:
            continue
        value = item[name]
        if isinstance(value, bool) and kinds is not bool and bool not in (kinds if isinstance(kinds, tuple) else ()):
            raise bad_request(name, f"{where}{name}: {value!r} is not of the expected type")
        if not isinstance(value, kinds):
            raise bad_request(name, f"{where}{name}: {value!r} is not of the expected type")
        if name in ("active", "primary") and kinds is str and value not in YES_NO:
            raise bad_request(name, f"{where}{name}: {value!r} is not one of ['y', 'n']")
        out[name] = value
    return out


def require(item: dict[str, Any], names: tuple[str, ...], where: str) -> None:
    for name in names:
        value = item.get(name)
        if value is None or value == "":
            raise bad_request(name, f"{where}'{name}' is a required property")


def batch_items(body: dict[str, Any], key: str, *, single_allowed: bool) -> list[dict[str, Any]]:
    """The items of a v1 batch body ``{key: [...]}``, or the body itself when a single object is allowed."""
    if key in body:
        items = body[key]
        if not isinstance(items, list) or not items:
            raise bad_request(key, f"{key}: must be a non-empty array")
    elif single_allowed:
        items = [body]
    else:
        raise bad_request(key, f"'{key}' is a required property")
    for n, item in enumerate(items):
        if not isinstance(item, dict):
            raise bad_request(f"{key}[{n}]", f"{key}[{n}]: is not of type 'object'")
    return items


def yes_no_filter(request: Request, name: str) -> str | None:
    value = request.query_params.get(name)
    if value is not None and value not in YES_NO:
        raise bad_request(name, f"{name}: {value!r} is not one of ['y', 'n']")
    return value


def wrap(key: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{key: item} for item in items]
