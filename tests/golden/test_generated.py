"""The committed packages in generated/ are exactly what the generator makes from specs/ today."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import build
from generator.specs import api_names


@pytest.mark.parametrize("api", api_names())
def test_generated_package_is_current(api: str) -> None:
    assert build.check(api) == [], "generated/ is stale: run `make generate` and commit"


def test_generation_is_deterministic(tmp_path: Path) -> None:
    first = build.generate_into("impact", _fresh(tmp_path / "a"))
    second = build.generate_into("impact", _fresh(tmp_path / "b"))
    assert build.differences_between(first, second) == []


def _fresh(path: Path) -> Path:
    path.mkdir()
    return path
