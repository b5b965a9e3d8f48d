"""The whole system under a Locust load (tests/load/locustfile.py), at 1 and at 2 replicas of every process.

One PostgreSQL database (a schema a service, the demo data; the load only reads) and the gateways' rate limits in
Redis serve a stack of one process of each kind, or of two, started in turn: 1, 2, 2, 1 (so that both meet the
same machine as it changes; one at a time, as two stacks at once would take more than PostgreSQL's 100
connections). Each start is warmed first (connections, caches, verified tokens), then loaded for a round by the
same callers, calling again as soon as an answer comes: requests a second is what the system serves. Printed
per endpoint group over the rounds: requests, errors, requests a second, p50/p95/p99, and the CPU each kind of
process used, which says what limits the scaling. Goals: dashboard p95 at most 100 ms warm, no errors, 2 replicas
at least 1.6 times the requests a second of 1.

Callers that call again at once measure the most the system serves, and their response times are then mostly
queueing: the mean is the callers over the answers a second (Little's law: 16 callers at 200 a second wait 80 ms
on average), whatever the code does. So each size also serves a steady round, the same callers at PACE requests a
second each (an open load well under what one process of each kind serves), and the dashboard's p95 is printed
for both: a latency goal is read at a stated load.

The demo has one account per role, so all simulated staff are one person to the gateway, with that person's
token bucket (600 at once, 100 a second); the stacks raise the user's and the bank client's buckets
(GATEWAY_RATE_USER, GATEWAY_RATE_BANK_CLIENT) so the limiter takes a token on every request and never answers
429. Asserts only that nothing failed.
"""

import asyncio
import csv
import json
import os
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from stack import PROCESSES, ROOT, Stack, drop_database

PORT_BASE = 19900  # two replicas: 19900-19904 and 19910-19914
CALLERS = 16
WARM_SECONDS, ROUND_SECONDS = 10, 30
ORDER = (1, 2, 2, 1)
PACE = 3.0  # requests a second of each caller in the steady round: 48 a second in all
DASHBOARD_P95_GOAL = 100
GROUPS = ("staff lists", "staff dashboard", "phone pages", "bank loan API")
LOCUSTFILE = ROOT / "tests" / "load" / "locustfile.py"
UNLIMITED = "[1000000, 1000000]"


@dataclass
class Group:
    """One endpoint group's answers over every round: response times in whole milliseconds, as Locust keeps them."""

    failures: int = 0
    times: Counter[int] = field(default_factory=Counter)

    @property
    def requests(self) -> int:
        return sum(self.times.values())

    def percentile(self, share: float) -> int:
        rank, seen = share * self.requests, 0
        for millis, count in sorted(self.times.items()):
            seen += count
            if seen >= rank:
                return millis
        return 0


@dataclass
class Load:
    """What one stack served over its rounds."""

    replicas: int
    pace: float = 0.0  # 0: callers call again at once; else each caller's requests a second
    groups: dict[str, Group] = field(default_factory=lambda: {name: Group() for name in GROUPS})
    seconds: float = 0.0
    rounds: int = 0
    cpu: Counter[str] = field(default_factory=Counter)  # CPU seconds by kind of process; "machine": of all cores
    failures: list[str] = field(default_factory=list)

    def everything(self) -> Group:
        total = Group()
        for group in self.groups.values():
            total.failures += group.failures
            total.times.update(group.times)
        return total

    def per_second(self, group: Group) -> float:
        return group.requests / self.seconds


@pytest.fixture(scope="module")
def cluster_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """A data folder (the stacks' secrets, logs, Locust's files) and a PostgreSQL database with the demo data."""
    database = f"postgresql+asyncpg://postgres@127.0.0.1:5432/xq_load_{uuid.uuid4().hex[:8]}"
    data_dir = Path(tmp_path_factory.mktemp("load"))
    stack(data_dir, database, replicas=1).prepare()
    try:
        yield data_dir, database
    finally:
        asyncio.run(drop_database(database))


def stack(data_dir: Path, database: str, *, replicas: int) -> Stack:
    return Stack(data_dir=data_dir, port_base=PORT_BASE, demo=True, quiet=True, replicas=replicas,
                 log_dir=data_dir / f"logs-{replicas}", postgres_url=database, redis_url="redis://127.0.0.1:6379/0",
                 extra_env={"GATEWAY_RATE_LIMIT_PREFIX": f"xq:load:{uuid.uuid4().hex}:",
                            "GATEWAY_RATE_USER": UNLIMITED, "GATEWAY_RATE_BANK_CLIENT": UNLIMITED})


@contextmanager
def running(data_dir: Path, database: str, *, replicas: int) -> Iterator[Stack]:
    """The stack started and warmed."""
    system = stack(data_dir, database, replicas=replicas)
    system.start_all()
    try:
        locust(system, WARM_SECONDS, data_dir / f"warm-{replicas}", pace=0.0).wait(timeout=WARM_SECONDS + 120)
        yield system
    finally:
        system.stop_all()


def locust(stack: Stack, seconds: int, output: Path, *, pace: float) -> subprocess.Popen[bytes]:
    """Locust against the stack's gateways for `seconds`, each caller at `pace` requests a second (0: at once);
    its statistics in output.json and output_failures.csv."""
    command = [sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless", "-u", str(CALLERS),
               "-r", str(CALLERS), "-t", f"{seconds}s", "--stop-timeout", "10", "--csv", str(output),
               "--json-file", str(output), "--only-summary", "--loglevel", "WARNING", "--host", stack.url()]
    with Path(f"{output}.log").open("ab") as log:  # the child keeps its own copy
        return subprocess.Popen(command, cwd=ROOT, env={**os.environ, "XQ_LOAD_GATEWAYS": ",".join(stack.urls()),
                                                  "XQ_LOAD_PACE": str(pace)},
                                stdout=log, stderr=subprocess.STDOUT)


def cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def busy_seconds() -> tuple[float, float]:
    """All cores' busy and total seconds since boot (/proc/stat)."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(values) - values[3] - values[4]) / os.sysconf("SC_CLK_TCK"), sum(values) / os.sysconf("SC_CLK_TCK")


def processes_named(name: str) -> list[int]:
    """Every process whose command is `name` (PostgreSQL's backends, Redis): shared with whatever else runs, and a
    backend that ends during a round takes its CPU with it."""
    return [int(entry.name) for entry in Path("/proc").iterdir() if entry.name.isdigit() and _comm(entry) == name]


def _comm(entry: Path) -> str:
    try:
        return (entry / "comm").read_text().strip()
    except OSError:
        return ""


def load_round(stack: Stack, load: Load, output: Path) -> None:
    """One round of load on the stack, added to what it served before."""
    kinds = {name: [stack.processes[stack.key(name, r)].pid for r in range(stack.replicas)] for name in PROCESSES}
    kinds |= {"postgres": processes_named("postgres"), "redis": processes_named("redis-server")}
    before = {pid: cpu_seconds(pid) for pids in kinds.values() for pid in pids}
    busy, total = busy_seconds()
    started = time.monotonic()
    run = locust(stack, ROUND_SECONDS, output, pace=load.pace)
    kinds["locust"], before[run.pid] = [run.pid], 0.0
    time.sleep(ROUND_SECONDS * 0.95)  # the CPU while the load runs (Locust's own before it exits)
    for kind, pids in kinds.items():
        load.cpu[kind] += sum(max(0.0, cpu_seconds(pid) - before[pid]) for pid in pids)
    busy_after, total_after = busy_seconds()
    load.cpu["machine"] += (busy_after - busy) / (total_after - total) * (time.monotonic() - started)
    load.seconds += time.monotonic() - started
    load.rounds += 1
    run.wait(timeout=ROUND_SECONDS + 120)  # its exit code says whether any request failed: counted below
    for entry in json.loads(Path(f"{output}.json").read_text()):
        group = load.groups[entry["name"]]
        group.failures += entry["num_failures"]
        group.times.update({int(millis): count for millis, count in dict(entry["response_times"]).items()})
    with Path(f"{output}_failures.csv").open() as handle:
        load.failures += [f"{row['Occurrences']} x {row['Name']}: {row['Error']}" for row in csv.DictReader(handle)]


def report(load: Load) -> None:
    how = f"{load.pace:g} requests a second each (steady)" if load.pace else "calling again at once"
    print(f"\n{load.replicas} replica{'s' if load.replicas > 1 else ''} of every process: {CALLERS} callers "
          f"{how}, {load.rounds} round{'s' if load.rounds > 1 else ''} of {ROUND_SECONDS} s (ms)")
    print(f"  {'group':16s} {'requests':>8s} {'errors':>6s} {'req/s':>7s} {'p50':>6s} {'p95':>6s} {'p99':>6s}")
    for name, group in [*load.groups.items(), ("all", load.everything())]:
        print(f"  {name:16s} {group.requests:8d} {group.failures:6d} {load.per_second(group):7.1f} "
              f"{group.percentile(0.5):6d} {group.percentile(0.95):6d} {group.percentile(0.99):6d}")
    shares = ", ".join(f"{kind} {cpu / load.seconds:.0%}" for kind, cpu in load.cpu.items() if kind != "machine")
    print(f"  CPU: the machine's {os.cpu_count()} cores {load.cpu['machine'] / load.seconds:.0%} busy; "
          f"of one core: {shares}")
    for failure in load.failures:
        print(f"  failed: {failure}")


def test_load_at_one_and_two_replicas(cluster_data: tuple[Path, str]) -> None:
    data_dir, database = cluster_data
    print(f"\nload average before: {os.getloadavg()[0]:.1f} (other work on this machine skews every figure); "
          f"logs and Locust's files in {data_dir}")
    loads = {replicas: Load(replicas) for replicas in sorted(set(ORDER))}
    steady = {replicas: Load(replicas, pace=PACE) for replicas in sorted(set(ORDER))}
    for n, replicas in enumerate(ORDER):
        with running(data_dir, database, replicas=replicas) as system:
            load_round(system, loads[replicas], data_dir / f"round-{n}-{replicas}")
            if n == ORDER.index(replicas):  # one steady round a size, on its first start
                load_round(system, steady[replicas], data_dir / f"steady-{n}-{replicas}")
    for load in [*loads.values(), *steady.values()]:
        report(load)
    one, two = (load.per_second(load.everything()) for load in loads.values())
    print(f"\n2 replicas serve {two / one:.2f} x the requests a second of 1 (goal: at least 1.6 x)")
    for load in [*loads.values(), *steady.values()]:
        how = f"steady, {CALLERS * load.pace:g} requests a second" if load.pace else "callers calling again at once"
        print(f"dashboard p95 at {load.replicas} ({how}): {load.groups['staff dashboard'].percentile(0.95)} ms "
              f"(goal: at most {DASHBOARD_P95_GOAL} ms warm)")
    for load in [*loads.values(), *steady.values()]:
        assert all(group.requests > 0 for group in load.groups.values())
        assert load.everything().failures == 0, load.failures
