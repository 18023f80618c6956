"""Secrets stay secret, timeouts are bounded and plain HTTP is refused (impact.com and Partnerize).

Each scenario runs with DEBUG logging captured for every logger; the credentials (raw and Base64-encoded
as they travel in the Basic header) must appear in no log record, exception message or traceback text,
client repr, or printed URL.
"""

from __future__ import annotations

import base64
import logging
import traceback
from collections.abc import Callable
from typing import Any

import pytest
from affiliate_clients import ImpactClient, InvalidRequest, RetryPolicy
from affiliate_clients.partnerize import PartnerizeClient
from affiliate_clients.sandbox.common.config import FaultPlan, SandboxConfig

from tests.helpers import in_process

FAST = RetryPolicy(attempts=3, wait_initial=0.0, wait_jitter=0.0, wait_max=0.0)
# Wrong credentials a user might pass; kept out of any source line a traceback could quote.
WRONG_TOKEN = "CANARY-wrong-token-7f3a"
WRONG_KEY = "CANARY-wrong-key-91c2"
FAULTS = FaultPlan(schedule={1: "429", 2: "503", 3: "drop", 5: "502"}, retry_after_seconds=0)


def _forms(secret: str, user: str) -> list[str]:
    return [secret, base64.b64encode(f"{user}:{secret}".encode()).decode()]


def _run_scenarios(make: Callable[..., Any], scenarios: list[Callable[[Any], Any]]) -> list[str]:
    """Run each scenario, collecting the text of everything a user might print or log."""
    texts: list[str] = []
    for scenario in scenarios:
        client = make()
        texts += [repr(client), str(client.generated.get_httpx_client().base_url)]
        try:
            result = scenario(client)
            texts.append(repr(result))
        except Exception as exc:  # noqa: BLE001  (every failure path counts, typed or not)
            texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
        finally:
            client.close()
    return texts


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    return caplog


def _assert_absent(secrets: list[str], texts: list[str], caplog: pytest.LogCaptureFixture) -> None:
    records = [r.getMessage() for r in caplog.records] + [str(r.args) for r in caplog.records]
    assert caplog.records, "nothing was logged: the capture would prove nothing"
    for secret in secrets:
        assert not [t for t in texts if secret in t], f"secret leaked into client output: {secret[:4]}..."
        assert not [t for t in records if secret in t], f"secret leaked into logs: {secret[:4]}..."


def test_impact_credentials_never_leak(debug_logs: pytest.LogCaptureFixture) -> None:
    from affiliate_clients.generated.impact_client.api.partner_groups import get_partner_group
    from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_TOKEN, create_app

    app = create_app(SandboxConfig(records=3_000, faults=FAULTS))
    anchor = app.state.actions.anchor

    def make(token: str = AUTH_TOKEN) -> ImpactClient:
        return ImpactClient(ACCOUNT_SID, token, rate=None, retry=FAST, **in_process(app))

    scenarios: list[Callable[[Any], Any]] = [
        lambda c: sum(1 for _ in c.actions(anchor.replace(year=anchor.year - 1), anchor, page_size=2000)),
        lambda c: c.call(get_partner_group, campaign_id=1000, partner_group_id=1),        # 404
        lambda c: next(iter(c.actions(anchor, anchor, page_size=10))),                     # checked before I/O
    ]
    texts = _run_scenarios(make, scenarios)
    texts += _run_scenarios(lambda: make(WRONG_TOKEN),
                            [lambda c: c.call(get_partner_group, campaign_id=1, partner_group_id=1)])
    _assert_absent(_forms(AUTH_TOKEN, ACCOUNT_SID) + _forms(WRONG_TOKEN, ACCOUNT_SID), texts, debug_logs)
    assert app.state.stats.injected, "the fault schedule did not run"


def test_partnerize_credentials_never_leak(debug_logs: pytest.LogCaptureFixture) -> None:
    from affiliate_clients.generated.partnerize_client.api.partner_management import get_partner
    from affiliate_clients.sandbox.partnerize import APPLICATION_KEY, USER_API_KEY, create_app

    app = create_app(SandboxConfig(records=1_000, faults=FAULTS))

    def make(key: str = USER_API_KEY) -> PartnerizeClient:
        return PartnerizeClient(APPLICATION_KEY, key, retry=FAST, **in_process(app))

    span = ("2022-01-01T00:00:00Z", "2026-01-01T00:00:00Z")
    scenarios: list[Callable[[Any], Any]] = [
        lambda c: sum(1 for _ in c.conversions("1l1007802", span[0], end_date=span[1])),
        lambda c: c.call(get_partner, publisher_id="nobody"),                               # 404
        lambda c: c.conversions("1l1007802", span[0], limit=301),                          # checked before I/O
        lambda c: list(c.export_rows("clicks", publisher_id="1l1007802", start_date="x", end_date="y")),  # 400
    ]
    texts = _run_scenarios(make, scenarios)
    texts += _run_scenarios(lambda: make(WRONG_KEY), [lambda c: c.call(get_partner, publisher_id="1l1007802")])
    secrets = _forms(USER_API_KEY, APPLICATION_KEY) + _forms(WRONG_KEY, APPLICATION_KEY)
    _assert_absent(secrets + [APPLICATION_KEY + ":"], texts, debug_logs)


def test_slow_answers_time_out_and_are_retried() -> None:
    import httpx
    from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_TOKEN, create_app

    app = create_app(SandboxConfig(records=2_500, faults=FaultPlan(schedule={2: "slow"}, slow_seconds=2.0)))
    anchor = app.state.actions.anchor
    from affiliate_clients import Transport
    from affiliate_clients.sandbox.common.serve import ServerThread

    with ServerThread(app) as server, ImpactClient(
            ACCOUNT_SID, AUTH_TOKEN, base_url=server.base_url, rate=None, retry=FAST, transport=Transport(),
            timeout=httpx.Timeout(0.5)) as impact:
        ids = [a.id for a in impact.actions(anchor.replace(year=anchor.year - 1), anchor, page_size=2000)]
        assert impact.stats.connection_errors == 1  # the read timeout, then the retry
    assert len(ids) == len(set(ids)) > 2000


@pytest.mark.parametrize("url", ["http://api.impact.com", "http://10.0.0.5:8000", "ftp://127.0.0.1"])
def test_plain_http_is_refused_except_on_loopback(url: str) -> None:
    with pytest.raises(InvalidRequest, match="https"):
        ImpactClient("sid", "token", base_url=url)
    ImpactClient("sid", "token", base_url="http://127.0.0.1:9").close()
    ImpactClient("sid", "token", base_url="http://localhost").close()


def test_tls_verification_is_on_by_default() -> None:
    from affiliate_clients import Transport

    assert Transport().verify is True
