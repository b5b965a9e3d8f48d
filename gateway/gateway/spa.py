"""Serves the built SPA: files as they are, index.html for any other non-API path (client routing).

The build writes `x.br` and `x.gz` beside each text file (frontend/vite-plugins/precompress.ts): the best one the
browser accepts is sent (brotli, then gzip, then the file itself; `q=0` refuses), so no request pays for
compression. What may be kept how long:
- `/assets/*` have the hash of their content in their names: cached for a year, immutable. A missing one is a
  404, never index.html (a page of an old release asking for a chunk that is gone must fail, not run HTML);
- everything else (index.html, the service worker `sw.js`, the manifest, the icons) is `no-cache`: checked
  with the server on every use, so a new release and a new service worker are seen at once.
"""

import mimetypes
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from chassis.problems import NotFound
from gateway.compression import accepted_encodings

NOT_BUILT = """<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>乡青 Xiangqing</title>
<body><h1>乡青 Xiangqing</h1><p>前端尚未构建：请运行 <code>make run</code>。</p>
<p>The SPA is not built yet: run <code>make run</code>.</p></body></html>"""

IMMUTABLE = "public, max-age=31536000, immutable"
NO_CACHE = "no-cache"
# The types of what the build writes, whatever the machine's mime.types says (text/* get charset=utf-8).
MEDIA_TYPES = {
    ".html": "text/html",
    ".js": "text/javascript",
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".json": "application/json",
    ".webmanifest": "application/manifest+json",
}
# The server's preference among equally welcome codings, and the suffix of each one's file.
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))


def media_type(path: Path) -> str:
    return MEDIA_TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def choose_encoding(accept_encoding: str, available: list[str]) -> str | None:
    """The coding to send among those available: the client's highest weight, brotli before gzip on a tie;
    None for the file itself."""
    weights = accepted_encodings(accept_encoding)
    welcome = [(weights.get(coding, weights.get("*", 0.0)), -rank, coding)
               for rank, coding in enumerate(name for name, _ in ENCODINGS) if coding in available]
    best = max((w for w in welcome if w[0] > 0), default=None)
    return best[2] if best else None


def file_response(file: Path, accept_encoding: str, cache_control: str) -> FileResponse:
    """The file, or its precompressed variant that the client takes best."""
    variants = {coding: file.with_name(file.name + suffix) for coding, suffix in ENCODINGS}
    available = [coding for coding, variant in variants.items() if variant.is_file()]
    headers = {"cache-control": cache_control}
    if not available:
        return FileResponse(file, media_type=media_type(file), headers=headers)
    headers["vary"] = "Accept-Encoding"
    coding = choose_encoding(accept_encoding, available)
    if coding is None:
        return FileResponse(file, media_type=media_type(file), headers=headers)
    headers["content-encoding"] = coding
    return FileResponse(variants[coding], media_type=media_type(file), headers=headers)


def spa_router(spa_dir: Path) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    root = spa_dir.resolve()

    @router.get("/{path:path}")
    async def spa(path: str, request: Request) -> Response:
        if path.startswith(("api/", ".well-known/")):
            raise NotFound(f"No route /{path}.")
        index = root / "index.html"
        if not index.is_file():
            return HTMLResponse(NOT_BUILT)
        accept_encoding = request.headers.get("accept-encoding", "")
        candidate = (root / path).resolve()
        if path and candidate.is_relative_to(root) and candidate.is_file():
            cache = IMMUTABLE if path.startswith("assets/") else NO_CACHE
            return file_response(candidate, accept_encoding, cache)
        if path.startswith("assets/"):
            raise NotFound(f"No file /{path}: it may belong to an earlier release.")
        return file_response(index, accept_encoding, NO_CACHE)

    return router


def mount_spa(app: FastAPI, spa_dir: Path) -> None:
    app.include_router(spa_router(spa_dir))
