"""4. Rate-limit efficiency: a 500-request job against a sandbox bucket of 100 requests a second (burst 10).

The client's budget is set to the bucket's documented rate (``Rate(100, 1.0, burst=10)``). The fastest any
client could finish is ``(500 - burst) / 100`` seconds (the burst is free, then one request per refill), so
efficiency is that floor over the time taken; 429s are what the server refused (and the retry layer absorbed),
failed requests are calls that raised.
"""

from __future__ import annotations

import time

from affiliate_clients import ApiError, ImpactClient
from affiliate_clients.generated.impact_client.api.partner_groups import list_partner_groups
from affiliate_clients.http.budget import Rate
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.serve import ServerThread
from affiliate_clients.sandbox.impact import ACCOUNT_SID, AUTH_TOKEN, create_app

from .conftest import Recorder

REQUESTS, PER_SECOND, BURST = 500, 100, 10


def test_rate_limit_efficiency(record: Recorder) -> None:
    app = create_app(SandboxConfig(records=10, rate_per_second=PER_SECOND, burst=BURST))
    failed = 0
    with ServerThread(app) as server, ImpactClient(ACCOUNT_SID, AUTH_TOKEN, base_url=server.base_url,
                                                   rate=Rate(PER_SECOND, 1.0, burst=BURST)) as impact:
        started = time.perf_counter()
        for _ in range(REQUESTS):
            try:
                impact.call(list_partner_groups, campaign_id=1000)
            except ApiError:
                failed += 1
        took = time.perf_counter() - started
        stats = impact.stats
    floor = (REQUESTS - BURST) / PER_SECOND
    efficiency = floor / took
    share_429 = stats.rate_limited / stats.requests
    record(f"rate-limit efficiency: {REQUESTS} requests, sandbox bucket {PER_SECOND}/s burst {BURST}, client "
           f"Rate({PER_SECOND}, 1.0, burst={BURST})",
           f"{efficiency * 100:.1f} % of the allowed rate ({REQUESTS / took:.1f} req/s over {took:.2f} s, floor "
           f"{floor:.2f} s); {failed} failed; {stats.rate_limited} 429s ({share_429 * 100:.1f} % of "
           f"{stats.requests} sent)", "≥ 95 %, 0 failed, ≤ 1 % 429s",
           efficiency >= 0.95 and failed == 0 and share_429 <= 0.01)
