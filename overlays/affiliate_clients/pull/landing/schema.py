"""Arrow schemas derived from the OpenAPI specs (the tables themselves are built in :mod:`.tables`).

Column types follow the spec, not dlt's inference: ``Decimal`` text (impact) and ``number`` (Partnerize report
money) become ``decimal128(18, 4)``; ``date-time`` and ``DateTimeOrEmpty`` become UTC timestamps with ``""`` as
NULL; ``integer`` is ``int64``, ``boolean`` is ``bool``; enums and text are strings; an ``integer | string``
union is text; arrays and objects are JSON text. Partnerize's v1 reports type their dates as plain strings
(``"YYYY-MM-DD HH:MM:SS"``, UTC unless a ``timezone`` is asked for), so a stream names those columns in
``timestamps=`` and they are landed as timestamps too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import Any

import attrs
import pyarrow as pa

MONEY = pa.decimal128(18, 4)
TIMESTAMP = pa.timestamp("us", tz="UTC")
KINDS: dict[str, pa.DataType] = {"string": pa.string(), "decimal": MONEY, "timestamp": TIMESTAMP,
                                 "integer": pa.int64(), "boolean": pa.bool_(), "json": pa.string()}


@attrs.frozen
class Column:
    """One landed column: its name, the attribute path in the typed model and its kind (a key of ``KINDS``)."""

    name: str
    path: tuple[str, ...]
    kind: str


def snake(name: str) -> str:
    """The attribute name openapi-python-client gives a property (``SubId1`` -> ``sub_id_1``)."""
    words = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", name)
    return "_".join(w.lower() for w in words)


@cache
def spec(package: str) -> dict[str, Any]:
    """The bundled spec a generated package was made from (``<package>/openapi.json``)."""
    module = import_module(package)
    path = Path(str(module.__file__)).parent / "openapi.json"
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    ref = node.get("$ref")
    if not isinstance(ref, str):
        return None, node
    name = ref.rsplit("/", 1)[-1]
    return name, document["components"]["schemas"][name]


def kind_of(document: dict[str, Any], node: dict[str, Any]) -> str:
    """The column kind of one property schema."""
    name, node = _resolve(document, node)
    if name == "Decimal":
        return "decimal"
    options = node.get("anyOf") or node.get("oneOf")
    if options:
        kinds = {kind_of(document, option) for option in options}
        formats = {_resolve(document, o)[1].get("maxLength") == 0 or kind_of(document, o) == "timestamp"
                   for o in options}
        if "timestamp" in kinds and formats == {True}:
            return "timestamp"   # a date-time or "" (DateTimeOrEmpty)
        return "string" if kinds <= {"string"} else "json"
    raw = node.get("type", "string")
    types = {raw} if isinstance(raw, str) else set(raw) - {"null"}
    if types == {"string"}:
        return "timestamp" if node.get("format") == "date-time" else "string"
    if types == {"integer"}:
        return "integer"
    if types <= {"number", "integer"}:
        return "decimal"
    if types == {"boolean"}:
        return "boolean"
    if types <= {"string", "integer", "number"}:
        return "string"
    return "json"


def columns(package: str, schema: str, model: type, *, prefix: tuple[str, ...] = (), flatten: Sequence[str] = (),
            skip: Sequence[str] = (), timestamps: Sequence[str] = (), rename: Mapping[str, str] | None = None,
            ) -> list[Column]:
    """The columns of spec schema ``schema`` (attributes of ``model``, found at ``prefix`` in the record).

    ``flatten`` names object properties whose own properties become columns (``conversion_value`` ->
    ``conversion_value_value``...); ``skip`` leaves properties out; ``timestamps`` marks text properties that
    hold dates; ``rename`` gives a property another column name.
    """
    document = spec(package)
    node = document["components"]["schemas"][schema]
    fields = {f.name: f for f in attrs.fields(model)}
    found: list[Column] = []
    for prop, sub in node.get("properties", {}).items():
        attr = snake(prop)
        if prop in skip:
            continue
        name = attr
        if attr not in fields and f"{attr}_" in fields:   # a Python keyword or builtin: type -> type_
            attr = f"{attr}_"
        if attr not in fields:
            raise LookupError(f"{model.__name__} has no attribute {attr!r} for {schema}.{prop}")
        if prop in flatten:
            ref, _ = _resolve(document, sub)
            inner = _model_of(fields[attr].type, model)
            found += [attrs.evolve(c, name=f"{name}_{c.name}") for c in
                      columns(package, str(ref), inner, prefix=(*prefix, attr), timestamps=timestamps)]
            continue
        kind = "timestamp" if prop in timestamps else kind_of(document, sub)
        found.append(Column((rename or {}).get(prop, name), (*prefix, attr), kind))
    return found


def _model_of(annotation: Any, owner: type) -> type:
    """The generated model class named in an attribute annotation (``ReportConversionValue | Unset``)."""
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", str(annotation))
    name = text.split("|")[0].strip()
    module = import_module(owner.__module__.rsplit(".", 1)[0])
    return getattr(module, name)  # type: ignore[no-any-return]


EXTRA = "_extra"  # the column holding, as JSON text, the members a record has that the spec does not name


def arrow_schema(cols: Sequence[Column], extra: Mapping[str, pa.DataType] | None = None) -> pa.Schema:
    """The explicit Arrow schema of these columns (plus ``extra`` columns, then ``_extra``, at the end)."""
    return pa.schema([pa.field(c.name, KINDS[c.kind]) for c in cols]
                     + [pa.field(n, t) for n, t in (extra or {}).items()] + [pa.field(EXTRA, pa.string())])
