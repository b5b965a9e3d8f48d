"""The API reference at the one door: `/api/openapi.json` (the merged document, or `?audience=bank`) and
`/api/docs` (Swagger UI from the gateway's own files: no CDN, no inline script)."""

from importlib.resources import files
from typing import Annotated

from fastapi import APIRouter, Query, Response
from fastapi.responses import FileResponse, HTMLResponse

from chassis.auth.deps import Public
from chassis.problems import NotFound
from gateway.reference import documents
from gateway.reference.audience import Audience

router = APIRouter(tags=["reference"])

HERE = files("gateway.reference") / "static"
SWAGGER = files("swagger_ui") / "static"
ASSETS = {
    "swagger-ui-bundle.js": SWAGGER, "swagger-ui.css": SWAGGER, "favicon-32x32.png": SWAGGER,
    "docs.js": HERE, "docs.css": HERE,
}


@router.get("/api/openapi.json", summary="The API reference: every route of the gateway and the services, or a bank's",
            response_class=Response, responses={200: {"content": {"application/json": {
                "schema": {"type": "object", "description": "An OpenAPI 3.1 document"}}}}})
async def openapi_document(
        _: Public,
        audience: Annotated[Audience, Query(description="all: every route; bank: what a bank's system may call")]
        = Audience.all) -> Response:
    return Response(documents.body(audience), media_type="application/json",
                    headers={"Cache-Control": "public, max-age=300"})


@router.get("/api/docs", summary="The API reference as a page (Swagger UI)", response_class=HTMLResponse,
            include_in_schema=False)
async def docs_page(_: Public) -> HTMLResponse:
    return HTMLResponse((HERE / "docs.html").read_text(encoding="utf-8"),
                        headers={"Cache-Control": "no-cache"})


@router.get("/api/docs/assets/{name}", summary="The reference page's scripts and styles", include_in_schema=False)
async def docs_asset(name: str, _: Public) -> FileResponse:
    folder = ASSETS.get(name)
    if folder is None:
        raise NotFound("No such file.")
    return FileResponse(str(folder / name), headers={"Cache-Control": "public, max-age=86400"})
