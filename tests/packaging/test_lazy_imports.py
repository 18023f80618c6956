"""Importing the library loads only what is used: each vendor client without the others, a generated model
without the rest of its API's models, jsonschema only when a response has to be explained.

Each check runs in a fresh interpreter (what a user's first import costs), and lists the modules it loaded.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import affiliate_clients
import pytest

pytestmark = pytest.mark.packaging

VENDORS = ("impact", "invoca", "partnerize", "spaaza")
GENERATED = "affiliate_clients.generated"


def loaded_after(statement: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``statement``."""
    code = f"import json, sys\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    return set(json.loads(proc.stdout.splitlines()[-1]))


def vendor_modules(modules: set[str], vendor: str) -> set[str]:
    return {m for m in modules if m.startswith((f"affiliate_clients.{vendor}", f"{GENERATED}.{vendor}_client"))}


def test_importing_the_package_loads_no_client_and_no_http_library() -> None:
    modules = loaded_after("import affiliate_clients")
    assert {m for m in modules if m.startswith("affiliate_clients.")} == set()
    assert "httpx" not in modules


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_vendor_client_loads_none_of_the_other_vendors(vendor: str) -> None:
    name = {"impact": "ImpactClient", "invoca": "InvocaClient", "partnerize": "PartnerizeClient",
            "spaaza": "SpaazaClient"}[vendor]
    modules = loaded_after(f"from affiliate_clients import {name}")
    assert vendor_modules(modules, vendor)
    for other in set(VENDORS) - {vendor}:
        assert vendor_modules(modules, other) == set(), other
    assert "jsonschema" not in modules  # loaded only to explain a response that breaks the spec


def test_a_generated_model_loads_only_the_models_it_needs() -> None:
    package = f"{GENERATED}.partnerize_client.models"
    everything = len(__import__(package, fromlist=["__all__"]).__all__)
    modules = loaded_after(f"from {package} import JobEnvelope")
    models = {m for m in modules if m.startswith(f"{package}.")}
    assert models == {f"{package}.job_envelope"}
    assert everything > 200


def test_annotations_naming_models_not_imported_yet_still_resolve() -> None:
    """The fast parser resolves a model's string annotations in its ``models`` package, which imports a model
    the first time an annotation names it."""
    modules = loaded_after(
        f"import typing\nfrom {GENERATED}.partnerize_client.models import JobEnvelope\n"
        "from affiliate_clients.http.fastparse_kinds import models_namespace\n"
        "hints = typing.get_type_hints(JobEnvelope, localns=models_namespace(JobEnvelope))\n"
        "assert hints['job'].__name__ == 'Job', hints")
    assert f"{GENERATED}.partnerize_client.models.job" in modules


def test_the_lazy_table_and_the_typing_imports_name_the_same_objects() -> None:
    """``__all__``, the name -> module table and the ``TYPE_CHECKING`` imports (what mypy and IDEs read) agree."""
    tree = ast.parse(Path(affiliate_clients.__file__).read_text(encoding="utf-8"))
    typed: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test) == "typing.TYPE_CHECKING":
            for stmt in node.body:
                assert isinstance(stmt, ast.ImportFrom) and stmt.level == 1 and stmt.module
                typed.update({alias.name: f".{stmt.module}" for alias in stmt.names})
    table = affiliate_clients._WHERE
    assert set(typed) == set(table) == set(affiliate_clients.__all__)
    for name, module in table.items():
        assert module == typed[name] or module.startswith(typed[name] + "."), name  # the package or its module
        assert getattr(affiliate_clients, name) is getattr(__import__(f"affiliate_clients{typed[name]}",
                                                                      fromlist=[name]), name)
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        affiliate_clients.Nope  # type: ignore[attr-defined]  # noqa: B018
