"""``python -m sandbox <api> [--port N] [--records N] [--seed N] [--rate R] [--drift SEED [--drift-rate R]]``:
serve one sandbox on 127.0.0.1 (``--drift``: its records drift from the spec, see ``sandbox.common.drift``).

Also ``python -m affiliate_clients.sandbox <api>``. Prints the base URL, the credentials (the sandbox's public
fixture values) and the dates its data covers, then serves until interrupted.
"""

from __future__ import annotations

import argparse

from affiliate_clients.sandbox import APIS, facts, load
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.drift import DRIFT_KINDS, DriftPlan
from affiliate_clients.sandbox.common.serve import run


def main() -> None:
    prog = f"python -m {__spec__.parent}" if __spec__ is not None and __spec__.parent else "python -m sandbox"
    parser = argparse.ArgumentParser(prog=prog, description=__doc__)
    parser.add_argument("api", choices=APIS)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--records", type=int, default=10_000, help="size of the seeded data set")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rate", type=float, default=None, help="requests per second before 429 (default: no limit)")
    parser.add_argument("--drift", type=int, default=None, metavar="SEED",
                        help="answer records that drift from the spec, decided by SEED (default: no drift)")
    parser.add_argument("--drift-rate", type=float, default=0.05, help="share of records drifted (default: 0.05)")
    parser.add_argument("--drift-kinds", default=",".join(DRIFT_KINDS), help="comma-separated drift kinds")
    args = parser.parse_args()
    drift = None
    if args.drift is not None:
        try:
            drift = DriftPlan(args.drift, args.drift_rate, tuple(args.drift_kinds.split(",")))
        except ValueError as exc:
            parser.error(str(exc))
    config = SandboxConfig(seed=args.seed, records=args.records, rate_per_second=args.rate, drift=drift)
    app = load(args.api).create_app(config)
    print(facts(args.api, app).served_on(args.port).describe(), flush=True)
    if drift is not None:
        print(f"  drift: seed {drift.seed}, {drift.rate:.0%} of records, kinds {', '.join(drift.kinds)}", flush=True)
    run(app, args.port)


if __name__ == "__main__":
    main()
