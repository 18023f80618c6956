"""Minimal edits to the YAML text of the spec files, for ``absorb``.

The files are loaded with ruamel.yaml (round trip: quotes, flow style and comments kept) and changed as trees;
only the entries that changed are written back, each re-rendered in place at its own indentation, so a patch
touches the lines of the change and nothing else (re-dumping a whole file would reflow every file whose
indentation differs from the dumper's). An entry is re-rendered from the nearest key of a block mapping that
holds the change: changing ``type`` inside ``Status: {type: string, ...}`` rewrites that one line.
"""

from __future__ import annotations

import io
import itertools
import re
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from . import specs

_LEADING_DASH = re.compile(r"^(\s*)- ")


def _yaml() -> YAML:
    loader = YAML()
    loader.preserve_quotes = True
    loader.width = 4096
    return loader


class SpecFile:
    """One file of a spec: its text and its tree."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.text = path.read_text(encoding="utf-8")
        self.lines = self.text.splitlines(keepends=True)
        self.doc: Any = _yaml().load(self.text)
        # Entries changed or added: id(mapping) -> (mapping, keys changed).
        self.touched: dict[int, tuple[CommentedMap, set[str]]] = {}



class Spec:
    """The files of one API's spec, with an index of where each component and operation is written."""

    def __init__(self, api: str, folder: Path | None = None) -> None:
        self.api = api
        self.files = [SpecFile(p) for p in specs.spec_files(api, folder)]
        self.components: dict[tuple[str, str], tuple[SpecFile, Any]] = {}
        self.operations: dict[str, tuple[SpecFile, Any]] = {}
        self.parents: dict[int, tuple[Any, Any]] = {}
        for file in self.files:
            for section, entries in ((file.doc or {}).get("components") or {}).items():
                for name, node in (entries or {}).items():
                    self.components[(section, name)] = (file, node)
            for item in ((file.doc or {}).get("paths") or {}).values():
                for op in item.values() if isinstance(item, dict) else ():
                    if isinstance(op, dict) and isinstance(op.get("operationId"), str):
                        self.operations[op["operationId"]] = (file, op)
            self._index_parents(file.doc)

    def _index_parents(self, node: Any) -> None:
        children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, child in children:
            if isinstance(child, dict | list):
                self.parents[id(child)] = (node, key)
                self._index_parents(child)

    def deref(self, file: SpecFile, node: Any) -> tuple[SpecFile, Any]:
        """Follow ``$ref`` to a local component (several hops), returning where it is written."""
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 20:
            parts = node["$ref"].split("/")
            if len(parts) != 4 or parts[:2] != ["#", "components"] or (parts[2], parts[3]) not in self.components:
                break
            file, node = self.components[(parts[2], parts[3])]
            seen += 1
        return file, node

    def touch(self, file: SpecFile, mapping: CommentedMap, key: str) -> None:
        """Note that ``mapping[key]`` changed, was added or removed: it is re-rendered from the nearest key of a
        block mapping (flow collections are rewritten whole)."""
        while mapping.fa.flow_style() or _in_flow_seq(self.parents, mapping):
            parent, name = self.parents[id(mapping)]
            while isinstance(parent, list):
                parent, name = self.parents[id(parent)]
            mapping, key = parent, name
        file.touched.setdefault(id(mapping), (mapping, set()))[1].add(key)

    def _inside_touched(self, file: SpecFile, mapping: CommentedMap) -> bool:
        node: Any = mapping
        while id(node) in self.parents:
            parent, key = self.parents[id(node)]
            if isinstance(parent, dict) and key in file.touched.get(id(parent), (None, set()))[1]:
                return True
            node = parent
        return False

    def new_text(self, file: SpecFile) -> str:
        """The file's text with every touched entry re-rendered (the text itself when nothing changed)."""
        lines = list(file.lines)
        for start, end, new, _ in sorted(self.edits(file), key=lambda e: (e[0], e[1]), reverse=True):
            lines[start:end] = new
        return "".join(lines)

    def edits(self, file: SpecFile) -> list[tuple[int, int, list[str], str]]:
        """(start, end, new lines, where) of each touched entry, in the file's lines; an entry inside another
        touched one is rendered with it."""
        found = []
        for mapping, keys in file.touched.values():
            if not self._inside_touched(file, mapping):
                found += [(*edit, self.where(mapping)) for edit in _mapping_edits(file, mapping, keys)]
        return found

    def where(self, node: Any) -> str:
        """The place of ``node`` in its file, dotted (``components.schemas.Action.properties``)."""
        parts = []
        while id(node) in self.parents:
            node, key = self.parents[id(node)]
            parts.append(f"[{key}]" if isinstance(node, list) else str(key))
        return ".".join(reversed(parts)).replace(".[", "[")

    def changed(self) -> dict[Path, tuple[str, str]]:
        """(old text, new text) of every file that changed."""
        out = {}
        for file in self.files:
            new = self.new_text(file)
            if new != file.text:
                out[file.path] = (file.text, new)
        return out


