"""Gzip for the API's JSON answers of a few kilobytes or more, when the client accepts it.

On a phone's slow link a page of 200 applications (about 100 KB of JSON) is half a second of waiting; gzipped
it is a tenth of that, for a fraction of a millisecond here. Pure ASGI, like the chassis' middleware: an answer
it will not compress passes through as it comes, chunk by chunk, never held back. It compresses only:
- when the request's Accept-Encoding takes gzip (q=0 is a refusal), and not for HEAD;
- JSON (`application/json`, `application/problem+json`, any `+json`): downloads (xlsx, pdf), pages and the
  SPA's precompressed files are left alone, and so is anything with a Content-Encoding or `no-transform`;
- a body of at least `minimum_size` bytes whose length is known: by its Content-Length, or because it came in
  one piece. A body that streams without a length is passed through.
Every JSON answer says `Vary: Accept-Encoding`, compressed or not, so a cache keeps the two apart.
"""

import asyncio
import zlib

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MINIMUM_SIZE = 4096
LEVEL = 5
# A JSON answer above this is not held in memory to be compressed (a page of 200 rows is about 100 KB).
MAXIMUM_SIZE = 4 * 1024 * 1024
# Above this, gzip runs in a thread (a millisecond or more) rather than on the event loop.
INLINE_SIZE = 64 * 1024


def accepted_encodings(header: str) -> dict[str, float]:
    """An Accept-Encoding header as {coding: weight}: `gzip;q=0.5, br` is {"gzip": 0.5, "br": 1.0}.

    An unreadable weight counts as a refusal (0), so a garbled header never gets what it did not ask for.
    """
    weights: dict[str, float] = {}
    for item in header.split(","):
        coding, *params = (part.strip() for part in item.split(";"))
        if not coding:
            continue
        weight = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    weight = min(max(float(value.strip()), 0.0), 1.0)
                except ValueError:
                    weight = 0.0
        weights[coding.lower()] = weight
    return weights


def accepts(weights: dict[str, float], coding: str) -> bool:
    """Whether the client takes `coding`: named with a weight above 0, or covered by `*` above 0."""
    if coding in weights:
        return weights[coding] > 0
    return weights.get("*", 0) > 0


def gzip(data: bytes, level: int) -> bytes:
    return zlib.compress(data, level, wbits=31)  # wbits 31: the gzip container (header and CRC)


def is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


class CompressionMiddleware:
    def __init__(self, app: ASGIApp, *, minimum_size: int = MINIMUM_SIZE, level: int = LEVEL) -> None:
        self.app = app
        self.minimum_size = minimum_size
        self.level = level

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        gzip_ok = scope["method"] != "HEAD" and accepts(
            accepted_encodings(Headers(scope=scope).get("accept-encoding", "")), "gzip")
        await self.app(scope, receive, _Responder(send, gzip_ok, self.minimum_size, self.level).send)


class _Responder:
    """One response: its start is held until the first body chunk says whether the body will be compressed;
    then either both go out as they are, or the body is gathered (its length is known) and sent gzipped."""

    def __init__(self, send: Send, gzip_ok: bool, minimum_size: int, level: int) -> None:
        self._send = send
        self.gzip_ok = gzip_ok
        self.minimum_size = minimum_size
        self.level = level
        self.held: Message | None = None  # the start of a response that may be compressed
        self.known_length = False
        self.chunks: list[bytes] | None = None  # the body being gathered

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            await self._start(message)
        elif self.held is None:
            await self._send(message)
        elif message["type"] != "http.response.body":
            await self._release()  # anything else (a file sent by path): what is held goes out as it was
            await self._send(message)
        elif self.chunks is None:
            await self._first_chunk(message)
        else:
            await self._gather(message)

    async def _release(self) -> None:
        start, chunks, self.held, self.chunks = self.held, self.chunks, None, None
        assert start is not None
        await self._send(start)
        if chunks:
            await self._send({"type": "http.response.body", "body": b"".join(chunks), "more_body": True})

    async def _start(self, message: Message) -> None:
        headers = MutableHeaders(scope=message)
        if not is_json(headers.get("content-type", "")) or "content-encoding" in headers or (
                "no-transform" in headers.get("cache-control", "")):
            await self._send(message)
            return
        headers.add_vary_header("Accept-Encoding")
        length = headers.get("content-length", "")
        self.known_length = length.isdigit()
        if not self.gzip_ok or message["status"] in (204, 304) or (
                self.known_length and not self.minimum_size <= int(length) <= MAXIMUM_SIZE):
            await self._send(message)
            return
        self.held = message

    async def _first_chunk(self, message: Message) -> None:
        body = message.get("body", b"")
        whole = not message.get("more_body", False)
        if not self.known_length and not (whole and len(body) >= self.minimum_size):
            # A stream of unknown length, or a whole body too small to be worth it: as it is.
            await self._release()
            await self._send(message)
            return
        self.chunks = []
        await self._gather(message)

    async def _gather(self, message: Message) -> None:
        assert self.chunks is not None and self.held is not None
        self.chunks.append(message.get("body", b""))
        if message.get("more_body", False):
            return
        raw = b"".join(self.chunks)
        body = gzip(raw, self.level) if len(raw) <= INLINE_SIZE else await asyncio.to_thread(gzip, raw, self.level)
        start, self.held, self.chunks = self.held, None, None
        headers = MutableHeaders(scope=start)
        headers["content-encoding"] = "gzip"
        headers["content-length"] = str(len(body))
        etag = headers.get("etag")
        if etag and not etag.startswith("W/"):
            headers["etag"] = f"W/{etag}"  # the same JSON, in other bytes
        await self._send(start)
        await self._send({"type": "http.response.body", "body": body, "more_body": False})
