"""Path parameters (issue 16, item 7): every path parameter of every generated operation is found from the
bundled spec, so ``Caller`` checks it; values that would leave their segment are refused, the rest encoded."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import pytest
from affiliate_clients.http.errors import InvalidRequest
from affiliate_clients.http.paths import check_segment, path_arguments, segment
from affiliate_clients.http.schemas import package_of, package_schemas

APIS = ("impact", "partnerize", "invoca", "spaaza")


def _operations(api: str) -> list[tuple[str, str, Any]]:
    package = package_of(api)
    found = []
    api_package = importlib.import_module(f"{package}.api")
    for tag in pkgutil.iter_modules(api_package.__path__):
        tag_package = importlib.import_module(f"{package}.api.{tag.name}")
        for module in pkgutil.iter_modules(tag_package.__path__):
            endpoint = importlib.import_module(f"{package}.api.{tag.name}.{module.name}")
            found.append((package, module.name, endpoint))
    return found


@pytest.mark.parametrize("api", APIS)
def test_every_path_parameter_is_found(api: str) -> None:
    schemas = package_schemas(package_of(api))
    assert schemas is not None
    templates = {op["operationId"]: path for path, item in schemas.spec["paths"].items()
                 for method, op in item.items() if isinstance(op, dict) and method != "parameters"}
    operations = _operations(api)
    assert len(operations) == len(templates)
    for package, operation, endpoint in operations:
        names = path_arguments(package, operation, endpoint.sync_detailed)
        assert len(names) == templates[operation].count("{"), (operation, names)


@pytest.mark.parametrize(("value", "rule"), [
    ("..", "'..'"), (".", "'.'"), ("", "empty"), (None, "None"), (True, "an id"), ("a\r\nb", "control"),
    ("a\x00", "control"), ("x" * 1025, "at most 1024"),
])
def test_values_that_leave_their_segment_are_refused(value: object, rule: str) -> None:
    with pytest.raises(InvalidRequest) as caught:
        check_segment("publisher_id", value)
    assert caught.value.parameter == "publisher_id" and rule in caught.value.rule


@pytest.mark.parametrize(("value", "sent"), [
    ("77?x", "77%3Fx"), ("a/b", "a%2Fb"), ("../x", "..%2Fx"), ("%2E%2E", "%252E%252E"), ("a#b", "a%23b"),
    ("...", "..."), (1000, "1000"), ("1l1007802", "1l1007802"),
])
def test_other_values_are_percent_encoded(value: object, sent: str) -> None:
    assert segment("id", value) == sent
