"""Running openapi-python-client for one API and writing its package, with provenance.

Every run generates into a fresh temporary folder outside the repository (so the repository's own tool
configuration cannot change the output), then the package is compared with or copied into ``generated/``.
"""

from __future__ import annotations

import ast
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
    _expose_endpoint_names(out)
    for cache in out.rglob("__pycache__"):
        shutil.rmtree(cache)
    return out


ENDPOINT_ALIASES = """

# Added by generator/build.py: the request this operation sends, as keyword arguments for an httpx client's
# ``request``, and the stock reading of its answer, for callers that send the request themselves (the overlays,
# which read the success answers listed in ``success_models`` with their fast parse).
request_kwargs = _get_kwargs
parse_response = _parse_response
"""


def _status_of(test: ast.expr) -> int | None:
    """N for ``response.status_code == N``."""
    if (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)
            and isinstance(test.left, ast.Attribute) and test.left.attr == "status_code"
            and isinstance(test.left.value, ast.Name) and test.left.value.id == "response"
            and isinstance(test.comparators[0], ast.Constant) and isinstance(test.comparators[0].value, int)):
        return test.comparators[0].value
    return None


def _model_read(branch: list[ast.stmt]) -> str | None:
    """``Model`` for a branch that is exactly ``x = Model.from_dict(response.json())`` then ``return x``."""
    if len(branch) != 2 or not isinstance(branch[0], ast.Assign) or not isinstance(branch[1], ast.Return):
        return None
    value, target, returned = branch[0].value, branch[0].targets, branch[1].value
    if not (len(target) == 1 and isinstance(target[0], ast.Name) and isinstance(returned, ast.Name)
            and returned.id == target[0].id):
        return None
    if (isinstance(value, ast.Call) and len(value.args) == 1 and not value.keywords
            and isinstance(value.func, ast.Attribute) and value.func.attr == "from_dict"
            and isinstance(value.func.value, ast.Name) and isinstance(value.args[0], ast.Call)
            and ast.unparse(value.args[0]) == "response.json()"):
        return value.func.value.id
    return None


def success_models(text: str) -> dict[int, str]:
    """Status → model name for the success answers (< 400) the generated ``_parse_response`` reads as one model
    from the JSON body; other answers (lists, files, no body, errors) are left to ``_parse_response``."""
    tree = ast.parse(text)
    parse = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_parse_response"]
    if len(parse) != 1:
        raise GenerationError("no _parse_response: the generator changed")
    found: dict[int, str] = {}
    for node in parse[0].body:
        if not isinstance(node, ast.If):
            continue
        status = _status_of(node.test)
        if status is not None and status < 400 and (model := _model_read(node.body)) is not None:
            found[status] = model
    return found


def _expose_endpoint_names(package: Path) -> None:
    """Give every endpoint module public names for the request it builds (``request_kwargs``), the stock
    reading of the answer (``parse_response``) and the model of each success answer read from JSON
    (``success_models``).

    openapi-python-client keeps those functions private (``_get_kwargs``, ``_parse_response``); public aliases
    let the overlays send the generated request and read the answer their own way without reaching into
    private names. Endpoint modules without them would be a generator change the golden test is there to
    catch, so that is an error.
    """
    for module in sorted((package / "api").rglob("*.py")):
        if module.name == "__init__.py":
            continue
        text = module.read_text(encoding="utf-8")
        if "\ndef _get_kwargs(" not in text or "\ndef _parse_response(" not in text:
            raise GenerationError(f"{module.relative_to(package)} lacks _get_kwargs or _parse_response: "
                                  "the generator changed")
        try:
            models = success_models(text)
        except GenerationError as exc:
            raise GenerationError(f"{module.relative_to(package)}: {exc}") from None
        listed = ", ".join(f"{status}: {name}" for status, name in sorted(models.items()))
        module.write_text(text + ENDPOINT_ALIASES + f"success_models: dict[int, type] = {{{listed}}}\n",
                          encoding="utf-8")


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
