"""A loopback server for the memory benchmark: the same seeded 20,000-action page, ``PAGES`` times, chained by
``@nextpageuri``. Run in its own process (``python -m tests.benchmarks.pageserver PAGES``) so the client's
memory is measured alone; it prints its port, then serves until killed."""

from __future__ import annotations

import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from sandbox.impact import ACCOUNT_SID

from .pages import NEXT, action_rows, page_body


def serve(pages: int) -> None:
    body = page_body(action_rows(20_000), next_uri=NEXT)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            n = int(parse_qs(urlsplit(self.path).query).get("p", ["1"])[0])
            following = f"/Mediapartners/{ACCOUNT_SID}/Actions?p={n + 1}" if n < pages else ""
            content = body.replace(NEXT.encode(), following.encode(), 1)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    serve(int(sys.argv[1]))
