"""generator.diff on crafted spec edits: every kind of change, its classification, acknowledgement, git bundling,
an unknown base revision, and the Markdown report."""

from __future__ import annotations

import copy
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import diff
from generator.__main__ import main as generator_main
from generator.specs import bundle_at
from generator.surface import traits


def _json(ref: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}


BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "toy", "version": "1"},
    "paths": {
        "/items": {
            "get": {
                "operationId": "list_items",
                "parameters": [
                    {"name": "Page", "in": "query", "schema": {"type": "integer"}},
                    {"name": "State", "in": "query", "schema": {"type": "string", "enum": ["OPEN", "CLOSED"]}},
                    {"name": "Limit", "in": "query",
                     "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}},
                    {"name": "Q", "in": "query", "schema": {"type": "string", "minLength": 2, "maxLength": 50}},
                ],
                "responses": {"200": {"description": "ok", "content": _json("ItemList"),
                                      "headers": {"X-Total": {"$ref": "#/components/headers/Total"},
                                                  "X-Debug": {"schema": {"type": "string"}}}},
                              "400": {"$ref": "#/components/responses/Bad"}},
            },
            "post": {
                "operationId": "create_item",
                "requestBody": {"required": True, "content": _json("NewItem")},
                "responses": {"200": {"description": "ok", "content": _json("Item")}},
            },
        },
        "/items/{Id}": {
            "parameters": [{"$ref": "#/components/parameters/Id"}],
            "delete": {"operationId": "delete_item", "responses": {"204": {"description": "gone"}}},
        },
    },
    "components": {
        "parameters": {"Id": {"name": "Id", "in": "path", "required": True, "schema": {"type": "string"}}},
        "responses": {"Bad": {"description": "bad", "content": _json("Error")}},
        "headers": {"Total": {"required": True, "schema": {"type": "integer"}}},
        "schemas": {
            "ItemList": {"type": "object", "required": ["Items"],
                         "properties": {"Items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}}},
            "Item": {"type": "object", "required": ["Id", "Status"], "properties": {
                "Id": {"type": "string"}, "Status": {"$ref": "#/components/schemas/Status"},
                "Amount": {"type": "string"}, "Tag": {"$ref": "#/components/schemas/Tag"},
                "Title": {"type": "string", "maxLength": 80, "default": "untitled"},
                "Labels": {"type": "array", "items": {"type": "string"}, "maxItems": 5},
                "Meta": {"type": "object", "properties": {"Source": {"type": "string"}}}}},
            "Status": {"type": "string", "enum": ["NEW", "DONE"]},
            "NewItem": {"type": "object", "required": ["Name"], "properties": {
                "Name": {"type": "string"}, "Note": {"type": "string"}, "Kind": {"$ref": "#/components/schemas/Kind"},
                "Tag": {"$ref": "#/components/schemas/Tag"}, "Code": {"type": "string", "pattern": "^[A-Z]{3}$"},
                "Labels": {"type": "array", "items": {"type": "string"}, "maxItems": 5}}},
            "Kind": {"type": "string", "enum": ["A", "B"]},
            "Tag": {"type": "string", "enum": ["red", "blue"]},
            "Error": {"type": "object", "properties": {"Message": {"type": "string"}}},
        },
    },
}


def _changes(edit: Callable[[dict[str, Any]], object]) -> dict[str, bool]:
    new = copy.deepcopy(BASE)
    edit(new)
    return {c.id: c.breaking for c in diff.compare("toy", BASE, new)}


def _schemas(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["components"]["schemas"]  # type: ignore[no-any-return]


def _list(doc: dict[str, Any]) -> dict[str, Any]:
    return doc["paths"]["/items"]["get"]  # type: ignore[no-any-return]


def _param(doc: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p["schema"] for p in _list(doc)["parameters"] if p["name"] == name)  # type: ignore[no-any-return]


def _prop(doc: dict[str, Any], schema: str, name: str) -> dict[str, Any]:
    return _schemas(doc)[schema]["properties"][name]  # type: ignore[no-any-return]


def _headers(doc: dict[str, Any]) -> dict[str, Any]:
    return _list(doc)["responses"]["200"]["headers"]  # type: ignore[no-any-return]


def test_identical_specs_have_no_changes() -> None:
    assert diff.compare("toy", BASE, copy.deepcopy(BASE)) == []


def _drop_delete(doc: dict[str, Any]) -> None:
    del doc["paths"]["/items/{Id}"]["delete"]


def _add_get(doc: dict[str, Any]) -> None:
    doc["paths"]["/items/{Id}"]["get"] = {"operationId": "get_item", "responses": {"200": {"description": "ok"}}}


def _move_delete(doc: dict[str, Any]) -> None:
    doc["paths"]["/things/{Id}"] = doc["paths"].pop("/items/{Id}")


def _accept_instead_of_delete(doc: dict[str, Any]) -> None:
    doc["paths"]["/items/{Id}"]["delete"]["responses"] = {"202": {"description": "accepted"}}


CASES: list[tuple[str, Callable[[dict[str, Any]], object], dict[str, bool]]] = [
    # operations
    ("operation removed", _drop_delete, {"toy:operation-removed:delete_item": True}),
    ("operation added", _add_get, {"toy:operation-added:get_item": False}),
    ("operation moved", _move_delete, {"toy:operation-moved:delete_item": False}),
    # parameters
    ("required parameter added",
     lambda d: _list(d)["parameters"].append({"name": "Since", "in": "query", "required": True,
                                              "schema": {"type": "string"}}),
     {"toy:parameter-added-required:list_items:query.Since": True}),
    ("optional parameter added",
     lambda d: _list(d)["parameters"].append({"name": "Sort", "in": "query", "schema": {"type": "string"}}),
     {"toy:parameter-added-optional:list_items:query.Sort": False}),
    ("parameter removed", lambda d: _list(d)["parameters"].pop(0),
     {"toy:parameter-removed:list_items:query.Page": True}),
    ("parameter now required", lambda d: _list(d)["parameters"][0].update(required=True),
     {"toy:parameter-now-required:list_items:query.Page": True}),
    ("parameter type changed", lambda d: _list(d)["parameters"][0].update(schema={"type": "string"}),
     {"toy:parameter-type-changed:list_items:query.Page": True}),
    ("parameter format changed", lambda d: _list(d)["parameters"][0]["schema"].update(format="int64"),
     {"toy:parameter-type-changed:list_items:query.Page": True}),
    ("request enum value added", lambda d: _list(d)["parameters"][1]["schema"]["enum"].append("HELD"),
     {"toy:enum-value-added:list_items:query.State=HELD": False}),
    ("request enum value removed", lambda d: _list(d)["parameters"][1]["schema"]["enum"].remove("CLOSED"),
     {"toy:enum-value-removed:list_items:query.State=CLOSED": True}),
    ("path parameter in a shared component renamed",
     lambda d: d["components"]["parameters"]["Id"].update(name="ItemId"),
     {"toy:parameter-removed:delete_item:path.Id": True, "toy:parameter-added-required:delete_item:path.ItemId": True}),
    # request bodies and request-only models
    ("request field added required", lambda d: (_schemas(d)["NewItem"]["properties"].update(Owner={"type": "string"}),
                                                _schemas(d)["NewItem"]["required"].append("Owner")),
     {"toy:field-added-required:NewItem.Owner": True}),
    ("request field added optional", lambda d: _schemas(d)["NewItem"]["properties"].update(Owner={"type": "string"}),
     {"toy:field-added-optional:NewItem.Owner": False}),
    ("request field now optional", lambda d: _schemas(d)["NewItem"].update(required=[]),
     {"toy:field-now-optional:NewItem.Name": False}),
    ("request field now required", lambda d: _schemas(d)["NewItem"]["required"].append("Note"),
     {"toy:field-now-required:NewItem.Note": True}),
    ("request-only enum value added", lambda d: _schemas(d)["Kind"]["enum"].append("C"),
     {"toy:enum-value-added:Kind=C": False}),
    ("body made optional", lambda d: d["paths"]["/items"]["post"]["requestBody"].update(required=False),
     {"toy:body-now-optional:create_item:body": False}),
    ("body removed", lambda d: d["paths"]["/items"]["post"].pop("requestBody"),
     {"toy:body-removed:create_item:body": True}),
    ("body model changed", lambda d: d["paths"]["/items"]["post"]["requestBody"].update(content=_json("Item")),
     {"toy:body-changed:create_item:body": True}),
    ("required body added", lambda d: d["paths"]["/items/{Id}"]["delete"].update(
        requestBody={"required": True, "content": _json("NewItem")}),
     {"toy:body-added-required:delete_item:body": True}),
    # responses and response-only models
    ("response field added", lambda d: (_schemas(d)["Item"]["properties"].update(Owner={"type": "string"}),
                                        _schemas(d)["Item"]["required"].append("Owner")),
     {"toy:field-added-required:Item.Owner": False}),
    ("response field removed", lambda d: _schemas(d)["Item"]["properties"].pop("Amount"),
     {"toy:field-removed:Item.Amount": True}),
    ("response field now optional", lambda d: _schemas(d)["Item"].update(required=["Id"]),
     {"toy:field-now-optional:Item.Status": True}),
    ("response field now required", lambda d: _schemas(d)["Item"]["required"].append("Amount"),
     {"toy:field-now-required:Item.Amount": False}),
    ("response field may be null", lambda d: _schemas(d)["Item"]["properties"]["Amount"].update(type=["string", "null"]),
     {"toy:field-nullable-added:Item.Amount": True}),
    ("response field type changed", lambda d: _schemas(d)["Item"]["properties"]["Amount"].update(type="number"),
     {"toy:field-type-changed:Item.Amount": True}),
    ("nested inline field removed", lambda d: _schemas(d)["Item"]["properties"]["Meta"]["properties"].pop("Source"),
     {"toy:field-removed:Item.Meta.Source": True}),
    ("inline object removed: reported once", lambda d: _schemas(d)["Item"]["properties"].pop("Meta"),
     {"toy:field-removed:Item.Meta": True}),
    ("response enum value added", lambda d: _schemas(d)["Status"]["enum"].append("HELD"),
     {"toy:enum-value-added:Status=HELD": True}),
    ("response enum value removed", lambda d: _schemas(d)["Status"]["enum"].remove("DONE"),
     {"toy:enum-value-removed:Status=DONE": True}),
    ("enum used both ways gains a value", lambda d: _schemas(d)["Tag"]["enum"].append("green"),
     {"toy:enum-value-added:Tag=green": True}),
    ("success status added", lambda d: _list(d)["responses"].update({"206": {"description": "partial"}}),
     {"toy:status-added-success:list_items:206": True}),
    ("error status added", lambda d: _list(d)["responses"].update({"429": {"$ref": "#/components/responses/Bad"}}),
     {"toy:status-added-error:list_items:429": False}),
    ("error status removed", lambda d: _list(d)["responses"].pop("400"),
     {"toy:status-removed-error:list_items:400": True}),
    ("success status removed", _accept_instead_of_delete,
     {"toy:status-removed-success:delete_item:204": True, "toy:status-added-success:delete_item:202": True}),
    ("required response header removed", lambda d: _headers(d).pop("X-Total"),
     {"toy:response-header-removed:list_items:200:x-total": True}),
    ("response header made optional", lambda d: _headers(d).update({"X-Total": {"schema": {"type": "integer"}}}),
     {"toy:response-header-now-optional:list_items:200:x-total": True}),
    ("optional response header removed", lambda d: _headers(d).pop("X-Debug"),
     {"toy:response-optional-header-removed:list_items:200:x-debug": False}),
    ("response model changed", lambda d: _list(d)["responses"]["200"].update(content=_json("Item")),
     {"toy:response-changed:list_items:200": True}),
    # schemas
    ("schema added", lambda d: _schemas(d).update(Extra={"type": "object"}), {"toy:schema-added:Extra": False}),
    ("schema removed", lambda d: _schemas(d).pop("Error") and _list(d)["responses"].pop("400"),
     {"toy:schema-removed:Error": True, "toy:status-removed-error:list_items:400": True}),
    # constraints: narrowing a request breaks callers, widening a response breaks readers
    ("request minimum raised", lambda d: _param(d, "Limit").update(minimum=5),
     {"toy:constraint-tightened:list_items:query.Limit:minimum": True}),
    ("request maximum lowered", lambda d: _param(d, "Limit").update(maximum=50),
     {"toy:constraint-tightened:list_items:query.Limit:maximum": True}),
    ("request maximum raised", lambda d: _param(d, "Limit").update(maximum=500),
     {"toy:constraint-loosened:list_items:query.Limit:maximum": False}),
    ("request minimum removed", lambda d: _param(d, "Limit").pop("minimum"),
     {"toy:constraint-loosened:list_items:query.Limit:minimum": False}),
    ("request exclusive maximum added", lambda d: _param(d, "Limit").update(exclusiveMaximum=100),
     {"toy:constraint-tightened:list_items:query.Limit:exclusiveMaximum": True}),
    ("request minLength raised", lambda d: _param(d, "Q").update(minLength=3),
     {"toy:constraint-tightened:list_items:query.Q:minLength": True}),
    ("request maxLength lowered", lambda d: _param(d, "Q").update(maxLength=20),
     {"toy:constraint-tightened:list_items:query.Q:maxLength": True}),
    ("request pattern added", lambda d: _param(d, "Q").update(pattern="^[a-z]+$"),
     {"toy:constraint-tightened:list_items:query.Q:pattern": True}),
    ("request field pattern changed", lambda d: _prop(d, "NewItem", "Code").update(pattern="^[A-Z]{4}$"),
     {"toy:constraint-changed:NewItem.Code:pattern": True}),
    ("request field pattern removed", lambda d: _prop(d, "NewItem", "Code").pop("pattern"),
     {"toy:constraint-loosened:NewItem.Code:pattern": False}),
    ("request field maxItems lowered", lambda d: _prop(d, "NewItem", "Labels").update(maxItems=3),
     {"toy:constraint-tightened:NewItem.Labels:maxItems": True}),
    ("response maxLength lowered", lambda d: _prop(d, "Item", "Title").update(maxLength=40),
     {"toy:constraint-tightened:Item.Title:maxLength": False}),
    ("response maxLength raised", lambda d: _prop(d, "Item", "Title").update(maxLength=200),
     {"toy:constraint-loosened:Item.Title:maxLength": True}),
    ("response maxItems lowered", lambda d: _prop(d, "Item", "Labels").update(maxItems=3),
     {"toy:constraint-tightened:Item.Labels:maxItems": False}),
    ("response pattern added", lambda d: _prop(d, "Item", "Title").update(pattern="^x"),
     {"toy:constraint-tightened:Item.Title:pattern": False}),
    # defaults and deprecations
    ("request default changed", lambda d: _param(d, "Limit").update(default=50),
     {"toy:default-changed:list_items:query.Limit": True}),
    ("request default removed", lambda d: _param(d, "Limit").pop("default"),
     {"toy:default-changed:list_items:query.Limit": True}),
    ("request default added", lambda d: _param(d, "Q").update(default="all"),
     {"toy:default-added:list_items:query.Q": False}),
    ("response field default changed", lambda d: _prop(d, "Item", "Title").update(default="x"),
     {"toy:default-changed:Item.Title": False}),
    ("parameter deprecated", lambda d: _list(d)["parameters"][0].update(deprecated=True),
     {"toy:parameter-deprecated:list_items:query.Page": False}),
    ("field deprecated", lambda d: _prop(d, "NewItem", "Note").update(deprecated=True),
     {"toy:field-deprecated:NewItem.Note": False}),
    ("operation deprecated", lambda d: _list(d).update(deprecated=True),
     {"toy:operation-deprecated:list_items": False}),
]


@pytest.mark.parametrize(("edit", "expected"), [(e, x) for _, e, x in CASES], ids=[name for name, _, _ in CASES])
def test_each_kind_of_change_is_found_and_classified(edit: Callable[[dict[str, Any]], object],
                                                     expected: dict[str, bool]) -> None:
    assert _changes(edit) == expected


def test_every_rule_has_a_case_and_an_explanation() -> None:
    covered = {change_id.split(":")[1] for _, _, expected in CASES for change_id in expected}
    missing = set(diff.RULES) - covered - {"parameter-now-optional", "parameter-nullable-added",
                                           "parameter-nullable-removed", "body-added-optional", "body-now-required",
                                           "field-nullable-removed"}
    assert not missing, f"kinds without a crafted edit: {sorted(missing)}"
    assert all(why for _, _, why in diff.RULES.values())


def test_an_api_added_from_nothing_is_not_breaking() -> None:
    changes = diff.compare("toy", None, BASE)
    assert changes and not any(c.breaking for c in changes)
    assert any(c.breaking for c in diff.compare("toy", BASE, None))


def _write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    return path


def test_exit_status_and_acknowledgement(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = copy.deepcopy(BASE)
    _schemas(new)["Item"]["properties"].pop("Amount")  # breaking
    _schemas(new)["Extra"] = {"type": "object"}  # not breaking
    old_file, new_file = _write(tmp_path / "old.yaml", BASE), _write(tmp_path / "new.yaml", new)
    ack = tmp_path / "ack.txt"
    run = {"old": old_file, "new": new_file, "ack_file": ack}
    assert diff.run(["toy"], **run) == 1  # type: ignore[arg-type]
    out = capsys.readouterr().out
    assert "BREAKING  toy:field-removed:Item.Amount" in out and "1 breaking change(s) not acknowledged" in out
    assert diff.run(["toy"], accept_breaking=True, **run) == 0  # type: ignore[arg-type]
    ack.write_text("# reviewed: impact dropped Amount\ntoy:field-removed:Item.Amount\n", encoding="utf-8")
    assert diff.run(["toy"], **run) == 0  # type: ignore[arg-type]
    assert "breaking (acknowledged)" in capsys.readouterr().out
    assert diff.run(["toy"], as_json=True, **{**run, "ack_file": tmp_path / "none.txt"}) == 1  # type: ignore[arg-type]


def test_folder_spec_is_bundled_from_a_git_revision(tmp_path: Path) -> None:
    folder = tmp_path / "specs" / "toy"
    folder.mkdir(parents=True)
    root = {k: v for k, v in BASE.items() if k != "components"}
    _write(folder / "openapi.yaml", root)
    _write(folder / "schemas.yaml", {"components": BASE["components"]})

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(tmp_path), *args], check=True, capture_output=True)

    git("init", "-q")
    git("add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "spec")
    assert bundle_at("toy", "HEAD", root=tmp_path) == BASE
    assert bundle_at("other", "HEAD", root=tmp_path) is None


def test_openapi_30_boolean_exclusive_bounds_read_as_31_numbers() -> None:
    assert traits({"type": "integer", "minimum": 1, "exclusiveMinimum": True, "maximum": 9})["constraints"] == (
        ("exclusiveMinimum", 1), ("maximum", 9))
    assert traits({"type": "string", "deprecated": True, "default": None}) == {
        "constraints": (), "default": "null", "deprecated": True}


def test_an_unknown_base_revision_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(diff.UnknownRevision, match="nosuchrev"):
        diff.run(["impact"], base="nosuchrev")
    assert generator_main(["diff", "impact", "--base", "nosuchrev"]) == 2
    captured = capsys.readouterr()
    assert "--base 'nosuchrev' names no commit" in captured.err and "added" not in captured.out
    assert generator_main(["diff", "impact", "--base=--output=x"]) == 2  # never read as a git option


def test_markdown_report_for_a_pull_request(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = copy.deepcopy(BASE)
    _prop(new, "Item", "Amount").update(type=["string", "number"])  # breaking; its detail holds a pipe
    _prop(new, "Item", "Title").update(deprecated=True)  # a deprecation: listed with the breaking changes
    _schemas(new)["Extra"] = {"type": "object"}  # not breaking: folded away
    files = {"old": _write(tmp_path / "old.yaml", BASE), "new": _write(tmp_path / "new.yaml", new)}
    assert diff.run(["toy"], fmt="markdown", ack_file=tmp_path / "none.txt", **files) == 1
    out = capsys.readouterr().out
    assert out.startswith("## Client-facing spec changes") and "**1 breaking change(s) not acknowledged**" in out
    assert "| **breaking** | `toy:field-type-changed:Item.Amount` | type string -> number\\|string" in out
    assert "| ok | `toy:field-deprecated:Item.Title` |" in out.split("<details>")[0]
    assert "<summary>1 other change(s), none breaking</summary>" in out and "`toy:schema-added:Extra`" in out
    assert diff.run(["toy"], fmt="markdown", accept_breaking=True, **files) == 0
    assert "No unacknowledged breaking change." in capsys.readouterr().out
