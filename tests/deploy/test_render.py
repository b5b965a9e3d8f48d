"""Every overlay renders, and what it renders is what the Kubernetes API would accept: the built-in kinds against
the API's own schemas (kubernetes-validate, strict: an unknown field is an error), for the oldest Kubernetes these
manifests are written for and the newest the package knows; custom resources in test_custom_resources.py."""

import kubernetes_validate  # type: ignore[import-untyped]
import pytest

from tests.deploy.manifests import KUBERNETES, Obj, label, named, render

# The oldest Kubernetes the manifests are for (deploy/README.md) and the newest kubernetes-validate has schemas for.
KUBERNETES_VERSIONS = ("1.31", "1.37")
CUSTOM_KINDS = {
    ("postgresql.cnpg.io/v1", "Cluster"),
    ("postgresql.cnpg.io/v1", "Database"),
    ("postgresql.cnpg.io/v1", "ScheduledBackup"),
    ("barmancloud.cnpg.io/v1", "ObjectStore"),
}
# The order of a first rollout (deploy/README.md) applies objects by this label, so each must carry one of these.
STAGES = {"namespace", "config", "database", "cache", "network", "migration", "api", "cronjob", "ingress"}
NAMESPACES = {"staging": "xiangqing-staging", "production": "xiangqing"}


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
def test_built_in_objects_match_the_kubernetes_schemas(rendered: dict[str, list[Obj]], overlay: str,
                                                       version: str) -> None:
    checked = 0
    for obj in rendered[overlay]:
        if (obj["apiVersion"], obj["kind"]) in CUSTOM_KINDS:
            continue
        try:
            kubernetes_validate.validate(obj, version, strict=True)
        except kubernetes_validate.SchemaNotFoundError:
            pytest.fail(f"{obj['apiVersion']} {obj['kind']}: not built in, nor checked in test_custom_resources.py")
        except kubernetes_validate.ValidationError as error:
            pytest.fail(f"{obj['kind']}/{obj['metadata']['name']} on Kubernetes {version}: {error.message} "
                        f"at {'/'.join(map(str, error.path))}")
        checked += 1
    assert checked >= 40


def test_everything_lives_in_the_overlays_namespace(rendered: dict[str, list[Obj]], overlay: str) -> None:
    namespace = NAMESPACES[overlay]
    assert named(rendered[overlay], "Namespace", namespace)["metadata"]["labels"][
        "pod-security.kubernetes.io/enforce"] == "restricted"
    assert {obj["metadata"].get("namespace") for obj in rendered[overlay] if obj["kind"] != "Namespace"} == {namespace}


def test_every_object_belongs_to_a_stage_of_the_rollout(rendered: dict[str, list[Obj]], overlay: str) -> None:
    for obj in rendered[overlay]:
        assert label(obj, "app.kubernetes.io/component") in STAGES, f"{obj['kind']}/{obj['metadata']['name']}"
        assert label(obj, "app.kubernetes.io/part-of") == "xiangqing", f"{obj['kind']}/{obj['metadata']['name']}"


def test_the_base_renders_alone_too() -> None:
    objects = render(KUBERNETES / "base")
    assert {obj["kind"] for obj in objects} >= {"Deployment", "Service", "Job", "CronJob", "Cluster", "Ingress"}
