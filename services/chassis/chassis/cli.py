"""A service's command line: `python -m loans migrate | downgrade | revision -m MSG | demo`."""

import argparse
import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

from alembic import command
from sqlalchemy.ext.asyncio import AsyncSession

from chassis import migrations
from chassis.db import make_engine, make_sessionmaker
from chassis.settings import Environment, ServiceSettings

DemoLoader = Callable[[AsyncSession], Awaitable[str]]


def main(settings: ServiceSettings, migrations_dir: Path, load_demo: DemoLoader | None = None,
         argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog=settings.service_name)
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("migrate", help="upgrade the database to the newest migration")
    up.add_argument("--demo", action="store_true", help="then load the demo data")
    down = sub.add_parser("downgrade", help="downgrade to a revision (default: nothing)")
    down.add_argument("revision", nargs="?", default="base")
    rev = sub.add_parser("revision", help="autogenerate a migration from the models")
    rev.add_argument("-m", "--message", required=True)
    sub.add_parser("demo", help="load the demo data (idempotent)")
    args = parser.parse_args(argv)

    if args.command == "migrate":
        migrations.upgrade(migrations_dir)
    elif args.command == "downgrade":
        migrations.downgrade(migrations_dir, revision=args.revision)
    elif args.command == "revision":
        config = migrations.alembic_config(migrations_dir)
        command.revision(config, message=args.message, autogenerate=True)
    if args.command == "demo" or getattr(args, "demo", False):
        if load_demo is None:
            parser.error("this service has no demo data")
        if settings.environment is Environment.production:
            parser.error("demo data and demo accounts are never loaded in production")
        print(asyncio.run(_load_demo(settings, load_demo)))


async def _load_demo(settings: ServiceSettings, load_demo: DemoLoader) -> str:
    engine = make_engine(settings)
    try:
        async with make_sessionmaker(engine)() as session, session.begin():
            return await load_demo(session)
    finally:
        await engine.dispose()
