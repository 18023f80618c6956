"""The wheel as a user installs it: one top-level name, the data files inside, importable with the core
dependencies alone, and a console script that names the ``cli`` extra when typer and rich are missing.

Offline: the wheel is built with the installed setuptools (``pip wheel --no-build-isolation``) from a copy of
the sources (so no ``build/`` folder is left in the repository and no stale file can slip in), installed with
``--no-deps`` into a fresh virtualenv without system site-packages, and the core dependencies, with their own
dependencies, are made visible to that virtualenv from this environment (one ``.pth`` file pointing at a
folder of links to exactly those distributions' files). Nothing comes from a package index.
"""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

import pytest
from affiliate_clients.console import MESSAGE
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "overlays", "generated", "sandbox")
APIS = ("impact", "invoca", "partnerize", "spaaza")
DEPS_PTH = "core-dependencies.pth"


def _copy_sources(dest: Path) -> None:
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, symlinks=True, ignore=skip)  # keep the package's two links
        else:
            shutil.copy2(source, dest / name)


def _run(*args: str | Path, cwd: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd), "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INDEX": "1"}
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, check=check,
                          timeout=120)


def _core_closure(metadata: str) -> list[importlib.metadata.Distribution]:
    """The installed distributions the wheel's core requirements need, their own core requirements included."""
    wanted = [Requirement(line.split(":", 1)[1].strip()) for line in metadata.splitlines()
              if line.startswith("Requires-Dist:")]
    found: dict[str, importlib.metadata.Distribution] = {}
    while wanted:
        requirement = wanted.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue  # an extra's dependency, or one for another platform
        key = canonicalize_name(requirement.name)
        if key in found:
            continue
        dist = importlib.metadata.distribution(requirement.name)
        assert requirement.specifier.contains(dist.version, prereleases=True), (requirement, dist.version)
        found[key] = dist
        wanted += [Requirement(r) for r in dist.requires or []]
    return list(found.values())


def _top_level(dist: importlib.metadata.Distribution) -> Iterator[Path]:
    """What ``dist`` put at the top of site-packages (packages, modules, its dist-info)."""
    names = {PurePosixPath(str(f)).parts[0] for f in dist.files or []}
    for name in sorted(names):
        if name not in ("..", "__pycache__") and not name.endswith(".pth"):
            yield Path(str(dist.locate_file(name)))


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Build the wheel and install it into a fresh virtualenv; the paths of the wheel, venv and site-packages."""
    work = tmp_path_factory.mktemp("wheel")
    source, dist, venv, deps = work / "src", work / "dist", work / "venv", work / "deps"
    source.mkdir()
    _copy_sources(source)
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet", "-w", dist, source,
         cwd=work)
    wheel = next(dist.glob("affiliate_clients-*.whl"))
    _run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=work)  # no system site-packages
    python = venv / "bin" / "python"
    site = Path(_run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=work).stdout.strip())
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--quiet", wheel, cwd=work)

    deps.mkdir()
    with zipfile.ZipFile(wheel) as archive:
        metadata = archive.read(next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))).decode()
    for requirement in _core_closure(metadata):
        for path in _top_level(requirement):
            (deps / path.name).symlink_to(path)
    (site / DEPS_PTH).write_text(f"{deps}\n", encoding="utf-8")
    return {"wheel": wheel, "venv": venv, "site": site, "work": work}


def test_the_wheel_holds_one_top_level_package_with_its_data_files(installed: dict[str, Path]) -> None:
    with zipfile.ZipFile(installed["wheel"]) as archive:
        names = archive.namelist()
    tops = {name.split("/", 1)[0] for name in names}
    assert tops == {"affiliate_clients", "affiliate_clients-0.1.0.dist-info"}
    inside = {name.split("/")[1] for name in names if name.startswith("affiliate_clients/")}
    assert "generator" not in inside and "generated" in inside and "sandbox" in inside
    assert "affiliate_clients/py.typed" in names
    assert "affiliate_clients/generated/__init__.py" in names
    for api in APIS:
        package = f"affiliate_clients/generated/{api}_client"
        assert {f"{package}/openapi.json", f"{package}/py.typed", f"{package}/__init__.py"} <= set(names), api
    assert {"affiliate_clients/sandbox/__init__.py", "affiliate_clients/sandbox/__main__.py",
            "affiliate_clients/sandbox/common/__init__.py", "affiliate_clients/sandbox/impact/__init__.py"} <= set(names)
    assert "affiliate_clients-0.1.0.dist-info/licenses/LICENSE" in names


def test_the_installed_wheel_adds_only_its_package_to_site_packages(installed: dict[str, Path]) -> None:
    added = {p.name for p in installed["site"].iterdir()} - {DEPS_PTH}
    assert added == {"affiliate_clients", "affiliate_clients-0.1.0.dist-info"}


def test_the_four_clients_import_with_the_core_dependencies_only(installed: dict[str, Path]) -> None:
    python = installed["venv"] / "bin" / "python"
    code = ("import importlib.util, affiliate_clients\n"
            "from affiliate_clients import ImpactClient, PartnerizeClient, InvocaClient, SpaazaClient\n"
            "print(affiliate_clients.__file__)\n"
            "print(sorted(m for m in ('typer', 'rich', 'starlette', 'dlt') if importlib.util.find_spec(m)))\n"
            "with ImpactClient('IRsid', 'token', base_url='http://127.0.0.1:9') as impact:\n"
            "    print(type(impact.partner_groups).__name__)\n")
    proc = _run(python, "-I", "-c", code, cwd=installed["work"], check=False)
    assert proc.returncode == 0, proc.stderr
    where, extras, group = proc.stdout.splitlines()
    assert Path(where).is_relative_to(installed["site"])  # the wheel's copy, not the repository's
    assert extras == "[]"  # no extra's dependency is visible: the core alone
    assert group == "PartnerGroups"


def test_the_console_script_names_the_cli_extra_when_it_is_missing(installed: dict[str, Path]) -> None:
    proc = _run(installed["venv"] / "bin" / "affiliate-clients", "--help", cwd=installed["work"], check=False)
    assert proc.returncode == 2
    assert proc.stderr == MESSAGE + "\n"
    assert proc.stdout == ""
    assert MESSAGE == "affiliate-clients: the command line needs the cli extra: pip install 'affiliate-clients[cli]'"
