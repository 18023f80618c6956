"""Contract runs keep generated path values off other documented paths (api-facts addenda C19): a Partnerize
tag id of ``features`` would reach the features list and read as a disagreement with the spec."""

from __future__ import annotations

from typing import Any

import schemathesis
from affiliate_clients.contract_rules import avoid_shadowed_paths, shadowed_values
from hypothesis import HealthCheck, given, settings

from generator.specs import bundle


def test_the_values_that_turn_one_path_into_another() -> None:
    paths = ["/tags/{tagId}", "/tags/features", "/tags/{tagId}/features", "/{owner}/participations",
             "/users/{userId}", "/users/{userId}/{view}"]
    assert shadowed_values(paths) == {
        "/tags/{tagId}": {"tagId": frozenset({"features", "participations"})},
        "/{owner}/participations": {"owner": frozenset({"tags", "users"})},
        "/users/{userId}": {"userId": frozenset({"participations"})},      # /users/participations: both
    }
    assert shadowed_values(["/a/{x}", "/b/{y}", "/a/{x}/c"]) == {}


def test_partnerize_tag_ids_stay_off_the_features_list() -> None:
    found = shadowed_values(bundle("partnerize")["paths"])
    assert "features" in found["/v3/partner/partnerize-tags/{partnerizeTagId}"]["partnerizeTagId"]
    assert shadowed_values(bundle("impact")["paths"]) == {}


def _doc() -> dict[str, Any]:
    answer = {"200": {"description": "ok"}}
    tag = {"name": "tagId", "in": "path", "required": True,
           "schema": {"type": "string", "enum": ["features", "t1", "t2"]}}
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "paths": {"/tags/{tagId}": {"get": {"operationId": "get_tag", "parameters": [tag], "responses": answer}},
                      "/tags/features": {"get": {"operationId": "list_features", "responses": answer}}}}


def _drawn(shadows_avoided: bool) -> set[str]:
    schema = schemathesis.openapi.from_dict(_doc())
    if shadows_avoided:
        avoid_shadowed_paths(schema, _doc()["paths"])
    seen: set[str] = set()

    @given(schema["/tags/{tagId}"]["GET"].as_strategy())
    @settings(max_examples=60, database=None, derandomize=True, suppress_health_check=list(HealthCheck))
    def draw(case: Any) -> None:
        seen.add(case.path_parameters["tagId"])

    draw()
    return seen


def test_generated_cases_never_carry_a_shadowed_value() -> None:
    assert "features" in _drawn(shadows_avoided=False)     # the enum offers it
    assert _drawn(shadows_avoided=True) == {"t1", "t2"}
