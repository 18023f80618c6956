"""Two ways to reach a sandbox: in-process (sync and async httpx transports) and over loopback."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Coroutine
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx
import uvicorn
from starlette.types import ASGIApp

T = TypeVar("T")
LOOPBACK = "127.0.0.1"


class SyncASGITransport(httpx.BaseTransport):
    """A sync httpx transport that runs an ASGI app on a private event loop in a background thread.

    ``httpx.ASGITransport`` serves only ``AsyncClient``; this gives sync clients the same in-process route.
    Exceptions raised by the app (for example an injected dropped connection) reach the caller, and an answer
    slower than the request's read timeout raises ``httpx.ReadTimeout`` as it would over a network.
    Closing it fails the requests still waiting (another thread's, say) instead of leaving them hanging.
    """

    def __init__(self, app: ASGIApp) -> None:
        self._inner = httpx.ASGITransport(app=app)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="sandbox-asgi", daemon=True)
        self._thread.start()
        self._lock = threading.Lock()
        self._waiting: set[concurrent.futures.Future[Any]] = set()
        self._closed = False

    def _run(self, coro: Coroutine[Any, Any, T]) -> T:
        with self._lock:
            if self._closed:
                coro.close()
                raise RuntimeError("the in-process sandbox transport is closed")
            future = asyncio.run_coroutine_threadsafe(coro, self._loop)
            self._waiting.add(future)
        try:
            return future.result()
        except concurrent.futures.CancelledError:
            raise RuntimeError("the in-process sandbox transport was closed during the request") from None
        finally:
            with self._lock:
                self._waiting.discard(future)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()

        async def call() -> httpx.Response:
            async_request = httpx.Request(request.method, request.url, headers=request.headers, content=content,
                                          extensions=request.extensions)
            response = await self._inner.handle_async_request(async_request)
            body = await response.aread()
            return httpx.Response(response.status_code, headers=response.headers, content=body,
                                  extensions=response.extensions, request=request)

        read = (request.extensions.get("timeout") or {}).get("read")
        if read is None:
            return self._run(call())
        try:
            return self._run(asyncio.wait_for(call(), read))
        except TimeoutError:
            raise httpx.ReadTimeout(f"no answer within the read timeout ({read} s)", request=request) from None

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            waiting, self._waiting = self._waiting, set()
        for future in waiting:
            future.cancel()
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=5)
        if not self._loop.is_closed() and not self._loop.is_running():
            if unfinished := asyncio.all_tasks(self._loop):  # let the cancelled requests unwind
                self._loop.run_until_complete(asyncio.gather(*unfinished, return_exceptions=True))
            self._loop.close()


class ServerThread:
    """Serves an ASGI app with uvicorn on 127.0.0.1 in a background thread (port 0: any free port).

    Use as a context manager; ``base_url`` is ready on entry.
    """

    def __init__(self, app: ASGIApp, port: int = 0) -> None:
        config = uvicorn.Config(app, host=LOOPBACK, port=port, log_level="critical", log_config=None,
                                lifespan="off", access_log=False)
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self.server.run, name="sandbox-server", daemon=True)
        self.base_url = ""

    def __enter__(self) -> Self:
        self._thread.start()
        while not self.server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the sandbox server did not start")
            threading.Event().wait(0.01)
        port = self.server.servers[0].sockets[0].getsockname()[1]
        self.base_url = f"http://{LOOPBACK}:{port}"
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.server.should_exit = True
        self._thread.join(timeout=10)


def run(app: ASGIApp, port: int) -> None:
    """Serve in the foreground on 127.0.0.1 until interrupted."""
    uvicorn.run(app, host=LOOPBACK, port=port, log_level="info")
