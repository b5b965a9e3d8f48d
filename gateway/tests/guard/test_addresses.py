from types import SimpleNamespace

import pydantic
import pytest
from starlette.requests import HTTPConnection

from gateway.config import Settings
from gateway.guard.addresses import client_address


def connection(peer: str, forwarded: str | list[str] | None, trusted: list[str]) -> HTTPConnection:
    lines = [forwarded] if isinstance(forwarded, str) else forwarded or []
    headers = [(b"x-forwarded-for", line.encode()) for line in lines]
    app = SimpleNamespace(state=SimpleNamespace(settings=SimpleNamespace(trusted_proxies=trusted)))
    return HTTPConnection({"type": "http", "headers": headers, "client": (peer, 5000), "app": app})


def test_without_a_trusted_proxy_x_forwarded_for_is_ignored() -> None:
    assert client_address(connection("203.0.113.9", "1.2.3.4", [])) == "203.0.113.9"


def test_behind_a_trusted_proxy_the_forwarded_address_counts() -> None:
    assert client_address(connection("10.0.0.2", "198.51.100.7", ["10.0.0.2"])) == "198.51.100.7"


def test_addresses_a_client_put_in_front_of_the_proxys_are_not_believed() -> None:
    # The client sent "1.2.3.4" itself; the proxy appended the address it really saw.
    assert client_address(connection("10.0.0.2", "1.2.3.4, 198.51.100.7", ["10.0.0.2"])) == "198.51.100.7"


def test_a_proxy_that_adds_its_own_line_is_read_after_the_clients() -> None:
    # The client sent a line of its own; the proxy added another rather than appending to it.
    assert client_address(connection("10.0.0.2", ["1.2.3.4", "198.51.100.7"], ["10.0.0.2"])) == "198.51.100.7"


def test_a_forwarded_value_that_is_not_an_address_falls_back_to_the_peer() -> None:
    assert client_address(connection("10.0.0.2", "evil", ["10.0.0.2"])) == "10.0.0.2"


def test_a_trusted_network_covers_every_proxy_in_it() -> None:
    # An ingress controller's pods move: the operator names the pod network.
    assert client_address(connection("10.42.3.17", "198.51.100.7", ["10.42.0.0/16"])) == "198.51.100.7"
    assert client_address(connection("10.43.0.1", "198.51.100.7", ["10.42.0.0/16"])) == "10.43.0.1"
    assert client_address(connection("10.42.3.17", "1.2.3.4, 10.42.9.9", ["10.42.0.0/16"])) == "1.2.3.4"


def test_the_settings_refuse_a_trusted_proxy_that_is_not_an_address_or_network() -> None:
    with pytest.raises(pydantic.ValidationError, match="trusted_proxies"):
        Settings(trusted_proxies=["ingress.local"])
    assert Settings(trusted_proxies=["10.0.0.2", "10.42.0.0/16", "fd00::/8"]).trusted_proxies
