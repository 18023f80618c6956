"""Where a drift report's JSON path is described in a spec: from an operation's success answer through
``$ref``, ``allOf``/``anyOf``/``oneOf``, ``items`` and ``additionalProperties`` to the schema written in a file.

A place is ``(file, (container, key))``: ``container[key]`` is the schema, so a ``$ref`` found there can be
replaced where it is written.
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml.comments import CommentedMap

from .absorb_yaml import Spec, SpecFile

SEGMENTS = re.compile(r"\.([^.\[]+)|\[\*\]|\[\d+\]")
Place = tuple[SpecFile, Any]


def success_schema(spec: Spec, operation: str) -> Place | None:
    """Where the lowest 2xx JSON answer of ``operation`` is described (None when it has none)."""
    found = spec.operations.get(operation)
    if found is None:
        return None
    file, op = found
    for status in sorted(str(s) for s in (op.get("responses") or {})):
        if status.startswith("2"):
            answer = op["responses"][status] if status in op["responses"] else op["responses"][int(status)]
            file, response = spec.deref(file, answer)
            content = (response or {}).get("content") or {}
            media = next((m for m in content if "json" in str(m)), None)
            if media is not None and isinstance(content[media], dict) and "schema" in content[media]:
                return file, (content[media], "schema")
    return None


def step(spec: Spec, file: SpecFile, node: Any, segment: str) -> list[Place]:
    """Where ``segment`` (a member name, or ``[*]``) of a value of schema ``node`` is described:
    ``(file, (container, key))`` places, so a ``$ref`` found there can be replaced in place."""
    file, schema = spec.deref(file, node)
    if not isinstance(schema, dict):
        return []
    if segment == "[*]" and isinstance(schema.get("items"), dict):
        return [(file, (schema, "items"))]
    props = schema.get("properties")
    if segment != "[*]" and isinstance(props, dict) and segment in props:
        return [(file, (props, segment))]
    found = []
    for combiner in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(combiner) or []:
            found += step(spec, file, branch, segment)
    if not found and segment != "[*]" and isinstance(schema.get("additionalProperties"), dict):
        found = [(file, (schema, "additionalProperties"))]
    return found


def resolve(spec: Spec, operation: str, path: str) -> list[Place] | None:
    """The places ``path`` of ``operation``'s answer resolves to; None when the operation has no answer
    schema. A path starting ``$Name.`` (a model no answer path was known for) starts at schema ``Name``."""
    named = re.match(r"\$([A-Za-z_]\w*)", path)
    if named:
        entry = spec.components.get(("schemas", named.group(1)))
        if entry is None:
            return None
        places: list[Place] = [(entry[0], ({"_": entry[1]}, "_"))]
        rest = path[named.end():]
    else:
        start = success_schema(spec, operation)
        if start is None:
            return None
        places, rest = [start], path[1:]
    for match in SEGMENTS.finditer(rest):
        segment = match.group(1) or "[*]"
        places = [p for file, (box, key) in places for p in step(spec, file, box[key], segment)]
    return places


def object_schema(spec: Spec, file: SpecFile, node: Any) -> tuple[SpecFile, CommentedMap] | None:
    """The object schema a new member goes in: the schema itself, or its last inline ``allOf`` branch with
    properties (members are declared where the schema's own members are)."""
    file, schema = spec.deref(file, node)
    if not isinstance(schema, CommentedMap):
        return None
    if isinstance(schema.get("properties"), dict) or schema.get("type") == "object":
        return file, schema
    for branch in reversed(schema.get("allOf") or []):
        if isinstance(branch, CommentedMap) and "$ref" not in branch and isinstance(branch.get("properties"),
                                                                                    dict):
            return file, branch
    return None


def enums(spec: Spec, file: SpecFile, node: Any) -> list[tuple[SpecFile, CommentedMap]]:
    """The enums ``node`` is or combines, where each is written."""
    file, schema = spec.deref(file, node)
    if not isinstance(schema, CommentedMap):
        return []
    if isinstance(schema.get("enum"), list):
        return [(file, schema)]
    return [e for c in ("allOf", "anyOf", "oneOf") for b in schema.get(c) or [] for e in enums(spec, file, b)]


def allows(spec: Spec, file: SpecFile, schema: Any, kind: str) -> bool:
    """Whether ``schema`` already lets a value of JSON type ``kind`` through (an enum only for null)."""
    file, schema = spec.deref(file, schema)
    if not isinstance(schema, dict):
        return False
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    if kind in types or kind == "integer" and "number" in types:
        return "enum" not in schema or kind == "null" and None in schema["enum"]
    if "type" not in schema and not any(k in schema for k in ("$ref", "allOf", "anyOf", "oneOf", "enum", "const")):
        return True
    return any(allows(spec, file, b, kind) for b in (schema.get("anyOf") or []) + (schema.get("oneOf") or []))
