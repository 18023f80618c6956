"""What a live contract run's answers did that the spec does not say, as a :class:`~.http.drift.DriftReport`.

Every answer with a JSON body and a documented schema (its operation and status) is validated against the spec
and each deviation is counted per operation, JSON path (indices as ``[*]``) and kind, as a pull counts them:

==========================================  ======================
what jsonschema (or the walk below) finds   drift kind
==========================================  ======================
a member the schema's properties do not name  ``unknown_field``
``enum``                                    ``unknown_enum_value``
``type``, the value ``null``                ``null_not_nullable``
``type``, another value                     ``type_differs``
``required``                                ``missing_required`` (at the missing member's path)
``format: date-time``                       ``unparseable_date``
anything else                               ``invalid``
==========================================  ======================

Our specs rarely forbid additional properties, so members the schema does not name are found by walking the
answer along its schema (objects with ``properties``; free-form objects and maps are not walked). An ``anyOf`` /
``oneOf`` that no branch matches is read through the branch of the value's JSON type (a nullable enum's
``"NEW"`` is an unknown enum value, not a mismatch of the whole union). One deviation per member per answer:
where several rules break at one member (a number in an enum of text), the most telling kind is kept.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .http.drift import DriftReport
from .http.schemas import SchemaSet, json_path

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

__all__ = ["AnswerDrift", "date_time_readable"]

# Which kind wins where several rules break at one member of one answer.
PRIORITY = ("missing_required", "null_not_nullable", "type_differs", "unknown_enum_value", "unparseable_date",
            "unknown_field", "invalid")
_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")
_REQUIRED = re.compile(r"^'(.+)' is a required property$")


def date_time_readable(value: object) -> bool:
    """Whether ``value`` is an RFC 3339 date-time that exists on the calendar (``2017-02-31...`` is not); a value
    that is not text passes (its type is another rule's concern)."""
    if not isinstance(value, str):
        return True
    if not _RFC3339.fullmatch(value):
        return False
    try:
        dt.datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))
    except ValueError:
        return False
    return True


Found = dict[str, tuple[str, Any]]  # concrete JSON path -> (kind, example)


