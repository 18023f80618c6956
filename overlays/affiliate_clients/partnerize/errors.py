"""Partnerize's three error envelopes (v1, v2, v3), read into one message, and v3's error codes."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

CODES_FILE = Path(__file__).with_name("v3_codes.json")


@cache
def v3_codes() -> dict[str, str]:
    """v3 validation error code (a UUID) -> a short label of its documented meaning."""
    return dict(json.loads(CODES_FILE.read_text(encoding="utf-8")))


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def describe(envelope: Any) -> str:
    """One line from a V1Error (``{error: {message, type}}``), V2Error or V3Error (``{error: {errors[], code,
    message}}``); v3 codes are followed by their documented meaning."""
    error = getattr(envelope, "error", None)
    if error is None:
        return ""
    parts = [_text(getattr(error, "message", None))]
    for item in getattr(error, "errors", None) or []:
        if not hasattr(item, "message"):
            continue
        code = _text(getattr(item, "code", None))
        meaning = v3_codes().get(code, "")
        where = _text(getattr(item, "property", None))
        detail = f"{where + ': ' if where else ''}{_text(item.message)}"
        parts.append(f"{detail} [{meaning}]" if meaning else detail)
    return "; ".join(p for p in parts if p)


def error_details(envelope: Any) -> list[dict[str, str]]:
    """The per-field errors of a v2/v3 envelope as plain dicts, each with the code's meaning added."""
    error = getattr(envelope, "error", None)
    out = []
    for item in getattr(error, "errors", None) or []:
        code = _text(getattr(item, "code", None))
        out.append({"property": _text(getattr(item, "property", None)), "message": _text(getattr(item, "message", None)),
                    "code": code, "type": _text(getattr(item, "type", None)), "meaning": v3_codes().get(code, "")})
    return out
