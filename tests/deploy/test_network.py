"""Who may talk to whom, as the rendered NetworkPolicies decide it. A connection goes through when the source may
send it (no Egress policy selects the source, or one lets it out) and the destination may take it (likewise for
Ingress). The evaluator below follows the NetworkPolicy API for what these manifests use: pod and namespace
selectors, IP blocks with exceptions, numeric ports and protocols."""

import ipaddress
from dataclasses import dataclass, field

import pytest

from tests.deploy.manifests import PROCESSES, SERVICES, Obj, named, of_kind, selects


@dataclass(frozen=True)
class Peer:
    namespace: str | None  # None: outside the cluster, known by its address only
    labels: dict[str, str] = field(default_factory=dict)
    address: str = "10.42.7.7"


def _peer_matches(rule_peer: Obj, policy_namespace: str, peer: Peer) -> bool:
    if "ipBlock" in rule_peer:
        if peer.namespace is not None:
            return False  # a pod's address is a private one, outside every block these policies open
        block = rule_peer["ipBlock"]
        address = ipaddress.ip_address(peer.address)
        return address in ipaddress.ip_network(block["cidr"]) and not any(
            address in ipaddress.ip_network(cidr) for cidr in block.get("except", []))
    if peer.namespace is None:
        return False
    if "namespaceSelector" in rule_peer:
        namespace_labels = {"kubernetes.io/metadata.name": peer.namespace}
        if not selects(rule_peer["namespaceSelector"], namespace_labels):
            return False
    elif peer.namespace != policy_namespace:
        return False
    return "podSelector" not in rule_peer or selects(rule_peer["podSelector"], peer.labels)


def _port_matches(rule: Obj, port: int, protocol: str) -> bool:
    ports = rule.get("ports")
    return not ports or any(entry.get("protocol", "TCP") == protocol and entry.get("port") in (None, port)
                            for entry in ports)


def _allowed(policies: list[Obj], pod: Peer, other: Peer, port: int, protocol: str, direction: str) -> bool:
    """Whether `pod` may receive from (Ingress) or send to (Egress) `other`."""
    key, peers = ("ingress", "from") if direction == "Ingress" else ("egress", "to")
    selecting = [policy for policy in policies if policy["metadata"]["namespace"] == pod.namespace
                 and direction in policy["spec"].get("policyTypes", ["Ingress"])
                 and selects(policy["spec"]["podSelector"], pod.labels)]
    if not selecting:
        return True
    return any(_port_matches(rule, port, protocol)
               and (peers not in rule or any(_peer_matches(peer, policy["metadata"]["namespace"], other)
                                             for peer in rule[peers]))
               for policy in selecting for rule in policy["spec"].get(key, []))


def reaches(objects: list[Obj], source: Peer, destination: Peer, port: int, protocol: str = "TCP") -> bool:
    policies = of_kind(objects, "NetworkPolicy")
    out = source.namespace is None or _allowed(policies, source, destination, port, protocol, "Egress")
    into = destination.namespace is None or _allowed(policies, destination, source, port, protocol, "Ingress")
    return out and into


@pytest.fixture
def objects(rendered: dict[str, list[Obj]], overlay: str) -> list[Obj]:
    return rendered[overlay]


def pods(objects: list[Obj]) -> dict[str, Peer]:
    """The pods of the render (by their templates' labels) and those outside it that matter."""
    namespace = named(objects, "Deployment", "gateway")["metadata"]["namespace"]
    found = {}
    for kind, suffix in (("Deployment", ""), ("Job", "-migrate")):
        for process in PROCESSES:
            obj = named(objects, kind, process + suffix)
            found[process + suffix] = Peer(namespace, obj["spec"]["template"]["metadata"]["labels"])
    found["redis"] = Peer(namespace, named(objects, "Deployment", "redis")["spec"]["template"]["metadata"]["labels"])
    found["postgresql"] = Peer(namespace, {"cnpg.io/cluster": "xiangqing-db", "cnpg.io/instanceRole": "primary"})
    found["postgresql-restored"] = Peer(namespace, {"cnpg.io/cluster": "xiangqing-db-restored"})
    found["ingress-controller"] = Peer("traefik", {"app.kubernetes.io/name": "traefik"})
    found["cnpg-operator"] = Peer("cnpg-system", {"app.kubernetes.io/name": "cloudnative-pg"})
    found["dns"] = Peer("kube-system", {"k8s-app": "kube-dns"})
    found["stranger"] = Peer("default", {"app.kubernetes.io/name": "gateway"})
    found["internet"] = Peer(None, address="203.0.113.10")
    found["private-network"] = Peer(None, address="10.1.2.3")
    found["cloud-metadata"] = Peer(None, address="169.254.169.254")
    return found


ALLOWED = [
    ("ingress-controller", "gateway", 8000),
    *[("gateway", service, 8000) for service in SERVICES],
    *[(service, "gateway", 8000) for service in SERVICES],
    ("gateway", "redis", 6379),
    *[(process, "postgresql", 5432) for process in PROCESSES],
    *[(f"{process}-migrate", "postgresql", 5432) for process in PROCESSES],
    ("loans", "internet", 443),
    ("cnpg-operator", "postgresql", 8000),
    ("postgresql", "postgresql-restored", 5432),
    ("cnpg-operator", "postgresql-restored", 8000),
    ("loans", "postgresql-restored", 5432),
]
DENIED = [
    *[("ingress-controller", service, 8000) for service in SERVICES],
    *[(source, destination, 8000) for source in SERVICES for destination in SERVICES if source != destination],
    ("loans-migrate", "products", 8000),
    ("stranger", "gateway", 8000),
    ("stranger", "postgresql", 5432),
    ("ingress-controller", "postgresql", 5432),
    ("ingress-controller", "redis", 6379),
    *[(service, "redis", 6379) for service in SERVICES],
    *[(process, "internet", 443) for process in PROCESSES if process != "loans"],
    ("loans", "internet", 80),
    ("loans", "private-network", 443),
    ("loans", "cloud-metadata", 443),
    ("redis", "internet", 443),
    ("postgresql", "gateway", 8000),
]


def test_what_is_allowed_goes_through(objects: list[Obj]) -> None:
    peers = pods(objects)
    blocked = [(s, d, p) for s, d, p in ALLOWED if not reaches(objects, peers[s], peers[d], p)]
    assert blocked == []


def test_everything_else_is_refused(objects: list[Obj]) -> None:
    peers = pods(objects)
    through = [(s, d, p) for s, d, p in DENIED if reaches(objects, peers[s], peers[d], p)]
    assert through == []


def test_every_process_resolves_names(objects: list[Obj]) -> None:
    peers = pods(objects)
    for process in (*PROCESSES, *(f"{process}-migrate" for process in PROCESSES)):
        assert reaches(objects, peers[process], peers["dns"], 53, "UDP"), process
        assert reaches(objects, peers[process], peers["dns"], 53, "TCP"), process


def test_ingress_is_denied_by_default(objects: list[Obj]) -> None:
    policy = named(objects, "NetworkPolicy", "default-deny-ingress")
    assert policy["spec"] == {"podSelector": {}, "policyTypes": ["Ingress"]}
    peers = pods(objects)
    unknown = Peer(peers["gateway"].namespace, {"app.kubernetes.io/name": "something-new"})
    assert not reaches(objects, peers["ingress-controller"], unknown, 8000)
    assert not reaches(objects, peers["stranger"], unknown, 8000)
