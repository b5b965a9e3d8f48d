"""The custom resources, which kubernetes-validate has no schema for: the fields their CRDs require (CloudNativePG
1.30's Cluster, Database and ScheduledBackup; the Barman Cloud plugin's ObjectStore), the values those fields
accept, and that the objects name each other (a backup names the cluster, the cluster the object store, ...).
The Ingress is built in, but what cert-manager and the ingress controller read from it is checked here."""

import re

from tests.deploy.manifests import PROCESSES, Obj, named, of_kind

CLUSTER = "xiangqing-db"
BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io"
INSTANCES = {"staging": 1, "production": 3}
QUANTITY = re.compile(r"^\d+(\.\d+)?(Ki|Mi|Gi|Ti|m)?$")
PINNED_IMAGE = re.compile(r"^[\w./-]+:\d+(\.\d+)+[\w.-]*$|@sha256:[0-9a-f]{64}$")


def test_the_postgresql_cluster(rendered: dict[str, list[Obj]], overlay: str) -> None:
    cluster = named(rendered[overlay], "Cluster", CLUSTER)
    spec = cluster["spec"]
    assert spec["instances"] == INSTANCES[overlay]
    assert PINNED_IMAGE.search(spec["imageName"]), spec["imageName"]
    assert QUANTITY.match(spec["storage"]["size"])
    for part in ("requests", "limits"):
        assert set(spec["resources"][part]) == {"cpu", "memory"}
    assert all(isinstance(value, str) for value in spec["postgresql"]["parameters"].values())
    roles = {role["name"]: role for role in spec["managed"]["roles"]}
    assert set(roles) == set(PROCESSES)
    for name, role in roles.items():
        assert role["ensure"] == "present" and role["login"] is True
        assert role["passwordSecret"]["name"] == f"xiangqing-db-{name}"
        assert not role.get("superuser") and not role.get("createrole") and not role.get("createdb")
    archiver = [plugin for plugin in spec["plugins"] if plugin.get("isWALArchiver")]
    assert [plugin["name"] for plugin in archiver] == [BARMAN_PLUGIN]
    named(rendered[overlay], "ObjectStore", archiver[0]["parameters"]["barmanObjectName"])
    assert "backup" not in spec, "the in-tree barmanObjectStore is removed in CloudNativePG 1.31: use the plugin"


def test_one_database_per_process_owned_by_its_role(rendered: dict[str, list[Obj]], overlay: str) -> None:
    databases = of_kind(rendered[overlay], "Database")
    assert sorted(database["spec"]["name"] for database in databases) == sorted(PROCESSES)
    for database in databases:
        spec = database["spec"]
        assert spec["cluster"]["name"] == CLUSTER
        assert spec["owner"] == spec["name"], "each process owns its database, so it may create its own schema"
        assert spec["ensure"] == "present" and spec["databaseReclaimPolicy"] == "retain"


def test_the_nightly_backup(rendered: dict[str, list[Obj]], overlay: str) -> None:
    backups = of_kind(rendered[overlay], "ScheduledBackup")
    assert len(backups) == 1
    spec = backups[0]["spec"]
    assert spec["cluster"]["name"] == CLUSTER
    assert len(spec["schedule"].split()) == 6, "CloudNativePG's schedule has six fields, seconds first"
    assert spec["method"] == "plugin" and spec["pluginConfiguration"]["name"] == BARMAN_PLUGIN
    assert spec["backupOwnerReference"] in ("none", "self", "cluster")


def test_the_object_store(rendered: dict[str, list[Obj]], overlay: str) -> None:
    store = named(rendered[overlay], "ObjectStore", "xiangqing-backups")
    configuration = store["spec"]["configuration"]
    assert configuration["destinationPath"] == f"s3://xiangqing-backups/{overlay}/"
    for credential in ("accessKeyId", "secretAccessKey"):
        assert set(configuration["s3Credentials"][credential]) == {"name", "key"}
    assert re.fullmatch(r"\d+[dwm]", store["spec"]["retentionPolicy"])
    assert "serverName" not in configuration, "the plugin wants serverName empty in the ObjectStore"


def test_overlays_back_up_to_different_places(rendered: dict[str, list[Obj]]) -> None:
    paths = {named(objects, "ObjectStore", "xiangqing-backups")["spec"]["configuration"]["destinationPath"]
             for objects in rendered.values()}
    assert len(paths) == len(rendered)


def test_the_ingress_ends_tls_with_a_certificate_from_cert_manager(rendered: dict[str, list[Obj]],
                                                                   overlay: str) -> None:
    ingress = named(rendered[overlay], "Ingress", "gateway")
    assert ingress["metadata"]["annotations"]["cert-manager.io/cluster-issuer"]
    assert ingress["spec"]["ingressClassName"] == "traefik"
    [tls] = ingress["spec"]["tls"]
    [rule] = ingress["spec"]["rules"]
    assert tls["hosts"] == [rule["host"]] and tls["secretName"]
    [path] = rule["http"]["paths"]
    assert path["path"] == "/" and path["pathType"] == "Prefix"
    backend = path["backend"]["service"]
    service = named(rendered[overlay], "Service", backend["name"])
    assert backend["name"] == "gateway"
    assert backend["port"]["name"] in {port["name"] for port in service["spec"]["ports"]}


def test_each_environment_has_its_own_host(rendered: dict[str, list[Obj]]) -> None:
    hosts = {overlay: named(objects, "Ingress", "gateway")["spec"]["rules"][0]["host"]
             for overlay, objects in rendered.items()}
    assert len(set(hosts.values())) == len(hosts), hosts
