"""What a sandbox holds, said once: its credentials, the ids its data lives under and the dates it covers.

Every vendor module builds its :class:`SandboxFacts` from its own constants (``facts(app=None)``), so the
tests, the demo, ``python -m sandbox`` and the library's ``affiliate_clients.testing`` read them from here
instead of repeating them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

IN_PROCESS_URL = "http://127.0.0.1"


def _frozen_ids(value: Mapping[str, tuple[str, ...]]) -> Mapping[str, tuple[str, ...]]:
    return {name: tuple(str(v) for v in values) for name, values in value.items()}


@attrs.frozen
class SandboxFacts:
    """One sandbox's public fixture values (not secrets: every checkout holds them).

    ``credentials`` maps the keyword names of the vendor client's constructor to the values the sandbox
    accepts (``ImpactClient(**facts.credentials, base_url=facts.base_url)``); ``auth_headers`` are the same
    credentials as the request headers a raw HTTP client sends. ``ids`` maps a parameter name (as the clients
    and ``--where`` spell it: ``campaign_id``, ``publisher_id``...) to the ids the seeded data lives under.
    ``first``/``last`` bound the dates of its dated data (UTC; ``None`` when its data carries no dates).
    ``base_url`` is where the sandbox answers: the in-process address unless it is served on a port.
    """

    api: str
    credentials: Mapping[str, str]
    auth_headers: Mapping[str, str]
    ids: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_frozen_ids)
    first: dt.datetime | None = None
    last: dt.datetime | None = None
    base_url: str = IN_PROCESS_URL

    def default(self, name: str) -> str | None:
        """The first id under ``name`` (the one a pull uses when none is given), or ``None``."""
        values = self.ids.get(name, ())
        return values[0] if values else None

    def served_on(self, port: int, host: str = "127.0.0.1") -> SandboxFacts:
        """These facts for the sandbox served on ``host:port``."""
        return attrs.evolve(self, base_url=f"http://{host}:{port}")

    def describe(self) -> str:
        """A few lines for a person: where it answers, with which credentials, over which ids and dates."""
        lines = [f"{self.api} sandbox on {self.base_url}"]
        lines.append("  credentials: " + ", ".join(f"{name}={value}" for name, value in self.credentials.items()))
        lines.append("  auth headers: " + ", ".join(f"{name}: {value}" for name, value in self.auth_headers.items()))
        if self.ids:
            lines.append("  ids: " + "; ".join(f"{name} {', '.join(values)}" for name, values in self.ids.items()))
        if self.first is not None and self.last is not None:
            lines.append(f"  data from {self.first:%Y-%m-%d %H:%M} to {self.last:%Y-%m-%d %H:%M} UTC "
                         f"(--since {self.first:%Y-%m-%d} --until {self.last:%Y-%m-%d})")
        else:
            lines.append("  data: not dated (no --since/--until needed)")
        return "\n".join(lines)
