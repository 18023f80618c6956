"""Reading a drift report for ``absorb`` (:mod:`.absorb`): its checks, and the JSON and YAML forms of a value."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml.scalarstring import SingleQuotedScalarString

KINDS = ("unknown_field", "unknown_enum_value", "null_not_nullable", "type_differs", "missing_required",
         "unparseable_date", "invalid")


class ReportError(Exception):
    """A report that cannot be absorbed (malformed, or for an API with no spec)."""


def load_report(path: Path) -> dict[str, Any]:
    """The report at ``path``, checked: an ``api`` and a list of deviations with the members drift writes."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReportError(f"{path}: not a readable JSON drift report ({exc.__class__.__name__})") from None
    if not isinstance(data, dict) or not isinstance(data.get("api"), str) or not isinstance(
            data.get("deviations"), list):
        raise ReportError(f"{path}: not a drift report (expected {{\"api\": ..., \"deviations\": [...]}})")
    if not re.fullmatch(r"[a-z][a-z0-9_-]*", data["api"]):
        raise ReportError(f"{path}: {data['api']!r} is not an API name")
    for n, row in enumerate(data["deviations"]):
        if not isinstance(row, dict) or not all(isinstance(row.get(k), str) for k in ("operation", "path", "kind")):
            raise ReportError(f"{path}: deviation {n} lacks operation, path or kind")
        if row["kind"] not in KINDS or not row["path"].startswith("$"):
            raise ReportError(f"{path}: deviation {n} has kind {row['kind']!r} / path {row['path']!r}")
    return data


def json_type(value: Any) -> str | None:
    """The JSON Schema type of a decoded JSON value (None for null)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def scalar(value: Any) -> Any:
    """``value`` as written: quoted when PyYAML (YAML 1.1, which reads the specs) would read it plain as something
    else (``on``, ``NO``, ``1e3``)."""
    if not isinstance(value, str):
        return value
    try:
        plain = yaml.safe_load(f"k: {value}")
    except yaml.YAMLError:
        plain = None
    return value if plain == {"k": value} else SingleQuotedScalarString(value)
