"""Finding, bundling and validating the specs in ``specs/``.

A spec is either one file ``specs/<api>.yaml`` or a folder ``specs/<api>/`` whose ``openapi.yaml`` is the root
document and whose other ``*.yaml`` files are fragments holding ``paths``, ``components`` and ``tags``. Fragments
are merged into the root in file-name order; a key defined twice is an error, never a silent overwrite.
"""

from __future__ import annotations

import subprocess
import warnings
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
FRAGMENT_KEYS = {"paths", "components", "tags"}


class SpecError(Exception):
    """A spec cannot be bundled or is not valid OpenAPI."""


def api_names() -> list[str]:
    """Every API that has a spec, sorted."""
    names = {p.stem for p in SPECS.glob("*.yaml")}
    names |= {p.name for p in SPECS.iterdir() if p.is_dir() and (p / "openapi.yaml").exists()}
    return sorted(names)


def spec_files(api: str, specs_dir: Path | None = None) -> list[Path]:
    """The files a spec is made of: the root first, then fragments in name order (``specs_dir``: another copy of
    ``specs/``, default the repository's)."""
    specs_dir = SPECS if specs_dir is None else specs_dir
    single = specs_dir / f"{api}.yaml"
    if single.exists():
        return [single]
    folder = specs_dir / api
    root = folder / "openapi.yaml"
    if not root.exists():
        raise SpecError(f"no spec for {api!r}: expected specs/{api}.yaml or specs/{api}/openapi.yaml")
    return [root, *sorted(p for p in folder.glob("*.yaml") if p.name != "openapi.yaml")]


def _load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SpecError(f"{_shown(path)} is not a YAML mapping")
    return data


def _merge_fragment(root: dict[str, Any], fragment: dict[str, Any], where: str) -> None:
    unknown = set(fragment) - FRAGMENT_KEYS
    if unknown:
        raise SpecError(f"{where}: a fragment may only hold {sorted(FRAGMENT_KEYS)}, not {sorted(unknown)}")
    for path, item in (fragment.get("paths") or {}).items():
        paths = root.setdefault("paths", {})
        if path in paths:
            raise SpecError(f"{where}: path {path!r} is already defined")
        paths[path] = item
    for section, entries in (fragment.get("components") or {}).items():
        target = root.setdefault("components", {}).setdefault(section, {})
        for name, value in (entries or {}).items():
            if name in target:
                raise SpecError(f"{where}: components.{section}.{name} is already defined")
            target[name] = value
    known_tags = {t["name"] for t in root.get("tags", [])}
    for tag in fragment.get("tags") or []:
        if tag["name"] in known_tags:
            raise SpecError(f"{where}: tag {tag['name']!r} is already defined")
        root.setdefault("tags", []).append(tag)
        known_tags.add(tag["name"])


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def bundle(api: str, specs_dir: Path | None = None) -> dict[str, Any]:
    """The whole spec of ``api`` as one OpenAPI document (``specs_dir``: as for :func:`spec_files`)."""
    files = spec_files(api, specs_dir)
    root = _load(files[0])
    for fragment in files[1:]:
        _merge_fragment(root, _load(fragment), _shown(fragment))
    return root


def _git(root: Path, *args: str) -> str | None:
    done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=False)
    return done.stdout if done.returncode == 0 else None


def bundle_at(api: str, rev: str = "HEAD", root: Path = ROOT) -> dict[str, Any] | None:
    """The spec of ``api`` as committed at git revision ``rev``, bundled like :func:`bundle` (None when the
    revision has no spec for it). ``root`` is the repository holding ``specs/``."""
    single = _git(root, "show", f"{rev}:specs/{api}.yaml")
    listing = _git(root, "ls-tree", "--name-only", f"{rev}", f"specs/{api}/") or ""
    names = sorted(n for n in listing.splitlines() if n.endswith(".yaml") and not n.endswith("/openapi.yaml"))
    texts = [(f"specs/{api}.yaml", single)] if single is not None else [
        (name, _git(root, "show", f"{rev}:{name}")) for name in [f"specs/{api}/openapi.yaml", *names]]
    if texts[0][1] is None:
        return None
    docs = []
    for name, text in texts:
        data = yaml.safe_load(text or "")
        if not isinstance(data, dict):
            raise SpecError(f"{name} at {rev} is not a YAML mapping")
        docs.append((name, data))
    merged = docs[0][1]
    for name, fragment in docs[1:]:
        _merge_fragment(merged, fragment, f"{name} at {rev}")
    return merged


def bundle_text(api: str) -> str:
    """The bundled spec as YAML text; byte-for-byte stable for the same inputs."""
    return yaml.safe_dump(bundle(api), sort_keys=False, allow_unicode=True, width=1000)


def _house_rules(api: str, doc: dict[str, Any]) -> list[str]:
    problems = []
    seen: dict[str, str] = {}
    for path, item in (doc.get("paths") or {}).items():
        for method, op in item.items():
            if method not in {"get", "put", "post", "delete", "patch", "head", "options"}:
                continue
            where = f"{api}: {method.upper()} {path}"
            op_id = op.get("operationId")
            if not op_id or not op_id.replace("_", "").isalnum() or op_id.lower() != op_id:
                problems.append(f"{where}: operationId {op_id!r} must be snake_case")
            elif op_id in seen:
                problems.append(f"{where}: operationId {op_id!r} also used by {seen[op_id]}")
            else:
                seen[op_id] = where
            if not op.get("responses"):
                problems.append(f"{where}: no responses")
    return problems


def lint(api: str, specs_dir: Path | None = None) -> tuple[list[str], list[str]]:
    """Validate one spec: (errors, warnings). Uses openapi-spec-validator plus the house rules."""
    from openapi_spec_validator import OpenAPIV31SpecValidator

    try:
        doc = bundle(api, specs_dir)
    except (SpecError, yaml.YAMLError) as exc:
        return [str(exc)], []
    if not str(doc.get("openapi", "")).startswith("3.1"):
        return [f"{api}: openapi must be 3.1.x, found {doc.get('openapi')!r}"], []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        errors = [f"{api}: {'/'.join(map(str, e.absolute_path))}: {e.message}"
                  for e in OpenAPIV31SpecValidator(doc).iter_errors()]
    errors += _house_rules(api, doc)
    return errors, [f"{api}: {w.message}" for w in caught]
