import uuid

from fastapi import APIRouter, Request, Response, status

from chassis.db import SessionDep
from chassis.egress import EgressRule
from chassis.outbox import MessageStatus
from chassis.pagination import Page, PageDep, page_of
from loans.deps import BankOfficer, CipherDep, CityStaffOrBank
from loans.partners import service
from loans.partners.events import EventType
from loans.partners.schemas import (
    AttemptRead,
    DeliveryRead,
    EndpointIn,
    EndpointRead,
    EndpointWithSecret,
    SentTestEvent,
)

router = APIRouter(prefix="/api/v1/loans/webhooks", tags=["webhooks"])


@router.get("/endpoint", summary="My bank's webhook endpoint (without its secret)")
async def get_endpoint(session: SessionDep, principal: BankOfficer) -> EndpointRead:
    return EndpointRead.model_validate(await service.own_endpoint(session=session, principal=principal))


@router.put("/endpoint", summary="Register or change my bank's webhook endpoint; a new one shows its secret once",
            responses={201: {"model": EndpointWithSecret}})
async def put_endpoint(request: Request, response: Response, session: SessionDep, principal: BankOfficer,
                       cipher: CipherDep, data: EndpointIn) -> EndpointWithSecret | EndpointRead:
    endpoint, secret = await service.register_endpoint(session=session, cipher=cipher, principal=principal,
                                                       data=data, rule=EgressRule.of(request.app.state.settings))
    if secret is None:
        return EndpointRead.model_validate(endpoint)
    response.status_code = status.HTTP_201_CREATED
    return EndpointWithSecret.shown_once(endpoint, secret)


@router.post("/endpoint/rotate-secret", summary="A new signing secret; the old one still signs for 24 hours")
async def rotate_secret(session: SessionDep, principal: BankOfficer, cipher: CipherDep) -> EndpointWithSecret:
    endpoint, secret = await service.rotate_secret(session=session, cipher=cipher, principal=principal)
    return EndpointWithSecret.shown_once(endpoint, secret)


@router.post("/endpoint/test", status_code=status.HTTP_201_CREATED,
             summary="Send a signed test.ping to my bank's endpoint now, and see what it answered",
             responses={201: {"description": "Attempted: `attempt` is what the endpoint answered, or why it did not"},
                        202: {"model": SentTestEvent,
                              "description": "The first attempt did not end in time: the event stays pending and is "
                                             "retried like any other"}})
async def send_test_event(request: Request, response: Response, session: SessionDep, principal: BankOfficer,
                          cipher: CipherDep) -> SentTestEvent:
    sent = await service.send_test_event(session=session, sessionmaker=request.app.state.sessionmaker,
                                         cipher=cipher, principal=principal,
                                         rule=EgressRule.of(request.app.state.settings))
    if sent.attempt is None:
        response.status_code = status.HTTP_202_ACCEPTED
    return sent


@router.get("/deliveries", summary="The delivery log: every event sent or waiting, newest first")
async def list_deliveries(session: SessionDep, principal: CityStaffOrBank, page: PageDep,
                          status: MessageStatus | None = None,
                          event_type: EventType | None = None) -> Page[DeliveryRead]:
    messages, total = await service.list_deliveries(session=session, principal=principal, page=page,
                                                    status=status.value if status else None,
                                                    event_type=event_type.value if event_type else None)
    return page_of(DeliveryRead, messages, total, page)


@router.get("/deliveries/{delivery_id}/attempts", summary="Every attempt at one delivery, with what it got")
async def list_attempts(session: SessionDep, principal: CityStaffOrBank, delivery_id: uuid.UUID) -> list[AttemptRead]:
    attempts = await service.delivery_attempts(session=session, principal=principal, delivery_id=delivery_id)
    return [AttemptRead.model_validate(attempt) for attempt in attempts]
