"""Load on the whole system through its gateways: staff browsing lists and the dashboard, entrepreneurs on their
phone pages, and a bank's system calling the loan API with its client credentials.

    python3 -m uv run --frozen locust -f tests/load/locustfile.py --headless -u 24 -r 24 -t 60s \\
        --host http://127.0.0.1:8000            # or XQ_LOAD_GATEWAYS=http://...:8000,http://...:8010

Each simulated person calls one gateway (spread over XQ_LOAD_GATEWAYS in turn, as a load balancer would). The
tokens are taken once when the test starts, one per demo account (city and county staff, the entrepreneur) and
one for the demo bank's client: the demo has one account per role, so every simulated member of staff is the
same person to the gateway, with that person's rate limit (the benchmark raises it). XQ_LOAD_PACE, when set,
is the requests a second of each simulated person (an open, steady load); without it they call again as soon as
an answer comes (the most the system serves). Requests are named by endpoint group, so the statistics are per
group: `staff lists`, `staff dashboard`, `phone pages`, `bank loan API`. A dashboard without one of the four
services' figures (the service timed out) is an error, though the gateway answers it with 200.
"""

import itertools
import os
import random
from typing import Any, ClassVar

import requests
from locust import FastHttpUser, constant, constant_throughput, events, task

from gateway.demo import DEMO_BANK_CLIENT_ID, DEMO_BANK_CLIENT_SECRET, DEMO_PASSWORD

GATEWAYS = [url for url in os.environ.get("XQ_LOAD_GATEWAYS", "").split(",") if url]
PACE = float(os.environ.get("XQ_LOAD_PACE", "0"))
TOKENS: dict[str, str] = {}
_next_gateway = itertools.count()

STAFF_LISTS = [
    "/api/v1/loans/applications?limit=20", "/api/v1/loans/loans?limit=20", "/api/v1/products/deals?limit=20",
    "/api/v1/products/lots?limit=20", "/api/v1/training/sessions?limit=20", "/api/v1/volunteers/activities?limit=20",
]
PHONE_PAGES = [
    "/api/v1/auth/me", "/api/v1/loans/borrowers/me", "/api/v1/loans/applications?limit=20", "/api/v1/loans/policies",
    "/api/v1/products/sellers/me", "/api/v1/training/trainees/me", "/api/v1/training/sessions?limit=20",
]


@events.test_start.add_listener
def take_tokens(environment: Any, **_: Any) -> None:
    gateway = (GATEWAYS or [environment.host])[0]

    def token(**form: str) -> str:
        response = requests.post(f"{gateway}/api/v1/auth/token", data=form, timeout=30)
        response.raise_for_status()
        return str(response.json()["access_token"])

    for username in ("city", "county", "entrepreneur"):
        TOKENS[username] = token(username=username, password=DEMO_PASSWORD)
    TOKENS["bank"] = token(grant_type="client_credentials", client_id=str(DEMO_BANK_CLIENT_ID),
                           client_secret=DEMO_BANK_CLIENT_SECRET)


class Caller(FastHttpUser):
    abstract = True
    wait_time = constant_throughput(PACE) if PACE else constant(0)
    accounts: ClassVar[tuple[str, ...]] = ()

    def __init__(self, environment: Any) -> None:
        if GATEWAYS:
            self.host = GATEWAYS[next(_next_gateway) % len(GATEWAYS)]
        super().__init__(environment)

    def on_start(self) -> None:
        self.headers = {"Authorization": f"Bearer {TOKENS[random.choice(self.accounts)]}"}

    def get(self, path: str, group: str) -> Any:
        return self.client.get(path, headers=self.headers, name=group)


class Staff(Caller):
    """City or county staff at the console: mostly lists, now and then the dashboard."""

    weight = 3
    accounts = ("city", "county")

    @task(5)
    def browse_a_list(self) -> None:
        self.get(random.choice(STAFF_LISTS), "staff lists")

    @task(1)
    def open_the_dashboard(self) -> None:
        # A dashboard that lacks a service (timed out, circuit open) answers 200; here it counts as an error.
        with self.client.get("/api/v1/dashboard", headers=self.headers, name="staff dashboard",
                             catch_response=True) as response:
            if response.status_code == 200:
                missing = [s["service"] for s in response.json()["services"] if not s["available"]]
                if missing:
                    response.failure(f"the dashboard lacks {', '.join(missing)}")


class Entrepreneur(Caller):
    """A young entrepreneur on the phone: their account, loan, application, seller and trainee pages."""

    weight = 4
    accounts = ("entrepreneur",)

    @task
    def open_a_page(self) -> None:
        self.get(random.choice(PHONE_PAGES), "phone pages")


class BankSystem(Caller):
    """The bank's system on the loan API: its applications and loans, one application, the LPR in force."""

    weight = 2
    accounts = ("bank",)
    application_ids: ClassVar[list[str]] = []

    @task(3)
    def list_applications(self) -> None:
        offset = random.choice((0, 20, 40))
        response = self.get(f"/api/v1/loans/applications?limit=20&offset={offset}", "bank loan API")
        if response.status_code == 200 and not self.application_ids:
            self.application_ids.extend(item["id"] for item in response.json()["items"])

    @task(2)
    def read_an_application(self) -> None:
        if self.application_ids:
            self.get(f"/api/v1/loans/applications/{random.choice(self.application_ids)}", "bank loan API")

    @task(2)
    def list_loans(self) -> None:
        self.get("/api/v1/loans/loans?limit=20", "bank loan API")

    @task(1)
    def lpr_in_force(self) -> None:
        self.get("/api/v1/loans/lpr/in-force?on=2026-06-01", "bank loan API")
