"""2. Per-call overhead of the overlay client over raw ``httpx.Client``, small JSON answers on loopback.

The server runs in its own process, as a real API does (``sandboxserver.py``); the same comparison against a
server in the benchmark's own process is given too, where every microsecond the client spends also holds up
the server (one GIL), so client-side costs count about twice.

The headline compares ``ImpactClient.call(list_partner_groups, ...)`` (auth, retry and budget layers, typed
errors, the generated request and the typed models, read by the fast parse) with raw httpx sending the same
request (the query parameters the generated function sends, the headers impact needs) and decoding the JSON.
Two more figures split it: raw httpx with a bare URL and only ``Accept: application/json`` (what the rest of
the request shape costs), and the stock generated ``sync_detailed`` over a plain httpx client (its stock
``json.loads`` + ``from_dict`` parse, no overlay).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
from affiliate_clients import ImpactClient
from affiliate_clients.generated.impact_client import Client
from affiliate_clients.generated.impact_client.api.partner_groups import list_partner_groups
from affiliate_clients.http.budget import Rate
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.serve import ServerThread
from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_TOKEN, create_app

from .conftest import Recorder
from .timing import best_of

CALLS = 200
ROUNDS = 15  # best of 15 interleaved rounds per contender: the loopback figure swings between runs
ROOT = Path(__file__).resolve().parents[2]
NEVER_BINDS = Rate(1_000_000, 1.0)  # the budget layer runs, but never makes a call wait
JSON = {"Accept": "application/json"}  # the least a request needs: impact (and its sandbox) answer XML otherwise


def _times(base_url: str) -> dict[str, float]:
    """Best seconds per ``CALLS`` calls of each contender against the server at ``base_url``."""
    url = f"/Advertisers/{ACCOUNT_SID}/Campaigns/1000/MediaPartnerGroups"
    auth = httpx.BasicAuth(ACCOUNT_SID, AUTH_TOKEN)
    same = {"params": {"Page": 1, "PageSize": 1000}, "headers": {"Accept": "application/json", "IR-Version": "14"}}
    with httpx.Client(base_url=base_url) as raw, \
            Client(base_url=base_url, headers=same["headers"], httpx_args={"auth": auth}) as plain, \
            ImpactClient(ACCOUNT_SID, AUTH_TOKEN, base_url=base_url, rate=NEVER_BINDS) as impact:
        assert raw.get(url, auth=auth, headers=JSON).status_code == 200
        impact.call(list_partner_groups, campaign_id=1000)

        def repeat(call: object) -> object:
            def run() -> None:
                for _ in range(CALLS):
                    call()  # type: ignore[operator]
            return run

        return best_of({
            "bare": repeat(lambda: raw.get(url, auth=auth, headers=JSON).json()),
            "raw": repeat(lambda: raw.get(url, auth=auth, **same).json()),  # type: ignore[arg-type]
            "generated": repeat(lambda: list_partner_groups.sync_detailed(ACCOUNT_SID, 1000, client=plain).parsed),
            "overlay": repeat(lambda: impact.call(list_partner_groups, campaign_id=1000)),
        }, rounds=ROUNDS)  # type: ignore[arg-type]


def test_per_call_overhead_of_the_overlay_client(record: Recorder) -> None:
    server = subprocess.Popen([sys.executable, "-m", "tests.benchmarks.sandboxserver"], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        times = _times(server.stdout.readline().strip())
    finally:
        server.terminate()
        server.wait(timeout=10)
    with ServerThread(create_app(SandboxConfig(records=10))) as in_process:
        shared = _times(in_process.base_url)
    ratio = times["overlay"] / times["raw"]

    def us(name: str) -> str:
        return f"{times[name] / CALLS * 1e6:.0f} µs"

    record("per-call overhead: ImpactClient.call / raw httpx.Client get+json of the same request (loopback, small "
           "JSON, server in its own process)", f"{ratio:.3f}× ({(ratio - 1) * 100:+.1f} %; raw {us('raw')}, overlay "
           f"{us('overlay')}/call)", "≤ +5 %", ratio <= 1.05)
    record("per-call overhead, server in the benchmark's own process (client and server share one GIL)",
           f"{shared['overlay'] / shared['raw']:.3f}× (raw {shared['raw'] / CALLS * 1e6:.0f} µs, overlay "
           f"{shared['overlay'] / CALLS * 1e6:.0f} µs/call)", "(reference)", None)
    record("per-call overhead, split: the overlay against the stock generated sync_detailed on plain httpx (its "
           "json.loads + from_dict parse); request shape (raw same request / raw bare URL, only Accept: JSON)",
           f"overlay / stock generated {times['overlay'] / times['generated']:.3f}× (stock generated "
           f"{us('generated')}, {times['generated'] / times['raw']:.3f}× raw); "
           f"{times['raw'] / times['bare']:.3f}× (bare URL {us('bare')}); overlay / bare URL "
           f"{times['overlay'] / times['bare']:.3f}×", "(breakdown)", None)
