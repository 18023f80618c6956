"""What a contract run sends and which answers it accepts, per API: headers every request needs, operations
whose rules span several parameters, and path values that would reach another documented path. Used by the
live contract mode (:mod:`.contract`) and by the in-process contract tests alike."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import schemathesis

__all__ = ["CROSS_PARAMETER_RULES", "REQUIRED_HEADERS", "avoid_shadowed_paths", "cross_parameter_settings",
           "shadowed_values"]

# API -> headers every request needs besides the credentials: impact answers XML unless JSON is asked for,
# and XML fails every content-type and schema check.
REQUIRED_HEADERS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {"impact": MappingProxyType({"Accept": "application/json"})})
# Operations with documented rules across parameters (not expressible in JSON Schema): a schema-valid request
# may be refused with 400 there without the API disagreeing with the spec. impact List Actions and List Action
# Updates: StartDate needs EndDate, 45 days, 3 years. Spaaza: an unknown chain (217), start after end or a group of another chain (462),
# 30 February (419). Partnerize: required fields by query type; deleting an already settled query.
CROSS_PARAMETER_RULES = {"impact": ["list_actions", "list_action_updates"], "spaaza": ["create_campaign_group", "update_campaign_group"],
                         "partnerize": ["create_transaction_queries", "delete_transaction_query"]}


def cross_parameter_settings(api: str) -> list[dict[str, Any]]:
    """schemathesis operation settings for ``api``'s ``CROSS_PARAMETER_RULES``: a 400 there is an answer the
    spec allows for schema-valid data."""
    return [{"include-operation-id": op,
             "checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "400", "401", "403", "404", "429"]}}}
            for op in CROSS_PARAMETER_RULES.get(api, [])]


def shadowed_values(paths: Iterable[str]) -> dict[str, dict[str, frozenset[str]]]:
    """Path parameter values that would turn a templated path into another documented path, by template and
    parameter: ``partnerizeTagId = "features"`` makes ``/v3/partner/partnerize-tags/{partnerizeTagId}`` the
    features list ``/v3/partner/partnerize-tags/features`` (api-facts addenda C19). A request with such a
    value reaches the other operation, so checking its answer against this one's spec reports a false
    disagreement."""
    split = {path: path.strip("/").split("/") for path in paths}
    found: dict[str, dict[str, set[str]]] = {}
    for path, parts in split.items():
        for other, other_parts in split.items():
            if other == path or len(other_parts) != len(parts):
                continue
            pairs = list(zip(parts, other_parts, strict=True))
            if any(not _template(a) and not _template(b) and a != b for a, b in pairs):
                continue
            for mine, theirs in pairs:
                if _template(mine) and not _template(theirs):
                    found.setdefault(path, {}).setdefault(mine[1:-1], set()).add(theirs)
    return {path: {name: frozenset(values) for name, values in names.items()} for path, names in found.items()}


def _template(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def avoid_shadowed_paths(schema: schemathesis.schemas.BaseSchema, paths: Iterable[str]) -> None:
    """Keep ``schema``'s generated requests off the values of :func:`shadowed_values`."""
    shadows = shadowed_values(paths)

    def filter_path_parameters(ctx: Any, path_parameters: dict[str, Any] | None) -> bool:
        names = shadows.get(ctx.operation.path, {}) if ctx.operation is not None else {}
        return not any(str(value) in names.get(name, ()) for name, value in (path_parameters or {}).items())

    if shadows:
        schema.hook(filter_path_parameters)
