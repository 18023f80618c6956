"""``python -m generator absorb``: a drift report turned into spec changes, on a small spec and on the real ones
(always in temporary copies of ``specs/``: these tests never change the repository's specs or ``generated/``)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from generator import absorb, lenient, specs
from generator.__main__ import main

REPO = Path(__file__).resolve().parents[2]

TOY = """\
openapi: 3.1.0
info: {title: toy, version: '1'}
# a comment the patch keeps
paths:
  /things:
    get:
      operationId: list_things
      responses:
        '200':
          description: One page.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ThingList'}
components:
  schemas:
    ThingList:
      allOf:
        - $ref: '#/components/schemas/Paging'
        - type: object
          required: [things]
          properties:
            things:
              type: array
              items: {$ref: '#/components/schemas/Thing'}
    Paging:
      type: object
      properties:
        next: {type: string}
    State:
      type: string
      enum: [OPEN, SHUT]
    Thing:
      type: object
      required:
        - id
        - name
      properties:
        id: {type: string}
        name: {type: string, description: 'Its name.'}
        state: {$ref: '#/components/schemas/State'}
        size:
          type: integer
          description: How big.
        when: {type: string, format: date-time}
"""


def _report(*rows: dict[str, Any], api: str = "toy") -> dict[str, Any]:
    return {"api": api, "deviations": [{"count": 3, **row} for row in rows]}


def _thing(path: str, kind: str, example: Any) -> dict[str, Any]:
    return {"operation": "list_things", "path": path, "kind": kind, "example": example}


@pytest.fixture
def toy(tmp_path: Path) -> Path:
    folder = tmp_path / "specs"
    folder.mkdir()
    (folder / "toy.yaml").write_text(TOY, encoding="utf-8")
    return folder


def _absorb(report: dict[str, Any], folder: Path) -> absorb.Absorber:
    absorber = absorb.Absorber(report, folder)
    absorber.absorb()
    absorber.write()
    return absorber


def _valid(api: str, folder: Path, schema: str, value: Any, opened: bool = False) -> bool:
    doc = specs.bundle(api, folder)
    doc = lenient.open_enums(doc) if opened else doc
    return Draft202012Validator({"$ref": f"#/components/schemas/{schema}", "components": doc["components"]}
                                ).is_valid(value)


THING = {"id": "1", "name": "a", "state": "OPEN", "size": 3}

# (deviation, a record that must be refused before and accepted after)
CASES = {
    "unknown_enum_value": (_thing("$.things[*].state", "unknown_enum_value", "AJAR"), {**THING, "state": "AJAR"}),
    "null_not_nullable": (_thing("$.things[*].size", "null_not_nullable", None), {**THING, "size": None}),
    "null_on_ref": (_thing("$.things[*].state", "null_not_nullable", None), {**THING, "state": None}),
    "type_differs": (_thing("$.things[*].id", "type_differs", 7), {**THING, "id": 7}),
    "missing_required": (_thing("$.things[*].name", "missing_required", None), {"id": "1"}),
    "missing_required_at_record": (_thing("$.things[*]", "missing_required", {"id": "1"}), {"id": "1"}),
}


@pytest.mark.parametrize("name", CASES)
def test_each_kind_becomes_the_change_that_absorbs_it(toy: Path, name: str) -> None:
    row, record = CASES[name]
    assert not _valid("toy", toy, "Thing", record)
    absorber = _absorb(_report(row), toy)
    assert absorber.applied and not absorber.notes
    assert _valid("toy", toy, "Thing", record)
    assert _valid("toy", toy, "Thing", THING)  # what was valid stays valid
    assert specs.lint("toy", toy) == ([], [])


def test_unknown_field_is_declared_with_the_type_seen_and_when(toy: Path) -> None:
    rows = [_thing("$.things[*].colour", "unknown_field", "red"), _thing("$.things[*].tags", "unknown_field", ["x"]),
            _thing("$.things[*].ratio", "unknown_field", 0.5), _thing("$.things[*].on", "unknown_field", True),
            _thing("$.things[*].n", "unknown_field", 2), _thing("$.things[*].box", "unknown_field", {"a": 1}),
            _thing("$.total", "unknown_field", "9")]
    report = _report(*rows) | {"at": "2026-03-01T10:00:00Z"}
    _absorb(report, toy)
    schemas = specs.bundle("toy", toy)["components"]["schemas"]
    props = schemas["Thing"]["properties"]
    assert {k: props[k]["type"] for k in ("colour", "tags", "ratio", "on", "n", "box")} == {
        "colour": "string", "tags": "array", "ratio": "number", "on": "boolean", "n": "integer", "box": "object"}
    assert props["tags"]["items"] == {"type": "string"}
    assert "seen in answers of list_things" in props["colour"]["description"]
    assert "2026-03-01" in props["colour"]["description"]
    assert schemas["ThingList"]["allOf"][1]["properties"]["total"]["type"] == "string"  # the inline branch
    assert specs.lint("toy", toy) == ([], [])


def test_the_patch_touches_only_the_changed_lines_and_keeps_comments(toy: Path) -> None:
    absorber = absorb.Absorber(_report(*(row for row, _ in CASES.values())), toy)
    absorber.absorb()
    patch = absorber.patch(toy.parent)
    changed = [line for line in patch.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    assert changed == [
        "-      enum: [OPEN, SHUT]", "+      enum: [OPEN, SHUT, AJAR]",
        "-        - name",
        "-        id: {type: string}", "+        id: {type: [string, integer]}",
        "-        state: {$ref: '#/components/schemas/State'}", "+        state:", "+          anyOf:",
        "+            - {$ref: '#/components/schemas/State'}", "+            - {type: 'null'}",
        "-          type: integer", "+          type: [integer, 'null']"]
    absorber.write()
    assert "# a comment the patch keeps" in (toy / "toy.yaml").read_text()


def test_dates_and_invalid_records_are_notes_not_changes(toy: Path) -> None:
    absorber = absorb.Absorber(_report(_thing("$.things[*].when", "unparseable_date", "2017-02-31"),
                                       _thing("$.things[*].when", "unparseable_date", ""),
                                       _thing("$.things[*]", "invalid", {"id": []})), toy)
    absorber.absorb()
    assert absorber.patch(toy.parent) == "" and not absorber.applied
    assert "do not loosen" in absorber.notes[0]
    assert "maxLength: 0" in absorber.notes[1]  # the empty string: a DateTimeOrEmpty-style anyOf, suggested
    assert "review by hand" in absorber.notes[2]


def test_an_unknown_operation_or_path_is_a_note(toy: Path) -> None:
    absorber = absorb.Absorber(_report({"operation": "nope", "path": "$.a", "kind": "type_differs", "example": 1},
                                       _thing("$.things[*].nowhere.deeper", "type_differs", 1)), toy)
    absorber.absorb()
    assert len(absorber.notes) == 2 and not absorber.applied


@pytest.mark.parametrize("body", ['{"api": "nowhere", "deviations": []}', "[1, 2]", "{not json",
                                  '{"api": "impact", "deviations": [{"operation": "x"}]}',
                                  '{"api": "../impact", "deviations": []}',
                                  '{"api": "impact", "deviations": [{"operation": "x", "path": "$", "kind": "odd"}]}'])
def test_a_bad_report_is_refused_with_exit_2_and_one_line(tmp_path: Path, body: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "r.json").write_text(body)
    assert main(["absorb", str(tmp_path / "r.json")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1 and err.startswith("error: ")


@pytest.fixture
def real_specs(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "specs", tmp_path / "specs")
    return tmp_path / "specs"


ACTION = {"Id": "1000.1", "State": "APPROVED", "ActionTrackerId": "22", "Payout": "1.00"}


def test_impact_report_applied_as_a_patch_is_absorbed(real_specs: Path, tmp_path: Path) -> None:
    """The patch ``python -m generator absorb`` prints applies with ``patch -p1``; the bundled spec then takes
    what the report saw, opened by the generator as before, and lints clean."""
    rows = [{"operation": "list_actions", "path": "$.Actions[*].State", "kind": "unknown_enum_value",
             "example": "LOST"},
            {"operation": "list_actions", "path": "$.Actions[*].Payout", "kind": "null_not_nullable", "example": None},
            {"operation": "list_actions", "path": "$.Actions[*].ActionTrackerId", "kind": "type_differs",
             "example": 2240},
            {"operation": "list_actions", "path": "$.Actions[*].Channel", "kind": "unknown_field", "example": "web"},
            {"operation": "list_partner_groups", "path": "$.Groups", "kind": "missing_required", "example": None}]
    (tmp_path / "r.json").write_text(json.dumps(_report(*rows, api="impact")))
    drifted = {**ACTION, "State": "LOST", "Payout": None, "ActionTrackerId": 2240, "Channel": "web"}
    assert not _valid("impact", real_specs, "Action", drifted)
    done = subprocess.run([sys.executable, "-m", "generator", "absorb", str(tmp_path / "r.json"), "--specs",
                           str(real_specs)], cwd=REPO, capture_output=True, text=True, check=True)
    assert "5 change(s) proposed, 0 note(s)" in done.stderr
    subprocess.run(["patch", "-p1", "--quiet"], input=done.stdout, cwd=real_specs.parent, check=True, text=True)
    doc = specs.bundle("impact", real_specs)
    assert "LOST" in doc["components"]["schemas"]["ActionState"]["enum"]
    assert _valid("impact", real_specs, "Action", drifted)
    assert _valid("impact", real_specs, "Action", drifted, opened=True)
    assert _valid("impact", real_specs, "Action", {**drifted, "State": "NEWER"}, opened=True)  # still open
    assert _valid("impact", real_specs, "PartnerGroupList", {})
    assert specs.lint("impact", real_specs) == ([], [])
    assert specs.bundle("impact") != doc  # the repository's own spec is untouched


def test_a_nullable_enum_stays_open_after_absorbing(real_specs: Path) -> None:
    """A ``null`` for an enum member wraps it in ``anyOf`` with null; the generator still opens it."""
    row = {"operation": "list_actions", "path": "$.Actions[*].ReferringType", "kind": "null_not_nullable",
           "example": None}
    _absorb(_report(row, api="impact"), real_specs)
    for value in (None, "CLICK_COOKIE", "SOMETHING_NEW"):
        assert _valid("impact", real_specs, "Action", {**ACTION, "ReferringType": value}, opened=True)
    assert not _valid("impact", real_specs, "Action", {**ACTION, "ReferringType": "SOMETHING_NEW"})


def test_partnerize_changes_go_to_the_fragment_that_holds_the_schema(real_specs: Path) -> None:
    files = {p.name: p.read_text() for p in (real_specs / "partnerize").glob("*.yaml")}
    row = {"operation": "list_participations", "path": "$.data[*].campaign_info.brand_new_member",
           "kind": "unknown_field", "example": 1}
    absorber = _absorb(_report(row, api="partnerize"), real_specs)
    assert absorber.applied and not absorber.notes
    changed = [name for name, text in files.items() if (real_specs / "partnerize" / name).read_text() != text]
    assert changed == ["b-v3.yaml"]
    schemas = specs.bundle("partnerize", real_specs)["components"]["schemas"]
    assert schemas["ParticipationCampaignInfo"]["properties"]["brand_new_member"]["type"] == "integer"
    assert specs.lint("partnerize", real_specs) == ([], [])


def test_yaml_snippets_name_the_file_and_the_place(toy: Path) -> None:
    absorber = absorb.Absorber(_report(CASES["unknown_enum_value"][0]), toy)
    absorber.absorb()
    assert absorber.snippets(toy.parent) == ("# specs/toy.yaml, in components.schemas.State: replaces line 31\n"
                                             "      enum: [OPEN, SHUT, AJAR]\n")
