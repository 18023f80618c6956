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


def generate_into(api: str, workdir: Path) -> Path:
    """Generate ``api``'s package below ``workdir`` and return the package folder."""
    installed = metadata.version("openapi-python-client")
    if installed != GENERATOR_VERSION:
        raise GenerationError(f"openapi-python-client {GENERATOR_VERSION} is pinned, {installed} is installed")
    spec_text = bundle_text(api)
    spec_file = workdir / f"{api}.openapi.yaml"
    spec_file.write_text(spec_text, encoding="utf-8")
    out = workdir / package_name(api)
    cmd = [sys.executable, "-m", "openapi_python_client", "generate", "--path", str(spec_file),
           "--config", str(_config_path(api)), "--output-path", str(out), "--meta", "none",
           "--fail-on-warning", "--overwrite"]
    if TEMPLATES.is_dir() and any(TEMPLATES.iterdir()):
        cmd += ["--custom-template-path", str(TEMPLATES)]
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True, cwd=workdir, env=_tool_env())
    text = proc.stdout + proc.stderr
    if proc.returncode != 0 or "Warning" in text or "WARNING" in text:
        raise GenerationError(f"openapi-python-client failed for {api} (exit {proc.returncode}):\n{text}")
    config_bytes = _config_path(api).read_bytes()
    provenance = {
        "api": api,
        "spec_sha256": _sha256(spec_text.encode()),
        "config_sha256": _sha256(config_bytes),
        "generator": f"openapi-python-client=={GENERATOR_VERSION}",
    }
    (out / PROVENANCE).write_text(json.dumps(provenance, indent=2) + "\n", encoding="utf-8")
    (out / "py.typed").write_text("", encoding="utf-8")  # PEP 561: the package ships its type hints
    # The spec itself, so the overlays can say where a response breaks it (JSON path and rule).
    (out / "openapi.json").write_text(json.dumps(bundle(api), ensure_ascii=False, sort_keys=True) + "\n",
                                      encoding="utf-8")
    _expose_requests(out)
    for cache in out.rglob("__pycache__"):
        shutil.rmtree(cache)
    return out


REQUEST_ALIAS = """

# Added by generator/build.py: the request this operation sends, as keyword arguments for an httpx client's
# ``request``, for callers that read the answer themselves (the overlays' fast parse of large pages).
request_kwargs = _get_kwargs
"""


def _expose_requests(package: Path) -> None:
    """Give every endpoint module a public name for the request it builds (``request_kwargs``).

    openapi-python-client keeps that function private (``_get_kwargs``); a public alias lets the overlays send
    the generated request and parse the answer their own way without reaching into private names. Endpoint
    modules without it would be a generator change the golden test is there to catch, so that is an error.
    """
    for module in sorted((package / "api").rglob("*.py")):
        if module.name == "__init__.py":
            continue
        text = module.read_text(encoding="utf-8")
        if "\ndef _get_kwargs(" not in text:
            raise GenerationError(f"{module.relative_to(package)} has no _get_kwargs: the generator changed")
        module.write_text(text + REQUEST_ALIAS, encoding="utf-8")


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


def write(api: str) -> Path:
    """Regenerate ``api`` and replace ``generated/<api>_client/`` with the result."""
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
        return differences(api, generate_into(api, Path(tmp)))
