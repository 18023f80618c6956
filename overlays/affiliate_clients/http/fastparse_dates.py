"""Date-times in the fast parse (:mod:`.fastparse`): where msgspec and ``datetime.fromisoformat`` agree.

msgspec reads date-times in C; the stock parser uses ``fromisoformat``. They differ on a few spellings (a
lowercase ``z`` offset, more than six fractional digits, which msgspec rounds and ``fromisoformat``
truncates), so a body that may hold one goes to the stock parser (:func:`dates_safe`). A field that is a
date-time or any other text (``DateTimeOrEmpty``) is decoded through :func:`_dec_hook`, by the stock rule.
"""

from __future__ import annotations

import abc
import datetime
import re
from typing import Any

_fromisoformat = datetime.datetime.fromisoformat
_FRACTION_OVER_SIX = re.compile(rb"\.\d{7}")
_ESCAPED_ASCII = re.compile(rb"\\u00[2-7]")
_DIGITS = frozenset(b"0123456789")


class DateTimeOrText(abc.ABC):
    """Decoded as a date-time when ``fromisoformat`` accepts the text, else the text itself (stock rule)."""


DateTimeOrText.register(datetime.datetime)
DateTimeOrText.register(str)


def _dec_hook(tp: type, obj: Any) -> Any:
    if tp is DateTimeOrText and isinstance(obj, str):
        if obj == "":  # the stock parser tries fromisoformat, which refuses "", and keeps the text
            return obj
        try:
            return _fromisoformat(obj)
        except ValueError:
            return obj
    # msgspec's dec_hook protocol: NotImplementedError means "not a type this hook decodes".
    raise NotImplementedError(f"no decoder for {tp!r}")


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
