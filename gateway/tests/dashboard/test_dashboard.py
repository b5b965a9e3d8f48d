import asyncio
import time

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


def figures(n: int) -> ServiceSummary:
    return ServiceSummary(service="training", available=True,
                          stats={"service": "training", "figures": [{"key": "n", "value": str(n), "unit": "n"}],
                                 "by_county": []})


class SlowFetch:
    """A /stats that answers `figures(n)` on its nth call, once released."""

    def __init__(self) -> None:
        self.calls, self.release = 0, asyncio.Event()

    async def __call__(self) -> ServiceSummary:
        self.calls += 1
        n = self.calls
        await self.release.wait()
        return figures(n)


async def test_callers_after_the_window_share_one_fetch() -> None:
    recent, fetch = RecentSummaries(seconds=30), SlowFetch()
    key = ("training", "city_staff", "")
    waiting = [asyncio.create_task(recent.summary(key, fetch)) for _ in range(5)]
    await asyncio.sleep(0)
    fetch.release.set()
    assert await asyncio.gather(*waiting) == [figures(1)] * 5
    assert fetch.calls == 1
    assert await recent.summary(key, fetch) == figures(1) and fetch.calls == 1  # kept


async def test_stale_figures_are_answered_while_one_fetch_refreshes_them() -> None:
    recent, fetch = RecentSummaries(seconds=30), SlowFetch()
    key = ("training", "city_staff", "")
    recent.put(key, figures(0), time.monotonic() - 40)  # past its window, within the second one
    assert [await recent.summary(key, fetch) for _ in range(3)] == [figures(0)] * 3  # nobody waits
    fetch.release.set()
    await asyncio.sleep(0.01)
    assert fetch.calls == 1 and await recent.summary(key, fetch) == figures(1)


async def test_figures_older_than_two_windows_are_not_answered_and_a_failure_is_not_kept() -> None:
    recent = RecentSummaries(seconds=30)
    key = ("training", "city_staff", "")
    recent.put(key, figures(0), time.monotonic() - 61)
    down = ServiceSummary(service="training", available=False, detail="timed out")

    async def failing() -> ServiceSummary:
        return down

    assert await recent.summary(key, failing) == down
    assert recent.get(key, time.monotonic()) is None
