import pytest

from tests.deploy.manifests import KUBERNETES, OVERLAYS, Obj, render


@pytest.fixture(scope="session")
def rendered() -> dict[str, list[Obj]]:
    """Each overlay, rendered once for the whole run."""
    return {overlay: render(KUBERNETES / "overlays" / overlay) for overlay in OVERLAYS}


@pytest.fixture(params=OVERLAYS)
def overlay(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name
