"""The surface a generated client exposes, read from a bundled spec: what ``generator.diff`` compares.

A generated package offers one module per operation (named by ``operationId``) whose functions take the
parameters and the request body, and one model class per component schema (plus classes for inline objects
and enums). So the surface is: operations (method, path, parameters, body, documented statuses and what each
returns, and the headers each answer documents) and schemas flattened to fields (``Action.Payout``,
``ActionList.Actions[]``), each field with a type descriptor, whether it is required, whether it may be null,
its enum values, its constraints (bounds, lengths, item counts, pattern), its default and whether it is
deprecated. Each schema also records the
directions it travels in (``request``, ``response``), because whether a change breaks users depends on it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SCHEMA_REF = "#/components/schemas/"
REQUEST, RESPONSE = "request", "response"
# JSON Schema keywords that narrow the values a field takes (what generator.diff calls constraints).
CONSTRAINTS = ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "minLength", "maxLength", "minItems",
               "maxItems", "pattern")


@dataclass(frozen=True)
class Field:
    """One value of a schema: ``type`` is a descriptor such as ``string:date-time``, ``array[Action]``."""

    type: str
    required: bool = True
    nullable: bool = False
    enum: tuple[str, ...] | None = None
    constraints: tuple[tuple[str, Any], ...] = ()  # (keyword, value) pairs of CONSTRAINTS, in that order
    default: str | None = None  # the default as JSON text; None: no default
    deprecated: bool = False


@dataclass(frozen=True)
class Body:
    """A request body: its media type, whether it must be sent, and the type of its schema."""

    media: str
    required: bool
    type: str


@dataclass(frozen=True)
class Operation:
    """One operation: where it lives, its parameters by ``(in, name)``, body and statuses (status → type), the
    headers of each answer (status → lower-cased name → required) and whether it is deprecated."""

    method: str
    path: str
    params: dict[tuple[str, str], Field]
    body: Body | None
    responses: dict[str, str]
    headers: dict[str, dict[str, bool]] = field(default_factory=dict)
    deprecated: bool = False


@dataclass
class Surface:
    """Everything a user of the generated client can touch."""

    operations: dict[str, Operation] = field(default_factory=dict)
    schemas: dict[str, dict[str, Field]] = field(default_factory=dict)
    directions: dict[str, set[str]] = field(default_factory=dict)


def _deref(doc: dict[str, Any], node: Any) -> Any:
    """Follow non-schema ``$ref``s (parameters, responses, request bodies) to the object they name."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and not node["$ref"].startswith(SCHEMA_REF):
        target: Any = doc
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
        node, seen = target, seen + 1
        if seen > 20:
            raise ValueError(f"$ref cycle at {node}")
    return node


def describe(schema: Any) -> tuple[str, bool]:
    """``(type descriptor, nullable)`` of a schema; enum values, descriptions and examples play no part."""
    if not isinstance(schema, dict):
        return "any", False
    if isinstance(schema.get("$ref"), str):
        return schema["$ref"].removeprefix(SCHEMA_REF), False
    members: set[str] = set()
    nullable = False
    for key in ("anyOf", "oneOf"):
        for sub in schema.get(key) or []:
            kind, null = describe(sub)
            nullable |= null
            if kind != "null":
                members.add(kind)
    if members:
        return "|".join(sorted(members)), nullable
    if len(schema.get("allOf") or []) == 1:
        return describe(schema["allOf"][0])
    types = schema.get("type")
    kinds = [types] if isinstance(types, str) else list(types or [])
    if not kinds:
        kinds = ["object"] if "properties" in schema or "allOf" in schema else ["any"]
    nullable = nullable or "null" in kinds
    out = []
    for kind in sorted(k for k in kinds if k != "null") or ["null"]:
        if kind == "array":
            kind = f"array[{describe(schema.get('items'))[0]}]"
        elif kind == "object" and "properties" not in schema and isinstance(schema.get("additionalProperties"), dict):
            kind = f"map[{describe(schema['additionalProperties'])[0]}]"
        elif schema.get("format"):
            kind = f"{kind}:{schema['format']}"
        out.append(kind)
    return "|".join(out), nullable


def _enum(schema: Any) -> tuple[str, ...] | None:
    values = schema.get("enum") if isinstance(schema, dict) else None
    return tuple(sorted(str(v) for v in values if v is not None)) if isinstance(values, list) else None


def traits(schema: Any, deprecated: bool = False) -> dict[str, Any]:
    """The :class:`Field` arguments besides type, required-ness, nullability and enum: constraints, default and
    deprecation. OpenAPI 3.0's boolean ``exclusiveMinimum``/``exclusiveMaximum`` become 3.1's numeric ones."""
    if not isinstance(schema, dict):
        return {"deprecated": deprecated}
    found = {key: schema[key] for key in CONSTRAINTS if key in schema and not isinstance(schema[key], bool)}
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if schema.get(exclusive) is True and bound in found:
            found[exclusive] = found.pop(bound)
    default = json.dumps(schema["default"], sort_keys=True) if "default" in schema else None
    return {"constraints": tuple((key, found[key]) for key in CONSTRAINTS if key in found), "default": default,
            "deprecated": deprecated or schema.get("deprecated") is True}


