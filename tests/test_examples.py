"""Every example embedded in every spec (schemas, media types, parameters, headers) validates against its schema."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from affiliate_clients.sandbox.common.validation import SpecValidator
from jsonschema import Draft202012Validator, FormatChecker

from generator.specs import api_names, bundle


def _examples(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(location, schema, example) for every example attached to something that has a schema."""
    if isinstance(node, dict):
        if "example" in node and ("type" in node or "properties" in node or "allOf" in node or "anyOf" in node
                                  or "oneOf" in node or "$ref" in node or "enum" in node):
            yield where, {k: v for k, v in node.items() if k != "example"}, node["example"]
        schema = node.get("schema")
        if isinstance(schema, dict):
            if "example" in node:
                yield f"{where}/example", schema, node["example"]
            for name, item in (node.get("examples") or {}).items():
                if isinstance(item, dict) and "value" in item:
                    yield f"{where}/examples/{name}", schema, item["value"]
        for key, value in node.items():
            yield from _examples(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _examples(value, f"{where}/{index}")


CASES = [(api, where, schema, example) for api in api_names() for where, schema, example in _examples(bundle(api), "")]


def test_every_api_has_examples() -> None:
    for api in api_names():
        assert any(case[0] == api for case in CASES), f"{api}: no examples embedded in its spec"


@pytest.mark.parametrize(("api", "where", "schema", "example"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_example_matches_schema(api: str, where: str, schema: dict[str, Any], example: Any) -> None:
    validator = SpecValidator(bundle(api))
    schema = validator.resolve(_absolute(schema))
    errors = [e.message for e in Draft202012Validator(schema, registry=validator.registry,
                                                      format_checker=FormatChecker()).iter_errors(example)]
    assert not errors, f"{api} {where}: {errors}"


def _absolute(node: Any) -> Any:
    from affiliate_clients.http.schemas import absolute_refs

    return absolute_refs(node)
