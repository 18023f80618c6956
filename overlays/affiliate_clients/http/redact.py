"""Keeping secrets out of URLs, log records, reprs and exception texts."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .errors import InvalidRequest

MASK = "***"
SECRET_PARAMS = frozenset({"oauth_token", "access_token", "token", "api_key", "apikey", "key", "password"})


def check_credential(parameter: str, value: str) -> str:
    """``value`` when it can travel in an HTTP header: printable ASCII only. A CR or LF would make httpx refuse
    the header with an error quoting it, and a non-ASCII character an encoding error that holds it; both are
    refused here, before any request, with a message that never shows the value."""
    if not isinstance(value, str):
        raise InvalidRequest(parameter, f"must be a string, got {type(value).__name__}")
    if "\r" in value or "\n" in value:
        raise InvalidRequest(parameter, "must not contain CR or LF (line breaks); the value is not shown")
    if any(not " " <= c <= "~" for c in value):
        raise InvalidRequest(parameter, "must be printable ASCII (no control or non-ASCII characters); "
                                        "the value is not shown")
    return value


def redact_text(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every non-empty secret replaced by ``***``."""
    for secret in sorted({s for s in secrets if s}, key=len, reverse=True):
        text = text.replace(secret, MASK)
    return text


def redact_url(url: str, secrets: Iterable[str] = ()) -> str:
    """``url`` without credentials: secret-looking query values and user info are masked."""
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)[-1] if "@" in parts.netloc else parts.netloc
    query = urlencode([(k, MASK if k.lower() in SECRET_PARAMS else v)
                       for k, v in parse_qsl(parts.query, keep_blank_values=True)], safe="*")
    return redact_text(urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment)), secrets)


class SecretFilter(logging.Filter):
    """A logging filter that masks the given secrets (and secret query parameters) in every record."""

    _PARAM = re.compile(r"((?:{})=)[^&\s\"']+".format("|".join(sorted(SECRET_PARAMS))), re.IGNORECASE)

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = self._PARAM.sub(r"\1" + MASK, redact_text(message, self.secrets))
        if clean != message:
            record.msg, record.args = clean, None
        return True


_SHARED = SecretFilter(())
# Shorter strings are not plausible credentials, and masking them would mangle unrelated log text.
MIN_LOGGED_SECRET = 8


def install_log_filter(secrets: Iterable[str],
                       loggers: Iterable[str] = ("httpx", "httpcore.http11", "httpcore.connection",
                                                 "affiliate_clients.http")) -> SecretFilter:
    """Mask ``secrets`` on the loggers that see requests. One shared filter serves every client, so creating
    many clients adds secrets to it instead of piling up filters. Strings shorter than ``MIN_LOGGED_SECRET``
    are not masked in logs (secret-looking query parameters always are)."""
    long_enough = (s for s in secrets if s and len(s) >= MIN_LOGGED_SECRET)
    _SHARED.secrets = tuple(dict.fromkeys([*_SHARED.secrets, *long_enough]))
    for name in loggers:
        logger = logging.getLogger(name)
        if _SHARED not in logger.filters:
            logger.addFilter(_SHARED)
    return _SHARED
