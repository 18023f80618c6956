"""``python -m generator absorb REPORT.json``: the spec changes that would absorb a drift report.

A drift report (``affiliate_clients.http.drift.DriftReport.as_json()``) lists, per operation and JSON path of its
success answer, what the vendor sent that the spec does not say. Each deviation is traced through the spec (the
operation's lowest 2xx JSON response, then ``$ref``, ``allOf``/``anyOf``/``oneOf``, ``items`` and
``additionalProperties``) to the schema written in ``specs/``, and turned into a change of that schema:

=======================  ==============================================================================
kind                     change proposed
=======================  ==============================================================================
``unknown_enum_value``   the value added to the enum (the spec documents it; the clients already keep it)
``unknown_field``        the member declared with the JSON type seen, described as seen in answers
``null_not_nullable``    ``null`` allowed (``"null"`` added to ``type``; ``anyOf`` with null around a ``$ref``)
``type_differs``         the type widened (a ``type`` list, or ``anyOf``)
``missing_required``     the member taken out of ``required``
``unparseable_date``     a note to review (an empty string suggests a ``DateTimeOrEmpty``-style ``anyOf``)
``invalid``              a note to review
=======================  ==============================================================================

The result is a unified diff of the files in ``specs/`` (only the lines of each change: the YAML text is edited
in place, see :mod:`.absorb_yaml`), or YAML snippets; ``--write`` applies it. Then ``make lint-specs``,
``make diff`` and ``make generate`` as for any spec change.
"""

from __future__ import annotations

import datetime as dt
import difflib
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from . import specs
from .absorb_find import allows, enums, object_schema, resolve
from .absorb_report import ReportError, json_type, load_report, scalar
from .absorb_yaml import Spec, SpecFile


