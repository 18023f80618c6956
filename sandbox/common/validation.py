"""Checking requests against the spec before a sandbox handles them, the way a strict server would.

Path, query and header parameters are coerced from text by their schema type and validated with jsonschema
(draft 2020-12 with format checks); JSON and form bodies are validated against the request-body schema. A
request that fails gets the vendor's validation status and envelope, naming the parameter and the rule.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qs

import attrs
from affiliate_clients.http.schemas import SchemaSet
from jsonschema import Draft202012Validator
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .replies import VendorReplies

METHODS = ("get", "put", "post", "delete", "patch")
_NOT_COERCIBLE = object()


@attrs.frozen
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    explode: bool


@attrs.frozen
class Operation:
    method: str
    template: str
    pattern: re.Pattern[str]
    operation_id: str
    parameters: tuple[Parameter, ...]
    body_required: bool
    body_schemas: dict[str, dict[str, Any]]


class SpecValidator:
    """Compiled request rules of one OpenAPI document."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.schemas = SchemaSet(spec)
        self.spec = self.schemas.spec
        self.registry = self.schemas.registry
        # Literal segments win over templated ones (/tags/features before /tags/{id}).
        self.operations = sorted(self._compile(), key=lambda o: o.template.count("{"))

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        """Follow ``$ref`` until a concrete schema."""
        return self.schemas.resolve(schema)

    def _compile(self) -> Iterator[Operation]:
        for template, item in (self.spec.get("paths") or {}).items():
            regex = "^" + re.sub(r"\\\{([^}]+)\\\}", lambda m: f"(?P<{_group(m.group(1))}>[^/]+?)",
                                 re.escape(template)) + "$"
            shared = [self.resolve(p) for p in item.get("parameters", [])]
            for method in METHODS:
                op = item.get(method)
                if op is None:
                    continue
                params = {(p["name"], p["in"]): p for p in shared}
                params.update({(p["name"], p["in"]): p for p in map(self.resolve, op.get("parameters", []))})
                body = self.resolve(op.get("requestBody") or {})
                yield Operation(
                    method=method.upper(), template=template, pattern=re.compile(regex),
                    operation_id=op.get("operationId", ""),
                    parameters=tuple(Parameter(p["name"], p["in"], bool(p.get("required")), p.get("schema", {}),
                                               p.get("explode", p.get("style", "form") == "form"))
                                     for p in params.values()),
                    body_required=bool(body.get("required")),
                    body_schemas={ct: m.get("schema", {}) for ct, m in (body.get("content") or {}).items()},
                )

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], list[str]]:
        """(operation, path values, methods the path allows) for a request."""
        template = next((op.template for op in self.operations if op.pattern.match(path)), None)
        if template is None:
            return None, {}, []
        # Only the most specific template counts (literal segments first), as a router would pick it.
        candidates = [op for op in self.operations if op.template == template]
        for op in candidates:
            if op.method == method:
                m = op.pattern.match(path)
                assert m is not None
                return op, {_ungroup(k, op.template): v for k, v in m.groupdict().items()}, [op.method]
        return None, {}, [op.method for op in candidates]

    def _validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        return self.schemas.validator(schema)

    def _coerce(self, raw: str, schema: dict[str, Any]) -> Any:
        schema = self.resolve(schema)
        for option in schema.get("anyOf", []) + schema.get("oneOf", []):
            value = self._coerce(raw, option)
            if value is not _NOT_COERCIBLE and not list(self._validator(option).iter_errors(value)):
                return value
        kind = schema.get("type")
        kinds = kind if isinstance(kind, list) else [kind]
        try:
            if "integer" in kinds and re.fullmatch(r"-?\d+", raw):
                return int(raw)
            if "number" in kinds and re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", raw):
                return float(raw)
        except ValueError:
            return _NOT_COERCIBLE
        if "boolean" in kinds and raw in ("true", "false"):
            return raw == "true"
        if kind is None or "string" in kinds:
            return raw
        return _NOT_COERCIBLE

    def _check(self, where: str, value: Any, schema: dict[str, Any]) -> list[str]:
        if value is _NOT_COERCIBLE:
            return [f"{where}: not a valid {self.resolve(schema).get('type', 'value')}"]
        return [f"{where}: {e.message}" for e in self._validator(schema).iter_errors(value)]

    def check_parameters(self, op: Operation, path_values: dict[str, str], request: Request) -> list[str]:
        problems = []
        for p in op.parameters:
            if p.location == "path":
                raw_values: list[str] | None = [path_values[p.name]] if p.name in path_values else None
            elif p.location == "query":
                raw_values = request.query_params.getlist(p.name) or None
            elif p.location == "header":
                raw_values = [request.headers[p.name]] if p.name in request.headers else None
            else:
                continue
            if raw_values is None:
                if p.required:
                    problems.append(f"{p.name}: required {p.location} parameter is missing")
                continue
            schema = self.resolve(p.schema)
            if schema.get("type") == "array":
                items = raw_values if p.explode else [v for raw in raw_values for v in raw.split(",")]
                value: Any = [self._coerce(v, schema.get("items", {})) for v in items]
                if _NOT_COERCIBLE in value:
                    value = _NOT_COERCIBLE
            elif len(raw_values) > 1:
                problems.append(f"{p.name}: given {len(raw_values)} times, expected once")
                continue
            else:
                value = self._coerce(raw_values[0], schema)
            problems += self._check(p.name, value, p.schema)
        return problems

    def check_body(self, op: Operation, content_type: str, body: bytes) -> list[str]:
        if not op.body_schemas:
            return []
        media = content_type.split(";")[0].strip().lower()
        if not body and media != "application/x-www-form-urlencoded":
            return ["request body: required"] if op.body_required else []
        schema = op.body_schemas.get(media)
        if schema is None:
            return [f"request body: content type {media or '(none)'} is not one of {sorted(op.body_schemas)}"]
        if media == "application/x-www-form-urlencoded":
            try:
                fields = parse_qs(body.decode(), keep_blank_values=True, strict_parsing=True) if body else {}
            except (UnicodeDecodeError, ValueError):
                return ["request body: not a form-encoded body"]
            props = self.resolve(schema).get("properties", {})
            value: Any = {k: self._coerce(v[-1], props.get(k, {})) for k, v in fields.items()}
            bad = [k for k, v in value.items() if v is _NOT_COERCIBLE]
            if bad:
                return [f"{k}: not a valid {self.resolve(props[k]).get('type')}" for k in bad]
        else:
            try:
                value = json.loads(body)
            except ValueError:
                return ["request body: not valid JSON"]
        return self._check("request body", value, schema)


