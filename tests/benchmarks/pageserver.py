"""A loopback server for the memory benchmark: the same seeded 20,000-action page, ``PAGES`` times, chained by
``@nextpageuri`` and numbered as impact numbers them (``Page=N``, ``@numpages``, ``@lastpageuri``), so the
client can fetch pages ahead. Run in its own process (``python -m tests.benchmarks.pageserver PAGES``) so the
client's memory is measured alone; it prints its port, then serves until killed."""

from __future__ import annotations

import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from affiliate_clients.sandbox.impact import ACCOUNT_SID

from .pages import NEXT, action_rows, page_body


def serve(pages: int) -> None:
    rows = action_rows(20_000)
    body = page_body(rows, next_uri=NEXT)
    first, last = (f'"Id": "{rows[i]["Id"]}"'.encode() for i in (0, -1))

    def address(n: int) -> str:
        return f"/Mediapartners/{ACCOUNT_SID}/Actions?PageSize=20000&Page={n}"

    def numbered(content: bytes, n: int) -> bytes:
        """Page ``n``: its ``@page``, and first and last action ids of its own (the driver refuses a repeat)."""
        content = content.replace(b'"@page": "1"', f'"@page": "{n}"'.encode(), 1)
        content = content.replace(b'"@numpages": "1"', f'"@numpages": "{pages}"'.encode(), 1)
        content = content.replace(b'"@lastpageuri": "/p"', f'"@lastpageuri": "{address(pages)}"'.encode(), 1)
        content = content.replace(first, first[:-1] + f'-{n}"'.encode(), 1)
        head, _, tail = content.rpartition(last)
        return head + last[:-1] + f'-{n}"'.encode() + tail

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            n = int(parse_qs(urlsplit(self.path).query).get("Page", ["1"])[0])
            following = address(n + 1) if n < pages else ""
            content = numbered(body.replace(NEXT.encode(), following.encode(), 1), n)
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
