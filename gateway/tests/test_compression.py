import gzip
import json

import httpx
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gateway.compression import CompressionMiddleware, accepted_encodings, accepts

BIG = json.dumps({"items": [{"id": i, "name": f"清远 项目 {i}", "amount": "28000.00"} for i in range(200)]}).encode()
SMALL = b'{"ok": true}'


def app_sending(*chunks: bytes, content_type: str = "application/json", length: bool = True,
                headers: dict[str, str] | None = None, status: int = 200) -> ASGIApp:
    """A bare ASGI app answering the chunks as they are given, with or without a Content-Length."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        raw = [(b"content-type", content_type.encode())]
        if length:
            raw.append((b"content-length", str(sum(map(len, chunks))).encode()))
        raw += [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
        await send({"type": "http.response.start", "status": status, "headers": raw})
        for i, chunk in enumerate(chunks):
            await send({"type": "http.response.body", "body": chunk, "more_body": i < len(chunks) - 1})

    return app


def client_of(app: ASGIApp) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=CompressionMiddleware(app)), base_url="http://test")


async def get(app: ASGIApp, accept_encoding: str | None = "gzip",
              method: str = "GET") -> tuple[httpx.Response, bytes]:
    """The answer and its body as sent (httpx would undo the gzip)."""
    async with client_of(app) as client:
        request = client.build_request(method, "/")
        if accept_encoding is None:
            del request.headers["accept-encoding"]
        else:
            request.headers["accept-encoding"] = accept_encoding
        response = await client.send(request, stream=True)
        return response, b"".join([chunk async for chunk in response.aiter_raw()])


def test_accept_encoding_is_read_with_its_weights() -> None:
    assert accepted_encodings("gzip, deflate, br, zstd") == {"gzip": 1.0, "deflate": 1.0, "br": 1.0, "zstd": 1.0}
    assert accepted_encodings("br;q=0.8, GZIP ; q=0.5, *;q=0") == {"br": 0.8, "gzip": 0.5, "*": 0.0}
    assert accepted_encodings("gzip;q=lots") == {"gzip": 0.0}
    assert accepted_encodings("") == {}


def test_a_coding_is_taken_when_named_or_covered_by_a_star_above_zero() -> None:
    assert accepts({"gzip": 0.1}, "gzip")
    assert not accepts({"gzip": 0.0, "*": 1.0}, "gzip")
    assert accepts({"*": 1.0}, "gzip")
    assert not accepts({"br": 1.0}, "gzip")


async def test_large_json_is_gzipped_for_a_client_that_takes_it() -> None:
    response, body = await get(app_sending(BIG))
    assert response.headers["content-encoding"] == "gzip"
    assert int(response.headers["content-length"]) == len(body) < len(BIG) / 3
    assert gzip.decompress(body) == BIG
    assert response.headers["vary"] == "Accept-Encoding"


async def test_json_that_arrives_in_pieces_with_its_length_is_gzipped_whole() -> None:
    response, body = await get(app_sending(BIG[:5000], BIG[5000:9000], BIG[9000:]))
    assert response.headers["content-encoding"] == "gzip"
    assert gzip.decompress(body) == BIG


async def test_a_whole_body_without_a_length_is_gzipped_when_large() -> None:
    response, body = await get(app_sending(BIG, length=False))
    assert response.headers["content-encoding"] == "gzip"
    assert gzip.decompress(body) == BIG


async def test_without_accept_encoding_or_with_gzip_refused_the_json_is_sent_as_it_is() -> None:
    for accept_encoding in (None, "identity", "br", "gzip;q=0", "*;q=0"):
        response, body = await get(app_sending(BIG), accept_encoding)
        assert "content-encoding" not in response.headers, accept_encoding
        assert body == BIG
        assert response.headers["vary"] == "Accept-Encoding"


async def test_small_json_is_not_compressed() -> None:
    for app in (app_sending(SMALL), app_sending(SMALL, length=False)):
        response, body = await get(app)
        assert "content-encoding" not in response.headers
        assert body == SMALL


async def test_downloads_and_pages_are_left_alone() -> None:
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    for content_type in (xlsx, "application/pdf", "text/html; charset=utf-8", "text/javascript"):
        response, body = await get(app_sending(BIG, content_type=content_type))
        assert "content-encoding" not in response.headers
        assert "vary" not in response.headers
        assert body == BIG


async def test_an_answer_already_encoded_or_marked_no_transform_is_left_alone() -> None:
    encoded = gzip.compress(BIG)
    response, body = await get(app_sending(encoded, headers={"content-encoding": "gzip"}))
    assert body == encoded  # not gzipped twice
    response, _ = await get(app_sending(BIG, headers={"cache-control": "no-transform"}))
    assert "content-encoding" not in response.headers


async def test_problem_json_is_compressed_too_and_a_strong_etag_becomes_weak() -> None:
    response, _ = await get(app_sending(BIG, content_type="application/problem+json", headers={"etag": '"v1"'}))
    assert response.headers["content-encoding"] == "gzip"
    assert response.headers["etag"] == 'W/"v1"'


async def test_head_is_not_compressed() -> None:
    response, _ = await get(app_sending(BIG), method="HEAD")
    assert "content-encoding" not in response.headers


async def test_a_stream_without_a_length_is_passed_on_chunk_by_chunk() -> None:
    """Each chunk reaches the client before the app writes the next: nothing is held back."""
    received: list[Message] = []
    seen_before_each_chunk: list[int] = []

    async def streaming(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        for i in range(3):
            seen_before_each_chunk.append(len(received))
            await send({"type": "http.response.body", "body": BIG, "more_body": i < 2})

    async def record(message: Message) -> None:
        received.append(message)

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    scope = {"type": "http", "method": "GET", "headers": [(b"accept-encoding", b"gzip")], "path": "/"}
    await CompressionMiddleware(streaming)(scope, receive, record)
    assert seen_before_each_chunk == [0, 2, 3]  # the start and the first chunk go out together, then each chunk
    assert [m.get("body") for m in received[1:]] == [BIG, BIG, BIG]
    assert all((b"content-encoding", b"gzip") not in m.get("headers", []) for m in received)


async def test_proxied_json_is_compressed_and_the_spa_is_not_compressed_again(client: httpx.AsyncClient) -> None:
    pad = "qingyuan" * 1000  # echoed back in the JSON: 8 KB
    response = await client.get("/api/v1/loans/echo/x", headers={"accept-encoding": "gzip", "x-pad": pad})
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    assert response.json()["headers"]["x-pad"] == pad  # httpx undid the gzip
    plain = await client.get("/api/v1/loans/echo/x", headers={"accept-encoding": "identity", "x-pad": pad})
    assert "content-encoding" not in plain.headers
    assert int(plain.headers["content-length"]) > int(response.headers["content-length"])
    page = await client.get("/", headers={"accept-encoding": "gzip"})
    assert "content-encoding" not in page.headers
