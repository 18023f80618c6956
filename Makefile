# affiliate-clients: every target installs what it needs into .venv first.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install generate check-generated lint-specs lint typecheck check diff test test-fast demo bench clean soak

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-17s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (set PYTHON=...)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) ## create .venv and install the project with its dev tools

generate: $(STAMP) ## lint the specs and regenerate generated/ (commit the result)
	$(PY) -m generator generate

check-generated: $(STAMP) ## fail, naming the files, when generated/ is stale
	$(PY) -m generator check

lint-specs: $(STAMP) ## validate every spec: 0 errors, 0 warnings
	$(PY) -m generator lint

lint: $(STAMP) ## ruff over the hand-written code
	$(VENV)/bin/ruff check overlays generator sandbox tests

typecheck: $(STAMP) ## mypy --strict over the library (generated packages and sandboxes included), the generator and the typing tests
	$(VENV)/bin/mypy overlays/affiliate_clients generator tests/typing

check: lint lint-specs check-generated typecheck ## every static gate: ruff, spec lint, generated/ drift, mypy

diff: $(STAMP) ## client-facing spec changes since HEAD; fails on unacknowledged breaking ones
	$(PY) -m generator diff $(DIFF_ARGS)

test: $(STAMP) check ## everything CI runs
	$(PY) -m pytest

test-fast: $(STAMP) ## the unit tests only (tests/unit: no lint, no end-to-end or documentation runs), for the edit loop
	$(PY) -m pytest tests/unit -q

demo: $(STAMP) ## pull from the embedded sandboxes and print counts and timings
	$(PY) -m affiliate_clients.demo

soak: $(STAMP) ## the exactly-once and resume properties with 2,000 scenarios each (PROPERTY_EXAMPLES=n to change)
	PROPERTY_EXAMPLES=$${PROPERTY_EXAMPLES:-2000} $(PY) -m pytest tests/property -q --hypothesis-show-statistics -o timeout=0

bench: $(STAMP) ## benchmarks (not part of make test)
	$(PY) -m pytest tests/benchmarks -q -s

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache
