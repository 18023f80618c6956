"""What ``affiliate-clients pull`` can pull: the streams into files (``--out``, registered in :mod:`.pull.streams`)
and into a database (``--to``, landed by :mod:`.pull.landing.streams`), each with its ``--where`` keys; the
help text listing them; the check that refuses a key a stream does not take.

Nothing here imports dlt: ``--help`` and the checks run without the landing extra.
"""

from __future__ import annotations

from collections.abc import Mapping

from .pull.streams import registered

_PUBLISHER = {"publisher_id": "the partner (default: PARTNERIZE_PUBLISHER_ID)"}
# (api, stream) -> the --where keys of its landing (``--to``); equal to pull.landing.streams.LANDINGS (a test checks).
LANDING_WHERE: dict[tuple[str, str], Mapping[str, str]] = {
    ("impact", "actions"): {},
    ("impact", "partner_groups"): {"campaign_id": "ID[,ID...] (required)"},
    ("partnerize", "conversions"): _PUBLISHER, ("partnerize", "clicks"): _PUBLISHER,
    ("partnerize", "campaigns"): _PUBLISHER, ("partnerize", "commissions"): _PUBLISHER,
    ("partnerize", "reference"): {},
    ("invoca", "relationships"): {"advertiser_id": "ID[,ID...] (required)",
                                  "network_id": "the network (default: INVOCA_NETWORK_ID)"},
}
# Keys whose values are whole numbers (comma-separated where a list is taken).
NUMERIC = ("campaign_id",)


def where_keys(api: str, stream: str, landing: bool) -> Mapping[str, str] | None:
    """The ``--where`` keys of ``api stream`` (into a database when ``landing``), or None: no such stream."""
    if landing:
        return LANDING_WHERE.get((api, stream))
    found = registered().get((api, stream))
    return None if found is None else found.where


def known(landing: bool) -> str:
    """The streams there are, ``impact actions, ...``."""
    keys = sorted(LANDING_WHERE) if landing else list(registered())
    return ", ".join(f"{api} {name}" for api, name in keys)


def check_where(api: str, stream: str, filters: Mapping[str, str], landing: bool) -> str | None:
    """What is wrong with ``--where`` for this stream (a key it does not take, a number that is none), or None."""
    keys = where_keys(api, stream, landing) or {}
    for name, value in filters.items():
        if name not in keys:
            takes = f"its keys are {', '.join(keys)}" if keys else "it takes no --where"
            into = "--to" if landing else "--out"
            return f"--where {name}: {api} {stream} (with {into}) has no filter {name!r}; {takes}"
        if name in NUMERIC and not all(part.strip().isdigit() for part in value.split(",")):
            return f"--where {name}: expected whole numbers (ID[,ID...]), got {value!r}"
    return None


def streams_help() -> str:
    """The epilog of ``pull --help``: every API and stream with its ``--where`` keys (paragraphs: rich rewraps
    single lines)."""
    lines = ["Streams into a file (--out FILE.jsonl or .csv), with their --where keys:"]
    for (api, name), stream in registered().items():
        keys = "; ".join(f"{key}: {text}" for key, text in stream.where.items())
        dates = "--since and --until" if stream.needs_until else "--since" if stream.needs_dates else "no dates"
        lines.append(f"  {api} {name}: {stream.description} ({dates}). {'--where ' + keys if keys else 'No --where.'}")
    lines.append("Streams into a database (--to duckdb:FILE or a dlt destination), with their --where keys:")
    for (api, name), landed in sorted(LANDING_WHERE.items()):
        listed = "; ".join(f"{key}: {text}" for key, text in landed.items())
        lines.append(f"  {api} {name}: {'--where ' + listed if listed else 'no --where'}")
    return "\n\n".join(lines)
