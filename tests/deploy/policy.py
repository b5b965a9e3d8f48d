"""The rules every rendered manifest keeps. `violations(objects)` names each object that breaks one, so a test can
show both that the real manifests keep them and that a broken object is caught.

- A Deployment has readiness and liveness probes and a PodDisruptionBudget and a HorizontalPodAutoscaler (unless it
  says why it runs one replica, annotation `xiangqing/single-replica`).
- Every pod (Deployments, Jobs, CronJobs) runs as a non-root user with the runtime's seccomp profile; every container
  has resource requests and limits, a read-only root filesystem, no privilege escalation, no capabilities, and an
  image pinned by tag or digest (never `:latest`, never untagged).
- A Secret never carries a value in the repository (data or stringData), and no container gets a secret-looking
  variable as a literal value.
"""

import re

from tests.deploy.manifests import Obj, containers, selects, workloads

SINGLE_REPLICA = "xiangqing/single-replica"
SECRET_NAME = re.compile(r"(PASSWORD|SECRET|TOKEN|_KEY$|_AUTH$|DATABASE_URL$|REDIS_URL$)")


def violations(objects: list[Obj]) -> list[str]:
    found: list[str] = []
    for obj in objects:
        where = f"{obj['kind']}/{obj['metadata']['name']}"
        if obj["kind"] == "Secret" and (obj.get("data") or obj.get("stringData")):
            found.append(f"{where}: a Secret with a value in the repository (make it by hand, see deploy/README.md)")
    for obj, pod_spec in workloads(objects):
        where = f"{obj['kind']}/{obj['metadata']['name']}"
        found += [f"{where}: {problem}" for problem in _pod(pod_spec, serves=obj["kind"] == "Deployment")]
        if obj["kind"] == "Deployment":
            found += [f"{where}: {problem}" for problem in _scaling(obj, objects)]
    return found


def _pod(pod_spec: Obj, *, serves: bool) -> list[str]:
    problems = []
    pod_context = pod_spec.get("securityContext", {})
    for flag in ("hostNetwork", "hostPID", "hostIPC"):
        if pod_spec.get(flag):
            problems.append(f"{flag} is on")
    for container in containers(pod_spec):
        context = {**pod_context, **container.get("securityContext", {})}
        name = container["name"]
        if context.get("runAsNonRoot") is not True:
            problems.append(f"container {name}: runAsNonRoot is not true")
        if context.get("runAsUser") in (None, 0):
            problems.append(f"container {name}: no runAsUser, or root's")
        if context.get("seccompProfile", {}).get("type") != "RuntimeDefault":
            problems.append(f"container {name}: seccompProfile is not RuntimeDefault")
        if context.get("readOnlyRootFilesystem") is not True:
            problems.append(f"container {name}: readOnlyRootFilesystem is not true")
        if context.get("allowPrivilegeEscalation") is not False:
            problems.append(f"container {name}: allowPrivilegeEscalation is not false")
        if context.get("privileged"):
            problems.append(f"container {name}: privileged")
        if "ALL" not in context.get("capabilities", {}).get("drop", []) or context.get("capabilities", {}).get("add"):
            problems.append(f"container {name}: capabilities are not all dropped")
        resources = container.get("resources", {})
        for part in ("requests", "limits"):
            for resource in ("cpu", "memory"):
                if resource not in resources.get(part, {}):
                    problems.append(f"container {name}: no {resource} in resources.{part}")
        problems += [f"container {name}: {problem}" for problem in _image(container.get("image", ""))]
        for variable in container.get("env", []):
            if "value" in variable and SECRET_NAME.search(variable["name"]):
                problems.append(f"container {name}: {variable['name']} is a literal value, not a secretKeyRef")
    if serves:
        for container in pod_spec.get("containers", []):
            for probe in ("readinessProbe", "livenessProbe"):
                if probe not in container:
                    problems.append(f"container {container['name']}: no {probe}")
    return problems


def _image(image: str) -> list[str]:
    if "@sha256:" in image:
        return []
    last = image.rsplit("/", 1)[-1]
    if ":" not in last:
        return [f"image {image or '(none)'} has no tag (that is :latest)"]
    if last.rsplit(":", 1)[1] == "latest":
        return [f"image {image} is :latest"]
    return []


def _scaling(deployment: Obj, objects: list[Obj]) -> list[str]:
    if deployment["metadata"].get("annotations", {}).get(SINGLE_REPLICA):
        return []
    problems = []
    pod_labels = deployment["spec"]["template"]["metadata"].get("labels", {})
    namespace = deployment["metadata"].get("namespace")
    if not any(pdb["kind"] == "PodDisruptionBudget" and pdb["metadata"].get("namespace") == namespace
               and selects(pdb["spec"].get("selector", {}), pod_labels) for pdb in objects):
        problems.append("no PodDisruptionBudget selects its pods")
    if not any(hpa["kind"] == "HorizontalPodAutoscaler" and hpa["apiVersion"] == "autoscaling/v2"
               and hpa["metadata"].get("namespace") == namespace
               and hpa["spec"]["scaleTargetRef"].get("kind") == "Deployment"
               and hpa["spec"]["scaleTargetRef"].get("name") == deployment["metadata"]["name"] for hpa in objects):
        problems.append("no HorizontalPodAutoscaler (autoscaling/v2) scales it")
    return problems
