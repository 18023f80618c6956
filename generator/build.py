"""Running openapi-python-client for one API and writing its package, with provenance.

Every run generates into a fresh temporary folder outside the repository (so the repository's own tool
configuration cannot change the output), then the package is compared with or copied into ``generated/``.
"""

from __future__ import annotations

import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

import openapi_python_client
import yaml

from .lenient import open_enums
from .specs import ROOT, SpecError, bundle, bundle_text

GENERATED = ROOT / "generated"
CONFIGS = Path(__file__).resolve().parent / "configs"
TEMPLATES = Path(__file__).resolve().parent / "templates"
GENERATOR_VERSION = "0.29.1"
PROVENANCE = "PROVENANCE.json"


class GenerationError(Exception):
    """openapi-python-client failed or warned."""


def package_name(api: str) -> str:
    return f"{api}_client"


def _config_path(api: str) -> Path:
    path = CONFIGS / f"{api}.yaml"
    if not path.exists():
        raise SpecError(f"no generator config for {api!r}: add generator/configs/{api}.yaml")
    return path


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _tool_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return env


# The stock templates our overrides in generator/templates include (as ``stock/<name>``) and extend.
STOCK_TEMPLATES = ("endpoint_module.py.jinja", "model.py.jinja")


def _settings(api: str) -> dict[str, Any]:
    """Our keys of the generator config (openapi-python-client ignores keys it does not know)."""
    config = yaml.safe_load(_config_path(api).read_text(encoding="utf-8")) or {}
    resource_names = config.get("resource_names") or {}
    client_parameters = config.get("client_parameters") or []
    if not isinstance(resource_names, dict) or not isinstance(client_parameters, list):
        raise GenerationError(f"generator/configs/{api}.yaml: resource_names must be a mapping and "
                              "client_parameters a list")
    return {"resource_names": resource_names, "client_parameters": client_parameters}


def _templates(api: str, workdir: Path) -> Path:
    """The custom template folder for one run: our templates, the stock ones they include (from the pinned
    generator, under ``stock/``) and ``api_settings.jinja`` with the API's settings from its config."""
    folder = workdir / "templates"
    shutil.copytree(TEMPLATES, folder)
    stock = Path(openapi_python_client.__file__).parent / "templates"
    (folder / "stock").mkdir()
    for name in STOCK_TEMPLATES:
        shutil.copyfile(stock / name, folder / "stock" / name)
    settings = "".join(f"{{% set {key} = {json.dumps(value, sort_keys=True)} %}}\n"
                       for key, value in _settings(api).items())
    (folder / "api_settings.jinja").write_text(settings, encoding="utf-8")
    return folder


def generate_into(api: str, workdir: Path) -> Path:
    """Generate ``api``'s package below ``workdir`` and return the package folder."""
    installed = metadata.version("openapi-python-client")
    if installed != GENERATOR_VERSION:
        raise GenerationError(f"openapi-python-client {GENERATOR_VERSION} is pinned, {installed} is installed")
    spec_text = bundle_text(api)
    spec_file = workdir / f"{api}.openapi.yaml"
    # the generator reads the spec with its enums opened (lenient on what we receive: generator/lenient.py)
    spec_file.write_text(yaml.safe_dump(open_enums(bundle(api)), sort_keys=False, allow_unicode=True, width=1000),
                         encoding="utf-8")
    out = workdir / package_name(api)
    cmd = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(spec_file),
           "--config", str(_config_path(api)), "--output-path", str(out), "--meta", "none",
           "--fail-on-warning", "--overwrite"]
    cmd += ["--custom-template-path", str(_templates(api, workdir))]
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True, cwd=workdir, env=_tool_env())
    text = proc.stdout + proc.stderr
    if proc.returncode != 0 or "Warning" in text or "WARNING" in text:
        raise GenerationError(f"openapi-python-client failed for {api} (exit {proc.returncode}):\n{text}")
    config_bytes = _config_path(api).read_bytes()
    templates = workdir / "templates"
    provenance = {
        "api": api,
        "spec_sha256": _sha256(spec_text.encode()),
        "config_sha256": _sha256(config_bytes),
        # our templates, the stock ones they include and the API's settings, as this run used them
        "templates_sha256": _sha256(b"".join(f.relative_to(templates).as_posix().encode() + b"\0" + f.read_bytes()
                                             for f in sorted(templates.rglob("*")) if f.is_file())),
        "generator": f"openapi-python-client=={GENERATOR_VERSION}",
    }
    (out / PROVENANCE).write_text(json.dumps(provenance, indent=2) + "\n", encoding="utf-8")
    (out / "py.typed").write_text("", encoding="utf-8")  # PEP 561: the package ships its type hints
    # The spec itself, so the overlays can say where a response breaks it (JSON path and rule).
    (out / "openapi.json").write_text(json.dumps(bundle(api), ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    for cache in out.rglob("__pycache__"):
        shutil.rmtree(cache)
    return out


def _relative_files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def differences_between(fresh: Path, committed: Path) -> list[str]:
    """Files that differ between two package folders (relative names, with what is wrong)."""
    ours, theirs = _relative_files(fresh), _relative_files(committed)
    diffs = [f"{f}: only in a fresh generation" for f in sorted(ours - theirs)]
    diffs += [f"{f}: no longer generated" for f in sorted(theirs - ours)]
    diffs += [f"{f}: differs" for f in sorted(ours & theirs) if not filecmp.cmp(fresh / f, committed / f, shallow=False)]
    return diffs


def differences(api: str, fresh: Path) -> list[str]:
    """Files that differ between a freshly generated package and the committed one."""
    committed = GENERATED / package_name(api)
    if not committed.exists():
        return [f"generated/{package_name(api)}/ is missing"]
    return [f"generated/{package_name(api)}/{line}" for line in differences_between(fresh, committed)]


# generated/ is the package ``affiliate_clients.generated`` (linked into the library's tree); this is its
# ``__init__.py``, written by the generator like everything else in generated/.
GENERATED_INIT = ('"""The clients openapi-python-client generates from specs/, one package per API '
                  '(``affiliate_clients.generated.<api>_client``).\n\nWritten by ``make generate``; never edited by '
                  'hand.\n"""\n')


def _init_differences() -> list[str]:
    init = GENERATED / "__init__.py"
    if not init.exists() or init.read_text(encoding="utf-8") != GENERATED_INIT:
        return ["generated/__init__.py: differs (make generate writes it)"]
    return []


def write(api: str) -> Path:
    """Regenerate ``api`` and replace ``generated/<api>_client/`` with the result."""
    (GENERATED / "__init__.py").write_text(GENERATED_INIT, encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="affiliate-gen-") as tmp:
        fresh = generate_into(api, Path(tmp))
        target = GENERATED / package_name(api)
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(fresh, target)
    return target


def check(api: str) -> list[str]:
    """Regenerate ``api`` into a temporary folder and list what differs from ``generated/``."""
    with tempfile.TemporaryDirectory(prefix="affiliate-check-") as tmp:
        return _init_differences() + differences(api, generate_into(api, Path(tmp)))