class AnswerDrift:
    """Validates answers against one spec (``doc``) and counts their deviations into ``report``."""

    def __init__(self, doc: dict[str, Any], report: DriftReport) -> None:
        from jsonschema import FormatChecker

        self.schemas = SchemaSet(doc)
        self.report = report
        self.formats = FormatChecker(formats=())
        self.formats.checks("date-time")(date_time_readable)
        self._validators: dict[int, Draft202012Validator] = {}

    def response_schema(self, operation_id: str, status: int) -> dict[str, Any] | None:
        """The documented JSON body schema of ``operation_id``'s ``status`` answer, if there is one."""
        op = self.schemas.operation(operation_id) or {}
        response = self.schemas.resolve((op.get("responses") or {}).get(str(status)) or {})
        content = response.get("content") or {}
        media = next((v for k, v in content.items() if "json" in k.lower() and isinstance(v, dict)), None)
        schema = (media or {}).get("schema")
        return schema if isinstance(schema, dict) else None

    def check_answer(self, operation_id: str, status: int, content_type: str, body: bytes) -> int:
        """:meth:`check` of an answer as it came: only a JSON body (by its content type) is read."""
        if "json" not in content_type.lower() or not body:
            return 0
        try:
            payload = json.loads(body)
        except ValueError:
            return 0
        return self.check(operation_id, status, payload)

    def check(self, operation_id: str, status: int, payload: Any) -> int:
        """Count the deviations of one answer's body (``payload``, parsed JSON) from the spec; returns how many."""
        schema = self.response_schema(operation_id, status)
        if schema is None:
            return 0
        found: Found = {}
        for error in self._validator(schema).iter_errors(payload):
            for path, kind, example in self._classify(error):
                _keep(found, path, kind, example)
        for path, example in self._unknown(schema, payload, "$"):
            _keep(found, path, "unknown_field", example)
        for path, (kind, example) in found.items():
            self.report.add(operation_id, re.sub(r"\[\d+\]", "[*]", path), kind, example)
        return len(found)

    def _validator(self, schema: dict[str, Any]) -> Draft202012Validator:
        from jsonschema import Draft202012Validator

        key = id(schema)
        if key not in self._validators:
            self._validators[key] = Draft202012Validator(schema, registry=self.schemas.registry,
                                                         format_checker=self.formats)
        return self._validators[key]

    def _classify(self, error: ValidationError) -> Iterator[tuple[str, str, Any]]:
        path, rule, value = json_path(error.absolute_path), error.validator, error.instance
        if rule in ("anyOf", "oneOf") and error.context:
            if value is None:
                yield path, "null_not_nullable", None
                return
            branch = _closest_branch(error.context)
            if branch is None:
                yield path, "type_differs", value
                return
            for inner in branch:
                yield from self._classify(inner)
        elif rule == "required":
            missing = _REQUIRED.match(error.message)
            yield (f"{path}.{missing.group(1)}" if missing else path), "missing_required", None
        elif rule == "additionalProperties" and isinstance(value, dict):
            named = set(error.schema.get("properties") or ())
            for member in value:
                if member not in named and not _patterned(error.schema, member):
                    yield f"{path}.{member}", "unknown_field", value[member]
        elif rule == "enum":
            yield path, "unknown_enum_value", value
        elif rule == "type":
            yield path, "null_not_nullable" if value is None else "type_differs", value
        elif rule == "format" and error.validator_value == "date-time":
            yield path, "unparseable_date", value
        else:
            yield path, "invalid", value

    def _unknown(self, schema: dict[str, Any], value: Any, path: str, depth: int = 0) -> Iterator[tuple[str, Any]]:
        """(path, value) of each member the schema's ``properties`` do not name, walking ``value`` along it."""
        if depth > 40:
            return
        schema = self.schemas.resolve(schema)
        branches = schema.get("anyOf") or schema.get("oneOf")
        if branches:
            fitting = next((b for b in branches if self._validator(b).is_valid(value)), None)
            if fitting is None:
                fitting = next((b for b in branches if _type_fits(self.schemas.resolve(b), value)), None)
            if fitting is not None:
                yield from self._unknown(fitting, value, path, depth + 1)
        if isinstance(value, dict):
            properties = _properties(schema, self.schemas)
            extra = schema.get("additionalProperties")
            for member, inner in value.items():
                where = f"{path}.{member}"
                if member in properties:
                    yield from self._unknown(properties[member], inner, where, depth + 1)
                elif isinstance(extra, dict):
                    yield from self._unknown(extra, inner, where, depth + 1)
                elif properties and extra is None and not _patterned(schema, member):
                    yield where, inner
        elif isinstance(value, list) and isinstance(schema.get("items"), dict):
            for n, item in enumerate(value):
                yield from self._unknown(schema["items"], item, f"{path}[{n}]", depth + 1)


def _keep(found: Found, path: str, kind: str, example: Any) -> None:
    """Keep the most telling kind per member (see :data:`PRIORITY`)."""
    if path not in found or PRIORITY.index(kind) < PRIORITY.index(found[path][0]):
        found[path] = (kind, example)


def _closest_branch(context: Iterable[ValidationError]) -> list[ValidationError] | None:
    """The errors of the union branch whose JSON type the value has, or None when it has none of the branches'
    types. Fewest errors first; on a tie, not a branch of set values (``enum``, ``const``: an empty string
    allowed beside dates, say), so an impossible date reads as one, not as "not the empty string"."""
    branches: dict[Any, list[ValidationError]] = {}
    for error in context:
        branches.setdefault(error.relative_schema_path[0] if error.relative_schema_path else None, []).append(error)
    fitting = [errors for errors in branches.values()
               if not any(e.validator == "type" and not e.relative_path for e in errors)]
    return min(fitting, key=lambda errors: (len(errors), sum(e.validator in ("enum", "const") for e in errors)),
               default=None)


def _properties(schema: dict[str, Any], schemas: SchemaSet) -> dict[str, Any]:
    """The members a schema names, ``allOf`` parts included."""
    named = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or ():
        named.update(_properties(schemas.resolve(part), schemas))
    return named


def _patterned(schema: dict[str, Any], member: str) -> bool:
    return any(re.search(pattern, member) for pattern in schema.get("patternProperties") or {})


_JSON_TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def _type_fits(schema: dict[str, Any], value: Any) -> bool:
    declared = schema.get("type")
    if declared is None:
        return "properties" in schema and isinstance(value, dict)
    for name in declared if isinstance(declared, list) else [declared]:
        if name in ("integer", "number"):
            if isinstance(value, int | float) and not isinstance(value, bool):
                return True
        elif isinstance(value, _JSON_TYPES.get(name, ())):
            return True
    return False
