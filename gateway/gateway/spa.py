"""Serves the built SPA: files as they are, index.html for any other non-API path (client routing)."""

from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi.responses import FileResponse, HTMLResponse, Response

from chassis.problems import NotFound

NOT_BUILT = """<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>乡青 Xiangqing</title>
<body><h1>乡青 Xiangqing</h1><p>前端尚未构建：请运行 <code>make run</code>。</p>
<p>The SPA is not built yet: run <code>make run</code>.</p></body></html>"""


def spa_router(spa_dir: Path) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    root = spa_dir.resolve()

    @router.get("/{path:path}")
    async def spa(path: str) -> Response:
        if path.startswith(("api/", ".well-known/")):
            raise NotFound(f"No route /{path}.")
        index = root / "index.html"
        if not index.is_file():
            return HTMLResponse(NOT_BUILT)
        candidate = (root / path).resolve()
        if path and candidate.is_relative_to(root) and candidate.is_file():
            cache = "public, max-age=31536000, immutable" if path.startswith("assets/") else "no-cache"
            return FileResponse(candidate, headers={"cache-control": cache})
        return FileResponse(index, headers={"cache-control": "no-cache"})

    return router


def mount_spa(app: FastAPI, spa_dir: Path) -> None:
    app.include_router(spa_router(spa_dir))
