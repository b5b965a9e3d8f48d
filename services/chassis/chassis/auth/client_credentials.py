"""A service's own access token, for calling another service through the gateway.

    token = ClientCredentials(token_url=f"{gateway}/api/v1/auth/token", client_id=..., client_secret=...)
    await http.get(f"{gateway}/api/v1/products/products", headers=await token.headers())

The gateway answers OAuth2 client credentials with a 15-minute token (role `service`, scope: the services
this client may call). It is fetched when first needed and reused until a minute before it expires.
"""

import asyncio
import time
from collections.abc import Callable

import httpx

RENEW_BEFORE_SECONDS = 60


class ClientCredentials:
    def __init__(self, *, token_url: str, client_id: str, client_secret: str, scope: str = "",
                 http: httpx.AsyncClient | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self._url = token_url
        self._auth = (client_id, client_secret)
        self._scope = scope
        self._http = http
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = asyncio.Lock()

    async def token(self) -> str:
        async with self._lock:
            if self._token is None or self._clock() >= self._expires_at - RENEW_BEFORE_SECONDS:
                await self._fetch()
            assert self._token is not None
            return self._token

    async def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {await self.token()}"}

    async def _fetch(self) -> None:
        data = {"grant_type": "client_credentials", **({"scope": self._scope} if self._scope else {})}
        if self._http is not None:
            response = await self._http.post(self._url, data=data, auth=self._auth)
        else:
            async with httpx.AsyncClient(timeout=5.0) as http:
                response = await http.post(self._url, data=data, auth=self._auth)
        response.raise_for_status()
        body = response.json()
        self._token = str(body["access_token"])
        self._expires_at = self._clock() + float(body["expires_in"])
