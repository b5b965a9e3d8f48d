import uuid

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Principal, Role
from chassis.pagination import PageParams, fetch_page
from chassis.problems import Conflict, NotFound
from loans.banks.models import BankType, PartnerBank
from loans.banks.schemas import PartnerBankCreate


def visible_banks(principal: Principal) -> Select[PartnerBank]:
    """A bank officer sees their own bank; everyone else who may list banks sees all of them."""
    statement = select(PartnerBank)
    if principal.role is Role.bank_officer:
        statement = statement.where(PartnerBank.id == principal.bank_id)
    return statement


async def list_banks(*, session: AsyncSession, principal: Principal, page: PageParams,
                     bank_type: BankType | None, q: str | None) -> tuple[list[PartnerBank], int]:
    statement = visible_banks(principal).order_by(PartnerBank.name, PartnerBank.id)
    if bank_type is not None:
        statement = statement.where(PartnerBank.bank_type == bank_type)
    if q:
        statement = statement.where(PartnerBank.name.contains(q, autoescape=True))
    return await fetch_page(session, statement, page)


async def get_bank(*, session: AsyncSession, principal: Principal, bank_id: uuid.UUID) -> PartnerBank:
    bank = await session.scalar(visible_banks(principal).where(PartnerBank.id == bank_id))
    if bank is None:
        raise NotFound(f"No partner bank {bank_id}.")
    return bank


async def create_bank(*, session: AsyncSession, data: PartnerBankCreate,
                      bank_id: uuid.UUID | None = None) -> PartnerBank:
    if await session.scalar(select(PartnerBank.id).where(PartnerBank.name == data.name)):
        raise Conflict(f"A partner bank named {data.name} already exists.")
    bank = PartnerBank(id=bank_id or uuid.uuid4(), name=data.name, bank_type=data.bank_type,
                       branches=list(data.branches))
    session.add(bank)
    await session.flush()
    return bank
