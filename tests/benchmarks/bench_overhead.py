"""2. Per-call overhead of the overlay client over raw ``httpx.Client``, small JSON answers on loopback.

The headline compares ``ImpactClient.call(list_partner_groups, ...)`` (auth, retry and budget layers, typed
errors, the generated function and its typed parse) with raw httpx sending the same request (the query
parameters the generated function sends, the headers impact needs) and decoding the JSON. Two more figures
split it: raw httpx with a bare URL (what the request shape costs), and the generated function over a plain
httpx client (so the overlay's own layers show alone).
"""

from __future__ import annotations

import httpx
from affiliate_clients import ImpactClient
from affiliate_clients.http.budget import Rate
from impact_client import Client
from impact_client.api.partner_groups import list_partner_groups

from sandbox.common.config import SandboxConfig
from sandbox.common.serve import ServerThread
from sandbox.impact import ACCOUNT_SID, AUTH_TOKEN, create_app

from .conftest import Recorder
from .timing import best_of

CALLS = 200
NEVER_BINDS = Rate(1_000_000, 1.0)  # the budget layer runs, but never makes a call wait


def test_per_call_overhead_of_the_overlay_client(record: Recorder) -> None:
    app = create_app(SandboxConfig(records=10))
    url = f"/Advertisers/{ACCOUNT_SID}/Campaigns/1000/MediaPartnerGroups"
    auth = httpx.BasicAuth(ACCOUNT_SID, AUTH_TOKEN)
    same = {"params": {"Page": 1, "PageSize": 1000}, "headers": {"Accept": "application/json", "IR-Version": "14"}}
    with ServerThread(app) as server, httpx.Client(base_url=server.base_url) as raw, \
            Client(base_url=server.base_url, headers=same["headers"], httpx_args={"auth": auth}) as plain, \
            ImpactClient(ACCOUNT_SID, AUTH_TOKEN, base_url=server.base_url, rate=NEVER_BINDS) as impact:
        assert raw.get(url, auth=auth).status_code == 200
        impact.call(list_partner_groups, campaign_id=1000)

        def repeat(call: object) -> object:
            def run() -> None:
                for _ in range(CALLS):
                    call()  # type: ignore[operator]
            return run

        times = best_of({
            "bare": repeat(lambda: raw.get(url, auth=auth).json()),
            "raw": repeat(lambda: raw.get(url, auth=auth, **same).json()),  # type: ignore[arg-type]
            "generated": repeat(lambda: list_partner_groups.sync_detailed(ACCOUNT_SID, 1000, client=plain).parsed),
            "overlay": repeat(lambda: impact.call(list_partner_groups, campaign_id=1000)),
        }, rounds=7)  # type: ignore[arg-type]
    ratio = times["overlay"] / times["raw"]

    def us(name: str) -> str:
        return f"{times[name] / CALLS * 1e6:.0f} µs"

    record("per-call overhead: ImpactClient.call / raw httpx.Client get+json of the same request (loopback, small "
           "JSON)", f"{ratio:.3f}× ({(ratio - 1) * 100:+.1f} %; raw {us('raw')}, overlay {us('overlay')}/call)",
           "≤ +5 %", ratio <= 1.05)
    record("per-call overhead, split: overlay layers alone (overlay / generated function on plain httpx); "
           "request shape (raw same request / raw bare URL)",
           f"{times['overlay'] / times['generated']:.3f}× ({us('generated')} generated on plain httpx); "
           f"{times['raw'] / times['bare']:.3f}× (bare URL {us('bare')}); overlay / bare URL "
           f"{times['overlay'] / times['bare']:.3f}×", "(breakdown)", None)
