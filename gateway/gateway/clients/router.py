import uuid

from fastapi import APIRouter, Request, status

from chassis.auth.deps import CityStaff
from chassis.db import SessionDep, utcnow
from chassis.pagination import Page, PageDep, page_of
from gateway.clients import service
from gateway.clients.models import ClientKind
from gateway.clients.schemas import ClientCreate, ClientRead, ClientWithSecret, SecretRotation

# Admins and city staff manage API clients; nobody else sees them.
router = APIRouter(prefix="/api/v1/auth/clients", tags=["clients"])


def _with_secret(client: object, secret: str) -> ClientWithSecret:
    read = ClientRead.model_validate(client)
    return ClientWithSecret(client=read, client_id=str(read.id), client_secret=secret)


@router.post("", status_code=status.HTTP_201_CREATED, summary="Create an API client (its secret is shown once)")
async def create_client(request: Request, session: SessionDep, staff: CityStaff,
                        data: ClientCreate) -> ClientWithSecret:
    client, secret = await service.create_client(session=session, connection=request, actor=staff, data=data)
    return _with_secret(client, secret)


@router.get("", summary="List API clients")
async def list_clients(session: SessionDep, _: CityStaff, page: PageDep, kind: ClientKind | None = None,
                       bank_id: uuid.UUID | None = None) -> Page[ClientRead]:
    rows, total = await service.list_clients(session=session, page=page, kind=kind, bank_id=bank_id)
    return page_of(ClientRead, rows, total, page)


@router.get("/{client_id}", summary="One API client")
async def get_client(session: SessionDep, _: CityStaff, client_id: uuid.UUID) -> ClientRead:
    return ClientRead.model_validate(await service.get_client(session=session, client_id=client_id))


@router.post("/{client_id}/secret", summary="Rotate the secret (the old one works for overlap_hours more)")
async def rotate_secret(request: Request, session: SessionDep, staff: CityStaff, client_id: uuid.UUID,
                        data: SecretRotation) -> ClientWithSecret:
    client = await service.get_client(session=session, client_id=client_id)
    secret = await service.rotate_secret(session=session, connection=request, actor=staff, client=client,
                                         overlap_hours=data.overlap_hours, now=utcnow())
    return _with_secret(client, secret)


@router.post("/{client_id}/disable", summary="Disable a client: it gets no more tokens")
async def disable_client(request: Request, session: SessionDep, staff: CityStaff, client_id: uuid.UUID) -> ClientRead:
    client = await service.get_client(session=session, client_id=client_id)
    service.set_active(session=session, connection=request, actor=staff, client=client, active=False)
    return ClientRead.model_validate(client)


@router.post("/{client_id}/enable", summary="Enable a client again")
async def enable_client(request: Request, session: SessionDep, staff: CityStaff, client_id: uuid.UUID) -> ClientRead:
    client = await service.get_client(session=session, client_id=client_id)
    service.set_active(session=session, connection=request, actor=staff, client=client, active=True)
    return ClientRead.model_validate(client)
