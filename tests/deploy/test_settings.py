"""What each process is given is what its settings need. Built from a container's environment as Kubernetes would
build it (its ConfigMaps, and a stand-in for each Secret's value), each process's Settings load in production with no
development secret and may serve on 0.0.0.0; every URL names a Service of the render; and the Deployment, the
migration Job and the scheduled jobs of a process get the same settings (a Job started without one is a failed
rollout: production settings refuse to load at all, whatever the command)."""

import ast
import importlib
import os
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from pydantic import SecretStr
from pydantic_settings import BaseSettings

from tests.deploy.manifests import PREFIXES, PROCESSES, ROOT, SERVICES, Obj, label, named, of_kind, workloads

# What the ConfigMap made by hand holds (deploy/README.md, `xiangqing-site`), in the shape the settings parse.
SITE = {"GATEWAY_TRUSTED_PROXIES": '["10.42.0.17", "10.42.1.23"]',
        "GATEWAY_CODE_SENDER": "sms_provider.senders:CodeSender",
        "TRAINING_SMS_SENDER": "sms_provider.senders:TraineeSender"}
# Besides every SecretStr field of its settings, what each process must be given rather than left at a default.
REQUIRED = {"ENVIRONMENT", "DATABASE_URL", "DB_SCHEMA", "JWKS_URL", "BEHIND_TLS", "METRICS_TOKEN"}
REQUIRED_OWN = {
    "gateway": {"REDIS_URL", "LOANS_URL", "PRODUCTS_URL", "TRAINING_URL", "VOLUNTEERS_URL", "TRUSTED_PROXIES",
                "CODE_SENDER", "SPA_DIR"},
    "loans": set(),
    "products": set(),
    "training": {"PUBLIC_URL", "SMS_SENDER"},
    "volunteers": {"PUBLIC_URL", "GATEWAY_URL", "CLIENT_ID", "CLIENT_SECRET"},
}
BUILT_IN_COMMANDS = {"serve", "migrate", "downgrade", "revision", "demo"}
SCHEDULED = {("loans", "mark-overdue"), ("products", "expire-lots"), ("products", "expire-demands"),
             ("volunteers", "anonymize"), ("gateway", "purge"), ("gateway", "rotate-key")}
JWKS_URL = "http://gateway:8000/.well-known/jwks.json"


def settings_class(process: str) -> type[BaseSettings]:
    cls: type[BaseSettings] = importlib.import_module(f"{process}.config").Settings
    return cls


def secret_fields(process: str) -> set[str]:
    return {name.upper() for name, field in settings_class(process).model_fields.items()
            if SecretStr in (field.annotation, *getattr(field.annotation, "__args__", ()))}


def containers_of(objects: list[Obj], process: str) -> list[tuple[Obj, Obj]]:
    return [(obj, container) for obj, pod_spec in workloads(objects) if label(obj, "app.kubernetes.io/name") == process
            for container in pod_spec["containers"]]


def sources(container: Obj) -> dict[str, Any]:
    """Each variable's source as written: a ConfigMap by envFrom, or the variable's own value or reference."""
    found: dict[str, Any] = {f"envFrom:{i}": source for i, source in enumerate(container.get("envFrom", []))}
    found.update({variable["name"]: variable.get("value", variable.get("valueFrom"))
                  for variable in container.get("env", [])})
    return found


def environment(objects: list[Obj], container: Obj) -> dict[str, str]:
    """The environment Kubernetes gives the container; a Secret's value is a stand-in naming it."""
    env: dict[str, str] = {}
    for source in container.get("envFrom", []):
        assert set(source) == {"configMapRef"}, "secrets are referenced one key at a time (secretKeyRef)"
        env.update(named(objects, "ConfigMap", source["configMapRef"]["name"])["data"])
    for variable in container.get("env", []):
        reference = variable.get("valueFrom", {})
        if "value" in variable:
            env[variable["name"]] = variable["value"]
        elif "secretKeyRef" in reference:
            secret = reference["secretKeyRef"]
            env[variable["name"]] = f"from-secret-{secret['name']}-{secret['key']}"
        elif "configMapKeyRef" in reference:
            name, key = reference["configMapKeyRef"]["name"], reference["configMapKeyRef"]["key"]
            assert name == "xiangqing-site" and key in SITE, f"{variable['name']}: from an unknown ConfigMap {name}"
            env[variable["name"]] = SITE[key]
    return env


