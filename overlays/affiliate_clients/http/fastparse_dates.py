"""Date-times in the fast parse (:mod:`.fastparse`): where msgspec and ``datetime.fromisoformat`` agree.

msgspec reads date-times in C; the stock parser uses ``fromisoformat``. They differ on a few spellings (a
lowercase ``z`` offset, more than six fractional digits, which msgspec rounds and ``fromisoformat``
truncates), so a body that may hold one goes to the stock parser (:func:`dates_safe`). A field that is a
date-time or any other text (``DateTimeOrText``) is decoded as msgspec finds it and converted by the stock rule
a column at a time (:func:`dates_or_text`), which is ``fromisoformat`` itself, so no spelling differs.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

_fromisoformat = datetime.datetime.fromisoformat
_FRACTION_OVER_SIX = re.compile(rb"\.\d{7}")
_ESCAPED_ASCII = re.compile(rb"\\u00[2-7]")
_DIGITS = frozenset(b"0123456789")


class DateTimeOrText:
    """Marks a ``datetime | str`` member in a plan: a date-time when ``fromisoformat`` accepts the text, else the
    text itself (the stock rule, :func:`dates_or_text`)."""


def _date_or_text(value: Any) -> Any:
    if value.__class__ is str and value:
        try:
            return _fromisoformat(value)
        except ValueError:
            return value
    return value  # "", UNSET, null and non-text values are kept as they are, as the stock parser keeps them


def dates_or_text(values: list[Any]) -> list[Any]:
    """The stock reading of a ``datetime | str`` member (``fromisoformat`` of the text, else the value as it
    is) for a whole column of decoded values: in one pass with no Python call but ``fromisoformat`` when every
    non-empty value is a date-time text, value by value through :func:`_date_or_text` otherwise. UNSET, ``""`` and null are falsy and kept."""
    try:
        return [_fromisoformat(v) if v else v for v in values]
    except (TypeError, ValueError):
        return list(map(_date_or_text, values))


def dates_safe(content: bytes | bytearray) -> bool:
    """False when the body may hold a date-time spelling msgspec reads differently from ``fromisoformat``."""
    if _FRACTION_OVER_SIX.search(content):
        return False
    if content.find(b"\\") != -1 and _ESCAPED_ASCII.search(content):
        return False
    at = content.find(b"z")
    while at != -1:
        if at and content[at - 1] in _DIGITS:
            return False
        at = content.find(b"z", at + 1)
    return True
