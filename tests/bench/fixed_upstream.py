"""An upstream that costs next to nothing: every request gets the same 1.7 kB JSON answer (about what
`GET /api/v1/loans/lpr?limit=20` returns), so a client's own cost is what a benchmark against it measures.

    python -m uvicorn tests.bench.fixed_upstream:app --port 19691 --no-access-log
"""

from starlette.types import Receive, Scope, Send

ITEM = b'{"id":"968f2a23-413c-5b5e-9d0c-1f2e3d4c5b6a","rate":"3.45","effective_date":"2026-01-20"}'
BODY = b'{"items":[' + b",".join([ITEM] * 20) + b'],"total":120,"limit":20,"offset":0}'
HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
    await send({"type": "http.response.body", "body": BODY})
