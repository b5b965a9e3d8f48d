"""Idempotency keys for writes (draft-ietf-httpapi-idempotency-key-header).

A service declares the table and the dependency once:

    class IdempotencyRecord(IdempotencyRecordMixin, Base): __tablename__ = "idempotency_record"
    IdempotencyDep = Annotated[Idempotency, idempotent(IdempotencyRecord)]

and a route takes `idem: IdempotencyDep` and ends with `return await idem.respond(result)`. The header
`Idempotency-Key` is then required (the OpenAPI document says so); a missing or over-long key is a 422
validation problem naming `header.Idempotency-Key`, like any other invalid input.

1. Before the handler runs, the key is claimed: an INSERT ... ON CONFLICT DO NOTHING committed in its own
   short transaction, so the unique (scope, key) constraint settles any race on both databases.
   A key already there answers for itself: another body -> 422; still in progress -> 409 (Retry-After);
   completed -> the stored status and body again, with `Idempotent-Replayed: true`.
2. `respond` writes the response onto the claim in the request's own session, so the change and the
   stored response commit together (the dependency commits as the handler returns) or not at all.
3. If anything fails (an exception, a Problem, the commit itself) the request is rolled back and the claim
   deleted: a failed request stores nothing and its key can be retried.

A claim left in progress by a process that died is taken over after `lease`; the completion is fenced on
the claim's id, so a slow request whose claim was taken over cannot commit its change as well.
Keys are scoped (by default to the caller's bank, or else to the caller) and kept `KEEP` (24 h) at least:
`purge` deletes older ones.
"""

import contextlib
import hashlib
import json
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Annotated, Any, TypeVar, cast

from fastapi import Depends, FastAPI, Header, Request, Response
from fastapi.params import Depends as DependsParam
from pydantic import BaseModel
from sqlalchemy import CursorResult, Integer, String, Text, UniqueConstraint, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from chassis.auth.deps import current_principal
from chassis.auth.principal import Principal
from chassis.db import IdMixin, SessionDep, UTCDateTime, utcnow
from chassis.problems import Conflict, Unprocessable

HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"
KEEP = timedelta(hours=24)
LEASE = timedelta(minutes=2)


class ClaimState(StrEnum):
    in_progress = "in_progress"
    completed = "completed"


class IdempotencyRecordMixin(IdMixin):
    """A service declares `class IdempotencyRecord(IdempotencyRecordMixin, Base)` with its table name."""

    scope: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(255))
    request_hash: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), default=ClaimState.in_progress)
    response_status: Mapped[int | None] = mapped_column(Integer)
    response_body: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:
        return (UniqueConstraint("scope", "key"),)


Record = IdempotencyRecordMixin
M = TypeVar("M", bound=BaseModel)


class KeyReused(Unprocessable):
    slug, title = "idempotency-key-reused", "Idempotency key reused"


class RequestInFlight(Conflict):
    slug, title = "idempotency-request-in-flight", "Request in progress"


class Replay(Exception):
    """Raised instead of running the handler again; rendered by the handler `install` adds."""

    def __init__(self, status: int, body: str) -> None:
        super().__init__(status)
        self.status = status
        self.body = body


