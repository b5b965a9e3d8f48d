"""Runs the whole system on one machine: migrates, loads demo data, starts the four services and the gateway.

    python scripts/stack.py --demo                 # make run: data/ kept between runs, gateway on :8000
    python scripts/stack.py --fresh --demo --port-base 18000 --data-dir .tmp/e2e   # tests
    python scripts/stack.py --demo --replicas 2 --postgres postgresql+asyncpg://postgres@127.0.0.1:5432/xiangqing \
        --redis redis://127.0.0.1:6379/0          # make run-cluster: two of every process, shared state

With replicas, replica r of a process listens on port base + 10 r + its index (gateway 0, loans 1, ... volunteers
4): the gateways on :8000 and :8010, loans on :8001 and :8011. Every gateway spreads each service's traffic over
all its replicas; the services keep their data in one PostgreSQL database, a schema each; the gateways share
their rate limits through Redis. Secrets made for the cluster are kept in the data folder (`secrets.json`).

Ctrl-C (or SIGTERM) stops every process. Also importable: the system tests drive `Stack` directly.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ("loans", "products", "training", "volunteers")
PROCESSES = (*SERVICES, "gateway")
DEMO_PASSWORD = "Demo@Qingyuan2026"  # noqa: S105  (the demo accounts' password, printed for the user)
# The volunteers service's own demo client at the gateway (gateway/gateway/demo.py: uuid5 of the same names).
DEMO_VOLUNTEERS_CLIENT_ID = "95d7f32d-1fd4-5ab5-b7a3-792234bfeef0"
DEMO_VOLUNTEERS_CLIENT_SECRET = "demo-volunteers-service-client-secret-2026"  # noqa: S105
DEMO_ACCOUNTS = [
    ("admin", "系统管理员 administrator"),
    ("city", "团市委工作人员 city staff"),
    ("county", "英德市县级工作人员 county staff (英德市)"),
    ("bank", "邮储银行信贷员 bank officer (PSBC Qingyuan)"),
    ("entrepreneur", "创业青年 young entrepreneur"),
    ("buyer", "采购方 buyer"),
    ("volunteer", "大学生志愿者 student volunteer"),
]


# What each process keeps secret; on PostgreSQL (a shared, lasting database) development values are refused.
SECRETS = {name: ["FIELD_ENCRYPTION_KEY"] for name in PROCESSES} | {
    "training": ["FIELD_ENCRYPTION_KEY", "CHECKIN_SECRET"], "volunteers": ["FIELD_ENCRYPTION_KEY", "CHECKIN_SECRET"]}


@dataclass
class Stack:
    data_dir: Path
    port_base: int = 8000
    demo: bool = True
    log_dir: Path | None = None
    quiet: bool = False
    # Processes of each kind; more than one wants PostgreSQL and Redis, which a single process does not need.
    replicas: int = 1
    # A PostgreSQL database for every service (a schema each), e.g. postgresql+asyncpg://postgres@127.0.0.1/xq.
    postgres_url: str | None = None
    redis_url: str | None = None
    extra_env: dict[str, str] = field(default_factory=dict)
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    def port(self, name: str, replica: int = 0) -> int:
        return self.port_base + 10 * replica + (0 if name == "gateway" else SERVICES.index(name) + 1)

    def url(self, name: str = "gateway", replica: int = 0) -> str:
        return f"http://127.0.0.1:{self.port(name, replica)}"

    def urls(self, name: str = "gateway") -> list[str]:
        return [self.url(name, replica) for replica in range(self.replicas)]

    def env(self, name: str, replica: int = 0) -> dict[str, str]:
        prefix = name.upper()
        # Each replica of a service talks to "its" gateway (for the JWKS, and volunteers for names).
        gateway = self.url("gateway", replica)
        env = {**os.environ, f"{prefix}_DATA_DIR": str(self.data_dir),
               f"{prefix}_JWKS_URL": f"{gateway}/.well-known/jwks.json", "PYTHONUNBUFFERED": "1"}
        if self.postgres_url:
            env[f"{prefix}_DATABASE_URL"] = self.postgres_url
            env |= {f"{prefix}_{secret}": value for secret, value in self.secrets()[name].items()}
        if name == "training":  # its check-in QR codes and certificates link to the SPA through the gateway
            env["TRAINING_PUBLIC_URL"] = gateway
        if name == "volunteers":  # its QR codes and certificates link to the SPA; it reads names of loans and sellers
            env["VOLUNTEERS_PUBLIC_URL"] = gateway
            env["VOLUNTEERS_GATEWAY_URL"] = gateway
            if self.demo:
                env["VOLUNTEERS_CLIENT_ID"] = DEMO_VOLUNTEERS_CLIENT_ID
                env["VOLUNTEERS_CLIENT_SECRET"] = DEMO_VOLUNTEERS_CLIENT_SECRET
        if name == "gateway":
            env["GATEWAY_SPA_DIR"] = str(ROOT / "frontend" / "dist")
            for service in SERVICES:
                env[f"GATEWAY_{service.upper()}_URL"] = ",".join(self.urls(service))
            if self.redis_url:
                env["GATEWAY_REDIS_URL"] = self.redis_url
        return env | self.extra_env

    def secrets(self) -> dict[str, dict[str, str]]:
        """The cluster's secrets, made once and kept in the data folder (encrypted data needs the same key)."""
        path = self.data_dir / "secrets.json"
        if not path.exists():
            made = {name: {secret: secrets.token_urlsafe(32) for secret in names} for name, names in SECRETS.items()}
            self.data_dir.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "w") as handle:
                json.dump(made, handle)
        return dict(json.loads(path.read_text()))

    def prepare(self) -> None:
        """Migrations (and demo data) for all five, in order; fails loudly if any step fails."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        if self.postgres_url:
            asyncio.run(create_database(self.postgres_url))
        command = ["migrate", "--demo"] if self.demo else ["migrate"]
        running = {
            name: subprocess.Popen([sys.executable, "-m", name, *command], env=self.env(name), cwd=ROOT,
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            for name in PROCESSES
        }
        for name, process in running.items():
            output, _ = process.communicate()
            if process.returncode != 0:
                raise SystemExit(f"{name}: {' '.join(command)} failed:\n{output}")
            if self.demo and not self.quiet:
                print(f"  {output.strip().splitlines()[-1]}")

    @staticmethod
    def key(name: str, replica: int = 0) -> str:
        """A process's name in `processes` and its log's: `loans`, then `loans-2` for the second replica."""
        return name if replica == 0 else f"{name}-{replica + 1}"

    def start(self, name: str, replica: int = 0) -> None:
        log_dir = self.log_dir or self.data_dir / "logs"
        log_dir.mkdir(parents=True, exist_ok=True)
        log = (log_dir / f"{self.key(name, replica)}.log").open("ab")
        # `serve` runs uvicorn without proxy headers, and refuses development secrets where others reach it.
        command = [sys.executable, "-m", name, "serve", "--host", "127.0.0.1", "--port", str(self.port(name, replica))]
        self.processes[self.key(name, replica)] = subprocess.Popen(command, env=self.env(name, replica), cwd=ROOT,
                                                                   stdout=log, stderr=subprocess.STDOUT)

    def start_all(self) -> None:
        """Every process, ready; if one is not, all are stopped again: none is left behind holding its port."""
        try:
            for name in PROCESSES:
                for replica in range(self.replicas):
                    self.start(name, replica)
            for name in PROCESSES:
                for replica in range(self.replicas):
                    self.wait_ready(name, replica)
        except BaseException:
            self.stop_all()
            raise

    def wait_ready(self, name: str, replica: int = 0, timeout: float = 180.0) -> None:
        deadline = time.monotonic() + timeout
        while not self.ready(name, replica):
            process = self.processes.get(self.key(name, replica))
            if process is not None and process.poll() is not None:
                raise SystemExit(f"{self.key(name, replica)} exited with {process.returncode}; see its log in "
                                 f"{self.data_dir}/logs")
            if time.monotonic() > deadline:
                raise SystemExit(f"{self.key(name, replica)} did not become ready on {self.url(name, replica)}")
            time.sleep(0.1)

    def ready(self, name: str, replica: int = 0) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url(name, replica)}/readyz", timeout=1) as response:  # noqa: S310
                return bool(response.status == 200)
        except OSError:
            return False

    def stop(self, name: str, replica: int = 0) -> None:
        process = self.processes.pop(self.key(name, replica), None)
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def kill(self, name: str, replica: int = 0) -> None:
        """SIGKILL, as a crash or an evicted pod: no graceful shutdown, connections dropped mid-request."""
        process = self.processes.pop(self.key(name, replica))
        process.kill()
        process.wait()

    def stop_all(self) -> None:
        for name in reversed(PROCESSES):
            for replica in reversed(range(self.replicas)):
                self.stop(name, replica)


async def create_database(url: str) -> None:
    """The database named in `url`, made if it does not exist (through the server's `postgres` database)."""
    parsed = urllib.parse.urlsplit(url.replace("postgresql+asyncpg://", "postgresql://"))
    database = parsed.path.lstrip("/")
    admin = await asyncpg.connect(urllib.parse.urlunsplit(parsed._replace(path="/postgres")))
    try:
        if not await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", database):
            await admin.execute(f'CREATE DATABASE "{database}"')
    finally:
        await admin.close()


async def drop_database(url: str) -> None:
    parsed = urllib.parse.urlsplit(url.replace("postgresql+asyncpg://", "postgresql://"))
    admin = await asyncpg.connect(urllib.parse.urlunsplit(parsed._replace(path="/postgres")))
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{parsed.path.lstrip("/")}" WITH (FORCE)')
    finally:
        await admin.close()


def print_welcome(stack: Stack) -> None:
    print(f"\n乡青 Xiangqing is running: open {stack.url()}/\n")
    if stack.replicas > 1:
        print(f"{stack.replicas} replicas of every process; the gateways: {', '.join(stack.urls())}; "
              f"data in {stack.postgres_url}, rate limits in {stack.redis_url}\n")
    if stack.demo:
        print(f"Demo accounts (password {DEMO_PASSWORD}):")
        for username, who in DEMO_ACCOUNTS:
            print(f"  {username:<13} {who}")
    print(f"\nAPI documents: {stack.url('loans')}/docs, {stack.url('products')}/docs, ... "
          f"Logs: {stack.data_dir}/logs/. Ctrl-C stops all five processes.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=ROOT / "data")
    parser.add_argument("--port-base", type=int, default=8000)
    parser.add_argument("--demo", action="store_true", help="load demo data and demo accounts")
    parser.add_argument("--fresh", action="store_true", help="delete the data folder (and the database) first")
    parser.add_argument("--replicas", type=int, default=1, help="processes of each kind (more than one: PostgreSQL)")
    parser.add_argument("--postgres", help="keep every service's data in this PostgreSQL database, a schema each")
    parser.add_argument("--redis", help="share the gateways' rate limits in this Redis")
    args = parser.parse_args()
    if args.replicas > 1 and not (args.postgres and args.redis):
        parser.error("replicas share their state: --replicas above 1 needs --postgres and --redis")

    if args.fresh and args.data_dir.exists():
        shutil.rmtree(args.data_dir)
    if args.fresh and args.postgres:
        asyncio.run(drop_database(args.postgres))
    stack = Stack(data_dir=args.data_dir.resolve(), port_base=args.port_base, demo=args.demo, replicas=args.replicas,
                  postgres_url=args.postgres, redis_url=args.redis)
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    print("Preparing the databases ...")
    stack.prepare()
    try:
        stack.start_all()
        print_welcome(stack)
        while True:
            for name, process in list(stack.processes.items()):
                if process.poll() is not None:
                    print(f"{name} stopped (exit {process.returncode}); the others keep running.")
                    stack.processes.pop(name)
            time.sleep(1)
    except KeyboardInterrupt:
        print("\nStopping ...")
    finally:
        stack.stop_all()


if __name__ == "__main__":
    main()