def _in_flow_seq(parents: dict[int, tuple[Any, Any]], node: Any) -> bool:
    while id(node) in parents and isinstance(parents[id(node)][0], list):
        node = parents[id(node)][0]
        if _flow_seq(node):
            return True
    return False


def _flow_seq(seq: Any) -> bool:
    return isinstance(seq, CommentedSeq) and bool(seq.fa.flow_style())


def _content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _span(file: SpecFile, mapping: CommentedMap, key: str) -> tuple[int, int]:
    """Lines [start, end) of the entry ``key`` of block mapping ``mapping``, trailing blanks and comments out."""
    start, col = mapping.lc.key(key)
    end = start + 1
    while end < len(file.lines):
        line = file.lines[end]
        if _content(line) and (_indent(line) < col or _indent(line) == col and not line[col:].startswith("-")):
            break
        end += 1
    while end > start + 1 and not _content(file.lines[end - 1]):
        end -= 1
    return start, end


def _seq_offset(lines: list[str]) -> int:
    """How far a block sequence's dash sits to the right of its key in these lines (0 or 2, as written)."""
    for before, line in itertools.pairwise(lines):
        dash = _LEADING_DASH.match(line)
        if dash and before.rstrip().endswith(":") and not before.lstrip().startswith("-"):
            return max(0, len(dash.group(1)) - _indent(before))
    return 2


def _render(key: str, value: Any, col: int, offset: int) -> list[str]:
    dumper = _yaml()
    dumper.indent(mapping=2, sequence=2 + offset, offset=offset)
    entry = CommentedMap()
    entry[key] = value
    out = io.StringIO()
    dumper.dump(entry, out)
    return [(" " * col + line if line.strip() else line) for line in out.getvalue().splitlines(keepends=True)]


def _mapping_edits(file: SpecFile, mapping: CommentedMap, keys: set[str]) -> list[tuple[int, int, list[str]]]:
    edits: list[tuple[int, int, list[str]]] = []
    offset = _seq_offset(file.lines)
    known = mapping.lc.data or {}
    for key in keys & set(known):
        start, end = _span(file, mapping, key)
        if key not in mapping:
            edits.append((start, end, []))
            continue
        col = mapping.lc.key(key)[1]
        local = _seq_offset(file.lines[start:end]) if end - start > 1 else offset
        edits.append((start, end, _render(key, mapping[key], col, local)))
    added = [k for k in mapping if k in keys and k not in known]
    if added:
        originals = [k for k in mapping if k in known]
        if originals:
            col, at = mapping.lc.key(originals[-1])[1], _span(file, mapping, originals[-1])[1]
        else:
            col, at = mapping.lc.col + 2, mapping.lc.line + 1
        edits.append((at, at, [line for k in added for line in _render(k, mapping[k], col, offset)]))
    return edits