def _group(name: str) -> str:
    return "p_" + re.sub(r"\W", "_", name)


def _ungroup(group: str, template: str) -> str:
    for name in re.findall(r"\{([^}]+)\}", template):
        if _group(name) == group:
            return str(name)
    return group


class ValidationMiddleware:
    """Rejects requests that break the spec, in the vendor's words, before the app sees them."""

    def __init__(self, app: ASGIApp, validator: SpecValidator, replies: VendorReplies,
                 on_invalid: Callable[[Request, list[str]], None] | None = None) -> None:
        self.app = app
        self.validator = validator
        self.replies = replies
        self.on_invalid = on_invalid

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        op, values, allowed = self.validator.match(scope["method"], scope["path"])
        if op is None:
            if allowed:
                reply = self.replies.error(request, 405, f"{scope['method']} is not allowed here")
                reply.headers["Allow"] = ", ".join(sorted(set(allowed)))
                await reply(scope, receive, send)
            else:
                await self.replies.error(request, 404, "No such resource")(scope, receive, send)
            return
        body = await request.body()
        problems = self.validator.check_parameters(op, values, request)
        problems += self.validator.check_body(op, request.headers.get("content-type", ""), body)
        if problems:
            if self.on_invalid:
                self.on_invalid(request, problems)
            await self.replies.error(request, self.replies.invalid_status, "; ".join(problems))(scope, receive, send)
            return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)
