"""What tells the environments apart: staging runs one replica of each process with smaller requests; production at
least two behind the autoscaler, with larger limits. The autoscaler alone decides replicas: no Deployment sets them."""

from tests.deploy.manifests import PROCESSES, Obj, named

MEBI = {"Mi": 1, "Gi": 1024}


def memory(quantity: str) -> int:
    return int(quantity[:-2]) * MEBI[quantity[-2:]]


def cpu(quantity: str) -> float:
    return float(quantity[:-1]) / 1000 if quantity.endswith("m") else float(quantity)


def resources(objects: list[Obj], process: str) -> Obj:
    found: Obj = named(objects, "Deployment", process)["spec"]["template"]["spec"]["containers"][0]["resources"]
    return found


def test_staging_runs_one_replica_of_each(rendered: dict[str, list[Obj]]) -> None:
    for process in PROCESSES:
        hpa = named(rendered["staging"], "HorizontalPodAutoscaler", process)["spec"]
        assert (hpa["minReplicas"], hpa["maxReplicas"]) == (1, 2)


def test_production_runs_at_least_two_of_each(rendered: dict[str, list[Obj]]) -> None:
    for process in PROCESSES:
        hpa = named(rendered["production"], "HorizontalPodAutoscaler", process)["spec"]
        assert hpa["minReplicas"] == 2 and hpa["maxReplicas"] > 2
        assert named(rendered["production"], "PodDisruptionBudget", process)["spec"]["maxUnavailable"] == 1


def test_the_autoscaler_alone_sets_replicas(rendered: dict[str, list[Obj]], overlay: str) -> None:
    for process in PROCESSES:
        assert "replicas" not in named(rendered[overlay], "Deployment", process)["spec"]


def test_production_asks_for_more_and_may_use_more(rendered: dict[str, list[Obj]]) -> None:
    for process in PROCESSES:
        staging, production = resources(rendered["staging"], process), resources(rendered["production"], process)
        assert cpu(staging["requests"]["cpu"]) < cpu(production["requests"]["cpu"])
        assert memory(staging["requests"]["memory"]) < memory(production["requests"]["memory"])
        assert cpu(staging["limits"]["cpu"]) < cpu(production["limits"]["cpu"])
        assert memory(staging["limits"]["memory"]) < memory(production["limits"]["memory"])
        for overlay_resources in (staging, production):
            assert cpu(overlay_resources["requests"]["cpu"]) <= cpu(overlay_resources["limits"]["cpu"])
            assert memory(overlay_resources["requests"]["memory"]) <= memory(overlay_resources["limits"]["memory"])
