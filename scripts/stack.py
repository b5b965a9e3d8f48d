"""Runs the whole system on one machine: migrates, loads demo data, starts the four services and the gateway.

    python scripts/stack.py --demo                 # make run: data/ kept between runs, gateway on :8000
    python scripts/stack.py --fresh --demo --port-base 18000 --data-dir .tmp/e2e   # tests

Ctrl-C (or SIGTERM) stops all five processes. Also importable: the system tests drive `Stack` directly.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

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


@dataclass
class Stack:
    data_dir: Path
    port_base: int = 8000
    demo: bool = True
    log_dir: Path | None = None
    quiet: bool = False
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    def port(self, name: str) -> int:
        return self.port_base + PROCESSES.index(name) + 1 if name != "gateway" else self.port_base

    def url(self, name: str = "gateway") -> str:
        return f"http://127.0.0.1:{self.port(name)}"

    def env(self, name: str) -> dict[str, str]:
        prefix = name.upper()
        env = {**os.environ, f"{prefix}_DATA_DIR": str(self.data_dir),
               f"{prefix}_JWKS_URL": f"{self.url()}/.well-known/jwks.json", "PYTHONUNBUFFERED": "1"}
        if name == "training":  # its check-in QR codes and certificates link to the SPA through the gateway
            env["TRAINING_PUBLIC_URL"] = self.url()
        if name == "volunteers":  # its QR codes and certificates link to the SPA; it reads names of loans and sellers
            env["VOLUNTEERS_PUBLIC_URL"] = self.url()
            env["VOLUNTEERS_GATEWAY_URL"] = self.url()
            if self.demo:
                env["VOLUNTEERS_CLIENT_ID"] = DEMO_VOLUNTEERS_CLIENT_ID
                env["VOLUNTEERS_CLIENT_SECRET"] = DEMO_VOLUNTEERS_CLIENT_SECRET
        if name == "gateway":
            env["GATEWAY_SPA_DIR"] = str(ROOT / "frontend" / "dist")
            for service in SERVICES:
                env[f"GATEWAY_{service.upper()}_URL"] = self.url(service)
        return env

    def prepare(self) -> None:
        """Migrations (and demo data) for all five, in order; fails loudly if any step fails."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
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

    def start(self, name: str) -> None:
        log_dir = self.log_dir or self.data_dir / "logs"
        log_dir.mkdir(parents=True, exist_ok=True)
        log = (log_dir / f"{name}.log").open("ab")
        # `serve` runs uvicorn without proxy headers, and refuses development secrets where others reach it.
        command = [sys.executable, "-m", name, "serve", "--host", "127.0.0.1", "--port", str(self.port(name))]
        self.processes[name] = subprocess.Popen(command, env=self.env(name), cwd=ROOT, stdout=log,
                                                stderr=subprocess.STDOUT)

    def start_all(self) -> None:
        for name in PROCESSES:
            self.start(name)
        self.wait_ready(PROCESSES)

    def wait_ready(self, names: tuple[str, ...], timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        for name in names:
            while not self.ready(name):
                process = self.processes.get(name)
                if process is not None and process.poll() is not None:
                    raise SystemExit(f"{name} exited with {process.returncode}; see its log in {self.data_dir}/logs")
                if time.monotonic() > deadline:
                    raise SystemExit(f"{name} did not become ready on {self.url(name)}")
                time.sleep(0.1)

    def ready(self, name: str) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url(name)}/readyz", timeout=1) as response:  # noqa: S310
                return bool(response.status == 200)
        except OSError:
            return False

    def stop(self, name: str) -> None:
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def stop_all(self) -> None:
        for name in reversed(PROCESSES):
            self.stop(name)


def print_welcome(stack: Stack) -> None:
    print(f"\n乡青 Xiangqing is running: open {stack.url()}/\n")
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
    parser.add_argument("--fresh", action="store_true", help="delete the data folder first")
    args = parser.parse_args()

    if args.fresh and args.data_dir.exists():
        shutil.rmtree(args.data_dir)
    stack = Stack(data_dir=args.data_dir.resolve(), port_base=args.port_base, demo=args.demo)
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
