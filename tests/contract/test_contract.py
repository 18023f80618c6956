"""schemathesis over every operation of every spec, in-process against that API's sandbox.

Positive and negative data; all of schemathesis's response checks (status codes, content types, headers,
response schemas, negative-data rejection, auth). 0 failures expected.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest
import schemathesis
from affiliate_clients.contract_rules import REQUIRED_HEADERS, avoid_shadowed_paths, cross_parameter_settings
from affiliate_clients.sandbox import load
from affiliate_clients.sandbox.common.config import SandboxConfig
from hypothesis import HealthCheck, settings
from schemathesis.config import SchemathesisConfig

from generator.specs import bundle
from tests.helpers import apis_with_sandbox

MAX_EXAMPLES = int(os.environ.get("CONTRACT_EXAMPLES", "25"))
# Cases sent per API (positive and negative), reported at the end of the run by tests/contract/conftest.py.
CASES: Counter[str] = Counter()
# Path values that must name the sandbox's own account for a request to get past authorisation.
FIXED_PARAMETERS = {"impact": {"AccountSID": "IRsandboxSID0001"}}
# Operations whose documented rules span several parameters: affiliate_clients.contract_rules.CROSS_PARAMETER_RULES.


# APIs whose operations accept either of two credential schemes (Spaaza: session headers OR a Bearer token).
# schemathesis's ignored-auth check strips one scheme while the configured credentials of the other still
# authenticate, so a correct 200 reads as "auth ignored". The sandbox e2e tests assert 401 for each scheme.
ALTERNATIVE_AUTH = {"spaaza"}


def _config(api: str) -> SchemathesisConfig:
    checks = {"checks": {"ignored_auth": {"enabled": False}}} if api in ALTERNATIVE_AUTH else {}
    return SchemathesisConfig.from_dict({**checks, "operations": cross_parameter_settings(api)})


def _schema(api: str) -> schemathesis.schemas.BaseSchema:
    schema = schemathesis.openapi.from_dict(bundle(api), config=_config(api))
    module = load(api)
    schema.app = module.create_app(SandboxConfig(records=500))
    schema.config.update(headers=dict(module.AUTH_HEADERS), parameters=FIXED_PARAMETERS.get(api) or None)
    schema.config.generation.update(max_examples=MAX_EXAMPLES, deterministic=True)
    avoid_shadowed_paths(schema, bundle(api)["paths"])
    return schema


def _contract_test(api: str) -> object:
    schema = _schema(api)
    # Sent with every call: configured headers do not reach the cases of every phase (impact answers XML to a
    # request without Accept: application/json, and so does its sandbox).
    required = REQUIRED_HEADERS.get(api, {})

    @pytest.mark.filterwarnings("ignore::DeprecationWarning")
    @schema.parametrize()
    @settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
    def test(case: schemathesis.Case) -> None:
        CASES[api] += 1
        case.call_and_validate(headers=dict(required))

    return test


for _api in apis_with_sandbox():
    globals()[f"test_{_api}_contract"] = _contract_test(_api)
