"""The library stands apart from the sandboxes and the generator: one seam (``affiliate_clients.testing``).

No library module imports ``affiliate_clients.sandbox``, ``sandbox`` or ``generator``; none holds a sandbox
fact (credentials, ids) as a literal; and the seam gives a working client for each of the four APIs.
"""

from __future__ import annotations

import ast
import asyncio
import re
from collections.abc import Iterator
from pathlib import Path

import affiliate_clients
import pytest
from affiliate_clients.cli import app as cli_app
from affiliate_clients.testing import APIS, SandboxConfig, SandboxFacts, facts, sandbox
from typer.testing import CliRunner

LIBRARY = Path(affiliate_clients.__file__).resolve().parent
LINKED = ("generated", "sandbox")  # the generated packages and the sandboxes, linked into the package tree
SEAM = LIBRARY / "testing.py"
FORBIDDEN = ("affiliate_clients.sandbox", "sandbox", "generator")


def library_modules() -> Iterator[tuple[str, Path]]:
    """(dotted name, path) of every hand-written library module but the seam."""
    for path in sorted(LIBRARY.rglob("*.py")):
        relative = path.relative_to(LIBRARY)
        if relative.parts[0] in LINKED or path == SEAM:
            continue
        parts = ("affiliate_clients", *relative.with_suffix("").parts)
        yield ".".join(parts[:-1] if parts[-1] == "__init__" else parts), path


