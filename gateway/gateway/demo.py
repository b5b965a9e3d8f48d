"""Demo accounts, one per role, all with the same password, PSBC Qingyuan's API client (both printed by
`make run`), and the volunteers service's own client (it reads loan and seller names). Idempotent; refused in
production by the CLI."""

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from chassis.auth.principal import Role
from gateway.clients.models import ApiClient, ClientKind
from gateway.clients.schemas import BANK_SCOPE, ClientCreate
from gateway.clients.service import secret_hash
from gateway.identity.models import User
from gateway.identity.passwords import hash_password

DEMO_PASSWORD = "Demo@Qingyuan2026"  # noqa: S105  (demo accounts only; refused in production)
# The demo bank's system logs in with client credentials; a real client's secret is random and shown once.
DEMO_BANK_CLIENT_SECRET = "demo-psbc-qingyuan-client-secret-2026"  # noqa: S105
# The loans service's demo banks have these IDs (uuid5 of the same names there).
_DEMO_BANK_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://xiangqing.example/demo/banks")
PSBC_QINGYUAN = uuid.uuid5(_DEMO_BANK_NAMESPACE, "psbc-qingyuan")
# Demo accounts have stable IDs, so the services' demo records can belong to them (the tokens' `sub`).
DEMO_USER_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://xiangqing.example/demo/users")
DEMO_BANK_CLIENT_ID = uuid.uuid5(DEMO_USER_NAMESPACE, "client:psbc-qingyuan")
# The volunteers service's client: its site visits show the names of loans and sellers (scripts/stack.py passes
# these to it as VOLUNTEERS_CLIENT_ID and VOLUNTEERS_CLIENT_SECRET).
DEMO_VOLUNTEERS_CLIENT_ID = uuid.uuid5(DEMO_USER_NAMESPACE, "client:volunteers")
DEMO_VOLUNTEERS_CLIENT_SECRET = "demo-volunteers-service-client-secret-2026"  # noqa: S105
VOLUNTEERS_CLIENT = ClientCreate(name="乡青 志愿服务 服务客户端", kind=ClientKind.service, service_name="volunteers",
                                 scopes=["loans", "products"])


def demo_user_id(username: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_USER_NAMESPACE, username)

YINGDE = "441881"

DEMO_ACCOUNTS = [
    ("admin", "系统管理员", Role.admin, None, None),
    ("city", "团市委 李敏", Role.city_staff, None, None),
    ("county", "英德团市委 陈志强", Role.county_staff, YINGDE, None),
    ("bank", "邮储银行清远分行 王芳", Role.bank_officer, None, PSBC_QINGYUAN),
    ("entrepreneur", "创业青年 黄小龙", Role.entrepreneur, None, None),
    ("buyer", "清远高新区食堂 采购 刘洋", Role.buyer, None, None),
    ("volunteer", "华南农业大学 张悦", Role.volunteer, None, None),
]


async def load_demo(session: AsyncSession) -> str:
    added = []
    password_hash = hash_password(DEMO_PASSWORD)
    for username, display_name, role, county_code, bank_id in DEMO_ACCOUNTS:
        if await session.scalar(select(User.id).where(User.username == username)):
            continue
        session.add(User(id=demo_user_id(username), username=username, display_name=display_name, role=role,
                         county_code=county_code, bank_id=bank_id, password_hash=password_hash))
        added.append(username)
    if await session.get(ApiClient, DEMO_BANK_CLIENT_ID) is None:
        session.add(ApiClient(id=DEMO_BANK_CLIENT_ID, name="邮储银行清远市分行 信贷系统", kind=ClientKind.bank,
                              bank_id=PSBC_QINGYUAN, scope=BANK_SCOPE,
                              secret_hash=secret_hash(DEMO_BANK_CLIENT_SECRET)))
    if await session.get(ApiClient, DEMO_VOLUNTEERS_CLIENT_ID) is None:
        session.add(ApiClient(id=DEMO_VOLUNTEERS_CLIENT_ID, name=VOLUNTEERS_CLIENT.name, kind=VOLUNTEERS_CLIENT.kind,
                              service_name=VOLUNTEERS_CLIENT.service_name, scope=VOLUNTEERS_CLIENT.granted_scope(),
                              secret_hash=secret_hash(DEMO_VOLUNTEERS_CLIENT_SECRET)))
    await session.flush()
    return (f"gateway: {len(added)} demo accounts added; PSBC's API client: client_id={DEMO_BANK_CLIENT_ID} "
            f"client_secret={DEMO_BANK_CLIENT_SECRET}")
