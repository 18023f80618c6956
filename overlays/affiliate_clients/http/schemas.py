"""The bundled spec each generated package carries (``openapi.json``), compiled for jsonschema.

Used to explain a response that does not match the spec (the JSON path and the rule it breaks) and, by the
sandboxes, to check requests. ``$ref``s are made absolute so any sub-schema validates on its own.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # jsonschema loads when a schema is first compiled: a response that breaks the spec is rare
    from jsonschema import Draft202012Validator
    from referencing import Registry

SPEC_URI = "urn:affiliate-clients:spec"


def absolute_refs(node: Any) -> Any:
    """``node`` with every local ``$ref`` ("#/...") pointing into the spec resource."""
    if isinstance(node, dict):
        return {k: (SPEC_URI + v if k == "$ref" and isinstance(v, str) and v.startswith("#") else absolute_refs(v))
                for k, v in node.items()}
    if isinstance(node, list):
        return [absolute_refs(v) for v in node]
    return node


class SchemaSet:
    """One OpenAPI document, ready to validate values against any of its schemas."""

    def __init__(self, spec: dict[str, Any]) -> None:
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        self.spec = absolute_refs(spec)
        self.registry: Registry[Any] = Registry().with_resource(
            SPEC_URI, Resource.from_contents(self.spec, default_specification=DRAFT202012))
        self._validators: dict[int, Draft202012Validator] = {}

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        """Follow ``$ref`` until a concrete schema."""
        for _ in range(20):
            if "$ref" not in schema:
                break
            schema = self.registry.resolver().lookup(schema["$ref"]).contents
        return schema

    def validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        from jsonschema import Draft202012Validator, FormatChecker

        key = id(schema)
        if key not in self._validators:
            self._validators[key] = Draft202012Validator(schema, registry=self.registry, format_checker=FormatChecker())
        return self._validators[key]

    def operation(self, operation_id: str) -> dict[str, Any] | None:
        for item in (self.spec.get("paths") or {}).values():
            for op in item.values():
                if isinstance(op, dict) and op.get("operationId") == operation_id:
                    return op
        return None

    def response_problem(self, operation_id: str, status: int, payload: Any) -> str | None:
        """Where ``payload`` breaks the documented JSON body of ``operation_id``'s ``status`` answer."""
        op = self.operation(operation_id)
        response = self.resolve(((op or {}).get("responses") or {}).get(str(status), {}))
        schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
        if schema is None:
            return None
        for error in sorted(self.validator(schema).iter_errors(payload), key=lambda e: list(e.absolute_path)):
            return f"{json_path(error.absolute_path)}: {error.message[:300]}"
        return None


    def sent_enum_problem(self, operation_id: str, content_type: str, body: Any) -> str | None:
        """Where ``body`` (as it goes on the wire) holds a value an enum of the request schema does not list.

        The generated models accept any string where the spec has an enum, so that answers carrying a value
        the vendor added since are read (lenient on receive); what we send is held to the spec as written."""
        op = self.operation(operation_id) or {}
        content = (self.resolve(op.get("requestBody") or {}).get("content") or {}).get(content_type) or {}
        schema = content.get("schema")
        return None if schema is None else self._enum_problem(schema, body, "$")

    def _enum_problem(self, schema: dict[str, Any], value: Any, where: str) -> str | None:
        schema = self.resolve(schema)
        if "enum" in schema and isinstance(value, str) and value not in schema["enum"]:
            listed = ", ".join(str(v) for v in schema["enum"])
            return f"{where}: {value!r} is not one of the values the spec allows ({listed[:200]})"
        for sub in schema.get("allOf") or ():
            if (problem := self._enum_problem(sub, value, where)) is not None:
                return problem
        if isinstance(value, dict):
            for key, prop in (schema.get("properties") or {}).items():
                if key in value and (problem := self._enum_problem(prop, value[key], f"{where}.{key}")) is not None:
                    return problem
        if isinstance(value, list) and isinstance(schema.get("items"), dict):
            for n, item in enumerate(value):
                if (problem := self._enum_problem(schema["items"], item, f"{where}[{n}]")) is not None:
                    return problem
        return None


def json_path(parts: Any) -> str:
    """``["Actions", 3, "State"]`` -> ``$.Actions[3].State``."""
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


GENERATED = "affiliate_clients.generated"


def package_of(api: str) -> str:
    """The generated package of ``api`` (``impact`` -> ``affiliate_clients.generated.impact_client``)."""
    return f"{GENERATED}.{api}_client"


def bundled_spec(api: str) -> dict[str, Any]:
    """The spec ``api``'s generated package was generated from (its ``openapi.json``): what the installed
    library, the contract runner and the sandboxes read, so none of them needs the repository's generator."""
    text = resources.files(package_of(api)).joinpath("openapi.json").read_text(encoding="utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


@cache
def package_schemas(package: str) -> SchemaSet | None:
    """The schemas of a generated package (``affiliate_clients.generated.impact_client``...), from the spec it
    was generated from."""
    try:
        text = resources.files(package).joinpath("openapi.json").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    return SchemaSet(json.loads(text))
