"""The real system: five processes on loopback, migrated and loaded with the demo data."""

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from stack import DEMO_PASSWORD, Stack

PORT_BASE = 19000


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    # The dashboard's figures are fetched every time here: these tests stop a service and expect to see it gone at
    # once, where the gateway would otherwise show its last figures for up to 30 s.
    stack = Stack(data_dir=Path(tmp_path_factory.mktemp("stack")), port_base=PORT_BASE, demo=True, quiet=True,
                  extra_env={"GATEWAY_DASHBOARD_CACHE_SECONDS": "0"})
    stack.prepare()
    stack.start_all()
    try:
        yield stack
    finally:
        stack.stop_all()


@pytest.fixture(scope="session")
def gateway(stack: Stack) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=stack.url(), timeout=10) as client:
        yield client


def login(gateway: httpx.Client, username: str) -> dict[str, str]:
    response = gateway.post("/api/v1/auth/token", data={"username": username, "password": DEMO_PASSWORD})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@pytest.fixture(scope="session")
def city(gateway: httpx.Client) -> dict[str, str]:
    return login(gateway, "city")
