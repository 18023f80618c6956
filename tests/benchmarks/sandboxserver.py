"""The impact sandbox served over loopback from its own process (``python -m tests.benchmarks.sandboxserver``):
for benchmarks whose client must not share an interpreter (and its GIL) with the server, as no real client
does. Prints the base URL, then serves until killed."""

from __future__ import annotations

import threading

from affiliate_clients.sandbox.common.config import SandboxConfig
from affiliate_clients.sandbox.common.serve import ServerThread
from affiliate_clients.sandbox.impact import create_app


def main() -> None:
    with ServerThread(create_app(SandboxConfig(records=10))) as server:
        print(server.base_url, flush=True)
        threading.Event().wait()


if __name__ == "__main__":
    main()
