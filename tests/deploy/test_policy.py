"""The policy holds for every overlay, and each fault it names is caught in an object broken on purpose."""

import copy
from collections.abc import Callable

import pytest

from tests.deploy.manifests import Obj, named
from tests.deploy.policy import violations


def test_every_overlay_keeps_the_policy(rendered: dict[str, list[Obj]], overlay: str) -> None:
    assert violations(rendered[overlay]) == []


@pytest.fixture
def objects(rendered: dict[str, list[Obj]]) -> list[Obj]:
    """A copy of production to break: the gateway's Deployment, its PDB and HPA, and everything else."""
    return copy.deepcopy(rendered["production"])


def _gateway(objects: list[Obj]) -> Obj:
    return named(objects, "Deployment", "gateway")


def _gateway_container(objects: list[Obj]) -> Obj:
    container: Obj = _gateway(objects)["spec"]["template"]["spec"]["containers"][0]
    return container


def _migration_container(objects: list[Obj]) -> Obj:
    container: Obj = named(objects, "Job", "loans-migrate")["spec"]["template"]["spec"]["containers"][0]
    return container


def _cron_container(objects: list[Obj]) -> Obj:
    cronjob = named(objects, "CronJob", "products-expire-lots")
    container: Obj = cronjob["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]
    return container


def _drop(mapping: Obj, key: str) -> None:
    del mapping[key]


FAULTS: dict[str, tuple[Callable[[list[Obj]], None], str]] = {
    "no readiness probe": (lambda o: _drop(_gateway_container(o), "readinessProbe"),
                           "Deployment/gateway: container gateway: no readinessProbe"),
    "no liveness probe": (lambda o: _drop(_gateway_container(o), "livenessProbe"),
                          "Deployment/gateway: container gateway: no livenessProbe"),
    "no limits": (lambda o: _drop(_gateway_container(o)["resources"], "limits"),
                  "Deployment/gateway: container gateway: no memory in resources.limits"),
    "no memory request": (lambda o: _drop(_gateway_container(o)["resources"]["requests"], "memory"),
                          "Deployment/gateway: container gateway: no memory in resources.requests"),
    "no cpu limit on a Job": (lambda o: _drop(_migration_container(o)["resources"]["limits"], "cpu"),
                              "Job/loans-migrate: container loans: no cpu in resources.limits"),
    "root may run": (lambda o: _gateway(o)["spec"]["template"]["spec"]["securityContext"].update(runAsNonRoot=False),
                     "Deployment/gateway: container gateway: runAsNonRoot is not true"),
    "runs as root": (lambda o: _gateway_container(o)["securityContext"].update(runAsUser=0),
                     "Deployment/gateway: container gateway: no runAsUser, or root's"),
    "writable root filesystem": (lambda o: _cron_container(o)["securityContext"].update(readOnlyRootFilesystem=False),
                                 "CronJob/products-expire-lots: container products: readOnlyRootFilesystem is not"),
    "privilege escalation": (lambda o: _drop(_gateway_container(o)["securityContext"], "allowPrivilegeEscalation"),
                             "Deployment/gateway: container gateway: allowPrivilegeEscalation is not false"),
    "capabilities kept": (lambda o: _drop(_gateway_container(o)["securityContext"], "capabilities"),
                          "Deployment/gateway: container gateway: capabilities are not all dropped"),
    "no seccomp": (lambda o: _drop(_gateway(o)["spec"]["template"]["spec"]["securityContext"], "seccompProfile"),
                   "Deployment/gateway: container gateway: seccompProfile is not RuntimeDefault"),
    "no PDB": (lambda o: o.remove(named(o, "PodDisruptionBudget", "gateway")),
               "Deployment/gateway: no PodDisruptionBudget selects its pods"),
    "no HPA": (lambda o: o.remove(named(o, "HorizontalPodAutoscaler", "gateway")),
               "Deployment/gateway: no HorizontalPodAutoscaler (autoscaling/v2) scales it"),
    "image latest": (lambda o: _gateway_container(o).update(image="registry.example:5000/xiangqing:latest"),
                     "Deployment/gateway: container gateway: image registry.example:5000/xiangqing:latest is :latest"),
    "image untagged": (lambda o: _migration_container(o).update(image="registry.example:5000/xiangqing"),
                       "Job/loans-migrate: container loans: image registry.example:5000/xiangqing has no tag"),
    "secret literal in env": (lambda o: _gateway_container(o)["env"].append({"name": "GATEWAY_METRICS_TOKEN",
                                                                             "value": "s3cret"}),
                              "Deployment/gateway: container gateway: GATEWAY_METRICS_TOKEN is a literal value"),
    "a Secret with data": (lambda o: o.append({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "leak"},
                                               "data": {"password": "aHVudGVyMg=="}}),
                           "Secret/leak: a Secret with a value in the repository"),
    "a Secret with stringData": (lambda o: o.append({"apiVersion": "v1", "kind": "Secret",
                                                     "metadata": {"name": "leak"},
                                                     "stringData": {"password": "hunter2"}}),
                                 "Secret/leak: a Secret with a value in the repository"),
}


@pytest.mark.parametrize("fault", FAULTS)
def test_the_policy_catches(objects: list[Obj], fault: str) -> None:
    breaks, expected = FAULTS[fault]
    assert violations(objects) == []
    breaks(objects)
    found = violations(objects)
    assert any(problem.startswith(expected) for problem in found), found


def test_a_digest_is_as_good_as_a_tag(objects: list[Obj]) -> None:
    _gateway_container(objects)["image"] = "registry.example/xiangqing@sha256:" + "0" * 64
    assert violations(objects) == []


def test_a_single_replica_deployment_says_why(objects: list[Obj]) -> None:
    redis = named(objects, "Deployment", "redis")
    del redis["metadata"]["annotations"]["xiangqing/single-replica"]
    assert "Deployment/redis: no HorizontalPodAutoscaler (autoscaling/v2) scales it" in violations(objects)


def test_an_empty_secret_is_allowed(objects: list[Obj]) -> None:
    """What the repository may hold: a Secret's name and type, never its value."""
    objects.append({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "made-by-hand"}, "type": "Opaque"})
    assert violations(objects) == []
