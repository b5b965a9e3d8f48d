"""Callers for the benchmarks that cost the machine as little as they can: plain HTTP/1.1 over asyncio streams.

On two cores the callers share the CPU with what they measure; a full HTTP client spends more on each request
than the gateway's own work being measured, so the concurrent callers here write a GET by hand, keep their
connection alive, and read the answer by its Content-Length.
"""

import asyncio
import contextlib
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit


@dataclass
class Tally:
    """What a run of callers got: answers by status, and the errors (a dropped connection, a timeout)."""

    statuses: dict[int, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, status: int) -> None:
        self.statuses[status] = self.statuses.get(status, 0) + 1

    @property
    def ok(self) -> int:
        return self.statuses.get(200, 0)

    @property
    def per_second(self) -> float:
        """200 answers a second: a 429 or an error is not throughput."""
        return self.ok / self.seconds if self.seconds else 0.0


class Connection:
    """One kept-alive connection that sends the same GET again and again."""

    def __init__(self, url: str, headers: dict[str, str]) -> None:
        parts = urlsplit(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        lines = [f"GET {target} HTTP/1.1", f"Host: {parts.netloc}", *(f"{k}: {v}" for k, v in headers.items())]
        self.request = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self) -> int:
        """The status of one answer (its body read and dropped)."""
        if self.reader is None or self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(self.request)
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        length = next((int(line.split(":", 1)[1]) for line in lines[1:] if line.lower().startswith("content-length:")),
                      None)
        if length is None:
            raise RuntimeError("an answer without Content-Length")
        await self.reader.readexactly(length)
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError):
                await self.writer.wait_closed()


async def hammer(url: str, headers: dict[str, str], *, callers: int, seconds: float) -> Tally:
    """`callers` connections each sending the GET as fast as answers come back, for `seconds`."""
    tally = Tally()
    deadline = time.perf_counter() + seconds

    async def caller() -> None:
        connection = Connection(url, headers)
        try:
            while time.perf_counter() < deadline:
                try:
                    tally.count(await asyncio.wait_for(connection.get(), timeout=10))
                except (OSError, asyncio.IncompleteReadError, RuntimeError, ValueError) as exc:  # a timeout too
                    tally.errors.append(repr(exc))
                    await connection.close()
                    connection = Connection(url, headers)
        finally:
            await connection.close()

    started = time.perf_counter()
    await asyncio.gather(*(caller() for _ in range(callers)))
    tally.seconds = time.perf_counter() - started
    return tally