def request_hash(method: str, path: str, query: str, body: bytes) -> str:
    """sha256 of method, path, query and body; a JSON body counts by its content, not its key order."""
    with contextlib.suppress(ValueError):
        body = json.dumps(json.loads(body), sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    digest = hashlib.sha256()
    for part in (method.upper().encode(), path.encode(), query.encode(), body):
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


def _insert_if_absent(session: AsyncSession, model: type[Record], values: dict[str, Any]) -> Any:
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return (dialect.insert(model).values(**values)
            .on_conflict_do_nothing(index_elements=["scope", "key"]).returning(model.id))


async def claim(sessionmaker: async_sessionmaker[AsyncSession], model: type[Record], *, scope: str, key: str,
                fingerprint: str, now: datetime, lease: timedelta = LEASE) -> uuid.UUID:
    """The id of a new claim on (scope, key), or the reason there is none (KeyReused, RequestInFlight, Replay)."""
    for _ in range(3):
        claim_id = uuid.uuid4()
        async with sessionmaker() as session, session.begin():
            values = {"id": claim_id, "scope": scope, "key": key, "request_hash": fingerprint,
                      "state": ClaimState.in_progress, "created_at": now}
            if await session.scalar(_insert_if_absent(session, model, values)) is not None:
                return claim_id
            held = await session.scalar(select(model).where(model.scope == scope, model.key == key))
            if held is None:
                continue  # released by a failed request a moment ago
            if held.request_hash != fingerprint:
                raise KeyReused(f"The {HEADER} was used with another request.")
            if held.state == ClaimState.completed:
                raise Replay(held.response_status or 200, held.response_body or "null")
            if held.created_at > now - lease:
                raise _in_flight()
            # Abandoned past its lease: take it over (its owner, if alive, can no longer complete it).
            await session.execute(delete(model).where(model.id == held.id, model.state == ClaimState.in_progress))
    raise _in_flight()


def _in_flight() -> RequestInFlight:
    return RequestInFlight(f"A request with this {HEADER} is in progress; retry shortly.",
                           headers={"Retry-After": "1"})


async def release(sessionmaker: async_sessionmaker[AsyncSession], model: type[Record], claim_id: uuid.UUID) -> None:
    async with sessionmaker() as session, session.begin():
        await session.execute(delete(model).where(model.id == claim_id, model.state == ClaimState.in_progress))


async def purge(session: AsyncSession, model: type[Record], *, now: datetime | None = None,
                keep: timedelta = KEEP) -> int:
    """Deletes the records older than `keep`; the caller commits. Returns how many went."""
    cutoff = (now or utcnow()) - keep
    result = await session.execute(delete(model).where(model.created_at < cutoff))
    return cast(CursorResult[Any], result).rowcount


class Idempotency:
    """One request's claim on its key."""

    def __init__(self, session: AsyncSession, response: Response, model: type[Record], claim_id: uuid.UUID,
                 default_status: int) -> None:
        self._session = session
        self._response = response
        self._model = model
        self._default_status = default_status
        self.claim_id = claim_id
        self.responded = False

    async def respond(self, result: M, *, status_code: int | None = None) -> M:
        """Stores `result` as this key's response, in the request's transaction, and returns it.

        The status is the route's own unless given. The route should declare `result`'s type as its
        response model, so the stored JSON is byte for byte what the first response sent.
        """
        status = status_code or self._default_status
        completed = await self._session.scalar(
            update(self._model)
            .where(self._model.id == self.claim_id, self._model.state == ClaimState.in_progress)
            .values(state=ClaimState.completed, response_status=status,
                    response_body=result.model_dump_json(by_alias=True))
            .returning(self._model.id)
            .execution_options(synchronize_session=False)
        )
        if completed is None:
            raise RequestInFlight(f"The claim on this {HEADER} expired and was taken over.")
        self._response.status_code = status
        self.responded = True
        return result


def _unquoted(key: str) -> str:
    """The draft makes the key a structured-field string ("abc"); a bare abc is the same key."""
    return key[1:-1] if len(key) > 1 and key[0] == key[-1] == '"' else key


async def caller_scope(principal: Annotated[Principal, Depends(current_principal)]) -> str:
    """A bank's systems share their keys; anyone else has their own."""
    return f"bank:{principal.bank_id}" if principal.bank_id else f"subject:{principal.subject}"


def idempotent(model: type[Record], *, scope: Callable[..., Any] = caller_scope,
               lease: timedelta = LEASE) -> DependsParam:
    """`IdempotencyDep = Annotated[Idempotency, idempotent(IdempotencyRecord)]`; `scope` is a dependency."""

    async def dependency(
        request: Request,
        response: Response,
        session: SessionDep,
        key: Annotated[str, Header(alias=HEADER, min_length=1, max_length=255,
                                   description="A unique value the client makes for this write (a UUID); "
                                               "a retry with the same key and body replays the response.")],
        scope_value: Annotated[str, Depends(scope)],
    ) -> AsyncIterator[Idempotency]:
        sessionmaker: async_sessionmaker[AsyncSession] = request.app.state.sessionmaker
        fingerprint = request_hash(request.method, request.url.path, request.url.query, await request.body())
        claim_id = await claim(sessionmaker, model, scope=scope_value, key=_unquoted(key),
                               fingerprint=fingerprint, now=utcnow(), lease=lease)
        route_status = getattr(request.scope.get("route"), "status_code", None)
        idem = Idempotency(session, response, model, claim_id, route_status or 200)
        try:
            yield idem
            if not idem.responded:
                raise RuntimeError("an idempotent route must end with `return await idem.respond(result)`")
            await session.commit()
        except BaseException:
            await session.rollback()  # first: on SQLite it may hold the write lock the release needs
            await release(sessionmaker, model, claim_id)
            raise

    return cast(DependsParam, Depends(dependency, scope="function"))


async def _on_replay(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Replay)
    return Response(exc.body, status_code=exc.status, media_type="application/json",
                    headers={REPLAYED_HEADER: "true"})


def install(app: FastAPI) -> None:
    app.add_exception_handler(Replay, _on_replay)
