import uuid

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.crypto import FieldCipher
from chassis.db import utcnow
from chassis.egress import EgressRule
from chassis.outbox import check_endpoint_url
from chassis.pagination import PageParams, fetch_page
from chassis.problems import NotFound
from loans.partners.models import OutboxMessage, WebhookEndpoint, bank_owner
from loans.partners.schemas import EndpointIn


def _endpoint_of(principal: Principal) -> Select[WebhookEndpoint]:
    return select(WebhookEndpoint).where(WebhookEndpoint.owner == bank_owner(principal.bank_id))


async def own_endpoint(*, session: AsyncSession, principal: Principal) -> WebhookEndpoint:
    endpoint = await session.scalar(_endpoint_of(principal))
    if endpoint is None:
        raise NotFound("Your bank has not registered a webhook endpoint.")
    return endpoint


async def register_endpoint(*, session: AsyncSession, cipher: FieldCipher, principal: Principal,
                            data: EndpointIn, rule: EgressRule) -> tuple[WebhookEndpoint, str | None]:
    """Registers or updates the bank's one endpoint; a new one comes with its secret, to be shown once.
    A URL the worker would not send to (`rule`: https on a public address) is 422."""
    await check_endpoint_url(str(data.url), rule)
    endpoint = await session.scalar(_endpoint_of(principal))
    secret = None
    if endpoint is None:
        endpoint = WebhookEndpoint(id=uuid.uuid4(), owner=bank_owner(principal.bank_id))
        secret = endpoint.new_secret(cipher)
        session.add(endpoint)
    endpoint.url, endpoint.active = str(data.url), data.active
    await session.flush()
    return endpoint, secret


async def rotate_secret(*, session: AsyncSession, cipher: FieldCipher,
                        principal: Principal) -> tuple[WebhookEndpoint, str]:
    endpoint = await own_endpoint(session=session, principal=principal)
    secret = endpoint.rotate_secret(cipher, now=utcnow())
    await session.flush()
    return endpoint, secret


async def list_deliveries(*, session: AsyncSession, principal: Principal, page: PageParams,
                          status: str | None) -> tuple[list[OutboxMessage], int]:
    statement = select(OutboxMessage).order_by(OutboxMessage.created_at.desc(), OutboxMessage.id)
    if principal.role is Role.bank_officer:
        statement = statement.join(WebhookEndpoint, OutboxMessage.endpoint_id == WebhookEndpoint.id).where(
            WebhookEndpoint.owner == bank_owner(principal.bank_id))
    if status is not None:
        statement = statement.where(OutboxMessage.status == status)
    return await fetch_page(session, statement, page)