class Absorber:
    """Applies the deviations of one report to the spec files of its API (as trees; see :class:`Spec`)."""

    def __init__(self, report: dict[str, Any], specs_dir: Path | None = None, today: dt.date | None = None) -> None:
        self.report = report
        try:
            self.spec = Spec(report["api"], specs_dir)
            specs.bundle(report["api"], specs_dir)
        except specs.SpecError as exc:
            raise ReportError(f"no spec to absorb the report into: {exc}") from None
        self.seen = str(report.get("at") or report.get("when") or (today or dt.date.today()).isoformat())[:10]
        self.notes: list[str] = []
        self.applied: list[str] = []

    # -- the changes -----------------------------------------------------------------------------------------------
    def absorb(self) -> None:
        for row in self.report["deviations"]:
            where = f"{row['operation']} {row['path']} ({row['kind']}, {row.get('count', '?')} seen)"
            getattr(self, f"_{row['kind']}")(row, where)

    def _note(self, where: str, text: str) -> None:
        self.notes.append(f"{where}: {text}")

    def _places(self, row: dict[str, Any], where: str, path: str) -> list[tuple[SpecFile, Any]]:
        places = resolve(self.spec, row["operation"], path)
        if places is None:
            self._note(where, f"operation {row['operation']!r} has no JSON success answer in the spec")
            return []
        if not places:
            self._note(where, "the path does not lead to a schema of the answer")
        return places

    def _unknown_field(self, row: dict[str, Any], where: str) -> None:
        parent, _, name = row["path"].rpartition(".")
        example = row.get("example")
        kind = json_type(example)
        if kind is None:
            self._note(where, "only null was seen: declare the member by hand once its type is known")
            return
        declared = False
        for file, (box, key) in self._places(row, where, parent or "$"):
            found = object_schema(self.spec, file, box[key])
            if found is None:
                continue
            file, obj = found
            props = obj.setdefault("properties", CommentedMap())
            if name not in props:
                schema = CommentedMap(type=kind)
                if kind == "array" and example and json_type(example[0]) not in (None, "array"):
                    schema["items"] = CommentedMap(type=json_type(example[0]))
                schema["description"] = (f"Not in the vendor's documents: seen in answers of {row['operation']} "
                                         f"(drift report of {self.seen}).")
                props[scalar(name)] = schema
                if "properties" in (obj.lc.data or {}):
                    self.spec.touch(file, props, name)
                else:
                    self.spec.touch(file, obj, "properties")
            declared = True
            break
        if declared:
            self.applied.append(where)
        elif resolve(self.spec, row["operation"], parent or "$"):
            self._note(where, "the answer's schema there is not an object")

    def _unknown_enum_value(self, row: dict[str, Any], where: str) -> None:
        values = row.get("example")
        values = values if isinstance(values, list) else [values]
        for file, (box, key) in self._places(row, where, row["path"]):
            found = enums(self.spec, file, box[key])
            if not found:
                self._note(where, "the schema there has no enum")
            for efile, enum in found:
                new = [v for v in values if isinstance(v, str | int) and v not in enum["enum"]]
                if new:
                    enum["enum"].extend(scalar(v) for v in new)
                    self.spec.touch(efile, enum, "enum")
                    self.applied.append(where)

    def _widen(self, row: dict[str, Any], where: str, kind: str) -> None:
        """Let the member at the row's path also hold JSON type ``kind`` (``"null"`` for null)."""
        for file, (box, key) in self._places(row, where, row["path"]):
            schema = box[key]
            if not isinstance(schema, CommentedMap):
                continue
            if allows(self.spec, file, schema, kind):
                self._note(where, f"the schema already allows {kind}")
                continue
            if "$ref" in schema or "enum" in schema and kind != "null" or "allOf" in schema:
                inner = CommentedMap((k, v) for k, v in schema.items() if k != "description")
                for k in list(inner):
                    del schema[k]
                added = CommentedMap(type=kind)
                for flow in (inner, added):
                    flow.fa.set_flow_style()
                schema["anyOf"] = CommentedSeq([inner, added])
                schema.fa.set_block_style()
            elif isinstance(schema.get("anyOf") or schema.get("oneOf"), list):
                schema["anyOf" if "anyOf" in schema else "oneOf"].append(CommentedMap(type=kind))
            elif "type" in schema:
                types = CommentedSeq(schema["type"] if isinstance(schema["type"], list) else [schema["type"]])
                types.fa.set_flow_style()
                types.append(kind)
                schema["type"] = types
                if kind == "null" and isinstance(schema.get("enum"), list):
                    schema["enum"].append(None)
            else:
                self._note(where, "the schema there has no type to widen")
                continue
            if isinstance(box, CommentedMap):
                self.spec.touch(file, box, key)
            self.applied.append(where)

    def _null_not_nullable(self, row: dict[str, Any], where: str) -> None:
        self._widen(row, where, "null")

    def _type_differs(self, row: dict[str, Any], where: str) -> None:
        kind = json_type(row.get("example"))
        if kind is None:
            self._null_not_nullable(row, where)
        else:
            self._widen(row, where, kind)

    def _missing_required(self, row: dict[str, Any], where: str) -> None:
        """The path names the member, or the record (msgspec's path): then the members the spec requires that
        the example record lacks."""
        example = row.get("example")
        parent, _, name = row["path"].rpartition(".")
        places = resolve(self.spec, row["operation"], parent or "$") if parent else None
        names = [name]
        if not places or not any(self._required(f, b[k], [name], probe=True) for f, (b, k) in places):
            places, names = self._places(row, where, row["path"]), []
            if isinstance(example, dict):
                names = [n for f, (b, k) in places for n in self._required(f, b[k], None, probe=True)
                         if n not in example]
        removed = [n for f, (b, k) in places for n in self._required(f, b[k], names or [])]
        if removed:
            self.applied.append(where)
        else:
            self._note(where, "no required member to take out found there")

    def _required(self, file: SpecFile, node: Any, names: list[str] | None, probe: bool = False) -> list[str]:
        """The required members of ``node`` (and its ``allOf`` branches) among ``names`` (all when None), taken
        out of ``required`` unless ``probe``."""
        file, schema = self.spec.deref(file, node)
        if not isinstance(schema, CommentedMap):
            return []
        out = []
        required = schema.get("required")
        if isinstance(required, list):
            hits = [n for n in required if names is None or n in names]
            out += hits
            if hits and not probe:
                for n in hits:
                    required.remove(n)
                if not required:
                    del schema["required"]
                self.spec.touch(file, schema, "required")
        for branch in schema.get("allOf") or []:
            out += self._required(file, branch, names, probe)
        return out

    def _unparseable_date(self, row: dict[str, Any], where: str) -> None:
        if row.get("example") == "":
            ref = ("{$ref: '#/components/schemas/DateTimeOrEmpty'}" if ("schemas", "DateTimeOrEmpty")
                   in self.spec.components else "anyOf: [{type: string, format: date-time}, {type: string, "
                                                "maxLength: 0}]")
            self._note(where, f"empty strings came where a date-time belongs; if the vendor means 'not yet', "
                              f"declare the member as {ref}")
        else:
            self._note(where, f"{row.get('example')!r} is not a date-time; left as it is (the records are "
                              f"quarantined): ask the vendor, do not loosen the date")

    def _invalid(self, row: dict[str, Any], where: str) -> None:
        self._note(where, f"a record the model could not hold (e.g. {row.get('example')!r}); review by hand")

    # -- output ------------------------------------------------------------------------------------------------------
    def patch(self, base: Path) -> str:
        """The unified diff of the changed files, paths relative to ``base`` (``a/``, ``b/`` prefixes)."""
        out: list[str] = []
        for path, (old, new) in self.spec.changed().items():
            name = path.relative_to(base).as_posix() if path.is_relative_to(base) else path.as_posix()
            out += difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                        f"a/{name}", f"b/{name}", n=3)
        return "".join(out)

    def snippets(self, base: Path) -> str:
        out = []
        for file in self.spec.files:
            for start, end, new, where in sorted(self.spec.edits(file), key=lambda e: e[0]):
                what = "replaces" if end > start and new else "removes" if end > start else "goes before"
                lines = f"line {start + 1}" + (f"-{end}" if end > start + 1 else "")
                name = file.path.relative_to(base).as_posix() if file.path.is_relative_to(base) else file.path
                out.append(f"# {name}, in {where}: {what} {lines}")
                out.append("".join(new).rstrip("\n") if new else "#   (nothing)")
        return "\n".join(out) + ("\n" if out else "")

    def write(self) -> list[Path]:
        changed = self.spec.changed()
        for path, (_, new) in changed.items():
            path.write_text(new, encoding="utf-8")
        return list(changed)


def run(report_path: Path, write: bool, fmt: str, specs_dir: Path | None = None) -> int:
    """The ``absorb`` command: 0 (a patch, snippets or files written), 2 for a report it refuses."""
    try:
        absorber = Absorber(load_report(report_path), specs_dir)
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    absorber.absorb()
    base = (specs_dir or specs.SPECS).resolve().parent
    if write:
        for path in absorber.write():
            print(f"wrote {path.relative_to(base) if path.is_relative_to(base) else path}", file=sys.stderr)
    else:
        sys.stdout.write(absorber.patch(base) if fmt == "patch" else absorber.snippets(base))
    for note in absorber.notes:
        print(f"note: {note}", file=sys.stderr)
    print(f"{report_path.name}: {len(absorber.applied)} change(s) proposed, {len(absorber.notes)} note(s)",
          file=sys.stderr)
    return 0
