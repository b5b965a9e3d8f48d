"""deploy/README.md makes every Secret and ConfigMap key the manifests reference but do not hold, with the values the
processes expect: a rollout that follows it finds nothing missing."""

import re

from tests.deploy.manifests import PROCESSES, ROOT, Obj, named, of_kind, workloads

README = ROOT / "deploy" / "README.md"
CREATE = re.compile(r"kubectl [^\n]*?create (secret generic|configmap) ([\w-]+)(.*)")
LITERAL = re.compile(r"--from-literal=([\w.-]+)=(\"[^\"]*\"|\S+)")


def made_by_readme() -> dict[str, dict[str, str]]:
    """{name: {key: value as written}} for each `kubectl create secret generic|configmap` in the README."""
    text = README.read_text().replace("\\\n", " ")
    made: dict[str, dict[str, str]] = {}
    for match in CREATE.finditer(text):
        made.setdefault(match[2], {}).update({key: value.strip('"') for key, value in LITERAL.findall(match[3])})
    return made


def referenced(objects: list[Obj]) -> set[tuple[str, str]]:
    """(name, key) of every Secret or ConfigMap value the render takes from outside itself."""
    rendered_config = {obj["metadata"]["name"] for obj in of_kind(objects, "ConfigMap")}
    found: set[tuple[str, str]] = set()
    for _, pod_spec in workloads(objects):
        for container in pod_spec["containers"]:
            for variable in container.get("env", []):
                for kind in ("secretKeyRef", "configMapKeyRef"):
                    reference = variable.get("valueFrom", {}).get(kind)
                    if reference and reference["name"] not in rendered_config and not reference.get("optional"):
                        found.add((reference["name"], reference["key"]))
    cluster = named(objects, "Cluster", "xiangqing-db")
    for role in cluster["spec"]["managed"]["roles"]:
        found |= {(role["passwordSecret"]["name"], "username"), (role["passwordSecret"]["name"], "password")}
    credentials = named(objects, "ObjectStore", "xiangqing-backups")["spec"]["configuration"]["s3Credentials"]
    found |= {(credential["name"], credential["key"]) for credential in credentials.values()}
    return found


def test_every_referenced_secret_and_key_is_made(rendered: dict[str, list[Obj]], overlay: str) -> None:
    made = made_by_readme()
    missing = {(name, key) for name, key in referenced(rendered[overlay]) if key not in made.get(name, {})}
    assert not missing, f"deploy/README.md does not make {sorted(missing)}"


def test_each_database_url_names_the_process_role_and_database(rendered: dict[str, list[Obj]], overlay: str) -> None:
    made = made_by_readme()
    databases = {database["spec"]["name"]: database["spec"]["owner"]
                 for database in of_kind(rendered[overlay], "Database")}
    for process in PROCESSES:
        url = made[f"{process}-secrets"]["database-url"]
        match = re.fullmatch(r"postgresql\+asyncpg://(\w+):\$\w+@xiangqing-db-rw:5432/(\w+)", url)
        assert match, url
        role, database = match.groups()
        assert (role, database) == (process, process) and databases[database] == role
        password_variable = url.split(":")[2].split("@")[0]
        assert made[f"xiangqing-db-{process}"]["password"] == password_variable
        assert made[f"xiangqing-db-{process}"]["username"] == process


def test_the_redis_url_carries_the_redis_password() -> None:
    made = made_by_readme()
    assert made["gateway-secrets"]["redis-url"] == f"redis://:{made['redis-auth']['password']}@redis:6379/0"

