"""Lenient on what we receive: the generator's input is the bundled spec with its enums opened.

A vendor adds an enum value long before its documents say so. Where a model property (or an array's items) is a
string enum, the generator is given ``anyOf: [<the enum>, {type: string}]`` instead, so the generated field is
``TheEnum | str``: the member where the value is known, the raw string where it is not, and no answer is refused
for a value the spec does not list. Parameters are left as they are (they are only ever sent), and requests stay
strict: the overlays check what they send against the spec as written (each package's ``openapi.json`` holds the
spec unopened).

Only the generator's input changes; ``specs/`` is the source of truth and says what the vendor documents.
"""

from __future__ import annotations

import copy
from typing import Any

OPEN = "x-opened-enum"  # marks an opened place, so a second pass leaves it alone


def _enum_schema(node: Any, schemas: dict[str, Any]) -> dict[str, Any] | None:
    """The string enum ``node`` is or refers to, else None."""
    if not isinstance(node, dict):
        return None
    target = node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        target = schemas.get(ref.rsplit("/", 1)[-1], {})
    if not isinstance(target, dict) or "enum" not in target:
        return None
    values = [v for v in target["enum"] if v is not None]
    return target if values and all(isinstance(v, str) for v in values) else None


def _opened(node: dict[str, Any], enum: dict[str, Any]) -> dict[str, Any]:
    """``node`` (the string enum ``enum`` or a reference to it) as ``anyOf: [node, string]``, keeping the
    description (the node's, else the enum's)."""
    inner = {k: v for k, v in node.items() if k != "description"}
    opened: dict[str, Any] = {"anyOf": [inner, {"type": "string"}], OPEN: True}
    description = node.get("description") or enum.get("description")
    if description:
        opened["description"] = description
    return opened


def _walk(node: Any, schemas: dict[str, Any]) -> None:
    """Open the enums below ``node`` that sit in an object's properties or an array's items."""
    if isinstance(node, list):
        for item in node:
            _walk(item, schemas)
        return
    if not isinstance(node, dict) or node.get(OPEN):
        return
    properties = node.get("properties")
    if isinstance(properties, dict):
        for name, prop in list(properties.items()):
            if (enum := _enum_schema(prop, schemas)) is not None:
                properties[name] = _opened(prop, enum)
            elif isinstance(prop, dict) and any(_enum_schema(b, schemas) for b in prop.get("anyOf") or []) and not any(
                    b == {"type": "string"} for b in prop["anyOf"]):  # a nullable enum: anyOf [enum, null]
                prop["anyOf"] = [*prop["anyOf"], {"type": "string"}]
    items = node.get("items")
    if isinstance(items, dict) and (enum := _enum_schema(items, schemas)) is not None:
        node["items"] = _opened(items, enum)
    for key, value in node.items():
        if key not in ("enum", "example", "examples", "default"):
            _walk(value, schemas)


def _hoist_inline_enums(schemas: dict[str, Any]) -> None:
    """Move the inline enums of component properties into components of their own, named as the generator names
    them inline (``DeletedStatus.Status`` -> ``DeletedStatusStatus``), so opening them keeps the class names."""
    for owner, schema in list(schemas.items()):
        properties = schema.get("properties") if isinstance(schema, dict) else None
        if not isinstance(properties, dict):
            continue
        for name, prop in list(properties.items()):
            if isinstance(prop, dict) and "$ref" not in prop and _enum_schema(prop, schemas) is not None:
                hoisted = owner + "".join(part[:1].upper() + part[1:] for part in name.replace("-", "_").split("_"))
                if hoisted not in schemas:
                    schemas[hoisted] = {k: v for k, v in prop.items() if k != "description"}
                    properties[name] = {"$ref": f"#/components/schemas/{hoisted}",
                                        **({"description": prop["description"]} if "description" in prop else {})}


def open_enums(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` whose model properties and array items that are string enums accept any string."""
    opened = copy.deepcopy(spec)
    schemas = (opened.get("components") or {}).get("schemas") or {}
    _hoist_inline_enums(schemas)
    _walk(opened.get("components"), schemas)
    for item in (opened.get("paths") or {}).values():
        for operation in item.values() if isinstance(item, dict) else ():
            if isinstance(operation, dict):
                _walk(operation.get("requestBody"), schemas)
                _walk(operation.get("responses"), schemas)
    return opened
