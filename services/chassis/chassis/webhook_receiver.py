"""A partner bank's webhook receiver on loopback, for tests: a uvicorn server that verifies signatures."""

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import uvicorn
from fastapi import FastAPI, Request, Response

from chassis import webhooks


@dataclass(frozen=True)
class Delivery:
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """Verifies each delivery with `secret` (401 if it fails) and answers `status` otherwise."""

    secret: str
    status: int = 204
    url: str = ""
    deliveries: list[Delivery] = field(default_factory=list)

    def app(self) -> FastAPI:
        app = FastAPI()

        @app.post("/webhooks")
        async def receive(request: Request) -> Response:
            body = await request.body()
            headers = dict(request.headers)
            try:
                webhooks.verify(self.secret, body, headers)
            except webhooks.InvalidWebhook:
                return Response(status_code=401)
            self.deliveries.append(Delivery(headers, body))
            return Response(status_code=self.status)

        return app


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(receiver: Receiver, *, tls: tuple[Path, Path] | None = None) -> Iterator[Receiver]:
    """The receiver on a free port of 127.0.0.1; over https when `tls` gives a certificate and key file."""
    port = _free_port()
    cert_file, key_file = tls or (None, None)
    server = uvicorn.Server(uvicorn.Config(receiver.app(), host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off", ssl_certfile=cert_file, ssl_keyfile=key_file))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    receiver.url = f"{'https' if tls else 'http'}://127.0.0.1:{port}/webhooks"
    try:
        yield receiver
    finally:
        server.should_exit = True
        thread.join(timeout=5)
