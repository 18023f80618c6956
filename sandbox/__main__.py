"""``python -m sandbox <api> [--port N] [--records N] [--seed N] [--rate R]``: serve one sandbox on 127.0.0.1."""

from __future__ import annotations

import argparse

from affiliate_clients.sandbox import APIS, load
from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.serve import run


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m sandbox", description=__doc__)
    parser.add_argument("api", choices=APIS)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--records", type=int, default=10_000, help="size of the seeded data set")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rate", type=float, default=None, help="requests per second before 429 (default: no limit)")
    args = parser.parse_args()
    module = load(args.api)
    app = module.create_app(SandboxConfig(seed=args.seed, records=args.records, rate_per_second=args.rate))
    print(f"{args.api} sandbox on http://127.0.0.1:{args.port}  (auth headers: see sandbox.{args.api}.AUTH_HEADERS)")
    run(app, args.port)


if __name__ == "__main__":
    main()
