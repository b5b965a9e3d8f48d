"""The headers that tell a browser what it may do with our answers, on every response of every app.

An API answer is data, never a page: nothing in it may load or run, and no site may frame it. The SPA
(text/html from the gateway) loads scripts only from its own origin: no inline script, no eval, so a name
that slipped through as markup would still not run. Styles may be inline (Ant Design writes its CSS at run
time); images may be data: or blob: URLs (ECharts' export, QR codes). The API docs pages (/docs, /redoc)
load FastAPI's Swagger UI and ReDoc from their CDN with an inline starter script. The SPA's service worker
(`/sw.js`) may fetch from its own origin, nothing more.
HSTS is sent when the request came over https, or when the settings say TLS ends in front of the app.
"""

from starlette.types import ASGIApp, Message, Receive, Scope, Send

API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
               "font-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; "
               "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")
_CDN = "https://cdn.jsdelivr.net"
DOCS_POLICY = "; ".join([
    "default-src 'self'", f"script-src 'self' 'unsafe-inline' {_CDN}", f"style-src 'self' 'unsafe-inline' {_CDN}",
    "img-src 'self' data: https://fastapi.tiangolo.com", f"font-src 'self' data: {_CDN} https://fonts.gstatic.com",
    "worker-src 'self' blob:", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'",
])
DOCS_PATHS = ("/docs", "/redoc")
# The SPA's service worker runs under the policy its script came with: it fetches the app's own files (its
# precache) and nothing else. Every other script is loaded by a page and keeps the API's policy.
WORKER_POLICY = "default-src 'none'; connect-src 'self'"
WORKER_PATHS = ("/sw.js",)
HSTS = "max-age=31536000; includeSubDomains"
ALWAYS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "strict-origin-when-cross-origin",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "microphone=(), geolocation=(), payment=(), usb=()",
}


_ALWAYS = [(name.encode(), value.encode()) for name, value in ALWAYS.items()]
_SET = frozenset({name for name, _ in _ALWAYS} | {b"content-security-policy", b"strict-transport-security"})


def policy_for(path: str, content_type: str) -> str:
    if path in WORKER_PATHS and content_type.startswith("text/javascript"):
        return WORKER_POLICY
    if not content_type.startswith("text/html"):
        return API_POLICY
    return DOCS_POLICY if path.startswith(DOCS_PATHS) else PAGE_POLICY


class SecurityHeadersMiddleware:
    """Sets the headers on every HTTP response, replacing any an upstream sent (the gateway's proxy)."""

    def __init__(self, app: ASGIApp, *, behind_tls: bool = False) -> None:
        self.app = app
        self.behind_tls = behind_tls

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        tls = self.behind_tls or scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                # One pass over the answer's headers: ours replace any of the same name.
                content_type = b""
                headers = []
                for name, value in message.get("headers", ()):
                    lowered = name.lower()
                    if lowered == b"content-type":
                        content_type = value
                    if lowered not in _SET:
                        headers.append((name, value))
                headers += _ALWAYS
                headers.append((b"content-security-policy",
                                policy_for(scope["path"], content_type.decode("latin-1")).encode()))
                if tls:
                    headers.append((b"strict-transport-security", HSTS.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