def load(monkeypatch: pytest.MonkeyPatch, process: str, env: dict[str, str]) -> Any:
    for name in list(os.environ):
        if name.startswith(PREFIXES[process]) or name == "REDIS_URL":
            monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return settings_class(process)()


def service_port(objects: list[Obj], url: str) -> tuple[Obj, int]:
    """The Service a URL names by its host, and the container port that answers it."""
    parts = urlsplit(url)
    service = named(objects, "Service", str(parts.hostname))
    [port] = [port for port in service["spec"]["ports"] if port["port"] == parts.port]
    deployment = named(objects, "Deployment", service["metadata"]["name"])
    ports = {port["name"]: port["containerPort"] for port in deployment["spec"]["template"]["spec"]["containers"][0]
             ["ports"]}
    return service, ports[port["targetPort"]]


@pytest.mark.parametrize("process", PROCESSES)
def test_the_settings_load_in_production_and_may_serve(rendered: dict[str, list[Obj]], overlay: str, process: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    objects = rendered[overlay]
    deployment, container = containers_of(objects, process)[0]
    assert deployment["kind"] == "Deployment"
    env = environment(objects, container)
    prefix = PREFIXES[process]
    given = {name.removeprefix(prefix) for name in env if name.startswith(prefix)}
    missing = (REQUIRED | REQUIRED_OWN[process] | secret_fields(process)) - given
    assert not missing, f"{process} is not given {sorted(prefix + name for name in missing)}"
    for field in secret_fields(process) | {"DATABASE_URL", "REDIS_URL"} & given:
        assert "secretKeyRef" in sources(container)[prefix + field], f"{prefix}{field} is not from a Secret"
    settings = load(monkeypatch, process, env)
    assert settings.environment == "production"
    assert settings.development_secrets() == []
    settings.ensure_safe_to_serve("0.0.0.0")
    assert settings.behind_tls is True
    assert settings.db_schema == process
    assert settings.jwks_url == JWKS_URL
    assert settings.metrics_token is not None


@pytest.mark.parametrize("process", PROCESSES)
def test_every_workload_of_a_process_gets_the_same_settings(rendered: dict[str, list[Obj]], overlay: str,
                                                            process: str) -> None:
    found = containers_of(rendered[overlay], process)
    kinds = sorted({obj["kind"] for obj, _ in found})
    assert kinds == (["CronJob", "Deployment", "Job"] if any(p == process for p, _ in SCHEDULED)
                     else ["Deployment", "Job"])
    first = sources(found[0][1])
    for obj, container in found[1:]:
        assert sources(container) == first, f"{obj['kind']}/{obj['metadata']['name']} differs from the Deployment"


def test_urls_name_services_of_the_render(rendered: dict[str, list[Obj]], overlay: str,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    objects = rendered[overlay]
    gateway = load(monkeypatch, "gateway", environment(objects, containers_of(objects, "gateway")[0][1]))
    for service in SERVICES:
        [url] = gateway.upstream_urls(service)
        assert service_port(objects, url)[0]["metadata"]["name"] == service
    assert service_port(objects, JWKS_URL)[1] == 8000
    volunteers = load(monkeypatch, "volunteers", environment(objects, containers_of(objects, "volunteers")[0][1]))
    assert service_port(objects, volunteers.gateway_url)[0]["metadata"]["name"] == "gateway"
    redis_url = next(variable for variable in containers_of(objects, "gateway")[0][1]["env"]
                     if variable["name"] == "GATEWAY_REDIS_URL")
    assert redis_url["valueFrom"]["secretKeyRef"] == {"name": "gateway-secrets", "key": "redis-url"}
    named(objects, "Service", "redis")


def test_public_urls_are_the_ingress_host(rendered: dict[str, list[Obj]], overlay: str,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    objects = rendered[overlay]
    host = named(objects, "Ingress", "gateway")["spec"]["rules"][0]["host"]
    for process in ("training", "volunteers"):
        settings = load(monkeypatch, process, environment(objects, containers_of(objects, process)[0][1]))
        assert settings.public_url == f"https://{host}"


def test_the_gateway_serves_the_spa_where_the_image_puts_it(rendered: dict[str, list[Obj]], overlay: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    objects = rendered[overlay]
    gateway = load(monkeypatch, "gateway", environment(objects, containers_of(objects, "gateway")[0][1]))
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert f"COPY --from=spa /src/frontend/dist {gateway.spa_dir}\n" in dockerfile
    assert f"GATEWAY_SPA_DIR={gateway.spa_dir}" in dockerfile


def cli_commands(process: str) -> set[str]:
    """The commands `python -m <process>` takes: the chassis' own and the `jobs` its __main__.py passes to main()."""
    package = ROOT / ("gateway" if process == "gateway" else f"services/{process}") / process
    tree = ast.parse((package / "__main__.py").read_text())
    jobs: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "jobs" and isinstance(node.value, ast.Dict):
            jobs |= {str(key.value) for key in node.value.keys if isinstance(key, ast.Constant)}
    return BUILT_IN_COMMANDS | jobs


def command_of(container: Obj) -> list[str]:
    """The words after `python`, also when a shell runs it (`sh -c 'exec python -m ...'`)."""
    words: list[str] = container["command"]
    if words[:2] == ["sh", "-c"]:
        words = words[2].replace("exec ", "", 1).split()
    assert words[0] == "python", words
    return words[1:]


@pytest.mark.parametrize("process", PROCESSES)
def test_commands_are_the_processes_own(rendered: dict[str, list[Obj]], overlay: str, process: str) -> None:
    known = cli_commands(process)
    for obj, container in containers_of(rendered[overlay], process):
        words = command_of(container)
        assert words[:2] == ["-m", process], f"{obj['metadata']['name']} runs {words}"
        assert words[2] in known, f"{obj['metadata']['name']}: `{words[2]}` is not a command of {process}"
        if obj["kind"] == "Deployment":
            assert words[2:] == ["serve", "--host", "0.0.0.0", "--port", "8000"]
            assert container["ports"] == [{"name": "http", "containerPort": 8000}]
            assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
            assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
        if obj["kind"] == "Job":
            assert words[2:] == ["migrate"]


def test_the_scheduled_jobs(rendered: dict[str, list[Obj]], overlay: str) -> None:
    cronjobs = of_kind(rendered[overlay], "CronJob")
    found = set()
    for cronjob in cronjobs:
        process = label(cronjob, "app.kubernetes.io/name")
        container = cronjob["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]
        found.add((process, command_of(container)[2]))
        assert cronjob["spec"]["concurrencyPolicy"] == "Forbid"
        assert cronjob["spec"]["timeZone"] == "Asia/Shanghai"
        assert len(cronjob["spec"]["schedule"].split()) == 5
    assert found == SCHEDULED


def test_migrations_are_jobs_of_their_own_stage(rendered: dict[str, list[Obj]], overlay: str) -> None:
    jobs = of_kind(rendered[overlay], "Job")
    assert sorted(str(label(job, "app.kubernetes.io/name")) for job in jobs) == sorted(PROCESSES)
    for job in jobs:
        assert label(job, "app.kubernetes.io/component") == "migration"
        assert job["spec"]["template"]["spec"]["restartPolicy"] == "Never"
        # The Services select API pods only: a Job's pod (same process, no server) must never receive traffic.
        service = named(rendered[overlay], "Service", str(label(job, "app.kubernetes.io/name")))
        assert service["spec"]["selector"]["app.kubernetes.io/component"] == "api"
        assert job["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/component"] == "migration"


def test_anonymize_runs_for_today_in_qingyuan(rendered: dict[str, list[Obj]], tmp_path: Path) -> None:
    """The shell line, as Kubernetes hands it to sh (`$$` is its escape for `$`), run with a `python` that echoes."""
    cronjob = named(rendered["production"], "CronJob", "volunteers-anonymize")
    [container] = cronjob["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"]
    assert container["command"][:2] == ["sh", "-c"]
    script = container["command"][2].replace("$$", "$")
    python = tmp_path / "python"
    python.write_text('#!/bin/sh\necho "$@"\n')
    python.chmod(0o755)
    before = datetime.now(ZoneInfo("Asia/Shanghai")).date().isoformat()
    done = subprocess.run(["sh", "-c", script], env={"PATH": f"{tmp_path}:/usr/bin:/bin"}, capture_output=True,
                          text=True, check=True, timeout=10)
    after = datetime.now(ZoneInfo("Asia/Shanghai")).date().isoformat()
    words = done.stdout.split()
    assert words[:4] == ["-m", "volunteers", "anonymize", "--on"]
    assert words[4] in {before, after}
