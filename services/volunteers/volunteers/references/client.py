"""Names of loans and sellers, read from the loans and products services through the gateway.

The volunteers service calls them with its own client's token (client credentials, scope "loans products") on
two narrow routes that answer id, name and county. They are a courtesy: with no gateway configured, or the other
service down or slow (a 2-second budget), a visit saves and reads with the reference alone (`available=false`).
Names found are kept for a few minutes, and after a failure the other service is left alone for a while, so a
page of visits costs at most one round of calls.
"""

import asyncio
import logging
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

import httpx
from fastapi import Request

from chassis.auth.client_credentials import ClientCredentials
from volunteers.config import Settings

log = logging.getLogger("volunteers.references")
TIMEOUT_SECONDS = 2.0
KEEP_SECONDS = 300.0
REST_AFTER_FAILURE_SECONDS = 15.0


class ReferenceKind(StrEnum):
    loan = "loan"
    seller = "seller"


PATHS = {ReferenceKind.loan: "/api/v1/loans/references/loans/{id}",
         ReferenceKind.seller: "/api/v1/products/references/sellers/{id}"}


@dataclass(frozen=True)
class Lookup:
    """What the other service said: found (with the name), not found (exists=False), or nothing (unavailable)."""

    available: bool
    exists: bool = False
    name: str | None = None


UNAVAILABLE = Lookup(available=False)


class References:
    def __init__(self, settings: Settings, *, transport: httpx.AsyncBaseTransport | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._gateway = (settings.gateway_url or "").rstrip("/")
        self._clock = clock
        self._http: httpx.AsyncClient | None = None
        self._token: ClientCredentials | None = None
        if self._gateway and settings.client_id and settings.client_secret is not None:
            self._http = httpx.AsyncClient(base_url=self._gateway, transport=transport, timeout=TIMEOUT_SECONDS)
            self._token = ClientCredentials(token_url=f"{self._gateway}/api/v1/auth/token",
                                            client_id=settings.client_id,
                                            client_secret=settings.client_secret.get_secret_value(),
                                            scope="loans products", http=self._http)
        self._names: dict[tuple[ReferenceKind, uuid.UUID], tuple[float, Lookup]] = {}
        self._resting_until: dict[ReferenceKind, float] = {}

    async def lookup_many(self, wanted: Iterable[tuple[ReferenceKind, uuid.UUID]]) -> dict[
            tuple[ReferenceKind, uuid.UUID], Lookup]:
        keys = set(wanted)
        found = await asyncio.gather(*(self.lookup(kind, key_id) for kind, key_id in keys))
        return dict(zip(keys, found, strict=True))

    async def lookup(self, kind: ReferenceKind, reference_id: uuid.UUID) -> Lookup:
        if self._http is None or self._token is None:
            return UNAVAILABLE
        now = self._clock()
        kept = self._names.get((kind, reference_id))
        if kept is not None and kept[0] > now:
            return kept[1]
        if self._resting_until.get(kind, 0.0) > now:
            return UNAVAILABLE
        try:
            result = await asyncio.wait_for(self._ask(kind, reference_id), TIMEOUT_SECONDS)
        except (httpx.HTTPError, TimeoutError, ValueError, KeyError) as exc:
            log.warning("no %s name for %s: %s", kind.value, reference_id, type(exc).__name__)
            self._resting_until[kind] = self._clock() + REST_AFTER_FAILURE_SECONDS
            return UNAVAILABLE
        self._names[kind, reference_id] = (self._clock() + KEEP_SECONDS, result)
        return result

    async def _ask(self, kind: ReferenceKind, reference_id: uuid.UUID) -> Lookup:
        assert self._http is not None and self._token is not None
        response = await self._http.get(PATHS[kind].format(id=reference_id), headers=await self._token.headers())
        if response.status_code == 404:
            return Lookup(available=True, exists=False)
        response.raise_for_status()
        return Lookup(available=True, exists=True, name=str(response.json()["name"]))


def references(request: Request) -> References:
    """The app's one `References` (made on first use; tests put a fake in `app.state.references`)."""
    made: References | None = getattr(request.app.state, "references", None)
    if made is None:
        made = References(request.app.state.settings)
        request.app.state.references = made
    return made
