"""Alembic, the same way for every service: each its own history, version table and (on PostgreSQL) schema.

A service's migrations/env.py is three lines: import its metadata and settings and call `run_env`.
`upgrade`/`downgrade` run a service's migrations from code (the stack runner, tests) without alembic.ini.
"""

import asyncio
from pathlib import Path
from typing import Any, Literal

from alembic import command, context
from alembic.config import Config
from sqlalchemy import MetaData
from sqlalchemy.engine import Connection

from chassis.db import UTCDateTime, ensure_schema, is_sqlite, make_engine
from chassis.settings import ServiceSettings


def version_table(settings: ServiceSettings) -> str:
    return f"alembic_version_{settings.service_name}"


def run_env(metadata: MetaData, settings: ServiceSettings) -> None:
    """Body of a service's migrations/env.py (online mode only: we always migrate a live database)."""
    url = context.config.attributes.get("database_url") or settings.resolved_database_url
    asyncio.run(_run_async(metadata, settings, url))


async def _run_async(metadata: MetaData, settings: ServiceSettings, url: str) -> None:
    engine = make_engine(settings, url=url)
    sqlite = is_sqlite(url)
    try:
        async with engine.connect() as connection:
            await ensure_schema(connection, settings)
            await connection.commit()
            await connection.run_sync(_migrate, metadata, settings, sqlite)
            await connection.commit()
    finally:
        await engine.dispose()


def _migrate(connection: Connection, metadata: MetaData, settings: ServiceSettings, sqlite: bool) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        version_table=version_table(settings),
        version_table_schema=None if sqlite else settings.resolved_schema,
        render_as_batch=sqlite,
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def _render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def alembic_config(migrations_dir: Path, database_url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    config.set_main_option("path_separator", "os")
    config.set_main_option("file_template", "%%(year)d_%%(month).2d_%%(day).2d_%%(slug)s")
    if database_url:
        config.attributes["database_url"] = database_url
    return config


def upgrade(migrations_dir: Path, database_url: str | None = None, revision: str = "head") -> None:
    command.upgrade(alembic_config(migrations_dir, database_url), revision)


def downgrade(migrations_dir: Path, database_url: str | None = None, revision: str = "base") -> None:
    command.downgrade(alembic_config(migrations_dir, database_url), revision)
