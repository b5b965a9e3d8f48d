"""Real HTTP upstreams on loopback for the proxy tests: an echoing service and one that never answers."""

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI, Request

from chassis.stats import ServiceStats, by_county, figure


def echo_app(replica: str = "echo") -> FastAPI:
    app = FastAPI()

    @app.get("/api/v1/{service}/stats")
    async def stats(service: str, request: Request) -> ServiceStats:
        seen = request.headers.get("authorization", "")
        return ServiceStats(service=service, figures=[figure("token_seen", int(bool(seen)), "flag")],
                            by_county=by_county([("441881", 3)]))

    @app.api_route("/api/v1/{service}/echo/{rest:path}", methods=["GET", "POST", "PUT", "DELETE"])
    async def echo(service: str, rest: str, request: Request) -> dict[str, object]:
        body = await request.body()
        return {"service": service, "replica": replica, "method": request.method, "path": request.url.path,
                "query": request.url.query, "headers": dict(request.headers), "body_bytes": len(body),
                "client_port": request.client.port if request.client else None}

    return app


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=5)


@contextmanager
def silent() -> Iterator[str]:
    """Accepts connections and never answers: an upstream that hangs."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    port = listener.getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        listener.close()
