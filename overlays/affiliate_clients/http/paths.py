"""Path parameters: each value stays inside its own path segment, checked in one place for every client.

A value of ``.`` or ``..`` is resolved away by URL normalisation (``/user/publisher/..`` is ``/user``), so the
request would reach another resource; ``None`` would be sent as the text ``None``; an empty value merges two
segments; control characters are refused by HTTP itself. :func:`check_path` refuses all of them before any
request (:class:`~affiliate_clients.http.errors.InvalidRequest` naming the parameter). Every other character is
percent-encoded (``?``, ``#`` and ``/`` included): the generated request builders quote each path value with
``quote(str(value), safe="")``, which :func:`segment` reproduces for values placed by hand (Invoca's network id).

Which arguments of an operation are path parameters is read from the spec the generated package carries, so
a new operation is covered without a list kept by hand.
"""

from __future__ import annotations

import enum
import functools
import inspect
import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

from .errors import InvalidRequest
from .schemas import package_schemas

# No id of any of the four APIs comes near this; a longer value is a mistake (and servers cap URL lengths).
MAX_SEGMENT = 1024
DOT_SEGMENTS = frozenset({".", ".."})


def _text(parameter: str, value: object) -> str:
    if value is None or type(value).__name__ == "Unset":
        raise InvalidRequest(parameter, "is required in the URL path (got None)")
    if isinstance(value, bool):
        raise InvalidRequest(parameter, f"must be an id (a string or an integer), got {value!r}")
    return str(value.value) if isinstance(value, enum.Enum) else str(value)


def check_segment(parameter: str, value: object) -> str:
    """``value`` as the text of one path segment, or :class:`InvalidRequest` when it would not stay one."""
    text = _text(parameter, value)
    if not text:
        raise InvalidRequest(parameter, "must not be empty (it is a segment of the URL path)")
    if text in DOT_SEGMENTS:
        raise InvalidRequest(parameter, f"must not be {text!r}: the URL path would resolve to another resource")
    if any(unicodedata.category(c) == "Cc" for c in text):
        raise InvalidRequest(parameter, "must not contain control characters (CR, LF, tab, NUL, ...)")
    if len(text) > MAX_SEGMENT:
        raise InvalidRequest(parameter, f"must be at most {MAX_SEGMENT} characters, got {len(text)}")
    return text


def segment(parameter: str, value: object) -> str:
    """``value`` checked (:func:`check_segment`) and percent-encoded as one path segment."""
    return quote(check_segment(parameter, value), safe="")


def _key(name: str) -> str:
    """Spec and Python spellings of one name compared alike: ``publisherId`` / ``publisher_id``, ``format`` /
    ``format_``, ``AccountSID`` / ``account_sid``."""
    return re.sub(r"[^0-9a-z]", "", name.lower())


@functools.cache
def path_arguments(package: str, operation: str, fn: Callable[..., Any]) -> tuple[str, ...]:
    """The Python names of ``operation``'s path parameters as the generated ``fn`` spells them (from the
    package's bundled spec: parameters declared on the operation or on its path item)."""
    schemas = package_schemas(package)
    if schemas is None:
        return ()
    by_key = {_key(name): name for name in inspect.signature(fn).parameters if name != "client"}
    for item in (schemas.spec.get("paths") or {}).values():
        for method, op in item.items():
            if not isinstance(op, dict) or op.get("operationId") != operation or method == "parameters":
                continue
            declared = [schemas.resolve(p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
            names = [by_key.get(_key(p.get("name", ""))) for p in declared if p.get("in") == "path"]
            return tuple(name for name in names if name is not None)
    return ()


def check_path(package: str, operation: str, fn: Callable[..., Any], kwargs: Mapping[str, Any]) -> None:
    """Refuse, before any request, a call whose path parameters would leave their segment."""
    for name in path_arguments(package, operation, fn):
        check_segment(name, kwargs.get(name))
