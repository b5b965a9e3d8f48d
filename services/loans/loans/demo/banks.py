"""The programme's partner banks in Qingyuan: 邮储银行 and the rural commercial banks."""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from loans.banks.models import BankType, PartnerBank
from loans.banks.schemas import PartnerBankCreate
from loans.banks.service import create_bank

# The gateway's demo bank officers carry these IDs in their tokens: uuid5 of a stable name on both sides.
DEMO_BANK_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://xiangqing.example/demo/banks")

DEMO_BANKS = [
    ("psbc-qingyuan", "中国邮政储蓄银行清远市分行", BankType.postal_savings,
     ["清城支行", "英德市支行", "连州市支行", "佛冈县支行", "阳山县支行"]),
    ("qingyuan-rcb", "广东清远农村商业银行", BankType.rural_commercial, ["清城支行", "清新支行"]),
    ("yingde-rcb", "广东英德农村商业银行", BankType.rural_commercial, ["英城支行", "连江口支行"]),
    ("lianzhou-rcb", "广东连州农村商业银行", BankType.rural_commercial, ["连州支行", "丰阳支行"]),
]


def demo_bank_id(slug: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_BANK_NAMESPACE, slug)


async def load_banks(session: AsyncSession) -> int:
    added = 0
    for slug, name, bank_type, branches in DEMO_BANKS:
        if await session.scalar(select(PartnerBank.id).where(PartnerBank.name == name)):
            continue
        await create_bank(session=session, bank_id=demo_bank_id(slug),
                          data=PartnerBankCreate(name=name, bank_type=bank_type, branches=branches))
        added += 1
    return added