def imported(module: str, path: Path) -> Iterator[tuple[int, str]]:
    """(line, absolute module name) of every import in the module, relative ones resolved; also the module
    names held in strings (``import_module("affiliate_clients.sandbox....")``)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            name = ".".join([*base, node.module] if node.module else base)
            yield node.lineno, name
            yield from ((node.lineno, f"{name}.{alias.name}") for alias in node.names)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and \
                re.fullmatch(r"[a-z_]\w*(\.\w*)+", node.value):  # a dotted module path, not the word "sandbox"
            yield node.lineno, node.value


def forbidden(name: str) -> bool:
    return any(name == root or name.startswith(f"{root}.") for root in FORBIDDEN)


def test_only_the_seam_imports_the_sandboxes_or_the_generator() -> None:
    modules = list(library_modules())
    assert len(modules) > 40 and any(name == "affiliate_clients.cli" for name, _ in modules)
    found = [f"{path.relative_to(LIBRARY)}:{line} imports {name}" for module, path in modules
             for line, name in imported(module, path) if forbidden(name)]
    assert found == []


def test_the_import_check_sees_relative_absolute_and_string_imports(tmp_path: Path) -> None:
    sample = tmp_path / "streams.py"
    sample.write_text("from ...sandbox.impact import ACCOUNT_SID\nimport sandbox.common\n"
                      "from generator import build\nx = import_module(f'affiliate_clients.sandbox.{api}')\n"
                      "from ..http import clients\nflag = options['sandbox']\n")
    names = [name for _, name in imported("affiliate_clients.pull.landing.streams", sample)]
    assert [n for n in names if forbidden(n)] == ["affiliate_clients.sandbox.impact",
                                                  "affiliate_clients.sandbox.impact.ACCOUNT_SID", "sandbox.common",
                                                  "generator", "generator.build",
                                                  "affiliate_clients.sandbox."]
    assert "affiliate_clients.pull.http.clients" in names


def sandbox_literals() -> dict[str, str]:
    """Every sandbox fact a library module could copy: credential and header values, and the ids (those of
    three characters or more: ``1``..``5`` are too common to find as text; their tuple is checked apart)."""
    found: dict[str, str] = {}
    for api in APIS:
        known = facts(api)
        for name, value in [*known.credentials.items(), *known.auth_headers.items()]:
            found[value] = f"{api} {name}"
        for name, values in known.ids.items():
            found.update({value: f"{api} {name}" for value in values if len(value) >= 3})
    return found


def literal_hits(text: str, literals: dict[str, str]) -> list[str]:
    return [f"{what} {value!r}" for value, what in literals.items()
            if re.search(rf"(?<![\w.-]){re.escape(value)}(?![\w-])", text)]


def test_no_library_module_holds_a_sandbox_fact() -> None:
    literals = sandbox_literals()
    assert {"1l1007802", "1000", "8882", "1234", "IRsandboxSID0001"} <= set(literals)
    id_tuples = {tuple(values) for api in APIS for values in facts(api).ids.values() if len(values) > 1}
    found = []
    for _, path in library_modules():
        text = path.read_text()
        found += [f"{path.relative_to(LIBRARY)}: {hit}" for hit in literal_hits(text, literals)]
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Tuple | ast.List | ast.Set):
                values = tuple(str(e.value) for e in node.elts if isinstance(e, ast.Constant))
                if values in id_tuples:
                    found.append(f"{path.relative_to(LIBRARY)}:{node.lineno}: the sandbox's ids {values}")
    assert found == []


def test_the_literal_check_finds_copied_facts() -> None:
    literals = sandbox_literals()
    copied = 'SANDBOX_PUBLISHER = "1l1007802"\ncampaigns = (1000, 8882)\n"""e.g. network 1234"""\n'
    assert sorted(literal_hits(copied, literals)) == ["impact campaign_id '1000'", "impact campaign_id '8882'",
                                                      "invoca network_id '1234'", "partnerize publisher_id '1l1007802'"]
    assert literal_hits("timeout = 10000; size = 1_000; 0.1234", literals) == []


def test_facts_say_credentials_ids_and_dates() -> None:
    impact = facts("impact")
    assert set(impact.credentials) == {"account_sid", "auth_token"} and impact.default("campaign_id") == "1000"
    assert impact.first is not None and impact.last is not None and impact.last > impact.first
    text = impact.served_on(8123).describe()
    assert "http://127.0.0.1:8123" in text and impact.credentials["auth_token"] in text
    assert f"--since {impact.first:%Y-%m-%d}" in text
    assert "not dated" in facts("invoca").describe()
    with pytest.raises(ValueError, match="no sandbox for 'nope'"):
        facts("nope")


def _in_range(box_facts: SandboxFacts) -> tuple[str, str]:
    assert box_facts.first is not None and box_facts.last is not None
    return box_facts.first.strftime("%Y-%m-%dT%H:%M:%SZ"), box_facts.last.strftime("%Y-%m-%dT%H:%M:%SZ")


def test_impact_client_from_the_seam() -> None:
    box = sandbox("impact", SandboxConfig(records=300))
    campaign = int(box.facts.ids["campaign_id"][1])
    with box.client() as impact:
        groups = impact.partner_groups.list(campaign_id=campaign).groups
        assert box.facts.first is not None and box.facts.last is not None
        actions = list(impact.iterate_plan(impact.plan_actions(box.facts.first, box.facts.last, page_size=2000)))
    truth = sorted(str(g.id) for g in box.app.state.groups.groups.values() if g.campaign_id == campaign)
    assert sorted(str(g.id) for g in groups) == truth and len(truth) == 3
    assert len({a.id for a in actions}) == len(actions) == 300  # the facts' dates cover every action


def test_partnerize_client_from_the_seam() -> None:
    box = sandbox("partnerize", SandboxConfig(records=200))
    publisher = box.facts.default("publisher_id")
    assert publisher is not None
    start, end = _in_range(box.facts)
    with box.client() as partnerize:
        conversions = {c.conversion_data.conversion_id for c in partnerize.conversions(publisher, start, end_date=end)}
    assert len(conversions) == 200  # the facts' dates cover the whole report


def test_invoca_client_from_the_seam_sync_and_async() -> None:
    box = sandbox("invoca")
    advertiser = box.facts.ids["advertiser_id"][0]
    truth = box.app.state.relationships.advertisers[advertiser]
    with box.client() as invoca:
        listed = {r.affiliate_id_from_network: r.status.value for r in invoca.relationships(advertiser)}
    assert listed == truth and listed

    async def async_listing() -> dict[str, str]:
        async with box.client() as client:
            return {r.affiliate_id_from_network: r.status.value async for r in client.arelationships(advertiser)}

    assert asyncio.run(async_listing()) == truth


def test_spaaza_client_from_the_seam() -> None:
    box = sandbox("spaaza")
    chain = int(box.facts.ids["chain_id"][0])
    with box.client() as spaaza:
        created = spaaza.create_campaign_group(chain, "From the seam")
    assert box.app.state.campaign_groups.groups[created.id]["name"] == "From the seam"


def test_cli_sandbox_refuses_an_unknown_api_in_one_line() -> None:
    result = CliRunner().invoke(cli_app, ["sandbox", "nope"])
    assert result.exit_code == 2 and "no sandbox for 'nope'" in result.output
    assert "Traceback" not in result.output and "ValueError" not in result.output
