"""A service's command line: `python -m loans serve | migrate | downgrade | revision -m MSG | demo`."""

import argparse
import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

import uvicorn
from alembic import command
from sqlalchemy.ext.asyncio import AsyncSession

from chassis import migrations
from chassis.db import make_engine, make_sessionmaker
from chassis.locks import try_advisory_xact_lock
from chassis.settings import Environment, ServiceSettings

DemoLoader = Callable[[AsyncSession], Awaitable[str]]
# A job with options: (help, a function of a session and the options by name, {option: its help}).
Job = tuple[str, DemoLoader] | tuple[str, Callable[..., Awaitable[str]], dict[str, str]]


def main(settings: ServiceSettings, migrations_dir: Path, load_demo: DemoLoader | None = None,
         argv: list[str] | None = None, jobs: dict[str, Job] | None = None) -> None:
    """`jobs` are the service's own commands: name -> (help, a function of a session returning a report), or
    (help, function, {option: help}) for one that takes required options (`--on 2026-12-01`), passed by name."""
    parser = argparse.ArgumentParser(prog=settings.service_name)
    sub = parser.add_subparsers(dest="command", required=True)
    serve_ = sub.add_parser("serve", help="serve the API (refused with development secrets where others reach it)")
    serve_.add_argument("--host", default="127.0.0.1")
    serve_.add_argument("--port", type=int, default=8000)
    up = sub.add_parser("migrate", help="upgrade the database to the newest migration")
    up.add_argument("--demo", action="store_true", help="then load the demo data")
    down = sub.add_parser("downgrade", help="downgrade to a revision (default: nothing)")
    down.add_argument("revision", nargs="?", default="base")
    rev = sub.add_parser("revision", help="autogenerate a migration from the models")
    rev.add_argument("-m", "--message", required=True)
    sub.add_parser("demo", help="load the demo data (idempotent)")
    for name, job in (jobs or {}).items():
        job_parser = sub.add_parser(name, help=job[0])
        for option, option_help in (job[2] if len(job) == 3 else {}).items():
            job_parser.add_argument(f"--{option}", required=True, help=option_help)
    args = parser.parse_args(argv)
    if args.command == "serve":
        try:
            settings.ensure_safe_to_serve(args.host)
        except ValueError as exc:
            parser.exit(2, f"{exc}\n")
        serve(settings, args.host, args.port)
        return
    if jobs and args.command in jobs:
        job = jobs[args.command]
        options = {option.replace("-", "_"): getattr(args, option.replace("-", "_"))
                   for option in (job[2] if len(job) == 3 else {})}
        lock = f"{settings.service_name}:{args.command}"
        print(asyncio.run(_run_in_session(settings, lambda session: _one_at_a_time(session, lock,
                                                                                   job[1](session, **options)))))
        return

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
        print(asyncio.run(_run_in_session(settings, load_demo)))


def serve(settings: ServiceSettings, host: str, port: int) -> None:
    uvicorn.run(f"{settings.service_name}.main:create_app", factory=True, host=host, port=port, access_log=False,
                # Only GATEWAY_TRUSTED_PROXIES decides whose X-Forwarded-For counts (gateway/guard/addresses.py):
                # uvicorn's own handling would believe it from any loopback peer.
                proxy_headers=False, timeout_graceful_shutdown=5,
                # No `Server: uvicorn`: it tells a prober what to try, and nobody else needs it.
                server_header=False)


async def _one_at_a_time(session: AsyncSession, lock: str, work: Awaitable[str]) -> str:
    """A job runs under a lock named after it, so two schedulers (two replicas' cron, a Job started by hand
    while the CronJob's runs) never do it at once: the second says so and leaves."""
    if not await try_advisory_xact_lock(session, lock):
        work.close()  # type: ignore[attr-defined]  # the coroutine is never awaited
        return f"{lock}: another run holds its lock; nothing done"
    return await work


async def _run_in_session(settings: ServiceSettings, work: DemoLoader) -> str:
    engine = make_engine(settings)
    try:
        async with make_sessionmaker(engine)() as session, session.begin():
            return await work(session)
    finally:
        await engine.dispose()
