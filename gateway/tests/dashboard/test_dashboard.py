import httpx
from fastapi import FastAPI

from gateway.dashboard.schemas import ServiceSummary
from gateway.dashboard.service import RecentSummaries


async def test_the_dashboard_shows_every_service_and_marks_the_ones_down(
        client: httpx.AsyncClient, city_token: str) -> None:
    response = await client.get("/api/v1/dashboard", headers={"Authorization": f"Bearer {city_token}"})
    assert response.status_code == 200
    services = {s["service"]: s for s in response.json()["services"]}
    assert list(services) == ["loans", "products", "training", "volunteers"]
    assert services["loans"]["available"] and services["volunteers"]["available"]
    assert services["loans"]["stats"]["figures"] == [{"key": "token_seen", "value": "1", "unit": "flag"}]
    assert services["products"] == {"service": "products", "available": False, "detail": "timed out",
                                    "stats": None}
    assert services["training"]["available"] is False
    assert services["training"]["detail"] == "unreachable"


async def test_the_dashboard_is_for_staff(client: httpx.AsyncClient, entrepreneur_token: str) -> None:
    response = await client.get("/api/v1/dashboard", headers={"Authorization": f"Bearer {entrepreneur_token}"})
    assert response.status_code == 403


def test_recent_figures_are_kept_per_scope_for_their_window_and_failures_never() -> None:
    recent = RecentSummaries(seconds=30)
    good = ServiceSummary(service="training", available=True, stats=None)
    recent.put(("training", "county_staff", "441881"), good, now=100)
    recent.put(("loans", "county_staff", "441881"), ServiceSummary(service="loans", available=False), now=100)
    assert recent.get(("training", "county_staff", "441881"), now=129) is good
    assert recent.get(("training", "county_staff", "441802"), now=101) is None  # another county's figures
    assert recent.get(("training", "county_staff", "441881"), now=131) is None  # the window is over
    assert recent.get(("loans", "county_staff", "441881"), now=101) is None  # a failure is asked again


async def test_a_second_dashboard_within_the_window_does_not_ask_the_services_again(
        client: httpx.AsyncClient, app: FastAPI, city_token: str) -> None:
    headers = {"Authorization": f"Bearer {city_token}"}
    app.state.recent_summaries.seconds = 30
    try:
        await client.get("/api/v1/dashboard", headers=headers)
        loans = app.state.upstreams.pool("loans").replicas[0]
        before = loans.chosen_at
        again = (await client.get("/api/v1/dashboard", headers=headers)).json()
        assert loans.chosen_at == before  # answered from the kept figures
        assert {s["service"]: s["available"] for s in again["services"]}["loans"] is True
    finally:
        app.state.recent_summaries.seconds = 0