def _properties(doc: dict[str, Any], schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """Properties and required names of an object schema, ``allOf`` members merged (as the generator does)."""
    props = dict(schema.get("properties") or {})
    required = set(schema.get("required") or [])
    for member in schema.get("allOf") or []:
        if isinstance(member, dict) and isinstance(member.get("$ref"), str):
            member = doc.get("components", {}).get("schemas", {}).get(member["$ref"].removeprefix(SCHEMA_REF), {})
        sub_props, sub_required = _properties(doc, member if isinstance(member, dict) else {})
        props.update(sub_props)
        required |= sub_required
    return props, required


def flatten(doc: dict[str, Any], schema: Any, prefix: str = "", required: bool = True,
            out: dict[str, Field] | None = None) -> dict[str, Field]:
    """Fields of ``schema`` by path; ``$ref``s stop the walk (the named schema is compared on its own)."""
    out = {} if out is None else out
    kind, nullable = describe(schema)
    out[prefix] = Field(kind, required, nullable, _enum(schema), **traits(schema))
    if not isinstance(schema, dict) or "$ref" in schema:
        return out
    props, names = _properties(doc, schema)
    for name, sub in props.items():
        flatten(doc, sub, f"{prefix}.{name}" if prefix else name, name in names, out)
    if isinstance(schema.get("items"), dict) and "$ref" not in schema["items"]:
        flatten(doc, schema["items"], f"{prefix}[]", True, out)
    return out


def _schema_refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"].removeprefix(SCHEMA_REF)} if str(node.get("$ref", "")).startswith(SCHEMA_REF) else set()
        return found.union(*(_schema_refs(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_schema_refs(v) for v in node))
    return set()


def _media_schema(content: Any) -> tuple[str, Any] | None:
    if not isinstance(content, dict) or not content:
        return None
    media = "application/json" if "application/json" in content else next(iter(content))
    return media, (content[media] or {}).get("schema")


def _required(header: Any) -> bool:
    return isinstance(header, dict) and header.get("required") is True


def _operation(doc: dict[str, Any], op_id: str, method: str, path: str, item: dict[str, Any], op: dict[str, Any],
               surface: Surface, uses: dict[str, set[str]]) -> Operation:
    params: dict[tuple[str, str], Field] = {}
    for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = _deref(doc, raw)
        schema = param.get("schema") or {}
        kind, nullable = describe(schema)
        params[(param.get("in", ""), param.get("name", ""))] = Field(
            kind, bool(param.get("required")) or param.get("in") == "path", nullable, _enum(schema),
            **traits(schema, deprecated=param.get("deprecated") is True))
        uses.setdefault(REQUEST, set()).update(_schema_refs(schema))
    body = None
    request_body = _deref(doc, op.get("requestBody"))
    if isinstance(request_body, dict) and (found := _media_schema(request_body.get("content"))):
        media, schema = found
        kind = describe(schema)[0]
        if isinstance(schema, dict) and "$ref" not in schema:
            kind = f"{op_id}.body"
            surface.schemas[kind] = flatten(doc, schema)
            surface.directions[kind] = {REQUEST}
        body = Body(media, bool(request_body.get("required")), kind)
        uses.setdefault(REQUEST, set()).update(_schema_refs(schema))
    responses: dict[str, str] = {}
    headers: dict[str, dict[str, bool]] = {}
    for status, raw in (op.get("responses") or {}).items():
        answer = _deref(doc, raw)
        if isinstance(answer, dict) and isinstance(answer.get("headers"), dict):
            headers[str(status)] = {name.lower(): _required(_deref(doc, header))
                                    for name, header in answer["headers"].items()}
        found = _media_schema(answer.get("content")) if isinstance(answer, dict) else None
        kind = "" if found is None else describe(found[1])[0]
        if found is not None and isinstance(found[1], dict) and "$ref" not in found[1]:
            kind = f"{op_id}.{status}"
            surface.schemas[kind] = flatten(doc, found[1])
            surface.directions[kind] = {RESPONSE}
        responses[str(status)] = kind
        if found is not None:
            uses.setdefault(RESPONSE, set()).update(_schema_refs(found[1]))
    return Operation(method, path, params, body, responses, headers, op.get("deprecated") is True)


def read(doc: dict[str, Any]) -> Surface:
    """The surface of a bundled spec (an empty surface for an empty document)."""
    surface = Surface()
    uses: dict[str, set[str]] = {}
    for path, item in (doc.get("paths") or {}).items():
        for method in METHODS:
            op = (item or {}).get(method)
            if isinstance(op, dict):
                op_id = op.get("operationId") or f"{method} {path}"
                surface.operations[op_id] = _operation(doc, op_id, method, path, item, op, surface, uses)
    components = (doc.get("components") or {}).get("schemas") or {}
    for name, schema in components.items():
        surface.schemas[name] = flatten(doc, schema)
    for direction, roots in uses.items():
        pending, reached = list(roots), set()
        while pending:
            name = pending.pop()
            if name in reached:
                continue
            reached.add(name)
            pending.extend(_schema_refs(components.get(name)))
        for name in reached:
            surface.directions.setdefault(name, set()).add(direction)
    for name in components:
        # A schema no operation uses still becomes a model class: judge its changes both ways.
        surface.directions.setdefault(name, {REQUEST, RESPONSE})
    return surface
