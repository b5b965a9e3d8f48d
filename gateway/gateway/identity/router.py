from typing import Any

from fastapi import APIRouter, Request, Response

from chassis.auth.deps import Public
from gateway.identity.keys import KeyRing

router = APIRouter(tags=["auth"])


@router.get("/.well-known/jwks.json", summary="Public keys that verify access tokens")
async def jwks(request: Request, response: Response, _: Public) -> dict[str, Any]:
    response.headers["Cache-Control"] = "public, max-age=60"
    ring: KeyRing = request.app.state.key_ring
    return ring.jwks()
