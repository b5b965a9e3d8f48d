import asyncio
import uuid
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from chassis import migrations
from chassis.crypto import FieldCipher
from chassis.db import make_engine
from chassis.testing import migrations_roundtrip, throwaway_database
from loans.config import Settings
from loans.models import Base

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"
BEFORE_ENCRYPTED_SECRETS = "08f777d3288a"


def test_migrations_go_up_down_and_up_again_and_match_the_models() -> None:
    migrations_roundtrip(MIGRATIONS, Base.metadata, "loans")


def endpoint_table(secret_column: str, previous_column: str) -> sa.TableClause:
    return sa.table("webhook_endpoint", sa.column("id", sa.Uuid()), sa.column("owner", sa.String()),
                    sa.column("url", sa.String()), sa.column("active", sa.Boolean()),
                    sa.column(secret_column, sa.String()), sa.column(previous_column, sa.String()))


async def execute(url: str, statement: sa.Executable) -> list[Any]:
    engine = make_engine(Settings(database_url=url), url=url)
    try:
        async with engine.begin() as connection:
            result = await connection.execute(statement)
            return list(result.all()) if result.returns_rows else []
    finally:
        await engine.dispose()


def test_secrets_stored_before_are_encrypted_on_the_way_up_and_restored_on_the_way_down() -> None:
    cipher = FieldCipher(Settings().field_encryption_key.get_secret_value())
    plain = endpoint_table("secret", "previous_secret")
    encrypted = endpoint_table("secret_encrypted", "previous_secret_encrypted")
    with throwaway_database("loans_webhook_secrets") as url:
        migrations.upgrade(MIGRATIONS, url, BEFORE_ENCRYPTED_SECRETS)
        asyncio.run(execute(url, plain.insert().values(
            id=uuid.uuid4(), owner="bank:psbc", url="https://bank.example/hooks", active=True,
            secret="whsec_current", previous_secret="whsec_previous")))

        migrations.upgrade(MIGRATIONS, url)
        [(secret, previous)] = asyncio.run(execute(url, sa.select(
            encrypted.c.secret_encrypted, encrypted.c.previous_secret_encrypted)))
        assert "whsec" not in secret + previous
        assert (cipher.decrypt(secret), cipher.decrypt(previous)) == ("whsec_current", "whsec_previous")

        migrations.downgrade(MIGRATIONS, url, BEFORE_ENCRYPTED_SECRETS)
        assert asyncio.run(execute(url, sa.select(plain.c.secret, plain.c.previous_secret))) == [
            ("whsec_current", "whsec_previous")]
